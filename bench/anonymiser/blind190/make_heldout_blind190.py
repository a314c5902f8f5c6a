"""Held-out blind corpus 190: fifty invented UK incident, near-miss and learning reports.

Settings (everything inside them is invented):
- social_care: a leaving care team (personal advisers, duty, pathway plans) and supported
  accommodation for 16-25s (night staff, key workers, room checks, taster flats).
- health: a community pharmacy (methadone supervised consumption, MDS trays, CD register,
  Pharmacy First, deliveries, flu clinics) and the ICB medicines optimisation team (audits,
  searches, mail merges, stewardship minutes).
- aviation: long-haul cabin crew (galley ovens and boilers, trolleys, doors, medical events,
  unruly passengers, unaccompanied minors), with tech log entries and RT extracts.

Styles: very rushed lower-case notes with typos, text-speak and lower-case names; signatures
with job titles and mobile numbers; careful formal narratives; chronologies with times;
e-mails with headers; Teams, WhatsApp and Slack exports; handover notes; pipe and tab
separated tables with initials; minutes with attendance and apologies; hot debriefs;
shout-outs and thank-you cards; forms with Name/DOB/Ref fields; tech logs and RT transcripts.
Identifiers are marked [[label:value]] and must-not-redact terms {{like this}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind190.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        nite shift [[organisation:kestrel crt]] 0240 {{yp}} in rm 6 ([[name:dani]]) let 2 lads in thru
        {{fire door}} wedged open w trainers. didnt no them. 1 had wat lookd like a blade handle in
        waistband. rang {{999}} {{police}} came 0315 lads gone b4 they got there. [[name:dani]] v upset
        sed its her cousin [[name:kyle]] n his mate. no injurys. door alarm never went off - sensor
        broke?? reportd to {{maintnance}} ages ago. {{on call mngr}} was [[name:tariq]] rang 0250 no
        answr rang again 0300 he picked up. pls can sum1 fix door b4 2nite. [[name:dani]] needs
        {{welfare chk}} in morn + her {{PA}} needs to no. shes on {{bail conditions}} i think?? not
        sure. logged on {{inform}}. [[name:lou]] ({{waking nite}})
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 6 June]] I was finishing the {{pathway plan}} review for
        [[name:Amara Nwosu]] ([[age:19]]) and went to e-mail it to her as agreed at our last visit.
        When I typed "[[name:Amara]]" into the To line, {{Outlook}} {{autocomplete}} offered two
        addresses and I clicked the first one, [[email:a.nwosu71@outlook.com]], which is her mother's
        old address from the referral. [[name:Amara]] has had {{no contact}} with {{mum}} since she came
        into care and the plan has her new flat at [[address:Flat 3, 22 Tanner Row]],
        [[postcode:WF1 3HL]], in it. I had the attachment added and was about to send when
        [[name:Gareth]] ({{team manager}}) walked past, saw the surname and asked me to double-check.
        The correct address is [[email:amaranwosu05@icloud.com]]. Nothing was sent, but this would
        have been a serious {{data breach}}. I have deleted the old contact from my suggestions and
        asked {{IT}} whether autocomplete can be switched off for the team. Learning: check the full
        address, not just the name, and password-protect plans before they go anywhere.
        [[name:Rebecca Holloway]], {{Personal Adviser}}, [[organisation:Calder Leaving Care Team]]
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Shona McAllister]]: massive {{shout out}} to [[name:Jonno]] for last night 🙌
        [09:13] [[name:Shona McAllister]]: [[name:Kez]] in flat 4 had a really rough evening
        [09:13] [[name:Shona McAllister]]: he sat with her nearly 2 hrs, got her to ring the {{crisis line}} herself
        [09:14] [[name:Shona McAllister]]: and she's agreed to see the {{GP}} today. no {{self-harm}} overnight
        [09:14] [[name:Priya Raman]]: amazing. [[name:Jonno]] you're a star
        [09:15] [[name:Jon Osei-Bonsu]]: ha cheers. she did all the hard work tbh
        [09:15] [[name:Jon Osei-Bonsu]]: Dr [[name:Fenwick]] at [[organisation:Millbrook Surgery]] has her in at 11:40
        [09:15] [[name:Priya Raman]]: i'll let her {{PA}} know, it's [[name:Callum]] isn't it?
        [09:16] [[name:Shona McAllister]]: yep [[name:Callum Reid]]. can someone put it on the {{learning board}}
        [09:16] [[name:Shona McAllister]]: for {{Friday}}'s {{team meeting}}
        [09:17] [[name:Priya Raman]]: 👍 on it
    """)),
    ("social_care", "incident", block("""
        MISSING EPISODE – CHRONOLOGY
        {{YP}}: [[name:Tyler-James Booth]] ([[name:TJ]])   DOB: [[date_of_birth:14/02/2007]]   Ref: [[case_reference:SA-24-0318]]
        Placement: [[organisation:Harbour View]] supported lodgings, [[address:41 Quayside Walk]], [[postcode:HU1 2DS]]

        [[date:19/03]]
        17:30  [[name:TJ]] signed out to "go to the shop". {{Curfew}} 22:00 as per {{risk assessment}}.
        22:05  Not back. Rang his mobile [[phone:07700 900462]] – straight to {{voicemail}}.
        22:30  Checked with {{Nan}} (Mrs [[name:Booth]]) – not seen him.
        23:00  Reported missing to {{police}} as per protocol. Log [[case_reference:1187]] of [[date:19/03]].
        23:10  Emailed {{EDT}} + {{MASH}}. {{On-call manager}} [[name:Femi Adeyemi]] informed.
        [[date:20/03]]
        02:40  Police found [[name:TJ]] at the bus station with two older males. Returned by police 03:20.
        03:30  Low mood, smelled of cannabis, no injuries seen. Offered food, went to bed.
        10:00  {{Return home interview}} requested. [[name:TJ]]'s PA [[name:Mark Lindqvist]] informed.
        Concerns: third episode in a month, older males again – possible {{CCE}}. Needs {{strategy discussion}}.
    """)),
    ("social_care", "near_miss", block("""
        handover {{nights}} -> {{days}}  sat [[date:22/06]]
        - rm 2 [[name:marcus]] ok, in by 11
        - rm 5 [[name:zainab]] - her {{sertraline}} box was left on the side in the {{communal kitchen}} when i
          came on (approx 20 tabs). she says she forgot. put in her {{locked med box}} + counted w her.
          not sure how long it was out. rm 7 ([[name:abdi]]) has {{hx of od}} so could of been bad
        - rm 8 empty, {{deep clean}} tues
        - {{fire panel}} beeping again @ 0400, reset it
        - [[name:zainab]]'s {{key worker}} = [[name:hope]]. [[name:hope]] pls can u do her {{med plan review}} this wk
        - no visitors
        - {{petty cash}} £42.10 counted
        ta, [[name:bogdan]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Olumide Bakare]] <[[email:olumide.bakare@calderdale-lct.gov.uk]]>
        To: {{Housing Options Team}}
        Sent: [[date:02 July 2024]] 16:48
        Subject: RE: Notice withdrawn – [[name:Jordan Whitlock]], [[address:Flat 9 Ashgrove Court]]

        Hi [[name:Claire]],

        Thank you so much for withdrawing the notice – his tenancy is safe. [[name:Jordan]]'s {{Universal Credit}} claim (NI
        [[ni_number:PW731058A]]) was closed on [[date:14 June]] because he missed a {{journal}} message
        while he was in hospital, so no {{housing element}} was paid and {{arrears}} reached £1,128.
        We only found out because he mentioned it at a visit – nobody from the {{landlord}} or
        {{DWP}} contacted us as his {{corporate parent}}.

        The claim is now reopened (ref [[case_reference:7718 2290 41]]) and a {{DHP}} application is in.
        Could you note on his file that all letters should be copied to me as his {{PA}}?

        Learning our side: we are adding a UC check to every PA visit for anyone in a {{tenancy}}.

        [[name:Olu Bakare]]
        Personal Adviser | [[organisation:Calderdale 16+ Leaving Care Service]]
        M: [[phone:07700 900 815]] | T: [[phone:01422 396210]]
    """)),
    ("social_care", "incident", block("""
        Leaving Care – Practice Learning Meeting
        Date: [[date:11/09/2024]]   Chair: [[name:Denise Achterberg]] ({{Service Manager}})
        Present: [[name:DA]], [[name:Rhys Pugh]] ({{TM}}), [[name:Nadia El-Sayed]] ({{PA}}), [[name:Sunny Bhatti]] (PA),
        [[name:Grace Oduya]] ({{Supported Accom Lead}})
        Apologies: [[name:Will Thorne]], [[name:Fi Carmody]]

        1. Incident review – Ref [[case_reference:LCT/INC/0412]]
        {{Care leaver}} ([[name:K.M.]], [[age:20]]) found unresponsive in her flat at [[organisation:Linden House]] on
        [[date:28/08]] by staff doing a {{welfare check}} after she missed her {{keywork session}}.
        {{Ambulance}} called, treated for {{overdose}} of {{paracetamol}} and alcohol, discharged after
        3 days on {{the ward}}. She is now safe and engaging.
        Discussion: [[name:Nadia]] had flagged low mood after [[name:K]]'s ex was released from prison;
        this was in case notes but no {{safety plan}} was put in place and the {{CAMHS}} to adult
        transition had stalled.
        Actions:
        - [[name:Sunny]] to chase {{CMHT}} referral (by [[date:18/09]])
        - [[name:Grace]] to add missed-session welfare checks to the [[organisation:Linden House]] procedure
        - [[name:Rhys]] to raise transitions delay with {{Head of Service}}
    """)),
    ("social_care", "near_miss", block("""
        [[[date:14/10/2024]], 21:03] [[name:Gaz]]: anyone seen the spare {{fob}} for [[organisation:Birchwood]]? the one on the red {{lanyard}}
        [[[date:14/10/2024]], 21:05] [[name:Ellie B]]: not me, had it sat for the {{viewing}} with [[name:Mo]]
        [[[date:14/10/2024]], 21:06] [[name:Mo Haddad]]: I put it back in the {{key safe}} after 😬 pretty sure
        [[[date:14/10/2024]], 21:20] [[name:Gaz]]: not in there. the tag has [[address:17 Birchwood Close]] [[postcode:BD8 9PN]] on it 🙈
        [[[date:14/10/2024]], 21:20] [[name:Gaz]]: that's all 6 {{flats}}
        [[[date:14/10/2024]], 21:22] [[name:Ellie B]]: oh god
        [[[date:14/10/2024]], 21:40] [[name:Mo Haddad]]: FOUND IT. was in the pocket of the {{hi-vis}} in the {{pool car}}. so sorry guys
        [[[date:14/10/2024]], 21:41] [[name:Gaz]]: phew. right no more addresses on tags, I'll do numbered tags + a {{sign-out sheet}}
        [[[date:14/10/2024]], 21:41] [[name:Gaz]]: will put it on {{Datix}} as a {{near miss}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – Loss of personal documents
        Name: [[name:Mehmet Yıldız]]
        DOB: [[date_of_birth:03.11.2004]]
        Ref: [[case_reference:LCT-3390]]
        NI No: [[ni_number:JT 62 48 13 B]]
        Address: [[address:Room 4, Sefton Lodge, 9 Prince's Avenue]], [[postcode:L8 1TQ]]
        Reported by: [[name:C. Ashworth]] ({{PA}})
        Date of incident: between [[date:1st]] and [[date:5th August 2024]]

        What happened: During the {{office move}} to the new {{hub}}, the locked document box holding
        [[name:Mehmet]]'s original {{passport}}, {{BRP}} and {{NI letter}} was put in a general crate. It has
        not been found. [[name:Mehmet]] needs the BRP for his {{college enrolment}} and his {{UC claim}}.
        Immediate action: {{Home Office}} and {{DPO}} informed, crime ref requested, [[name:Mehmet]] told in
        person by [[name:Chris]] with an {{interpreter}} (Turkish).
        Outcome: Incident – high impact for {{YP}}.
    """)),
    ("social_care", "success", prose("""
        Transcribed from a card left in the office by [[name:Leah]] when she moved on: 'just wanted to
        say thank u to [[name:nisha]] and [[name:dave]] and evry1 at [[organisation:the oaks]]. when i came
        here at [[age:17]] i had nothing not even a bank card and i was so angry all the time.
        [[name:nisha]] helped me get my {{provisional}} and my {{bank account}} and [[name:dave]] taught me
        to cook {{spag bol}} lol. i got my {{tenancy}} now at [[address:Flat 12 Mercer House]] and i
        passed my {{level 2}} at [[organisation:Kirklees College]]. im gonna miss {{key work}}
        {{on thursdays}}. love [[name:leah]] x' Shared with [[name:Leah]]'s permission for the
        {{learning board}}. – [[name:Nisha Chaudhry]], {{Senior Support Worker}}
    """)),
    ("social_care", "near_miss", prose("""
        pool car [[vehicle_registration:YK19 FMX]] - went to take {{yp}} ([[name:reece]]) to {{court}}
        9am n [[name:gaz]] noticed tyre basicly bald on front left + {{tax}} ran out end of last month.
        didnt take it used {{taxi}} instead (£18 {{petty cash}} reciept in tray). if wed gone on the
        {{M62}} in that could of been v bad + we'd of been uninsured?? no1 does the
        {{weekly car checks}} since [[name:steph]] left. [[name:gaz]] has put out of use sign on it +
        keys in {{managers office}}. can we get a rota pls. [[name:rach]] {{PA}} [[phone:07700 900187]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:23/04/2024]] a {{pathway plan}} meeting was held for [[name:Semhar Tesfay]]
        ([[age:18]]), a former {{unaccompanied asylum-seeking child}} placed at
        [[organisation:Clarendon Supported Housing]]. The interpreter booking on the {{language line}}
        portal was made for {{Amharic}} instead of {{Tigrinya}}. [[name:Semhar]] speaks some Amharic so the
        meeting went ahead by phone, but she later told her {{support worker}} [[name:Ruth Kamara]] that
        she had not understood the part about her {{leave to remain}} appointment and thought she had
        to move out. She missed the appointment on [[date:2 May]]. Her {{solicitor}} at
        [[organisation:Halden Law Centre]] has rebooked it. Contributing factors: the booking form
        defaults to Amharic for Eritrean nationality, the {{PA}} ([[name:Oskar Nowak]]) was covering and
        did not know [[name:Semhar]], and nobody checked at the start of the call that she was
        comfortable with the language. Actions: always ask the young person, record first language on
        {{LCS}}, and use a {{face-to-face interpreter}} for immigration matters.
    """)),
    ("social_care", "success", block("""
        Hot debrief – incident in the {{hub}}, [[date:Fri 8 Nov]], approx 15:20
        Staff present: [[name:Marcin W]], [[name:Aaliyah Grant]], [[name:Joe]] (agency)
        What happened: two {{residents}} (R1 and R2) started fighting over a {{phone charger}} in the
        {{lounge}}. R2 picked up a chair. [[name:Marcin]] stood between them {{side-on}} and talked R2 down;
        [[name:Aaliyah]] walked R1 out to the garden. [[name:Joe]] cleared the other YP from the lounge.
        What went well: nobody hurt, no {{restraint}} used, no {{police}} needed. Textbook
        {{de-escalation}}, exactly like the {{PROACT-SCIPr}} refresher last month. Both lads
        apologised to each other by teatime.
        Even better if: [[name:Joe]] didn't know where the {{panic alarm}} was – add to {{agency induction}}.
        Debrief led by: [[name:Aaliyah Grant]], {{Deputy Manager}}, [[organisation:Westgate Foyer]] – [[phone:07700 900 934]]
    """)),
    ("social_care", "near_miss", block("""
        [[name:Kirsty Mahon]] 10:14
        has anyone got a {{support worker}} from "{{Housing}}" called [[name:Dean]] asking for [[name:Chelsea Parr]]'s new address?? he's {{on hold}}
        [[name:Wes Adebayo]] 10:15
        don't give it!! [[name:Chelsea]]'s ex is called [[name:Dean]]. there's a {{DVPO}}. check the {{alert}} on her record
        [[name:Kirsty Mahon]] 10:15
        omg. i was literally about to read it out. he knew her {{DOB}} and her old address on [[address:Fenton St]]
        [[name:Wes Adebayo]] 10:16
        take his number and say someone will call back. then ring [[name:Chelsea]] and let the {{IDVA}} know
        [[name:Kirsty Mahon]] 10:22
        he hung up when i asked for a number. rang [[name:Chelsea]], she's ok. call logged [[case_reference:24/LC/7730]]
        emailing [[name:Ange]] (IDVA) now
        [[name:Wes Adebayo]] 10:23
        good catch. we need a {{password}} or {{call-back rule}} for {{duty}}
    """)),
    ("social_care", "incident", block("""
        Night checks – [[organisation:Ashby Lane]] – [[date:15/12]] into [[date:16/12]]
        | Time  | Rm 1 [[name:JM]]  | Rm 2 [[name:LF]]    | Rm 3 [[name:RD]]                | Staff    |
        |-------|-----------|-----------|---------------------|----------|
        | 23:00 | in, awake | in, asleep | out ({{curfew}} 00:00) | [[name:PT]]       |
        | 00:10 | asleep    | asleep    | back in, drunk      | [[name:PT]]       |
        | 01:00 | –         | –         | –                   | not done |
        | 02:00 | –         | –         | –                   | not done |
        | 03:15 | asleep    | asleep    | vomited, hard to rouse | [[name:NK]]    |

        [[name:NK]] found [[name:RD]] hard to rouse at 03:15, put him in the {{recovery position}} and rang {{999}}.
        {{Paramedics}} took him to A&E, discharged next day. [[name:PT]] was on her own from 00:30 as
        [[name:NK]]'s shift started late (car broke down) and she fell asleep on the {{sofa}}.
        {{Checks policy}} says {{hourly}} for anyone back {{intoxicated}}.
        {{Lone working}} + no {{waking cover}} = checks missed. – [[name:Pam Taylor]] / [[name:Nikhil Kapoor]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Hannah Kowalczyk]] <[[email:h.kowalczyk@bankside.ac.uk]]>
        To: [[name:Joy Mensah]] <[[email:joy.mensah@northmoor.gov.uk]]>
        Date: [[date:19 July 2024]]
        Subject: [[name:Ibrahim]] – really good news!

        Hi [[name:Joy]],

        Just wanted you to know [[name:Ibrahim Sesay]] has passed his {{Level 3 Electrical}} with a
        {{merit}} and has a place on the {{apprenticeship}} at [[organisation:Farrow & Daughters]] from
        September. He told me he wouldn't have stayed on the course if you hadn't sorted his
        {{16-19 Bursary}} and the {{laptop}} through the {{care leaver grant}}, and got him into
        [[organisation:Elm Court]] when he was {{sofa-surfing}} {{in the winter}}.

        Please pass my thanks on to the team at [[organisation:Elm Court]] too – [[name:Dwayne]]
        especially, who got him up for {{8am starts}}!

        Best wishes,
        [[name:Hannah]]
        [[name:Hannah Kowalczyk]] | {{Curriculum Lead}}, Construction | [[organisation:Bankside College]]
        [[phone:07700 900 377]]
    """)),
    ("social_care", "near_miss", prose("""
        went rnd to {{taster flat}} at [[address:6 Penn St]] 4 [[name:kayden]] {{pre tenancy}}
        {{practice wk}} n smelt gas as soon as i opend door. front left {{hob}} ring was on no flame.
        hes been there sinse lunch asleep. opened all windows got him out turned off at {{meter}} rang
        {{gas emergency}}. {{engineer}} came 40 mins said knob is loose turns on by itself if u brush
        past it. capped it. no1 hurt. [[name:kayden]] sed he didnt no u had to press n turn to light it
        - never used gas b4 {{in care}}. we dont do a {{gas safety}} walk thru at move in. shud be on
        {{checklist}}. told [[name:mags]]. [[name:JB]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        {{sup con}} 0915 - handed [[name:ryan hughes]] the 60ml {{methadone}} that was made up for
        [[name:robert hughes]] (his is 35ml). both on {{daily pick up}}, bottles just say
        '[[name:R Hughes]]' on front bc label printer cutting off. he drank it before i clocked. told him
        strait away, rang {{111}} + his {{keyworker}} at [[organisation:Pathways Recovery Hub]]. kept
        him in {{consultation room}} 1hr for {{obs}}, sleepy but talking, sister came to get him.
        [[name:robert]] got his correct dose at 11. {{CD register}} corrected. {{SOP}} says check {{DOB}}
        AND first name out loud - i didnt. logged [[case_reference:INC-0614]]. [[name:fatima]]
        ({{pharmacist}}) mob [[phone:07700900315]]
    """)),
    ("health", "near_miss", prose("""
        During the final accuracy check of [[name:Doreen Ashcroft]]'s {{monitored dosage system}} tray
        for the week commencing [[date:15 April]], our {{ACT}} ([[name:Lukas]]) noticed the 8am slots held a
        white round tablet that did not match the description for {{amlodipine 5mg}}. The tray had been
        filled with {{amitriptyline 10mg}}, which sits next to amlodipine on the shelf in a similar box.
        Mrs [[name:Ashcroft]] is [[age:84]], lives alone at [[address:3 Moss Bank Cottages]],
        [[postcode:PR4 6JD]], and already has a {{falls}} risk flagged by her {{GP}} at
        [[organisation:Ribble Valley Medical Centre]]. NHS no. [[nhs_number:125 533 7613]]. The tray was
        stripped, refilled and checked by a second person; nothing left the pharmacy. Contributing:
        both drugs stocked alphabetically side by side, and the {{dispenser}} ([[name:Kayleigh]]) was
        interrupted by the phone three times while filling. We have moved amitriptyline to a separate
        shelf with a look-alike {{shelf-talker}} and reported via {{LFPSE}}.
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Mercy]] on the counter at [[organisation:Greenhill Pharmacy]] on
        [[date:Tues 9th]]. A regular, Mr [[name:Hargreaves]], came in for his {{repeat}} and [[name:Mercy]]
        noticed his speech was slurred and the left side of his face had dropped. She remembered
        {{FAST}} from her {{counter assistant}} training, sat him down, called me through and rang
        {{999}} while I stayed with him. {{Ambulance}} was there in 12 minutes. His wife phoned today –
        it was a {{stroke}}, he had {{thrombolysis}} on the {{stroke unit}} and is doing well.
        [[name:Mercy]] said she nearly didn't say anything 'because he might just be tired'. So glad she
        did. – [[name:Arjun]] ({{RP}})
    """)),
    ("health", "incident", block("""
        From: [[name:Sian Whitcombe]] <[[email:sian.whitcombe3@nhs.net]]>
        To: {{Practice Manager}}, [[organisation:Harewood Lane Surgery]]
        Cc: {{ICB Medicines Optimisation Team}}
        Date: [[date:27/02/2024]]
        Subject: {{OFFICIAL-SENSITIVE}} – {{valproate}} prescribing, patient NHS [[nhs_number:218 098 1856]]

        Dear Dr [[name:Baptiste]],

        As part of the ICB valproate audit we found that your patient (female, [[age:23]], DOB
        [[date_of_birth:05/08/2000]]) has been issued {{sodium valproate 500mg MR}} since
        [[date:March 2023]] with no {{annual risk acknowledgement form}} and no
        {{Pregnancy Prevention Programme}} recorded. She told the {{community pharmacist}} at
        [[organisation:Sandfield Pharmacy]] last week that she is 9 weeks pregnant.

        She has been urgently referred to {{neurology}} and the {{antenatal team}}. Please complete a
        {{significant event analysis}} and let me know who will lead the review.

        Kind regards,
        [[name:Sian Whitcombe]]
        {{Senior Medicines Optimisation Pharmacist}}
        [[organisation:Pennine Vale ICB]] – [[organisation:Calderdale Place]]
        Mob: [[phone:07700 900 241]]
    """)),
    ("health", "near_miss", block("""
        Near miss – CD delivery left with neighbour
        Pt: Mr [[name:Kenneth Oyelaran]], [[address:88 Larkspur Way]], [[postcode:S6 4GB]]. NHS [[nhs_number:4605361774]]
        Driver: [[name:Tomasz]] ("[[name:Tom]]") [[name:Zielinski]], van [[vehicle_registration:DK68 WRV]]

        Mon [[date:04/03]]
        13:10 [[name:Tom]] arrives, no answer. {{Neighbour}} next door offers to take parcel. [[name:Tom]] hands over
              bag incl. {{OxyContin 10mg}} x56 + {{Oramorph 100ml}} ({{CDs}}) – {{SOP}} says CDs are never
              left with anyone but pt/{{named carer}}.
        13:12 [[name:Tom]] gets {{signature}} from neighbour on the {{app}}.
        16:45 Mr [[name:Oyelaran]]'s daughter [[name:Bernadette]] rings – dad was at the {{hospice day unit}},
              neighbour has brought the bag round. All sealed, count correct when [[name:Lola]]
              ({{pharmacist}}) visits 17:30.
        Learning: app lets drivers "leave with neighbour" for any bag. Asked {{head office}} to block
        it for CD bags. [[name:Tom]] re-trained [[date:05/03]]. [[name:Tom]] very open about it, {{no blame}}.
    """)),
    ("health", "success", block("""
        ICB Medicines Optimisation – Antimicrobial Stewardship Group
        Minutes, [[date:14 March 2024]], {{Teams}}
        Attendees: Dr [[name:Imran Qureshi]] ({{chair}}), [[name:Bethan Lloyd-Rees]], [[name:Carys Mahoney]]
        ({{community pharmacy lead}}), [[name:Tunde Bello]], [[name:Lin Zhao]]
        Apologies: [[name:Faith Adeyinka]], [[name:Jo McBride]]

        Item 3 – Learning from success
        [[name:Tunde]] presented Q3 data: {{broad-spectrum antibiotic}} items down 18% across
        [[organisation:Calder North PCN]] after the "{{back-up script}}" pilot. Main driver was
        [[organisation:Oakroyd Health Centre]], where Dr [[name:Nasrin Haq]] and the
        {{practice pharmacist}} rewrote their {{UTI template}} in line with {{NICE NG109}} and
        {{TARGET}} resources.
        [[name:Carys]] reported that {{Pharmacy First}} UTI consultations have taken pressure off
        same-day {{GP}} appointments with no rise in escalations.
        Action: [[name:BLR]] to write up as a case study for the {{ICB newsletter}}; [[name:IQ]] to thank
        [[organisation:Oakroyd]] formally.
    """)),
    ("health", "incident", block("""
        Fridge 2 (vaccines) – temp log w/c [[date:07/10]]
        Date\tTime\tMin\tMax\tCurrent\tInit
        [[date:07/10]]\t09:00\t3.1\t6.8\t4.9\t[[name:SK]]
        [[date:08/10]]\t09:05\t3.4\t7.2\t5.0\t[[name:SK]]
        [[date:09/10]]\t—\t—\t—\t—\t(not done)
        [[date:10/10]]\t08:55\t2.9\t14.6\t11.3\t[[name:DM]]

        [[name:DM]] found fridge at 11.3°C on Thurs, max 14.6. Not logged Weds as [[name:SK]] was off and
        the {{locum}} didn't know. Approx 240 doses of {{flu vaccine}} ({{QIV}}) and 30
        {{COVID vaccines}} {{quarantined}}. Rang {{manufacturers}} + {{ICB immunisation team}};
        out of range >8°C for unknown time so destroyed. 19 patients booked Thurs/Fri rebooked.
        {{Door seal}} split – reported to {{maintenance}}.
        – [[name:Dilip Mistry]], {{pharmacist manager}}, [[phone:07700 900 528]]
    """)),
    ("health", "near_miss", block("""
        Pharmacy team chat – export
        Sat 09:48 - [[name:Ola]]: just nearly gave Mr [[name:Patel]] the wrong bag lol
        Sat 09:48 - [[name:Ola]]: 2 bags for [[name:A Patel]] on {{the shelf}}, [[name:Anil]] at [[address:4 Ruskin Rd]]
        and [[name:Arvind]] at [[address:Flat 2 Kingsley Ct]]
        Sat 09:49 - [[name:Ola]]: he said "[[name:Patel]], [[address:Ruskin Road]]" and i grabbed the first one
        Sat 09:49 - [[name:Ola]]: checked address on the bag as per the {{SOP}} and it was [[address:Kingsley Ct]] 🙈
        would've had [[name:Arvind]]'s {{gliclazide}} + {{ramipril}}
        Sat 09:52 - [[name:Kiran]] ({{pharm}}): good catch [[name:Ola]] 👏 can we start putting first names on
        the {{bag labels}} on the shelf
        Sat 09:53 - [[name:Deb]]: and maybe same-surname bags in separate {{baskets}}
        Sat 09:58 - [[name:Kiran]] (pharm): I'll put it on the {{near miss log}}. thanks both
    """)),
    ("health", "success", block("""
        {{PHARMACY FIRST}} – CLINICAL PATHWAY CONSULTATION (Impetigo)
        Name: [[name:Ruby-Mae O'Donnell]]
        DOB: [[date_of_birth:17/01/2021]]   Age: [[age:3]]
        NHS No: [[nhs_number:949 818 2531]]
        GP: [[organisation:Castlegate Family Practice]]
        Parent/carer: [[name:Shannon O'Donnell]] ({{mum}}) – [[phone:07700 900 106]]

        Presentation: {{crusted lesions}} round mouth 3 days, now spreading to cheek and neck.
        {{Temp}} 38.9. Child lethargic, not drinking much.
        Outcome: NOT suitable for pathway – {{red flags}} (fever, systemically unwell, rapidly
        spreading). Did not supply {{fusidic acid}}. Rang the surgery {{duty doctor}}, who saw her
        within the hour; admitted to {{paeds}} with suspected {{cellulitis}}/early {{SSSS}}.
        Note for learning: mum had only asked for "the cream her sister had". Asking the full
        questions rather than just selling a cream made the difference.
        Pharmacist: [[name:Efosa Igbinedion]], [[organisation:Castlegate Pharmacy]]
    """)),
    ("health", "incident", prose("""
        mr [[name:k adewale]] came bk with {{INR}} 6.8 from {{anticoag clinic}} at
        [[organisation:st lukes]]. lookd back - we gave {{warfarin 5mg}} (pink) x 28 on [[date:2/8]]
        instead of 1mg (brown) x 28 on {{script}}. he takes 3mg = 3 x 1mg so hes been taking 15mg a
        day for 4 days!!! {{bruising}} on arms no bleeds. clinic told him stop + gave {{vit K}}.
        nhs [[nhs_number:1710933852]]. dispensed by [[name:gemma]] + i did final chk ([[name:ayo]]) both
        missed it. we were 2 down that day + 40 {{EPS}} scripts backed up. nobody checked his
        {{yellow book}} at handout. told him sorry + {{duty of candour}} letter to go. {{RP}} was me.
        {{LFPSE}} ref [[case_reference:2024-118833]]
    """)),
    ("health", "success", block("""
        From: [[name:Rose Whitfield]] <[[email:rosie.whitfield68@gmail.com]]>
        To: [[email:hello@brooksidepharmacy.co.uk]]
        Subject: Thank you – Mum ([[name:Edna Whitfield]])

        Hello,

        I just wanted to say a huge thank you to [[name:Bilal]] and [[name:Marta]]. {{Mum}} was
        discharged from [[organisation:Bradford Royal]] on a {{Friday evening}} with a new
        {{end-of-life}} {{syringe driver}} and no {{anticipatory meds}} in the bag. [[name:Bilal]]
        stayed after closing to get the {{just-in-case medicines}} from the {{wholesaler}}, and
        [[name:Marta]] drove them round to [[address:7 Orchard Mews]] herself so the
        {{district nurses}} could set up that night. Mum passed away peacefully at home on
        [[date:30th Sept]], which is what she wanted.

        You were so kind. Please make sure your {{manager}} knows.

        [[name:Rose Whitfield]]
        ({{daughter}}) [[phone:07700 900 653]]
    """)),
    ("health", "near_miss", prose("""
        The {{medicines optimisation}} team sends {{structured medication review}} invitation letters
        from the practice clinical system. On [[date:12 November 2024]] a letter for
        [[name:John Edward Smith]] (DOB [[date_of_birth:11/03/1949]]) was generated to the address of a
        different [[name:John Smith]] registered at the same practice,
        [[organisation:Thornbury Medical Group]]. The letter listed his current medicines, including
        {{tamsulosin}} and {{finasteride}}, and a note about his {{PSA}} result. Our
        {{pharmacy technician}}, [[name:Mariam Siddiqui]], spotted the mismatch when checking the print
        run against the {{EMIS}} search because the postcode on the letter ([[postcode:BD10 8QF]]) did
        not match the one on the search output. The letters had not yet gone to the {{post room}}.
        Root cause: the {{mail merge}} template matched on name only rather than {{NHS number}}. The
        template has been fixed and all 212 letters in the batch re-checked. Reported to the
        {{IG lead}} as a near miss; no {{ICO}} notification needed.
    """)),
    ("health", "incident", prose("""
        [[name:Abena Owusu-Ansah]], [[age:34]], presented an {{EPS}} prescription for
        {{co-amoxiclav 625mg}} from an {{out-of-hours}} GP on the evening of
        [[date:Saturday 3 August]]. Our {{PMR}} showed no allergies; her {{Summary Care Record}} was not
        checked because the {{SCR}} log-in had timed out and the locum ([[name:Declan]]) was alone. About
        two hours after the first dose she developed {{urticaria}} and lip swelling, took her sister's
        {{antihistamine}} and attended {{A&E}} at [[organisation:Airedale General]]. She was treated for a
        {{moderate allergic reaction}} and discharged. Her record at
        [[organisation:Keighley Road Surgery]] does list {{penicillin allergy}} (rash, 2015).
        Contributing factors: single-handed pharmacist, OOH prescriber without the full record, allergy
        question not asked at {{handout}}. Actions: allergy question added to the handout script for all
        antibiotics; {{Smartcard}} issue fixed. Ms [[name:Owusu-Ansah]] has received an apology.
        [[name:Declan Furlong]], {{Locum Pharmacist}}, GPhC reg [[case_reference:2087164]]
    """)),
    ("health", "success", prose("""
        Good catch during a {{New Medicine Service}} follow-up call on [[date:21/05]].
        [[name:Hope Adjei]] ({{pharmacist}}) phoned Mr [[name:Lim]], who was started on {{apixaban 5mg}}
        {{twice daily}} after a {{DVT}}. When [[name:Hope]] asked him to talk her through his tablets,
        he said he was taking 'the blood thinner from the hospital and the one from the doctor' – the
        hospital {{TTO}} box ({{Eliquis}}) and the GP's generic apixaban – so he'd been taking 10mg
        twice a day for 6 days. [[name:Hope]] rang [[organisation:Fairweather Surgery]] and the
        {{anticoagulation nurse}}, got the duplicate stopped and took the spare box back for
        destruction. No bleeding. [[name:Hope]] has shared this on the ICB {{community pharmacy}} forum:
        ask patients to show you the boxes, not just the names. Well done [[name:Hope]]!
        – [[name:Wei Chen]] ({{Superintendent}})
    """)),
    ("health", "near_miss", block("""
        [[name:Femi Okonkwo]]  15:02
        quick q – can I send the {{DOAC audit}} spreadsheet to the {{practice manager}} at [[organisation:Ashfield]] on her {{gmail}}?
        their {{nhs.net}} is playing up and she needs it today
        [[name:Lucy Arkwright]]  15:04
        noooo. it's got names and {{NHS numbers}} in. that's a {{breach}} even if she's the right person
        [[name:Femi Okonkwo]]  15:04
        I had it attached already 😬 haven't pressed send
        [[name:Lucy Arkwright]]  15:06
        phew. either wait for their nhs.net or use the {{secure file share}}. and check tab 3, I think
        there's still a real number in the {{pseudonymised}} tab – row 41, [[nhs_number:753 424 2355]]
        [[name:Femi Okonkwo]]  15:09
        yep there is. removed. sent via file share. thanks [[name:Lucy]]
        [[name:Lucy Arkwright]]  15:10
        no probs, I'll put it on the {{IG huddle}} list for {{Thursday}} as a {{near miss}}
    """)),
    ("health", "incident", block("""
        {{RP}} handover – [[date:Fri 25 Oct]] → [[date:Sat 26 Oct]]
        From: [[name:Kwame]] (RP Fri)   To: [[name:Sadia]] (RP Sat)

        {{CD register}} – {{Zomorph 30mg capsules}}: {{running balance}} says 84, physical count 56.
        28 short (= 1 box).
        Went back through entries: last correct balance [[date:Tues 22/10]] (checked by [[name:Sadia]]).
        Entries since: 2 x supplies for Mrs [[name:P. Dunleavy]] (script no. [[case_reference:0041-7729]])
        and Mr [[name:G Ellery]], both on the register and {{patient-signed}}. Possible a box was
        supplied twice and entered once, or never received despite being booked in.
        Done: told [[name:Alan Fairbrother]] ({{superintendent}}) 18:10, emailed the {{CDAO}} at
        [[email:cd.incidents.pennine@nhs.net]]. Incident ref [[case_reference:CD-2410-06]].
        {{CCTV}} for Tues–Thurs requested.
        To do Sat: recount with 2 people, ring {{wholesaler}} re {{delivery note}}, DO NOT destroy
        any CDs till resolved.
        [[name:Kwame]] [[phone:07700 900 712]]
    """)),
    ("health", "success", prose("""
        big thanks 2 [[name:sharon]] n [[name:liv]] 4 covering the {{flu clinic}} sat when i was
        {{off sick}}, did 63 {{jabs}}!! + [[name:liv]] spotted lady had {{egg allergy}} hx n checked
        the {{green book}} before giving {{QIV}} - was fine but good she checked. shes only been a
        {{vaccinator}} 2 months. pls put on {{team board}}. [[name:mo]] x
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        [[flight_number:na117]] [[date:12/1]] smoke from {{oven 3}} in {{fwd galley}} abt 40 min after
        {{t/o}}. [[name:kez]] opened oven n there was flames on a {{foil casserole}} - a
        {{paper towel}} had been left on top of the dishes by {{catering}}. she shut door + pulled
        {{CB}} n i got the {{BCF}} but didnt need it fire went out w door shut. told {{CSD}}
        ([[name:marco]]) who told flt deck. {{capt}} [[name:hollis]] decided to continue. smell of smoke
        in {{J class}} for ages pax were ok. [[name:kez]] has small burn on thumb, {{burns kit}} used.
        oven {{INOP}} + {{tech log}} entry. [[name:gracie]] {{L2}}
    """)),
    ("aviation", "near_miss", prose("""
        During the second service on [[flight_number:NA 283]] ([[aircraft_registration:G-NVAK]],
        {{B787-9}}) on [[date:4 March 2024]], a full {{bar cart}} rolled about two metres down the
        left aisle from {{row 24}} when we hit unexpected {{moderate turbulence}}. The {{foot brake}}
        had not been applied while I ([[name:Liam Doherty]], {{CM3}}) turned to get ice from the
        {{galley}}. The cart stopped against the armrest of 31C; the passenger had just lifted her arm
        and was not hurt. The {{seat belt sign}} came on seconds later and I secured the cart in the
        {{aft galley}}. The flight deck ({{Captain}} [[name:Okafor]]) confirmed no turbulence had been
        forecast. My {{CSM}}, [[name:Beatriz Monteiro]], and I debriefed after landing. I was rushing
        because the service was behind, and I now set the brake every time I stop, even briefly.
        Suggest a reminder in the next {{crew notice}}.
    """)),
    ("aviation", "success", block("""
        From: [[name:Aisling Brennan]] ({{CSM}})
        To: {{Cabin Crew Base}} – Manchester
        Subject: Shout out – [[flight_number:NA 742]] MAN-JFK [[date:18/05/24]]

        Hi all,

        Huge thanks to the crew of [[flight_number:NA 742]] ([[aircraft_registration:G-NVBE]]) yesterday.
        About 4 hours in, a [[age:61]]-year-old gentleman in 44A became confused and sweaty.
        [[name:Gift]] ({{CM2}}) recognised it could be a {{hypo}}, checked his {{BG}} with the kit – 2.1 –
        and gave {{GlucoGel}} then orange juice and biscuits as per the {{FCOM}}. We put out a {{PA}}
        for medical help and Dr [[name:Helena Marsh]], a {{GP}} travelling in 12K, assisted.
        {{MedLink}} were happy, no {{diversion}} needed and he was back to normal within 30 mins.

        [[name:Gift]]'s calm handling and clear notes made handover to the JFK {{paramedics}} really
        easy. Well done also to [[name:Sanjay]] and [[name:Ffion]] for keeping the cabin calm.

        [[name:Aisling Brennan]]
        {{Cabin Service Manager}}
        [[phone:+44 7700 900 299]]
    """)),
    ("aviation", "incident", block("""
        DISRUPTIVE PASSENGER REPORT – {{LEVEL 2}}
        Flight: [[flight_number:NA 061]]  LHR–DXB   A/C: [[aircraft_registration:G-NVCD]]   Date: [[date:09 Dec 2024]]
        Pax: Mr [[name:Darren Keogh]], seat 38D, DOB [[date_of_birth:22/06/1983]], passport no. on file
        Crew involved: [[name:Stacey-Ann Morgan]] ({{CM1}}), [[name:Vikram Nair]] ({{CM2}}), {{CSM}} [[name:Julien Fabre]]

        UTC
        1015  Pax boarded visibly drunk, refused {{duty free}} alcohol. Refused belt for take-off, then complied.
        1240  Drinking own vodka; [[name:Stacey-Ann]] removed it, {{verbal warning}}. {{Yellow card}} issued by CSM.
        1305  Pax shouting, swearing at [[name:Vikram]], pushed him in aisle. {{Captain}} informed,
              {{red card}} / formal warning read out.
        1320  Pax tried to enter fwd toilet while occupied, kicked door. Restrained with {{restraint kit}}
              by [[name:Julien]], [[name:Vikram]] + 2 {{pax volunteers}}. Reseated 48C, monitored continuously.
        1705  Landed DXB. {{Dubai Police}} met aircraft at {{door L1}}, pax offloaded.
        Injuries: [[name:Vikram]] – bruised forearm. Pax – none.
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG  [[aircraft_registration:G-NVAR]]  Page [[case_reference:40218]]  Sector 2  LAX–LHR  [[flight_number:NA 136]]
        Defect: Door 2R slide armed indicator intermittent – shows DISARMED when lever part-way.
        Reported by CM [[name:A. Kowalski]].
        Action: Deferred {{MEL 52-10-01}}, {{door 2R}} {{placarded}} pending rectification.
        Eng: [[name:R. Ogunleye]]  Auth [[case_reference:4471]]

        Crew statement: On arrival at {{stand 512}} I ([[name:Agnieszka Kowalski]], {{CM4}}) disarmed 2R
        and {{cross-checked}} with [[name:Nathan]] at 2L. The indicator showed DISARMED. Before opening I
        looked through the {{viewing window}} and saw the {{girt bar}} still engaged in the floor
        brackets – the lever had not fully moved. I stopped, called the {{CSM}}, re-disarmed and the
        girt bar released. If I'd opened it the {{slide}} would have fired onto the catering
        {{hi-loader}} with two {{caterers}} on it.
    """)),
    ("aviation", "success", block("""
        From: [[name:Marguerite Dlamini]] <[[email:m.dlamini@crew.navair.co.uk]]>
        To: [[name:Will Fairclough]]
        Cc: {{Base Manager}} LGW
        Date: [[date:3 Feb 2025]] 11:20
        Subject: [[flight_number:NA 2289]] – thank you

        [[name:Will]],

        I've read [[name:Olga]]'s report and your own from {{Tuesday}} and wanted to say thank you. A
        passenger in 27F, travelling with her {{partner}}, became increasingly aggressive after being
        told she couldn't move into the empty {{Premium}} seats. You knelt down, kept your voice low,
        offered a {{blanket}} and water and found her a spare row in {{Economy}} instead of escalating
        to a {{warning}}. She calmed down and wrote a complimentary note before landing. That is
        textbook {{de-escalation}} and exactly what the {{CRM module}} teaches.

        I've put this forward for a {{Star Award}}.

        [[name:Marguerite Dlamini]]
        {{Inflight Manager}}, Gatwick Base
        M: [[phone:07700 900 561]]
    """)),
    ("aviation", "incident", block("""
        TL [[aircraft_registration:G-NVDF]] [[date:02/11/24]] [[flight_number:NA 451]] Sector 1
        Item 3: {{Aft galley}} {{G5}} {{water boiler}} 2 – tap sprays when opened, crew member scalded.
        Boiler isolated, {{CB}} pulled, placarded {{INOP}}. CM [[name:J. Achebe]].
        Item 3 action: Boiler 2 replaced IAW {{AMM 38-10-41}}. {{Ops check}} satisfactory.
        [[name:L. Petrov]], {{B1 licence}} [[case_reference:UK.66.30917]]

        Crew statement ([[name:Jide Achebe]], {{CM3}}): About 2 hrs after departure I opened the tap on
        boiler 2 to make tea for row 60 and it sprayed boiling water over the back of my right hand.
        I ran it under cold water at the G5 sink for 20 minutes, [[name:Hui Min]] got the {{burns gel}}
        and the {{CSM}} logged it. Blisters by landing. Seen by the {{crew doctor}} at base, off for 5
        days. The G5 boiler was written up 2 sectors earlier as 'spitting' in the {{cabin defect log}}
        but never transferred to the {{tech log}}.
    """)),
    ("aviation", "near_miss", block("""
        [21:14] [[name:Danni]] (CM2): can't believe today. 3A told {{check in}} + us she had {{severe nut allergy}}
        [21:14] [[name:Danni]] (CM2): {{PA}} was done, no nuts in cabin
        [21:15] [[name:Danni]] (CM2): and then the {{J class}} {{canapé}} for row 3 was the {{satay chicken}} 🥜🥜
        [21:15] [[name:Rafa]]: wait what?? did she eat it
        [21:16] [[name:Danni]] (CM2): no!! [[name:Tobi]] clocked the label on the foil just as I was putting it down
        [21:17] [[name:Tobi A]]: {{catering spec}} change, nobody told us. the {{menu card}} still said chicken tikka
        [21:18] [[name:Danni]] (CM2): she was shaking, had 2 {{epipens}} in her bag. {{CSM}} did the {{ASR}}, ref [[case_reference:25/0442]]
        [21:19] [[name:Rafa]]: well done [[name:Tobi]] 👏 mad tho. should be on {{the brief}}
    """)),
    ("aviation", "success", block("""
        RT extract – [[date:14/08/2024]] – [[flight_number:NA 209]] ([[aircraft_registration:G-NVAF]], {{B777-300ER}})
        1932z [[flight_number:NAV209]]: {{Shanwick}}, [[flight_number:NAV209]], {{PAN PAN}} x3, medical emergency,
              request diversion Keflavik
        1933z SHANWICK: [[flight_number:NAV209]] roger, cleared direct Keflavik, descend {{FL250}},
              contact Reykjavik 127.3
        1934z [[flight_number:NAV209]]: direct Keflavik, FL250, 127.3
        2035z Landed BIKF. Met by {{ambulance}} at stand.

        Cabin: pax (female, [[age:72]], seat 51B) stroke symptoms – {{FAST positive}}. {{CSM}}
        [[name:Neha Venkatesan]] ran the event, Dr on board (a neurologist!) [[name:Tomás Gil]] assisted,
        {{MedLink}} advised divert. {{FO}} [[name:Sam Whitaker]] handled {{RT}} while Capt.
        [[name:Ines Carvalho]] flew. Pax in hospital in Reykjavik, family say she's doing well. Great
        {{CRM}} across cabin + {{flight deck}}. Thank you all.
    """)),
    ("aviation", "near_miss", block("""
        Door / position plan – [[flight_number:NA 018]] – [[aircraft_registration:G-NVAM]] – [[date:27/06]]
        | Door | Crew         | Armed / XC by |
        | L1   | [[name:Precious N.]]  | ✓ / [[name:Tom]]       |
        | R1   | [[name:Tom H.]]       | ✓ / [[name:Precious]]  |
        | L2   | [[name:Abi]]          | ✓ / [[name:Kai]]       |
        | R2   | [[name:Kai]]          | ✓ / –         |
        | L3   | [[name:Sofia R.]]     | ✓ / [[name:Deano]]     |
        | R3   | [[name:Deano]]        | ✓ / [[name:Sofia]]     |

        R2 was ticked {{armed}} but never {{cross-checked}} – [[name:Kai]] got called to a {{pax}} with a
        {{crying baby}} in {{row 22}} straight after arming and nobody did the {{XC}}. {{CSM}}
        [[name:Precious Ndlovu]] spotted the gap before the "all doors armed and cross-checked" call
        and sent [[name:Abi]] to check – the R2 {{lever}} was only half-way. Fixed before {{pushback}}.
        Learning: no {{PA}} until every line on the plan is complete.
    """)),
    ("aviation", "incident", prose("""
        ASR [[case_reference:NVA-CS-24-3318]]. During boarding of [[flight_number:NA 415]] at {{gate}} 23
        on [[date:1 October 2024]], a passenger opened {{overhead locker}} 41DEF, which another customer
        had loaded with a heavy {{hard-shell case}}. The case fell onto the head of the passenger in
        41E, Ms [[name:Yetunde Alabi]] ([[age:45]]). She had a small {{laceration}} and felt dizzy.
        {{CM}} [[name:Hamish McTavish]] gave {{first aid}}, I requested {{paramedics}} via the
        {{dispatcher}}, and she was assessed and offloaded with her husband. Departure delayed 48
        minutes. Her contact details: [[phone:+234 803 555 0147]],
        [[email:yetunde.alabi@yahoo.co.uk]]. Contributing: full flight, oversize cabin bag not picked
        up at the gate, lockers not checked before she sat down. I have passed her details to
        {{Customer Relations}}. – [[name:Oluwaseun Dare]], {{CSM}}, [[phone:07700 900 476]]
    """)),
    ("aviation", "near_miss", prose("""
        {{pax}} in 16A ({{J class}}) dropped phone down side of {{flat bed}} seat n tried to recline -
        heard crunch. told her DONT move seat. got {{CSD}} [[name:bev]]. we did the {{PED}} procedure -
        {{fire gloves}}, {{thermal bag}}, {{water jug}} ready - [[name:dom]] got it out w the
        {{seat tool}} w seat powered off. {{battery}} was bent but not hot no smoke. put in bag w water
        in {{galley}} rest of flight. {{flight deck}} told. if shed pressed recline again cud have been
        {{thermal runaway}} at FL380 over the atlantic. pls more of the 'dont move seat' cards.
        [[name:chantelle]] ([[name:chan]]) {{CM2}} [[flight_number:na172]] [[date:29/8]]
    """)),
    ("aviation", "success", prose("""
        Transcribed from a card handed to the crew on [[flight_number:NA 330]] on [[date:Sun 16 June]]:
        'Dear [[name:Bryony]], [[name:Faith]] and [[name:Dev]], thank you for looking after my son
        [[name:Oscar]] ([[age:11]]), who has {{autism}} and was flying as an
        {{unaccompanied minor}} to his {{dad}} in Toronto for the first time. You let him see the
        {{galley}} before {{boarding}} finished, kept checking on him with his {{ear defenders}} and
        {{social story}}, and [[name:Faith]] even drew him a map of the plane. He said it was the best day
        ever. [[name:Claire-Louise Beaumont]]' {{CSM}} note: {{UM}} paperwork and {{handover}} to dad at
        arrivals all by the book – lovely to get this. [[name:Gav]]
    """)),
    ("aviation", "incident", block("""
        Cabin Safety Review Group – minutes
        Date: [[date:22/01/2025]]   Location: Crew Report Centre, room 3
        Attendees: [[name:Gordon Baptiste]] ({{Head of Cabin Safety}}), [[name:Leanne Foster]] ({{Safety Investigator}}),
        [[name:Reza Tehrani]] ({{Training}}), [[name:Mia Yeo]] ({{Cabin Crew rep}}), [[name:Colin]] ({{Unite}} obs)
        Apologies: [[name:Sunita Rao]], [[name:Bill Okoro]]

        Item 1 – ASR [[case_reference:24/1187]], [[flight_number:NA 097]], [[aircraft_registration:G-NVCL]], [[date:11/12/2024]]
        A full {{meal cart}} in the {{aft galley}} stowage (G4, position 3) came out on the
        {{landing roll}} because the {{turn-button latch}} was not secured. It struck CM [[name:Rachel Ng]]
        on the left foot; {{fractured metatarsal}}, off work six weeks. {{Pre-landing galley check}}
        was signed by two crew but done in a rush after a late service.
        [[name:Leanne]]: same stowage had a "latch stiff" entry on [[date:03/12]] not actioned by {{engineering}}.
        Actions: [[name:Reza]] – add galley secure check to {{recurrent training}}; [[name:Gordon]] – raise
        latch defect trend with engineering.
    """)),
    ("aviation", "near_miss", block("""
        #lhr-crew-ops  (Slack export)
        [[name:jess.p]]  06:41  anyone else on the {{787s}} found the {{CRC}} {{portable O2}} not checked?
        [[aircraft_registration:G-NVAT]] last night, bottle in the {{crew rest}} gauge was in the red
        [[name:marcus_o]]  06:44  yep had same on [[aircraft_registration:NVAT]] in Aug. did you tech log it
        [[name:jess.p]]  06:45  yes TL p.[[case_reference:40377]], swapped from the {{spares}}. but the
        {{pre-flight checklist}} for CRC only says "present" not "pressure in green"
        [[name:ravi.s]] ({{Cabin Safety}})  06:52  thanks [[name:Jess]], good spot. if there'd been a
        {{decompression}} during crew rest that's 2 people with no O2. I'll get the checklist wording
        changed + FAO @[[name:Helen Byrne]] for the next {{crew notice}}
        [[name:Helen Byrne]]  07:03  👍 will add. can you send me the {{ASR}} number
        [[name:jess.p]]  07:05  ASR [[case_reference:25/0078]]
    """)),
    ("aviation", "success", prose("""
        shout out 2 [[name:ama]] ({{CM4}}) on [[flight_number:na 064]] - {{UM}} handover at {{arrivals}}
        in JNB, lady came up sayin she was the aunt here to collect [[name:thandiwe]] ([[age:9]]) but her
        name wasnt the one on the {{UM form}}. {{ground staff}} were gonna let it go as 'family' + kid
        knew her. [[name:ama]] said no, kept [[name:thandi]] with her n got {{station}} to ring {{mum}} in
        uk on the number on the form [[phone:+44 7700 900 088]]. mum said the aunt is NOT allowed -
        theres a {{court order}} - n the named adult [[name:sipho]] (uncle) was stuck in traffic.
        {{airport police}} came, [[name:thandi]] went with [[name:sipho]] once he showed {{ID}}. so so
        proud of [[name:ama]] she was only on her 3rd {{trip}}. [[name:jas]] {{CSM}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind190", REPORTS))
