"""Held-out blind corpus 94: confidential just-culture reports from adult social care and safeguarding
adults (section 42 enquiries, learning-disability supported living, hospital discharge to care homes and
home care), GP out-of-hours services and urgent treatment centres, and air traffic control towers at
regional airports and military-civil shared airfields. Written mostly as quickly typed structured
reflective forms (What happened / Why / What went well / Learning), with tables and timelines typed as
text, lists of people present, chat and e-mail extracts, and sign-offs carrying job titles and ranks.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind94.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        Report type: Incident
        Service: [[organisation:Larchfield Supported Living]] - [[address:3 Mossbank Road]], [[postcode:DN4 7RW]]
        Date of incident: [[date:14/03/24]]

        What happened:
        tenant ([[name:RK]], [[age:41]]) did not get her 8am {{lamotrigine}} - {{MAR chart}} was signed but blister pack still full when [[name:kerry]] checked at handover. agency worker on shift had signed the whole row in advance.

        Why:
        agency staff not inducted on our {{eMAR}}, paper backup used, nobody did the 2 person check. Rota short as [[name:Dawn]] off sick.

        What went well:
        [[name:RK]]'s sister rang {{111}} straight away, on call {{pharmacist}} advised late dose ok, no seizure. [[name:kerry]] completed {{Datix}} ref [[case_reference:LSL-0412]] same day.

        Learning:
        - no signing ahead, ever
        - agency induction checklist to include meds
        - raised with {{registered manager}}

        [[name:Kerry-Ann Doherty]], Senior Support Worker
    """)),
    ("social_care", "near_miss", prose("""
        Near miss – discharge to [[organisation:Oakwood Grange Care Home]]. Mrs [[name:Halloran]] ([[age:87]])
        came back from [[organisation:Ward 23]] at [[organisation:St Aldric's Hospital]] at 19:40 on
        [[date:Friday 2nd Feb]] with a {{discharge summary}} that listed {{apixaban}} 5mg but her TTO bag had
        {{warfarin}} in it from a previous admission. Night {{senior carer}} [[name:Blessing]] spotted the
        mismatch when booking the meds in against the {{MAR}} and rang the ward; they confirmed apixaban only
        and said the warfarin should have been destroyed. No dose given. What went well: [[name:Blessing]]
        didn't give anything she wasn't sure of and used the {{discharge checklist}} we brought in after last
        year. Why it happened: ward pharmacy closed, nurse packed the bag from the bedside locker. Learning: we
        have asked the {{discharge hub}} to phone ahead on late discharges. Hospital number
        [[case_reference:RX4471902]] given to the ward for their own report. – [[name:Tomasz Wróbel]], Deputy
        Manager
    """)),
    ("social_care", "success", block("""
        LEARNING REPORT – what went right
        Safeguarding adults – {{Section 42}} enquiry, strategy discussion [[date:09/05/2024]]

        Present:
        [[name:Hope Adeyemi]] – {{Safeguarding Adults Practice Lead}} (chair)
        DS [[name:Carrow]] – {{Public Protection Unit}}
        [[name:Mark Ellery]] – {{Community Learning Disability Team}} nurse
        [[name:Sunita]] from [[organisation:Brightwater Housing Trust]]
        [[name:Gwen Hale]] – {{IMCA}}

        What happened: adult at risk ([[name:JT]], [[age:29]], mild {{learning disability}}) told his support worker that a "friend" was using his flat at [[address:Flat 6, Kestrel House]] to store things and taking his {{PIP}}. {{DWP}} appointee check done on NI [[ni_number:PW 63 10 45 B]].
        What went well: strategy held within 48 hrs, police and housing both there, [[name:JT]]'s wishes recorded in his own words first ({{Making Safeguarding Personal}}). Lock changed same day.
        Learning: having the housing officer in the room saved about a week of emails.

        [[name:H. Adeyemi]], Practice Lead, [[organisation:Adult Social Care North Locality]]
    """)),
    ("social_care", "incident", block("""
        From: [[email:r.mcallister@northvale-council.example.gov.uk]]
        To: [[email:asc.safeguarding@northvale-council.example.gov.uk]]
        Subject: Datix [[case_reference:NV-SG-22871]] – late referral, learning

        Hi both,
        Writing this up for the learning log as agreed. Mr [[name:Bill Fenwick]] ([[age:78]]), [[address:22 Haddon Terrace, Ashby Moor]] [[postcode:NE63 9QD]], NI [[ni_number:JT 48 27 91 C]], told his {{domiciliary care}} worker on [[date:3 June]] that his nephew had "borrowed" his bank card. Worker told her {{care coordinator}}, who logged it on {{Mosaic}} as a case note but didn't raise a {{safeguarding concern}}. It was picked up 9 days later by the {{reviewing officer}}.
        Why: new starter, unsure if "borrowed" counted. No one asked.
        What went right once spotted: bank ({{Banking Protocol}}) froze the card same afternoon, [[name:Bill]] was clear about what he wanted.
        Learning: refresher on thresholds for the whole provider.
        Thanks,
        [[name:Ros McAllister]]
        {{Senior Practitioner}}, Adult Safeguarding
        Mob [[phone:07700 900418]]
    """)),
    ("social_care", "success", prose("""
        What went well: [[name:Faith]] (tenant at [[organisation:The Willows]] supported living, [[age:34]],
        autistic, non-verbal) had her first {{annual health check}} in four years at
        [[organisation:Parkgate Medical Practice]]. Previous attempts ended with her leaving the car park. This
        time [[name:Sunny]] (support worker, her favourite) did three "practice visits" to the empty waiting
        room with the {{practice nurse}}, [[name:Liang Qiu]], using a photo {{social story}}. Reasonable
        adjustments flagged on the {{SCR}} beforehand: first appointment of the day, side door, no white coat.
        Bloods done, {{BMI}} and BP done. Why it worked: time, and the same faces. Her
        {{Positive Behaviour Support}} plan was updated after. Learning for us: we'd stopped trying because it
        "never works". Worth writing the adjustments into the {{hospital passport}} too. Submitted by
        [[name:Abi Ferreira-Lowe]], {{Team Leader}}.
    """)),
    ("social_care", "incident", block("""
        WHAT HAPPENED
        Mr [[name:Oyelaran]] discharged from [[organisation:Cedar Ward]] 17:10 [[date:Fri 19/04]] to home ([[address:41b Canal Street]]) with a {{package of care}} that hadn't started - agency had no capacity till Monday. Found by neighbour [[name:Frank]] next morning, hadn't eaten, {{catheter bag}} full.
        WHY
        - {{D2A}} pathway 1 form said "POC confirmed" – copied from an earlier plan
        - weekend {{discharge coordinator}} not on the email chain
        - nobody rang the agency to confirm start
        WHAT WENT WELL
        [[name:Frank]] called {{EDT}}, out of hours worker [[name:Lorna]] got a {{bridging service}} visit in by 11am. No readmission.
        LEARNING
        Verbal confirmation + name of agency contact before discharge.
        Signed: [[name:Lorna Mbeki]], EDT Social Worker. Ref [[case_reference:EDT/24/1198]]
    """)),
    ("social_care", "near_miss", prose("""
        near miss - new {{reablement}} call for Mrs [[name:Begum]] at [[address:7 Orchard Way]],
        [[postcode:WF1 4LJ]]. rota on the app said [[address:17 Orchard Way]] - different person, also on our
        books, also has a {{key safe}}. I nearly used the code. only stopped because the lady at 17 had a dog
        and the notes for 7 said no pets. rang office, [[name:Shaz]] checked {{CM2000}} and it was a typing
        error when the referral came over from the hospital. If I'd gone in I would have been in the wrong
        house with the wrong {{care plan}}. good thing - office fixed it in 5 min and rang Mrs
        [[name:Begum]]'s daughter to say I'd be late. Learning: check name AND door number against the
        {{support plan}} before the key safe, not just the address on the phone. - [[name:Jen]]
        ([[name:JW]]), {{reablement assistant}}
    """)),
    ("social_care", "success", block("""
        Reflective log – Best Interests decision, went well
        Person: [[name:Ivor Pryce-Jones]], DOB [[date_of_birth:11/08/1939]], [[organisation:Hillcrest Nursing Home]]
        NHS no: [[nhs_number:569 895 0873]]
        Decision: whether to have dental extractions under {{general anaesthetic}}

        What happened
        {{Mental Capacity Act}} assessment ([[date:22.10.24]]) found [[name:Ivor]] lacked capacity for this decision ({{vascular dementia}}). Family split - son wanted it done, daughter worried about GA.
        What went well
        - BI meeting held at the home so [[name:Ivor]] could join for the first 20 mins
        - {{Special Care Dentist}} Dr [[name:Raheem]] explained options with pictures
        - {{IMCA}} not needed as family involved but we had [[name:Joy]] from [[organisation:Carers Voice Kirkbride]] supporting the daughter
        Outcome: agreed 2 extractions under sedation not GA. Both children happy with it.
        Learning: joint meeting > separate phone calls.

        [[name:Marisol Etxeberria]] – {{Best Interests Assessor}} / social worker
    """)),
    ("social_care", "incident", prose("""
        Incident: [[name:Dylan]] ([[age:23]], {{learning disability}}, {{epilepsy}}) left
        [[address:Birchwood House]] at approx 14:00 with a man known to staff only as "[[name:Kev]]" who drives
        a silver Corsa, reg [[vehicle_registration:YR19 KTV]]. Shift leader [[name:Precious]] followed the
        {{missing person protocol}} and reported to police at 15:30 (log
        [[case_reference:SYP-20240716-0583]]). [[name:Dylan]] was brought back at 21:10 by PC
        [[name:Okonkwo]] who found him at a petrol station, no meds taken with him. Why: door alarm was off
        because of a fire door fault reported on [[date:8 July]] and not fixed. [[name:Dylan]]'s
        {{risk assessment}} said he must not go out with people not on his approved list. What went well: the
        {{grab sheet}} (photo, description, meds) was up to date and given to police in minutes. Learning:
        fault reports on door alarms to be escalated to the {{landlord}} as urgent; the
        {{Herbert Protocol}}-style form was really useful even though it's meant for dementia. Ref
        [[case_reference:BH-INC-0227]].
    """)),
    ("social_care", "success", block("""
        Success story – Discharge to Assess, pathway 3
        Patient: Mrs [[name:Dorothy Achterberg]] ([[age:91]]), NHS no [[nhs_number:441 916 5618]]
        From [[organisation:Fenwick Ward]], [[organisation:Royal Thorneycroft Infirmary]] to [[organisation:Meadowsweet Lodge]]

        Time  | Who                               | What
        09:15 | [[name:Anjali]] (trusted assessor)         | assessed on ward, read {{ReSPECT form}}
        10:40 | [[name:Gareth]] (home manager)             | accepted from TA assessment, no second visit
        12:00 | ward pharmacy                     | {{TTOs}} ready + printed {{MAR}}
        13:30 | {{patient transport}}                 | left ward, {{pressure-relieving mattress}} booked for arrival
        14:20 | home                              | arrived, family there

        What went well: medically fit to home in ~5 hrs, same day. No falls, no lost meds.
        Why: the home trusts our TA's assessments now after 6 months of this.
        Learning: spread to the other 3 homes on our list.
        -- [[name:Ciarán Ó Dálaigh]], {{Discharge Hub}} Lead
    """)),
    ("social_care", "incident", prose("""
        What happened: at lunch on [[date:5th Nov]] [[name:Gracie-Mae]] (tenant, [[age:27]]) was given a
        sandwich by a bank worker. Her {{SALT}} guidelines say {{IDDSI}} level 6 soft & bite-sized only. She
        coughed and went red; [[name:Hunter]] (senior on shift) did back blows and it cleared.
        {{Paramedics}} attended, checked her chest, no hospital. Why: bank worker [[name:Ayodele]] hadn't read
        the {{eating and drinking plan}} – it was in the office folder not on the kitchen wall where it should
        be after the redecoration. What went well: [[name:Hunter]]'s first aid was spot on and calm, and he
        phoned her {{mum}} before she heard it from anyone else. Learning: plans back on the kitchen wall, bank
        staff to sign the {{dysphagia}} sheet before any meal prep. {{CQC}} notified. Reported by
        [[name:N. Castellanos]], {{Registered Manager}}, [[organisation:Elmbridge Supported Living Services]].
    """)),
    ("social_care", "near_miss", block("""
        Near miss form
        Location: [[organisation:Ashgrove Care Home]], first floor lounge
        Date: [[date:Tues 14 Jan]]
        Staff involved: [[name:Priya]], [[name:Mo]], [[name:Zsofia K]] (agency)

        What happened
        going to transfer Mr [[name:Lindqvist]] chair to bed with the {{ceiling hoist}}, used a medium {{sling}} from the laundry trolley. His {{moving and handling plan}} says large. [[name:Priya]] noticed the leg straps didnt reach right before lifting, we stopped.
        Why
        sling labels faded, slings not kept in residents rooms
        What went well
        we stopped before the lift. [[name:Mo]] got the right sling, resident laughed about it.
        Learning
        named slings kept in room, labels checked {{every Monday}} by {{night staff}}. {{LOLER}} check on hoist also due.
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE – admission went smoothly
        Person supported: [[name:Kwame Asante-Boateng]] ([[age:52]]), {{Down's syndrome}}, {{Type 2 diabetes}}
        Service: [[organisation:Riverside Lane Supported Living]]
        Hospital: [[organisation:Northgate General]], {{AMU}}

        Who                      Role                     What they did
        [[name:Rose]]                     support worker           went in ambulance with {{hospital passport}}
        [[name:T. Nwosu]]                 {{LD liaison nurse}}        met us at AMU, flagged {{reasonable adjustments}}
        Dr [[name:Hollis-Grant]]          {{medical registrar}}       spoke to [[name:Kwame]] directly first, then [[name:Rose]]
        [[name:Summer]]                   night support worker     took over 22:00, stayed till discharge

        Outcome: home in 2 days, {{UTI}}, no restraint or sedation needed.
        Learning: the passport had been updated the month before, which made all the difference. Keep reviewing them 6-monthly.
        Typed by [[name:Rose]] and checked by [[name:Olumide]] (Service Manager)
    """)),
    ("social_care", "incident", block("""
        Subject: IG incident – wrong recipient (autofill)

        What happened
        Sent the {{Care Act}} assessment + {{carer's assessment}} for Ms [[name:Samira Haddad]] (case [[case_reference:ASC-118207]], DOB [[date_of_birth:02/12/1961]]) to [[email:sam.okoye@brookmere-homecare.example.co.uk]] instead of her advocate [[email:sam.price@advocacy-hub.example.org]]. {{Outlook}} autofilled "[[name:sam]]". Noticed 10 mins later when [[name:Sam Okoye]] rang to say "think this isnt for me".
        Why
        end of day, rushing, not using the {{secure email}} template which has the address saved.
        What went well
        [[name:Sam O]] deleted it & confirmed in writing, I told Ms [[name:Haddad]] myself same day (her choice what happens next), logged with {{Caldicott Guardian}} and {{IG team}}.
        Learning
        turned off autocomplete. always use the template.
        [[name:Wiktoria Nowak]], Social Worker, [[organisation:Brookmere Locality Team]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss. Home oxygen + smoking. Visited Mr [[name:Doherty]] ([[age:68]], {{COPD}}) at
        [[address:Flat 12, Marlowe Court]] for his 6 week review. Found him smoking with the
        {{oxygen concentrator}} running and the tubing over the arm of the chair, scorch mark on the carpet.
        Nobody had told the {{oxygen supplier}} or {{fire service}} he'd started smoking again. Why: his
        daughter knew but thought we knew. What went well: he was honest, let me turn it off, agreed to a
        {{Safe and Well visit}} from [[organisation:Westshire Fire and Rescue]] – they came [[date:28/08]] and
        fitted fire-retardant bedding and smoke alarms linked to the {{careline}}. {{HOOF}} form updated by
        the {{respiratory team}} (contact [[name:Esther]], [[phone:01632 960441]]). Learning – ask about
        smoking at every visit, not just at assessment. [[name:Leon]], {{Community Occupational Therapist}}
    """)),
    ("social_care", "success", block("""
        Learning from good practice – safeguarding adults
        Date: [[date:17 September 2024]]
        Team: [[organisation:Kirkbride Adult MASH]]

        What happened:
        Referral from {{A&E}} about Mrs [[name:Marguerite Duval]] ([[age:80]]) – unexplained bruising, lives with son who is her carer. Initial thought was {{physical abuse}}.
        Why it went well:
        - {{duty social worker}} [[name:Kai]] rang [[organisation:Mill Lane Surgery]] before visiting – GP told us about a new {{anticoagulant}} and two recent falls
        - visit done jointly with the {{district nurse}}, Mrs [[name:Duval]] seen alone first
        - son was exhausted not abusive – carer's assessment same week, {{respite}} arranged
        Learning:
        Don't go in assuming. Gather info first, but still see the person alone.

        Present at review: [[name:Kai]] ([[name:KB]]), [[name:Dawn]] (DN), [[name:Yusuf]] (team manager)
        [[name:Kai Brennan]] – Social Worker
    """)),
    ("social_care", "incident", block("""
        Teams chat copied into report – [[organisation:Foxglove Court]] supported living, [[date:30/06/24]]

        [07:52] [[name:mandy.t]]: did anyone give [[name:Josh]] his 7am {{sodium valproate}}??
        [07:53] [[name:Lewis Ng]]: yes me at 7.05
        [07:53] [[name:mandy.t]]: its not signed and i just gave it 😬
        [07:54] [[name:Lewis Ng]]: oh no. ring {{111}}
        [07:58] [[name:mandy.t]]: rang, they said monitor, no more today, phone {{GP}} after 8
        [08:30] [[name:Aoife]] (on call mgr): ive spoken to his {{mum}}, Datix [[case_reference:FC-2024-061]] raised

        Reflection ([[name:Mandy]]): [[name:Lewis]] gave it but got called to another tenant before signing the {{eMAR}}. I didn't check the {{blister pack}}, just the chart.
        What went well: we both owned it straight away, [[name:Josh]] was fine, GP happy.
        Learning: sign straight after giving, and check the pack not just the chart.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        WHAT HAPPENED
        Pt [[age:64]]M attended [[organisation:Castlegate UTC]] 02:10 [[date:12/01/25]] with "flu". Triaged green by {{ENP}}. {{NEWS2}} done at triage = 3, not repeated. Waited 3h40. Re-obs at 05:50 by {{HCA}} [[name:Gloria]]: RR 26, BP 88/50, NEWS2 8. Escalated, {{Sepsis Six}} started, transferred to ED at [[organisation:Wexbridge General]] by 999 ambulance.
        WHY
        - single {{ANP}} on overnight, 2 HCAs, waiting room full (34 pts)
        - no automatic re-obs prompt in {{Adastra}}
        - pt didn't want to "make a fuss"
        WHAT WENT WELL
        [[name:Gloria]] trusted her gut and didn't wait for the next scheduled obs. Handover to ambulance used {{SBAR}} and was quick.
        LEARNING
        hourly obs for anyone NEWS2 ≥3 in the waiting room; ask 111/{{CAS}} to divert when >25 waiting.
        Pt ref [[case_reference:CUTC-250112-0417]], NHS [[nhs_number:110 719 7414]]
        Reported by [[name:R. Szymański]], Lead Nurse
    """)),
    ("health", "near_miss", prose("""
        Near miss – wrong record. GP {{out-of-hours}} telephone consultation, [[date:Sat 8 March]]. Two
        patients called [[name:Mohammed Rahman]] in the queue within 10 minutes, both call-backs for chest
        infections. I opened the first one, NHS no [[nhs_number:722 903 2881]], took the history from the man
        on the phone and was about to prescribe {{amoxicillin}} when I noticed the record said
        {{penicillin allergy}}. Asked him – he said no allergies. Checked DOB: he gave
        [[date_of_birth:14/02/1988]], record said [[date_of_birth:03/09/1951]]. Wrong patient; his was
        [[nhs_number:861 066 1695]]. What went well: the allergy alert made me stop, and I'd asked for DOB
        second time round. Why: {{Adastra}} lists by name only in the call-back queue, and I confirmed name
        but not DOB at the start. Learning: three-point ID (name, DOB, first line of address) before opening
        the consultation, every time. Raised with the {{clinical lead}} for a queue view change. – Dr
        [[name:Feng]], {{sessional GP}}
    """)),
    ("health", "success", block("""
        Good practice report – OOH home visit
        Shift: GP OOH, mobile car 2, [[date:25/12/24]]
        Driver: [[name:Bernie]]   Clinician: Dr [[name:Adebayo-Smith]]

        Call: {{district nurse}} requesting visit for [[name:Elsie Marchbank]], [[age:93]], {{end of life}}, at [[address:Rowan Cottage, Sleights Lane]], [[postcode:YO22 5PN]]. Agitated, family distressed. {{Just in case medicines}} in the house but {{syringe driver}} not yet set up. Son flew in from abroad, mobile [[phone:+44 7700 900871]].
        What went well:
        - {{EPaCCS}} record up to date, {{DNACPR}} + preferred place of death = home, so no debate about admission
        - gave {{midazolam}} 2.5mg SC from JIC box, settled within 20 min
        - DN [[name:Olu]] came out and set up the driver at 21:00
        - [[name:Bernie]] made the family tea (genuinely mattered to them)
        Why: good anticipatory planning by the practice ([[organisation:Esk Valley Medical Group]]).
        Learning: none really – share as an example.
    """)),
    ("health", "incident", prose("""
        Incident. {{NHS 111}} passed a call-back to our {{clinical assessment service}} for a [[age:9 month]]
        old with vomiting, disposition "speak to a clinician within 2 hours". Call-back made at 4h15 because
        the case sat in the wrong (adult) queue after a {{DoS}} mapping change that went live on
        [[date:1st October]]. When I called, {{mum}} said baby [[name:Amara]] was floppy; advised 999,
        admitted to [[organisation:Puffin Ward]] at [[organisation:Queen Eleanor Hospital]] with dehydration,
        home after 36 hrs. Why: queue mapping not tested with paeds dispositions; no breach alarm for 2h cases.
        What went well: once picked up, handled fast, and the {{shift lead}} [[name:Dev]] spotted 3 more cases
        in the wrong queue and moved them. Learning: any DoS change to be tested with a dummy case in every
        age band; {{breach alerts}} now set. Case ref [[case_reference:CAS-7718340]]. – [[name:Jo Pemberton]],
        {{Clinical Advisor}} (paeds nurse)
    """)),
    ("health", "success", block("""
        What happened:
        [[age:2]]yo girl brought into [[organisation:Harbourside Urgent Treatment Centre]] by dad, "not right", rash. {{Receptionist}} [[name:Wiremu]] saw the rash didn't fade under her water bottle and shouted for a nurse before booking in.
        Seen within 3 mins by [[name:Sophie]] ({{ENP}}). {{Non-blanching rash}}, temp 39.4. {{IM benzylpenicillin}} given, 999 call, blue-lighted to [[organisation:St Brannock's Children's Unit]].
        Confirmed {{meningococcal septicaemia}}; {{PICU}} 4 days, going home.
        Why it went well:
        [[name:Wiremu]] had done the {{sepsis}} awareness session for non-clinical staff in the spring.
        Learning:
        Non-clinical staff training works. Recognise [[name:Wiremu]] formally.
        Submitted: [[name:Sophie Tremayne]], ENP
    """)),
    ("health", "near_miss", prose("""
        near miss – paeds dose. typed a {{prescription}} for {{dexamethasone}} for a [[age:4]]yo with croup at
        [[organisation:Millbrook UTC]], 0.15mg/kg for 16kg = 2.4mg, but typed 24mg. Community
        {{pharmacist}} at [[organisation:Hartley Road Pharmacy]], [[name:Imran]], phoned back within 20 mins:
        "is 24mg right for a 16kg child?". Why: {{EPS}} dropdown, decimal point missed, tired at the end of a
        12h shift, no second check for paeds in OOH. What went well: pharmacist checked weight against dose –
        great safety net; I re-issued and rang the {{parents}}. Learning: paeds doses to be written mg/kg in the
        note and calculated in the {{BNFc}} app, not in my head. - [[name:tk]] (Dr [[name:T. Kowalczyk]],
        OOH GP)
    """)),
    ("health", "incident", block("""
        Incident: missed scaphoid fracture
        Site: [[organisation:Castlegate UTC]]   Date seen: [[date:04/11/24]]   Recall: [[date:06/11/24]]
        Patient: [[name:Ruby O'Shaughnessy]] ([[age:17]]), FOOSH playing netball at [[organisation:St Hild's Academy]]
        What happened:
        Seen by {{ENP}}, XR wrist reported by ENP as normal, discharged with {{wrist splint}} + advice. {{Radiology}} hot report 2 days later: undisplaced scaphoid waist fracture. Recalled, {{scaphoid cast}}, referred {{fracture clinic}}.
        Why:
        - scaphoid views not requested, only AP/lat
        - snuffbox tenderness documented but not acted on
        What went well:
        - radiology {{discrepancy process}} picked it up fast
        - [[name:Ruby]]'s {{mum}} was fine about it because we phoned personally and explained
        Learning:
        Scaphoid views if snuffbox tender, always. Teaching session booked.
        [[name:Priyanka Deshmukh-Hale]], {{Clinical Lead}} UTC
    """)),
    ("health", "success", prose("""
        Went well – safeguarding. Woman ([[age:31]]) attended [[organisation:Harbourside UTC]] on
        [[date:19 Feb]] with a "fall" injury to forearm. {{HCA}} [[name:Jasmine Kaur]] noticed finger-mark
        bruising on the upper arm during obs and the partner answering every question. [[name:Jasmine]] used
        the sticker-on-the-urine-pot routine so the patient could be asked alone. Patient disclosed
        {{domestic abuse}}. {{Nurse Practitioner}} [[name:Farouk]] completed a {{DASH}} – high risk – referred
        to {{MARAC}} and an {{IDVA}} with consent, and police attended on site. Patient went to a refuge from
        the UTC that night. Why it worked: staff had done the {{Ask for ANI}} / DA training; the private-ask
        routine is in the triage SOP. Learning: keep partners out of triage rooms routinely. Ref
        [[case_reference:HUTC-SG-0091]]. – [[name:F. Haddadi]], {{Safeguarding Lead}}
    """)),
    ("health", "incident", block("""
        Incident – OOH visiting car off the road
        Car: [[vehicle_registration:WU68 HFP]] (base: [[organisation:Tollgate OOH Centre]])
        Date: [[date:Sun 16/02/2025]]

        What happened: warning light at 19:30, driver [[name:Stan]] carried on as we had 4 visits queued. Lost power on the bypass at 20:10. {{RAC}} 2 hours. 2 visits (1 {{palliative}}, 1 {{verification of death}}) delayed ~3h; the palliative pt's family very upset.
        Why:
        - spare car ([[vehicle_registration:WU68 HFR]]) off for service, no backup
        - driver felt pressure not to stop
        - no escalation to the {{shift manager}} until stranded
        What went well:
        - shift manager [[name:Nadia]] redirected the other car & got a taxi for me
        - [[name:Nadia]] rang both families personally
        Learning: warning lights = stop and ring base. Spare car cover to be agreed with {{fleet}}.
        Dr [[name:Ngozi]] (clinician on car)
    """)),
    ("health", "near_miss", prose("""
        Near miss. Mr [[name:Hussaini]] ([[age:45]]) attended [[organisation:Millbrook UTC]] with
        {{cellulitis}} of the leg. I was about to give {{flucloxacillin}} first dose in the department.
        {{Summary Care Record}} showed no allergies. He'd mentioned to {{reception}} that he'd "come up in a
        rash" with antibiotics once, and the receptionist ([[name:Carys]]) had typed "?allergy" in the
        free-text booking box which clinicians don't see in {{SystmOne}}. The {{HCA}} [[name:Lukas]] read it
        out at handover and I stopped. Gave {{clarithromycin}} instead. Why: booking box not visible on the
        clinical screen. What went well: [[name:Carys]] wrote it down, [[name:Lukas]] passed it on. Learning:
        reception to flag possible allergies verbally to the clinician; IT request logged
        ([[case_reference:IT-55120]]) to show the box. – [[name:Grace Okafor-Bello]], {{ANP}}
    """)),
    ("health", "success", block("""
        Debrief – surge night, [[organisation:Wexbridge OOH Hub]], [[date:31/12/24]]–[[date:01/01/25]]
        Present at debrief: [[name:Joy Ferreira]] (shift manager), Dr [[name:Summerfield]], Dr [[name:Osei]], [[name:Mairead]] ({{ANP}}), [[name:Rhodri]] (driver), [[name:Beth]] (call handler)

        What happened: 312 cases overnight vs usual 180. {{111}} outage 22:00–23:30 meant a flood after.
        What went well:
        - [[name:Joy]] split the rota into "hot" (calls <1h) and "cold" queues at 23:45
        - {{paramedic practitioner}} from the {{ambulance trust}} joined via remote CAS
        - no breaches in the urgent category
        - everyone got a break ([[name:Beth]] made everyone take one)
        Why: we'd done the {{surge plan}} tabletop {{in November}}
        Learning: write the hot/cold split into the surge plan properly.

        [[name:Joy F]], Shift Manager
    """)),
    ("health", "incident", prose("""
        Incident – staff safety. At 23:20 on [[date:Friday 7th June]] a man attending
        [[organisation:Riverside Urgent Treatment Centre]] became abusive at {{reception}} after being told the
        wait was 3 hours and threw a chair. Receptionist [[name:Hana Sato]] pressed the panic alarm, nothing
        happened – it had been disconnected since the refit and nobody knew. {{Security}} not on site after
        22:00. [[name:Hana]] and {{HCA}} [[name:Bilal]] locked themselves in the back office and called 999;
        police attended 23:41 (crime ref [[case_reference:CR/0447712/24]]). What went well: colleagues followed
        {{conflict resolution}} training, no one injured, other patients moved to the {{X-ray}} waiting area.
        Why: alarm testing not in the refit handover checklist. Learning: weekly alarm test, no lone reception
        after 22:00, escalated to {{estates}}. [[name:Hana]] offered {{TRiM}} and the
        {{Employee Assistance Programme}}. – [[name:Gareth Pugh]], {{Site Manager}}
    """)),
    ("health", "success", block("""
        WHAT HAPPENED
        [[age:70]]F, Tigrinya speaker, attended [[organisation:Castlegate UTC]] with grandson ([[age:12]]) interpreting. {{Chest pain}}.
        WHAT WENT WELL
        {{ENP}} [[name:Will Ashdown]] declined to use the grandson and booked a {{LanguageLine}} video interpreter. Via the interpreter she described pain over 3 days, worse on exertion; {{ECG}} showed new {{T-wave inversion}}. Referred on the {{ACS}} pathway to [[organisation:Wexbridge General]].
        WHY
        Grandson was translating "pain" as "tired". [[name:Will]] noticed the answers were too short.
        LEARNING
        Never use children to interpret, even when it's quicker. Video interpreter took 4 minutes to connect.
        Signed [[name:W. Ashdown]], ENP
    """)),
    ("health", "near_miss", prose("""
        Near miss – {{controlled drugs}}. Start of shift CD check on the car 3 bag at
        [[organisation:Tollgate OOH Centre]], [[date:22/07/24]]: register said 2 ampoules {{diamorphine}} 5mg,
        bag had one 5mg and one 10mg in the 5mg slot – previous shift restocked from the wrong box. Caught by
        Dr [[name:Chukwu]] and driver [[name:Alfie]] doing the two-person check. If not caught, could have
        given double the dose setting up a {{syringe driver}}. Why: both strengths in similar boxes in the
        {{CD cupboard}}, restock done by one person at 07:55 during handover. What went well: the two-person
        check did its job, {{Accountable Officer}} informed, stock reconciled. Learning: separate shelves,
        red/blue shelf labels, restock also two-person. {{CD register}} ref [[case_reference:TOC-CD-3317]]. –
        [[name:Marta Vidal]], {{Pharmacy Technician}}
    """)),
    ("health", "incident", block("""
        Datix [[case_reference:WX-OOH-24-2290]]
        Category: delay – verification of expected death
        What happened:
        Expected death at home, Mr [[name:Alwyn Griffiths]] ([[age:88]]), [[address:2 Chapel Row, Nant-y-Coed]], NHS [[nhs_number:473 120 8122]], call logged 01:12 [[date:09/09/24]]. {{VOED}} not done until 07:40. Family sat with him 6 hours; {{funeral director}} couldn't collect.
        Why:
        - only 1 visiting clinician for the whole county overnight
        - {{district nursing}} night service not trained in {{RNVoED}} yet
        - call given P3 priority
        What went well:
        - call handler [[name:Dawn Price]] rang the family hourly
        - Dr [[name:Hughes]] apologised on arrival and stayed to talk
        Learning:
        expected deaths with distressed family → P2. Speed up DN verification training.
        [[name:Ffion Evans]] ({{Clinical Governance}} Lead)
    """)),
    ("health", "success", prose("""
        Good catch. [[date:Tues 3/12]], 16:05, {{walk-in}} at [[organisation:Millbrook UTC]], man
        [[age:58]] with "indigestion" for an hour, sweaty. {{Streaming Nurse}} [[name:Chidi]] did an ECG within
        6 minutes of arrival even though he'd been streamed to the minors queue – inferior {{STEMI}}. Called
        999 with a {{PPCI}} pre-alert; ambulance on site in 14 min, cath lab at
        [[organisation:Northgate Heart Centre]], door-to-balloon 71 minutes from arrival at us. Patient went
        home day 4. Why it went well: ECG-within-10-minutes rule for any chest pain/indigestion over 30, no
        exceptions, and [[name:Chidi]] applied it to "indigestion". {{Aspirin}} 300mg given pre-transfer.
        Learning: keep the "indigestion counts" poster in triage. Patient's wife sent a card addressed to
        "[[name:Chidi]] and the lady on reception ([[name:Marj]]?)". – [[name:Hollie]], {{UTC Manager}}
    """)),
    ("health", "near_miss", block("""
        Near miss – OOH consultation summary to wrong practice
        What happened:
        Post-event message for [[name:Reuben Achebe-Stone]] (NHS [[nhs_number:934 898 3350]]) auto-sent to [[organisation:Greenfields Surgery]] because his registration on the {{Spine}} hadn't updated after he moved to [[organisation:Oakhill Family Practice]]. Message included a new {{anticoagulant}} start ({{apixaban}}) after an {{AF}} diagnosis at the UTC. [[organisation:Oakhill]] would not have known to do the follow-up bloods.
        Picked up by: the {{practice manager}} at [[organisation:Greenfields]], [[name:Kath]], who emailed [[email:ooh.admin@tollgate-ooh.example.nhs.uk]] the next morning.
        What went well: [[name:Kath]] rang rather than just bouncing it; we forwarded within the hour and his new GP (Dr [[name:Imogen Reyes]]) booked bloods.
        Why: patient told us his new practice, we didn't check against {{PDS}}.
        Learning: ask "have you changed GP recently?" when confirming demographics.
        [[name:Aziz]], admin team leader, [[phone:01632 960772]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        OCCURRENCE REPORT – [[organisation:Humbleton Airport]] TWR
        Date/time: [[date:18 APR 24]] 1412 UTC
        Type: {{runway incursion}} (vehicle)

        What happened:
        Airside ops vehicle "OPS 2" ([[vehicle_registration:KX70 BFU]]) entered {{RWY 27}} at holding point B1 without clearance while [[aircraft_registration:G-CKPW]] ({{PA-28}}) on 2 mile final. I sent [[aircraft_registration:G-CKPW]] around at ~1nm. Driver [[name:Gary Tomlinson]] read back "hold B1" but continued.
        Why:
        - driver new to airside, monitoring ops and {{TWR}} freqs at the same time
        - {{stop bars}} not in use in daytime VMC
        - similar callsigns OPS 2 / OPS 12
        What went well:
        - go-around instruction given early, pilot responded immediately
        - {{ATCA}} [[name:Shelley]] spotted the vehicle from the VCR window and called it
        Learning: stop bars H24 trial. {{MOR}} filed ref [[case_reference:HUM-OR-24-031]].
        [[name:J. Okafor-Reid]], {{ATCO}} (ADI)
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, [[organisation:Brackenmoor Airport]] tower, [[date:Sat 27 July]]. At the position handover
        (1200 local) the outgoing controller, [[name:Aled]], briefed me on 3 aircraft but missed
        [[aircraft_registration:G-BZUM]], a {{C152}} doing glide approaches on the {{dead side}}, because its
        strip had been put in the wrong bay of the {{strip board}}. I cleared [[flight_number:BCY771]] for
        take-off on 24 and then saw the 152 turning base on a converging line. Stopped
        [[flight_number:BCY771]]'s climb at 1500 ft and turned the 152 left, minimum about 0.8nm and 300ft.
        Why: strip bay error + handover done from memory, not using the {{handover checklist}}. What went well:
        {{ATCA}} [[name:Moira]] asked "where's the 152?" which made me look. Learning: handover checklist to be
        used every time, including scanning every bay; hands off strips for 2 minutes post-handover.
        {{Airprox}} not filed by crew. – [[name:Tariq]] ([[name:TK]]), {{ATCO}}
    """)),
    ("aviation", "success", block("""
        Positive report – good handling of PAN
        Unit: {{ATC}} Tower, [[organisation:RAF Hallerby]] (civil enclave)
        Date: [[date:02/10/2024]]
        Aircraft: [[flight_number:NLK314]], {{ATR 72}}, 58 POB

        What happened:
        [[flight_number:NLK314]] declared PAN on approach, hydraulic low pressure, expecting flapless landing and longer landing distance. Civil crew not familiar with the military {{arrestor cable}} layout.
        What went well:
        - {{SATCO}} Sqn Ldr [[name:Bhattacharya]] got the civil airport ops duty manager on the landline straight away
        - fire crews pre-positioned at the {{RET}}
        - cable derigged ahead of time on the advice of Cpl [[name:Hart]]
        - [[flight_number:NLK314]] landed, stopped with 400m left, vacated under own power
        Why it went well: the joint civil/mil emergency exercise in the spring – we'd practised exactly this.
        Learning: keep the joint exercises; add cable derig to the civil emergency checklist.

        Flt Lt [[name:Neve Calloway]], Local controller
    """)),
    ("aviation", "incident", prose("""
        Incident – callsign confusion. [[organisation:Humbleton Airport]] TWR, [[date:11/08/24]].
        [[flight_number:NLK482]] and [[flight_number:NLK428]] both on frequency within 4 min, one inbound, one
        at holding point A1. I gave "[[flight_number:NLK428]] line up and wait" – the readback "line up and wait,
        [[flight_number:NLK482]]" came from the inbound crew on 4nm final. I missed it. The departing crew
        queried it ("was that for us?") and the {{ATCA}} flagged it too. No loss of separation, but the inbound
        crew briefly thought they'd been given a {{go-around}}. Why: similar callsigns, same company, known
        issue raised on [[date:3rd May]] with the airline but not changed; I was also on combined {{TWR}}/{{GMC}}.
        What went well: crew query + ATCA. Learning: {{callsign similarity}} alert now on the {{EFPS}}; airline
        asked again to change one to [[flight_number:NLK48L]]. MOR ref [[case_reference:HUM-OR-24-058]]. –
        [[name:Sinéad]], {{ATCO}}
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS – [[organisation:RAF Coldmarsh]] {{MATZ}}
        Date [[date:14 MAR 2025]]
        Aircraft: [[aircraft_registration:G-OJNE]] ({{DA42}}, civil training), [[flight_number:TALON 21]] (2x {{Hawk}})

        What happened:
        [[aircraft_registration:G-OJNE]] crossing the MATZ on a {{Basic Service}} with Zone, 2000ft. [[flight_number:TALON 21]] recovering visually to the {{initial point}} descended through 2000ft ~1.5nm from it. Tower saw it on the {{ATM}} and passed {{Traffic Information}} to both.
        Why:
        - crossing traffic on Zone freq, recovering jets on Tower; info not passed between them in time
        - Zone controller busy with 6 on freq
        What went well:
        - Tower ({{ADC}}) Sgt [[name:Dom Whitely]] spotted it and called it before either crew did
        Learning: MATZ crossers now handed to Tower if within 5nm & below 3000ft during recoveries.
        DASOR ref [[case_reference:CMH-DASOR-0319]]
        Reported by Sgt [[name:Whitely]]
    """)),
    ("aviation", "success", prose("""
        What went well – birds. [[date:Wed 4 Sept]], [[organisation:Brackenmoor Airport]]. {{BCU}} driver
        [[name:Piotr]] reported a flock of ~200 gulls settling on the runway after grass cutting at 0740. Next
        departure was [[flight_number:SRZ102]] ({{A320}}, 174 POB). I held [[flight_number:SRZ102]] at the
        holding point for 6 minutes while [[name:Piotr]] dispersed them with {{pyrotechnics}} and a
        {{distress call}} unit. The crew were good about it. Also got the {{ATIS}} updated with "bird activity"
        within 2 minutes. Why it worked: BCU driver on the tower frequency, not just ops, so we heard his call
        directly. Learning: we'd like grass cutting not to be scheduled in the 30 min before the morning wave –
        raised with {{airside operations}}. No {{bird strike}} reported. [[name:Rosa]] ([[name:R.L.]]), ATCO,
        [[organisation:Brackenmoor ATC]]
    """)),
    ("aviation", "incident", block("""
        [[organisation:Humbleton Airport]] {{ATIS}} – [[date:22/09/2024]]
        What happened:
        Runway change 09→27 at 1530Z. Information Kilo recorded but the ATIS software reverted to Juliet (still RWY 09) after a {{VCS}} reboot at 1541. [[flight_number:NLK207]] and [[aircraft_registration:G-RDBN]] both called with Juliet and briefed for 09. Caught when [[flight_number:NLK207]] asked for the {{ILS}} 09.
        Why:
        - known bug after reboot, fix not installed
        - no one listened back to the broadcast
        What went well:
        - I asked all inbounds for the ATIS letter and re-briefed by voice
        - {{Engineering}} ([[name:Kofi]]) had it fixed by 1610
        Learning: listen back after any reboot. Software patch requested (ticket [[case_reference:ENG-20931]]).
        [[name:M. Yilmaz]], {{ADC}}
    """)),
    ("aviation", "success", prose("""
        Positive report. Just want to record how well the validation went for our new {{ADI}}
        [[name:Chloe Mwangi]] at [[organisation:RAF Hallerby]] (civil-mil shared). Her {{OJTI}},
        [[name:Brook Fairhurst]], built her exposure to the {{civil enclave}} traffic on purpose. Her final
        assessment on [[date:12th Nov]] included a formation recovery of 4 {{Hawks}} and a late-notice
        {{medevac}} helicopter (callsign [[flight_number:HELIMED 52]]) plus the scheduled
        [[flight_number:NLK310]]. [[name:Chloe]] ordered it cleanly and used {{Traffic Information}} rather than
        extra separation where the rules let her. What went well: [[name:Brook]] kept a log of every unusual
        scenario, so gaps were obvious; the {{Unit Training Plan}} was followed, not shortcut. Learning: share
        the log template with the other shared airfields. – {{SATCO}}, signed [[name:P. Adeyinka]]
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS – wake
        Date: [[date:06/06/24]]   Unit: [[organisation:Kelmouth Airport]] TWR
        A/c: [[flight_number:KRL862]] ({{B757}}) dep, [[aircraft_registration:G-MRSK]] ({{Cessna 172}}) circuits

        What happened:
        Cleared [[aircraft_registration:G-MRSK]] for a touch and go 2 min after [[flight_number:KRL862]] departed. {{Wake turbulence}} spacing for LIGHT behind a 757 should be 3 min. Instructor queried the spacing and asked to extend downwind, which I approved. No wake encounter.
        Why: 757 rarely operates here; I categorised it from memory. {{MATS Part 2}} table not on the desk.
        What went well: pilot's query. Also {{ATSA}} [[name:Lee]] pulled the card out for me straight after.
        Learning: wake categories card on every desk; briefing to all ATCOs.
        [[name:Dariusz]], ADC
    """)),
    ("aviation", "incident", prose("""
        Incident – {{fatigue}}. I'm writing this about myself. On the night of [[date:15 Jan]] at
        [[organisation:Kelmouth Airport]] tower we're solo overnight (one {{ATCO}}, one {{fire crew}}). I'd done
        four earlies then swapped to cover [[name:Niamh]]'s night after she went sick. The swap met the
        {{SRATCOH}} hours on paper but I'd had about 3 hours' sleep. At 0420 I gave the mail flight
        [[flight_number:RMX301]] a {{QNH}} of 1003 instead of 1013. Crew read back 1013 (they had it from the
        {{ATIS}}), and I didn't notice the difference until the second call. No altitude deviation. What went
        well: crew readback, and I phoned the {{watch manager}} ([[name:Bashir]]) at home who came in and
        relieved me at 0530. No blame from him at all. Why: roster swap approved without anyone asking about
        sleep; the policy says self-declare but no one wants to leave a unit uncovered. Learning: swaps into
        nights now need a conversation, not just a tick on the {{rostering app}}. – ATCO (name withheld)
    """)),
    ("aviation", "success", block("""
        POSITIVE OCCURRENCE – UAS sighting
        [[organisation:Brackenmoor Airport]], [[date:Sun 20 Oct]] 1605L
        Reported by: [[flight_number:SRZ455]] on 5nm final RWY 06 – "drone at about 800ft, right side"
        Log (typed up after):
        1606  [[flight_number:SRZ455]] continued, landed safely
        1607  departures held, [[flight_number:SRZ288]] at A2
        1608  999 call by {{ATCA}} [[name:Faith Oduya]]
        1611  police unit dispatched to the {{FRZ}} boundary, PC [[name:Danes]]
        1624  operator found in a field off [[address:Moor End Lane]], flying a {{DJI Mini}} to film a wedding, no idea about the FRZ
        1631  ops resumed after {{runway inspection}}
        What went well: whole thing 26 min, no diversions, calm on RT.
        Learning: signage on [[address:Moor End Lane]] requested.
        Ref [[case_reference:BKM-UAS-2024-07]]
        [[name:G. Thackeray]], {{Watch Manager}}
    """)),
    ("aviation", "near_miss", prose("""
        near miss – tug towing [[aircraft_registration:G-ORMA]] from the hangar to stand 4 across runway 33 at
        [[organisation:Polvennor Airport]] (shared with the {{Royal Navy}}). Tug driver ([[name:Macca]]) called
        "ready to cross" on the {{ground frequency}}, which was split that day. {{GMC}} controller
        [[name:Becky]] said "hold short", he heard "cross". He stopped at the {{stop bar}} because it stayed lit
        – the red stop bar saved it, a {{Merlin}} was lifting from the runway. Why: split frequencies and the
        driver used to combined ops; readback "cross... er hold" garbled and not challenged. What went well: H24
        stop bars (we fought for those!), and the driver obeyed the light over the voice. Learning: full
        readbacks challenged, no "roger"; briefing for tug drivers at [[organisation:Polvennor Aero Services]].
        – [[name:Kit]], TWR, [[date:5th Feb]]
    """)),
    ("aviation", "incident", block("""
        Incident – crane not promulgated
        Unit: [[organisation:Kelmouth Airport]] ATC
        Date found: [[date:Mon 2 Dec 2024]]
        What happened:
        Mobile crane ~140ft agl put up at a building site 1.2nm from threshold 22, inside the approach obstacle surface. Developer had told airport safeguarding but no {{NOTAM}} was raised. Pilot of [[aircraft_registration:G-WYCH]] reported it on final.
        Why:
        - {{safeguarding officer}} on leave
        - [[email:safeguarding@kelmouth-airport.example.co.uk]] inbox unmonitored for 9 days
        What went well:
        - {{ATCO}} [[name:Yaw]] stopped {{IFR}} approaches to 22 until the NOTAM was issued (took 40 min)
        - developer ([[organisation:Corran Build Ltd]], site mgr [[name:Declan]] [[phone:07700 900552]]) lowered the jib same afternoon
        Learning: shared inbox with auto-forward + cover rota.
        [[name:Hannah Ilori]], {{Compliance Manager}}
    """)),
    ("aviation", "success", prose("""
        Good practice – {{LVPs}}. [[date:Thurs 9/1/25]], [[organisation:Humbleton Airport]]. Fog came in faster
        than forecast ({{RVR}} 1500 to 350m in 25 min at 0610). [[name:Okoro]] on {{ADC}} called "LVP
        preparation" early on the trend alone, which gave {{airfield ops}} time to do the {{ILS}} critical area
        check and get the vehicles off. Safeguarded by 0640; [[flight_number:NLK101]] and
        [[flight_number:KRL880]] landed Cat III without holding. [[name:Okoro]] and the ATCA
        ([[name:Lily-Rose]]) ran the {{LVP checklist}} out loud, which I could hear from the watch manager desk.
        Why: the forecast ({{TAF}}) had said 2000m, and we'd had a messy one last winter so everyone was primed.
        Learning: an early call is better than a perfect call. – Watch Manager, [[name:Sandeep]]
    """)),
    ("aviation", "incident", block("""
        INCIDENT – glider cable / {{ATZ}}
        Unit: [[organisation:RAF Coldmarsh]] TWR (civil {{gliding club}} [[organisation:Coldmarsh Vale Gliding Club]] operates on the south side)
        Date: [[date:Sat 21 Sep 2024]]
        What happened:
        Club did a {{winch launch}} at 1402 while [[aircraft_registration:G-TDFN]] ({{PA-28}}, civil PPR) was crosswind for 27. Aircraft passed ~0.3nm from the cable at 1200ft.
        Why:
        - PPR brief for [[aircraft_registration:G-TDFN]] didn't mention gliding (club started later than NOTAM'd)
        - club {{launch point controller}} on the club freq only, not tower
        What went well:
        - pilot saw the glider and cable and turned away
        - club {{CFI}} [[name:Jim Oakes-Ferrari]] stopped launching and rang tower within 2 min, very open about it
        Learning: launch point on tower freq or landline before each launch when military ops are off.
        DASOR [[case_reference:CMH-DASOR-0402]]  |  Sgt [[name:Kerr]], ADC
    """)),
    ("aviation", "success", prose("""
        Success – radio failure. [[date:8 Aug]], [[organisation:Polvennor Airport]].
        [[aircraft_registration:G-BWLF]], a {{Jodel}} inbound {{VFR}}, squawked {{7600}} at 10nm. We couldn't
        reach him on 2 freqs. [[name:Ewa]] (ADC) put out blind transmissions, kept the circuit clear, and got
        the {{light gun}} out of the cupboard – green at 2nm, he landed first time. Turned out his headset jack
        had pulled out. The {{Royal Navy}} helicopters in the circuit went to hold at the {{VRP}} without
        fuss once we told them. What went well: everyone knew the {{RCF}} procedure, and the light gun had been
        tested on [[date:1 August]] as part of the daily checks. Learning: pilot now carries a handheld. His
        mobile was on the booking-out form ([[phone:07700 900367]]) – [[name:Ewa]] rang it after landing,
        which was a nice touch. – [[name:J.P. Murray]], ATCO
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind94", REPORTS))


if __name__ == "__main__":
    main()
