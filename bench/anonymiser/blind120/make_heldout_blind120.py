"""Held-out blind corpus 120: confidential just-culture incident-and-learning reports from a city's
adult social care (duty and locality social work, brokerage, day services, supported living and
reablement), a mental health trust (community mental health, crisis, home treatment and early
intervention teams, acute and PICU wards, depot clinics) and an airport (tower and approach air
traffic control, airside operations, ground handling and the rescue and fire-fighting service).
The writing is an ordinary mix: careful first-person narratives, terse one-paragraph notes typed in
lower case, structured form fields, forwarded e-mails, team chat excerpts, timelines and watch-log
style entries, shout-outs and formal learning summaries, by support workers, social workers,
nurses, pharmacists, doctors, controllers, operations officers and firefighters.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind120.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Night shift, [[address:Maple House]] ([[organisation:Northway Supported Living]]). At the
        22:00 meds round I gave [[name:Tony]] his evening {{sertraline}} from the blister pack and only
        then saw that the {{MAR chart}} was already signed for 22:00 by [[name:kelly]], who had finished
        at 21:00. So he had a double dose. I rang {{NHS 111}} straight away, they advised no need for
        {{A&E}} but to do hourly checks, which I did, and he slept through and was fine in the morning.
        I let the {{on-call manager}} ([[name:Priya S]]) know at 22:25 and told [[name:Tony]] and his
        sister at breakfast. What went wrong: [[name:kelly]] had signed before administering because she
        was rushing to hand over, and the blister slot still looked full because she had given it from
        the spare pack. Nobody is blaming her, we were one {{waking night}} down all week. Learning:
        never sign ahead, and spare packs go back to pharmacy, not in the trolley.
    """)),
    ("social_care", "incident", block("""
        Service: [[organisation:Brookfield Day Opportunities]]
        Date of incident: [[date:04/03/2025]]
        Person involved: [[name:Faith Adeyemi]] (attends Mon/Wed/Fri, age [[age:58]])
        Reported by: [[name:Connor]] ({{support worker}})

        What happened:
        At lunch [[name:Faith]] was handed a standard sandwich from the tuck shop by a new volunteer.
        She is on {{IDDSI Level 6}} soft and bite-sized as per her {{SALT}} plan. She started coughing
        and went red in the face. [[name:Dawn]] did back blows as per {{first aid}} training and the
        piece came out. Paramedic advice by phone, no conveyance. GP informed
        ([[organisation:Castle Vale Medical Practice]]).

        Why it happened:
        Volunteer hadn't had the {{dysphagia}} list briefing, it was her second day. [[name:Faith]]'s
        red placemat that flags her diet was in the wash.

        Actions:
        - every volunteer gets the diet list on day one
        - spare placemats ordered
        - brother [[name:Emeka]] informed by phone ([[phone:07700 900318]])
    """)),
    ("social_care", "incident", block("""
        From: [[email:j.mcallister@northcity.example.gov.uk]]
        To: Adult Safeguarding Hub
        Sent: [[date:Tue 11 Feb 2025]] 16:42
        Subject: Concern - Mr [[name:R. Osei]] - also logged on learning system

        Hi all,

        Raising this here as well as the {{Section 42}} referral. Tenant [[name:Reginald Osei]], DOB
        [[date_of_birth:02/09/1951]], {{Mosaic}} ID [[case_reference:MOS-448213]], lives at
        [[address:Flat 3, 17 Lindley Road]], [[postcode:S6 2RB]]. His nephew has been acting as informal
        appointee and collecting his {{Pension Credit}}. Staff noticed he had no food in on three visits
        and the {{DWP}} letter shows NI number [[ni_number:JH 48 21 93 B]] with a new bank account we
        didn't know about. What went wrong on our side is that the concern was first mentioned in
        handover on [[date:27th January]] and nobody wrote it up, so two weeks were lost. What went right
        is [[name:Marta]] on the floating support team put it all in one chronology.

        Nephew's mobile if needed: [[phone:07700 900 741]].

        Thanks
        [[name:Jude McAllister]]
        {{Senior Practitioner}}, [[organisation:West Locality Team]]
    """)),
    ("social_care", "incident", prose("""
        {{Tail lift}} on the day centre minibus ([[vehicle_registration:YJ19 KWD]]) jammed halfway down at
        the afternoon drop-off outside [[organisation:Fernlea Centre]] with Mr [[name:Wojcik]] on the
        platform in his wheelchair. Driver [[name:Gaz]] stayed calm, put the {{wheelchair brakes}} on and
        strapped him, then went to use the {{manual override}} as per the {{LOLER}} sheet but the override
        handle wasn't in the cab. We waited 35 minutes in the rain for the {{fleet team}}, [[name:Wojcik]] was
        cold but not hurt and his wife was very understanding. The lift had its {{six-monthly
        inspection}} on [[date:20 Jan]]. Fleet job ref [[case_reference:FLT-2291]]. Ask: every vehicle
        check at the start of the day to include the override handle, and a laminated card in the cab
        with the fleet out-of-hours number.
    """)),
    ("social_care", "incident", prose("""
        On the group outing to the [[organisation:Riverside Industrial Museum]] on [[date:21 June]],
        [[name:Liam Doherty]] ([[age:34]]) became separated from the group in the {{gift shop}}. Ratio was
        1:3 as planned but one staff member had gone to the toilet with another person and the
        {{risk assessment}} didn't say what to do if that happened. We searched for 20 minutes then
        phoned {{999}} as per the {{missing person protocol}}. PC [[name:Lane]] and {{PCSO}} [[name:Osagie]]
        were brilliant. [[name:Liam]] was found at the bus station 50 minutes later, safe, watching
        the trams. He told [[name:Sunny]] afterwards he wanted to see the number 52. Police incident
        number [[case_reference:SYP-0613-210624]]. His {{Herbert Protocol}}-style grab sheet with a
        recent photo really helped, so did the fact that [[name:Sunny]] knew his interests. Learning:
        update the trip {{risk assessment}} template for toilet breaks and make sure the grab sheet is
        carried on every outing, not left in the office.
    """)),
    ("social_care", "incident", prose("""
        letter re outcome of {{Care Act}} assessment went to [[address:41 Greenhill Avenue]] instead of
        [[address:14 Greenhill Avenue]] [[postcode:S8 7JP]]. {{neighbour}} brought it round to mrs
        [[name:ahmed]] unopened thankfully. {{admin}} picked the address off the old record on {{Mosaic}},
        there are two addresses on file and the wrong one was on top. {{IG}} breach logged as
        [[case_reference:IG-2025-0147]] and {{Caldicott Guardian}} told. apologised to mrs [[name:ahmed]]
        by phone. suggested fix = archive old addresses when a change is recorded. - [[name:mk]]
    """)),
    ("social_care", "incident", block("""
        Teams chat pasted in from the day service channel (names of service users shortened)

        [09:14] [[name:dawn.h]]: heads up [[name:JB]] has kicked off in the art room, threw a chair, [[name:Marcus]] has a cut on his hand
        [09:15] [[name:Mo_Ali]]: on my way. is [[name:marcus]] ok??
        [09:16] [[name:dawn.h]]: {{first aider}} with him now. [[name:JB]] calmer in the {{sensory room}} with [[name:Tash]]
        [09:31] [[name:Mo_Ali]]: spoke to [[name:JB]], it was the fire alarm test, nobody warned us. it's in his {{PBS plan}} as a trigger
        [09:33] [[name:dawn.h]]: ill do the {{ABC chart}} and accident form. facilities never told us the test moved from {{Wednesday}}
        [09:40] [[name:Mo_Ali]]: ill ring his staff at [[organisation:Ashgrove Supported Living]] and let them know, and [[name:Marcus]]'s wife
    """)),
    ("social_care", "near_miss", prose("""
        {{Brokerage}} was about to send a full {{support plan}} to [[organisation:Bluebell Homecare]] for a new
        package when [[name:Femi]] noticed the NHS number on the plan ([[nhs_number:455 215 4249]])
        didn't match the one on the {{referral}} ([[nhs_number:443 388 1635]]). We have two people called
        [[name:Patricia Hughes]] on the same estate, one at [[address:9 Wensley Drive]] and one at
        [[address:90 Wensley Drive]], born a year apart. The plan had been pulled from the wrong record
        on {{Mosaic}}. Nothing was sent. [[name:Femi]] checked date of birth and address as well before
        correcting it. Mrs [[name:Hughes]] at number 9 is the one starting {{home care}} on
        [[date:Monday 14 April]]. We've added a {{same-name alert}} to both records and I've asked for
        {{Brokerage}} to always check {{two identifiers}}, same as health do.
    """)),
    ("social_care", "near_miss", prose("""
        About 03:10 on [[date:Sunday 2nd March]] the {{waking night}} worker, [[name:Joy]], smelt gas in
        the corridor at [[address:Harewood Court]] and found [[name:Kwame]]'s hob on in his flat with no
        flame. He had made noodles at midnight and thought he'd turned it off. [[name:Joy]] turned it off
        at the {{isolation valve}}, opened windows and didn't touch any switches, then rang the on-call.
        {{Cadent}} came out and said the levels were low. No one hurt. This is the second time in a
        month so we've asked the landlord for an {{auto shut-off valve}} and updated his {{fire risk
        assessment}} and support plan. Really good practice from [[name:Joy]], she remembered the
        training exactly.
    """)),
    ("social_care", "near_miss", block("""
        Type: Near miss - lone working
        Team: [[organisation:South Locality Social Work Team]]
        Date: [[date:19.11.24]], approx 14:00

        What nearly happened:
        I was booked to do a {{Care Act}} review at [[address:88 Foxhill Road]], [[postcode:NG5 9HU]] on
        my own. [[name:Bilal]] on duty spotted that the address had a {{warning marker}} on the old
        {{CareFirst}} system (dog and a violent incident involving the son, 2021) that didn't come
        across to {{Mosaic}} when we migrated. I went with [[name:Rachel T]] instead and we used the
        {{buddy system}}. Visit went fine.

        Learning:
        Migrated warning markers need a bulk check. Raised with IT as [[case_reference:INC0778812]].

        Reported by: [[name:Grace Mbeki-Tate]], {{Social Worker}}
    """)),
    ("social_care", "near_miss", prose("""
        Close one today at [[organisation:Hillside Day Service]]. The new {{catering supplier}} switched the
        lunch rolls to {{sesame}}-topped ones without telling us. [[name:Summer]] read the {{label}} before
        handing one to [[name:Aled]], who has an {{anaphylaxis}} plan and carries an {{EpiPen}}. Nobody
        else had checked. From now on every delivery gets checked against the {{allergy board}} and I
        have emailed the supplier at [[email:orders@freshplate.example.co.uk]]. Well done
        [[name:Summer]].
    """)),
    ("social_care", "success", prose("""
        Wanted to log a {{Discharge to Assess}} that actually went right. Mr [[name:Frank Bellamy]],
        [[age:91]], was medically fit on [[organisation:Ward 32]] at [[organisation:St Aldhelm's
        Hospital]] on a Friday afternoon, which usually means he sits there till Tuesday. The hospital
        social work team ([[name:Ayesha]]) rang us at 14:00, the {{OT}} had already ordered a {{perching
        stool}} and {{commode}}, and [[name:Lewis]] from [[organisation:City Reablement Service]] got a
        {{key safe}} fitted by 17:30. He was home at [[address:3 Orchard Rise]] that evening with a
        {{pathway 1}} package starting the next morning. His daughter [[name:Carole]] said it was the
        first time in three admissions that nobody had to chase anyone. What made the difference was
        one named person on each side and a shared call at 14:00. We should keep doing that.
    """)),
    ("social_care", "success", prose("""
        Learning summary. [[name:Rose Kavanagh]] ([[age:46]]), a tenant at [[organisation:Larkspur
        Supported Living]], needed several extractions under {{general anaesthetic}} and could not
        understand or weigh up the information even with {{Easy Read}} materials, so a {{best interests
        meeting}} under the {{Mental Capacity Act}} was held on [[date:9 October 2024]]. Because she has
        no family involved an {{IMCA}}, [[name:Tomasz]], was instructed early. The dentist at
        [[organisation:Community Dental Service]] agreed to do a {{desensitisation}} visit first.
        Staff who know [[name:Rose]] best described how she shows pain, which changed the plan (she went
        first on the list to reduce waiting). The procedure went ahead on [[date:30/10/24]] with no need
        for restraint. What worked: early IMCA, staff voice in the meeting, and a clear written decision
        that everyone could follow on the day.
    """)),
    ("social_care", "success", prose("""
        Duty call at 16:50 on a Friday from Mrs [[name:Harjit Kaur]] who cares for her mum (advanced
        {{dementia}}, lives with her at [[address:27 Beaumont Street]]). She said she couldn't do
        another night, still had to collect her son from [[organisation:Little Acorns Nursery]] by six, had not slept properly for a week and had just had a fall herself. {{Duty social
        worker}} [[name:Deji]] stayed on the phone, did a quick {{carer's assessment}} over the phone,
        rang round and secured an {{emergency respite}} bed at [[organisation:Oakleigh Lodge]] the same
        evening. {{Transport}} arranged by 18:30. Follow-up review booked for [[date:2 Dec]]. Mrs
        [[name:Kaur]]'s mobile [[phone:07700 900 205]] is now on the {{carer's emergency plan}}. Great
        example of doing it properly at the worst time of the week.
    """)),
    ("social_care", "success", prose("""
        massive thanks to [[name:bill]] on {{reception}} at [[organisation:Carlton Street Day Centre]] who
        spotted a visitor in the {{foyer}} looking grey and sweaty, sat him down and called 999 straight
        away. it was a {{heart attack}}. {{paramedics}} said the fast call and the {{defib}} being out ready
        made a real difference. he is on {{CCU}} and doing ok. [[name:bill]] you are a star
    """)),
    ("social_care", "success", prose("""
        On the day service trip to [[organisation:Clumber Lakes Country Park]] [[name:Kieran
        O'Donnell-Reyes]] had a {{tonic-clonic seizure}} by the cafe at about 11:40. [[name:Jas]] timed
        it, moved things away and put him in the {{recovery position}}. At five minutes she gave
        {{buccal midazolam}} from the {{grab bag}} exactly as his {{epilepsy care plan}} says, and it stopped
        within two minutes. {{Ambulance}} was called at five minutes too and arrived at 12:05. He was
        checked and not taken in. His dad, Mr [[name:O'Donnell]], collected him. The reason this went
        well is the grab bag was checked that morning (midazolam in date, plan printed) and
        [[name:Jas]] had done the {{refresher}} on [[date:15th May]]. Recording as good practice.
    """)),
    ("social_care", "success", block("""
        Tenant: [[name:Nowak, Patryk]]   Ref: [[case_reference:SL-20931]]
        Moved on: [[date:1 August 2024]]
        NI no: [[ni_number:PR 57 12 04 C]]
        New address: [[address:Flat 12, Canal Wharf]], [[postcode:M4 6DQ]]

        What went well
        [[name:Patryk]] has been in 24-hour {{supported living}} for six years. {{Move-on}} planned over nine
        months with [[organisation:Pennine Housing Trust]]. He did practice nights at the new flat,
        [[name:Ikram]] made him a {{photo timetable}} for bins, {{Universal Credit}} and shopping, and his
        support dropped to 10 hours a week with {{assistive technology}} ({{door sensor}}, {{Alexa}}
        reminders). Three months on: no crises, paying rent, volunteering at a bike workshop.

        Why it worked
        Plan was his, not ours. Nobody rushed it.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Patient [[name:DH]] ({{Section 3}}) went AWOL from [[organisation:Larch Ward]],
        [[organisation:Fieldhead Unit]], at about 19:40 on [[date:18/01/2025]]. He followed a visitor
        through the {{airlock}} when the second door was slow to close. Staff noticed within ten minutes
        at the 19:50 {{intermittent observations}}. Police were informed under the {{AWOL policy}}, ref
        [[case_reference:WYP-250118-1123]], and the on-call {{RC}} was informed. PC [[name:Ogunleye]]
        returned him at 22:15 from his mother's house, unharmed, under {{Section 18}}. Issues: the
        airlock door closer has been reported three times to {{Estates}} (jobs [[case_reference:EST
        44190]] and [[case_reference:EST 44712]]), and there was no one on the door during visiting. Good:
        quick escalation, accurate description given to police, calm return. [[name:DH]] said he wanted
        to see his dog.
    """)),
    ("health", "incident", block("""
        Pharmacy incident report
        Patient: [[name:Stefan Ionescu]]   NHS no: [[nhs_number:301 076 6963]]   Hosp no: [[case_reference:RX4471028]]
        DOB: [[date_of_birth:23.03.1988]]
        Ward: [[organisation:Beech Ward]]

        Summary: {{clozapine}} 300mg was restarted at full dose on admission after the patient had
        missed more than 48 hours of doses at home. Should have been {{re-titration}} from 12.5mg.
        Two doses given before {{ward pharmacist}} [[name:Noor]] spotted it on the {{ePMA}} review the
        next morning. Patient had {{postural hypotension}} and was dizzy, no fall. Physical obs and
        {{ECG}} done, {{ZTAS}} informed, re-titration started.

        Contributing factors: admission out of hours, the community {{care coordinator}} knew about the
        missed doses but it wasn't in the transfer letter; {{ePMA}} has no stop warning for clozapine
        gaps.

        Reported by [[name:A. Chaudhry]], {{Lead Pharmacist}}
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Ng]], [[age:67]], open to [[organisation:Eastbrook CMHT]], was admitted to the
        general hospital with {{lithium}} toxicity (level 2.1). Looking back, her GP at
        [[organisation:Parkside Surgery]] started {{bendroflumethiazide}} for blood pressure in
        September, and under the {{shared care protocol}} the level should have been rechecked within
        a week. It wasn't, because the GP assumed we were doing bloods and we assumed the practice was.
        Her {{U&Es}} and {{eGFR}} had also dropped. Her son [[name:Kelvin]] noticed she was shaky and
        confused and rang the duty line. She recovered fully. We are writing to the practice, adding
        interacting medicines to the lithium clinic checklist, and [[name:Ng]]'s care coordinator will
        now get an alert when a GP changes meds. {{Datix}} [[case_reference:DW-58817]].
    """)),
    ("health", "incident", prose("""
        Prone restraint on [[organisation:Cedar PICU]] lasted about 6 minutes, longer than policy allows,
        during {{rapid tranquillisation}} for a patient who had assaulted a member of staff. The team
        lead, [[name:Hakim]], called to turn him to supine but the {{IM}} {{lorazepam}} was still being
        drawn up by the {{nurse in charge}} because the clinic room key was on another set. Nobody was
        monitoring breathing for part of it. Afterwards {{post-RT physical observations}} were done every
        15 minutes and were normal. Staff debrief happened, the patient was offered a debrief the next
        day with his {{advocate}}. Keys issue needs sorting, and the {{PMVA}} team are coming to run a
        short session on role allocation. Reported by [[name:Bea Okonkwo]], {{Band 6}}.
    """)),
    ("health", "incident", block("""
        From: [[email:amy.thornton@mhtrust.example.nhs.uk]]
        To: [[email:ig.team@mhtrust.example.nhs.uk]]
        Date: [[date:3 April 2025]]
        Subject: Misdirected email - Datix [[case_reference:W231770]]

        Hi,

        I was sending the weekly {{CPA}} review list for [[organisation:Westside Community Team]] to our
        {{consultant}} Dr [[name:Hunter]] ([[email:s.hunter@mhtrust.example.nhs.uk]]) but {{Outlook}}
        autofilled [[email:s.hunter@citycouncil.example.gov.uk]], a {{council officer}} with the same
        surname. The list had 23 names with dates of birth. I realised about 20 minutes later, rang
        him, and he deleted it and confirmed in writing. I've cleared my {{autocomplete}} and we've
        asked if external addresses can be flagged in red like some trusts do.

        [[name:Amy]]
        {{Team Administrator}}
    """)),
    ("health", "incident", prose("""
        During {{level 2 observations}} on [[organisation:Willow Ward]] at 02:20, [[name:Ruth]] was found
        in the en-suite with a ligature tied to the top hinge of the wardrobe door. HCA [[name:Benedict]]
        used the {{ligature cutter}} immediately and called for help, she was breathing and talking.
        Physical checks normal. The wardrobe was meant to be {{anti-ligature}} but the door had been
        rehung after a repair on [[date:12th September]] with standard hinges. The last {{environmental
        risk assessment}} was before the repair. {{Estates}} have replaced the hinges on all wardrobes.
        [[name:Ruth]] was put on {{level 3}} and her {{safety plan}} reviewed with her in the morning.
        Staff were shaken and were offered {{TRiM}} support.
    """)),
    ("health", "incident", block("""
        Timeline - missed crisis callback
        [[date:Sat 7/12]] 18:05  Call to {{crisis line}} from [[name:Jordan Petrakis]] ([[age:23]]), low
                          mood, not actively suicidal, agreed callback within 4 hrs on [[phone:07700 900562]]
        18:40  Callback entered on whiteboard, not on {{SystmOne}} task list
        20:00  Shift change, whiteboard wiped by mistake
        23:50  [[name:Jordan]] attended {{ED}} after taking 16 {{paracetamol}}, {{liaison psychiatry}}
               assessed, bloods ok, {{NAC}} not needed
        [[date:Sun 8/12]] 10:30  {{Home Treatment Team}} visit, [[name:Jordan]] said "I thought you'd
                          forgotten about me"

        Learning: callbacks only on the electronic task list, whiteboard is a copy. Handover to read
        out every open callback. Duty senior [[name:L. Fairweather]] to audit for one month.
    """)),
    ("health", "near_miss", prose("""
        {{Depot clinic}} at [[organisation:Moorgate Resource Centre]]. Two patients with the same name,
        both Mr [[name:Mohammed Khan]], were booked ten minutes apart for {{paliperidone}} injections. I
        had drawn up the first one when the second Mr [[name:Khan]] was called in by the {{receptionist}}.
        Doing the {{positive patient identification}} check, his date of birth
        ([[date_of_birth:14/06/1979]]) didn't match the {{prescription chart}}, and his NHS number was
        [[nhs_number:686 100 6548]] not [[nhs_number:932 669 5743]]. Stopped, wrong man, no harm.
        Clinic lists now show DOB and a {{name alert}} flag. Really glad we check every single time
        even when we know people well. - [[name:Precious]], {{CPN}}
    """)),
    ("health", "near_miss", prose("""
        {{AMHP}} [[name:Olu Bankole]] was checking the papers for a {{Section 2}} admission to
        [[organisation:Aire Ward]] and noticed one {{medical recommendation}} was dated
        [[date:13/10/24]] instead of [[date:31/10/24]]. That would have put the two recommendations more
        than five days apart and made the detention unlawful. The doctor re-examined and signed a fresh
        {{Form A3}} before the patient was conveyed. The {{MHA administrator}} says this is the third
        date slip this year. Suggest checklist for {{s12 doctors}} on the back of the form. Good catch
        by [[name:Olu]].
    """)),
    ("health", "near_miss", prose("""
        mr [[name:bello]] admitted via crisis. his penicillin allergy (rash + swelling 2019) was on the
        GP record at [[organisation:Moorside Medical Centre]] but didn't come over onto {{RiO}}.
        {{co-amoxiclav}} was prescribed for a chest infection at 21:00. {{pharmacy technician}}
        [[name:Vikram]] caught it during {{medicines reconciliation}} before the first dose was given.
        prescription changed to {{doxycycline}}. allergies now updated and {{Summary Care Record}} checked.
        we need the SCR looked at on every admission, not just when someone remembers.
    """)),
    ("health", "near_miss", prose("""
        Came on shift on [[organisation:Ashby Ward]] and found the clinic room keys still in the door,
        which was unlocked, at 07:25. The night {{bank nurse}} had been called away to an incident
        and forgot them. The {{CD cupboard}} was locked (separate key) but the {{sharps bin}} and the
        medication trolley were accessible. No patients were near it and nothing was missing when
        [[name:Siobhan]] and I did a full check including the {{CD register}}. Talked to the bank nurse
        supportively. We're asking for the keys to be on a lanyard clip and the door to be
        self-closing. [[name:Will Asante]], {{Charge Nurse}}
    """)),
    ("health", "success", prose("""
        [[name:Tayo]] ([[age:19]]) had missed four appointments with the [[organisation:Northside EIP
        Team]] and was about to be discharged. His {{care coordinator}} [[name:Eilidh]] asked him what
        actually worked for him and he said texting, not phone calls, and not meeting at the {{base}}.
        They started meeting at the {{gym café}} and messaging via the trust's {{Accurx}} link. Since then
        he has attended every session, started {{CBTp}} with Dr [[name:Haddad]], has an {{IPS}}
        employment worker and got a place at [[organisation:Kirkgate College]] for September.
        Sharing because sometimes the "non-engagement" is ours.
    """)),
    ("health", "success", block("""
        What went well - physical health on [[organisation:Holly Ward]]
        Date: [[date:22/02/2025]]

        Patient (older adult, [[age:79]]) scored {{NEWS2}} 5 at the 14:00 obs - temp 38.4, HR 112, new
        confusion above baseline. HCA [[name:Marisol]] repeated the obs and told the nurse in charge
        straight away rather than waiting for the next round. {{SBAR}} call to the on-call doctor, who
        came within 20 minutes, took {{blood cultures}} and started the {{sepsis}} pathway. Transferred to
        [[organisation:Royal Wharfedale Infirmary]] by 16:10, diagnosed with {{urosepsis}}, back with us
        after five days. Daughter ([[name:Lorraine]]) thanked the team.

        What helped: {{deteriorating patient}} training last month and the NEWS2 prompt on the obs
        machine.
    """)),
    ("health", "success", prose("""
        The {{Home Treatment Team}} managed to avoid an admission for Mrs [[name:Lindqvist]] this week,
        and I think it's worth writing down why. Her daughter [[name:Astrid]] had been caring alone and
        was close to giving up. Instead of just visiting twice a day we had a {{family meeting}} at home on
        [[date:Thursday 6 March]] using the {{Triangle of Care}} approach: [[name:Astrid]] told us what
        the early signs look like for her mum, we agreed a {{crisis plan}} together, and she was given
        the direct number for the team ([[phone:0113 496 0587]]) instead of the {{switchboard}}. The
        {{consultant}}, Dr [[name:Mbatha]], reviewed the {{olanzapine}} dose at the same visit. Ten days on
        she is eating and sleeping and [[name:Astrid]] is back at work part time.
    """)),
    ("health", "success", prose("""
        Shout out for [[name:Mark]], {{peer support worker}} on [[organisation:Aire Ward]]. A young lad
        admitted for the first time was refusing to come out of his {{room}} or talk to any of the {{nursing
        staff}}. [[name:Mark]] sat with him, talked about his own first admission, and by the afternoon
        he'd had a shower and something to eat and agreed to see the {{doctor}}. {{Lived experience}} matters.
    """)),
    ("health", "success", block("""
        Learning from excellence
        Area: [[organisation:Rowan Ward]], [[organisation:Calder House]]
        Event: power cut 19:10-21:40 on [[date:5 Nov 2024]]

        Whole building lost power and the {{generator}} only supplied the corridor lighting. {{RiO}} was
        down so handover was done from paper {{SBAR}} sheets that [[name:Gbenga]] had printed at 17:00
        for the {{safety huddle}}. Obs done with manual {{BP cuffs}}, torches issued, patients told
        what was going on every 30 minutes. Night meds were given from the printed {{MAR}}. No
        incidents and patients said they felt safe. [[name:Gbenga]] and [[name:Catrin]] kept it calm.
        On shift: [[name:Gbenga]], [[name:Catrin]], [[name:Pawel]], [[name:Nkechi]] (bank).

        Suggestion: print SBAR sheets every shift as standard, it costs nothing.
    """)),
    ("health", "success", prose("""
        Assessment for [[name:Yonas Tesfamariam]], [[age:27]], who speaks {{Tigrinya}}, went really well
        and I want to log why. We booked a {{face-to-face interpreter}}, [[name:Senait]], through
        {{LanguageLine}} rather than using his friend, and asked for a woman he hadn't met in his
        community. We gave a longer slot (90 min). Before going in we checked words for {{low mood}} and
        {{hearing voices}} with her, because the direct translations can sound like madness or spirits.
        [[name:Yonas]] disclosed {{PTSD}} symptoms from his journey through Libya that he had never told
        his {{GP}}. Referral made to [[organisation:Sanctuary Trauma Service]]. Interpreter debriefed
        afterwards. Thanks [[name:Senait]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Runway incursion. At 1432 {{UTC}} {{Ops 2}} ([[vehicle_registration:WU70 HBK]]) entered
        {{runway 27}} at {{holding point A1}} for an inspection without a clearance, the {{stop bar}} was
        lit. [[flight_number:BWG412]] was on a 3 mile final and I instructed a go-around, which was flown
        without problem. The driver, [[name:Carl]], said he heard "enter" in a transmission that was
        actually for {{Fire 1}} at the other end. Both vehicles were on the same {{Tower}} frequency and
        call signs sound similar on a noisy channel. {{MOR}} filed, airport ref [[case_reference:EAP-OCC-2025-0211]].
        Learning: use full callsigns and read back the holding point, and the airport is looking at
        moving airside vehicles to the {{Ground}} frequency during inspections.
    """)),
    ("aviation", "incident", prose("""
        Level bust on departure. [[flight_number:NRV2281]] ([[aircraft_registration:G-NRVK]]) was
        cleared to 5000 ft on the {{SID}} but climbed to 5700 ft before stopping. {{STCA}} activated
        against a light aircraft, [[aircraft_registration:G-BXWP]], transiting at 6500 ft on a
        {{Basic Service}}. The crew of [[flight_number:NRV2281]] reported a {{TCAS RA}} (descend), which they
        followed. Closest point 0.8 nm and 600 ft. Crew later said the {{FMS}}
        had an old SID altitude loaded after the procedure change on [[date:20 February]]. Approach
        controller was [[name:Tariq]], I was the {{coordinator}}. We could have given traffic
        information earlier, we had both on radar for over a minute. Reported by [[name:Helen
        Achterberg]], {{ATCO}}, [[organisation:Easterby Approach]].
    """)),
    ("aviation", "incident", block("""
        RFFS watch log extract - [[date:14/05/2025]]

        0712  Local standby called by {{ATC}}, [[flight_number:KTQ731]] ([[aircraft_registration:G-KTQE]])
              reports {{bird strike}} on departure RWY 09, returning
        0713  {{Fire 1}}, {{Fire 2}}, {{Fire 3}} to RVP Alpha
        0721  Aircraft landed, followed to stand 6, no fire, no smoke
        0730  Engineers confirm damage to No.2 engine fan blades
        0755  Stood down

        Notes for learning: {{bird control}} had reported a large flock of gulls on the grass south of
        the threshold at 0650 but the ATIS didn't carry it. Bird control unit [[name:Ferhat]] says the
        dispersal cartridge stock was low. Watch Manager [[name:Doyle]].
    """)),
    ("aviation", "incident", prose("""
        At the 0600 {{runway inspection}} we missed a bolt, about 5 cm, on the {{centreline}} near {{taxiway
        Charlie}}. It was found at 0840 by the second inspection after [[flight_number:BWG207]] reported
        a {{tyre}} vibration on landing and engineers found a cut on the left {{main gear}} tyre of
        [[aircraft_registration:G-BWGF]]. The bolt came from a {{runway edge light}} fitting replaced
        overnight by contractors. Their paperwork said "area clear" but nobody from {{Airfield Ops}}
        walked it with them. Airside duty manager [[name:Nadia Fairclough-Shaw]] has asked that all
        overnight works have a joint {{FOD walk}} signed by both sides before the runway is handed back.
        Ref [[case_reference:FOD-0931]].
    """)),
    ("aviation", "incident", prose("""
        During the {{response time}} exercise on [[date:Wed 9 Oct]] the {{Major Foam Tender}}
        ([[vehicle_registration:FX15 ONH]]) would not start. Batteries flat because the charger lead had
        been knocked out of the socket during vehicle cleaning. The other two vehicles met the 3 minute
        target but the {{Category}} would have dropped if it had been real. {{Crew commander}}
        [[name:Asif]] called it straight away and {{ATC}} were told. Every vehicle now has the charger
        indicator checked at {{change of watch}} and a cover has gone on the socket. {{Firefighter}}
        [[name:J. Kowalczyk]].
    """)),
    ("aviation", "incident", prose("""
        Fuel spill on stand 14 during refuel of [[aircraft_registration:EI-FMV]] at around 1615. The
        {{bowser}} coupling was not fully latched and about 40 litres of {{Jet A-1}} went on the apron.
        Refuelling operator stopped flow at the {{deadman}}. {{RFFS}} attended and laid absorbent,
        {{spill kit}} from the stand was half empty. Passengers were still boarding via the rear steps
        and had to be held. Handling agent [[organisation:SwiftServe Aviation Services]] and the fuel
        company both informed. [[organisation:Ardmore Air]] flight [[flight_number:ARD552]] delayed
        50 min. Asked for spill kit checks to be added to the stand audit. - [[name:Priyanka]]
        (Airside Ops Officer)
    """)),
    ("aviation", "near_miss", prose("""
        Similar callsigns again. [[flight_number:NRV451]] and [[flight_number:NRV415]] were both on my
        frequency inbound. I cleared [[flight_number:NRV451]] to descend {{FL70}} and
        [[flight_number:NRV415]] read it back and started down. Caught it on the {{Mode S}} selected
        level within seconds and corrected, no loss of separation. This is the third time this month
        with these two flights. Please can the {{airline}} be asked to change one of the callsigns, I know
        it goes through the {{callsign similarity}} process at {{NATS}} but in the meantime we could put
        a warning on the {{flight progress strips}}. [[name:Georgie]], {{Approach}}
    """)),
    ("aviation", "near_miss", prose("""
        Pushback on stand 22. The {{tug driver}} started pushing [[aircraft_registration:G-ODLS]] back before
        the aircraft on stand 21 had finished {{engine start}}. The {{wing walker}}, [[name:Frankie]],
        saw the {{jet blast}} moving baggage trolleys at the back of 21 and gave the {{stop signal}}, tug
        stopped. If we'd pushed further the tail would have been in the blast. The tug driver said he
        didn't have the stand 21 start on his {{headset}} because he was on the other ramp channel. We
        have briefed everyone that the {{pushback clearance}} does not mean the area is clear. Well
        done [[name:Frankie]].
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE - drone sighting
        Date/time: [[date:29 July 2024]] 2117 local
        Reported by: [[flight_number:BWG338]] on final {{RWY 27}}, approx 4 nm
        Details: crew saw a small {{quadcopter}} at about 1200 ft to the right, estimated 200 m away.
        {{Tower}} stopped departures, next arrival held. {{Police}} informed, ref [[case_reference:DP/24/77621]],
        officers attended the housing estate north of [[address:Moor Lane]], nothing found.
        {{FRZ}} had been published, {{NOTAM}} current.
        Impact: 25 min suspension, 3 {{diversions}}.
        Controller: [[name:S. Raghunathan]]
    """)),
    ("aviation", "near_miss", prose("""
        Handover between [[name:Ellis]] and me on the {{Tower}} position at about 1530. [[name:Ellis]]
        mentioned the {{go-around}} but not that [[flight_number:KTQ110]] had asked to stay on my
        frequency for a {{visual circuit}}. I cleared a departure, [[flight_number:BWG640]], and only then
        saw [[flight_number:KTQ110]] turning {{crosswind}} towards the climb-out. Stopped the departure's
        climb at 2000 ft and turned the circuit traffic, separation never below {{minima}}. We were both
        rushing because of the {{break}} timing. The {{handover checklist}} has a line for "non-standard
        traffic" that we both skipped. Lesson for me as much as anyone.
    """)),
    ("aviation", "success", prose("""
        Medical emergency handled really well on [[date:12 January]]. [[flight_number:ARD317]] declared
        a {{PAN}} 40 miles out, passenger [[age:72]] with chest pain. {{Approach}} gave a direct routing,
        the {{airport duty manager}} had an {{ambulance}} at stand 3 before the aircraft landed, and
        {{Fire 2}} met it with a defib and oxygen as extra cover. Doors open to {{paramedics}} in under 4
        minutes from {{on-blocks}}. The passenger, Mr [[name:Brennan]], was taken to
        [[organisation:Easterby General]] and we heard he had a stent fitted and is recovering. The
        crew passed on thanks. Great joined-up work between [[organisation:Easterby Approach]], ops and
        RFFS.
    """)),
    ("aviation", "success", prose("""
        First {{LVP}} of the season on [[date:Sun 3 Nov]]. {{RVR}} dropped below 550 m at 0540 and we
        were in full {{low visibility procedures}} by 0552. Everything worked: {{ILS}} protection areas
        cleared by {{Airfield Ops}}, {{follow-me}} vehicles briefed, stands allocated so nothing had to
        cross the runway. Ops supervisor [[name:Hannah Ijeoma]] ran a quick call with the handling
        agents at 0545. No delays beyond flow, no incursions. Credit to the {{tabletop}} exercise in
        October, everyone knew their bit.
    """)),
    ("aviation", "success", block("""
        Good practice: hot brakes [[flight_number:NRV908]] ([[aircraft_registration:G-NRVD]])
        [[date:02/08/24]] 1348

        Aircraft stopped on the runway after a {{rejected take-off}} at high speed. Crew reported hot
        brakes, {{fusible plugs}} likely to go. {{RFFS}} arrived in 1 min 50. {{Crew commander}}
        [[name:Mariam]] positioned vehicles fore and aft of the wheels (not in line), used the
        {{thermal imaging camera}} to monitor temps and kept everyone out of the danger zone until the
        plugs had released. Passengers disembarked via {{steps}} and bussed to the terminal. Runway
        reopened after 55 min. No injuries. Textbook. - [[name:Doyle]], {{Watch Manager}}
    """)),
    ("aviation", "success", prose("""
        Want to record how well our trainee, [[name:Ruaridh]], did today. A {{PA-28}},
        [[aircraft_registration:G-BRTX]], squawked {{7700}} 15 miles south with a rough running engine.
        He confirmed the emergency, gave the nearest {{runway}} and cleared the frequency, and coordinated
        {{RFFS}} without prompting. I only stepped in to take one phone call. Landed safely at 1012.
        His {{OJTI}}, [[name:Brook]], has been doing {{emergency scenario training}} with him on quiet
        shifts which clearly paid off.
    """)),
    ("aviation", "success", prose("""
        A boy aged [[age:6]] got separated from his dad, Mr [[name:Nakamura]], between security and the
        {{departure lounge}}. {{Security officer}} [[name:Shona]] spotted him crying by the toilets and stayed
        with him rather than walking him away, and called the {{Airport Control Centre}}. We used the
        {{PA}} with just the dad's first name, [[name:Kenji]], not the child's, as per the
        {{lost child procedure}}. Reunited in 9 minutes at {{gate 12}}. The family made their flight,
        [[flight_number:ARD209]]. Dad left his number in case of follow-up: [[phone:+81 80 4412 7730]]. Well done all.
    """)),
    ("aviation", "success", prose("""
        Wildlife control shout-out. During the dawn patrol on [[date:17/03/2025]] [[name:Dan Whitlock]]
        noticed fresh fox digging under the perimeter fence near the {{localiser}} and a dead rabbit on
        the {{runway strip}}. He reported it to {{ATC}} and {{Airfield Ops}} at once, removed the
        carcass before the first arrival and arranged a fence repair the same day. Without that, the
        carcass would have drawn in buzzards and gulls at first light. Logged in the {{wildlife hazard
        management}} records, ref [[case_reference:WHM-2025-044]].
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind120", REPORTS))


if __name__ == "__main__":
    main()
