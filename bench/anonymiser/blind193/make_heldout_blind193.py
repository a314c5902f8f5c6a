"""Held-out blind corpus 193: UK incident, near-miss and learning reports written blind.

Settings (everything inside them is invented):
- social_care: an adoption support service and its post-adoption contact ("letterbox") team -
  letter exchanges with birth families, direct and sibling contact, access to records,
  intermediary work, Adoption Support Fund applications.
- health: an adult acute mental health inpatient unit - observations, Section 17 leave and
  AWOL, restraint and rapid tranquillisation, ligatures, contraband, tribunals, discharge.
- aviation: a general aviation maintenance organisation with its own CAMO - annuals, 50 and
  100 hour checks, airworthiness reviews and ARCs, ADs, tool control, engine runs, test flights.

Styles: formal narratives and e-mails (From/To headers, signatures with job titles and phone
numbers) mixed with shout-outs and thank-you notes; rushed lower-case notes with typos and
text-speak; chronologies with times; Teams/WhatsApp/Slack exports; handover notes; pipe tables
with initials in cells; minutes with attendance and apologies; debriefs; forms with Name/DOB/Ref
fields; AFIS RT transcripts and tech log entries. Names are deliberately varied: non-Anglo and
hyphenated names, apostrophe names, nicknames, initials, lower-case names and names that are
ordinary English words. Must-not-redact terms (roles, agencies, clinical and engineering terms,
aircraft types, generic times and places) are marked {{like this}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind193.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        On [[date:14 March 2024]] the {{letterbox coordinator}}, [[name:Nadia Rahman-Oyelaran]],
        forwarded the annual {{letterbox}} letter from the {{adopters}} of [[name:Kacper]] (now
        [[age:8]]) to his {{birth mother}}. The letter had been through the {{redaction checklist}},
        but one of the enclosed photos showed [[name:Kacper]] in a sweatshirt with the crest of
        [[organisation:Holmebrook Primary School]] clearly visible. Two days later the birth mother
        posted the school's name in a Facebook group. {{Adoption social worker}}
        [[name:Tomasz Zieliński]] informed the adopters the same afternoon; {{the school}} and
        {{police}} were advised and a {{safety plan}} agreed. No contact has been attempted so far.
        Learning: all photos are now checked by two workers, and the checklist has been extended to
        cover uniforms, backgrounds, house numbers and car number plates.
        Ref [[case_reference:LBX-2024-0331]].
    """)),
    ("social_care", "incident", prose("""
        posted {{letterbox pack}} to wrong address!! was meant for {{birth nan}} mrs
        [[name:o'sullivan]] at [[address:22 tanners row]] [[postcode:LS12 4QT]] but went to old addr
        for {{birth aunt}} [[name:kerry]] who isnt on the {{contact agreement}}. no identifying info
        in it thank god just {{first names}} + drawings. rang [[name:Shazia]] ({{team manager}}) she
        said log it + do {{data breach form}}. called [[name:kerry]] on [[phone:07700 900614]] she
        was fine abt it and will post it back to us. address on {{CMS}} not updated since the 2021
        review thats the root cause imo. we need an {{address check}} b4 every send. [[name:jb]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Hope Adeyemi-Blake]] <[[email:h.adeyemi-blake@northfellsadoption.org.uk]]>
        To: {{Adoption Support Duty}}
        Cc: [[name:Luca Bianchi]]
        Sent: [[date:03 June 2024]] 16:42
        Subject: URGENT - unplanned contact, [[case_reference:AS/4471]]

        Hi all,

        Just had a call from [[name:Grace]] and [[name:Darren Whitlock]] ({{adopters}}). At about 3pm {{birth dad}} sent a message request on {{Instagram}} to their eldest, [[name:Mia]] ([[age:14]]). He used her {{birth name}} and mentioned her little sister. [[name:Mia]] hasn't replied; parents have screenshotted it and blocked him.

        I've advised them not to engage, to keep the screenshots and to report the account. I've also let [[name:Mia]]'s {{DDP therapist}} know as she has a session on Thursday.

        Can someone please update the {{risk assessment}} on {{CMS}} and add this to the agenda for the {{safety planning meeting}}? I'm on a course tomorrow but reachable on [[phone:07700 900382]].

        Thanks,
        [[name:Hope]]

        [[name:Hope Adeyemi-Blake]]
        {{Adoption Support Social Worker}} | [[organisation:Northern Fells Adoption]]
    """)),
    ("social_care", "incident", block("""
        Direct contact - [[organisation:Fernlea Family Centre]] - [[date:Sat 20/07/24]]
        Child: [[name:Amani]] ([[age:6]])   Ref: [[case_reference:RAA-0917]]
        Supervising worker: [[name:Precious Ncube]]

        10:00 {{Adopters}} [[name:Ruth]] and [[name:Idris Vaughan-Jones]] arrive with [[name:Amani]], settle in {{family room}}.
        10:20 {{Birth mum}} not here. Text from her: bus late.
        10:45 Birth mum arrives with new partner (not approved in {{contact plan}}). Asked to wait in reception, refuses at first.
        10:50 Birth mum smells strongly of alcohol, slurring. [[name:Precious]] ends {{contact}} per {{written agreement}}. [[name:Amani]] taken out the back door by adopters.
        11:05 Partner shouting in car park, films adopters' car ([[vehicle_registration:YD21 KZP]]). {{Centre manager}} rings {{police}} on {{101}}.
        11:30 Adopters left safely. Phone debrief with them 14:00.

        Actions: adopters advised re car plate; review {{contact risk assessment}}; consider {{indirect contact}} only. [[name:PN]]
    """)),
    ("social_care", "incident", block("""
        Chat export - {{Letterbox}} channel
        [09:14] [[name:Sinead O'Connell]]: morning, quick one - did the [[name:Baptiste-Morgan]] letter go out {{Friday}}?
        [09:15] [[name:Kwame]]: yeah posted to {{birth mum}} the usual way
        [09:16] [[name:Sinead O'Connell]]: oh no. just opened the copy on file - they've signed it "love from [[name:Jade]], [[name:Leon]] & [[name:Tyler Baptiste-Morgan]]" 🙈 full new surname
        [09:16] [[name:Kwame]]: 😬 I checked the body of the letter but not the sign off
        [09:17] [[name:Sinead O'Connell]]: not on you, the {{checklist}} doesn't mention signatures. can you ring your {{TM}} and I'll start the {{breach form}}
        [09:18] [[name:Kwame]]: ringing [[name:Dilys]] now
        [09:31] [[name:Kwame]]: [[name:Dilys]] says log it on the {{incident system}} and tell the {{adopters}} today. she's letting {{IG}} know
        [09:32] [[name:Sinead O'Connell]]: 👍 I'll ring the adopters. ref [[case_reference:LB-2291]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Access to Records / {{Birth Records Counselling}}
        Name: [[name:Farida Qureshi-Lowe]]
        DOB: [[date_of_birth:09/11/1983]]
        NI No: [[ni_number:JK 48 21 73 C]]
        Ref: [[case_reference:ATR/2023/118]]
        Reported by: [[name:Bogdan Ilie]], {{Adoption Records Officer}}

        What happened:
        Ms [[name:Qureshi-Lowe]] ([[age:40]]) was given a copy of her {{adoption file}} at a counselling session on [[date:5 Feb]]. Reading it at home she found two pages about a different child placed by the same {{agency}} in 1984, including that child's birth name and the {{foster carer}}'s address at [[address:14 Alder Grove, Moss Side]]. She rang us on [[date:7 Feb]] and returned the pages by {{recorded delivery}}.

        Why: the file was copied from {{microfiche}}; the pages were misfiled decades ago and the {{third-party redaction}} check was done against the index, not page by page.

        Actions: page-by-page check now mandatory; {{ICO}} notified; written apology sent to Ms [[name:Qureshi-Lowe]].
    """)),
    ("social_care", "near_miss", block("""
        Handover - letterbox admin - Wed pm
        - 3 {{letterbox}} packs ready for Thurs post, all through {{2nd check}}.
        - 4th pack ([[name:Balogun]] family, [[case_reference:LB-1876]]) PULLED. Photo of [[name:Zainab]] and [[name:Yusuf]] on their front step with the door number and half the street sign ("[[address:Ferndale Terr]]") behind them. [[name:Maja]] spotted it - great catch. NOT sent.
        - Rang {{adoptive mum}} Mrs [[name:Balogun]], she's fine, emailing a new photo tomorrow from [[email:bisi.balogun82@gmail.com]] - print and {{redact}} as usual.
        - Reminder: {{second checker}} looks at {{photo backgrounds}}, not just faces and names.
        - [[name:Gosia]] off Thurs so [[name:Maja]] doing the {{post run}}.
        - {{Shredding bin}} full, {{facilities}} called.
        [[name:RK]]
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - "AS team 2" - [[date:12/09/2024]]
        17:02 - [[name:Bex]]: [[name:gaz]] u still in?
        17:02 - [[name:Gaz]]: yeh til half 5 why
        17:04 - [[name:Bex]]: nearly sent the {{support plan minutes}} for [[name:Arash]] to {{birth mum}} 😱 {{outlook}} autofilled [[name:Leila Haidari]] instead of [[name:Leila Stone]] ({{adoptive mum}}). same first name!!
        17:04 - [[name:Gaz]]: omg did it go
        17:05 - [[name:Bex]]: no!! saw [[email:leilahaidari@hotmail.co.uk]] in the To box just as i hit send and clicked undo. minutes have the {{adopters}} address + {{the school}} on them
        17:06 - [[name:Gaz]]: jeez. log it as a {{near miss}} tho, [[name:Ngozi]] will want it for the {{IG log}}
        17:06 - [[name:Bex]]: yeh doing it now. gonna ask {{IT}} to turn off autocomplete for {{birth family}} contacts
        17:07 - [[name:Gaz]]: good shout x
    """)),
    ("social_care", "near_miss", block("""
        {{Letterbox}} and Contact Review Group - minutes
        [[date:Tues 8 October 2024]], [[organisation:Riverside House]] room 2 / {{Teams}}
        Present: [[name:Luca Bianchi]] (chair, {{TM}}), [[name:Siobhán Ní Bhriain]], [[name:Kwabena Asante]], [[name:Gosia Nowak]], [[name:Will Ferreira]] ({{IRO}})
        Apologies: [[name:Dilys Pugh]], [[name:Ana-Maria Popescu]]

        1. Actions from last time - all closed except {{CMS}} address field (with IT).
        2. Near miss [[case_reference:LB-2240]]: [[name:Siobhán]] reported a letter from a {{birth grandfather}} containing a cheque made out to the child in her {{adoptive surname}}, which he should not know. Letter held, not forwarded. Likely source is an old {{LAC review}} paper sent to him in 2019. [[name:Kwabena]] to check what else was in that bundle.
        3. Learning: every incoming letter read in full by the {{coordinator}} before onward send; cheques and gifts never forwarded without {{manager}} sign-off.
        4. AOB: {{Adoption Support Fund}} renewals due - [[name:Will]] to circulate list.
        Next meeting [[date:12 Nov]].
    """)),
    ("social_care", "near_miss", prose("""
        call came in to {{duty}} approx 2pm from a man saying he was [[name:joel]]s dad ie the
        {{adoptive dad}}, asking for the new mobile number we hold for {{adoptive mum}} as he'd
        "lost his phone". i nearly read it out then realised the number he was calling from
        ([[phone:07911 123408]]) is the {{birth father}}s on {{the system}}. said i'd call back on the
        number on file. rang adoptive mum [[name:Funmi]] on [[phone:07700 900527]] and she said her
        husband was stood right next to her. no info given out. told [[name:sam w]] ({{senior}}) and
        put an {{alert}} on file. we need a {{password}} or {{call back rule}} for duty cos this cud
        easily happen again. birth dad is Mr [[name:Reece Hollins]], no idea how he knew to ring us
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 21 November 2024]] I was preparing the annual {{letterbox}} exchange for
        two brothers who are placed separately: [[name:Daniel]] with the [[name:Obi-Walker]] family
        and [[name:Kai]] with Mr and Mrs [[name:Hassan]]. Both {{adoptive families}} write to the
        same {{birth mother}}, so their letters are usually prepared together. During the
        {{second-person check}} with [[name:Amrit Kaur Sandhu]] we found the [[name:Hassan]] letter,
        which names [[name:Kai]]'s town and football club, inside the envelope addressed to the
        [[name:Obi-Walker]] family for their separate {{sibling letterbox}}. The envelope had not
        been sealed. Had it gone, the [[name:Obi-Walker]] family would have learned identifying
        details of [[name:Kai]]'s placement, contrary to the {{contact agreement}} approved at
        {{matching panel}}. Envelopes are now prepared one family at a time and checked against the
        {{contact log}} before sealing. [[name:Chiamaka Eze]], {{Letterbox Coordinator}}
    """)),
    ("social_care", "success", prose("""
        Massive shout out to [[name:Chi]] ([[name:Chiamaka Eze]]) in the {{letterbox team}}!! She
        spent most of last week tracking down a {{birth grandmother}} who moved back to Ghana and had
        never received the last three years of letters - they kept coming back 'not known at this
        address'. [[name:Chi]] worked with {{Children and Families Across Borders}}, got a safe
        {{PO box}} arranged through the grandmother's church and posted the lot with a
        {{covering letter}}. {{Nan}} rang on [[date:Tuesday 3rd]] in tears to say thank you and
        that she'd read them all twice. Proper {{person-centred}} work and she kept it all
        {{GDPR}}-tight too. From [[name:Sunny]] and everyone in {{Team B}} 💐
    """)),
    ("social_care", "success", block("""
        Card received [[date:02/12/2024]] - scanned to [[case_reference:ASF-22-0410]]

        Dear [[name:Rhiannon]] and [[name:Tendai]],

        We just wanted to say thank you for everything this year. When [[name:Lwazi]] got a {{fixed-term exclusion}} from [[organisation:St Cuthbert's C of E Primary]] in the spring we honestly didn't know where to turn. You sorted the {{therapeutic parenting}} course, fought for the {{ASF}} money for {{DDP}}, pushed the {{Virtual School}} and [[name:Tendai]] sat through that awful {{PEP}} meeting with us. He has settled at [[organisation:Oakmere Academy]] and got a {{merit award}} last week!

        You are the best {{adoption support}} workers we could have asked for and you always, always rang back, even on {{Fridays}}.

        Love from [[name:Blessing]], [[name:Tom]] and [[name:Lwazi]] xx
    """)),
    ("social_care", "success", prose("""
        Debrief - {{sibling contact}} at [[organisation:Tatton Farm Park]], [[date:Sun 18 Aug]].
        First {{direct contact}} between [[name:Eva]] ([[age:11]], adopted 2019) and her brothers
        [[name:Jean-Luc]] and [[name:Marcel Mukendi]], who are in {{long-term foster care}}. What
        went well: planning with both {{supervising social workers}} three weeks ahead;
        {{foster carer}} Mrs [[name:Adebayo]] and {{adoptive dad}} [[name:Marek]] met for a coffee
        beforehand so the adults weren't strangers; [[name:Eva]] brought her {{life story book}} and
        the boys loved seeing baby photos. They fed the goats, argued over the tractor ride and
        [[name:Eva]] asked if they can do it again at Christmas. Even better if: handover in the car
        park was too public - meet inside next time. Next steps: review the {{contact plan}} at the
        boys' {{LAC review}} and update [[name:Eva]]'s {{adoption support plan}}.
        [[name:Precious Ncube]], {{Adoption Support SW}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Luca Bianchi]]
        To: {{Adoption Support - all staff}}
        Date: [[date:Fri 14/06/2024]]
        Subject: Well done [[name:Kwabena]]!

        Hi everyone,

        A quick note to say a huge well done to [[name:Kwabena Asante]]. The [[name:Nguyen]] family ([[case_reference:AS/3982]]) had been waiting since February for a {{specialist assessment}}. [[name:Kwabena]] pulled the {{ASF}} application together in two days, chased the {{CAMHS}} letter himself and got the {{fair access limit}} exception agreed. [[name:Hoa]] rang me this morning to say their son starts {{sensory integration therapy}} at [[organisation:Brightwater Therapy Centre]] on [[date:1 July]].

        This is exactly the tenacious, family-first practice {{Ofsted}} picked out at our last {{inspection}}. [[name:Kwabena]], please take this afternoon - you've earned it.

        Best,
        [[name:Luca]]

        [[name:Luca Bianchi]]
        {{Team Manager}}, Adoption Support
        [[organisation:Northern Fells Adoption]]
        Tel: [[phone:01539 496120]] | Mob: [[phone:+44 7700 900771]]
    """)),
    ("social_care", "success", block("""
        Letterbox Q2 summary - [[name:G. Nowak]]

        | Ref | Child | Direction | Checked | Sent | Notes |
        |---|---|---|---|---|---|
        | [[case_reference:LB-1876]] | [[name:Z.B.]] | {{adopters}} to {{birth mum}} | [[name:GN]]/[[name:MK]] | [[date:04/07]] | photo swapped, ok |
        | [[case_reference:LB-2011]] | [[name:A.H.]] | {{birth gran}} to adopters | [[name:MK]]/[[name:KA]] | [[date:11/07]] | read in full |
        | [[case_reference:LB-2102]] | [[name:R.W.]] | adopters to {{birth father}} | [[name:GN]]/[[name:KA]] | held | {{returned mail}}, tracing via {{DWP}} |
        | [[case_reference:LB-2240]] | [[name:E.M.]] | birth grandad to adopters | [[name:SNB]]/[[name:GN]] | held | cheque removed, see {{minutes}} |
        | [[case_reference:LB-2291]] | [[name:T.B.-M.]] | adopters to birth mum | [[name:KO]]/- | [[date:23/08]] | breach - signature, {{single check}} |

        22 of 24 exchanges went out on time with a {{two-person check}}. Only one breach this quarter (Q1: 3). Thanks to [[name:Gosia]], [[name:Maja]] and [[name:Kwabena]] for holding the line when we were short. New checklist (signatures + photo backgrounds) live from [[date:1 September]].
    """)),
    ("social_care", "success", block("""
        {{#shout-outs}}
        [[name:Dilys Pugh]]  11:02
        Can we all give a 👏 to [[name:Bogdan]]? Mr [[name:Kenji Watanabe-Hale]] ([[age:52]]) came to us in January through the {{intermediary service}} wanting to find his {{birth sister}}. [[name:Bogdan]] traced her through {{GRO}} records and the {{Adoption Contact Register}}, wrote the {{approach letter}} so carefully, and yesterday they met for the first time in our {{family room}}. Mr [[name:Watanabe-Hale]] emailed this morning: "I have a sister. Thank you [[name:Bogdan]] for giving me that."
        [[name:Gaz]]  11:05
        legend 🙌
        [[name:Siobhán Ní Bhriain]]  11:09
        Brilliant. [[name:Bogdan]] you were so patient with all the {{Section 98}} stuff too
        [[name:Bogdan Ilie]]  11:20
        aw thanks all, team effort - [[name:Rhiannon]] did the {{counselling sessions}}
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        At approximately 21:40 on [[date:02/03/2024]] on [[organisation:Kestrel Ward]], a
        [[age:27]]-year-old man detained under {{Section 3}} (Mr [[name:Okonkwo-Reid]], {{RiO}}
        [[case_reference:4418207]]) became increasingly distressed after a phone call and punched the
        {{nursing office}} window. {{Verbal de-escalation}} was attempted for 15 minutes by
        [[name:Ifeoma]] ({{NIC}}). He then picked up a chair and staff began {{restraint}} using a
        {{supine}} hold; {{prone}} was avoided throughout. Five staff were involved, with
        [[name:Jorge Almeida]] leading on the head. {{Rapid tranquillisation}} ({{lorazepam}} 2mg
        {{IM}}) was given at 22:02 by [[name:Ifeoma Nwachukwu]] after discussion with the
        {{duty doctor}}. Restraint ended at 22:06. Post-RT {{NEWS2}} was recorded hourly and stayed
        at 0-1. Mr [[name:Okonkwo-Reid]] had a graze to his left forearm; one HCA had a bruised
        wrist. Body-worn camera was on. A debrief was offered to him the next morning and accepted.
    """)),
    ("health", "incident", block("""
        AWOL / failure to return from {{Section 17 leave}}
        Pt: [[name:Kamal Hossain]]   NHS: [[nhs_number:485 721 3966]]   Ward: [[organisation:Linnet Ward]]
        Date: [[date:18/06/2024]]

        13:00 Pt left for 1 hr {{unescorted leave}} to local shop as agreed at {{ward round}}. {{Leave form}} signed, description taken (grey North Face jacket, black joggers).
        14:00 Not back. Mobile [[phone:07700 900 218]] rang out.
        14:15 {{NIC}} [[name:Shreya]] informed, {{Missing Person Protocol}} started. {{HCA}} [[name:Bill]] searched grounds and car park.
        14:40 Brother [[name:Rafiq]] rang back - pt not at home ([[address:Flat 3, 58 Cheetham Hill Rd]], [[postcode:M8 9LT]]).
        14:45 {{Police}} informed, log [[case_reference:1402-180624]], graded {{medium risk}}.
        16:10 Pt returned by taxi. Said he went to see his daughter at her mum's. No injuries, {{drug screen}} negative.
        16:40 Reviewed by {{RC}} Dr [[name:Anjali Raghunathan]]; leave suspended for 48h.

        Learning: leave {{risk assessment}} not updated after family meeting on [[date:14/06]] where [[name:Rafiq]] raised concerns about the daughter's birthday.
    """)),
    ("health", "incident", prose("""
        {{nights}}. pt in bed 6 ([[name:MW]]) on {{15 min obs}} - obs chart for 0300-0500 was filled
        in at 0515 by {{bank HCA}} all at once, she said she'd been doing them but was also covering a
        {{1:1}} on the {{female corridor}} cos we were 2 down. [[name:MW]] was fine, asleep all night
        per {{CCTV}} check. spoke to [[name:Gemma-Louise]] (bank) shes upset, not trying to blame
        her tbh we had 3 staff for 18 pts and a {{seclusion}} going on. escalated to [[name:Tayo]]
        {{site manager}} at 0220 for extra staff, none available. need to look at {{safe staffing}}
        on nights, this is the 3rd time this month. [[name:ck]]
    """)),
    ("health", "incident", block("""
        From: [[name:Yaw Boateng-Clarke]] <[[email:yaw.boateng-clarke@nhs.net]]>
        To: [[name:Faith Olatunji]]; {{Information Governance}}
        Sent: [[date:22 August 2024]] 09:15
        Subject: Incident - patient filming on ward

        Hi [[name:Faith]],

        Reporting formally as discussed at {{handover}}. Yesterday at about 19:30 [[name:Connor Maguire]] (DOB [[date_of_birth:14/02/1999]]) was filming in the {{lounge}} on his own phone. This morning his sister told us a {{TikTok}} video is up showing another patient ([[name:L.T.]]) being escorted to the {{de-escalation suite}}, face visible.

        [[name:Connor]] has agreed to delete it and we have reported it to TikTok. [[name:L.T.]] has been told and is understandably upset; {{advocacy}} offered. {{IG}} are aware.

        I don't think a {{blanket restriction}} on phones is the answer, but we need an individual {{risk assessment}} for [[name:Connor]] and clearer signage about filming.

        [[name:Yaw]]

        [[name:Yaw Boateng-Clarke]]
        {{Charge Nurse}}, [[organisation:Linnet Ward]]
        [[phone:0161 496 0735]]
    """)),
    ("health", "incident", block("""
        Handover AM -> PM - [[organisation:Kestrel Ward]] - [[date:Sat 9/11]]

        Bed 4 [[name:Adaeze]] - {{ligature}} incident 09:50. Found by [[name:Jonno]] on {{intermittent obs}} sitting on bathroom floor with a strip of towel round her neck, responsive. Cut with {{ligature knife}}, off within seconds. {{Obs}} fine, red mark only. {{Duty doctor}} reviewed 10:20. Now on {{within eyesight}}. {{Room search}} found 2 more strips under mattress. Towels now {{signed in/out}}. [[name:Adaeze]]'s mum [[name:Chioma]] ([[phone:07700 900 443]]) informed with consent.
        Bed 7 [[name:Pawel]] - {{S17}} escorted leave with dad 14:00, OK per {{MDT}}.
        Bed 11 [[name:Thompson]] - refused meds again, see notes.
        Bed 12 [[name:Aroha Te Rangi]] - new admission last night, {{Section 2}}, settled.
        [[name:Jonno]] shaken - has been offered {{staff debrief}} at 15:00.
    """)),
    ("health", "incident", block("""
        MEDICATION INCIDENT
        Patient name: [[name:Giorgos Papadakis]]
        DOB: [[date_of_birth:17-05-1978]]
        NHS No: [[nhs_number:610 384 2751]]
        Hosp No: [[case_reference:TH0092214]]
        Ward: [[organisation:Heron Ward]]
        Date/time: [[date:11/01/2025]] 08:00

        What happened: Mr [[name:Papadakis]] came back from {{overnight leave}} on [[date:10/01]]. He later told us he had not taken his {{clozapine}} for 3 days while at his brother's. The 08:00 dose (300mg) was given by [[name:R. Mensah]] before this was known. {{Clozapine}} must be re-titrated after more than 48h missed. {{Pharmacist}} [[name:Lucía Fernández-Ortiz]] picked it up on the {{ward round}} at 10:30. Dose held; {{ECG}}, {{FBC}} and 4-hourly obs. BP dropped to 92/58 with dizziness, resolved by 16:00. {{Duty consultant}} aware.

        Contributing: the {{leave return check}} does not ask about missed medication.
    """)),
    ("health", "near_miss", block("""
        Teams chat - [[organisation:Linnet Ward]] nurses
        [[name:Shreya Iyer]] 19:42
        heads up - visitor for [[name:Mo]] (bed 9) tried to hand him a bag of "snacks" in the {{visiting room}}. [[name:Sunny]] insisted on a {{property search}} first - {{lighter}} and a {{vape}} with unlabelled liquid in it
        [[name:Sunny Bains]] 19:44
        visitor got a bit arsy, said it was just crisps. {{security}} came up. liquid bagged and labelled for {{police}}
        [[name:Jorge Almeida]] 19:45
        good catch. [[name:Mo]]'s on {{Section 3}} and {{NRT}} patches, and had {{spice}} on admission
        [[name:Shreya Iyer]] 19:47
        yep. visitor left in [[vehicle_registration:BF68 UWJ]] if police want it. logged + told [[name:Faith]]
        [[name:Sunny Bains]] 19:50
        suggest a sign at the door re {{contraband}} and we search every bag not just the ones we're worried about
    """)),
    ("health", "near_miss", prose("""
        On [[date:4 April 2024]] at 14:00 two unrelated patients on [[organisation:Heron Ward]] with
        the same surname were due off the ward: [[name:Sean O'Donoghue]] ({{informal}}) and
        [[name:Niall O'Donoghue]] (detained under {{Section 3}}). The {{nurse in charge}},
        [[name:Joy Mbeki-Stevens]], checked the {{Section 17 form}} at the door and found the form she
        had been handed for [[name:Niall]] was actually [[name:Sean]]'s; [[name:Niall]] only had
        {{escorted leave}} authorised by his {{RC}}. [[name:Niall]] was stopped at the {{airlock}}
        before leaving. No harm. Contributing factors: both are shown as "[[name:O'Donoghue]]" on
        the {{whiteboard}}, leave forms are filed by surname, and the {{bank nurse}} did not know
        either patient. Actions: {{name alert}} added on {{RiO}}; whiteboard now shows first names
        and bed numbers; leave forms to carry a photo. [[name:J. Mbeki-Stevens]], {{Ward Manager}}
    """)),
    ("health", "near_miss", prose("""
        Post-incident debrief, [[date:Mon 15 July]] 15:30, {{Safewards}} room. Present:
        [[name:Jorge]], [[name:Ifeoma]], [[name:Bill Osei]], [[name:Tash]], [[name:Kasia]]
        ({{PMVA}} lead). During a {{planned intervention}} to give an {{IM}} {{depot}} to
        [[name:A.R.]] at 13:10 he went to the floor face-down. [[name:Tash]], on the legs, started to
        move into a {{prone}} hold. [[name:Jorge]], leading on the head, called "roll him, roll him"
        and the team turned [[name:A.R.]] onto his back into a {{supine}} position within about 20
        seconds. {{Vital signs}} monitored throughout, no injuries. [[name:A.R.]] said later he felt
        "squashed for a second". What helped: clear head lead and everyone knew the rule on
        {{prone restraint}}. Even better if: the {{intervention plan}} said who takes which limb -
        [[name:Kasia]] is adding a {{pre-brief checklist}}. Logged as a near miss as he was never
        held face-down.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Parisa Karimi]] <[[email:parisa.karimi2@nhs.net]]>
        To: [[name:Joy Mbeki-Stevens]]
        Cc: {{MHA Office}}
        Date: [[date:30/09/2024]] 11:20
        Subject: near miss - tribunal reports

        Hi [[name:Joy]],

        Flagging a {{near miss}} from this morning. I was about to email the {{social circumstances report}} and {{nursing report}} for Mr [[name:Oleksandr Kovalenko]]'s {{tribunal}} on [[date:7 October]] to his {{solicitor}}. The address that autofilled was [[email:j.marsh@marshlegal.co.uk]], who represents a different patient on [[organisation:Heron]] (Ms [[name:Hale]]). His actual solicitor is at [[organisation:Pennine Mental Health Law]]. I noticed only because the name in the greeting didn't match.

        Nothing was sent. I've asked {{IT}} whether external addresses can be dropped from {{autocomplete}}, and from now on I'll use the {{secure egress}} portal for all tribunal papers.

        Thanks
        [[name:Parisa]]

        [[name:Parisa Karimi]] | {{Mental Health Act Administrator}} | [[organisation:Thornfield Unit]]
        Tel [[phone:0161 496 0722]]
    """)),
    ("health", "near_miss", prose("""
        pharmacy ([[name:lucia]]) flagged at {{ward round}} that bed 14 [[name:Hamid]]
        ([[nhs_number:729 406 1831]]) hasnt had a {{lithium level}} since admission 3 wks ago and hes
        just had {{ibuprofen}} prescribed for his back by the {{F1}}. level was due 5 days after dose
        change on [[date:2/10]] - got missed in {{handover}} cos he moved from {{PICU}} on a friday.
        {{NSAIDs}} + lithium = toxicity risk. ibuprofen stopped, {{paracetamol}} instead, {{bloods}}
        done today 12hr post dose, result 0.8 so ok. no {{tremor}}/{{D&V}}. added
        {{lithium monitoring}} to the ward round checklist. thx [[name:lucia]]
    """)),
    ("health", "near_miss", prose("""
        During {{discharge planning}} for Ms [[name:Tran Thi Mai]] ([[age:34]], NHS
        [[nhs_number:4015692284]]) on [[date:19.12.24]], the {{discharge summary}} on {{RiO}} still
        showed her previous address, [[address:9 Wellgate Close, Oldham]] [[postcode:OL4 2RS]], where
        her ex-partner lives. She is open to {{MARAC}} and has a {{non-molestation order}}. The
        summary was about to go to her GP and the {{CMHT}}, with a copy to [[name:Mai]] 'by post to
        home address'. [[name:Themba]] ({{discharge coordinator}}) noticed the mismatch while ringing
        [[organisation:Greenbank House]] ({{supported accommodation}}) to confirm her room. Address
        corrected on RiO; GP at [[organisation:Werneth Medical Practice]] also had the old address and
        has updated it. Her {{PIP}} form with NI [[ni_number:PR 57 03 96 B]] had the old address too,
        so {{welfare rights}} are helping her change it. {{Safeguarding}} lead informed. Learning:
        check address and {{safety alerts}} with the patient before any discharge paperwork is sent.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Tatenda]] ({{HCA}}, {{nights}}) 🙌 At 2am a patient on
        {{within arm's length}} obs was escalating and banging her head on the door.
        [[name:Tatenda]] sat with her and talked football for 40 minutes ({{Arsenal}}, obviously),
        got the {{NIC}} to offer {{PRN}}, made her a hot chocolate, and she settled with no
        {{restraint}} and no {{RT}}. In the morning she told the day staff "[[name:Tate]] is the only
        one who actually gets me". That's {{Safewards}} talk-down in real life. From [[name:Ifeoma]]
        and the whole {{night team}} on [[organisation:Kestrel Ward]] 💛
    """)),
    ("health", "success", block("""
        [[address:12 Fairfield Road]]
        [[address:Heaton Moor]]
        [[postcode:SK4 3DL]]
        [[date:28th October 2024]]

        Dear everyone on [[organisation:Linnet Ward]],

        I am writing to thank you for how you looked after my son [[name:Emeka]] during his {{Section 2}} and then {{Section 3}} this summer. When he came in he did not know who I was. Today he cooked me jollof rice at home.

        Thank you to [[name:Rose]], who always rang me back and explained things without jargon, and to Dr [[name:Akhtar]] for listening to me at the {{ward round}} when I was angry. To the {{OT}}, [[name:Wojciech]] (I hope that is spelt right!), thank you for the {{cooking group}} - that is where it started. And thank you for telling me about the {{carers' group}} and doing my {{carer's assessment}}. It felt like the {{Triangle of Care}} poster actually meant something. I felt part of his care, not in the way.

        Please share this with the {{night staff}} too. You do a hard job.

        With gratitude,
        [[name:Ngozi Chukwu]] (Mrs)
        [[phone:07700 900 119]]
    """)),
    ("health", "success", block("""
        {{Reducing Restrictive Practice}} Group - [[organisation:Thornfield Unit]]
        [[date:17/10/2024]], 14:00, {{seminar room}}
        Attendees: [[name:Joy Mbeki-Stevens]] (chair), [[name:Kasia Nowicka]] ({{PMVA}} lead), Dr [[name:Anjali Raghunathan]], [[name:Faith Olatunji]] ({{ward manager}}, [[organisation:Linnet Ward]]), [[name:Jorge Almeida]], [[name:Ahmed M.]] ({{Expert by Experience}})
        Apologies: [[name:Tayo Ogunleye]], [[name:Parisa Karimi]]

        1. Q2 data: {{restraints}} down from 41 to 23 across both wards; {{prone}} 0 (Q1: 3); {{rapid tranquillisation}} 9 to 5; {{seclusion}} hours down by about a third.
        2. What worked: {{Safewards}} (calm-down methods, soft words, mutual help meeting), twice-daily {{safety huddle}}, PMVA refresher for all bank staff, the new {{sensory room}} on [[organisation:Kestrel Ward]].
        3. [[name:Ahmed]] said patients notice staff now "ask before they touch" and that {{de-escalation}} feels calmer, especially at night.
        4. Actions: [[name:Kasia]] to present the data to the Trust board on [[date:12 Nov]]; [[name:Faith]] to share the soft-words cards with [[organisation:Heron Ward]]; [[name:JMS]] to write it up for the newsletter.
    """)),
    ("health", "success", block("""
        Obs allocation - [[organisation:Heron Ward]] - {{long day}} [[date:Sat 23 Nov]]

        Time        | {{1:1}} Bed 3 ([[name:AJ]]) | {{Eyesight}} Bed 10 ([[name:KW]]) | {{15 min checks}}
        07:30-08:30 | [[name:Rose]]     | [[name:Mehmet]]  | [[name:Priya]]
        08:30-09:30 | [[name:Mehmet]]   | [[name:Jonno]]   | [[name:Rose]]
        09:30-10:30 | [[name:Jonno]]    | [[name:Priya]]   | [[name:Mehmet]]
        10:30-11:30 | [[name:Priya]]    | [[name:Rose]]    | [[name:Jonno]]
        11:30-12:30 | [[name:Rose]]     | [[name:Mehmet]]  | [[name:Priya]]
        Breaks covered by [[name:Kas]] ({{bank}})

        Good practice: since we started rotating hourly, with nobody on a {{1:1}} for more than an hour without a break, the {{obs audit}} has shown zero gaps and no {{retrospective entries}} for 31 days. [[name:Priya]] designed this after the September nights incident - thank you! Please keep using it. [[name:Joy]] ({{WM}})
    """)),
    ("health", "success", block("""
        WhatsApp export - "Kestrel crew 💙" - [[date:03/02/2025]]
        18:12 [[name:Jonno]]: just waved [[name:Kris]] off at the door with his mum 🥲 6 months, umpteen {{seclusions}}, and he walked out smiling
        18:13 [[name:Tash]]: nooo I missed it!! did he take his painting
        18:13 [[name:Jonno]]: course he did. said to tell [[name:Kas]] thanks for "not giving up on the {{art group}}"
        18:15 [[name:Kasia Nowicka]]: 😭 stop it
        18:16 [[name:Mehmet]]: remember when he was on {{2:1}} in {{seclusion}} in August and wouldnt speak to anyone. {{clozapine}} + that {{OT}} plan + [[name:Anjali]] fighting for the {{supported flat}} 👏
        18:18 [[name:Tash]]: {{CMHT}} pick him up weds, [[name:Kwesi]] is his {{care coordinator}} now, he's sound
        18:20 [[name:Jonno]]: proper {{recovery}} story this. putting him on the {{learning from excellence}} form tonight
        18:21 [[name:Faith]]: love this team ❤️ please do [[name:Jonno]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        During a routine records review on [[date:6 May 2024]] our {{CAMO}} found that
        {{Cessna 172S}} [[aircraft_registration:G-BXKW]] had flown four sectors ({{3.2 hrs}}) between
        [[date:28 April]] and [[date:3 May]] after its {{ARC}} expired on [[date:27/04/2024]]. The
        {{airworthiness review}} had been booked for [[date:22 April]] but was postponed when the
        aircraft went {{AOG}} with a {{starter motor}} fault, and the new date was never entered in
        the {{CAMO tracking system}}. The owner, Mr [[name:Hamish Drummond]], assumed the review had
        been done with the starter job. The ARC expiry date is not shown on the {{tech log}} cover, so
        nobody checking before flight would have seen it. [[aircraft_registration:G-BXKW]] was
        grounded the same day, an {{MOR}} was submitted to the {{CAA}} (our ref
        [[case_reference:WAE-OCC-24-017]]) and the review was completed on [[date:9 May]] by
        [[name:Rajesh Pillai]] ({{ARS}}). Actions: ARC expiry now printed on every tech log page;
        weekly expiry report emailed to all managed owners.
    """)),
    ("aviation", "incident", block("""
        [[aircraft_registration:G-OPRK]] {{PA-28-181}} - {{annual}} - {{tool control}} occurrence - ref [[case_reference:WAE-OCC-24-022]]

        [[date:11/06]] 08:10 Annual started. {{B1}} [[name:Krzysztof Wiśniewski]], mech [[name:Dan Pearce]].
        [[date:11/06]] 16:45 [[name:Dan]] left early (appointment). End-of-shift {{shadow board}} check not done; [[name:K.W.]] assumed [[name:Dan]] had done his.
        [[date:12/06]] 14:30 {{Ground run}} and {{leak check}} satisfactory. {{CRS}} signed by [[name:Krzysztof]].
        [[date:13/06]] 09:40 Owner [[name:Ahmed Rashid]] reports knocking from the cowling while taxiing at [[organisation:Oxmoor Airfield]]; shut down, towed back.
        [[date:13/06]] 11:00 7/16" combination spanner found wedged between the {{engine mount}} and the {{throttle cable}}. Light chafe on cable outer. Cable replaced, {{duplicate inspection}} by [[name:Jas]].
        [[date:13/06]] 15:00 Spanner identified as [[name:Dan]]'s (etched "[[name:DP]]").

        Actions: shadow board check signed on the {{work pack}} before every CRS; no personal tools on the line without a tag.
    """)),
    ("aviation", "incident", block("""
        Post-{{annual}} test flight - [[aircraft_registration:G-CDTN]] {{Robin DR400/180}} - [[date:22/08/2024]]
        Pilot: [[name:Olu Adebayo-Smith]] (company {{test pilot}})

        RT transcript ({{AFISO}} recording, UTC)
        1412 [[aircraft_registration:G-TN]]: [[organisation:Oxmoor Information]], [[aircraft_registration:Golf Delta Tango November]], two miles west, two thousand feet, rough running engine, returning to land
        1412 AFIS: [[aircraft_registration:Golf Tango November]], roger, runway two six, {{QFE}} one zero zero eight, no reported traffic
        1413 [[aircraft_registration:G-TN]]: Two six, one zero zero eight, [[aircraft_registration:Golf Tango November]]
        1416 [[aircraft_registration:G-TN]]: Final two six, [[aircraft_registration:Tango November]]
        1416 AFIS: [[aircraft_registration:Tango November]], land at your discretion, wind two four zero one zero

        Tech log:
        Defect: rough running above 2000 rpm, R {{mag drop}} approx 250 rpm in flight.
        Rectification: R {{magneto}} found timed at 20 deg {{BTDC}}, 25 required. Re-timed IAW {{Lycoming}} data, {{ground run}} satisfactory. CRS [[name:J. Kaur-Bhatti]], licence [[case_reference:UK.66.417293]].

        Cause: mag refitted after {{500 hr}} inspection by an apprentice, timing not witnessed.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rajesh Pillai]] <[[email:raj.pillai@westmoor-aero.co.uk]]>
        To: [[email:aidan.mcgrath@btinternet.com]]
        Date: [[date:19 February 2025]]
        Subject: [[aircraft_registration:G-AVNP]] - overdue {{AD}}, aircraft grounded

        Dear [[name:Aidan]],

        Following our call, a summary for your records. During the {{airworthiness review}} for [[aircraft_registration:G-AVNP]] we found the recurring {{seat rail AD}} inspection on your {{Cessna 150}} has not been recorded since [[date:March 2023]]. It was missed when the aircraft transferred to us from your previous {{CAMO}}, because the {{AD status report}} we received was incomplete and our own {{AMP}} review did not re-check it against the {{CAA}} list. The aircraft has flown about 70 hours since.

        The aircraft is grounded until the inspection is done (booked for Monday with [[name:Jas]]). We have submitted an {{MOR}} and are re-checking the AD status of the other 11 aircraft that joined us last year.

        I am sorry - this was our error.

        Kind regards
        [[name:Rajesh Pillai]]
        {{Continuing Airworthiness Manager}}
        [[organisation:Westmoor Aero Engineering Ltd]]
        [[phone:01604 496 332]] | [[phone:07700 900 806]]
    """)),
    ("aviation", "incident", block("""
        [[date:14/03/2025]]
        07:52 [[name:Deano]]: who put the {{Tecnam}} away last night
        07:53 [[name:Robbo]]: me n [[name:Seb]] why
        07:54 [[name:Deano]]: left wingtip on [[aircraft_registration:G-OTKB]] is cracked, white paint transfer on it. looks like the hangar door runner
        07:55 [[name:Seb]]: oh no. it was dark n we didnt have a {{wing walker}}, [[name:Robbo]] was on the {{tug}} and i was doing the door
        07:56 [[name:Robbo]]: didnt feel anything tbh
        07:58 [[name:Deano]]: ok no blame, it happens. pics on the group please and dont touch it. ill tell [[name:Tiago]] for the {{occurrence report}}. owner is flying it sat so need to ring him
        08:10 [[name:Tiago Ferreira]]: Thanks all. Aircraft {{unserviceable}} in {{tech log}} please. Needs {{structural}} assessment - might be a {{wingtip}} replacement. Let's talk about hangar lighting + 2-person moves at {{toolbox talk}}
    """)),
    ("aviation", "near_miss", block("""
        Handover - Hangar 2 - [[date:Fri 17 Jan]] to Sat cover
        From [[name:Emre Yıldız]] to [[name:Aoife]]

        - [[aircraft_registration:G-BNRE]] ({{PA-38 Tomahawk}}): {{elevator cable}} re-tensioned today, work card 14. NEEDS {{duplicate inspection}} before {{CRS}}. Owner Mr [[name:Li Wei]] wants it for 10:00 Sat, mob [[phone:+44 7700 900643]].
        - [[aircraft_registration:G-AYKT]] annual: waiting on {{exhaust gasket}}, [[name:Imran]] chasing.
        - {{Compressor}} making that noise again, don't leave it running.

        Sat 08:20 ([[name:Aoife]]): card 14 had "dupe ✓" in pencil but only one signature. Rang [[name:Emre]] - he'd pencilled it as a reminder, dupe not done. Did the {{independent inspection}} myself and found the {{locking clip}} missing on the down-cable {{turnbuckle}}. Fitted, tension rechecked, both signatures on card. Owner told, flew at 11:30. Suggest we stop pencilling ticks on {{work cards}}.
        [[name:Aoife Ní Dhomhnaill]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:8 October 2024]] a {{vacuum pump}} supplied by the owner of
        [[aircraft_registration:G-BFZM]] was received at {{goods inwards}}. Stores inspector
        [[name:Imran Siddiqui]] found it had no {{CAA Form 1}} or {{EASA Form 1}}, only an online sale
        receipt from a private seller, and the {{data plate}} rivets showed signs of having been
        removed and refitted. The owner, [[name:Henk van der Berg]], had bought it to save money and
        asked for it to be fitted during the {{100 hr}} check so he could fly to Le Touquet at the
        weekend. The part was {{quarantined}} and [[name:Henk]] was advised it could not be fitted. A
        {{suspected unapproved part}} report was sent to the {{CAA}} (ref
        [[case_reference:SUP-24-0093]]). Had it been fitted, a failure in {{IMC}} could have taken
        out the {{attitude indicator}}. Good catch by [[name:Imran]]; the
        {{parts acceptance procedure}} worked as intended.
    """)),
    ("aviation", "near_miss", block("""
        ARC reviews w/c [[date:10/02/2025]] - [[organisation:Westmoor Aero Engineering]] CAMO

        | Reg | Type | Reviewer | Survey | Findings | ARC |
        | [[aircraft_registration:G-BXKW]] | {{C172S}} | [[name:RP]] | [[date:10/02]] | nil | issued |
        | [[aircraft_registration:G-CDTN]] | {{DR400}} | [[name:RP]] | [[date:11/02]] | fuel {{placard}} missing | issued after rect |
        | [[aircraft_registration:G-JMBK]] | {{DA40}} | [[name:TF]] | [[date:12/02]] | {{ELT}} battery exp 03/25, ELT reg out of date | HELD |
        | [[aircraft_registration:G-AVNP]] | {{C150}} | [[name:RP]] | - | AD status being rebuilt | HELD |

        Near miss on [[aircraft_registration:G-JMBK]]: records showed the {{ELT battery}} in date, so the ARC would have been issued to 2026. [[name:TF]] read the label on the unit itself - it expires next month. The {{406 MHz}} registration also still lists the previous owner, [[name:P. Okafor]], on [[phone:+234 803 555 0192]]. New owner [[name:Sunita Deshpande]] is planning a {{Channel crossing}} in March. Battery booked for replacement; owner to update the {{beacon registry}}. ELT battery expiry now added to the {{AMP}} task list.
    """)),
    ("aviation", "near_miss", prose("""
        debrief - engine run [[aircraft_registration:G-BSUX]] {{C152}}, [[date:Thu 5 Sept]], about
        15:20. present [[name:Jas]], [[name:Kofi]] (apprentice), [[name:Seb]], [[name:Tiago]].
        [[name:Kofi]] was doing his first supervised {{engine run}} after the {{carb heat}} cable
        change, [[name:Jas]] in the right seat. {{chocks}} had been taken out to move the aircraft onto
        the {{run-up bay}} and not put back. at about 1700 rpm the aircraft started creeping on the wet
        grass towards the parked {{Cirrus SR22}} (about 15m away). [[name:Jas]] called "brakes brakes"
        and pulled the {{mixture}} to {{idle cut-off}}. stopped with about 6m to spare. no damage.
        what helped: [[name:Jas]] kept a hand near the mixture, good {{CRM}}. what didnt: no
        {{pre-run checklist}}, grass bay, we all assumed. actions - laminated run-up checklist incl
        chocks + {{brakes on}}, runs only on the hard standing. thanks [[name:Kofi]] for being so open
        about it
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Tiago Ferreira]] <[[email:t.ferreira@westmoor-aero.co.uk]]>
        To: {{CAMO team}}
        Subject: near miss - W&B report on wrong aircraft
        Date: [[date:Tue 3 Dec 2024]] 10:05

        Morning all,

        Yesterday [[name:Raj]] was about to sign the {{ARC recommendation}} for [[aircraft_registration:G-BOHJ]] and noticed the {{weight and balance}} report in the pack was for [[aircraft_registration:G-BOHK]] - same {{PA-28-161}} model, same owner group ([[organisation:Brackley Flying Group]]), consecutive regs and filed next to each other. Empty weights differ by 14 kg because [[aircraft_registration:G-BOHK]] has the long-range tanks.

        If it had gone through, the group's pilots would have been working from the wrong {{empty weight}} and {{CG}} arm. Nothing signed, nothing flown on wrong data.

        From today please check the reg on every page of a {{review pack}}, not just the cover. I'll add it to the {{ARC checklist}} and raise it at the {{quality meeting}}.

        Thanks [[name:Raj]] - good spot.

        [[name:Tiago]]
        {{Quality Manager}} | [[phone:01604 496 330]]
    """)),
    ("aviation", "success", prose("""
        Shout out to our apprentice [[name:Kofi Asamoah]] 👏 During the {{50 hr}} check on
        [[aircraft_registration:G-BHZE]] last Wednesday, [[name:Kofi]] spotted a faint brown stain
        near the {{exhaust}} {{slip joint}} that wasn't on the {{task card}}. Instead of ticking on, he
        asked [[name:Krzysztof]] to have a look, and with a {{mirror}} and torch they found a 40mm
        {{crack}} in the {{muffler}}, right under the {{cabin heat}} shroud - a {{carbon monoxide}}
        path straight into the cabin. New muffler fitted and the owner, Ms [[name:Haruka Sato]], was
        very grateful and has since fitted a {{CO detector}}. [[name:Kofi]]'s only been with us eight
        months. Great eyes and a great attitude. - [[name:Tiago]] and the hangar team
    """)),
    ("aviation", "success", block("""
        From: [[name:Marguerite D'Arcy]] <[[email:mdarcy.flying@icloud.com]]>
        To: [[email:hangar@westmoor-aero.co.uk]]
        Subject: Thank you!
        Date: [[date:30 May 2024]]

        Dear [[name:Krzysztof]], [[name:Jas]] and team,

        Just a note to say thank you for turning [[aircraft_registration:G-MDAR]] around so quickly. I know the {{annual}} turned up more than we expected (the {{cylinder}} with low {{compression}} and the corroded {{battery box}}) but you kept me updated with photos every day and the {{invoice}} matched the {{quote}}.

        [[name:Jas]], thank you for staying late on Friday to finish the {{borescope}} and for collecting me from {{the airport}} after my [[flight_number:LM 362]] was delayed. Above and beyond!

        She flies beautifully. See you for the {{50 hour}}.

        Warm wishes,
        [[name:Marguerite]]
        [[phone:+33 6 12 34 56 78]]
    """)),
    ("aviation", "success", block("""
        Quality & Safety Meeting - [[organisation:Westmoor Aero Engineering]]
        [[date:Wed 15 January 2025]], {{crew room}}
        Present: [[name:Tiago Ferreira]] ({{QM}}), [[name:Rajesh Pillai]] ({{CAM}}), [[name:Krzysztof Wiśniewski]], [[name:Jas Kaur-Bhatti]], [[name:Aoife Ní Dhomhnaill]], [[name:Imran Siddiqui]]
        Apologies: [[name:Emre Yıldız]] (course), [[name:Kofi Asamoah]] (college day)

        1. Occurrences Q4: three (tool control, wingtip, overdue AD). All actions closed, no repeats.
        2. {{Internal audit}} of {{Part-CAO}} procedures: last year's 9 findings all closed. [[name:Aoife]] sampled 40 {{work cards}} - no pencil ticks since the change.
        3. Good catches: [[name:Kofi]] (exhaust crack), [[name:Imran]] (unapproved vacuum pump), [[name:Raj]] (wrong W&B). [[name:Kofi]] nominated for the {{GA safety award}}.
        4. {{Tooling calibration}}: all torque wrenches in date.
        5. AOB: new {{shadow boards}} up in both hangars.
        Next meeting [[date:16 April]].
    """)),
    ("aviation", "success", block("""
        {{#hangar-ops}}
        [[name:Deano]] 08:02
        [[aircraft_registration:G-ORKN]] {{AOG}} at Kirkwall, owner says {{starter}} won't engage. anyone free?
        [[name:Seb Laurent]] 08:10
        I'll go. seat on [[flight_number:LM0563]] at 11:25 from Glasgow. [[name:Imran]] can you pull a starter from {{stores}}?
        [[name:Imran]] 08:14
        on it, {{Form 1}} checked, box by the door
        [[name:Deano]] 08:16
        legend. ill run you to the airport in the van ([[vehicle_registration:WN19 XKD]]) and leave it in short stay for you
        [[name:Seb Laurent]] 16:48
        fixed 👍 {{solenoid}} and starter changed, {{ground run}} ok, {{CRS}} in the {{tech log}}. owner ([[name:Callum Rendall]]) flew it home. back on [[flight_number:LM0568]] tonight
        [[name:Tiago]] 16:55
        brilliant work [[name:Seb]], [[name:Imran]] and [[name:Deano]] - back in service in under 9 hours 👏 owner has already emailed to say thanks
    """)),
    ("aviation", "success", prose("""
        Learning from success: on [[date:4-5 November 2024]] the {{CAA}} carried out the
        {{Part-CAO}} and {{CAMO}} continuation audit at [[organisation:Westmoor Aero Engineering]].
        For the first time the surveyor, Mr [[name:Gareth Pryce-Owen]], raised no {{level 1}} or
        {{level 2}} findings and only one {{observation}}. He specifically praised our
        {{occurrence reporting}} culture - 14 internal reports in 12 months, most of them
        {{near misses}} reported by technicians and the apprentice - and the way each had a clear
        {{root cause}} and a closed action. [[name:Rajesh Pillai]] and [[name:Tiago Ferreira]]
        prepared the {{exposition}} update over the summer and [[name:Aoife Ní Dhomhnaill]] ran the
        mock audit in September. The one observation was that {{training records}} for two {{B1}}
        engineers were kept in two places. What made the difference: people reporting without fear,
        and managers closing actions quickly. Thank you all.
    """)),
    ("aviation", "success", prose("""
        big thx to [[name:henk]] (owner [[aircraft_registration:G-BFZM]]) for writing up the
        {{tech log}} properly after his flight on [[date:sun 23rd]] - he put "{{oil pressure}}
        flickered low on {{climb out}} then normal" instead of just going home. [[name:aoife]] checked
        it mon am, {{oil pressure sender}} connector was loose + wire chafed on the {{engine mount}}.
        10 min fix but cud have been a {{precautionary landing}} in a field or worse. told him at the
        {{tea bar}} n he was well chuffed. more {{pilots}} like this pls!! also gd job [[name:aoife]]
        4 not just swapping the {{gauge}} 👍 [[name:dean]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind193", REPORTS))
