"""Held-out blind corpus 302: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind, without sight of the de-identifier or of any other corpus, so that it measures how
well the de-identifier generalises. Three settings: a rural children in need team (social_care,
17 reports), an endoscopy unit (health, 17) and airport fire and rescue (aviation, 16), each with a
mix of incident, near_miss and success reports.

Styles are deliberately mixed, as front-line practitioners really type them: rushed lower-case
notes with typos and txt-speak, formal narratives, chronologies with times, forms with
Name/DOB/Ref/Address fields, e-mails with headers and signatures, Teams/WhatsApp/Slack chat
exports with handles, handover notes, minutes with attendance and apologies, pipe-separated
tables, radio/RT transcripts, shout-outs and thank-you notes.

All people, organisations, places and numbers are invented. Identifiers are marked
`[[label:value]]` and must-not-redact mentions `{{term}}` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind302.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        visit [[address:2 Bracken Row, Scarthwaite]] [[date:tues 14th]] am - no answer x3, car on drive
        n curtains shut. {{mum}} ([[name:kerry]]) txtd 20 mins l8r sayin shes at her sisters w the kids.
        so cld not see [[name:Tyler]] ([[age:6]]) or [[name:maisie]] ([[age:18 mths]]) as per {{CIN plan}}.
        2nd missed {{home visit}} in a row!!
        rang [[organisation:Scarthwaite CE Primary]] - {{DSL}} says [[name:tyler]] not in today either, no call from mum.
        informed {{TM}} ([[name:Bex]]) - said do {{welfare check}} w {{police}} if no sighting by {{4pm}}.
        [[name:kerry]] rang back {{3.40}}, brought both kids to {{the office}} in [[address:Ellerby Cross]]. kids seemed ok,
        [[name:maisie]] has {{nappy rash}}, no bruising seen. sis's address not known to us - need to add to
        {{contingency plan}} at next {{review}}.
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:3 October 2023]] I was sending the {{CIN review}} minutes for [[name:Chidi Okonkwo-Reid]]
        ([[age:9]]) and his sister [[name:Amara]] ([[age:13]]). The minutes include a {{domestic abuse}}
        disclosure and {{Mum}}'s new address at [[address:Rose Cottage, Lowick Moor]]. When I typed
        "[[name:Lucy]]" into the To: field, {{Outlook}} auto-filled
        [[email:lucy.hartley@brantholme.harrowfold.sch.uk]], a teacher at a different school, rather than
        [[name:Lucy Hartington]], the {{Designated Safeguarding Lead}} at [[organisation:Fellbeck Academy]]
        ([[email:l.hartington@fellbeckacademy.org.uk]]). I only noticed because of the yellow
        {{external recipient}} banner. Nothing was sent. I told my {{team manager}}, [[name:Hope Lindqvist]],
        and {{Information Governance}} confirmed there was no breach. Learning: clear the auto-complete
        list, check the banner every time, and send {{CIN}} minutes by {{secure email}} only. The new
        address is now flagged as confidential on {{Mosaic}}.
    """)),
    ("social_care", "success", block("""
        [Teams – Rural CIN Team – {{Friday}} 10:42]
        [[name:Bex Thornton]]: Big shout out to [[name:Grace Mwangi]] 🙌 yesterday she drove out to
        [[address:High Fell Farm, Fellbeck]] in the snow when the {{Early Help}} worker couldn't get through,
        sat with [[name:Lily-Mae]] ([[age:15]]) for 2 hrs and got her to agree to see {{CAMHS}}.
        {{Dad}} (Mr [[name:Pearce]]) even made her a brew 😂
        [[name:Grace]] also sorted a {{Section 17}} payment for heating oil with
        [[organisation:Harrowfold County Council]] finance before {{5pm}} on a Friday which is basically a miracle
        [[name:Dan O'Rourke]]: legend. and it was all on {{Mosaic}} same day
        [[name:grace.m]]: ahh thanks both ❤️ team effort, [[name:Wiktor]] covered my {{duty}} shift
        [[name:Bex Thornton]]: 👏 nominating you for {{Star of the Month}} too
    """)),
    ("social_care", "incident", block("""
        CHILDREN IN NEED – INCIDENT NOTIFICATION FORM
        Child name: [[name:Oskar Wójcik]]
        DOB: [[date_of_birth:09/05/2015]]   Age: [[age:8]]
        NHS no: [[nhs_number:367 118 9258]]
        Case ref: [[case_reference:CIN-22-04187]]
        Address: [[address:Flat 3, Mill House, Station Road, Dunsop Green]], [[postcode:HF7 2QB]]
        Parent/carer: [[name:Agnieszka Wójcik]] ({{mother}}) tel [[phone:07700 900418]]
        Parent NI no (S17): [[ni_number:PW 63 09 14 A]]
        Allocated SW: [[name:Femi Adebayo]]
        Date of incident: [[date:21/11/2023]]
        Category: {{Injury}} / {{Neglect}} concern
        Description: [[name:Oskar]] arrived at [[organisation:Dunsop Green Primary School]] with a blistered
        burn to his left forearm wrapped in cling film. He told the {{class teacher}} he "leaned on the
        {{wood burner}}". School {{DSL}} rang our {{duty line}} at {{09:20}}; the message was not passed to me
        until {{14:05}} because it was logged under [[case_reference:CIN-22-04178]] (a different child).
        [[name:Oskar]] was not seen by a {{GP}} until the next day at [[organisation:Dunsop Green Medical Practice]].
        {{Section 47}} threshold not met after {{strategy discussion}}.
        Action: {{duty}} messages to be logged by name and DOB, not case number alone.
    """)),
    ("social_care", "near_miss", block("""
        Microsoft Teams – chat export – Rural CIN West
        [08:51] [[name:Siobhan Kearney]]: morning. confession - realised at 11pm last night i'd left the
        [[name:Hussain]] family paper file on the back seat of my car outside [[organisation:The Drover's Arms]]
        in [[address:Nether Cobley]] 😬 car was locked, file still there this morning
        [08:53] [[name:Tom Bell]]: oof. anything with addresses in?
        [08:54] [[name:Siobhan Kearney]]: yep, [[name:Zainab]]'s {{child protection}} history + {{police}} {{DV}}
        notifications. all there, counted the pages twice
        [08:56] [[name:Amber Flint]]: pls log it as a {{near miss}} and tell [[name:Nkechi]] when she's in.
        not judging, we've all done it
        [08:58] [[name:Tom Bell]]: also why is there still a paper file lol
        [09:02] [[name:Siobhan Kearney]]: the {{IRO}} asked for paper copies for the {{conference}}. will shred
        after. lesson: boot not back seat, or better, straight back to {{the office}}
        [09:03] [[name:Amber Flint]]: 👍 and use the {{lockable case}} from the {{stationery cupboard}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Rhiannon Pryce]] <[[email:r.pryce@scarthwaite-ce.harrowfold.sch.uk]]>
        To: [[email:ruralcin.north@harrowfold.gov.uk]]
        Sent: [[date:Thursday 7 March 2024]] 16:12
        Subject: Thank you – the [[name:Lindgren-Shah]] children

        Hi [[name:Will]],

        Just wanted to say thank you. Since the {{CIN plan}} started in the {{autumn}}, [[name:Freya]]'s
        attendance has gone from 71% to 96% and she is eating {{breakfast club}} every day. The joint visit
        with our {{family liaison officer}} and the {{school nurse}} really helped {{mum}} feel less judged, and
        holding the {{Team Around the Family}} meeting at 6pm meant {{dad}} could come after his shift at
        [[organisation:Moorcroft Dairies]]. [[name:Freya]] told me today that "[[name:Will]] listens properly".
        That is high praise from a {{Year 6}}!

        Kind regards,
        [[name:Rhiannon]]

        [[name:Rhiannon Pryce]]
        {{Deputy Headteacher}} and {{DSL}}
        [[organisation:Scarthwaite CE Primary School]]
        Tel: [[phone:01632 960274]]
    """)),
    ("social_care", "incident", block("""
        Lone working incident – chronology ({{SW}}: [[name:Priya Venkataraman]]) – [[date:12/01/24]]
        13:10  Left {{office}} for {{unannounced visit}} to [[address:Windy Nook, Brantholme Lane]], [[postcode:HF12 9LX]].
               Logged on {{buddy system}} with [[name:Rob]] ({{business support}}), check-in due 14:15.
        13:55  Arrived. No phone signal at property. {{Father}} ([[name:Craig Dunmore]]) answered, smelt of alcohol.
        14:05  [[name:Craig]] verbally aggressive re {{CIN plan}}, stood in the doorway when I tried to leave.
               [[name:Ellie]] ([[age:11]]) crying upstairs.
        14:20  Able to leave after [[name:Craig]]'s {{partner}} intervened. Drove 2 miles to get signal.
        14:31  Rang [[name:Rob]] from layby. He had missed the 14:15 check-in (covering reception) – no escalation.
        14:40  Informed {{TM}} [[name:Declan Fairweather]]. Police {{101}} log [[case_reference:HC-0112-0457]].
        16:00  {{Risk assessment}} updated: joint visits only. {{Lone Working Policy}} breach logged.
        Learning: {{buddy}} needs a named back-up; {{satellite messenger}} for {{no-signal}} areas.
    """)),
    ("social_care", "incident", block("""
        CIN REVIEW MEETING – MINUTES
        Child: [[name:Ruby-Jo Atherton]] ([[case_reference:CIN-23-01962]])
        Date: [[date:Wed 28 Feb]]   Venue: [[organisation:Lowick Moor Village Hall]]
        Present: [[name:Nadia Farouk]] ({{social worker}}, chair); [[name:Jen Coulthard]] ({{health visitor}});
        Mrs [[name:Atherton]] ({{mother}}); Mr [[name:Atherton]] ({{father}}, by phone, item 1 only)
        Apologies: Mr [[name:Kowalczyk]] ({{headteacher}}, [[organisation:Lowick Moor Primary]]); {{GP}}

        1. Incident during meeting
        While dad was still on the call, the {{health visitor}} read aloud a letter that included {{mum}}'s
        temporary address, [[address:12 Ferry Close, Kirkby Thorn]]. Dad is subject to a
        {{non-molestation order}}. Meeting paused, call ended. {{MARAC}} referral refreshed, {{IDVA}} and
        {{police}} informed same day. Mum and [[name:Ruby-Jo]] moved to {{refuge}} that evening.

        2. Actions
        - [[name:NF]] to review {{safety plan}} with {{IDVA}} by [[date:1 March]]
        - [[name:JC]] to report on her own service's system
        - All: check documents for addresses before reading aloud or sharing screen
    """)),
    ("social_care", "near_miss", block("""
        Visit timeliness audit – [[organisation:Harrowfold County Council]] Rural CIN (West) – w/e [[date:19/04/24]]

        Case ref | Child | Age | SW | Last seen | Due | RAG
        [[case_reference:CIN-23-2210]] | [[name:Noah Brigham]] | [[age:4]] | [[name:TB]] | [[date:02/04/24]] | [[date:16/04/24]] | {{red}}
        [[case_reference:CIN-23-2274]] | [[name:Safiya Rahimi]] | [[age:12]] | [[name:GM]] | [[date:09/04/24]] | [[date:23/04/24]] | {{amber}}
        [[case_reference:CIN-24-0031]] | [[name:Cody]] & [[name:Leah Varley]] | [[age:7]], [[age:9]] | [[name:PV]] | [[date:15/04/24]] | [[date:29/04/24]] | {{green}}
        [[case_reference:CIN-24-0058]] | [[name:Mikołaj Zieliński]] | [[age:15]] | [[name:TB]] | [[date:11/04/24]] | [[date:25/04/24]] | {{green}}

        Note: [[name:Noah]]'s visit went overdue because the allocated {{SW}} was off sick and {{duty}} did not
        pick the case up. Spotted by this audit on {{Friday}}; [[name:Noah]] seen same afternoon, no concerns. No harm
        but a [[age:4-year-old]] with {{speech delay}} went 17 days unseen. Sickness cover now checked at {{Monday}} {{allocations}}.
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER – Fri pm -> Mon am
        From: [[name:Joy]]   To: [[name:Kwame]]

        1) [[name:Harper]] fam ([[case_reference:CIN-24-0112]]) – {{Section 17}} food voucher (£60) was posted to
        [[address:4 Chapel Yard, Fellbeck]], should have gone to [[address:14 Chapel Yard]]. {{Mum}} rang Fri 4pm.
        Drove over, neighbour hadn't opened it, got it back, hand-delivered 17:15. {{Mosaic}} address was right –
        {{business support}} typed it from the old {{referral form}}. Logged as {{near miss}}.
        Mum's NI no for the {{UC}} advance letter: [[ni_number:JT 48 21 73 C]] (on file).
        2) [[name:Faith Oyelaran]] ([[age:16]]) – staying at {{boyfriend}}'s again, {{CSE}} screening due Mon.
        Her {{YOT}} worker is [[name:Lennox]], [[phone:07700 900731]].
        3) Nothing else urgent. {{EDT}} aware of [[name:Faith]] over the weekend.

        Cheers, [[name:Joy]]
    """)),
    ("social_care", "success", prose("""
        Good practice – family network meeting. Following concerns about {{parental mental health}}, the
        allocated {{social worker}}, [[name:Ngozi Eze]], used {{Signs of Safety}} to convene a
        {{Family Network Meeting}} for [[name:Tomás Ferreira]] ([[age:7]]) at
        [[organisation:Brantholme Methodist Hall]] on [[date:17 May]]. {{Mum}} ([[name:Luísa]]) first said she
        had "no one", but by drawing a {{genogram}} together [[name:Ngozi]] found a great-aunt in
        [[address:Ellerby Cross]] and a neighbour, [[name:Pat Rooke]], who already did the school run. The network
        agreed a rota so [[name:Tomás]] is never alone when mum is unwell, and the
        {{Community Mental Health Team}} now ring [[name:Pat]] if appointments are missed. Three months on the
        case has stepped down to {{Early Help}}. What worked: meeting in the village on a {{Saturday}}, a
        paper {{safety plan}} on the fridge, and [[organisation:Brantholme Surgery]] agreeing one named {{GP}}.
    """)),
    ("social_care", "incident", prose("""
        Incident: child transported without a suitable car seat. On [[date:6/6/24]] {{family support worker}}
        [[name:Kieran Walsh]] collected [[name:Poppy]] ([[age:3]]) and [[name:Alfie Moss]] ([[age:5]]) from
        [[organisation:Little Acorns Nursery]] for {{supervised contact}}. The pool car, a grey Corsa
        [[vehicle_registration:YJ19 WKD]], only had one {{high-back booster}}, so [[name:Poppy]] travelled on a
        {{booster cushion}} that is not suitable for her age or weight. The {{nursery manager}}, [[name:Jasmine]],
        noticed at drop-off and challenged it. [[name:Kieran]] said he had booked the car with a seat on the
        {{pool car system}} but the system does not actually record car seats. No one was hurt. Reported to
        {{Fleet}} and {{Health and Safety}}; the {{contact service}} will now keep seats in the office and
        {{drivers}} must check before leaving. [[name:Poppy]]'s {{mum}} was told the same day.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss fyi - nearly uploaded [[name:Lacey Grimshaw]] ([[age:10yo]]) {{C&F assessment}} to
        [[name:Lacey Grimes]] file. same first name, both in [[address:Nether Cobley]], both {{CIN}}, DOBs 2 wks
        apart ([[date_of_birth:03/02/14]] v [[date_of_birth:17/02/14]]). {{Mosaic}} search autofills by first
        name so clicked wrong one. only spotted cos the {{GP}} on the front sheet was
        [[organisation:Fellbeck Surgery]] n my [[name:Lacey]] is at [[organisation:Dunsop Green Medical Practice]].
        told [[name:Bill]] ({{TM}}) - hes asking {{IT}} if search can show DOB + {{LCS}} id. pls all chk DOB b4
        upload!! ty
    """)),
    ("social_care", "success", block("""
        ⭐ THANK YOU WALL – Rural CIN North ⭐

        To [[name:Mark]] – for staying late on [[date:Tues 9th]] to help me finish the {{chronology}} for
        [[name:Jayden]]'s {{ICPC}}. Couldn't have done it without you. – [[name:Ffion]]

        To Dr [[name:Ahmed]], {{community paediatrician}} at [[organisation:Harrowfold General Hospital]] – for
        seeing [[name:Bo]] ([[age:2]]) the same day and writing to us within the hour. – [[name:Hamid]]

        To our {{business support}} team, esp [[name:Róisín]] – for finding the old {{Early Help}} file in the
        {{archive}} basement. – {{the whole team}}

        To Mr & Mrs [[name:Lund]], {{foster carers}} – for taking [[name:Kacper]] for {{respite}} at two
        hours' notice over the {{bank holiday}}. – [[name:Mark]] & [[name:Ffion]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Yasmin Cole]] <[[email:yasmin.cole@harrowfold.gov.uk]]>
        To: {{Interpreting Services}} <[[email:interpreting@harrowfold.gov.uk]]>
        Cc: [[name:Bill Naylor]]
        Date: [[date:2 July 2024]]
        Subject: Incident – interpreter conflict of interest, ref [[case_reference:INT-24-3381]]

        Hello,

        I am reporting an incident from my visit yesterday to the [[name:Tesfaye]] family at
        [[address:Orchard Barn, Dunsop Green]]. The booked {{Tigrinya}} interpreter, [[name:Yonas Haile]],
        turned out part-way through to be Mr [[name:Tesfaye]]'s cousin. Mrs [[name:Tesfaye]] stopped answering
        questions about {{home conditions}} and later told me through [[organisation:LanguageLine]] (telephone)
        that she was frightened he would tell the community. [[name:Selam]] ([[age:14]]) had to translate
        parts, which we should never allow. Please add a {{conflict of interest}} check to bookings and flag
        this family for female, non-local interpreters only.

        Thanks,
        [[name:Yasmin]]

        [[name:Yasmin Cole]] | {{Social Worker}} | Rural CIN Team (South)
        [[organisation:Harrowfold County Council]] | [[phone:01632 960518]]
    """)),
    ("social_care", "success", block("""
        LEARNING CIRCLE – NOTES
        Date: [[date:25/09/2024]]   Facilitator: [[name:Marek Nowicki]] ({{Principal Social Worker}})
        Attendees: [[name:Isla]] ({{SW}}), [[name:Gethin]] ({{SW}}), [[name:Chen Wei]] ({{ASYE}}), [[name:Olu]] ({{FSW}})
        Apologies: [[name:Rose Adair]] ({{Practice Educator}})

        Case: [[name:Darcy]] ([[age:14]]), [[case_reference:CIN-23-0877]] – closed to {{CIN}}, stepped down to {{Early Help}}
        What went well:
        - {{direct work}} in the car on the way to [[organisation:Ellerby Cross Academy]] – [[name:Darcy]] said she could
          talk because "you don't have to look at each other"
        - {{Young Carers}} referral to [[organisation:Harrowfold Young Carers Trust]] got her a respite club place
        - [[name:Isla]] used a {{scaling question}} every visit (3/10 up to 8/10)
        Even better if:
        - earlier {{CAMHS}} consultation re {{self-harm}}
        Actions: [[name:CW]] to write up as a {{practice example}} for {{Working Together}} training.
    """)),
    ("social_care", "near_miss", prose("""
        During a {{statutory visit}} to [[address:Hollins Farm, Lowick Moor]] on [[date:Monday 11 November]],
        [[name:Reuben]] ([[age:4]]) slipped away while I was talking to his dad, [[name:Gareth Pryor]], and was
        found by his brother [[name:Caleb]] ([[age:12]]) at the edge of the unfenced {{slurry lagoon}} behind
        the {{milking parlour}}. He was not hurt. [[name:Gareth]] was shaken and said the fence blew down in the
        storm. We agreed he would re-fence by {{Friday}} and keep the yard gate bolted, and the
        {{health visitor}} will add farm hazards to the next {{developmental review}}. I re-visited on
        [[date:15/11]] and the fence was up. Learning for the team: add farm risks ({{slurry}}, {{quad bikes}},
        {{livestock}}) to the {{rural visit checklist}}, refer to {{HSE}} guidance, and visit in pairs where there
        are toddlers near open water.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        histo pots mix up!! 2 pts called [[name:Evans]] on {{PM list}} [[date:wed 6/3]], {{rm 2}}
        [[name:Margaret Evans]] [[age:74]] {{colonoscopy}} x3 {{polyps}} - pots labelled at end of case
        [[name:Gwen Evans]] [[age:69]] {{OGD}} + {{CLO test}} + bx
        {{HCA}} printed labels for both at once to save time (printer in rm 2 v slow) and stuck [[name:Gwen]]'s
        label on 1 of [[name:Margaret]]'s pots. {{lab}} rang next day - hosp no [[case_reference:K0482296]] on pot
        but site on request form says {{sigmoid}}, doesnt match an {{OGD}}. sorted w {{histopathology}}, pot
        relabelled after {{consultant}} (Dr [[name:Mensah]]) confirmed from {{endoscopy report}}. no harm but
        result delayed 4 days. need 1 pt = 1 set of labels rule + label at the {{trolley}}.
        [[name:ak]] {{band 6}}
    """)),
    ("health", "near_miss", block("""
        Near miss – {{sedation}} dose, {{Room 1}}, [[date:18/06/2024]]
        Pt: [[name:Leonard Okoye]], [[age:82]], NHS [[nhs_number:829 604 1731]], hosp no [[case_reference:RGH-551093]]
        Procedure: {{ERCP}} for {{CBD stones}}
        13:02  {{WHO checklist}} sign-in. {{Sedation plan}}: {{midazolam}} 1 mg + {{fentanyl}} 25 mcg (unit protocol, >70s)
        13:06  {{Endoscopist}} (Dr [[name:Farah Qureshi]]) asked for "two of midaz".
        13:07  Nurse [[name:Jo Whitlock]] drew up 2 mg.
        13:09  {{Independent check}} by [[name:Inês Carvalho]] ({{RN}}): dose above plan for an [[age:82-year-old]].
               Endoscopist clarified she meant 1 mg now, 1 mg later only if needed.
        13:11  1 mg given, remainder discarded and witnessed.
        13:40  Procedure complete, {{SpO2}} 95% on 2 L {{O2}}, no {{flumazenil}} needed.
        Learning: say drug, dose AND units – no shorthand like "two of". {{Closed-loop communication}}
        added to the {{safety huddle}} for a month.
    """)),
    ("health", "success", block("""
        [Teams] Endoscopy – General
        [[name:Claire Beaumont]] 09:14
        Shout-out to [[name:Joy]] on {{pre-assessment}} 🌟 She phoned Mr [[name:Delacroix]] about his
        {{colonoscopy}} and picked up that he's on {{apixaban}} for {{AF}} and nobody had told him to stop it
        before a likely {{polypectomy}}. She got a plan from {{haematology}} using the {{BSG}} guidance and
        moved him to [[date:Fri 14th]] so he could hold it safely. Saved a wasted slot and a possible bleed!
        [[name:Hassan Jaber]] 09:20
        👏👏 [[name:Joy]] is a star
        [[name:Joy Ampofo]] 09:31
        aww thank you! just followed the {{anticoagulation}} {{checklist}} tbh 😊
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT – ENDOSCOPY
        Ref: [[case_reference:W-2024-118420]]
        Patient name: [[name:Doreen Pilkington]]
        DOB: [[date_of_birth:14/08/1941]]   NHS No: [[nhs_number:401 023 7198]]
        Hospital No: [[case_reference:RGH-330871]]
        Location: {{Recovery}} bay 4, [[organisation:Kingsmere Endoscopy Unit]], [[organisation:Ravensholt General Hospital]]
        Date/time: [[date:09/04/2024]] 11:35
        Category: {{Slip, trip or fall}}   Harm: {{Low}}
        Description: Pt ([[age:82]]) post {{OGD}} with {{throat spray}} only (no {{sedation}}) got up to use the
        toilet without calling for help; {{call bell}} had been left out of reach when the trolley was turned.
        Found on the floor by {{HCA}} [[name:Lerato]]. Small {{skin tear}} R forearm, dressed. Reviewed by {{FY2}},
        no head injury, {{NEWS2}} 1. {{Daughter}} informed.
        Actions: {{falls risk assessment}} for all pts over 80 whatever the sedation; call bell check added to
        the {{recovery}} checklist.
        Reported by: Sister [[name:O'Hare]]
    """)),
    ("health", "incident", block("""
        From: [[name:Gareth Lloyd-Hughes]] <[[email:gareth.lloyd-hughes@ravensholt.nhs.uk]]>
        To: [[name:Anjali Mistry]] ({{Decontamination Lead}})
        Subject: Scope traceability failure – list [[date:Tue 23 Jan]]

        Hi [[name:Anjali]],

        As discussed – on [[date:Tuesday 23 January]] a {{gastroscope}} was taken from the {{drying cabinet}} and
        used on the morning list in {{Room 3}}, but the {{tracking system}} shows its last {{EWD}} cycle failed
        ({{leak test}} fault) the evening before. Two patients had procedures with it:
        [[case_reference:RGH-612047]] and [[case_reference:RGH-598313]]. {{Microbiology}} and {{IPC}} think the
        risk is low because the {{manual clean}} was completed, but both will be contacted under
        {{Duty of Candour}} by Dr [[name:Kowalski]] this week. The {{decon}} technician on shift ([[name:Shaun]])
        was covering two rooms and the fail light was missed. Datix [[case_reference:W-2024-104455]].

        Regards,
        [[name:Gareth]]

        [[name:Gareth Lloyd-Hughes]] – {{Endoscopy Unit Manager}}
        [[organisation:Kingsmere Endoscopy Unit]] | [[phone:01632 960881]]
    """)),
    ("health", "near_miss", block("""
        [14:02] [[name:Beata Nowak]]: hi all, quick one - {{pre-assessment}} call w Mr [[name:Zieliński]]
        ([[case_reference:RGH-477120]]), list [[date:12/09]] 08:30. he got the English {{Moviprep}} leaflet and
        was going to drink the whole lot on the morning 😬
        [14:05] [[name:Sam Achterberg]]: oh no. is the {{interpreter}} flag on {{PAS}}??
        [14:06] [[name:Beata Nowak]]: yes. booking used the {{standard letter}} template
        [14:09] [[name:Kofi]]: we have the {{Polish}} {{PIL}} on the {{intranet}}, same as {{split dose}}
        [14:12] [[name:Beata Nowak]]: talked him through it in Polish, emailing the PIL now. he'll start
        {{19:00}} the night before. logging as {{near miss}}
        [14:13] [[name:Sam Achterberg]]: 👍 will raise at {{governance}} – {{booking team}} need a prompt when
        the interpreter flag is on
    """)),
    ("health", "success", block("""
        ENDOSCOPY USERS GROUP – MINUTES
        [[date:15 May 2024]], {{Seminar Room B}}, [[organisation:Ravensholt General Hospital]]
        Present: Dr [[name:H. Mensah]] (chair, {{Clinical Lead}}); [[name:Claire Beaumont]] ({{Unit Manager}});
        [[name:Tendai Moyo]] ({{Nurse Endoscopist}}); [[name:Faith Oduya]] ({{Decontamination}}); [[name:R. Singh]] ({{Anaesthetics}})
        Apologies: Prof. [[name:Whitcombe]]; [[name:Kasia]] ({{bookings}})

        Item 3 – Learning from excellence
        [[name:CB]] presented the {{WHO checklist}} audit: compliance up from 78% to 99% since the {{team brief}}
        at 08:15 and the "{{stop moment}}" before scope insertion. Two near misses (wrong {{PEG}} site marking;
        missed {{latex allergy}}) were caught at {{time-out}}. [[name:TM]] noted the {{JAG}} assessors commented
        positively at the last visit.
        Actions: [[name:HM]] to share with the {{Trust}} {{Patient Safety Group}}; [[name:FO]] to update the
        {{decontamination SOP}}.
    """)),
    ("health", "incident", block("""
        Incident: prolonged fasting – {{PM list}}, [[organisation:Kingsmere Endoscopy Unit]], [[date:Thurs 25 July]]
        {{ERCP}} in {{Room 1}} overran by 2h 40m ({{difficult cannulation}}); not escalated to the
        {{nurse in charge}} until 16:30.

        | Hosp no | Patient | Age | Procedure | Last ate | Seen | Notes |
        | [[case_reference:RGH-702214]] | [[name:A. Baptiste]] | [[age:67]] | {{OGD}} | 06:00 | 17:45 | on {{insulin}}, {{BM}} 3.6 at 16:40 |
        | [[case_reference:RGH-688190]] | [[name:Rosa Lindahl]] | [[age:45]] | {{colonoscopy}} | day before | 18:10 | dizzy, {{IV fluids}} |
        | [[case_reference:RGH-715502]] | [[name:Kai Mbatha]] | [[age:29]] | {{flexi sig}} | 07:00 | cancelled | rebooked [[date:01/08]] |

        Outcome: Mr [[name:Baptiste]]'s {{hypoglycaemia}} treated with {{glucose gel}}, recovered. Complaint
        received from [[name:Rosa]]'s husband.
        Learning: {{diabetic}} patients first on the list as per policy; {{NIC}} to review fasting times at the
        14:00 {{huddle}}.
    """)),
    ("health", "near_miss", block("""
        AM -> PM HANDOVER, {{Room 2}}, [[date:Mon 2nd Dec]]
        Bed 4 – Mr [[name:Ogunleye]], [[age:71]], {{colonoscopy}} + likely {{EMR}}. Has an {{ICD}} – NOT on the
        {{pre-assessment}} form, he mentioned it to [[name:Sunita]] at admission. {{Cardiac physiology}}
        ([[name:Ben]]) coming 14:00 to deactivate before {{diathermy}}. Do NOT start without them.
        Bed 6 – [[name:Heather Quinlan]], [[age:58]], {{OGD}}, {{NBM}} since 07:00, anxious, wants {{throat spray}} only.
        Bed 7 – [[name:Ade]], [[age:36]], {{flexi sig}}, escort = partner ([[phone:07700 900246]]).
        Also: pre-assessment template has no question on {{implanted devices}} – raised as {{near miss}}
        [[case_reference:W-2024-131077]].
        – [[name:Mo]] ({{NIC}} am)
    """)),
    ("health", "incident", prose("""
        Patient left after {{sedation}} against advice. On [[date:Friday 20 September]] Mr
        [[name:Declan Huxley]] ([[age:54]]) had a {{colonoscopy}} with {{midazolam}} 2 mg and {{fentanyl}}
        50 mcg. At {{pre-assessment}} he said his wife would collect him. In {{recovery}} he said she was stuck
        at work and that he felt fine. Staff nurse [[name:Ewa Sadowska]] explained the risks and the
        {{nurse in charge}} offered to keep him until transport could be arranged, but he left at 15:40.
        {{Security}} confirmed from {{CCTV}} that he drove out of the {{multi-storey}} in a silver estate,
        [[vehicle_registration:LK68 TXA]]. We rang his mobile, [[phone:07700 900562]], with no answer and,
        following policy, informed the {{police}} (log [[case_reference:SH-20092024-0611]]). He got home
        safely. Learning: confirm the escort by phone at admission, do not give {{IV sedation}} without a named
        escort, and offer {{Entonox}} or throat spray instead.
    """)),
    ("health", "success", block("""
        Card received on the unit [[date:04/10/24]] (typed up for {{Learning from Excellence}}):

        "To all the staff at [[organisation:Kingsmere Endoscopy Unit]],
        Thank you for looking after my {{Dad}}, [[name:Bill Ashworth]], when he came in for his {{PEG}} on the
        [[date:26th]]. He has {{dementia}} and hates hospitals but the nurse, [[name:Sunny]], sat with him and
        sang old songs with him and let me stay right up until he went into the {{procedure room}}.
        Dr [[name:Ibekwe]] rang me straight after to say it had gone well. He is putting weight back on and
        smiling again. You are all angels.
        With love, [[name:Maureen]] ([[name:Bill]]'s daughter) x"

        Shared at {{huddle}}. [[name:Sunny]] nominated for a {{DAISY Award}}.
    """)),
    ("health", "near_miss", prose("""
        near miss rm 3 this am - pt [[name:hilary dunn]] ([[case_reference:rgh-640338]]) consent form said
        {{OGD}} but she was booked n prepped for {{flexi sig}} (had the {{enema}}). {{endoscopist}}
        (dr [[name:vega]]) had the scope in hand for the wrong end basically. caught at {{time out}} cos
        [[name:lauren]] read the consent out loud. consent done in {{clinic}} by the {{registrar}} on the
        wrong template. re-consented, no harm. {{datix}} done [[case_reference:W-2024-125903]]. pls everyone
        actually read the form at time out not just say "yep consented". also {{consent form 1}} should
        have the procedure printed from {{PAS}} not handwritten
    """)),
    ("health", "incident", block("""
        Chronology – {{sedation}} incident, {{Room 1}}, [[date:28/11/2024]]
        Pt: [[name:Rashid Karimi]], [[age:63]], [[nhs_number:612 845 3074]], {{OGD}} + {{variceal banding}}.
        Known {{OSA}} on {{CPAP}} – not recorded on the {{sedation assessment}}.
        10:12  {{midazolam}} 2 mg + {{fentanyl}} 50 mcg IV
        10:19  {{SpO2}} 88%, {{jaw thrust}} by nurse [[name:Ifeoma]]
        10:21  SpO2 79%, scope withdrawn, {{bag-valve-mask}}, {{anaesthetist}} bleeped (Dr [[name:Lindqvist]])
        10:24  {{flumazenil}} 200 mcg + {{naloxone}} 100 mcg, SpO2 94% on 4 L
        10:40  Dr [[name:Lindqvist]] reviewed; procedure abandoned, rebooked on a {{GA}} list
        11:30  Obs stable, transferred to [[organisation:Fenwick Ward]] for overnight obs
        Harm: moderate (temporary). {{Duty of Candour}} conversation with pt and wife ([[name:Parisa]]) at 14:00.
        Learning: {{STOP-BANG}} for all {{upper GI}} therapeutics; {{capnography}} for high-risk pts.
    """)),
    ("health", "success", block("""
        #endo-team (Teams) – Learning from Excellence 🌟
        [[name:Tendai Moyo]] 12:03
        shout out to our {{booking team}}, esp [[name:Precious]] & [[name:Luca]]! when the {{BCSP}} list was
        cancelled for sickness on [[date:Wed 8 Jan]] they rang all 14 patients before 9am and rebooked 11 onto
        the {{insourcing}} list at [[organisation:Medivane Endoscopy Ltd]], all inside the {{2WW}} target.
        not one patient turned up to a closed door 👏
        [[name:Precious Dlamini]] 12:10
        aw thanks!! [[name:Luca]] did the hard ones 😅
        [[name:Luca Ferrante]] 12:11
        🙏 team effort
        [[name:Helen Mensah]] 12:20
        seconded. will mention at {{M&M}} and the {{Trust}} {{Patient Safety Group}}
    """)),
    ("health", "near_miss", block("""
        From: [[email:kingsmere.endoscopy@ravensholt.nhs.uk]]
        To: Dr [[name:Priyanka Rao]], [[organisation:Wherrow Valley Medical Practice]]
        Subject: Referral query – NHS number mismatch

        Dear Dr [[name:Rao]],

        We received your {{2WW}} referral for {{OGD}} on [[date:3 February]] for Mrs [[name:Eileen Fairclough]],
        DOB [[date_of_birth:22/11/1950]]. The NHS number on the letter ([[nhs_number:738 201 9543]]) belongs on
        the {{Spine}} to a different patient, an [[name:Eileen Fairbrother]] registered elsewhere. The correct
        number appears to be [[nhs_number:485 930 6120]]. Our {{booking clerk}} [[name:Marsha]] noticed the address
        did not match before the appointment letter went out, so nothing was added to the wrong record.
        Please could you confirm and correct your {{referral template}}?

        Kind regards
        [[name:Marsha Greenidge]]
        {{Booking Coordinator}}, [[organisation:Kingsmere Endoscopy Unit]]
        [[phone:01632 960340]]
    """)),
    ("health", "incident", block("""
        24h TELEPHONE FOLLOW-UP LOG
        Pt: [[name:Yusuf Demir]]   Hosp no: [[case_reference:RGH-590724]]   Tel: [[phone:07700 900139]]
        Procedure: {{colonoscopy}} + {{EMR}} of 25 mm {{polyp}}, [[date:16/10/24]]
        Call 1 – [[date:17/10]] 09:40 – [[name:NK]] ({{RN}})
        RN: Hello, is that Mr [[name:Demir]]? It's [[name:Nisha]] from the endoscopy unit, checking how you are.
        Pt: Bit of blood this morning, like a cupful. And I went dizzy on the stairs.
        RN: Any more since? I rang last night too, no answer.
        Pt: Twice. I rang the number on the sheet at 2am, nobody picked up. My son [[name:Emre]] says I look pale.
        RN: OK, I need you to go to {{A&E}} now – please don't drive. I'll ring ahead.
        Outcome: attended [[organisation:Ravensholt General Hospital]] {{ED}} 10:25, {{Hb}} 84, re-scoped, {{clips}}
        applied, 2 units {{red cells}}.
        Incident: the {{discharge leaflet}} gave the {{out-of-hours}} number of a {{ward}} that has closed.
    """)),
    ("health", "success", prose("""
        Learning from excellence – reasonable adjustments for {{PEG}} insertion. [[name:Callum Reid]]
        ([[age:34]]) has {{Down syndrome}} and a severe {{needle phobia}}. The
        {{Learning Disability Liaison Nurse}}, [[name:Ros Penhaligon]], arranged a visit to the unit the week
        before so [[name:Callum]] could see the room, sit on the trolley and meet {{Staff Nurse}}
        [[name:Aiyana]]. We sent an {{easy-read}} leaflet, a {{Mental Capacity Act}} assessment found he had
        capacity with support, {{EMLA}} cream was used for the cannula, and his support worker from
        [[organisation:Brightwater Supported Living]] and his mum stayed with him until {{sedation}}. He was
        first on the list in a quiet room with the lights dimmed. The procedure on [[date:7 August]] was
        uneventful and he went home the next day. [[name:Callum]] told [[name:Ros]] afterwards "I was brave".
        The {{Endoscopy Unit Manager}} has added a {{reasonable adjustments}} flag to the booking system.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RT transcript extract – {{TWR}} / {{RFFS}} – [[date:22/08/2024]]
        14:31:05 [[flight_number:SKYVANE 482]]: Tower, [[flight_number:Skyvane 482]], {{rejected takeoff}}, stopped on
                 runway two six, request fire service check our brakes
        14:31:12 TWR: [[flight_number:Skyvane 482]], roger, fire service on the way. {{Fire 1}}, Tower, enter
                 runway two six at {{Alpha 3}}, aircraft stopped ahead
        14:31:18 Fire 1: Enter two six at Alpha 3, Fire 1
        14:31:40 {{Fire 2}}: Tower, Fire 2, delayed, {{bay door}} fault, approx one minute
        14:33:02 Fire 1: [[flight_number:Skyvane 482]], Fire 1 in position, {{hot brakes}} left main gear, smoke no
                 flame, recommend passengers remain seated
        14:33:10 [[flight_number:Skyvane 482]]: Wilco, shutting down number one

        Aircraft {{ATR 72-600}} [[aircraft_registration:G-OKRW]], flight [[flight_number:ZQ482]], 68 {{POB}}.
        Brake temps on the {{TIC}} up to 390°C, left to cool, no {{fuse plug}} release.
        Incident: Fire 2 left the station 70 s late – bay door 2 jammed half open (known fault, estates
        job [[case_reference:EST-24-44718]]). {{CAP 168}} response met by Fire 1 only.
        – {{WM}} [[name:Lorcan Dempsey]]
    """)),
    ("aviation", "near_miss", prose("""
        nr miss - {{RIV}} ({{Rescue 3}}) almost went past the {{stop bar}} at {{B2}} onto rwy 08 during the
        {{airfield inspection}}. driver ([[name:jonno]]) thought tower said cross but it was hold short.
        {{ATC}} shouted on the radio, stopped approx 5m before the {{red lights}}. a/c on {{short final}} was
        [[flight_number:AUR331]] ({{A320}}) - no {{go-around}} needed thank god. [[name:jonno]] v shaken, stood
        down rest of shift. {{Crew Commander}} ([[name:Leighton]]) says radio in the RIV is crackly n gets
        stepped on by {{ground}} freq. logged w ATC [[case_reference:OCC-24-0917]], {{MOR}} to be done by
        {{SATCO}}. need full {{readback}} every time + radio check on the {{vehicle daily inspection}}
    """)),
    ("aviation", "success", block("""
        [[[date:03/03/2024]], 19:12] [[name:Shaz]]: massive well done to [[name:Kieron]] & [[name:Ola]] today 👏 {{APU}}
        fire on the {{Embraer 190}} on {{stand 7}}, out within 40 secs of arrival, {{CO2}} only, no foam
        needed, {{PAX}} didn't even have to get off. {{airline}} engineer said the APU bottle hadn't fired. textbook
        [[[date:03/03/2024]], 19:14] [[name:Kieron Baptiste-Lowe]]: cheers boss 🙏 [[name:Ola]] spotted the smoke
        from {{Fire 2}} before {{ATC}} even called it
        [[[date:03/03/2024]], 19:15] [[name:Ola Adeyinka]]: 😎 teamwork
        [[[date:03/03/2024]], 19:20] [[name:Marty]]: nice one. [[aircraft_registration:G-LYRA]] back in service
        for the last rotation. proud of {{Blue Watch}} 💙 {{Watch Manager}} will put it in the {{log book}}
    """)),
    ("aviation", "incident", block("""
        RFFS OCCURRENCE REPORT
        Occ ref: [[case_reference:RFFS-24-0381]]
        Date: [[date:11 June 2024]]   Time of call: 06:48
        Location: {{Stand 12}}, [[organisation:Carrowmere Airport]]
        Aircraft: {{Boeing 737-800}} [[aircraft_registration:EI-HKD]]   Flight: [[flight_number:ZQ 2207]]
        Vehicle: {{fuel bowser}} [[vehicle_registration:KX18 FPW]] ([[organisation:Aerofuel Services Ltd]])
        Reporting officer: {{Crew Commander}} [[name:Adaeze Nwosu]]
        Description: approx 40 L {{Jet A-1}} spill from the {{refuel}} coupling. The {{deadman}} handle had been
        wedged open with a cable tie, so flow did not stop when the operator stepped away. {{Fire 1}} attended,
        spill contained with absorbent, {{foam blanket}} laid, boarding held. {{Category 7}} cover maintained
        with remaining appliances. Flight delayed 35 min.
        Operator's {{airside pass}} no: [[case_reference:ASP-55913]]
        Referred to: {{Airside Safety}}, [[organisation:Aerofuel Services Ltd]] duty manager
    """)),
    ("aviation", "near_miss", block("""
        {{Local Standby}} – chronology – [[date:Sat 16 Nov]]
        16:02  {{ATC}} declares Local Standby: [[flight_number:Northwind 712]], {{Dash 8-400}},
               [[aircraft_registration:G-TXLA]], No.2 engine shut down, ETA 16:14, 38 {{POB}}
        16:03  {{RFFS}} turnout – {{Fire 1}}, {{Fire 2}}, {{Rescue 3}} to {{holding points}}
        16:04  ATC passes {{RVP}} to local {{FRS}} as "{{RVP North}}" – RVP North is closed for resurfacing
        16:09  {{Watch Manager}} [[name:Callum Strachan]] hears on {{Airwave}} that the FRS appliance is routing
               to the North gate; corrects to {{RVP West}}
        16:14  [[flight_number:Northwind 712]] lands safely, taxies to {{stand 3}}, inspected, no leaks
        16:20  Stand down
        Near miss: had this become a {{Full Emergency}}, FRS would have arrived at a locked gate.
        Cause: RVP status board in ATC not updated since works started [[date:4 Nov]].
        Action: [[name:CS]] to meet the ATC {{Watch Supervisor}} ([[name:Mei Ling Tan]]) re a shared RVP status check.
    """)),
    ("aviation", "success", block("""
        From: [[name:Élodie Marchand]] <[[email:e.marchand@aurelle-airways.com]]>
        To: [[email:rffs.watchmanagers@carrowmere-airport.co.uk]]
        Date: [[date:Mon 8 July 2024]] 09:03
        Subject: Thank you – [[flight_number:AUR214]] medical diversion

        Dear {{Watch Manager}} [[name:Hollis]],

        On behalf of [[organisation:Aurelle Airways]] I want to thank your crew for their help on
        [[date:Saturday 6 July]] when [[flight_number:AUR214]] ({{A321neo}}, [[aircraft_registration:G-CMVE]])
        diverted to you with a passenger in {{cardiac arrest}}. Your firefighters were at the door within two
        minutes of {{on-blocks}}, took over {{CPR}} from our {{cabin crew}} and used their {{AED}}, and the
        passenger ([[age:61]]) is now recovering at [[organisation:Harrowfold General Hospital]]. Our
        {{Captain}}, [[name:Tomasz Brzęczek]], particularly mentioned Firefighter [[name:Aisling Roe]], who
        kept the family calm throughout.

        Please pass on our thanks to the whole watch.

        Best regards,
        [[name:Élodie]]
        [[name:Élodie Marchand]] | {{Duty Operations Manager}} | [[organisation:Aurelle Airways]]
        [[phone:+44 1632 960907]]
    """)),
    ("aviation", "incident", block("""
        RFFS WATCH MEETING – MINUTES
        [[date:19/02/2025]], {{crew room}}, [[organisation:Carrowmere Airport Fire Station]]
        Present: {{SO}} [[name:Grant McAllister]] (chair); {{WM}} [[name:Lorna Fyfe]]; {{CC}} [[name:Dev Raman]];
        {{FF}} [[name:Ollie Kent]]; FF [[name:Bogdan Ilie]]; FF [[name:Faith Mensah-Bonsu]]
        Apologies: FF [[name:Rob Tait]] (leave); {{Trainer}} [[name:Keisha]]

        Item 2 – {{BA}} set failure
        During {{hot fire training}} at the {{FTG}} on [[date:12 Feb]], FF [[name:Kent]]'s {{low-pressure warning}}
        whistle failed to sound. The {{entry control}} board showed 12 min remaining when his {{cylinder}} gauge
        read 55 bar. He and his partner withdrew safely. Set removed from service, defect
        [[case_reference:DEF-25-0112]]. The {{post-use check}} had been signed by [[name:OK]] but the whistle test
        box was blank.
        Actions: [[name:Dev]] to book a [[organisation:Dräger]] service engineer; [[name:GM]] to brief all watches on
        the full {{BA}} check; not {{RIDDOR}} reportable.
    """)),
    ("aviation", "near_miss", block("""
        [[[date:14/05/2024]], 07:12] [[name:Gaz Whitlow]]: morning all, just done {{daily checks}} on {{Fire 2}} – foam
        tank only half full??
        [[[date:14/05/2024]], 07:13] [[name:Tariq]]: thatll be the {{foam test}} yesterday, [[name:Nev]] said hed top it up
        [[[date:14/05/2024]], 07:15] [[name:Nev Holroyd]]: 🤦 sorry, got called to the {{Local Standby}} and forgot.
        wasnt on the {{defect board}} either
        [[[date:14/05/2024]], 07:16] [[name:Gaz Whitlow]]: so we've been {{CAT 7}} on paper all night with Fire 2 short.
        topping up now. need to tell {{SATCO}} and log it
        [[[date:14/05/2024]], 07:24] [[name:Lorna]]: done the sums – with {{Fire 1}} + {{Fire 3}} we still had the
        {{Class B}} quantity so it's a {{near miss}} not a {{downgrade}}. still not ok. any {{test}} that uses foam
        = top up + board entry before you stand down pls
    """)),
    ("aviation", "incident", block("""
        Response time test – [[organisation:Carrowmere Airport]] RFFS – [[date:27/09/2024]]
        Assessor: {{SO}} [[name:G. McAllister]]   Watch: {{Red}}   Scenario: far end of {{runway 08}}

        Vehicle   | Crew Commander   | Call     | First agent | Time | Result
        {{Fire 1}}    | [[name:Lorna Fyfe]]       | 10:02:00 | 10:04:41    | 2:41 | {{PASS}}
        {{Fire 2}}    | [[name:Hassan Ul-Haq]]    | 10:02:00 | 10:05:38    | 3:38 | {{FAIL}}
        {{Rescue 3}}  | [[name:Will Ambrose]]     | 10:02:00 | 10:04:12    | 2:12 | {{PASS}}

        Fire 2 exceeded the {{CAP 168}} three-minute response time. Driver ([[name:Hassan]]) routed via
        {{taxiway Charlie}} because {{Bravo}} was closed for works and the watch had not been told. The second
        appliance must arrive within four minutes, so this is reported as a shortfall to the {{CAA}} and the
        {{Airport Duty Manager}}. Works closures now go on the {{watch briefing}} board each shift.
    """)),
    ("aviation", "success", prose("""
        Good practice: vehicle fire next to an aircraft. On [[date:2 December]] at 17:40 {{Fire 1}} was called
        to a fire in the engine bay of a {{catering high-loader}}, [[vehicle_registration:WM21 ZKE]], operated by
        [[organisation:SkyChef Catering]] on {{Stand 4}}, beside a {{Boeing 757}}
        ([[aircraft_registration:G-RVNK]]) being prepared for [[flight_number:AU2150]]. {{Crew Commander}}
        [[name:Priya Chaudhry]] positioned the appliance between the vehicle and the aircraft, the crew knocked
        the fire down with {{dry powder}} and finished with {{foam}}, and it was out within 90 seconds. The
        driver, [[name:Reg Barnett]], had already lowered the body and isolated the battery as trained, and the
        aircraft {{captain}} stopped {{boarding}}. No damage to the aircraft; the flight left 25 minutes late.
        What worked: the new {{stand pre-plan}} cards and the fact that Fire 1 was already on the apron for a
        {{fuel check}}.
    """)),
    ("aviation", "near_miss", block("""
        WATCH HANDOVER – {{Green}} to {{Red}} – [[date:Sun 12 Jan]] 08:00
        - {{Hydrant}} {{H14}} ({{east apron}}) OUT OF SERVICE – no pressure. {{Rescue 3}} hooked up to it on last
          night's {{Local Standby}} before anyone realised. Estates job [[case_reference:EST-118233]]. Use {{H9}} or the tanker.
        - {{RIV}} tyre pressure low N/S rear, [[name:Dmitri]] reported, {{MT}} booked.
        - {{Fire 2}} back on the run after pump service.
        - {{NOTAM}}: {{taxiway Delta}} closed till [[date:20 Jan]].
        - Trainee [[name:Aroha Ngata]] starts {{familiarisation}} Tues, buddy with [[name:Mark Ellery]].
        - {{CAT 7}} maintained all night. Late movements: [[flight_number:ZQ 9021]] (freight),
          [[flight_number:NWR 431]], [[flight_number:AUR 118]].
        Handed over by [[name:Nkem]], received by [[name:Stu]].
    """)),
    ("aviation", "incident", prose("""
        {{Full Emergency}} – {{bird strike}}, [[date:30 April 2024]]. [[flight_number:Aurelle 605]] ({{A320}},
        [[aircraft_registration:G-ORVA]]) reported a bird strike on departure and an {{engine fire warning}}
        and returned to land on {{runway 26}} at 07:52. All three appliances met the aircraft. No fire was
        found and the warning was later put down to sensor damage. During the response Firefighter
        [[name:Jamal Ossei]] jumped down from the cab of {{Fire 1}} in the dark, landed awkwardly and sprained
        his ankle, because the {{step lighting}} was not working. He was seen by {{airport first aid}} and then
        at [[organisation:Ravensholt Minor Injuries Unit]], and was off for nine days, so the injury is
        {{RIDDOR}} reportable. The lighting defect had been on the defect sheet since [[date:12 April]].
        {{Bird control}} recovered two {{greylag geese}}. Learning: three points of contact every time, and
        defects that affect safe access to be treated as priority.
    """)),
    ("aviation", "success", block("""
        #carrowmere-rffs · Slack
        [[name:Lorna Fyfe]]  16:47
        huge thanks to everyone for yesterday's {{Emergency Orders}} exercise, "{{Operation Kestrel}}", with
        [[organisation:Harrowfold Fire and Rescue Service]] and [[organisation:North Fells Ambulance Service]] 🚒🚑
        60 casualties (students from [[organisation:Carrowmere College]]), first {{triage}} in 4 min, last
        casualty away from the {{casualty clearing}} area in 52 min. {{CAA}} observer was impressed
        [[name:dev.raman]]  16:52
        special mention to [[name:Bogdan]] for the casualty clearing set-up 👌
        [[name:Stu]]  17:01
        and [[name:Marguerite]] in the {{EOC}} kept the log spot on
        [[name:Lorna Fyfe]]  17:03
        💯 debrief notes on the {{SharePoint}} by {{Friday}}
    """)),
    ("aviation", "near_miss", block("""
        RT extract – {{GND}} – [[date:05/06/2024]] (from {{ATC}} recording)
        21:14:02 GND: {{Fire 3}}, Ground, proceed via {{Charlie}} to {{stand 22}}, give way to the {{Embraer}} on Charlie
        21:14:09 Fire 3: Via Charlie to stand 22, Fire 3
        21:14:20 GND: [[flight_number:Northwind 244]], continue via Charlie, hold short Delta
        21:14:26 [[flight_number:Northwind 244]]: Continue Charlie, hold short Delta
        21:15:30 [[flight_number:Northwind 244]]: Ground, vehicle ahead on Charlie with blue lights, stopping
        21:15:34 GND: Fire 3, stop immediately
        21:15:36 Fire 3: Stopping, Fire 3

        Separation approx 30 m. Fire 3 ({{CC}} [[name:Oisín Daly]], driver [[name:Farida]]) was going to a
        {{smoke alarm}} on the stand 22 {{jet bridge}}. The give-way was not read back and ATC did not challenge.
        Aircraft [[aircraft_registration:G-KWTB]]. ATC report [[case_reference:ATC-OR-24-0461]].
        Learning: full {{readback}} of {{conditional clearances}}.
    """)),
    ("aviation", "incident", block("""
        injury - {{ff}} [[name:mikey o]] burnt palm on L main wheel hub after {{hot brakes}} call, [[flight_number:ZQ 1184]]
        ([[aircraft_registration:G-TXLA]]) on {{stand 9}} ~13:20. had {{structural gloves}} off to work the
        {{thermal imaging camera}} n touched the hub to check it. {{first aid}} - cooled 20 min, {{cling film}},
        sent to [[organisation:Ravensholt Minor Injuries Unit]]. superficial, [[name:mikey]] back on light duties.
        brake temp on {{TIC}} was 280C.
        reminded watch: {{PPE}} on at all times within 3m of wheels, approach from front/rear not side
        ({{tyre burst}} risk). gloves w touchscreen fingertips on order.
        {{WM}} [[name:lorcan]]
    """)),
    ("aviation", "success", block("""
        HOT DEBRIEF – {{Full Emergency}} – [[date:Tues 21 Jan 2025]] 15:30, {{Watch Room}}
        Present: {{SO}} [[name:McAllister]]; {{WM}} [[name:Lorna Fyfe]]; {{CC}} [[name:Oisín Daly]];
        FFs [[name:Ola]], [[name:Bogdan]], [[name:Rosie Tran]], [[name:Hope Akande]];
        [[name:Sam Whitby]] (ATC {{Watch Supervisor}})
        Apologies: [[name:Marguerite Lacroix]] ({{Airport Duty Manager}})
        Event: [[flight_number:Skyvane 1290]] ({{Embraer 175}}, [[aircraft_registration:G-EMBQ]]) –
        {{hydraulic failure}}, no {{nose wheel steering}}, declared 14:41, landed 14:58 runway 26, stopped on
        the centreline.
        Went well:
        - all appliances at {{holding points}} within 2 min; FRS from [[organisation:Kellbridge Fire Station]]
          at {{RVP West}} by 15:06
        - {{towbar}} fitted on the runway, runway reopened 15:42
        - crew spoke to the captain by {{headset}} at the nose – {{PAX}} calm
        Even better if:
        - [[name:OD]]: TIC battery flat on Rescue 3 – added to {{daily checks}}
        Thanks from {{SATCO}} to all.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind302", REPORTS))
