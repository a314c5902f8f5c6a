"""Held-out blind corpus 251: invented UK incident, near-miss and learning reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

* social_care (17): a youth justice / youth offending service - referral order panels, court
  duty, bail support, victims' work and police liaison;
* health (17): a hospital pharmacy aseptic unit and ward pharmacy - chemotherapy preparation,
  TPN bags, missed doses and medicines reconciliation;
* aviation (16): a flying club's microlight and light aircraft hangar - instructors, students,
  club aircraft, the fuel bowser and the booking sheet.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance and
apologies, pipe-separated and aligned tables, radio transcripts, shout-outs and thank-you notes.
Every person, organisation, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind251.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (youth justice)
    ("social_care", "incident", prose("""
        court duty tues - [[name:kyle]] ([[age:15yo]]) remanded to {{local authority accommodation}}
        overnight bc no bail address confirmed. {{mum}} [[name:Tanya]] never got the txt abt the listing
        moving to {{2pm}}, we had her old mob on {{ChildView}} ([[phone:07700 900417]]), new one is
        [[phone:07700 900982]]. {{legal adviser}} not impressed, our {{bail support}} pkg was ready to
        go but no parent = no address. pls pls check contact details b4 the {{court duty}} list goes
        out on {{Monday}}. {{CPS}} were fine abt it tbh. ref [[case_reference:YJ/24/0381]] -
        [[name:FN]] ({{duty officer}})
    """)),
    ("social_care", "near_miss", prose("""
        At the {{referral order}} panel on [[date:9 October]] for [[name:Rhys Pengelly]]
        ([[case_reference:RO-2291]]), the {{victim personal statement}} was to be read out by
        {{community panel member}} [[name:Faith Adeyemi-Clarke]]. The printed copy in the panel pack
        still showed the victim's home address ([[address:14 Pollard Row, Halverton]],
        [[postcode:HV3 8PD]]) in the header because the {{Victim Liaison}} template had not been
        redacted. [[name:Faith]] noticed before handing copies to [[name:Rhys]] and his dad and
        withdrew them. No disclosure occurred. Mr [[name:Wojciechowski]] has been told by our
        {{victims' worker}}. Actions: {{Restorative Justice}} team to use the redacted template only;
        {{panel coordinator}} to check packs the day before each {{Panel}}. {{AssetPlus}} updated.
    """)),
    ("social_care", "success", block("""
        [Teams – #yjs-shoutouts]
        [[name:Grace Mbeki]]  {{16:42}}
        Massive shout-out to [[name:Will]] on {{court duty}} today 🙌 He spotted that
        [[name:Deshawn]]'s {{pre-sentence report}} had an old {{AssetPlus}} rating carried over,
        rang the {{report author}} and got it corrected before the {{District Judge}} sat.
        Could have meant a {{custodial}} proposal on bad info.
        [[name:Hope]]  16:45
        yes!! well done [[name:Will]], that's the {{Child First}} stuff we keep banging on about
        [[name:Will Okoro]]  16:51
        ha cheers both, [[name:Sandy]] in {{business support}} flagged the date mismatch first tbh
    """)),
    ("social_care", "incident", block("""
        Chronology – {{appropriate adult}} delay – [[name:Mehmet Yıldız]] ([[age:14]]) – [[case_reference:HYJS-0457]]
        [[date:Sat 12th]]
        01:10  arrested by [[organisation:Westmarch Police]] (sus. {{criminal damage}}), taken to [[organisation:Millgate Police Station]]
        01:25  {{custody sergeant}} rang {{EDT}} – no {{AA}} available, told to ring {{YOS}} {{on-call}}
        03:40  on-call mobile ([[phone:07700 900355]]) diverted to old handset, not answered
        06:15  Sgt [[name:Pardoe]] rang {{duty manager}} [[name:Bill Tranter]] at home
        07:30  [[name:Bill]] arrived as AA, {{PACE}} clock already 6h+
        08:05  interview started, solicitor [[name:Aoife Ní Bhriain]] present
        [[name:Mehmet]] held approx 7 hrs longer than needed. {{Mum}} ([[name:Selin]]) very upset.
        Actions: test on-call divert every {{Friday}}; EDT to hold a back-up AA list.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@halverton.gov.uk]]>
        To: {{Victims Team}}
        Sent: [[date:17 January 2024]] 11:02
        Subject: near miss - victim contact letter

        Hi all,

        Quick one for the log. The {{Victim Contact}} letter for [[case_reference:YJ/23/1174]] was
        about to go out with the {{young person}}'s full name in the opening paragraph, and the address
        block was for the wrong victim (the {{co-defendant}}'s victim at
        [[address:2 Saddler's Yard, Coppington]]). I caught it on the {{second check}} before it went
        in the post tray.

        Cause: {{mail merge}} pulling from the wrong row of the shared spreadsheet. Can we stop using
        the spreadsheet and generate letters from {{ChildView}} only?

        Thanks, [[name:Priya]]

        [[name:Priya Raghunathan]]
        {{Victim Liaison Officer}} | [[organisation:Halverton Youth Justice Service]]
        Tel [[phone:01632 960481]]
    """)),
    ("social_care", "success", prose("""
        Thank-you card received [[date:2 May]] and scanned to file [[case_reference:YJ/23/0902]].
        From Mrs [[name:Joy Haddleston]], victim of the break-in at her shop: "Please pass on my
        thanks to [[name:Tomasz]] and the young lad. I didn't think I wanted to meet him but the
        {{restorative conference}} helped me sleep again. He wrote me a proper letter and came and
        painted the shutter." [[name:Tomasz Kowalczyk]] ({{RJ practitioner}}) prepared both parties
        over six weeks, liaised with {{PC}} [[name:Amara Osei]] ({{neighbourhood officer}}) and with
        [[organisation:Coppington Rotary Club]], who donated the paint. Sharing as {{good practice}}
        for the {{Learning Forum}} on {{Thursday}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – {{Youth Justice}}
        Name: [[name:Jayden Osei-Bonsu]]
        DOB: [[date_of_birth:03/11/2007]]
        NI No: [[ni_number:JT 48 21 93 C]]
        Ref: [[case_reference:HYJS-0612]]
        Address: [[address:Flat 6, Tannery Court, Mill Lane, Coppington]] [[postcode:CP4 2WN]]
        Date of incident: [[date:21/02/24]]
        Location: {{YOS}} office, {{reception}}
        Description: [[name:Jayden]] attended for a {{reparation}} session. Another young person,
        [[name:Callum Reece]] ([[case_reference:HYJS-0588]]), was booked in at the same time despite a
        {{non-association}} flag on both files. Verbal altercation in reception; {{case manager}}
        [[name:Ruby]] separated them, no injuries. The reception diary is not linked to
        {{ChildView}} flags.
        Reported by: [[name:R. Achterberg]], {{Senior Practitioner}}
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export – Bail Support on-call – [[date:14/03/2024]]
        18:02 - [[name:Dawn]] YJS: anyone got the {{ISS}} rota? [[name:lewis]] not answering door for his {{curfew}} check
        18:04 - [[name:Sunny K]]: im near, will go. is his mums car there? silver {{corsa}} [[vehicle_registration:HV67 RKT]]
        18:21 - [[name:Sunny K]]: car there, no answer. neighbour says he went to his {{nan}}'s on [[address:Brackley Close]]
        18:23 - [[name:Dawn]] YJS: DONT go there on ur own, nans address has a {{police marker}} (dog + uncle). ring {{police liaison}} first
        18:25 - [[name:Sunny K]]: omg didnt know, wasnt on the {{risk summary}}
        18:40 - [[name:Dawn]] YJS: {{PC}} [[name:Hartigan]] going with you. updating {{ChildView}} now x
    """)),
    ("social_care", "success", block("""
        {{Referral Order}} Panel – final review – minutes
        Date: [[date:Wed 6 March]]
        Present: [[name:Lakshmi Narayan]] (chair, {{community panel member}}), [[name:Mark Ellery]]
        ({{community panel member}}), [[name:Iqra]] ({{YOT officer}}), [[name:Hazel Dunmore]] ({{RJ}})
        Apologies: [[name:Bogdan Ilie]], [[name:Pat]] ({{ETE}} worker)
        1. [[name:Chanelle Whitby]] ([[case_reference:RO-2304]]), [[age:16]]. All {{contract}}
        elements completed: 12 hrs {{reparation}} at [[organisation:Coppington Community Garden]],
        letter of apology, six sessions with [[organisation:Brightside Boxing Club]].
        2. [[name:Chanelle]] has a college place at [[organisation:Fenwick College]] from {{September}}.
        3. [[name:Mark]] noted the victim had asked to hear the outcome; [[name:Hazel]] to ring her.
        Outcome: order discharged as completed. Panel thanked [[name:Iqra]] for keeping
        [[name:Chanelle]] engaged after two missed {{appointments}} over the {{winter}}.
    """)),
    ("social_care", "incident", block("""
        Court duty log – [[organisation:Halverton Youth Court]] – [[date:28/11/23]]
        Time | YP | Ref | Outcome | Issue
        0945 | [[name:T.W.]] | [[case_reference:YJ/23/1410]] | adjourned | none
        1030 | [[name:Oluwaseun A.]] | [[case_reference:YJ/23/1388]] | {{YRO}} 9m | {{PSR}} not in {{bench}} pack
        1120 | [[name:K. Baines]] | [[case_reference:YJ/23/1402]] | {{conditional bail}} | left before {{bail support}} briefed
        1400 | [[name:Siobhán]] | [[case_reference:YJ/23/1399]] | {{referral order}} 6m | none
        Note: [[name:K. Baines]] walked out of the building with no written copy of his conditions
        and no {{curfew}} address on the {{bail}} record. {{Usher}} told us after. Picked up by
        [[organisation:Westmarch Police]] at 2140 for a "breach" that wasn't one. Duty: [[name:Jo Pemberton]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER – Fri pm to Mon am ({{ISS}} / {{bail support}})
        - [[name:Zak]] ([[case_reference:HYJS-0701]]): {{electronic monitoring}} tag due to be fitted
          Sat by [[organisation:TrackSure Ltd]]. Their job sheet had his OLD address
          [[address:31 Quarry Hill Road]] – he now lives with his aunt at
          [[address:9 Linnet Way, Coppington]] [[postcode:CP2 7HJ]]. I rang their control room
          ([[phone:0330 088 1472]]) and it's been changed, ref [[case_reference:TS-558120]]. Would
          have been a {{missed induction}} = {{breach}} on day one.
        - [[name:Eilidh Mackay]] covering {{Saturday}} on-call, [[name:Chidi]] {{Sunday}}.
        - {{Remand}} review for [[name:Zak]] listed [[date:Tues 4th]] – {{PSR}} not needed.
        - [[name:Frank]] ([[name:Zak]]'s {{YOT officer}}) back [[date:Weds 5th]].
        Handed over by [[name:Ngozi]]
    """)),
    ("social_care", "success", prose("""
        Learning note. [[name:Rose Al-Khatib]], a victim of a {{robbery}} near
        [[organisation:Halverton Bus Station]] on [[date:3 August]], had declined all contact. Our
        {{victims' worker}} [[name:Dafydd]] kept the door open with two short letters and one call at
        a time she chose. In {{December}} she asked for an {{indirect restorative}} process. The {{young
        person}}, [[name:Arjun]] ([[age:17]]), wrote a letter that [[name:Dafydd]] shuttled back and
        forth three times. Ms [[name:Al-Khatib]] said she now feels able to use the bus again. What
        worked: no pressure, respecting her timescales, and {{Victim Code}} updates sent on the day
        promised. Credit also to [[name:Penny Ashworth-Hale]] ({{YJS}} {{Restorative Justice}} lead)
        for supervision.
    """)),
    ("social_care", "incident", prose("""
        omg ok so. [[name:tyrese]] ([[case_reference:YJ/24/0077]]) missed his {{bail support}} appt
        again on [[date:13/2]] and [[name:marcus]] sent the {{breach}} paperwork to {{court}} without
        checking the {{diary}} - turns out [[name:tyrese]] had rung the office at 9.10 saying his
        little sis was in {{A&E}} at [[organisation:St Cuthbert's]]. msg was on the {{duty phone}} but
        nobody logged it. {{warrant}} was nearly issued, [[name:Marcus]] got it withdrawn at 11ish.
        needs a proper process for {{duty phone}} msgs, its just a post-it system atm!! - [[name:hj]]
    """)),
    ("social_care", "near_miss", block("""
        #police-liaison (Slack)
        @[[name:joaquin.r]]: heads up – nearly sent the {{Out of Court Disposal}} panel pack to
        [[email:oocd.panel@westmarch-police.example.uk]] from my personal gmail because {{Egress}}
        was down 🙈 stopped myself at the last sec
        @[[name:amber.t]]: phew. {{Egress}} back now? pack has [[name:Leon Mbatha]]'s
        {{CAMHS}} letter in it
        @[[name:joaquin.r]]: yep back at 14:20, sent securely. ref [[case_reference:OOCD-24-031]]
        @[[name:DS_Whitfield]]: thanks both. for info our end the {{PNC}} printout in that pack had
        his old address on [[address:Kestrel Drive]], pls redact before {{panel}}
        @[[name:amber.t]]: will do. raising it at {{team meeting}} so {{IT}} give us a fallback
    """)),
    ("social_care", "success", block("""
        From: [[name:Gareth Ó Súilleabháin]] <[[email:g.osuilleabhain@stanselms.example.sch.uk]]>
        To: [[name:Victoria Beaumont-Nwosu]]
        Date: [[date:Fri 19 April 2024]]
        Subject: Thank you – [[name:Kacper]]

        Dear [[name:Victoria]],

        I wanted to say thank you. Since the joint meeting with your service in {{February}},
        [[name:Kacper]] has attended every day bar one, and the
        {{managed move}} to [[organisation:Ridgeway Academy]] we were all dreading hasn't been needed.
        Your idea of him doing his {{reparation}} hours with our site team was inspired. Our
        {{DSL}} and {{SENCO}} both commented on how well the {{Child First}} approach worked.

        Kind regards
        [[name:Gareth]]
        {{Head of Year}} 10, [[organisation:St Anselm's Catholic High School]]
        [[phone:01632 960 233]]
    """)),
    ("social_care", "incident", prose("""
        Summary: At the {{Out of Court Disposal}} joint decision panel on [[date:7 June]] the police
        intelligence summary presented for [[name:Daniel Price]] ([[date_of_birth:22/08/2007]],
        [[case_reference:OOCD-24-044]]) related to a different young person of the same name
        ([[date_of_birth:05/01/2008]]). The panel recommended a {{Youth Conditional Caution}}
        partly on the basis of two previous {{community resolutions}} that were not his. The
        {{YJS}} {{police officer}}, DC [[name:Hannah Kerr-Lindqvist]], identified the error the
        following day while updating {{PNC}}. The decision was rescinded and the case re-heard on
        [[date:14 June]]; outcome {{Youth Caution}} with voluntary intervention. {{Mum}}, Ms
        [[name:Price]], was given a written apology. Learning: always match on {{DOB}} and address,
        not name alone; {{Liaison and Diversion}} screening to be attached to the pack.
    """)),
    ("social_care", "near_miss", block("""
        Call note – {{victim}} line – [[date:11/09/24]] 15:35
        Caller: Mr [[name:Ifeanyi Nwachukwu]] (victim, [[case_reference:YJ/24/0219]]), tel [[phone:07700 900146]]
        Taken by: [[name:Holly]] ({{admin}})
        Caller asked whether "the lad" would be at the same college as his daughter in {{September}}.
        [[name:Holly]] started to look it up on {{ChildView}} and was about to read out the college name
        when [[name:Sameer]] ({{Victim Liaison Officer}}) overheard and took the call. [[name:Sameer]]
        explained what we can and cannot share under the {{Victim Code}} and offered a
        {{safety planning}} visit.
        Learning: {{admin}} staff to transfer victim calls, not look up {{YP}} records.
        Logged by [[name:S. Qureshi]]
    """)),
    # ------------------------------------------------------------------ health (pharmacy)
    ("health", "incident", prose("""
        A patient on [[organisation:Larchfield Ward]], Mrs [[name:Beatrice Oyelaran-Hughes]]
        (hospital no. [[case_reference:RX4471023]], NHS [[nhs_number:769 973 6710]]), received
        {{oxaliplatin}} at approximately 112% of the intended dose on [[date:4 March]]. The
        {{aseptic unit}} worksheet was generated from a {{ChemoCare}} prescription that still used
        her weight from {{cycle 1}} (71 kg); she had been weighed at 62 kg at {{pre-assessment}}. The
        {{clinical check}} by the {{oncology pharmacist}} did not pick up the change because the new
        weight was only in the nursing notes. Patient reviewed by the {{SpR}}, no harm identified,
        {{Duty of Candour}} conversation held by Dr [[name:Anand Venkataraman]]. {{Datix}}
        [[case_reference:W118274]]. Actions: {{SACT}} prescribing to require weight re-entry each
        cycle; {{dose banding}} tables re-checked.
    """)),
    ("health", "near_miss", prose("""
        nearly sent twin 1's {{TPN}} bag to twin 2 on {{NICU}} last night!! both babies
        [[name:Kaur]], both on {{neonatal}} standard bag B but twin 1 ([[case_reference:N9920431]])
        has extra {{sodium}} added per {{dietitian}} - labels look identical apart from hosp no. and
        {{birth order}}. [[name:Femi]] on the {{release}} check matched the hosp no to the
        prescription not just the surname and spotted it. can we pls put TWIN 1 / TWIN 2 in big
        letters on the label like [[organisation:Rosewood Children's Hospital]] do. twin 2 is
        [[case_reference:N9920432]]. [[name:cj]] {{ATO}}
    """)),
    ("health", "success", block("""
        Teams – Aseptic Services (chat)
        [[name:Crystal Yeboah]] 09:14
        Just want to say a huge thank you to [[name:Robin]] 👏 yesterday during the {{session}} he
        noticed a pin-hole in the right {{gauntlet}} of {{isolator}} 2 on the {{pre-session check}},
        before we'd started the {{pembrolizumab}} and {{bortezomib}} runs. Changed it, re-did the
        {{glove integrity test}}, and all {{settle plates}} came back clean.
        [[name:Ewa Zielińska]] 09:20
        Great spot [[name:Robin]]. Adding to the {{QA}} good-catch log for {{Thursday}}
        [[name:Robin Adebayo-Smith]] 09:31
        thanks, just following the {{SOP}} 😊
    """)),
    ("health", "incident", block("""
        Timeline – missed {{Parkinson's}} doses – [[name:Harold Fenwick-Boyce]], [[age:81]]
        Hosp no [[case_reference:RX5509381]]  NHS [[nhs_number:437 638 9242]]
        [[date:Sun 17/09]]
        14:30  arrived {{ED}} after fall at home
        15:10  {{ED}} clerking lists "{{Sinemet}} – dose unknown"
        20:45  moved to [[organisation:Bramley Ward]] ({{AMU}} overspill)
        [[date:Mon 18/09]]
        06:00  first {{co-careldopa}} due per {{GP}} record – not prescribed
        09:40  {{ward pharmacist}} [[name:Salma]] starts {{medicines reconciliation}}, rings
               [[organisation:Orchard Lane Surgery]] – 5 times-daily regimen confirmed
        10:05  {{FY1}} prescribes, first dose given 10:20
        Outcome: 4 doses missed, patient rigid and unable to swallow by 09:00. Reviewed by
        {{Parkinson's nurse}} [[name:Gwen Ap Rhys]]. {{Time-critical medicines}} list not used in ED.
    """)),
    ("health", "near_miss", block("""
        MEDICINES RECONCILIATION – DISCREPANCY FORM
        Patient name: [[name:Stanisław Nowicki]]
        DOB: [[date_of_birth:12/06/1949]]
        NHS No: [[nhs_number:9319362130]]
        Hosp No: [[case_reference:RX3318870]]
        Address: [[address:22 Weaver's Close, Ashby Parva]], [[postcode:LE17 5QU]]
        GP: [[organisation:Abbeyfield Surgery]]
        Ward: {{Ward 14}}
        Discrepancy: {{SCR}} and GP letter show {{apixaban}} 5 mg BD. Patient's own drugs brought
        in by daughter ([[name:Marta]]) included {{warfarin}} 3 mg from a {{blister pack}} made up
        by [[organisation:Kingsmead Pharmacy]] dated [[date:2 Jan]]. Both were about to be
        prescribed on {{admission}}.
        Action: {{anticoagulant}} switch confirmed with practice; {{warfarin}} removed. {{INR}} 1.1.
        Completed by: [[name:Amber Khoury]], {{Pharmacy Technician}}, [[date:09/01/24]]
    """)),
    ("health", "success", block("""
        From: Sister [[name:Grace Adjei]] <[[email:grace.adjei@stcuthberts.example.nhs.uk]]>
        To: Ward Pharmacy Team
        Date: [[date:23 October 2023]]
        Subject: THANK YOU – bed 12

        Hi all,

        Please pass on the ward's thanks to [[name:Jun Watanabe]], who did the
        {{medicines reconciliation}} on our lady in bed 12 over the weekend. The {{electronic record}} had
        "no known drug allergies" but [[name:Jun]] went through the {{Summary Care Record}} and the
        {{community pharmacy}} history and found a documented {{anaphylaxis}} to {{co-amoxiclav}} in
        2019. {{Co-amoxiclav}} was on the {{drug chart}} for her {{chest infection}} and was due at 14:00.

        Really proud of the team. 👏

        [[name:Grace]]
        {{Ward Sister}}, [[organisation:Hawthorn Ward]], [[organisation:St Cuthbert's Hospital]]
        Ext [[phone:4417]]
    """)),
    ("health", "incident", block("""
        Missed / delayed doses audit – [[organisation:Bramley Ward]] – w/c [[date:15 January]]
        Pt | Hosp no | Drug | Missed | Reason recorded
        [[name:A.M.]] | [[case_reference:RX6620114]] | {{enoxaparin}} 40 mg | 2 | "unavailable" – stock was in the {{drug fridge}}
        [[name:D. Okonjo]] | [[case_reference:RX6619873]] | {{levetiracetam}} | 1 | {{nil by mouth}}, no IV route asked for
        Mrs [[name:Bell]] | [[case_reference:RX6601150]] | {{hydrocortisone}} | 2 | "pt refused" – was off ward in {{X-ray}}
        [[name:RP]] | [[case_reference:RX6622007]] | {{insulin glargine}} | 1 | blank
        Summary: 6 doses across 4 patients; 4 were {{critical medicines}}. Mrs [[name:Bell]] became
        hypotensive on {{Tuesday}} evening and needed {{IV}} {{hydrocortisone}}. Reviewed with
        {{ward manager}} [[name:Faith Oduya]] and [[name:Sunny Lal]] ({{lead pharmacist}}).
    """)),
    ("health", "near_miss", block("""
        Teams chat – Aseptic production
        [[name:Tariq Hussain]] 11:02: can someone check worksheet [[case_reference:AW-77310]] b4 I go in? Mr [[name:Lindgren]]'s {{carboplatin}}
        [[name:Mei Ling Chua]] 11:05: on it
        [[name:Mei Ling Chua]] 11:09: STOP – the {{vial}} on your tray is {{cisplatin}} 50 mg/50 mL, not {{carboplatin}} 450 mg/45 mL. same cap colour, same supplier
        [[name:Tariq Hussain]] 11:10: 😳 thank you. they've been side by side on the {{cytotoxic}} shelf since the re-stock
        [[name:Mei Ling Chua]] 11:12: I'll separate them + tell {{procurement}}. pls {{Datix}} it as a near miss
        [[name:Tariq Hussain]] 11:30: done, [[case_reference:W118402]]
    """)),
    ("health", "success", block("""
        Aseptic Services Governance – minutes – [[date:12 February 2024]]
        Attendees: Dr [[name:Olumide Bakare]] ({{Accountable Pharmacist}}), [[name:Ewa Zielińska]]
        ({{QA}}), [[name:Mark Tennant]] ({{Production Manager}}), [[name:Ivy Cheung]] ({{ATO}})
        Apologies: [[name:Hope Nakamura]], [[name:Bill O'Driscoll]] ({{Estates}})
        Item 3 – Good practice
        - Zero {{released errors}} for six consecutive months, first time since the unit opened.
        - {{In-process}} errors caught at the {{second check}} up from 11 to 19; [[name:Ivy]]'s
          laminated checklist at each {{isolator}} credited by staff.
        - {{Regional QA}} audit: no {{major deficiencies}}.
        Action: [[name:Mark]] to share the checklist with the {{aseptic unit}} at
        [[organisation:Northgate General Hospital]] and with {{SPS}}.
    """)),
    ("health", "incident", block("""
        Pharmacy handover – late to {{on-call}} – [[date:Fri 8 Dec]]
        * [[organisation:Hawthorn Ward]] bed 4, Mr [[name:D'Souza]] ([[case_reference:RX2290045]]):
          {{gentamicin}} 5 mg/kg given 14:00 yesterday, {{level}} not taken at 6–14 h per
          {{Hartford nomogram}}. Next dose given anyway this morning. {{Creatinine}} 88 → 141.
          {{Micro}} aware, dose held tonight. [[name:Will Achebe]] ({{on-call pharmacist}}) pls
          check the 20:00 level before anything else is given.
        * [[organisation:Larchfield Ward]]: {{TPN}} for Ms [[name:Ruby Tran]] delivered, bag up at 20:00.
        * Mr [[name:D'Souza]]'s family asked for a call re the kidneys – {{FY2}} aware.
        Handed over by [[name:Nkechi]]
    """)),
    ("health", "near_miss", prose("""
        On [[date:27/04]] Mrs [[name:Elsie Marchbank]] ([[age:78]], NHS [[nhs_number:217 018 3981]])
        was discharged from [[organisation:Larchfield Ward]] with a {{TTO}} that listed
        {{methotrexate}} 10 mg "once daily" rather than once weekly. The {{discharge letter}} had been
        transcribed from the {{EPMA}} free-text field. The ward {{clinical check}} was skipped because
        the {{TTO}} was written after 17:00. Mr [[name:Kwame Asante]], {{community pharmacist}} at
        [[organisation:Kingsmead Pharmacy]] ([[phone:01632 960718]]), queried it before supplying and
        rang the ward the next morning. No doses taken. Learning shared at {{junior doctor}} teaching;
        {{EPMA}} methotrexate order sentence now locked to weekly. {{NPSA}} alert re-circulated.
    """)),
    ("health", "success", block("""
        Card left at the ward pharmacy desk, {{Ward 9}}, transcribed for the {{learning log}}:

        "To the {{pharmacy}} lady with the glasses – [[name:Min-ji]] I think? – thank you for sitting
        with {{Mum}} for nearly an hour going through every box she brought in. Nobody had ever told us
        two of her {{tablets}} were the same thing under different names. She's on 7 now instead of 11
        and she isn't dizzy any more. With love, [[name:Heather]] ([[name:Winnie Clatworthy]]'s
        daughter)"

        Staff member: [[name:Min-ji Park]], {{Pharmacy Technician}}. {{Polypharmacy}} review followed
        the {{STOPP/START}} tool and was countersigned by the {{ward pharmacist}}.
    """)),
    ("health", "incident", prose("""
        tpn bag for mr [[name:okafor]] ([[case_reference:RX7031196]]) went to the wrong ward last
        night - porter took it to {{Ward 12}} not {{Ward 21}}, it sat in their {{treatment room}}
        (not the fridge!) from approx 16:30 til [[name:dave]] on nights rang us at 23:10 asking
        where it was. bag had to be binned, pt got {{10% glucose}} overnight and missed a whole day
        of {{PN}}. {{dietitian}} [[name:Pooja]] aware. delivery sheet was signed by someone on 12 but
        illegible. think we need {{tamper tags}} + ward to sign with printed name. also the transport
        box label just says "W 21" in biro which 1000% looks like 12 upside down. {{Datix}} done
        [[case_reference:W118519]]. [[name:lm]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Haruto Kimura]] <[[email:haruto.kimura@stcuthberts.example.nhs.uk]]>
        To: [[name:Joanna Brzezińska]]; Oncology Day Unit
        Cc: [[email:aseptic.pharmacy@stcuthberts.example.nhs.uk]]
        Date: [[date:Thu 6 June 2024]] 08:47
        Subject: {{FBC}} not checked – {{docetaxel}} for [[name:F. Mahmoud]]

        [[name:Joanna]] / {{ODU}} team,

        The {{docetaxel}} for [[name:F. Mahmoud]] ([[case_reference:RX5873302]]) was released for
        preparation this morning before the {{neutrophil}} count came back. When it did, at 08:30,
        it was 0.6. I've put the worksheet on hold; nothing was compounded. The {{ChemoCare}} flag
        "bloods verified" was ticked by a {{locum}} at 07:50.

        Could we discuss at {{M&M}}? We've had two of these since {{Easter}}.

        Thanks,
        [[name:Haruto]]
        {{Senior Pharmacist}} – {{Oncology}} & {{Aseptic Services}}
        [[phone:01632 960 552]] | bleep [[phone:2231]]
    """)),
    ("health", "success", prose("""
        Good catch. On admission to [[organisation:Bramley Ward]] on [[date:19 November]], Mr
        [[name:Joseph Mensah-Boateng]] ([[age:67]], NHS [[nhs_number:903 450 6487]]) was confused and
        no medicines list was available. {{Pharmacy technician}} [[name:Lily Ferreira]] rang his
        {{GP practice}} ([[organisation:Millbrook Medical Centre]]) and found a repeat for a
        {{fentanyl}} 25 microgram {{patch}} that was not on the {{drug chart}}. She asked the nurse
        to check his skin: there were two patches on, one on each shoulder. Both were removed, the
        {{palliative care team}} were involved and he was {{naloxone}}-free by evening. [[name:Lily]]
        has agreed to present this at {{pharmacy grand round}} in {{January}}.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Patient: [[name:Jean Pollard]]        DOB: [[date_of_birth:30/07/1938]]
        Hosp no: [[case_reference:RX4108827]]   NHS no: [[nhs_number:3725703256]]
        Address: [[address:Flat 2, Cobden House, Station Road, Northgate]] [[postcode:NG9 4LT]]
        Date/time: [[date:03/02/2024]] 12:15     Location: {{Ward 7}}
        What happened: {{oxycodone}} {{MR}} 10 mg given to [[name:Jean Pollard]] from a supply
        labelled for [[name:Joan Pollard]] (bed 18, [[case_reference:RX4108652]]), who had been
        discharged. {{CD register}} entry made against the wrong patient. [[name:Jean]] is {{opioid-naive}};
        she became drowsy, {{RR}} 10, no {{naloxone}} needed.
        Contributing: two patients with similar names in the same bay, no {{name alert}} sticker.
        Harm: low.
        Reporter: [[name:Ines Carvalho]], {{Staff Nurse}}
        Pharmacy review: [[name:Sanjay]] ({{CD Accountable Officer}} informed)
    """)),
    ("health", "near_miss", block("""
        TPN compounding list – {{Friday}} run – [[date:10/05/24]]
        Patient           Hosp no     Ward              Bag        Status
        [[name:K. Adeyemi]]        [[case_reference:RX8800321]]   {{Ward 21}}           {{Kabiven}} 11 made
        [[name:Pearl Hutchins]]    [[case_reference:RX8790045]]   [[organisation:Larchfield Ward]]   bespoke    ON HOLD
        [[name:Tomás Ferreyra]]    [[case_reference:RX8812210]]   {{ICU}}               bespoke    made
        Note: [[name:Pearl Hutchins]] had been transferred to [[organisation:Northgate General]]
        at 10:00 but the {{PN}} team were not told. Her bespoke bag was on the list for the 13:00
        session and would have been made and wasted (and a second bag needed at their end).
        Picked up by [[name:Yasmin]] ({{ATO}}) checking {{PAS}} before the session. Suggest an
        automatic {{PAS}} alert when a {{PN}} patient is transferred out.
    """)),
    # ------------------------------------------------------------------ aviation (flying club)
    ("aviation", "incident", prose("""
        [[aircraft_registration:G-CKZP]] ran rough approx 300ft after t/o on {{runway 26}} sat am,
        student [[name:ollie]] did exactly the right thing, told {{A/G}} and came straight back
        round. i drained the {{gascolator}} after - about 20ml of water. then checked the
        {{fuel bowser}} sump and got loads more. bowser drain log on the {{hangar}} wall last signed
        [[date:11/08]]?? thats 3 wks. {{UL91}} delivery from [[organisation:Wessex Aviation Fuels]]
        was the {{Thursday}} before, in the rain, lid left open by whoever. {{C42}} now grounded til
        [[name:Dusty]] has flushed the tanks. bowser {{OUT OF USE}} sign is up. pls pls do the
        {{water check}} daily as per the {{SOP}} - [[name:Ray Okonkwo]] ({{FI}})
    """)),
    ("aviation", "near_miss", block("""
        Transcript from {{A/G}} recording, [[date:Sun 21 July]], approx 14:52 local
        [[aircraft_registration:G-BXTL]]: [[organisation:Ashcombe Radio]], [[aircraft_registration:Golf Tango Lima]], final {{two six}}, full stop
        A/G ([[name:Pam]]): [[aircraft_registration:Golf Tango Lima]], {{runway 26}}, surface wind {{240 10}}, no reported traffic
        [[aircraft_registration:G-BXTL]]: {{Runway 26}} to land, [[aircraft_registration:Tango Lima]] ... er, there's a CAR on the runway
        [[aircraft_registration:G-BXTL]]: Going around, [[aircraft_registration:Tango Lima]]
        A/G ([[name:Pam]]): [[aircraft_registration:Tango Lima]], roger, we see it, stand by
        Note by {{Safety Officer}}: a member's grey {{Land Rover}} ([[vehicle_registration:KX19 TVP]])
        crossed the runway at the {{threshold}} from the {{clubhouse}} car park to the {{east hangar}}
        without stopping at the {{hold line}}. {{Driver}}, [[name:Marcus Delacroix-Hunt]], says he
        looked but the aircraft was low and behind the {{windsock}} mast. {{Pilot}} [[name:Nadia Farouk]]
        flew a normal {{go-around}} and landed at 14:58.
    """)),
    ("aviation", "success", block("""
        WhatsApp – [[organisation:ACFC]] members chat
        [[date:02/06/2024]] 19:14 - [[name:Jade Whitlock]]: Shout out to [[name:Giorgos]] 👏👏 he
        noticed the {{Skyranger}} [[aircraft_registration:G-CFMV]] had a split in the left {{tyre}}
        sidewall on his {{A check}} this morning and pulled it off the {{booking sheet}}. I was down
        to take my daughter up at 2
        [[date:02/06/2024]] 19:20 - [[name:Giorgos P]]: no worries, it's what the {{walk-round}} is for 😅
        spare tyre is on order from [[organisation:Tor Valley Aero Engineering]]
        [[date:02/06/2024]] 19:22 - [[name:Summer]]: 👍 good man. ive put it in the {{tech log}} too
        [[date:02/06/2024]] 19:40 - {{Capt}} [[name:Mike]]: nice one [[name:Giorgos]], beers on me {{Saturday}} 🍺
    """)),
    ("aviation", "incident", prose("""
        Hangar damage report. While the {{east hangar}} was being packed on the evening of
        [[date:14 March]], club {{PA-28}} [[aircraft_registration:G-ATYN]] was pushed back by two
        members without a {{wing walker}}. Its left {{wingtip}} struck the {{rudder}} of the
        privately owned {{Ikarus C42}} [[aircraft_registration:G-OJRS]] (owner Mr
        [[name:Lars Eriksen]]). {{Wingtip fairing}} cracked on [[aircraft_registration:G-ATYN]]; the
        rudder of [[aircraft_registration:G-OJRS]] was dented at the trailing edge. Both aircraft were
        grounded pending inspection by our {{LAA}} inspector, [[name:Heidi Vasquez-Thorne]]. The
        {{hangar plan}} on the door had not been updated since the {{Skyranger}} was moved in. The
        {{CFI}} has reminded members that three people are needed to move aircraft after dark, and
        that {{hangar rash}} should be reported the same day. Reporter: [[name:S. Mahlangu]].
    """)),
    ("aviation", "near_miss", block("""
        Solo student weather recall – [[date:Wed 9 October]]
        13:05  Student [[name:Tegan Price-Oduya]] ([[age:17]]) briefed for {{solo circuits}} by
               {{FI}} [[name:Rob]] on {{C42}} [[aircraft_registration:G-CGEU]]. {{TAF}} for
               [[organisation:Brantwick Airport]] showed {{PROB30 TEMPO}} showers after 15:00.
        13:40  Airborne, {{runway 08}}.
        14:10  [[name:Rob]] notices cloud base lowering to the west, estimates 800 ft.
        14:12  Asks {{A/G}} to pass "full stop next time". Student acknowledges.
        14:18  Landed. Heavy shower over the field at 14:25.
        Discussion: briefing relied on the {{TAF}}, not on looking out of the window; student had
        no {{personal minima}} card. Now added to the {{solo authorisation}} sheet.
    """)),
    ("aviation", "success", block("""
        From: [[name:Miriam Okwuosa]] <[[email:safety@ashcombeflyingclub.example.org.uk]]>
        To: All members
        Date: [[date:8 May 2024]]
        Subject: Good spot on {{pre-flight}}

        Hi everyone,

        A quick well done to [[name:Frank Albrighton]], who on {{Bank Holiday}} Monday found a
        hairline crack in the {{exhaust}} {{manifold}} of our {{Cessna 152}}
        [[aircraft_registration:G-BOWB]] during his {{A check}}, with a torch, under the
        {{cowling}}. That's the {{CO}} risk we talked about at the winter safety evening. The
        aircraft is with [[organisation:Tor Valley Aero Engineering]] and back on the
        {{booking sheet}} from [[date:20 May]]. Please keep the {{CO detectors}} in the cockpit
        and report any smell of exhaust straight away.

        Blue skies,
        [[name:Miriam]]
        {{Safety Officer}}, [[organisation:Ashcombe Flying Club]]
        [[phone:07700 900 731]]
    """)),
    ("aviation", "incident", block("""
        Booking sheet – {{Skyranger}} [[aircraft_registration:G-CFMV]] – [[date:Sat 27 April]]
        Slot | Member | Purpose | Tach hrs
        0900 | [[name:J.D.]] | {{solo hour building}} | 349.2
        1100 | [[name:Autumn Reyes]] | lesson w/ [[name:Rob]] | 350.4
        1400 | [[name:Ade Bankole]] | {{local flight}} | 351.9
        {{Tech log}} entry: {{50 hr check}} due at 350.0. Neither [[name:Autumn Reyes]] nor
        [[name:Ade Bankole]] (or me) checked the {{tech log}} and the aircraft flew 1.9 hrs over its
        check. No defect found at the check on [[date:29/04]] but it's a breach of the
        {{maintenance programme}}. We will colour the booking sheet cell red when within 2 hrs.
        [[name:Rob]] ({{CFI}})
    """)),
    ("aviation", "near_miss", block("""
        CLUB OCCURRENCE REPORT FORM
        Name: [[name:Callum Fitzgerald-Nkemelu]]
        Membership no: [[case_reference:ACFC-0318]]
        Tel: [[phone:07700 900 284]]   Email: [[email:cfnkemelu@examplemail.co.uk]]
        Aircraft: [[aircraft_registration:G-RIVR]] ({{EuroStar}} {{microlight}})
        Date: [[date:18/08/2024]]
        What happened: On a {{cross-country}} to the south I was slow to spot the
        [[organisation:Brantwick Airport]] {{CTR}} boundary on {{SkyDemon}} because the tablet had
        overheated and frozen. I was within about 0.5 nm of the {{Class D}} edge when
        [[organisation:Brantwick Radar]] called me on the {{listening squawk}}. No infringement occurred.
        What I've learned: carry a paper chart, use the {{Mode S}} listening squawk (I did), and
        keep the tablet out of direct sun.
        Club ref: [[case_reference:OR-24-017]]
    """)),
    ("aviation", "success", block("""
        Flight Safety Committee – minutes of meeting held [[date:Tuesday 3 September]]
        Present: [[name:Miriam Okwuosa]] ({{Safety Officer}}, chair), [[name:Rob Tremayne]] ({{CFI}}),
        [[name:Heidi Vasquez-Thorne]] ({{LAA}} inspector), [[name:Sue]] (treasurer), [[name:Kofi Mensah]]
        Apologies: [[name:Dusty Miller]], [[name:Chase Omondi]]
        1. Bowser. Since the water contamination in {{August}} the daily {{water check}} has been
           signed every flying day. [[name:Kofi]] has fitted a {{water-finding paste}} kit to the
           bowser. Thanks recorded.
        2. Runway crossings. New {{hold line}} sign and mirror installed by [[name:Chase]] and
           [[name:Dusty]]; no crossings without a call on the {{A/G}} frequency since.
        3. {{CAA}} {{Safety Sense}} leaflet on {{carb icing}} to go in the {{clubhouse}}.
        AOB: [[name:Rob]] proposed a "good catch of the month" board. Agreed.
        Next meeting: [[date:1 October]], 19:30.
    """)),
    ("aviation", "incident", block("""
        Duty instructor log – [[date:Sat 15 June]] – handover to {{Sunday}} duty
        - [[aircraft_registration:G-CGEU]]: student [[name:Bartek Wiśniewski]] landed heavy on {{runway 08}}
          at 11:20, bounced twice. I've done a visual on the {{nose leg}} and {{spats}}, nothing
          obvious, but it needs a proper look by an inspector before it flies. {{Tech log}}
          annotated and aircraft marked U/S on the {{booking sheet}}.
        - Student is fine, a bit shaken. Debriefed re {{flare}} and {{go-around}} decision. His
          dad ([[name:Tadeusz]]) rang, I've called back.
        - [[aircraft_registration:G-ATYN]]: {{wingtip fairing}} replaced, back in service.
        - Bowser: 112 l {{Avgas}} left. Delivery booked [[date:Mon 17th]].
        - Keys for the {{east hangar}} are with [[name:Jade]] (she's first in tomorrow).
        [[name:Lars E.]] ({{FI}}) – mob [[phone:07700 900 618]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (from [[organisation:Brantwick Approach]] tape, provided to club)
        [[date:12 July 2024]], times UTC
        1047:20 APP: [[aircraft_registration:G-CKZP]], traffic information, {{Airbus}} {{A320}} on
          {{base leg}} for {{runway 23}} right to left, 4 miles, descending {{2500 ft}}
        1047:31 [[aircraft_registration:G-CKZP]]: Looking, [[aircraft_registration:Golf Zulu Papa]]
        1047:40 APP: [[flight_number:SKV211]], traffic {{microlight}} 2 o'clock, 2 miles, 1800 ft
          unverified, believed [[aircraft_registration:Golf Zulu Papa]]
        1047:45 [[flight_number:SKV211]]: Looking, [[flight_number:SKV211]]
        1047:58 [[aircraft_registration:G-CKZP]]: Traffic in sight, turning left to stay clear
        Summary: instructor [[name:Nadia Farouk]] and student [[name:Ewan Grieve]] were on a
        {{navigation exercise}} outside the {{ATZ}} and below the {{CTA}}, but had drifted north of the
        planned track. {{TCAS}} did not trigger. The crew of [[flight_number:SKV211]] did not file.
        Learning: fly the planned track; use the {{LARS}} service, not just a {{basic service}}.
    """)),
    ("aviation", "success", prose("""
        From the {{club newsletter}}, {{November}} issue: A big thank you to [[name:Joy]] and
        [[name:Bill Hartnell-Achebe]], who spent three weekends rebuilding the {{booking sheet}} as
        an online calendar that talks to the {{tech log}}. Since it went live on [[date:1 August]]
        there have been no double bookings and the {{50 hr check}} warning pops up in red
        automatically. Thanks too to Mrs [[name:Pereira]], our {{Duty Pilot}} co-ordinator, for
        chasing the last 40 members to log in. [[name:Joy]]'s step-by-step guide is pinned in the
        {{clubhouse}} next to the {{METAR}} screen, and [[name:Bill]] will run a drop-in on
        [[date:Sat 9th]] for anyone still using the paper sheet. Remember: if the {{tech log}} and
        the calendar disagree, the {{tech log}} wins. Ring [[name:Bill]] on [[phone:07700 900 509]]
        with any problems.
    """)),
    ("aviation", "incident", prose("""
        ugh. so i tried to taxi [[aircraft_registration:G-RIVR]] out this morning with the {{tail
        tie-down}} still on. got about a metre, heard the bang, stopped. {{tie-down}} ring pulled
        out of the {{ground anchor}} and the tail fin fairing is cracked where the rope went. my
        fault, did the {{walk-round}} before [[name:sunil]] pulled it out of the hangar & didnt do a
        last look. lesson = {{walk-round}} AFTER its positioned, and {{REMOVE BEFORE FLIGHT}} flags on
        the ropes?? [[name:heidi]] has looked at it, {{Permit to Fly}} not affected once fairing
        repaired. not flying again til {{Weds}}... sorry all. [[name:cf-n]]
    """)),
    ("aviation", "near_miss", block("""
        From: [[organisation:Tor Valley Aero Engineering]] <[[email:workshop@torvalleyaero.example.co.uk]]>
        To: [[email:safety@ashcombeflyingclub.example.org.uk]]
        Date: [[date:25 March 2024]] 16:20
        Subject: RE: [[aircraft_registration:G-BOWB]] oil cap

        Hi [[name:Miriam]],

        Apologies. Our {{engineer}} [[name:Pawel Dudek]] has confirmed the {{oil filler cap}} on
        [[aircraft_registration:G-BOWB]] was not locked after the {{oil change}} on {{Friday}}. Your
        member, Mr [[name:Ferreira]], found it finger-loose on his {{A check}} on {{Saturday}}
        morning before the first flight, so no oil was lost and the engine was not run. Had it
        gone unnoticed, the {{Lycoming}} could have lost most of its oil through the {{breather}}
        within the hour. We have added a witnessed "cap locked" box to our {{worksheet}} and
        [[name:Pawel]] has been spoken to. Our {{Part-ML}} approval holder,
        [[name:Eleanor Quigley-Baptiste]], will visit the club on [[date:2 April]] to talk to
        members about what to look for after maintenance.

        Regards
        [[name:Nat]]
        {{Workshop Manager}} – [[phone:01632 960 377]]
    """)),
    ("aviation", "success", prose("""
        On [[date:6 August]] {{PPL}} student [[name:Precious Mhlanga]] ([[age:19]]) was on her
        second {{solo cross-country}} in {{Cessna 152}} [[aircraft_registration:G-BOWB]] when the
        engine began to lose power at 2,000 ft north of the {{reservoir}}. She applied
        {{carb heat}}, which made it rougher at first, held it on as taught, and power recovered
        after about 40 seconds. She made a {{PAN}} call to [[organisation:Brantwick Radar]], who
        offered a diversion, but she elected to return to [[organisation:Ashcombe Flying Club]] and
        landed normally. {{METAR}} showed temperature 14 and {{dew point}} 12 – classic
        {{serious carb icing}} conditions. Her instructor [[name:Grace-Ann Oyelowo]] says every step
        followed the {{PFL}} and {{carb icing}} briefings. A {{MOR}} was filed as required and the
        {{CAA}} acknowledged it ([[case_reference:MOR 2024/08816]]). [[name:Precious]] has since shared her
        story at the {{clubhouse}} safety evening.
    """)),
    ("aviation", "incident", block("""
        Bowser fuel log – discrepancy – week ending [[date:19/10/24]]
        Date    {{Aircraft}}        {{Pilot}}               Litres (sheet)  Litres (meter)
        [[date:14/10]]   [[aircraft_registration:G-CKZP]]          [[name:N. Farouk]]           40              40
        [[date:16/10]]   [[aircraft_registration:G-RIVR]]          [[name:Wiśniewski]]          35              35
        [[date:17/10]]   (none entered)  –                   –               62
        [[date:18/10]]   [[aircraft_registration:G-CGEU]]          [[name:Hope Sandoval-Reid]]  30              30
        62 litres of {{UL91}} drawn on the [[date:17th]] with no entry on the sheet. The {{bowser}} key was
        in the {{clubhouse}} key box (code unchanged since 2021). Either a member forgot to sign,
        or fuel was taken for a private aircraft or a car. {{Treasurer}} [[name:Sue]] estimates £140.
        Actions: key box code changed, meter photo at each fill, {{CCTV}} on the bowser bay.
        Reported by [[name:Kofi Mensah]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind251", REPORTS))
