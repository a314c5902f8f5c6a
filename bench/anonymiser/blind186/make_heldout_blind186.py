"""Held-out blind corpus 186: just-culture incident, near-miss and learning reports.

Settings: an edge-of-care team and family group conferences (social care); a GP surgery's
reception, repeat prescriptions and home visits (health); a helicopter emergency medical
service's night operations (aviation). Written blind, the way UK staff type: rushed lower-case
notes with typos and no apostrophes, careful narratives, chronologies with four-digit times,
e-mails with headers and signatures, Teams and WhatsApp exports, incident and significant-event
forms, handover tables, minutes with attendance lists, debriefs, shout-outs and thank-you cards,
tech log entries and RT transcripts. Every person, place, number and registration is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind186.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        {{fgc}} invite letters for the [[name:Okafor-Reid]] family went out {{fri}} and the copy to
        {{dad}} had mums new address in the header!! she has a {{non-molestation order}} against him.
        [[name:precious]] ({{mum}}) rang {{the duty line}} at 0840 in bits. i rang dad [[name:Lloyd]]
        straight away, he said he hadnt opened it yet and agreed to hand it back to [[name:dev]] from
        {{edge of care}} at 1300. the letter template pulls from the {{LCS}} main address field not the
        {{confidential address}} field. new address is [[address:Flat 3, 22 Teasel Court]],
        [[postcode:BD5 8QN]] so mum and the kids may have to move again, which is the last thing they
        need. datix done [[case_reference:W-58213]]. pls can we stop using the auto template for fgc
        invites until its fixed - [[name:shaz]]
    """)),
    ("social_care", "near_miss", block("""
        [[name:Tamsin Hale]]  09:12
        is the {{FGC}} for [[name:Aleena]] and [[name:Zayn]] still on at 10? just checking the {{interpreter}} is sorted
        [[name:Jonno Whitlock]]  09:14
        yeah [[organisation:Langdon Interpreting]] confirmed, booked for {{Sylheti}}
        [[name:Tamsin Hale]]  09:15
        hang on, {{nan}} speaks {{Pahari-Pothwari}}, its in my referral?? sylheti is no use to her
        [[name:Jonno Whitlock]]  09:21
        youre right. the booking form has a dropdown and it defaulted to the first one in the list. rang them, theyve got someone for 10:30. [[name:Zubair]] from the family is letting everyone know
        [[name:Tamsin Hale]]  09:22
        thank god. nan is the main carer in the {{family plan}}, if she couldnt follow {{private family time}} the whole thing falls over
        [[name:Jonno Whitlock]]  09:40
        logged as near miss [[case_reference:NM/0311]]. asked {{business support}} to take the default off the dropdown
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Marguerite Ansah-Boyle]], our {{FGC coordinator}}, for the conference she
        ran for [[name:Tyreese]] ([[age:15]]) last {{Thursday}}. The {{edge of care}} referral said a
        {{section 20}} placement was likely within days. [[name:Marguerite]] spent three evenings
        tracking down his uncle [[name:Desmond]], who nobody had contacted in years, and got
        [[organisation:Fairbourne Academy]]'s pastoral lead to come too. The {{family plan}} has
        [[name:Tyreese]] staying with [[name:Desmond]] on school nights, {{mum}} keeps weekends, and
        his {{youth worker}} does {{Tuesdays}}. He's been in school every day since. That's what a
        family-led plan is for. Thank you! – [[name:Priti]] ({{team manager}})
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT – LONE WORKING
        Date of incident: [[date:11/02/2025]]
        Time: 21:40
        Reported by: [[name:Cerys Llewellyn]], {{edge of care practitioner}}, [[organisation:Harrowgate Edge of Care Team]]
        Young person: [[name:Kacper Nowak]], DOB [[date_of_birth:19/06/2009]], LCS ID [[case_reference:4417206]]
        Location: [[address:9 Sorrel Walk, Brackley Fold]], [[postcode:OL9 6RW]]
        What happened: Evening outreach visit after a row at home. Checked in on the {{lone worker app}} at 20:55 with a 45 minute timer. Visit ran over, my phone died, the timer expired at 21:40 and the app escalated to {{the out-of-hours manager}}, who was on another call. Nobody followed up until I rang from {{mum}}'s phone at 22:15. My car ([[vehicle_registration:YH68 LZU]]) was parked outside, which would have been the only clue.
        Immediate action: none needed, I was safe.
        Learning: the {{escalation rota}} has one name on it. Needs a second tier, and a power bank in every {{pool car}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Olu Bankole]] <[[email:o.bankole@harrowgate.gov.uk]]>
        To: {{Edge of Care Duty}}
        Sent: [[date:3 March 2025]] 16:02
        Subject: near miss – two children, same name, FGC referral

        Hi all,
        Flagging this before it becomes a real problem. The {{FGC}} referral for [[name:Liam Connolly]] (DOB [[date_of_birth:02/11/2011]], NHS [[nhs_number:568 717 1037]]) pulled through a {{GP}} and school from a different [[name:Liam Connolly]] on {{LCS}} – same name, a year younger. The coordinator, [[name:Fen]], noticed the school was in the wrong town when she rang to invite the {{designated safeguarding lead}}. No letters had gone out.
        Our referral form searches by name only. Could we make {{NHS number}} or DOB mandatory on the search?
        Thanks,
        [[name:Olu]]
        {{Senior Practitioner}}, [[organisation:Harrowgate Edge of Care Team]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        EDGE OF CARE PANEL – MINUTES
        [[date:20 January 2025]], [[address:Kestrel House]], room 2
        Present: [[name:Hyacinth Boateng]] (chair, {{Head of Service}}), [[name:Rhodri ap Gwyn]] ({{IRO}}), [[name:Saoirse Ní Bhriain]] ({{FGC coordinator}}), [[name:Abdi Warsame]] ({{edge of care practitioner}}), [[name:Lou Pettigrew]] ({{CAMHS}})
        Apologies: [[name:D. Okonjo]] ({{virtual school}})

        Item 3 – [[name:Maisie-Jo Carr]], [[age:14]], ref [[case_reference:EOC-24-0917]]
        [[name:Abdi]] reported 12 weeks of {{intensive intervention}}: no missing episodes since {{November}}, attending [[organisation:Moorside Pupil Referral Unit]] 4 days out of 5. The {{family network meeting}} in December agreed {{grandad}} as back-up carer. [[name:Lou]] confirmed CAMHS will continue fortnightly.
        Decision: step down to {{early help}} with a review FGC in 3 months. Chair thanked the team – the {{Signs of Safety}} mapping was the clearest panel has seen this year.
        Action: [[name:Saoirse]] to book review FGC.
    """)),
    ("social_care", "incident", block("""
        Chronology – [[name:Jaden]] missing after FGC, [[date:07/03/2025]]
        1410 {{FGC}} ends at [[organisation:Brackley Fold Family Hub]]. [[name:Jaden]] ([[age:16]]) unhappy with the plan (no contact with older brother [[name:Reece]]).
        1425 leaves the building saying he is going to the shop. {{The coordinator}} tells social worker [[name:Anneliese Marr]].
        1530 not back, phone off. [[name:Anneliese]] calls {{mum}}, he is not home.
        1600 reported missing to police via {{101}}, ref [[case_reference:PRN-0703-1188]]. {{Philomena Protocol}} form not to hand – it was on the office laptop.
        1745 found at [[name:Reece]]'s flat by {{response officers}}, safe, brought home.
        1900 {{return home interview}} requested.
        Learning: nobody at the venue had the Philomena form. The risk of him walking out after a hard plan was raised at the prep meeting but no plan was made for the end of the conference. Agreed: every FGC for a young person with {{missing episodes}} has an exit plan, and the form travels with the worker.
    """)),
    ("social_care", "success", prose("""
        Card received by the team, typed up with permission: 'Dear [[name:Bernie]] and everyone at
        [[organisation:Thornleigh Edge of Care]], I wanted to say thank you. When you first came I
        thought you were there to take [[name:Kezia]] and [[name:Amari]] off us. You never once talked
        down to me. The {{family group conference}} was the first time my whole family sat in one room
        since my husband's funeral and we made the plan ourselves. The {{respite}} weekends with my
        {{sister}} in [[address:Caerlyn]] have saved my sanity. [[name:Kezia]] got her {{GCSE}} mocks
        back and she passed English. God bless you all, {{Nana}} [[name:Pearl]].' Lovely to get.
        Shared at {{team meeting}} – [[name:Bernie]] ({{family support worker}})
    """)),
    ("social_care", "incident", block("""
        [[date:14/01/2025]], 19:02 - [[name:Gaz]] EoC: pic of the {{genogram}} from tonights {{FGC}} prep so we dont lose it
        [[date:14/01/2025]], 19:02 - [[name:Gaz]] EoC: <image omitted>
        [[date:14/01/2025]], 19:05 - [[name:Nisha K]]: [[name:gaz]] that has everyones full names and [[name:Shannon]]s address on it 😬
        [[date:14/01/2025]], 19:06 - [[name:Gaz]] EoC: oh god its the team group isnt it. deleting
        [[date:14/01/2025]], 19:07 - [[name:Nisha K]]: this group still has the two {{agency workers}} who left in {{december}}
        [[date:14/01/2025]], 19:20 - [[phone:+44 7700 900583]]: Sorry I think Im not meant to be in here any more?

        Note added next day: reported as a {{data breach}} to the {{IG team}}, ref [[case_reference:IG-2025-0042]]. Deleted for everyone within 4 mins but one ex-worker had seen it. Learning: team {{WhatsApp}} is not for case material, use {{Teams}}; group membership to be checked monthly by the {{team manager}}.
    """)),
    ("social_care", "near_miss", block("""
        EoC HANDOVER – wkend [[date:15-16 Feb]]
        | YP | Age | Worker | Plan | Contacts |
        | [[name:Ruby-Mae Tranter]] | [[age:13]] | [[name:Osman]] | {{safety plan}} from FGC, {{aunt}} as overnight backup | aunt [[name:Cheryl]] [[phone:07700 900 271]] |
        | [[name:Dom Achterberg]] | [[age:17]] | [[name:Fliss]] | {{curfew}} 10pm, text check-ins | {{dad}} [[phone:07700 900 655]] |
        | [[name:Hamza Iqbal]] | [[age:15]] | [[name:Osman]] | {{CSE}} risk, {{MASH}} aware | {{mum}} only |
        NOTE added {{sat}} 1130 by [[name:Fliss]]: the number for aunt [[name:Cheryl]] on the printed FGC safety plan is one digit out from the one on {{LCS}}. Rang both – LCS one is right, the plan one is a stranger. If [[name:Ruby-Mae]] had rung it at 2am... Corrected the plan, reprinted for the family, logged near miss.
    """)),
    ("social_care", "incident", prose("""
        I am writing this as the {{FGC coordinator}} for the conference held for the
        [[name:Mahmoud]] family on [[date:28 November 2024]] at
        [[organisation:Eastgate Community Centre]]. During {{private family time}}, the allocated
        {{social worker}}, [[name:Imogen Sayer]], stayed in the room because {{dad}} had been hostile in
        the past. I did not challenge this firmly enough. The family produced a plan within 40
        minutes, which is unusually quick. Two weeks later the plan had broken down and {{the eldest
        daughter}}, [[name:Rania]], told her {{youth worker}} that 'we just wrote what the social worker
        wanted'. The whole point of private family time is that professionals leave. Nobody was
        harmed, but the family lost trust in the process and we have had to reconvene. I have talked
        it through with [[name:Imogen]] and we both feel the risk concern was real but should have
        been handled by a safety arrangement outside the room. I would like the {{FGC}} guidance to
        say what to do when a professional is reluctant to leave. – [[name:Wen Li]], coordinator
    """)),
    ("social_care", "success", block("""
        Debrief – weekend crisis response, [[name:Brodie]] ([[age:14]])
        Who: [[name:Kirsty MacLeod]] ({{EoC practitioner}}), [[name:Tobi Adeyinka]] ({{on-call manager}}), [[name:Gwen]] ({{EDT}})
        What went well
        - EDT rang us at 2215 {{fri}} instead of placing straight away – first time the new {{out of hours protocol}} has been used
        - [[name:Kirsty]] was at the house by 2300 and stayed till 0130; {{mum}} and [[name:Brodie]] agreed a cooling-off night at his {{gran}}'s, [[address:27 Lime Street, Skelbrook]]
        - emergency {{family network meeting}} {{sat}} 1400 on Teams, 9 family members joined incl. {{dad}} from Poland on [[phone:+48 601 442 318]]
        Even better if
        - EDT didn't have our on-call number and got it from a colleague's mobile. Now on the EDT wall sheet.
        Outcome: [[name:Brodie]] home {{sun}}, no {{section 20}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcus Ellery-Watts]]
        To: {{Information Governance}}
        Date: [[date:18/02/2025]]
        Subject: data incident – FGC plan e-mailed to wrong address

        At 11:52 today I e-mailed the {{family plan}} from the [[name:Haddad]] family's conference to the children's {{aunt}}. {{Outlook}} autocompleted to [[email:rebecca.haddon@pellmore-homes.co.uk]] instead of [[email:rebecca.haddad84@gmail.com]]. I noticed at 12:10 when the aunt rang to say it hadn't arrived. The plan includes both children's names, dates of birth, their school ([[organisation:St Columba's RC Primary]]) and {{mum}}'s {{mental health}} history.
        I rang the recipient – she works for a letting agent, was very reasonable, deleted it and replied to confirm. I tried {{recall}} but it doesn't work for external addresses.
        Suggest: family plans go by {{Egress}} with a password, never plain e-mail.
        [[name:Marcus]]
        {{FGC coordinator}}
    """)),
    ("social_care", "near_miss", prose("""
        taxi for [[name:mia]] to the {{FGC}} was booked thru the {{transport team}} to collect from
        [[organisation:Lowther Primary]] but she moved to [[organisation:Cragside Juniors]] in {{jan}}.
        driver turned up at [[organisation:lowther]], school office rang me. caught it at 1505, [[name:mia]]
        was still waiting at [[organisation:cragside]] with her {{TA}}, no harm done. the booking form
        pulls the school from the old {{EHCP}} not the current record on {{LCS}}. conf started 20 min
        late, {{nan}} was upset but ok. can transport check with the worker not just the system?? -
        [[name:kel]]
    """)),
    ("social_care", "success", prose("""
        shoutout to [[name:tash]] and [[name:Dave]] on the {{duty desk}} today - got an {{FGC}} pulled
        together in 48hrs for [[name:Leon]] [[age:12]] when {{police protection}} was on the table.
        found {{grandad}} via the {{electoral roll}} lol and he actually came. the {{IRO}} said its the
        best {{contingency plan}} shes seen all year and [[name:Leon]] is still at home tonight. proud
        of this team ❤️ - [[name:Sal]]
    """)),
    ("social_care", "incident", prose("""
        At the [[organisation:Millbeck Family Hub]] {{drop-in}} on {{Wednesday}} I was helping
        [[name:Jamal Osei-Tutu]] ([[age:17]]) with his {{Universal Credit}} claim as part of his {{edge
        of care}} plan. I put the {{DWP}} call on speaker because the line was bad, and he read out his
        {{NI number}}, [[ni_number:JT 48 21 93 C]], his date of birth ([[date_of_birth:04/08/2007]]) and his
        address, [[address:Flat 12, Orchard Mill, Canal Street]], in the {{open-plan area}}. Two parents at
        the next table could hear, and one of them knows his family. [[name:Jamal]] said he didn't mind
        but he looked embarrassed. My fault: I didn't think. The hub has a {{side room}} with a phone that
        I didn't book. Learning for me and the team: benefits and housing calls in a quiet room or on a
        {{headset}}, always. Reported to my manager, [[name:Ruth Kaminski]].
    """)),
    ("social_care", "success", prose("""
        Good practice note, ref [[case_reference:EOC-25-0114]]. [[name:Ngozi Adebayo-Clarke]] and her
        son [[name:Femi]] ([[age:15]]) were referred to us in {{October}} after [[name:Femi]] was
        arrested twice and {{mum}} asked for him to be accommodated. Instead of a {{strategy
        discussion}} alone, {{the team manager}} asked for an urgent {{family group conference}}.
        [[name:Femi]]'s godfather, [[name:Kunle]], offered his spare room near [[postcode:HX3 9DL]] for
        term time, and {{the youth offending service}} joined the plan. Eleven weeks on there have
        been no further arrests and [[name:Femi]] is back home every weekend. What made the difference
        was asking the family who else loves this child before asking for a placement.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        {{warfarin}} repeat for mrs [[name:o'sullivan]] went thru on the {{repeat prescription}}
        batch without anyone checking her {{INR}} - last one was 9 wks ago, she was meant to go to the
        [[organisation:Hollins Lane]] {{anticoag clinic}} in {{dec}} but cancelled. the {{pharmacist}} at
        [[organisation:Bridgefoot Pharmacy]] didnt query it either. she went to {{A&E}} sun with a
        nosebleed that wouldnt stop, INR 6.8. home now and ok. {{EMIS}} has the INR alert but its a pop
        up we all click past on batch issue. [[name:jas]] (rx clerk)
    """)),
    ("health", "near_miss", prose("""
        [[name:Wiktoria]] on reception took a {{home visit}} request at 0915 for
        [[name:Harold Pennington]] ([[age:91]]) – family worried about new confusion. The
        {{visit list}} pulled his address from {{SystmOne}} as [[address:14 Chapel Fold, Ossington]],
        but he moved into his {{daughter}}'s annexe at [[address:The Coach House, Fellside Lane]],
        [[postcode:LA8 9PT]] in the autumn. The daughter had told us by phone but only a free-text note
        was added, not an address change. [[name:Wiktoria]] spotted it because she read the notes
        before printing the list. Dr [[name:Achebe]] went to the right place, found a {{UTI}} and
        started {{nitrofurantoin}}. Learning: a change of address needs the {{registration form}}
        route, not a note. Near miss logged [[case_reference:SEA-2025-07]].
    """)),
    ("health", "success", prose("""
        Massive well done to [[name:Kayleigh]] on the phones this morning. A {{mum}} rang at 0805
        asking for a routine appointment for her son, [[age:2]], 'just a rash'. [[name:Kayleigh]] used
        the {{red flag}} questions on the {{care navigation}} card, found out the rash didn't fade under
        a glass and he was floppy, and put her straight through to the {{duty doctor}}. Dr
        [[name:Mensah]] called {{999}}; he was treated for {{meningococcal sepsis}} at
        [[organisation:Ravensworth Children's Hospital]] and is doing well. This is exactly why we do
        the training. – [[name:Annette]], {{practice manager}}
    """)),
    ("health", "incident", block("""
        SIGNIFICANT EVENT FORM
        Ref: [[case_reference:SE/24/118]]
        Date: [[date:09/12/2024]]
        Reported by: [[name:Ifeoma Chukwu]], {{prescription clerk}}
        Patients: (1) [[name:Jean Mather]], DOB [[date_of_birth:14/05/1948]], NHS [[nhs_number:581 750 7676]]; (2) [[name:Joan Mather]], DOB [[date_of_birth:14/05/1951]], NHS [[nhs_number:729 185 1416]]
        Description: Repeat request for {{bendroflumethiazide}} and {{amlodipine}} came in on the {{NHS App}} for [[name:Jean]]. I searched by surname and day/month of birth and picked [[name:Joan]] (same street, sisters-in-law). Issued via {{EPS}} to [[organisation:Castlegate Pharmacy]]. [[name:Joan]] collected it and took one dose before her husband noticed the name on the box. No harm; {{GP}} reviewed.
        Contributing factors: lunchtime cover, search on partial details, both records already had a {{name alert}}.
        Actions: search by {{NHS number}} or full DOB only; discussed at {{practice meeting}}.
    """)),
    ("health", "incident", block("""
        Timeline – delayed home visit, [[name:Elsie Threlfall]], [[age:87]], [[date:14 January 2025]]
        0840 {{daughter}} [[name:Mandy]] rings, mum 'not right', off her food. Added to {{home visit list}} as routine.
        0845-1130 list not triaged – {{duty GP}} [[name:Ravi]] pulled into {{baby clinic}} cover.
        1215 [[name:Mandy]] rings back, mum more drowsy. [[name:Leonie]] (reception) types 'URGENT' in free text but list order doesn't change.
        1340 Dr [[name:Farrell]] visits: {{sepsis}} screen positive, {{NEWS2}} 7. Ambulance called.
        1655 ambulance arrives (3h15 wait). Admitted to [[organisation:Kingsmere General]] with {{pneumonia}}.
        Learning
        - No named person triages visits when the duty GP is moved.
        - 'URGENT' in free text does nothing; any 2nd call about the same patient needs a {{call-back}} by a clinician within 30 min.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Gurpreet Sandhu]] <[[email:gurpreet.sandhu3@nhs.net]]>
        To: [[email:practice.manager.b82041@nhs.net]]
        Subject: Near miss – CD prescription for a home visit patient

        Hi [[name:Annette]],
        Yesterday a paper {{FP10}} for {{Oramorph}} 10mg/5ml for [[name:Derek Aspinall]] ({{palliative}}, NHS [[nhs_number:118 239 0080]]) was left in the {{home visit bag}} instead of going to [[organisation:Wellgate Pharmacy]]. The {{district nurse}} found it this morning after his wife rang asking where it was; he had about two doses left. Found a day later and he would have had no {{breakthrough analgesia}} over the weekend.
        We have no tracking for {{controlled drug}} scripts leaving the building. Could we add a CD script log at reception, signed when handed to the {{pharmacy driver}}?
        Thanks
        [[name:Gurpreet]]
        {{Salaried GP}}
    """)),
    ("health", "incident", block("""
        [[name:Shona]] 10:02: has anyone had the man who keeps ringing about his {{sertraline}}? hes on line 3 again, 4th time today
        [[name:Bilal]] 10:03: mr [[name:Quigley]]? yes he was shouting at me earlier, said he knows which car is mine and read my reg out
        [[name:Shona]] 10:03: wtf. did you tell [[name:Trish]]
        [[name:Bilal]] 10:04: not yet, didnt want to make a fuss
        [[name:Trish]] 10:11: its not a fuss!! coming down now. put him on hold

        Datix [[case_reference:W61044]]: patient threatened a {{care navigator}} over a delayed {{repeat}}. The repeat was blocked because his {{medication review}} was overdue and nobody had told him why. Police informed on {{101}}. Staff car [[vehicle_registration:FN71 OXB]] – staff member offered a space in the {{GP}} bay. Learning: when a repeat is held for review, send a text explaining why and how to book.
    """)),
    ("health", "success", block("""
        [[organisation:Brookfield Medical Practice]] – learning event minutes
        [[date:23/01/2025]], 13:00, {{staff room}}
        Attendees: Dr [[name:Aniko Varga]] (partner), [[name:Trish Malone]] ({{practice manager}}), [[name:Bea Odukoya]] ({{lead receptionist}}), [[name:Marek]] (prescriptions), [[name:Cathal Dunne]] ({{clinical pharmacist}}), [[name:Hannah P]] ({{HCA}})
        1. Good catch. [[name:Marek]] saw a {{methotrexate}} repeat request where the patient had typed 'one a day now?' in the notes box. The template was correct (weekly) but [[name:Marek]] stopped the batch and passed it to [[name:Cathal]], who phoned her: she had misread the hospital letter and was about to start daily dosing. Not started. Dose and {{folic acid}} day explained; {{shared care}} letter re-sent.
        2. Agreed: any free text on a {{high-risk drug}} request goes to the clinical pharmacist, not batch.
        3. [[name:Bea]] to add this to the reception induction pack.
    """)),
    ("health", "success", prose("""
        Transcribed from a card left at reception, shared with permission: 'To Dr [[name:Imran]],
        {{Sister}} [[name:Pat]] and the girls on the front desk at
        [[organisation:Ashworth Road Surgery]]. Thank you for looking after my [[name:Stan]] at home in
        his last weeks. You came out every time I rang, even the {{Saturday}} after {{Christmas}}. The
        {{just in case medicines}} were there when he needed them and he died in his own bed like he
        wanted, on [[date:2nd January]], [[age:84]] years young. [[name:Kath]] on reception always knew
        my voice. I won't forget it. Love, [[name:Brenda Fairclough]] xx'. Card is up in the {{staff
        room}}. Well done all – the {{palliative care register}} and the {{Gold Standards Framework}}
        meetings really worked here.
    """)),
    ("health", "incident", prose("""
        A discharge letter from [[organisation:Kingsmere General]] for [[name:Aisha Rahman]] (DOB
        [[date_of_birth:21/03/1990]]) was filed into the record of [[name:Aisha Rehman]] (DOB
        [[date_of_birth:21/03/1999]]) by {{workflow}} on [[date:4 February]]. The letter asked the GP to
        stop {{ramipril}} after an {{acute kidney injury}}. Because it went to the wrong patient, the
        action never reached the right one and her repeat was issued again on the 11th. The error was
        found on [[date:19 February]] when Ms [[name:Rehman]] rang to ask why she had a letter about
        kidney problems. [[name:Aisha Rahman]] had taken ramipril for another week; her {{U&Es}} were
        rechecked and were stable. Our {{Docman}} matching relies on name and DOB, and here the spelling
        and the year each differ by one character. Learning: match on the {{NHS number}}, which was on
        the letter ([[nhs_number:840 312 6417]]). Reported through {{LFPSE}}.
    """)),
    ("health", "near_miss", block("""
        HOME VISITS – {{Thursday}} [[date:6 March]]
        | Patient | Address | Reason | Visiting | Notes |
        | [[name:Gladys Ocran]], [[age:93]] | [[address:3 Weavers Row]], [[postcode:BB4 7JH]] | {{leg ulcer}} review | Dr [[name:Kowalczyk]] | dog – ring first [[phone:01706 555 213]] |
        | [[name:Norman Tait]], [[age:78]] | [[address:Flat 6, Ashcroft Court]], [[postcode:BB4 6NE]] | breathless, {{COPD}} | Dr [[name:Kowalczyk]] | {{rescue pack}} started last wk |
        | [[name:Pip Gorman]], [[age:66]] | [[address:Lane End Farm]], [[postcode:BB4 9XR]] | post-op wound check | {{HCA}} | |
        Added 1115 by [[name:Deb]]: [[name:Norman]] is on {{home oxygen}} and the {{HOOF}} says he still smokes – family told me the {{concentrator}} is in the kitchen next to the cooker. Not flagged anywhere on {{EMIS}}. Dr [[name:Kowalczyk]] aware, {{fire service}} home safety referral done, alert added. Logged as near miss.
    """)),
    ("health", "success", block("""
        Debrief – vaccine fridge, {{Mon}} [[date:10 Feb]]
        Found by: [[name:Ollie]] ({{HCA}}) at 0750, {{data logger}} max 11.4°C overnight, door seal split.
        What went well
        - [[name:Ollie]] didn't use anything, bagged and labelled the stock 'DO NOT USE' and moved it to fridge 2 at 2–8°C
        - [[name:Rukhsana]] ({{practice nurse}}) rang the manufacturers and the {{Screening and Immunisation Team}} before clinic – {{Shingrix}} and {{MMR}} OK to use, one box of {{flu}} vaccine destroyed
        - only 4 patients rebooked, all rang by 0900
        - reported as a {{cold chain}} incident on the same day
        Even better if
        - seal had been on the weekly check sheet (it is now)
        Thanks to Dr [[name:Siddiqui]] for covering reception while we sorted it.
    """)),
    ("health", "incident", prose("""
        bloods for [[name:Kwame Asante]] rejected by {{the lab}}
        ([[organisation:Pennine Pathology]]) - DOB on the tube was [[date_of_birth:12/09/1962]] but hes
        [[date_of_birth:12/09/1965]]. {{label printer}} in {{HCA}} room 2 has been broken since {{monday}}
        (IT ticket [[case_reference:INC0448172]]) so [[name:Tayo]] was handwriting them and misread her
        own note. he had fasted for {{HbA1c}} and {{lipids}}, took half a day off work and has to come
        back, he was not happy (fair enough). two handwritten {{sample tubes}} on the same morning, this will
        happen again until the printer is fixed. can we borrow the one from {{reception}}?
    """)),
    ("health", "near_miss", prose("""
        {{amoxicillin}} for [[name:bella]] ([[age:6]]) off an {{eConsult}} - locum GP prescribed it,
        and the {{penicillin allergy}} is coded on her twin sisters record not hers (twins
        [[name:bella]] and [[name:grace]] [[name:nwosu]]). {{pharmacist}} at
        [[organisation:Rowan Chemist]] knows the family and rang us before handing it out. {{mum}}
        confirmed its [[name:bella]] whos allergic, rash last year. alert moved to the right record,
        {{clarithromycin}} issued instead. twins on the same {{household}} list = easy to do
    """)),
    ("health", "success", block("""
        [[name:Trudy]] 🌟: shoutout to [[name:Yusuf]] on the {{prescriptions line}} today!! cleared 212 {{repeat requests}} from the backlog AND found 3 patients overdue their {{lithium}} levels and booked them in
        [[name:Yusuf]]: 😅 only cos [[name:Cathal]] built the search
        [[name:Cathal]]: team effort! the {{lithium monitoring}} search is on the shared drive now if the other practices in the {{PCN}} want it
        Dr [[name:Varga]]: brilliant, one of the three had a level of 1.3 last time. genuinely could have been serious. thank you both 👏
        [[name:Trudy]] 🌟: cakes in the {{staff room}} tomorrow
    """)),
    ("health", "incident", block("""
        INCIDENT – phone message, wrong call-back number
        Date: [[date:27/02/2025]]
        Taken by: [[name:Sinéad]] ({{care navigator}}) at 1112
        Patient: [[name:Tomasz Wróbel]], [[age:58]]
        Message: 'please call back re {{chest pain}} on and off since yesterday'. Number written as [[phone:07700 900 816]]. Number on record (correct): [[phone:07700 900 861]].
        What happened: {{duty GP}} rang the written number 3 times between 1230 and 1600, no answer, left it. Patient attended {{A&E}} the next morning, diagnosed {{NSTEMI}}, had a stent.
        Why: number not read back; chest pain should never go into the message book – the {{care navigation}} script says {{999}} or immediate GP.
        Actions: read back every number; chest pain on the {{red flag}} list at the top of every screen; [[name:Sinéad]] supported, not blamed – she was on her own on the phones.
    """)),
    ("health", "success", prose("""
        On a routine {{home visit}} on [[date:12 December 2024]] to [[name:Arthur Beaumont]]
        ([[age:80]]) at [[address:2 Tanners Yard, Holmbridge]], [[postcode:HD9 2QA]], our {{paramedic
        practitioner}} [[name:Ade]] noticed [[name:Arthur]] and his wife both had headaches and nausea, and the
        {{gas fire}} flame was yellow. There was no {{CO alarm}}. [[name:Ade]] opened the windows, got
        them outside and rang the {{gas emergency line}}. The engineer found a blocked flue and capped
        the fire. Both were checked by the ambulance crew with {{carboxyhaemoglobin}} levels raised but
        not needing admission. [[name:Ade]] then referred them for a free alarm through the {{fire
        service}}. [[name:Arthur]]'s son rang to thank the surgery. We have added 'ask about heating'
        to the winter visit prompt.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG – [[aircraft_registration:G-OHEM]] – sector 4 – [[date:08/01/2025]]
        Defect: during {{NVG}} approach to the {{HLS}} at [[organisation:Marrick Park Rugby Club]] the LH {{NVIS}} instrument floodlight flickered then failed. Cockpit went bright/dark in goggles; pilot [[name:Ros Ingham]] went unaided for the landing.
        Action: {{MEL}} checked – not dispatchable for NVG ops. Aircraft U/S for night.
        Rectification: [[name:Stefan Ilić]], {{licensed engineer}}, [[organisation:Avonmere Aviation Engineering]] – dimmer module replaced, chafed loom behind panel re-sleeved. Ground run and NVIS check sat.
        Ops note: night cover lost 0100-0700; {{standby aircraft}} [[aircraft_registration:G-LNAC]] repositioned from [[organisation:Thurlby Base]] by 0715.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract – [[date:22/11/2024]] – [[organisation:Ormsby Radar]] 128.405
        2241:10 [[flight_number:HELIMED 58]]: [[organisation:Ormsby Radar]], [[flight_number:Helimed five eight]], {{HEMS}} priority, passing 1500 feet, inbound to a landing site at [[address:Walden Fell]], request {{traffic service}}
        2241:25 RADAR: [[flight_number:Helimed five eight]], traffic service. Traffic is police helicopter [[flight_number:NPAS 41]] routing to the same incident, 2 miles north, 1200 feet
        2241:40 [[flight_number:HELIMED 58]]: Looking, not visual, NVG
        2242:05 RADAR: [[flight_number:NPAS four one]], traffic helicopter one mile south, same level, on NVG
        2242:15 [[flight_number:NPAS 41]]: Visual, climbing 1700 feet to orbit
        Debrief note: {{TCAS}} gave a TA at under a mile. Both units had been tasked by separate control rooms; neither knew of the other until Radar. Agreed with {{the police air operations}} that the {{HEMS desk}} will pass NPAS tasking details to the crew before lift. Reported as {{MOR}} [[case_reference:2024/21967]].
    """)),
    ("aviation", "success", prose("""
        Huge thanks from the night crew to [[name:Gethin]] and the volunteers at
        [[organisation:Pontyberem Fawr RFC]]. We were tasked at 0210 to a {{cardiac arrest}} in the
        village and the club is one of our registered {{night landing sites}}. By the time we were
        overhead [[name:Gethin]] had the {{floodlights}} on, four cars parked at the corners with
        headlights facing in exactly like the card says, and the pitch walked for debris. The
        {{critical care paramedic}} was at the patient's side nine minutes after landing. Landings like
        that are why the {{community landing site}} scheme works. – [[name:Ros]] ({{pilot}}) and Dr
        [[name:Jo Mackintosh]]
    """)),
    ("aviation", "incident", block("""
        DEBRIEF NOTES – downwash damage at HLS, [[date:19/10/2024]]
        Aircraft: [[aircraft_registration:G-RXHM]], call sign [[flight_number:Helimed 71]]
        Crew: [[name:Neil Armitage]] ({{captain}}), [[name:Priya 'PJ' Joshi]] ({{TCO}}), Dr [[name:Hamish Beattie]], [[name:Kaz]] ({{critical care paramedic}})
        - 2315 landed at the {{secondary HLS}}, a school field, for a {{RTC}}. Recce from the hover on {{NVG}} looked clear.
        - A party gazebo at the edge of the field (not visible under the trees) lifted in the downwash and hit a parked car, [[vehicle_registration:KM19 TXA]], denting the bonnet and cracking the windscreen.
        - Owner came out, upset but fine. Details exchanged, {{the police}} on scene took a note, ref [[case_reference:CAD 2219-19102024]].
        Learning: the {{HLS}} card says 'check for loose articles' but the site had changed since it was surveyed in 2022. Night sites to be re-surveyed every 12 months, and on NVG the {{TCO}} calls out any structure within 30 m before we commit.
        Reported internally [[case_reference:SR-0873]]; insurers informed.
    """)),
    ("aviation", "near_miss", prose("""
        quick one for the safety box. [[date:2 dec]] nights, [[aircraft_registration:G-OHEM]], back from
        [[organisation:Kingsmere General]] to base. {{TAF}} had cloud 1200ft but it came down to about
        500 in the valley with rain. we turned back for the hospital pad and sat there 2hrs. landed with
        14 mins above {{final reserve}} which is fine on paper but i didnt like it. honestly we took the
        return leg because everyone wanted their bed. [[name:macca]] ({{TCO}}) said it out loud before i
        did which was good {{CRM}}. could we put a go/no-go check on the {{night return}} on the
        {{iPad}} same as outbound? nothing bent. [[name:RI]]
    """)),
    ("aviation", "success", block("""
        From: Dr [[name:Oluwaseun Adeleke]] <[[email:seun.adeleke@kingsmere-nhs.uk]]>
        To: Night Ops, [[organisation:Northmoor Air Ambulance]]
        Date: [[date:16 February 2025]]
        Subject: Thank you – [[flight_number:Helimed 58]], {{Saturday}} night

        Dear all,
        I was the {{ED consultant}} who received the [[age:19]]-year-old motorcyclist you brought in at 0320. The pre-alert was perfect, the {{REBOA}} decision was already made and the {{blood products}} you gave on scene bought us the time to get him to theatre. He went to {{ICU}} and was extubated on day 3.
        Please pass this on to the crew, especially the {{pilot}} who got you down on an unlit lay-by in that weather. We are using your {{ATMIST}} handover in our registrar teaching.
        Best wishes,
        [[name:Seun]]
        {{Consultant in Emergency Medicine}}, [[organisation:Kingsmere General]]
    """)),
    ("aviation", "incident", prose("""
        We landed at the [[organisation:Royal Ashby Infirmary]] {{helipad}} at 0145 with
        [[name:Jordan Pryce]] ([[age:23]], NHS [[nhs_number:684 378 6855]]), intubated after a fall.
        The helipad lift to {{the ED}} was out of service and nobody had told the {{HEMS desk}}; there
        was no {{NOTAM}} or hospital message. The {{porters}} arrived at 0158 and we carried him down
        four flights on the {{scoop}} with the {{ventilator}} and monitor on top. His {{ETCO2}} trace was
        lost for about a minute on the stairs and the tube had to be checked in the stairwell. He was
        handed over at 0211, sixteen minutes later than planned. No lasting harm was found. The lift
        had failed at 2200 and estates had logged it as [[case_reference:EST-77102]] but the message
        went to a day-time inbox. Request: hospitals on our network to send helipad outages to the
        desk's 24-hour number, [[phone:0300 555 0142]]. – [[name:Kamala Ranasinghe]], {{HEMS
        paramedic}}
    """)),
    ("aviation", "incident", block("""
        Laser illumination – chronology, [[date:31/10/2024]]
        2204 [[flight_number:Helimed 71]] ([[aircraft_registration:G-RXHM]]) lifts from [[organisation:Thurlby Base]], 2 crew + doctor, {{NVG}}.
        2211 green laser strikes cockpit from the right, about 4 nm west of base. {{The captain}}, [[name:Lucy Ferreira-Hall]], looks away; single pilot, so she flies on instruments with goggles flipped up while the {{TCO}} monitors height.
        2212 second strike. Crew call it on frequency to [[organisation:Ormsby Radar]].
        2213 police informed via the {{HEMS desk}}; [[flight_number:NPAS 41]] later locates a youth at a house on [[address:Carrow Lane]].
        2240 mission completed, crew stood down for the night after {{eye check}} at the ED – no injury.
        Actions: {{MOR}} filed ([[case_reference:2024/20411]]); laser glasses carried on the night aircraft from now on; crew offered {{TRiM}}.
    """)),
    ("aviation", "success", block("""
        NIGHT OPS SAFETY MEETING – [[date:12 March 2025]]
        Attendees: [[name:Neil Armitage]] ({{Chief Pilot}}), [[name:Bronwen Rees]] ({{Safety Manager}}), [[name:Kaz Mirza]] ({{Lead Paramedic}}), [[name:Fitz]] ({{Duty Engineer}}), Dr [[name:Hamish Beattie]] ({{Medical Director}})
        Apologies: [[name:L. Ferreira-Hall]]

        1. Laser glasses – in use on both night aircraft. [[name:Fitz]] confirms NVG compatible.
        2. Night landing sites – 41 of 48 re-surveyed since the gazebo event. [[name:Bronwen]] thanked the {{TCOs}} who did these on days off.
        3. Good news: no night {{unstabilised approaches}} reported this quarter (last year 3). Attributed to the new {{stabilised approach gate}} briefing.
        4. [[name:Kaz Mirza]]: {{fatigue}} reports up, but that is the culture working – keep reporting.
        AOB: {{CAA}} audit of {{NVIS}} training records {{April}}, all in order.
    """)),
    ("aviation", "incident", prose("""
        {{controlled drug}} check at handover 0700 [[date:09/01/2025]]: {{ketamine}} in the {{drug
        bag}} 1 x 200mg vial short against the {{CD register}}. night crew were [[name:Tom Kirkbride]]
        and [[name:Adaeze]], one job overnight, ketamine given 100mg and the rest discarded - but only
        one signature on the discard entry and the empty vial not in the sharps box pouch. most likely a
        paperwork error at 0400 with a sick patient in a dark cab, but we cant prove it. reported to the
        {{CDAO}} and [[name:Bronwen]], {{police}} not needed per {{SOP}}. learning: discard needs two
        signatures at the time, even if you wake the pilot. - [[name:K.M.]]
    """)),
    ("aviation", "near_miss", block("""
        [[date:07/02/2025]], 01:34 - [[name:Ros]]: {{drone}} at the {{HLS}} at the [[organisation:Ashby Retail Park]] site, red and green lights, about 200ft, right over where we were going to put down. {{went around}} and landed on the far side of the {{car park}}
        [[date:07/02/2025]], 01:35 - [[name:Ros]]: no way it was lit for us to see under {{NVG}} unless we were looking
        [[date:07/02/2025]], 01:41 - [[name:Bronwen Rees]]: thank you. are you all ok? pls do an {{ASR}} when back, I'll raise with police and the {{CAA}}
        [[date:07/02/2025]], 01:44 - [[name:Ros]]: all fine. someone filming the job probably. the {{TCO}} spotted it, I didn't
        [[date:07/02/2025]], 08:20 - [[name:Bronwen Rees]]: {{police}} have spoken to {{the operator}}, a [[age:14]]-year-old with a {{Christmas}} present. report [[case_reference:ASR-25-031]]
    """)),
    ("aviation", "success", prose("""
        Received via the {{HEMS desk}} from [[organisation:Ravenmoor Roads Policing Unit]]: 'Sergeant
        [[name:Nadia Hussain]] here. Just wanted to say thanks for {{Tuesday}} night on the A-road
        closure. Your {{TCO}} talked {{my officers}} through the {{landing area}} on the radio, we positioned
        [[vehicle_registration:RV23 PKE]] and [[vehicle_registration:RV72 HLN]] with {{blues}} off and
        headlights across the {{carriageway}} as asked, and the aircraft was down in under two minutes.
        My team had never done a night landing before and felt part of it. The driver,
        [[name:Ellis]], has since been discharged.' Lovely feedback – shared with {{the crew}} on the
        [[date:4 March]] {{roster}}. – [[name:Chidi]], {{Desk supervisor}}
    """)),
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT – summary
        MOR no: [[case_reference:2025/01882]]
        Date/time: [[date:24/01/2025]] 2048
        Aircraft: [[aircraft_registration:G-LNAC]], {{EC135}}
        Flight: [[flight_number:Helimed 63]]
        {{Commander}}: [[name:Andrzej Pawlak]]
        Event: {{birdstrike}} on approach to the [[organisation:Royal Ashby Infirmary]] {{helipad}} on {{NVG}}, 300 ft. Single large bird (probably a gull) hit the {{windscreen}} on {{the commander}}'s side, cracking the outer ply. Landed normally.
        Crew: no injury. {{Patient}} on board, handed over without delay.
        Engineering: windscreen replaced by [[organisation:Avonmere Aviation Engineering]]; aircraft back in service [[date:27/01/2025]].
        Contributing: roof of the car park next to the pad now has a food outlet and gulls roost there at night. {{Hospital estates}} contacted about a {{bird control}} plan.
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER – DAY TO NIGHT – [[date:05/03/2025]] 1900
        Aircraft: [[aircraft_registration:G-OHEM]] {{serviceable}}, fuel 540 kg
        {{NOTAMs}}: reviewed 1830 by [[name:Ros Ingham]] – nil new
        Weather: {{METAR}} OK, fog risk after 0300
        Crew: [[name:Ros Ingham]] / [[name:Sunny Bhatti]] ({{TCO}}) / Dr [[name:Eilidh Munro]]
        ---
        Added 2140 by [[name:Sunny Bhatti]]: NOTAM for a 90 m {{mobile crane}} at [[organisation:Kingsmere General]] (new car park build, lit) was issued at 1700 but filed under the nearby {{airfield}}, not the hospital, so the 1830 review missed it. We saw the crane lights on approach and adjusted; no conflict. {{Day crew}} had seen it earlier and not passed it on. Suggest NOTAM review includes every {{hospital helipad}} we routinely use, and a verbal {{hazard brief}} at handover.
    """)),
    ("aviation", "success", prose("""
        Debrief from the {{multi-agency}} night rescue on [[date:13 September 2024]]. A walker,
        [[name:Gareth Lloyd-Jones]] ([[age:62]]), fell on the cliff path below
        [[address:Penrhos Point]] at 2130. {{HM Coastguard}} could not get a {{rope team}} down safely
        in the dark and the {{SAR helicopter}} was committed elsewhere. [[flight_number:Helimed 71]] landed
        on the headland at 2214 on NVG, the {{coastguard}} team lowered our doctor, Dr
        [[name:Sanjeev Mehra]], with their kit, and he gave {{analgesia}} and splinted a {{femur
        fracture}} on the ledge. The {{lifeboat}} crew then took [[name:Gareth]] off from below. It
        worked because the Coastguard {{duty officer}}, [[name:Morwenna]], set up one talk group for
        everyone early. We would like the same shared-channel plan written into the joint SOP.
    """)),
    ("aviation", "success", prose("""
        shout out to [[name:dean]] on the {{HEMS desk}} for last night. caller was a lorry driver who
        only knew he was 'near a big roundabout'. [[name:dean]] got him to read the {{what3words}} off
        his phone, ///[[address:copper.ladder.mists]], and cross-checked it with the {{AML}} location,
        then had the {{ambulance trust}} send a car to light the landing site. we landed next to the lay-by
        at 0305 with the {{ROLE}} crew already on scene. patient was [[age:45]] with a {{STEMI}}, went
        straight to the {{cath lab}}. tiny bit of desk work that saved us 10 mins of orbiting around in
        the dark. cheers mate - [[name:Sunny]] and [[name:Lucy]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind186", REPORTS))
