"""Held-out blind corpus 76: youth justice, custody healthcare and airport ground operations.

Fifty invented UK narratives from youth offending teams, secure children's homes, young
offender institutions and police custody (appropriate adults) for social care; prison and
custody healthcare and substance misuse services for health; airport security, ground
handling, baggage, ramp and passenger services for aviation. Written in the voice of YOT
officers, custody nurses, prison officers, ramp agents and security supervisors: incident
forms with field labels, terse shift logs (some typed in capitals), e-mails, chats, meeting
notes, tables, debriefs and compliments, with the shorthand, typos and nicknames of real
writers. Every name, number and address is invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind76.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        On [[date:14/03/2024]] I got the call at 22:40 from the {{custody sergeant}} at
        [[organisation:Harbour Road Custody Suite]] to attend as {{appropriate adult}} for
        [[name:Tyler Brannigan]], aged [[age:15]]. When I arrived at 23:25 [[name:Tyler]] told me
        an officer had already asked him where the phone was while he was being searched, before
        any AA was there and before his rights were read. I raised it with Sgt [[name:Holloway]],
        who agreed it shouldnt have happened and put a note on the custody record
        ([[case_reference:CR/4471/24]]). The {{Code C}} rights and entitlements were then re-read
        with me present. [[name:Tyler]] was also not offered a {{duty solicitor}} until I asked
        twice. Escalated to our {{YOT manager}} [[name:Priya Rai-Campbell]] the next morning and
        to the {{PACE}} inspector. Learning for us: AA call-out needs to happen at booking in, not
        once the search is done.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - RESIDENTIAL
        Reported by: [[name:Femi Adebayo-Clarke]], {{Residential Care Worker}}
        Location: [[organisation:Larchwood Secure Children's Home]], {{bedroom corridor}}
        Date/time: [[date:02/02/2024]] 21:15
        Young person: [[name:K.O.]] (age [[age:14]])
        Ref: [[case_reference:LSCH-NM-0219]]
        What happened: during the 21:00 {{room check}} found a length of cord pulled out of a
        {{hoodie}} tucked behind the radiator cover. [[name:K.O.]] said it was "just for my hair".
        No attempt made.
        Action taken: cord removed, {{observations}} increased to every 15 mins overnight,
        {{ligature knife}} location checked on unit, discussed at handover. Clothing audit
        requested for all rooms.
        Manager informed: [[name:Dawn Pickering]] (on call) 21:40
    """)),
    ("social_care", "success", block("""
        From: [[email:sharonmbeki72@gmail.com]]
        To: [[email:yot.enquiries@kingsmere.gov.uk]]
        Subject: thank you to [[name:Grace]]

        Hi,
        I just wanted to say a massive thank you to [[name:Grace]] at
        [[organisation:Kingsmere Youth Offending Team]]. When my son [[name:Jayden]] started his
        {{Referral Order}} in september he would not speak to anyone and I honestly thought he'd
        {{breach}} it. [[name:Grace]] kept turning up at [[address:27 Tannery Close]] every
        {{Tuesday}} even when he hid upstairs. She got him into the {{boxing programme}} at
        [[organisation:Ironside ABC]], he did all his {{reparation}} hours and he finished the
        order last week. He's even talking about college now.
        Please pass this on to her manager.
        Thanks again
        [[name:Sharon Mbeki]]
        [[phone:07700 900417]]
    """)),
    ("social_care", "incident", block("""
        [[organisation:HMYOI Fenbridge]] - [[organisation:Swale Wing]]
        Wing log [[date:Sat 11 May]]
        07:45 Unlock. [[name:Dembele]] refused to leave cell, says hes being threatened on
        {{association}}.
        08:10 Spoke with [[name:Dembele]] + {{Custodial Manager}} [[name:Ahmed]]. Moved to
        {{Landing 3}} pending review.
        09:30 {{CSIP}} referral opened, ref [[case_reference:CSIP-FB-0562]].
        11:20 Fight on landing 2 servery between [[name:R. Okonjo]] and [[name:Lewis P]].
        {{Code Red}} called, cut to lip.
        11:24 Both separated, [[name:Okonjo]] seen by {{healthcare}}, no further treatment.
        14:00 {{Use of Force}} forms x2 completed by OSG [[name:T. Marsh]] and myself.
        15:10 [[name:Lewis P]] says fight was about [[name:Dembele]]'s canteen debt. Intel
        report submitted.
        Signed [[name:Wheeler]] SO
    """)),
    ("social_care", "near_miss", block("""
        [23:02] [[name:Hope]]: just leaving [[organisation:Eastgate Custody]]. they were about to
        {{bail}} the lad to his mums old address [[address:8 Farrow Street]]
        [23:03] [[name:Hope]]: he's been in {{foster care}} since jan!! nobody checked
        [23:04] [[name:Mo]]: omg good catch. did they change it
        [23:05] [[name:Hope]]: yeh sgt amended it. placement is [[address:41 Linnet Way]]
        [[postcode:WF2 7JN]], {{EDT}} confirmed carer is up
        [23:06] [[name:Mo]]: put it on the {{AA log}} pls. ref [[case_reference:AA-24-1187]]
        [23:09] [[name:Hope]]: done. he's only [[age:13]], mum has a {{non-molestation order}}
        against her ex who lives there
        [23:10] [[name:Mo]]: jeez. flag to {{MASH}} in the morning, ill tell [[name:bev]]
    """)),
    ("social_care", "success", block("""
        Team meeting notes - [[organisation:Westmere YOT]] - [[date:Thurs 6 June 2024]]
        Present: [[name:BW]], [[name:Sunny Kaur]], [[name:Joe Farrelly]], [[name:Ana-Maria Pop]],
        [[name:kel]]
        - Good news: [[name:Reece]] completed his {{Youth Rehabilitation Order}} with no breaches.
          Mum rang to say thanks. [[name:Sunny]] to put it in the newsletter.
        - {{AssetPlus}} end review shows big drop in risk, back in {{alternative provision}}
          4 days/wk.
        - [[name:Joe]]'s {{Turnaround}} group full again, waiting list of 6.
        - [[name:Ana-Maria Pop]] flagged {{Court Duty}} rota gap on [[date:24/06]] - [[name:kel]]
          to cover.
        - Actions: [[name:BW]] to send thanks to [[organisation:Greystones Pupil Referral Unit]]
          for their support with [[name:Reece]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - PHYSICAL INTERVENTION
        NAME OF CHILD: [[name:JADE MORROW]]   DOB: [[date_of_birth:19/08/2009]]
        UNIT: [[organisation:KESTREL HOUSE]], [[organisation:ASHDOWN SECURE CHILDREN'S HOME]]
        DATE: [[date:27/04/24]]   TIME: 16:50
        STAFF: [[name:M. OYELARAN]], [[name:BILL STREATFIELD]], [[name:C NWOSU]]
        DESCRIPTION: [[name:JADE]] BECAME DISTRESSED AFTER A PHONE CALL WITH HER DAD AND STARTED
        HEADBUTTING THE DOOR IN THE {{LOUNGE}}. VERBAL DE-ESCALATION TRIED APPROX 6 MINS.
        {{MAPA}} SEATED HOLD USED FOR 3 MINS BY [[name:MO]] AND [[name:BILL]].
        INJURIES: CARPET BURN LEFT FOREARM. SEEN BY {{UNIT NURSE}} 17:20, {{BODY MAP}} DONE.
        DEBRIEF WITH YP DONE 19:00. DAD INFORMED. {{LADO}} NOT REQUIRED PER MANAGER.
        REF: [[case_reference:KH/PI/0331]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rosa Lindqvist]] <[[email:rosa.lindqvist@harwell.gov.uk]]>
        To: Custody Inspector, [[organisation:Northgate Custody Suite]]
        Date: [[date:19 February 2024]]
        Subject: Overnight detention - [[case_reference:HYJS-2024-0087]]

        Dear Inspector,
        Last night a [[age:16]]-year-old was charged and refused bail at 21:30. Our {{EDT}} was
        not called about a {{PACE}} transfer until 00:50 and nobody requested a {{secure bed}}.
        He was very nearly kept in a cell until court. EDT found a {{remand foster}} carer at
        02:10 and he was moved by 03:00.
        This is the second time since christmas. Could we agree the {{concordat}} checklist is
        done at the point of the charge decision? Happy to come to the next
        {{custody user group}}.
        Kind regards
        [[name:Rosa]]
        {{Youth Justice Service Manager}}, [[organisation:Harwell Youth Justice Service]]
        [[phone:01632 960284]]
    """)),
    ("social_care", "success", prose("""
        Debrief - {{appropriate adult}} scheme. Volunteer [[name:Frank Osei]] attended
        [[organisation:Millbrook Custody Suite]] on [[date:9 January]] for [[name:Callum]], a
        [[age:17]]-year-old arrested for criminal damage. [[name:Frank]] noticed
        [[name:Callum]] couldn't read the rights leaflet and was agreeing with everything. He
        asked for the {{easy read}} version and for {{Liaison and Diversion}} to see him before
        interview. L&D found [[name:Callum]] has an {{EHCP}} and a learning disability nobody had
        recorded. The interview was put back and a {{Registered Intermediary}} booked. The
        {{duty solicitor}} emailed afterwards to say [[name:Frank]] had done exactly what an AA
        should. Shared at volunteer training on [[date:23/01/2024]] as good practice.
    """)),
    ("social_care", "incident", block("""
        Escort log - dental escort - [[date:17/05/2024]]
        Time  | Event                                                   | Staff
        13:05 | Left [[organisation:Brookside Secure Unit]] | [[name:Faith]]/[[name:Gbenga]]
        13:40 | Arrived [[organisation:Queensway Dental Practice]], busy | [[name:Faith]]
        14:15 | YP asked for toilet, {{escort}} waited outside door      | [[name:Gbenga]]
        14:22 | YP left via {{fire exit}} onto [[address:Cardew Road]], police rung | both
        14:30 | {{missing from care}} [[case_reference:MFC-240517-03]] | [[name:Faith]]
        16:10 | YP found at mums flat, returned by police               | -
        17:00 | {{Return home interview}} offered, declined             | [[name:Gbenga]]
        Note: {{escort risk assessment}} said {{two-staff escort}} sufficient; toilet not
        checked beforehand. Manager [[name:Ifeoma]] reviewing.
    """)),
    ("social_care", "success", prose("""
        Good news from education at [[organisation:HMYOI Fenbridge]].
        [[name:Kwame Asante-Boateng]] ([[age:17]]) came in last autumn with a reading age of
        about 8. He's been doing {{Shannon Trust}} sessions with his peer mentor every
        {{Monday}} and {{Thursday}} evening and this week passed {{Functional Skills}} English
        Entry Level 3. His {{Personal Officer}}, Mr [[name:Halloran]], arranged for him to ring
        his nan to tell her. [[name:Kwame]] said it's the first certificate he has ever had.
        Nominated for the {{Governor's award}}. - Teacher [[name:R. Bhatt]],
        [[organisation:Learnwell Education]]
    """)),
    ("social_care", "near_miss", block("""
        Subject: near miss - RJ letter
        Hi [[name:Will]],
        Just flagging a near miss for the {{data breach log}}. This morning the {{mail merge}}
        for {{Restorative Justice}} invitation letters pulled the young person's address instead
        of the victim's. The letter to Mrs [[name:Okafor]] was going to
        [[address:12 Sorrel Gardens]], [[postcode:LS9 8HD]], which is where the young person
        lives. [[name:Jess]] spotted it when she was folding them. No letters left the building.
        I've asked for the {{ChildView}} template to be fixed and a second check before posting.
        Ref for log: [[case_reference:IG-NM-24-031]]
        Cheers
        [[name:Nadia]]

        [[name:Nadia Hussain]] | {{Victim Liaison Officer}}
        [[organisation:Brackley Youth Justice Service]]
        [[phone:020 7946 0731]]
    """)),
    ("social_care", "incident", block("""
        Reported by: [[name:Laila Qureshi]], {{Appropriate Adult}} (sessional)
        Location: [[organisation:Riverside Police Custody]]
        Date of incident: [[date:03/08/2024]]
        Child: [[name:D.M.]], [[age:14]]
        Custody record: [[case_reference:RC/08/3391]]
        Summary: arrived 10:20 to find [[name:D.M.]] had been subject to a {{strip search}}
        at 09:50 (drugs suspected) with no AA present. Custody said it was "urgent". No
        reason recorded under {{Code C Annex A}} for not waiting for me. Nothing found. Child
        very upset, said nobody told him why.
        Actions: raised with {{duty inspector}} same day. Reported to {{Professional Standards}}
        and to our safeguarding lead [[name:Bernadette]].
    """)),
    ("social_care", "success", block("""
        [19:48] [[name:Rich]]: just want to say [[name:Ola]] was amazing tonight with [[name:TJ]]
        [19:49] [[name:Rich]]: [[name:TJ]] had the {{fire door}} jammed and was going to smash the
        {{TV}}. [[name:Ola]] just sat on the floor outside talking about football for 40 mins
        [19:50] [[name:Marcia]]: no hold needed??
        [19:51] [[name:Rich]]: none. no {{MAPA}}, no {{PRN}}. he came out and had toast
        [19:53] [[name:Ola]]: ha cheers. hes been better since {{CAMHS}} changed his plan.
        [[name:Marcia]] can we get it into the {{debrief}} tmrw
        [19:55] [[name:Marcia]]: yes, putting it on {{Clearcare}} as good practice
    """)),
    ("social_care", "incident", prose("""
        During a planned {{reporting appointment}} at [[organisation:Westmere YOT]],
        [[address:3 Foundry Street]], on [[date:Wednesday 10 April]], our
        {{reception officer}} saw the handle of a kitchen knife sticking out of
        [[name:Liam Dobbs]]'s bag when he put it on the desk. [[name:Liam]] ([[age:16]]) said he
        carries it because he has been chased by older lads. Our officer [[name:Mark]] calmly
        asked him to hand it over, which he did. Police called under the {{knife protocol}} and
        PC [[name:Adeyemi-Ross]] attended. {{MASH}} referral and {{Child Exploitation}}
        screening done same day; {{NRM}} to be considered at the {{strategy meeting}} on
        [[date:12/04/2024]]. Learning: bag checks aren't routine at this office; being
        reviewed. Log ref [[case_reference:WYOT-INC-0441]].
    """)),
    ("social_care", "near_miss", prose("""
        Medication near miss, [[organisation:Ashdown Secure Children's Home]],
        [[organisation:Wren Unit]], evening round [[date:5 March]]. Care worker [[name:Bill]]
        went to give [[name:Amira]] her {{sertraline}} but the {{MAR chart}} on top of the pile
        belonged to [[name:Amir Haddad]], who was sleeping on [[organisation:Wren]] for one night
        after a leak on his unit. Both on sertraline, different doses. {{Second checker}}
        [[name:Rose Tan]] spotted the photo on the MAR didn't match before anything was given.
        Actions: photo check is now the first step, and any child moving units takes their own
        MAR folder with them.
        Logged on {{eMAR}} as near miss.
    """)),
    ("social_care", "success", block("""
        To Miss [[name:Okoro]]
        thank you for everything at [[organisation:Fenbridge]]. you was the only officer who
        called me by my name not my number. When my nan died you sat with me and got the
        {{chaplain}} and sorted the {{escorted funeral visit}}. Im out on [[date:Friday 21st]].
        My {{YOT worker}} [[name:Shaz]] says I can do my {{CSCS card}} on the outside. I wont
        forget you
        From [[name:Damilola]] x

        (Card received by SO [[name:Okoro]], {{Personal Officer}}, [[organisation:Swale Wing]].
        Shared at wing meeting.)
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Datix ref: [[case_reference:W204517]]
        Reported by: [[name:Kerry-Ann Bright]], {{Pharmacy Technician}}
        Location: [[organisation:HMP Ravensmoor]] Healthcare, reception
        Date: [[date:22/01/2024]]
        Patient: [[name:Stephen Gallagher]]   NHS no: [[nhs_number:786 209 7637]]
        Description: Pt transferred in from [[organisation:HMP Cleeve Hill]] at 18:40 on
        {{methadone}} 60ml daily. Transfer paperwork said "dosed today" but the sending
        prison's {{SystmOne}} record showed last dose was the day before. Not dosed on arrival;
        reported {{withdrawal}} symptoms overnight ({{COWS}} 14 at 07:00).
        Harm: low. Dosed 08:10 after confirming with [[organisation:HMP Cleeve Hill]] pharmacy.
        Learning: check the SystmOne dosing record, not the {{PER}} form alone.
    """)),
    ("health", "near_miss", block("""
        Custody nurse log - [[organisation:Northgate Custody Suite]] - night of [[date:8 December]]
        21:10 Cell 7, male approx [[age:45]]. Brought in drunk, fell in the van per officers,
        small lac back of head. Sgt asked for fit to detain only.
        21:25 Assessed: {{GCS}} 14, smells of alcohol. Plan {{rousing checks}} every 30 mins +
        {{head injury advice}} to staff.
        23:40 Check by detention officer [[name:Gav]] recorded as "responding" but on review he
        had vomited twice and was not roused properly.
        23:50 Reassessed: GCS 12, unequal pupils. 999, to [[organisation:St Aldhelm's Hospital]]
        ED at 00:20.
        02:30 ED update: small {{subdural}}, for obs.
        Learning: officers must physically rouse, not call through the {{hatch}}. Raised with
        Insp [[name:Khatri]]. Ref [[case_reference:NCS-HC-1206]].
        [[name:Dawn Whitfield]], {{CHP}}
    """)),
    ("health", "success", prose("""
        Good outcome to share from [[organisation:Pathways Recovery Hub]]. On
        [[date:Saturday 2 March]] [[name:Mickey]], one of our {{peer mentors}}, found a man
        collapsed in the toilets of a cafe on [[address:Station Parade]], breathing slowly with
        blue lips. He used the {{Prenoxad}} kit he was trained on in January, rang 999 and gave a
        second dose after 3 minutes. The man came round before the ambulance arrived and was
        taken to hospital. [[name:Mickey]] came in the next day shaken but proud. He has a
        replacement kit and service manager [[name:Faith Oduya]] has written to thank him. This is
        the 4th {{opioid overdose}} reversal by our peers this year. Reminder that
        {{take-home naloxone}} training runs every {{Friday}} at 2pm.
    """)),
    ("health", "incident", block("""
        Code Blue timeline - [[organisation:HMP Ravensmoor]], [[organisation:C Wing]]
        Date: [[date:14/06/2024]]
        15:02 Officer finds [[name:Patrick Nwankwo-Ellis]] unresponsive in cell 3-14, suspected
        {{PS}} ({{spice}}).
        15:03 {{Code Blue}} called on radio - not heard, hc radio on charge in treatment rm.
        15:07 Second call by landline to {{primary care}} by CM [[name:Brennan]].
        15:09 Nurse [[name:Ioana Stan]] + HCA [[name:Rob]] arrive with {{grab bag}} and {{AED}}.
        15:10 RR 6, sats 81%. Airway managed, O2, {{naloxone}} given (poly-drug).
        15:21 Ambulance arrives, gate delay 4 mins.
        15:40 [[name:Patrick]] conscious, declined hospital, kept in healthcare
        {{observation cell}}.
        Issues: 4-6 min delay in healthcare response due to radio.
        Datix [[case_reference:W209981]].
        Spare radio now kept charged in the office.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Sian Pryce]], {{Lead Pharmacist}}
        To: Healthcare team, [[organisation:HMP Thornmere]]
        Subject: same-name alert - in-possession meds

        All,
        Yesterday ([[date:Tues 7th May]]) the {{in-possession}} packs for [[name:Daniel Hughes]]
        ({{quetiapine}}) and [[name:David Hughes]] ({{mirtazapine}}) were bagged together and
        almost handed to the wrong man at the [[organisation:B Wing]] hatch. Officer
        [[name:Jade]] asked him to confirm his DOB and he gave [[date_of_birth:03/11/1991]],
        which didn't match the label. Both are now flagged on {{SystmOne}} with a
        {{same name alert}} and will collect IP meds on different days.
        Please always check name, prison number AND DOB.
        Thanks
        [[name:Sian]]
        [[phone:01632 960517]]
    """)),
    ("health", "success", block("""
        Letter received by {{Head of Healthcare}}, [[organisation:HMP Thornmere]],
        [[date:30 April 2024]]:

        Dear Sir/Madam,
        I am writing about my father [[name:Frank Lowther]], who died in your healthcare unit on
        [[date:2nd April]] aged [[age:78]]. I want to thank {{Senior Nurse}}
        [[name:Hope Achterberg]] and the {{palliative care}} team from
        [[organisation:St Brigid's Hospice]] who came in every week. Nurse [[name:Achterberg]]
        arranged a {{compassionate visit}} so my brother and I could sit with him for his last
        two days, which I never thought a prison would allow. His pain was controlled with a
        {{syringe driver}} and he was not alone at the end.
        Yours faithfully,
        [[name:Linda Lowther-Grey]]
    """)),
    ("health", "incident", block("""
        HEALTHCARE INCIDENT - POLICE CUSTODY
        DATE: [[date:15.09.24]]   LOCATION: [[organisation:BRAMLEY STREET CUSTODY]]
        DETAINEE: [[name:GRZEGORZ WIŚNIEWSKI]]  AGE [[age:52]]
        CUSTODY NO: [[case_reference:BS/15/2291]]
        REPORTED BY: [[name:N. ABARA]], {{CUSTODY NURSE PRACTITIONER}}
        DETAINEE TOLD BOOKING-IN OFFICER HE DRINKS 2 LITRES VODKA A DAY. NOT REFERRED TO HCP.
        NO {{CIWA}} DONE. 18 HRS AFTER ARREST HAD {{WITHDRAWAL SEIZURE}} IN CELL. RECOVERY
        POSITION, 999. TAKEN TO [[organisation:QUEEN ELEANOR HOSPITAL]], GIVEN
        {{CHLORDIAZEPOXIDE}} AND {{PABRINEX}} THERE.
        POLISH INTERPRETER NOT USED AT BOOKING - {{LANGUAGE LINE}} AVAILABLE BUT NOT OFFERED.
        ACTION: REMIND SGTS TO REFER ALL ALCOHOL DEPENDENCE TO HCP ON ARRIVAL. RAISED WITH
        INSP [[name:MOSS]].
    """)),
    ("health", "near_miss", block("""
        [09:12] [[name:Abi Mensah]]: morning - [[organisation:Lowfield Pharmacy]] rang, they've got
        a {{buprenorphine}} script for [[name:Connor Reid]] but he collects at
        [[organisation:Carters Chemist]]
        [09:13] [[name:Tom]]: ah no thats me. picked the wrong pharmacy off the dropdown on
        {{EPS}}. he's on 16mg {{Espranor}}, {{supervised consumption}}
        [09:14] [[name:Abi Mensah]]: he's a bit wobbly, says he hasnt used. can u cancel + reissue
        [09:20] [[name:Tom]]: done, [[organisation:Carters]] have it now. rang [[name:Connor]] on
        [[phone:07700 900562]] to go back
        [09:41] [[name:Abi Mensah]]: dosed. can you datix it, [[name:Bev]] says near miss
        [09:42] [[name:Tom]]: yep [[case_reference:DTX-55821]]. asked IT to put nominated pharmacy
        at the top of the {{CareNotes}} screen
    """)),
    ("health", "success", block("""
        Healthcare governance notes - [[organisation:HMP Ravensmoor]] - [[date:18/07/2024]]
        Attendees: Dr [[name:Singh]], [[name:Cath M]], [[name:Seun]], [[name:Rhys Beddoe]]
        ({{Hep C Trust}})
        - {{High Intensity Test and Treat}} week done: 611 men tested for {{hepatitis C}} and
          other {{BBV}}. 19 positives, 17 already started on {{Epclusa}} on site.
        - Big thanks to [[name:Seun]] and reception who offered testing to every new arrival.
        - [[name:Rhys]]'s peers ran wing sessions, uptake on [[organisation:D Wing]] went from 40%
          to 88%.
        - Dr [[name:Singh]] to present results at the regional meeting.
        - Action: repeat in six months.
    """)),
    ("health", "incident", prose("""
        Incident summary - [[organisation:HMYOI Brackenfield]] healthcare. On
        [[date:21 August]] at 02:15 the {{night OSG}} found [[name:Ali-Reza Moradi]]
        ([[age:16]]) with a deep cut to his forearm from a broken {{razor}}. He was on an open
        {{ACCT}} with hourly obs; the last entry was 00:55, so the 01:55 check was missed. Night
        nurse [[name:Precious Moyo]] applied pressure and {{steri-strips}} and arranged transfer to
        [[organisation:Brackenfield General]] for sutures. [[name:Ali-Reza]] told her he'd been
        "waiting for the gap". Actions: ACCT review brought forward, {{CAMHS}} in-reach saw him
        the next day, night staffing reviewed (one OSG covering two landings). Datix
        [[case_reference:W211402]].
    """)),
    ("health", "near_miss", block("""
        Custody HCP handover - [[organisation:Riverside Police Custody]] - [[date:Sun 3 Nov]]
        Cell | Detainee               | Issue                                  | Status
        C4   | [[name:A. Kowalczyk]]  | {{Type 1 diabetes}}, {{NovoRapid}} pen in prop | below
        C9   | [[name:J. Ferreira]]   | {{opiate withdrawal}}, COWS 9 | {{symptomatic relief}}
        C12  | [[name:Sunil]] ([[age:19]]) | {{asthma}}, inhaler with him      | ok
        Near miss C4: day shift assumed [[name:A. Kowalczyk]] had insulin with breakfast, nothing
        recorded. BM at 13:00 was 24.1. Given insulin per {{custody medication protocol}},
        ketones 0.4. Would have gone to court with no dose.
        Action: insulin doses to go on the custody record, not just paper.
        Logged [[case_reference:RPC-HC-0093]] - [[name:G. Rose]], HCP
    """)),
    ("health", "success", block("""
        Hot debrief - {{sepsis}} recognition, [[organisation:HMP Thornmere]] - [[date:4/10/24]]
        Present: Nurse [[name:Bukola]], HCA [[name:Will Gray]], SO [[name:Petrov]]
        What went well:
        - SO [[name:Petrov]] noticed Mr [[name:Tran]] (cell 2-08) hadn't come for meds and was
          shivering under blankets. Called healthcare rather than putting it down to
          {{withdrawal}}.
        - [[name:Bukola]] did full obs: T 39.2, HR 128, RR 26, {{NEWS2}} 9. Started
          {{Sepsis Six}}, IV access, cultures.
        - Ambulance as {{category 2}}; escort ready at the gate before it arrived.
        - [[name:Will]] kept Mr [[name:Tran]] calm and did the paperwork.
        Outcome: {{cellulitis}} from injecting site, admitted to
        [[organisation:Thornmere District Hospital]], recovering.
    """)),
    ("health", "incident", prose("""
        Needle stick injury at [[organisation:Harbourside Needle and Syringe Programme]] on
        [[date:Monday 26 February]]. Volunteer [[name:Hao Lin]] was emptying a returns bin when a
        loose needle pushed through the side of a {{sharps bin}} went into her thumb through her
        glove. She washed it, encouraged bleeding and was seen at {{A&E}} within the hour.
        {{PEP}} not indicated after risk assessment but bloods taken and a {{hepatitis B}}
        booster given. {{Occupational health}} at [[organisation:Harbourside Community Trust]]
        are following up. Our returns policy says bins must be closed before they are handed
        over; this one wasn't and staff didn't refuse it. Team reminded at huddle. Incident no.
        [[case_reference:HCT-IR-7712]]. Reported by [[name:Jo Mwangi]], {{Harm Reduction Lead}}.
    """)),
    ("health", "near_miss", block("""
        Controlled drug discrepancy - near miss
        Site: [[organisation:HMP Cleeve Hill]] {{treatment room}}
        Date: [[date:11/11/2024]]   Time: 20:30
        Staff: Nurse [[name:Dawn Ellery]] / Nurse [[name:Tomasz]]
        Details: evening {{CD register}} check showed {{Oramorph}} 10mg/5ml balance 84ml but the
        bottle measured 74ml. Recount found a 10ml dose for [[name:Brown, K]] at 14:00 was given
        but not signed for. Confirmed with the patient and the {{MAR}}. Register corrected and
        countersigned by pharmacist [[name:Anil]] next morning.
        Outcome: no drug missing. Near miss because it would have gone to the {{CDAO}} as a loss.
        Ref [[case_reference:CH-CD-0458]]
    """)),
    ("health", "success", block("""
        From: Dr [[name:Lakshmi Iyer]] <[[email:lakshmi.iyer3@nhs.net]]>
        To: [[name:Bill Achebe]], {{Recovery Worker}}, [[organisation:Pathways Recovery Hub]]
        Subject: Mrs [[name:Hale]] - thank you

        Hi [[name:Bill]],
        Just wanted to feed back that Mrs [[name:Hale]] (NHS [[nhs_number:956 289 2999]]) came to
        see me today, first time in two years. She said you walked her to
        [[organisation:Brookfield Surgery]] after her {{keyworker}} session because she was too
        anxious to come alone. She's stable on {{methadone}}, we've done her {{liver screen}}
        and referred her for a {{FibroScan}}. She says you're the reason she's still here.
        Best wishes
        [[name:Lakshmi]]
        Dr [[name:Lakshmi Iyer]], {{GP Partner}}
    """)),
    ("health", "incident", prose("""
        Serious incident review summary. [[name:Darren Pike]], [[age:34]], was released from
        [[organisation:HMP Thornmere]] on [[date:Friday 12 July]] on 70ml {{methadone}}. His
        first appointment at [[organisation:Crossways Drug and Alcohol Service]] was not until
        the following Tuesday and no {{bridging prescription}} was issued, because court brought
        the release forward at short notice. He was not given {{naloxone}} on release either. He
        was found unresponsive at [[address:Flat 3, 118 Marlowe Road]] on the Sunday and died.
        Findings: release notice reached healthcare 40 minutes before discharge; the
        {{continuity of care}} nurse does not work Fridays; {{RECONNECT}} referral not made.
        Recommendations: naloxone offered at reception to all opioid users, same-day community
        slot for Friday releases. SI ref [[case_reference:SI-2024-0193]].
    """)),
    ("health", "near_miss", block("""
        [[organisation:Eastgate Custody]] HCP notes - [[date:28/02/24]] earlies
        06:40 Handover from nights: Ms [[name:Reyes]] cell 11, dental pain, asking for pain relief.
        07:15 About to give {{amoxicillin}} under {{PGD}} for likely dental abscess. No allergies
        on the custody record. Asked her anyway - says {{penicillin}} gives her a rash and
        swollen lips.
        07:20 Booking-in risk assessment had allergy box blank, but her {{Summary Care Record}}
        (NHS [[nhs_number:713 094 7918]]) lists penicillin allergy.
        07:25 Gave {{clarithromycin}} per PGD instead + paracetamol.
        08:00 Told Sgt [[name:Cotterill]]. Allergies to be asked at booking every time.
        Ref [[case_reference:EC-HCP-2802]]
        - [[name:Kofi]] (CNP)
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Reported by: [[name:Darius Haddadi]], {{Ramp Agent}}
        Company: [[organisation:Skyport Ground Services]]
        Date: [[date:06/04/2024]]   Time: 06:52
        Location: {{Stand 23}}
        Aircraft: {{A320}} [[aircraft_registration:G-OKRW]] operating [[flight_number:EZY4821]]
        What happened: {{belt loader}} positioned at fwd hold. When raising the belt the bumper
        caught the lower lip of the {{hold door}} frame. Small dent found on walkround.
        Why: driver [[name:C.P.]] (3 weeks in role) approached without a banksman; the second
        agent was on the other side doing {{chocks}}.
        Action: engineers inspected, {{ADD}} raised, [[flight_number:EZY4821]] delayed 2h10.
        Refresher training booked for [[name:C.P.]].
        Ref [[case_reference:SGS-OR-1187]]
    """)),
    ("aviation", "near_miss", block("""
        Security supervisor log - [[organisation:Northbridge Airport]] central search
        [[date:Fri 19 July]]
        05:10 Lanes 1-6 open. {{TIP}} running.
        06:35 Lane 4 screener [[name:KH]] clears coat tray for pax on [[flight_number:TOM2615]].
        06:50 {{Gate 14}} staff find 9cm lock knife in same pax coat pocket at {{boarding}}
        spot check.
        06:58 {{X-ray}} image reviewed - knife visible but overlapping a {{power bank}}.
        07:10 [[name:KH]] stood down from screening, retraining booked. Police informed, pax
        offloaded.
        07:30 {{DfT}} notified. Log ref [[case_reference:NBA-SEC-2024-0712]]
        Supervisor: [[name:Shabnam Akhtar]]
    """)),
    ("aviation", "success", block("""
        From: [[email:m.d.hargreaves@btinternet.com]]
        Subject: Thank you - assistance [[date:15 August]]

        Dear {{Customer Relations}},
        My husband [[name:Geoffrey]] has {{Parkinson's}} and uses a wheelchair. On
        [[date:15 August]] we flew on [[flight_number:BA1472]] from your airport. The
        {{special assistance}} team were marvellous, especially a young man called
        [[name:Sunny]] who stayed with us when the {{ambulift}} was late and the flight was
        already boarding. He fetched [[name:Geoffrey]] a cup of tea and kept the
        {{cabin crew}} informed. Please thank [[name:Sunny]] and his supervisor,
        Mrs [[name:Banerjee]].
        Kind regards,
        [[name:Margaret Hargreaves]]
        [[address:Wisteria Cottage, Bell Lane]], [[postcode:HG3 1PW]]
    """)),
    ("aviation", "incident", block("""
        Baggage reconciliation - incident timeline - [[date:2 September 2024]]
        16:05 [[flight_number:LS913]] to Alicante closes. {{BRS}} shows 1 bag loaded for a pax
        who did not board (no-show at gate).
        16:08 {{Dispatcher}} [[name:Marek]] requests offload. Bag tag [[case_reference:LS448213]].
        16:20 {{AKE}} container 3 searched, bag not there.
        16:31 Bag found loose in the {{bulk hold}}, offloaded.
        16:45 [[aircraft_registration:G-JZHX]] pushes back 25 mins late.
        Root cause: BRS scan at make-up showed container 3 but bag was loaded loose by
        [[name:Dev]] when the container was full. Scan not updated.
        Reported by: [[name:Teresa Quinn]], {{Baggage Team Leader}},
        [[organisation:Airlink Handling]]
    """)),
    ("aviation", "near_miss", block("""
        [14:32] [[name:Lenny]]: anyone see that on {{stand 31}}?? something drove straight behind
        the {{737}} with the {{anti-collision beacon}} on
        [14:33] [[name:Ramona]]: yes!! engines were starting. catering truck
        [[vehicle_registration:YR68 WTD]]
        [14:35] [[name:Lenny]]: {{headset}} guy stopped the start. Captain [[name:Mills]] not happy
        [14:36] [[name:Ramona]]: ive told big [[name:Steve]] in ops, hes doing an {{MOR}}
        [14:40] [[name:Lenny]]: flight was [[flight_number:LS1762]],
        reg [[aircraft_registration:G-JZBM]]
        [14:41] [[name:Ramona]]: driver said he didnt see the beacon cos of the sun
    """)),
    ("aviation", "success", prose("""
        Debrief: safeguarding referral from {{central search}},
        [[organisation:Northbridge Airport]], [[date:28 March]]. Security officer
        [[name:Aaliyah Brooks]] noticed a girl who looked about [[age:15]] travelling with an
        adult man who answered every question for her and held both passports. They were booked
        on [[flight_number:W64471]] to Bucharest. [[name:Aaliyah]] followed the
        {{vulnerable passenger}} procedure and called her supervisor,
        [[name:Tomás Ferreira-Lund]], who contacted {{Border Force}} and airport police. The
        girl was spoken to alone with an interpreter and said she had been promised work.
        {{Modern slavery}} referral made through the {{NRM}} and the man was arrested.
        [[name:Aaliyah]] has been nominated for the {{Chief Executive's Award}}. Learning shared
        at all team briefs.
    """)),
    ("aviation", "incident", block("""
        FUEL SPILL REPORT
        STAND: {{42R}}   DATE: [[date:11/01/2025]]   TIME: 13:15
        A/C: {{ATR 72}} [[aircraft_registration:G-ORBT]]   FLT: [[flight_number:LOG483]]
        FUELLER: [[name:D. MACKENZIE]] - [[organisation:AEROFUEL NORTH]]
        OVERWING CAP NOT SEATED, APPROX 40L {{JET A-1}} SPILLED ON STAND. {{AFRS}} CALLED 13:17,
        ATTENDED 13:21. BOARDING STOPPED, 2 PAX ALREADY ON STEPS RETURNED TO BUS.
        {{SPILL KIT}} + FOAM. STAND CLOSED 1HR 40. NO INJURIES. 4 ARRIVALS RE-STANDED.
        ROOT CAUSE: CAP SEAL WORN. ENGINEER [[name:PRIYA]] REPLACED.
        REPORTED BY [[name:J. OKONKWO]], {{RAMP SUPERVISOR}}. REF [[case_reference:FS-25-0011]]
    """)),
    ("aviation", "near_miss", block("""
        Hold baggage - dangerous goods finds this week
        Date    | Flight         | Item                                   | Action
        [[date:17/06]] | [[flight_number:EZY6193]] | {{e-cigarette}} in hold bag | removed
        [[date:19/06]] | [[flight_number:TOM1847]] | {{lithium}} power bank 27,000mAh | removed
        [[date:21/06]] | [[flight_number:LS229]]   | camping gas canister | removed
        Near miss [[date:19/06]]: bag on [[flight_number:TOM1847]] had been cleared by the {{HBS}}
        {{Level 3}} operator but was pulled by [[name:Gurpreet]] at {{make-up}} because it felt
        warm. Power bank found wrapped in a towel. Reported to the {{CAA}} via DGOR.
        Ref [[case_reference:DG-0624-07]]
    """)),
    ("aviation", "success", block("""
        Ramp team brief - [[organisation:Skyport Ground Services]] - [[date:Mon 29 July]]
        Present: [[name:Ray]], [[name:Jade]], [[name:Kasia]], [[name:Omar]],
        [[name:Bill]] (duty mgr)
        - Shout-out for saturday: 4 off sick, team still turned [[flight_number:BY6210]] and
          [[flight_number:EZY4822]] on time with no shortcuts. {{pre-departure walkround}} done
          every time.
        - [[name:Kasia]] spotted a {{FOD}} bolt by the {{nose wheel}} of
          [[aircraft_registration:G-TAWZ]] before pushback. Engineering say it came off the
          {{airbridge}}. Great catch.
        - [[name:Omar]] back on {{headset}} duties from next week after refresher.
        - Reminder: {{hi-vis}} and ear defenders at all times - [[name:Ray]] will be checking.
    """)),
    ("aviation", "incident", prose("""
        On [[date:Sunday 14 January]] at approx 10:40 an elderly passenger, Mrs
        [[name:Edna Fairweather]] ([[age:84]]), fell on the sloped section of the {{airbridge}} at
        {{Gate 7}} while boarding [[flight_number:BA2718]]. She had not booked
        {{special assistance}}. The floor was wet because rain had blown in where the
        {{canopy}} was not fully down. Gate agent [[name:Tariq]] and crew member
        [[name:Hollie]] helped her up; she had a graze to her wrist and was shaken. Airport
        paramedics checked her and she chose to travel with her daughter. Engineering found the
        canopy motor faulty and the airbridge was taken out of use until fixed. Reported by
        [[name:Tariq Hussein]], {{Passenger Services Agent}},
        [[organisation:Meridian Aviation Services]]. Ref [[case_reference:MAS-PS-0214]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Olu Bankole]] <[[email:olu.bankole@skyport-gs.co.uk]]>
        To: Ramp Safety
        Subject: near miss stand 12 - chocks

        Hi all,
        On [[date:3/5]] the {{Captain}} of [[aircraft_registration:G-OBMX]]
        ([[flight_number:LS227]]) released brakes for pushback while the nose wheel {{chocks}}
        were still in. The {{tug}} strained and the {{tow bar}} {{shear pin}} nearly went.
        Headset operator [[name:Rhiannon]] called stop. Root cause: chock removal was not called
        on headset and the new {{dispatch}} checklist was skipped because of a slot.
        Please remind teams: "chocks removed, area clear" MUST be said before brakes release.
        Thanks
        [[name:Olu]]
        {{Ramp Safety Officer}}
        [[phone:07700 900833]]
    """)),
    ("aviation", "success", block("""
        Card left at [[organisation:Northbridge Airport]] baggage desk, [[date:22 December]]:
        "To the lady with the pink hair in {{lost property}} - [[name:Rose]] I think? Thank you
        thank you. Our son's {{EpiPen}} and {{insulin}} were in the bag that went to Manchester
        instead of Tenerife and you got them on the next flight, [[flight_number:TOM4521]], and
        rang the hotel yourself. Holiday saved! From the [[name:Dimitriou]] family x"
        Note from {{Baggage Services}} manager: [[name:Rose Kiernan]] traced the bag on
        {{WorldTracer}}, file [[case_reference:MANLS48213]]. Passed to HR for recognition.
    """)),
    ("aviation", "incident", block("""
        Security incident report
        Reported by: [[name:Mark Ellison-Budd]], {{Security Supervisor}}
        Location: {{Staff Search}} Point B, [[organisation:Northbridge Airport]]
        Date/time: [[date:09/10/2024]] 04:30
        Details: during {{staff screening}} a ground handler presented the {{airside ID pass}} of
        a colleague, [[name:Sami Rahman]]. Photo did not match. Handler identified as
        [[name:Karl Jessop]] of [[organisation:Airlink Handling]], whose own pass expired on
        [[date:30/09/2024]]. [[name:Sami]] later said he lent it "so [[name:Karl]] could get in
        for the early".
        Actions: both passes withdrawn, {{ID Centre}} and employer informed, {{DfT}} reportable.
        Ref [[case_reference:NBA-SEC-2024-1009]]
    """)),
    ("aviation", "near_miss", block("""
        RAMP SHIFT LOG - EARLIES - [[date:12 MAR]]
        0545 BRIEF. 8 AGENTS. [[name:GAZ]] ON TUG.
        0610 STAND 5 [[flight_number:EZY3317]] [[aircraft_registration:G-UZLK]] ARR.
        0640 {{FOD WALK}} STAND 6 BEFORE PUSH - [[name:FAITH]] FOUND 30CM METAL STRAP BEHIND
        NO.2 ENGINE. REMOVED. CAPT INFORMED.
        0655 STRAP TRACED TO BROKEN {{ULD}} BAND FROM CARGO.
        0700 PUSH [[flight_number:BA1368]] ON TIME.
        0730 {{FOD BIN}} EMPTIED, REPORTED TO {{AIRFIELD OPS}}.
        SIGNED [[name:D. OKAFOR-REID]] {{TEAM LEADER}}
    """)),
    ("aviation", "success", block("""
        Gate team chat - {{Gate 22}} - [[date:Friday 5 July]]
        [20:14] [[name:Zainab]]: pax on [[flight_number:TOM2615]] v drunk at gate, shouting at
        [[name:Kieran]], wont hand over boarding pass
        [20:15] [[name:Hassan O]]: want me to call police?
        [20:15] [[name:Zainab]]: not yet, [[name:Kieran]] is talking to him
        [20:22] [[name:Kieran]]: sorted. nervous flyer, 4 pints, mum in hospital in spain. got
        him water + {{food voucher}}. {{Duty Manager}} agreed he cant fly tonight but rebooked on
        [[flight_number:TOM2617]] tmrw am
        [20:23] [[name:Hassan O]]: legend
        [20:30] [[name:Zainab]]: {{Captain}} said thanks for not boarding him and not escalating.
        In the {{Disruptive Passenger}} log as resolved [[case_reference:DP-0705-03]]
    """)),
    ("aviation", "incident", block("""
        ACCIDENT/INJURY FORM
        Employee: [[name:Vytautas Kairys]]   NI no: [[ni_number:JT 48 21 93 C]]
        Job title: {{Baggage Handler}}, [[organisation:Airlink Handling]]
        Date of accident: [[date:24/11/2024]] 17:40
        Where: {{Baggage Hall}} make-up, carousel 4
        What happened: lifting a bag labelled 23kg (actually 38kg) off the {{carousel}} into an
        {{AKE}}, no {{heavy tag}}. Felt sharp pain lower back.
        First aid: yes, by [[name:Bola]]. Went home, GP next day, off 6 days (not {{RIDDOR}}).
        Contributing: check-in accepted bag over 32kg limit with no heavy tag. {{Lift assist}}
        out of service for 2 weeks.
        Ref [[case_reference:AH-ACC-2411-07]]
        Supervisor: [[name:Wendy Cho]] [[phone:01632 960139]]
    """)),
]


def main() -> None:
    records = build_records("blind76", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
