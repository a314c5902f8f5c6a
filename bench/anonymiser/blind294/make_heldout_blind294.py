"""Held-out blind corpus 294: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): adoption support (post-adoption support teams, letterbox, life story work,
  Adoption Support Fund, contact, virtual school).
- health (17): a community pharmacy (dispensing, controlled drugs, deliveries, Pharmacy First,
  MDS trays, cold chain, near-miss logs).
- aviation (16): overnight aircraft line maintenance (tech log, CRS, tows, engine runs, tool
  control, MEL/ADD deferrals).

Styles, deliberately mixed: rushed lower-case notes with typos and txt-speak, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe-separated tables, call and RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks identifiers, `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind294.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care: adoption support
    ("social_care", "incident", block("""
        letterbox breach?? pls read asap
        {{birth mum}} letter for [[name:kayden]] ([[age:6yo]]) went out from our office w/ the adopters return addr
        printed on back of envelope - [[address:22 Fernlea Close, Stavely Moor]] [[postcode:SM4 7QJ]]. think the temp
        in admin ([[name:shaz]]?) used the old franking template off the {{shared drive}}. {{birth mum}} [[name:Tanya Rourke]]
        rang {{duty}} this am saying "i know where he lives now". told {{team mgr}} [[name:Bev]] straight away, [[name:bev]]
        wants to ring adopters herself b4 {{school pick up}}. {{letterbox}} ref [[case_reference:LB/0917/K]].
        need a {{safety plan}} + poss {{police}} marker on the address. tried to log on {{Mosaic}} but system down again,
        doing it tmrw 1st thing.
        [[name:ollie]] ({{post adoption SW}})
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 October]], while preparing an {{Adoption Support Fund}} application for {{therapeutic parenting}}
        sessions, I noticed that the {{assessment of need}} for [[name:Milo Ferreira-Hughes]] (DOB
        [[date_of_birth:03/09/2016]]) had been pre-populated with placement details belonging to his birth sibling
        [[name:Ruby]], who was adopted by a different family living in [[organisation:Calderbrook Metropolitan Council]]'s
        area. [[name:Ruby]]'s adoptive surname ([[name:Ashworth]]) and her school, [[organisation:Holmfirth Lane Primary]],
        appeared in section 4. The error arose because the two records share an {{ASF}} reference prefix
        ([[case_reference:ASF-22-40871]] and [[case_reference:ASF-22-40872]]) and the older form had been copied as a
        template. The form had been signed off by a {{Senior Practitioner}} but had not yet been submitted. I removed
        the details, re-checked every section against {{Mosaic}}, and informed my {{practice supervisor}},
        [[name:Delyth Prosser]]. Learning: sibling records must never be used as templates, and a second-person check
        of section 4 has been added to the {{ASF checklist}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Grace Oyelaran-Begum]] <[[email:grace.ob@fastmail-home.co.uk]]>
        To: {{Post Adoption Support}} <[[email:pas@adoptwealdvale.org.uk]]>
        Date: [[date:Fri 7 June]] 21:14
        Subject: thank you to [[name:Hope]]

        Hi all,
        I don't know if this is the right place but I wanted someone senior to know what a difference [[name:Hope]] has
        made this term. When [[name:Kai]] ([[age:9]]) stopped going to school after the {{Easter holidays}} she came out
        on a {{Tuesday evening}}, sat on our kitchen floor with him and went through his {{life story book}} at his pace.
        She used {{PACE}} with us too, not just him. She chased the {{virtual school}} and
        [[organisation:Marsh Lane Juniors]] until a {{part-time timetable}} was agreed, and got the {{DDP}} referral
        moving through the {{ASF}}. [[name:Kai]] has done a full week now. I honestly hope
        [[organisation:Adopt Wealdvale]] realise how lucky they are.

        [[name:Grace]] (and [[name:Kai]], who drew the dinosaur)
        [[phone:07700 900417]]
    """)),
    ("social_care", "incident", block("""
        {{Teams}} chat - Duty {{PAS}} - exported [[date:11/03]]
        [09:02] [[name:Sadia Rahman]]: anyone free?? {{direct contact}} at [[organisation:Brook Street Family Centre]] - {{birth dad}} has turned up uninvited
        [09:03] [[name:Sadia Rahman]]: it's meant to be {{nan}} only for [[name:Leo]] + [[name:Freya]]
        [09:03] [[name:Tomasz Wiśniewski]]: on my way. is he inside?
        [09:04] [[name:Sadia Rahman]]: {{car park}}, shouting at the window. silver astra [[vehicle_registration:YF17 KZP]]. {{adopters}} still in the {{contact room}} w the kids, door locked
        [09:05] [[name:Tomasz Wiśniewski]]: ring {{999}} if he's threatening. I'll tell [[name:Marcus]]
        [09:11] [[name:Sadia Rahman]]: {{police}} called, log [[case_reference:NY-20240311-0412]]. nan v upset, says she didn't tell him the date
        [09:26] [[name:Marcus Adeyemi-Clarke]]: adopters + kids out via back door, staff walked them to car. no contact with {{dad}}. need a {{strategy chat}} re whether contact continues - 2pm today pls
        [09:27] [[name:Tomasz Wiśniewski]]: ok
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER   Wed pm > Thu am   (from [[name:JK]] to [[name:Rosa]])

        1. [[name:Okonkwo-Bell]] family ([[case_reference:PAS-3381]]) - Mrs [[name:Okonkwo-Bell]] rang with NEW mobile
        [[phone:07700 900852]]. NEAR MISS: I'd started typing it into the birth family record on {{Mosaic}} - searching by
        the child's name brings up both the adoptive and the birth family files. Spotted before saving. Correct record
        is the adopter one (flagged orange). Please double-check when you call back re {{respite}}.
        2. [[name:Deano]] ([[age:16]]) - {{CAMHS}} appt moved to [[date:Tues 19th]]. {{mum}} aware.
        3. Letterbox - 3 letters in tray, none read yet. Do NOT post until the {{second reader}} has done them.
        4. {{IRO}} for the [[name:Petrakis]] siblings wants a call, no urgency.

        For {{team meeting}}: linked birth/adoptive files with no photo = risk. Suggest an {{alert flag}}.
        - [[name:JK]]
    """)),
    ("social_care", "success", block("""
        [[organisation:Adopt Northmoor]] - Adoption Support Learning Review
        Date: [[date:23 January 2024]]   Venue: {{Teams}}
        Present: [[name:Farhana Qureshi]] ({{Chair}}, {{Service Manager}}), [[name:Will Brannigan]] ({{SW}}),
        Dr [[name:Ioana Marin]] ({{Clinical Psychologist}}), [[name:Pat Lomax]] ({{Virtual School}}),
        [[name:Joy Adebayo]] ({{adopter rep}})
        Apologies: [[name:Gethin Pryce]] ({{CAMHS}}), [[name:Amber]] ({{business support}})

        Item 1: the [[name:H.]] family (ref [[case_reference:AN-2023-0144]])
        [[name:Will]] summarised: placement of two brothers ([[age:8]] and [[age:11]]) was close to disruption in {{Nov}}
        after repeated {{child-to-parent violence}}. Within 48 hrs a {{TAC meeting}} was held, {{respite}} via
        [[organisation:Hollins Lodge]] short breaks agreed and therapeutic {{life story work}} started with Dr [[name:Marin]].
        Outcome: no disruption; {{dad}} back at work; school exclusions stopped.
        What worked: one lead worker ([[name:Will]]), a single shared plan, clinical psychology on site weekly.
        Action: [[name:Farhana]] to share the plan template with the other {{RAA}} hubs by [[date:29/02]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT NOTIFICATION FORM - ADOPTION SUPPORT
        Ref: [[case_reference:IR-PAS-0562]]
        Child name: [[name:Aaliyah Mensah-Doyle]]
        DOB: [[date_of_birth:17/05/2011]]
        Address: [[address:Flat 3, 41 Kittiwake Road, Hembury]] [[postcode:HB2 9NX]]
        School: [[organisation:Coldharbour Academy]] ({{Yr 8}})
        Reporting worker: [[name:Rhiannon Tudor-Evans]], {{Adoption Support Social Worker}}
        Date of incident: [[date:02/02/2024]]

        What happened: {{adoptive mum}} reported [[name:Aaliyah]] had been contacted on {{Snapchat}} by an adult claiming
        to be her {{birth brother}}, account "[[name:jaydee_m99]]". He knew her school and sent a photo of the school gate.
        {{Mum}} found the messages at 22:40. Worker informed the {{DSL}} and {{MASH}} next morning; police ref
        [[case_reference:DX/4471/24]]. {{Strategy discussion}} held same day.
        Immediate actions: {{online safety}} plan, {{mum}} to keep phone overnight, {{letterbox}} with birth family paused
        pending review.
    """)),
    ("social_care", "near_miss", block("""
        {{WhatsApp}} - {{work phone}} - [[name:Ifeoma]] & [[name:Ciarán]]
        [[date:16/04/2024]], 17:52 - [[name:Ifeoma]]: [[name:Ciarán]] quick one. I nearly just sent the adopters' update to the wrong [[name:Jo]]
        17:52 - [[name:Ciarán]]: ??
        17:53 - [[name:Ifeoma]]: both saved as "[[name:Jo]]" in the work phone. [[name:Jo Hartigan]] ({{adoptive mum}}) and [[name:Jo]] ({{birth mum}}, {{letterbox}}). typed [[name:Jo]], picked the top one, had the photo of [[name:Bella]]'s {{sports day}} attached
        17:53 - [[name:Ifeoma]]: caught it cos the profile pic was a dog not their kids
        17:54 - [[name:Ciarán]]: omg. glad you spotted it. rename them both w surname + role?
        17:55 - [[name:Ifeoma]]: done. [[name:Jo HARTIGAN]] (ADOPTER) and [[name:Jo TURNBULL]] ({{BM}} LBOX). going to mention at {{huddle}} tmrw so others check their contacts
        17:56 - [[name:Ciarán]]: good shout. pls {{datix}} it as a {{near miss}} too
    """)),
    ("social_care", "success", prose("""
        massive shout out to [[name:faith]] in {{business support}}!! on [[date:fri 12th]] an adopter rang {{duty}} at
        4.55 in a real state, his son [[name:sunny]] ([[age:13]]) had been excluded and was threatening to run. no
        {{SWs}} left in the office. [[name:faith]] stayed on the line, got hold of the {{EDT}} manager, found the
        {{safety plan}} on the system and read him the bits about {{de-escalation}}, then booked him in with
        [[name:marek]] for a 9am sat {{crisis visit}}. [[name:sunny]] stayed home, calm by 7 apparently. she's not even
        meant to do {{triage}}. this is exactly the {{trauma informed}} stuff we go on about. cake in the kitchen on me x
        [[name:lou]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - missing episode - [[name:Tobias]] ("[[name:Toby]]") [[name:Lindqvist]], [[age:15]]
        Case ref [[case_reference:RAA/11/2094]]

        [[date:Sat 9 March]]
        19:10  {{Adoptive dad}} ([[name:Stefan]]) finds [[name:Toby]] gone; phone off. Note on bed: "gone to find my real mum".
        19:25  {{Dad}} rings {{EDT}}. Advised to call police.
        19:32  Police log [[case_reference:LC-0903-1187]].
        20:40  {{Dad}} finds [[name:Toby]] has been messaging {{birth mum}} [[name:Kerry-Ann Pickles]] on {{Facebook}} for ~6 weeks.
        23:55  {{EDT}} {{SW}} [[name:Ade]] speaks to police; birth mum's last known address
               [[address:Flat 12, Tannery Court, Loxley Bridge]].
        [[date:Sun 10 March]]
        02:15  [[name:Toby]] found by police at that address, unharmed. Home 03:30.
        09:00  {{Return home interview}} requested.
        [[date:Mon 11 March]]
        10:30  {{Strategy meeting}}; {{PAS}} worker [[name:Harpreet]] allocated.
        Issues: the {{contact plan}} did not cover {{social media}}; adopters had asked for online safety support in
        {{Dec}} and were waitlisted.
    """)),
    ("social_care", "incident", prose("""
        Incident [[case_reference:INC-24-0318]]. On [[date:28 February 2024]] I delivered a completed
        {{life story book}} to adopters Mr and Ms [[name:Achterberg]] for their daughter [[name:Poppy]] ([[age:7]]). On
        [[date:4 March]] Ms [[name:Achterberg]] rang to say that page 6 showed a photograph of the birth family's front
        door with the house number and street sign clearly visible ([[address:38 Wrenfield Terrace]]), and that a copy
        of a hospital letter on page 9 showed {{birth mother}} [[name:Chantelle Byrne]]'s {{GP}},
        [[organisation:Northbrook Medical Centre]]. The book had been compiled by a {{sessional worker}} and checked by
        me, but my check focused on the narrative, not the images. The book was retrieved the same day. The
        {{Caldicott Guardian}} and {{Data Protection Officer}} were notified and it was assessed as not reportable to
        the {{ICO}}, as the book had not left the adoptive home. Learning: all {{life story}} materials now go through
        a redaction check by {{business support}} using a written list (addresses, numbers, school logos, car
        registrations) before sign-off. I have apologised to the family. [[name:Eleri Vaughan]],
        {{Senior Social Worker}}
    """)),
    ("social_care", "near_miss", block("""
        Caseload allocation check - [[date:05/06/24]] - prepared by [[name:Wanjiru Kamau]]
        Ref | Child | Age | Worker | Support | Status
        [[case_reference:PAS-2210]] | [[name:R.M.]] | [[age:4]] | [[name:Wanjiru]] | {{ASF}} {{Theraplay}} | active
        [[case_reference:PAS-2214]] | [[name:R.M.]] | [[age:12]] | [[name:Brendan]] | {{DDP}} | active
        [[case_reference:PAS-2231]] | [[name:T.O'C.]] | [[age:9]] | [[name:Mo]] | {{sensory OT}} | waiting list

        Near miss: the {{Theraplay}} referral for the [[age:4yo]] was about to be e-mailed to
        [[organisation:Kinfield Therapy Partnership]] with the [[age:12yo]]'s {{assessment of need}} attached, because both
        children are "[[name:R.M.]]" in the tracker. Picked up by [[name:Brendan]] at the {{allocation meeting}}.
        Tracker now uses first name + ref; initials-only rows removed. No data left the {{RAA}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Patience Osei]] <[[email:p.osei@kestonshire.gov.uk]]>
        Sent: [[date:Thursday 18 July 2024]] 16:02
        To: [[name:Callum Reid]]
        Cc: [[name:Yusuf]] ({{PAS Team Manager}})
        Subject: RE: [[name:Eden]] - transition to {{Year 7}}

        [[name:Callum]],
        Just a quick note before we break up. The {{transition plan}} you pulled together for [[name:Eden]] is the best I
        have seen this year. The two extra visits to [[organisation:Greyfriars High School]], the photo book of the
        {{SENCO}} and the "safe space", and your briefing for the {{form tutor}} on {{developmental trauma}} made the
        difference. [[name:Eden]]'s {{adoptive parents}} told me at the {{PEP}} yesterday that he is excited rather than
        terrified. {{PP+}} funding has been agreed for a {{key adult}} from {{September}}.
        Please share with your team - it's the practice we want to see across the county.

        Kind regards,
        [[name:Patience]]
        [[name:Patience Osei]] | {{Virtual School Head}} for previously looked after children |
        [[organisation:Kestonshire County Council]] | [[phone:01632 960318]]
    """)),
    ("social_care", "incident", prose("""
        Laptop and paperwork theft, reported [[date:Mon 22/01]]. On {{Sunday night}} the {{pool car}} I had
        ([[vehicle_registration:WP70 HKD]]) was broken into outside my home on
        [[address:Ravensworth Gardens, Eastleigh Vale]] and my work bag was taken: an encrypted laptop
        ({{BitLocker}} on), my paper {{diary}} and a printed {{support plan}} for the [[name:Szymański]] family
        ([[case_reference:PAS-1987]]) which had the children's names, the adoptive address and the {{ASF}} award. I know
        printing was against policy; I printed it because the {{Wi-Fi}} at the school is unreliable. Police crime
        number [[case_reference:CR/0022871/24]]. {{IT}} wiped the laptop remotely by 08:40. {{IG lead}}
        [[name:Nadia]] informed; the family were phoned by my manager [[name:Stuart Kiplagat]] and a fresh
        {{address risk check}} done. I'm really sorry. Learning for me: no paper plans, and nothing left in a car even
        for ten minutes. [[name:Hollie]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Yiannis Christodoulou]]
        To: {{PAS Team}}
        Subject: near miss - letterbox redaction

        Hi all, flagging a near miss so we can all learn from it. Yesterday ([[date:9 May]]) I was about to scan and
        send a {{birth dad}}'s annual letter on to the adopters of [[name:Mercy]] ([[age:5]]). He had written his new
        address at the top ([[address:7 Gorse Rise, Pellham]] [[postcode:PL13 6DW]]) and his mobile
        ([[phone:07700 900563]]) and signed it "love {{Dad}}, [[name:Craig]]". Our {{letterbox coordinator}}
        [[name:Sunita]] was on leave, so there was no {{second check}}. I only noticed because the scanner preview
        showed the top of the page. Redacted and sent.
        Please, everyone: no letter goes out without the {{redaction checklist}}, even when {{Letterbox}} is short-staffed.

        Thanks,
        [[name:Yiannis]]
        {{Adoption Support Practitioner}} | [[organisation:Adopt Southdown Partnership]]
    """)),
    ("social_care", "success", prose("""
        Good practice note. [[name:Amani]] ([[age:10]]) and her brother [[name:Elijah]] ([[age:14]]) were placed with
        different adoptive families and their {{sibling contact}} lapsed during {{Covid}}. In {{spring}},
        [[name:Amani]]'s adopters asked for help restarting it. {{Family finder}} [[name:Rose Ashdown-Pike]] traced
        [[name:Elijah]]'s adopters through [[organisation:Three Rivers Adoption]], set up two {{video calls}} between
        the two sets of parents first, then a supervised day at [[organisation:Hatherleigh Farm Park]] on
        [[date:27 July]]. [[name:Rose]] used a {{Signs of Safety}} {{safety map}} with both families and the {{IRO}}
        from [[name:Elijah]]'s time in care, and agreed ground rules for {{social media}}. Both children have asked to
        meet again at {{half-term}}, and the families now arrange contact themselves with a light-touch review at six
        months. What worked: slowing down, adults first, one worker holding both sides. Reported by
        [[name:D. Oyelowo]], {{Team Manager}}.
    """)),
    ("social_care", "incident", block("""
        Duty call transcript - recorded line - [[date:30/09/2024]] 16:47 - ref [[case_reference:DUTY-24-7719]]
        {{DUTY WORKER}}: {{Post adoption duty}}, [[name:Gemma]] speaking.
        {{CALLER}}: Hi, it's [[name:Anjali Desai-Ward]], [[name:Reuben]]'s {{mum}}. I rang on [[date:Wednesday the 25th]] and nobody called back.
        DUTY WORKER: I'm so sorry. Can I check your address?
        CALLER: [[address:9 Lapwing Drive, Nethercote]], [[postcode:NC7 2LB]]. He's punched a hole in the door again and he hit me on the arm. He's [[age:twelve]], he's nearly as big as me.
        DUTY WORKER: Are you safe right now? Is [[name:Reuben]] with you?
        CALLER: He's in his room. My husband's {{on nights}} at the [[organisation:Elmbridge Logistics]] depot.
        DUTY WORKER: OK. I'm getting {{the manager}} and we'll ring you back within the hour. Is [[phone:07700 900296]] still best?
        CALLER: Yes.
        [Note added by [[name:Gemma]]: the message of [[date:25/09]] went to the {{generic inbox}} and was not triaged.
        Escalated to {{Team Manager}}; {{CPV}} {{safety plan}} and crisis support via {{ASF}} fast-track requested.]
    """)),
    # ------------------------------------------------------------------ health: community pharmacy
    ("health", "incident", prose("""
        wrong bag out [[date:sat 3rd]] approx 14:10. 2 x [[name:Mohammed Hussain]] waiting at once (one DOB
        [[date_of_birth:11/02/58]], other [[date_of_birth:30/08/91]]). counter asst [[name:tash]] only checked name not
        addr. younger one went home w/ the older one's {{sertraline}} + {{ramipril}}, noticed at home + came back 16:30
        unopened. other pt waited 2 hrs, v unhappy, rang [[organisation:Orchard Lane Surgery]] to complain. both
        {{NHS no}}s printed on bags ([[nhs_number:485 729 1630]] / [[nhs_number:612 408 5577]]) but nobody looked.
        logged on {{PMR}} as [[case_reference:NM-0311]]. spoke to [[name:tash]], not a blame thing, she was on her own
        at the counter cos {{dispenser}} on break. need 2nd ID check (addr or DOB) EVERY time esp {{Sat}}s.
        [[name:Kwame]] ({{RP}})
    """)),
    ("health", "near_miss", prose("""
        On [[date:Monday 15 April]] at 09:20 a patient on {{supervised consumption}}, [[name:Darren Pocklington]] (DOB
        [[date_of_birth:22/11/1979]]), attended for his daily {{methadone}} 60ml. The {{locum pharmacist}},
        [[name:Bilal]], had already measured the dose when a second member of staff, {{pre-reg}}
        [[name:Anežka Dvořák]], began measuring another 60ml from the {{Methameasure}} for the same patient, because
        the {{instalment}} had not yet been ticked off on the {{FP10MDA}}. The duplicate was noticed when both measures
        were placed on the counter in the {{consultation room}}. The second measure was recorded and destroyed with a
        witness. No harm. Contributing factors: a {{Monday}} backlog of three days' instalments, two staff working from
        the same script, and ticking off after, not before, supervision. Agreed at {{huddle}}: whoever supervises holds
        the script and ticks at the point of measuring. {{Superintendent pharmacist}} informed. Ref
        [[case_reference:LPH-NM-24-077]].
    """)),
    ("health", "success", block("""
        #shoutouts  |  [[name:Joy Fairbairn]] ({{Area Manager}})  [[date:10/10/2024]] 08:31
        Huge thanks to [[name:Nasreen]] at [[organisation:Linden Pharmacy Hollybank Road]]. Last week a script came
        through {{EPS}} for {{trimethoprim}} for a patient already on weekly {{methotrexate}}. {{PMR}} flagged it but
        that {{interaction alert}} is one everyone clicks past. [[name:Nasreen]] didn't. She rang the surgery at
        [[organisation:Westcliff Health Centre]], spoke to Dr [[name:Okafor]], and it was switched to
        {{nitrofurantoin}}. She also spotted his last {{FBC}} was overdue and got him booked for bloods. Exactly the
        {{clinical check}} the {{GPhC}} keeps talking about.
          > [[name:Mark Delaney]]: brilliant, well done [[name:N]]
          > [[name:Nasreen]]: thanks all, just doing the job!
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT FORM
        Incident ref: [[case_reference:PSI-2024-0419]]
        Pharmacy: [[organisation:Marlowe Chemists]], [[address:118 Station Parade, Upper Hinton]] [[postcode:UH3 8RS]]
        Patient name: [[name:Dorothy Henshall-Pyke]] (known as [[name:Dot]])
        DOB: [[date_of_birth:04/06/1941]]     Age: [[age:83]]
        NHS no: [[nhs_number:703 915 2460]]
        Address: [[address:Flat 2, Bramley House, Clover Way, Upper Hinton]] [[postcode:UH3 9EL]]
        Date of incident: [[date:19/04/2024]]
        Reported by: [[name:Femi Adeleke-Roberts]] ({{Pharmacist Manager}})

        Description: {{warfarin}} dose is 4mg daily (1 x 3mg + 1 x 1mg). Two boxes were dispensed but both were 3mg
        (blue). Her {{daughter}} noticed on day 3 that all the tablets were blue. {{INR}} on [[date:22/04]] was 5.8;
        the {{anticoagulant clinic}} at [[organisation:St Aldhelm's Hospital]] advised omitting two doses. No bleeding.
        Cause: 1mg and 3mg stored side by side in near-identical packs; {{accuracy check}} done by the person who
        dispensed ({{lone working}}). Actions: strengths separated on shelf, {{LASA}} shelf-edge label, reported on
        {{LFPSE}}.
    """)),
    ("health", "near_miss", block("""
        [[date:21/05/2024]], 11:42 - {{Driver}} [[name:Gaz]]: at [[address:14 Beech rd]] for mrs [[name:Lomas]], no answer. {{neighbour}} says she's gone in {{hospital}}?? shall i leave it w him
        11:43 - {{Pharmacy}} ([[name:Priti]]): NO!! it's got her {{oxycodone}} in it, {{CD}} cant be left with a neighbour
        11:43 - Driver [[name:Gaz]]: ok soz didnt know there was a cd in there, bag didnt have the sticker
        11:44 - Pharmacy ([[name:Priti]]): bring it back pls, ill ring {{the surgery}} + her {{daughter}}
        11:58 - Pharmacy ([[name:Priti]]): daughter confirms she was admitted to [[organisation:Royal Kenmore]] last night
        12:20 - Driver [[name:Gaz]]: back at shop, van [[vehicle_registration:LK68 PWU]] parked round back
        12:25 - Pharmacy ([[name:Priti]]): bag back in {{CD cupboard}}, logged. note for all - CD sticker missing bc {{label printer}} out of the orange ones. pls dont send CDs out unlabelled
    """)),
    ("health", "incident", block("""
        Cold chain incident - vaccine fridge 2 - [[organisation:Greenhill Pharmacy]] - ref [[case_reference:GH-CC-1124]]
        [[date:Thu 14 Nov]]
        18:55  {{Dispenser}} [[name:Lwazi]] records fridge temps: current 5.1, min 2.8, max 6.0. Door seal "a bit loose".
        19:00  Pharmacy closed.
        [[date:Fri 15 Nov]]
        08:35  {{Pharmacist}} [[name:Ewa Nowicka]] finds current 13.4, max 17.9. Door ajar ~1cm.
        08:40  All stock quarantined in fridge 1: {{flu vaccine}} ({{QIV}}) x 62, {{Covid}} booster x 18,
               {{insulin}} for 4 patients.
        08:50  {{data logger}} downloaded: above 8C from 22:14 for approx 10 hrs.
        09:10  Manufacturer {{medical information}} called; {{UKHSA}} {{cold chain}} guidance followed. Vaccine
               clinic cancelled, 23 patients rung by [[name:Lwazi]] and [[name:Jules]].
        11:30  Advice: all vaccine stock to be destroyed (approx 1,400 pounds).
        14:00  Insulin patients contacted; replacement pens from [[organisation:Penmore Wholesale]] arrived 16:10.
        Learning: door seals on the weekly check; fridge alarm now texts the {{RP}}'s phone out of hours.
    """)),
    ("health", "success", block("""
        Monthly patient safety huddle - [[organisation:Abbeymead Pharmacy]] - [[date:3 September]]
        Present: [[name:Sunny Bhatt]] ({{RP}}), [[name:Grace Mwangi]] ({{ACT}}), [[name:Bill Thorne]] ({{dispenser}}),
        [[name:Leanne]] ({{counter}}), [[name:Kasia W.]] ({{delivery}})
        Apologies: [[name:Faith O'Driscoll]] ({{pre-reg}}, training day)

        1. Near-miss log ({{Aug}}): 14 entries, down from 31 in {{June}}. Biggest drop in {{LASA}} picks
        ({{amlodipine}}/{{amitriptyline}}; {{propranolol}}/{{prednisolone}}) since they were moved apart with
        shelf-edge alerts. [[name:Grace]] led this.
        2. [[name:Bill]] raised that 2 near misses were on {{Saturdays}} with only one checker - [[name:Sunny]] to ask
        for a second {{ACT}} on Sat mornings.
        3. Good catch: [[name:Kasia]] spotted a housebound patient's {{blister pack}} still had the stopped
        {{aspirin}} in it ({{GP letter}} of [[date:19/08]] not actioned). Intervention recorded.
        Actions: [[name:Grace]] to present the LASA work at the {{cluster meeting}}; [[name:Sunny]] to email the
        {{area manager}}.
    """)),
    ("health", "incident", block("""
        From: [[organisation:Ferncourt Surgery]] Prescriptions <[[email:ferncourt.surgery@nhs.net]]>
        To: [[organisation:Linden Pharmacy]] <[[email:linden.pharmacy.hk@nhs.net]]>
        Date: [[date:8 Jan 2025]] 10:12
        Subject: {{EPS}} - wrong nomination - urgent

        Hi,
        Mr [[name:Leonard Ashby-Cole]] (DOB [[date_of_birth:12/12/1950]], NHS [[nhs_number:450 218 6937]]) rang us very
        upset as his repeat ({{insulin glargine}}, {{metformin}}, {{gliclazide}}) wasn't with you. His {{nomination}} was
        changed on [[date:2 Jan]] to an {{online pharmacy}}, [[organisation:Medizip Direct]], which he says he has never
        heard of. We have reset it to you and re-issued (prescription ID [[case_reference:A7B4C2-K83016-22E41Q]]).
        He is down to his last two {{pens}} so please prioritise. We've reported the nomination change to the {{ICB}}.

        Thanks,
        [[name:Shona]]
        {{Prescriptions Clerk}} | [[organisation:Ferncourt Surgery]] | [[phone:01632 960774]]
    """)),
    ("health", "near_miss", block("""
        NEAR MISS LOG - w/c [[date:11/03]] - [[organisation:Tollgate Pharmacy]]
        Date | Patient | Rx | Picked | Caught by | Initials
        [[date:11/03]] | [[name:R. Ibekwe]] | {{propranolol}} 40mg | {{prednisolone}} 5mg | {{ACT}} | [[name:HB]]
        [[date:12/03]] | [[name:Jadwiga Nowak]] | {{Fostair}} 100/6 | Fostair 200/6 | {{RP}} | [[name:SM]]
        [[date:12/03]] | [[name:A. Yilmaz]] | {{mirtazapine}} 15mg | mirtazapine 45mg | ACT | [[name:HB]]
        [[date:14/03]] | [[name:Tobi Adeyemi]] ([[age:2]]) | {{amoxicillin}} 125mg/5ml | amoxicillin 250mg/5ml | RP | [[name:SM]]

        Comment ([[name:Sian Morgan]], RP): 3 of 4 this week were strength errors, all caught at the
        {{final check}}. Strengths now on separate shelves, and {{paediatric}} liquids get a second check. Discussed
        with [[name:Hamza]] ([[name:HB]]) at {{huddle}}.
    """)),
    ("health", "success", block("""
        [{{Teams}} - [[organisation:Linden Pharmacy Group]] - #north-branches]  [[date:Tue 25 Feb]]
        [[name:Abdi Warsame]] 15:04: Want to flag what our {{driver}} [[name:Pat]] did this morning. Delivering to a
        regular at [[address:4 Meadowsweet Court]], no answer which is unusual, could hear the {{TV}}. He knocked the
        {{neighbour}} who has a key and found her on the kitchen floor, been there since the night before. He called
        {{999}}, stayed till the {{ambulance}} came, and rang us so we could tell her {{GP}} and hold her {{MDS}}.
        [[name:Abdi Warsame]] 15:05: she's in [[organisation:Queen Adelaide]] now, her {{son}} rang to say thank you.
        [[name:Rhona McTaggart]] 15:09: amazing [[name:Pat]]. This is what the {{welfare check}} bit of the delivery
        {{SOP}} is for. Putting him forward for the quarterly award.
        [[name:Pat Gilhooly]] 15:20: cheers all, just glad I knocked next door
    """)),
    ("health", "incident", prose("""
        On [[date:6 March 2025]] I completed a {{Pharmacy First}} consultation for {{uncomplicated UTI}} with
        [[name:Siobhán Ní Bhriain]] ([[age:34]]). The {{GP Connect}} update was sent to
        [[organisation:Hartmoor Medical Practice]] instead of her registered practice,
        [[organisation:Hartley Moor Surgery]], because the lookup returned two similarly named practices and I selected
        the first. The wrong practice contacted us on [[date:10 March]]. The record contained her name, NHS number
        [[nhs_number:938 460 1721]], mobile [[phone:07700 900731]] and {{clinical notes}} including {{pregnancy}}
        status. The receiving practice deleted it and their {{practice manager}}, Mrs [[name:Gathoni]], confirmed this
        in writing. I phoned the patient, explained and apologised; the {{Duty of Candour}} conversation is documented.
        Reported to our {{IG}} lead ([[case_reference:IG-25-031]]); not reportable to the {{ICO}}. Learning: confirm the
        practice {{ODS code}} and address with the patient before sending.
    """)),
    ("health", "near_miss", block("""
        {{RP}} HANDOVER   [[date:Fri 28/06]]   [[name:Olu]] (am) -> [[name:Chen Xiaoming]] (pm)
        - Mrs [[name:Folake Adebisi]] - {{MDS}} tray for next week NOT final checked yet. NB near miss this am:
          {{levothyroxine}} 100 went in the 8pm slot instead of 8am. Found at {{final check}}, re-done. Please check
          the whole tray against the {{MAR}}, not just the changes.
        - {{CD register}}: {{Zomorph}} running balance corrected (entry of [[date:14/06]] was a transposition).
          Signed and dated.
        - [[name:Kieran]] ([[age:19]]) - {{EHC}} consult booked 4pm, {{consultation room}} free.
        - {{Owings}}: {{Estradot}} 50 for Ms [[name:Ruiz]] - wholesaler says {{Tuesday}}.
        - Fridge: max 8.3 at 13:05 after delivery, back to 4.9 by 13:30, logged.
        Ta, [[name:O.]]
    """)),
    ("health", "incident", prose("""
        cd discrepancy!! {{oxynorm}} 5mg caps - register says 56, physical count 28. last correct balance check
        [[date:mon 9th]] by [[name:ravi]]. since then 1 script, [[name:P. Okonjo]], 28 caps on [[date:11th]] and thats
        it. {{RP log}} shows [[name:ravi]] + [[name:jen]] only on both days. {{CCTV}} requested. informed {{CDAO}}
        ({{NHS England}}) Mr [[name:Brennan]] by phone 15:40. [[name:ravi]] thinks its a wrong-page entry - {{Zomorph}}
        page has an extra 28 in on the same date - so prob recording error not diversion, but NOT proven yet. no
        {{police}} for now per {{CDAO}}. {{CD cupboard}} keys with me till sorted. ref [[case_reference:CD-INC-0092]].
        update tmrw - [[name:Mags]] ({{pharmacist manager}})
    """)),
    ("health", "success", prose("""
        During the {{Hypertension Case-Finding Service}} on [[date:14 August]], Mr [[name:Trần]], a
        [[age:52-year-old]] delivery driver who came in for {{hay fever}} tablets, agreed to a {{blood pressure}}
        check. He read 192/118 on two measurements with a {{validated cuff}} and mentioned a headache and blurred
        vision. Our {{pharmacist}} [[name:Hope Ndlovu]] did not offer {{ABPM}} as the service spec would normally
        suggest, but followed the red-flag route: she sent him straight to {{A&E}} at
        [[organisation:Kingsmead General]] with a letter and phoned ahead. He was treated for a
        {{hypertensive emergency}} and admitted for three days. His wife came in on [[date:20 August]] to thank
        [[name:Hope]]. What went well: [[name:Hope]] recognised the symptoms and didn't get stuck on the service
        script, and the team covered the counter so she could stay with him until his lift arrived.
    """)),
    ("health", "near_miss", block("""
        Phone call 16:20 [[date:22/01]] (recorded for training)
        STAFF ([[name:Amber]]): [[organisation:Linden Pharmacy]], [[name:Amber]] speaking.
        CALLER: Hi, I picked up {{amoxicillin}} for my son [[name:Alfie]] earlier, he's [[age:2]], and the bottle says 250 in 5 but the doctor said it was the 125 one?
        STAFF: Can I take his date of birth?
        CALLER: [[date_of_birth:3rd of May 2022]].
        STAFF: And your address?
        CALLER: [[address:61 Heron Walk]], [[postcode:NV5 3HT]].
        STAFF: Thank you. Please don't give him any yet, I'm getting the {{pharmacist}}.
        PHARMACIST ([[name:Daniyal]]): Hi, the prescription from [[organisation:Bridgeway Surgery]] is 125mg in 5ml, 5ml {{three times a day}}. The label dose is right but we've picked the 250 strength. Has he had any?
        CALLER: No, I was just about to.
        PHARMACIST: Please bring it back and we'll swap it straight away. I'm really sorry.
        [Logged as near miss [[case_reference:NM-LP-2201]]; {{paediatric}} {{liquids}} now need a second check.]
    """)),
    ("health", "incident", block("""
        From: [[name:Tariq Mahmood]] <[[email:tariq.mahmood1@nhs.net]]>
        To: {{Adult Safeguarding}}, [[organisation:Wyvern District Council]] <[[email:asc.safeguarding@wyverndc.gov.uk]]>
        Date: [[date:17 October 2024]]
        Subject: Safeguarding concern - [[name:Edna Colquhoun]], DOB [[date_of_birth:08/01/1938]]

        Dear colleagues,
        I am the {{Responsible Pharmacist}} at [[organisation:Tollgate Pharmacy]]. I am concerned about Mrs
        [[name:Colquhoun]] of [[address:5 Orchard Mews, Sandwell Green]] (NHS [[nhs_number:521 637 8049]]). Since
        {{August}} her {{pregabalin}} and {{co-codamol}} have been collected by a man who says he is a {{neighbour}},
        "[[name:Dean]]". Twice he asked for the pregabalin early. Today Mrs [[name:Colquhoun]] phoned us confused,
        saying she had not had her tablets for a week and did not know who collects them. I have informed her {{GP}}
        at [[organisation:Oakfield Medical Group]] and we will not release medicines to anyone without her
        {{written consent}}. I have not raised this with the man.

        Regards,
        [[name:Tariq Mahmood]]
        {{Pharmacist}}, {{GPhC}} reg [[case_reference:2071483]]
    """)),
    ("health", "success", prose("""
        big shout out 2 [[name:will]] and [[name:dolly]] [[organisation:Ashgrove Care Home]] rang to say thx for
        sorting it at 6pm on [[date:24th dec]] when the {{out of hours}} GP sent {{end of life}} meds for one of their
        residents ({{midazolam}}, {{morphine}} inj) + we didnt have {{glycopyrronium}} in. [[name:will]] rang round 4
        pharmacies, [[name:dolly]] drove over to the [[organisation:Chemsave]] on the retail park and collected it.
        resident had it by 8.15, passed peacefully on [[date:boxing day]] with family there. {{palliative}} {{stock list}} now
        updated so we hold it ourselves. card is up by the {{controlled drugs}} cupboard. legends x [[name:sal]]
    """)),
    # ------------------------------------------------------------------ aviation: overnight line maintenance
    ("aviation", "incident", prose("""
        tool control - [[date:wed night 12th]] - 05:40 end of shift check, 1 x {{inspection torch}} missing off
        {{shadow board}} C. last signed out by [[name:dmitri]] for the #2 eng {{fan blade}} inspection on
        [[aircraft_registration:G-TVRN]] ({{A320}}). a/c due out 06:25 as [[flight_number:KTL 218]]. told
        {{duty mgr}} [[name:Sandeep]] + {{MCC}}, a/c held. me + [[name:ricky]] opened the {{fan cowls}} again 05:55,
        found the torch sat on the {{thrust reverser}} cascade. would of gone on the next {{engine run}} or take off.
        [[flight_number:KTL 218]] went 07:10, 45 min delay. {{MOR}} raised by [[name:Sandeep]], ref
        [[case_reference:MOR-24-0311]]. [[name:dmitri]] was gutted, he got pulled onto another job mid task and the
        {{handover}} didnt mention the torch. need tool sign out tied to the task not the person imo. [[name:jas]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - [[organisation:Tarnfield Airport]] {{Ground}} 121.855 - [[date:19 November]] - 02:47 local
        {{TUG 12}}: Ground, Tug one two, request tow [[aircraft_registration:G-OHRN]] from {{stand 31}} to {{the hangar}} via {{Alpha}}.
        {{GND}}: Tug one two, tow approved via Alpha, {{hold short}} of {{Bravo}}.
        TUG 12: Via Alpha, hold short Bravo, Tug one two.
        (02:52)
        GND: Tug one two, STOP IMMEDIATELY, you are entering Bravo, traffic on Bravo.
        TUG 12: Stopping, Tug one two.
        GND: [[flight_number:Solway nine zero four six]], hold position.
        [[flight_number:SOL 9046]]: Holding, [[flight_number:Solway nine zero four six]].

        Engineer's note: tow crew [[name:Gary Ruddock]] (driver) and [[name:Ngozi Eze]] ({{brake rider}}). The
        {{stop bar}} lights at B were {{U/S}} and the driver was watching the {{wingwalker}} on the left. Stopped about
        40m from the taxiing {{ATR}}. Reported as an {{MOR}}, occurrence ref [[case_reference:OR-2411-0082]].
    """)),
    ("aviation", "success", block("""
        #line-nights  |  [[name:Hollie-Mae Stroud]] ({{Quality}})  [[date:7 Aug]] 09:12
        Shout-out for [[name:Bogdan]] ({{B1}}). During a routine {{daily check}} on [[aircraft_registration:G-KLPA]]
        ({{A319}}) on [[date:6 August]] he noticed chafing on a loom behind the {{LH}} {{MLG}} bay access panel.
        Not on the card, not in the zone he was checking, he just looked. Insulation worn through on two wires of the
        {{brake temperature}} sensor harness. Raised in the {{tech log}}, repaired to {{SWPM}}, and {{Technical Services}}
        have found the same clamp missing on two other aircraft in the fleet. A fleet inspection ({{EI}}
        [[case_reference:EI-2024-057]]) has gone out.
          > [[name:Chidi Okonkwo]]: top work [[name:Bogdan]]
          > [[name:ffion.b2]]: legend
    """)),
    ("aviation", "incident", prose("""
        On the night of [[date:3 March]] I was the certifying {{B1}} on [[aircraft_registration:G-SOLC]]
        ({{ATR 72-600}}) on {{stand 7}}. A deferred defect ({{ADD}} [[case_reference:ADD-0412]], {{MEL}} item,
        {{windshield heat}} inoperative) was due for rectification. I fitted the replacement {{controller}}, tested it
        and cleared the defect in the {{tech log}} (page [[case_reference:TLP 118847]]), but I wrote the reference as
        [[case_reference:ADD-0421]], which belonged to an open {{cabin}} item (reading light, seat 12C). The
        {{CRS}} was signed at 05:35 and the aircraft operated [[flight_number:SOL 311]]. On the return sector,
        [[flight_number:SOL 312]], the {{cabin crew}} reported the reading light and the {{MCC}} found
        [[case_reference:ADD-0421]] showing closed while [[case_reference:ADD-0412]] was still open. No safety effect,
        as the windshield heat was in fact working. Contributing: I was copying from the handwritten {{deferred defect
        list}} at the end of a busy shift. Reported to [[organisation:Northgate Aero Engineering]] {{Quality}} and to the
        operator, [[organisation:Solway Air]]. [[name:Emre Yıldız]], {{B1}}
    """)),
    ("aviation", "near_miss", block("""
        NIGHT SHIFT HANDOVER - [[organisation:Skyline Technics]] - [[organisation:Tarnfield Airport]] line station
        From: [[name:Aoife Brennan-Oduya]] ({{nights shift lead}})   To: [[name:Raj]] (days)   [[date:Sun 17/03]] 05:50

        [[aircraft_registration:G-KTLD]] ({{A321neo}}) - stand 14 - {{daily}} done, {{CRS}} signed.
        NEAR MISS: 3 x {{pitot covers}} still fitted at 05:20, spotted by the {{dispatcher}} on his walkround.
        [[name:Liam]] fitted them at 23:00 before the {{wash}} but they weren't entered on the {{blanks and covers log}},
        and the CRS was signed off the log. Removed, {{pitot/static}} ports inspected, log updated.
        [[flight_number:KTL 904]] due 06:40, no delay expected.

        [[aircraft_registration:G-OBWE]] - {{ADD}} [[case_reference:ADD-2291]] ({{APU}} bleed valve) carried, part ETA
        {{Tuesday}}.
        {{Tug 3}} brakes soft - out of service, tag on. Eng van [[vehicle_registration:AV63 TNX]] low on fuel.

        Please brief the covers log at the 07:00 brief. [[name:Aoife]]
    """)),
    ("aviation", "incident", block("""
        Occurrence chronology - [[aircraft_registration:G-BRWK]] ({{737-800}}) - [[organisation:Brightwing]] - night [[date:8/9 Dec]]
        22:40  On blocks {{stand 22}} after [[flight_number:BWG 1147]].
        23:30  {{B1}} [[name:Kofi Mensah]] finds {{hydraulic fluid}} dripping in the {{LH}} {{MLG}} bay during the
               {{weekly check}}.
        00:15  Source found: cracked B-nut on a {{brake}} line, {{System B}}.
        00:30  No spare on station. {{MCC}} ([[name:Nadine]]) informed.
        01:10  Part located at main base; driven down in van [[vehicle_registration:BX21 ORF]] by [[name:Tyrone]].
        04:50  Part arrives.
        05:10  Line replaced, {{leak check}}, {{brake bleed}}.
        06:55  {{Duplicate inspection}} by [[name:Svetlana Ivanova]].
        07:10  {{CRS}} signed, work order [[case_reference:WO-778120]].
        07:48  [[flight_number:BWG 1150]] off blocks, 1h33 late (sched 06:15).
        Issues: no common hydraulic fittings held at this outstation; stores list last reviewed before the
        {{737}} fleet arrived. [[name:Kofi]] did the right thing stopping the {{weekly check}} to chase it.
    """)),
    ("aviation", "success", block("""
        Nights Learning Review - [[organisation:Northgate Aero Engineering]] - [[date:14/05/2024]]
        Present: [[name:Kwabena Asante]] ({{Base Maintenance Manager}}), [[name:Hollie-Mae Stroud]] ({{Quality}}),
        [[name:Dev]] ({{B1}}), [[name:Ffion]] ({{B2}}), [[name:Rory McAllister]] ({{mechanic}}), [[name:Sunil P.]] ({{stores}})
        Apologies: [[name:Mark]] ({{Safety Manager}}), [[name:Jaroslav Novák]]

        1. Good catch: [[name:Ffion]] noticed the tablet {{AMM}} showed revision 58 when revision 59 (new torque figure
        for {{flap track fairing}} bolts) had been issued. Task on [[aircraft_registration:G-SOLF]] stopped and redone to
        the new figure. Cause: tablets not syncing overnight on the {{hangar Wi-Fi}}. Now checked at shift start.
        2. Tool control: 12 weeks with no lost tools since {{shadow boards}} were re-done.
        3. {{Fatigue}}: no reports this period.
        Actions: [[name:Dev]] to write up item 1 for the {{HF}} newsletter by [[date:31/05]]; [[name:Sunil P.]] to check
        {{IT}} ticket [[case_reference:INC0048812]].
    """)),
    ("aviation", "near_miss", block("""
        #line-nights-tarnfield ({{Slack}} export, [[date:22 Feb]])
        [[name:gav.millar]] 01:12  anyone know if we can dispatch [[aircraft_registration:G-KTLB]] with the {{fwd cargo}} smoke det inop? going off {{MEL}} 26-15-01
        [[name:ayesha.k]] 01:14  thats the {{lav}} smoke det item mate. cargo smoke is a different item and its NO-GO
        [[name:ayesha.k]] 01:15  check the MEL rev on {{CAMO}} not the printed copy in the {{crew room}}
        [[name:gav.millar]] 01:20  yeah ur right, printed one is 2 revs old. pulled it. calling {{MCC}}
        [[name:bartek_w]] 01:31  MCC says no-go, {{aircraft swap}} for [[flight_number:KTL 412]], [[aircraft_registration:G-KTLF]] being prepped on {{stand 9}}
        [[name:gav.millar]] 01:33  cheers [[name:ayesha]]. raising it as a near miss on {{ORS}}. old MEL binder binned
    """)),
    ("aviation", "incident", block("""
        GROUND DAMAGE REPORT
        Report no: [[case_reference:GDR-24-0193]]
        Date/time: [[date:27/10/2024]] 03:15
        Aircraft: [[aircraft_registration:G-SOLH]] ({{ATR 72-600}}), operator [[organisation:Solway Air]]
        Location: {{remote stand}} 41, [[organisation:Tarnfield Airport]]
        Vehicle: {{potable water truck}}, reg [[vehicle_registration:GN16 WKA]], [[organisation:Aeroserv Handling]]
        Driver: [[name:K. Mahmoud]]
        Reported by: [[name:Inês Carvalho]], {{B1}}, licence [[case_reference:UK.66.418273]]

        Narrative: water truck reversed away from the aircraft without a {{banksman}} and struck the {{RH}}
        {{wingtip}}. {{Nav light}} lens cracked, 15cm scuff on the lower skin. The stand was poorly lit as floodlight
        41B was {{U/S}} (reported [[date:20/10]]). Aircraft {{AOG}} pending {{SRM}} assessment; [[flight_number:SOL 221]]
        (06:05) cancelled, passengers rebooked. Driver tested negative for alcohol. {{MOR}} filed.
    """)),
    ("aviation", "success", block("""
        From: [[name:Chidi Okonkwo]] <[[email:c.okonkwo@northgate-aero.co.uk]]>
        To: {{Nights B crew}}
        Date: [[date:Wed 12 June 2024]] 07:58
        Subject: thank you - [[aircraft_registration:G-KTLM]] AOG recovery

        Team,
        [[aircraft_registration:G-KTLM]] came in at 23:20 with a {{bird strike}} on the {{No.2 engine}}. By 05:45 you had
        done the {{borescope}} inspection ([[name:Rajinder]]), found only {{soft body}} damage within limits, cleaned
        and inspected the {{fan}}, and [[name:Precious]] had the {{tech log}} and the {{ADD}} paperwork squared away before
        the crew arrived. [[name:Wiktor]] and [[name:Bob]] kept the other three {{dailies}} going at the same time.
        [[flight_number:KTL 602]] left on time and {{MCC}} didn't even have to call the {{standby aircraft}}.
        Calm, methodical, no shortcuts. Thank you.

        [[name:Chidi]]
        {{Duty Maintenance Manager}} | [[organisation:Northgate Aero Engineering]] | [[phone:0113 496 0822]]
    """)),
    ("aviation", "near_miss", block("""
        Work order [[case_reference:WO-781455]] - [[aircraft_registration:G-BRWN]] - {{A-check}} items - night [[date:02/08]]
        Task | Eng | Dup insp | Status
        {{Aileron}} cable tension | [[name:J. Obi]] | [[name:Marie-Laure Dubois]] | closed
        {{Elevator}} {{trim tab}} free play | [[name:J. Obi]] | - | OPEN
        {{Nose wheel}} change | [[name:Kev]] | n/a | closed
        {{Emergency lighting}} test | [[name:Ffion]] | n/a | closed

        Near miss: the trim tab card was in the "complete" tray with the engineer's stamp but no
        {{duplicate inspection}} of a {{flight control}}. Found by [[name:Dubois]] during the pack review before {{CRS}} at 05:30;
        [[name:Obi]] had been called away to an {{AOG}} on stand 3. DI done 05:50, no findings. We need the card to
        show DI REQUIRED in red. Logged as [[case_reference:NM-L-0802]].
    """)),
    ("aviation", "incident", block("""
        [[date:03/07/2024]], 06:58 - {{Duty Mgr}} [[name:Ros]]: morning. [[aircraft_registration:G-SOLD]] landed at [[organisation:Skerravoe Airport]] with oil streaking on the no.1 {{nacelle}}, {{oil filler cap}} found unlocked. oil uplift was done here last night
        07:02 - [[name:Mikey]]: that was me, 2 qts on no.1 at 03:10. im sure i locked it
        07:03 - [[name:Ros]]: not a blame thing mate. [[flight_number:SOL 118]] crew had {{oil quantity}} dropping, no shutdown, landed normal
        07:05 - [[name:Ros]]: need your statement + {{tech log}} page [[case_reference:TLP 120334]]. who did your {{independent check}}?
        07:09 - [[name:Mikey]]: no one, its not a required check for oil. it was dark and raining, {{cowl}} light broken
        07:10 - [[name:Ros]]: ok. {{MOR}} going in. [[name:Precious]] is pulling the {{HF}} form
        07:14 - [[name:Precious]]: sent to [[email:quality@northgate-aero.co.uk]]
    """)),
    ("aviation", "success", prose("""
        On the night of [[date:18 February]], {{B1 engineer}} [[name:Tomás Ó Súilleabháin]] told the {{shift lead}} at
        02:00 that he was too tired to carry out the {{duplicate inspection}} on a {{rudder}} {{PCU}} change on
        [[aircraft_registration:G-BRWT]]. He was on his fourth night after swapping a day shift to cover for a
        colleague and had had about five hours' sleep. The shift lead, [[name:Gwen Ellis]], reassigned the inspection
        to [[name:Nikhil]] and stood [[name:Tomás]] down for the rest of the shift with a taxi home paid for by
        [[organisation:Skyline Technics]]. No pressure, no questions. The {{FRMS}} review found the rostering system
        let a day-to-night swap through with only nine hours' rest; that swap is now blocked. This is exactly the
        {{Just Culture}} we want: [[name:Tomás]] spoke up and was thanked for it, and the fix went in within a week.
    """)),
    ("aviation", "near_miss", block("""
        Engine ground run - [[aircraft_registration:G-BRWT]] - {{run-up bay}} - [[date:21 January]] 03:40
        Interphone transcript
        {{FLIGHT DECK}} ([[name:Ashok Menon]]): Ground, flight deck, starting number two.
        {{GROUND}} ([[name:Lukas]]): Cleared to start two, area clear, {{fire cover}} in position.
        FLIGHT DECK: Starting two... N2 rising... stable at {{idle}}.
        FLIGHT DECK: Going to {{70% N1}} on two.
        GROUND: STOP STOP STOP, person approaching number two {{intake}} from the left, {{hi-vis}}, no headset.
        FLIGHT DECK: Retarding. Shutting down two. Two shut down.
        GROUND: Person clear. Walking him off.
        Note: person was a {{cleaner}} from [[organisation:BrightClean Aviation Services]] taking a shortcut to the
        {{crew bus}}. {{Cones}} and barrier not fully placed as the {{marshaller}} was late. No injury. Reported via
        {{MOR}}, ref [[case_reference:OCC-24-0127]]. Thanks [[name:Lukas]] for the call.
    """)),
    ("aviation", "incident", prose("""
        wheel change #3 on [[aircraft_registration:G-KTLP]] ([[date:fri 9/8]] night) - {{axle nut}} torqued to first
        stage only, {{lock bolt}} not fitted. i got called to the {{APU}} fault on the other a/c halfway thru and
        [[name:chris h]] thought i'd finished so he put the {{hubcap}} on. found by days ([[name:Yusra]]) on her
        {{walkround}} at 07:15 bcos the hubcap was sat wonky. a/c hadnt flown, [[flight_number:KTL 771]] delayed 40 min
        while it was done properly. our fault. no {{task card}} stage marking for wheel changes on nights, we just do it
        from memory. [[name:Phil]] ({{shift lead}}) says were getting stage sheets. [[name:jj]] {{B1}}
    """)),
    ("aviation", "success", block("""
        (note left on the {{crew room}} board, [[date:Sat 5 Oct]])

        To the night team -
        Thank you for staying past 06:00 to sort {{PACK 2}} on [[aircraft_registration:G-SOLB]]. Without you
        [[flight_number:SOL 402]] would have gone with one pack and a {{FL}} restriction, on a full flight with two
        babies and a lady on oxygen. [[name:Robin]] talked us through the {{MEL}} options really clearly and
        [[name:Hazel]] had the replacement {{ACM}} fitted and leak checked with time to spare.
        Proper teamwork. Coffee and pastries are on us at the next night stop.

        {{First Officer}} [[name:Beatriz Nakamura-Silva]] and Capt [[name:Dawes]]
        [[organisation:Solway Air]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind294", REPORTS))
