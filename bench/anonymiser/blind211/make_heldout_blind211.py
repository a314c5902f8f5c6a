"""Held-out blind corpus 211: UK incident, near-miss and learning reports, written blind.

Fifty confidential-reporting narratives as front-line practitioners type them, written without
sight of the de-identifier or of any other corpus, so the corpus measures how well it generalises.
All people, organisations, places and numbers are invented.

Three settings:
- social_care (17): an adoption agency and adoption panel - prospective adopters, matching,
  introductions, life story work, letterbox contact, the agency decision maker.
- health (17): a GP practice and an NHS 111 / out-of-hours service - receptionists, care
  navigators, prescriptions and repeat meds, home visits, clinical navigators.
- aviation (16): a business jet charter operator and its FBO - handling agents, crew,
  passenger manifests, catering, customs/GAR, slot times.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national bodies and
frameworks, clinical and aviation terms, generic days and months, acronyms that look like
initials, capitalised ordinary words) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind211.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        letterbox - sent the {{annual letter}} from adopters for [[name:kayden]] ([[age:6yo]]) to
        {{birth mum}} at her OLD addr [[address:14 Tansy Row, Ashcombe]] [[postcode:TQ12 7RD]] not
        the new one. she moved in {{spring}} + new addr was on the {{letterbox log}} but not on the
        {{contact sheet}} i used. letter had adopters 1st names and a photo of him in school jumper
        w/ the [[organisation:St Brannock's Primary]] logo visible!! realised [[date:thurs 9th]]
        when [[name:bev]] in admin flagged the addr change. rang {{duty manager}}
        ([[name:Oluwaseun]]) who logged it as a {{data breach}}, ref [[case_reference:DPB-0912]].
        {{IG team}} told, adopters told by their {{supporting social worker}}. we do have a
        {{checklist}} for photos (logos, uniforms, street signs) but i skipped it cos
        {{end of day}} + 3 more letters to get out. sorry. will do it every time now
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 February]] the {{panel adviser}}, [[name:Delyth Prosser]], circulated the
        {{Prospective Adopter Report}} (PAR) and medical summaries for Mr and Mrs
        [[name:Achterberg]] (agency ref [[case_reference:FAP/PA/2291]]) ahead of the
        [[date:21 February]] {{adoption panel}}. {{Outlook}} autocomplete selected
        '[[name:Tom Hurrell]]' at [[organisation:Hurrell & Daughters Joinery]] instead of the
        {{independent panel member}} [[name:Tomasz Hurel]]. The recipient replied within the hour
        to say he had deleted it unread. The {{Agency Decision Maker}} and our
        {{Data Protection Officer}} were informed the same afternoon; it was not judged reportable
        to the {{ICO}}, but Mr and Mrs [[name:Achterberg]] were told in person by their
        {{social worker}}. Learning: panel papers now go only through the {{secure portal}}, and
        autocomplete has been switched off on the panel mailbox. [[name:Delyth]] has asked for this
        to be shared at the next {{team meeting}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ayesha Qureshi-Bell]] <[[email:a.qureshibell@fernhollowadoption.org.uk]]>
        To: {{Family Finding Team}}
        Subject: near miss - profile for [[name:Lilia]] ([[case_reference:CH-40518]])
        Date: [[date:Mon 3 June]] 16:42

        Hi all,

        Quick flag before it gets lost. The {{child's profile}} for [[name:Lilia]] ([[age:aged 4]])
        that went to print for {{Saturday}}'s {{Adoption Activity Day}} still had her birth surname
        [[name:Dragomir]] in the footer and her {{nursery}}, [[organisation:Little Acorns Day Nursery]],
        in a photo caption. [[name:Pip]] spotted it checking the {{proofs}} at
        [[organisation:Copyshack Printers]] - nothing had been handed out.

        Reprinted with first name only. Could we add 'footer + captions' to the {{family finding}}
        {{proof checklist}}? Happy to update it.

        Thanks,
        [[name:Ayesha]]

        [[name:Ayesha Qureshi-Bell]] | {{Family Finding Social Worker}}
        [[organisation:Fernhollow Adoption Partnership]]
        T: [[phone:0117 496 0384]] | M: [[phone:07700 900562]]
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace Adebayo-Ling]] in the {{Adoption Support}} team for the
        {{life story book}} she finished for brothers [[name:Reuben]] ([[age:7]]) and
        [[name:Kai]] ([[age:5]]). She tracked down their first {{foster carer}}, Mrs
        [[name:Fenwick]], who still had photos of [[name:Reuben]]'s first birthday and his
        {{hospital band}} from [[organisation:Royal Tamarside Hospital]]. The {{adoptive parents}}
        said it was the first time [[name:Kai]] sat through a whole {{life story}} session without
        leaving the room. [[name:Grace]] also wrote the {{later life letter}} in words a teenager
        can actually read, which the {{IRO}} and the {{Agency Decision Maker}} both commented on.
        Brilliant work, thank you! - [[name:Femi]] ({{Team Manager}})
    """)),
    ("social_care", "incident", block("""
        Chronology - farewell contact, [[date:Wed 12 March]]
        Child: [[name:Mason Tierney]] ([[case_reference:FAP-C-3307]]), [[age:2 yrs]]
        Venue: [[organisation:Kingfisher Family Centre]], [[address:Unit 4, Cobb Lane, Thornbury St Giles]]

        13:05 {{birth dad}} ([[name:Darren]]) arrives for {{farewell contact}}, supervised by {{contact worker}} [[name:Ines Barros]].
        13:40 {{prospective adopters}} (Mr & Mr [[name:Okoye-Hart]]) arrive EARLY - they had been told 14:30.
        13:42 [[name:Ines]] sees their car ([[vehicle_registration:WU21 KXF]]) pull into the front car park, visible from the contact room.
        13:44 [[name:Ines]] asks {{reception}} to redirect them to the rear entrance; blinds closed.
        13:50 [[name:Darren]] asks "is that them?" - told no. No names or reg given.
        14:15 contact ends, [[name:Darren]] leaves via front. Adopters stayed in rear office.
        14:40 {{duty senior}} [[name:Rhiannon]] informed. {{Risk assessment}} reviewed through a {{CP}} lens - low risk, logged.

        Learning: the {{introductions}} timings were emailed to the adopters from an old draft.
        {{Placement planning meeting}} minutes to be the single source of times from now on.
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:Brackenridge Council]] Adoption Panel - extract from minutes
        Date: [[date:18/04/24]]
        Present: [[name:Maureen Liddle]] ({{Chair}}), Dr [[name:Harjit Sandhu]] ({{Medical Adviser}}),
        [[name:Faith Mwangi]] ({{independent member}}), [[name:Colm O'Dwyer]] ({{adoptive parent}} member),
        Cllr [[name:Bill Ashworth]] ({{elected member}}), [[name:Sunita Rao]] ({{panel adviser}})
        Apologies: [[name:J. Kowalczyk]] ({{Vice Chair}})
        In attendance: [[name:Amber Thistlewood]] ({{minute taker}})

        Item 2 - Declarations of interest
        Before considering the {{approval}} of [[name:Priya]] and [[name:Lewis Marchetti]] ([[case_reference:BC/ADP/0448]]),
        [[name:Colm]] declared that he had coached [[name:Lewis]] at [[organisation:Hollins Park Rugby Club]] some years ago.
        This was not picked up when the {{PAR}} went out on [[date:10/04/24]]. [[name:Colm]] withdrew for the item and
        panel remained quorate. The Chair noted that {{declarations}} are on the agenda but should also be asked
        when papers are sent. Action: [[name:Sunita]] to list applicants' names in the conflict-check email from next panel.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. The move of [[name:Esme]] ([[age:18 months]]) from her
        {{foster carers}}, [[name:Jan]] and [[name:Graham Pocock]], to her adopters [[name:Hope]]
        and [[name:Daniel Varga]] was planned using the {{Moving to Adoption}} model rather than a
        fixed ten-day timetable. The {{Agency Decision Maker}} ratified the {{match}} on
        [[date:9 September]], and the {{Placement Order}} and {{Adoption Support Plan}} were
        reviewed jointly with the {{child's social worker}}, [[name:Bola Adewale]] of
        [[organisation:Castlemere Borough Council]]. [[name:Jan]] visited the adopters' home after
        the move, and a video call on [[date:2 October]] let [[name:Esme]] see her foster family's
        dog. At the first {{review}} (ref [[case_reference:CBC-CLA-77120]]) the {{IRO}} noted that
        [[name:Esme]] was settled and sleeping well. [[name:Hope]] wrote to the team: 'we never
        felt rushed and we never felt like we were taking her away'. Worth sharing with the
        {{regional adoption agency}} practice group.
    """)),
    ("social_care", "incident", block("""
        [[date:07/11/2023]], 08:51 - [[name:Kasia W]]: morning all, heads up. [[name:Rose]] (adopter, [[case_reference:FAP-A-1186]]) rang in tears, {{birth mum}} sent her a {{fb}} friend request last nite
        [[date:07/11/2023]], 08:52 - [[name:Kasia W]]: she thinks its from the {{letterbox}} letter, it was signed "[[name:Rose]] & [[name:Tunde]]" and he has an unusual spelling
        [[date:07/11/2023]], 08:55 - [[name:Marcus]] 🌻: ugh. did we {{redact}} the surname??
        [[date:07/11/2023]], 08:55 - [[name:Kasia W]]: yes surname was out but 2 first names together were enough apparently
        [[date:07/11/2023]], 08:57 - [[name:Marcus]] 🌻: ok tell her dont accept, screenshot then block. ill let {{TM}} know + do the {{incident form}}
        [[date:07/11/2023]], 09:03 - [[name:Deb]] Mgr: logged [[case_reference:INC-24-0388]]. pls ring the {{birth family}} {{sw}} at [[organisation:Lowmoor County Council]] re the {{contact agreement}} today
        [[date:07/11/2023]], 09:04 - [[name:Deb]] Mgr: + we need to review {{letterbox}} guidance. unusual first names = findable
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - {{Adoption Team}} - [[date:Fri 22/03]]
        From: [[name:Sanjay]]   To: [[name:Aoife]]

        1. {{CPR}} for [[name:Theo Marsh-Greenwood]] (DOB [[date_of_birth:11/08/2021]], [[case_reference:LCC-88214]]) due at court Mon with the {{Annex B}}.
           NEAR MISS: draft had his DOB as [[date_of_birth:11/09/2021]] - copied from sibling [[name:Ellie]]'s CPR.
           Caught by [[name:Nadia]] in {{Legal Services}} at {{QA}}. Corrected + re-sent [[date:21/03]] 16:10.
        2. Mr [[name:Holloway]] (prosp adopter) rang re {{Stage 2}} {{medicals}} - his {{GP}} ([[organisation:Hawthorn Lane Surgery]]) hasn't had the form. Resent, pls chase.
           Also NI no. on his form ([[ni_number:PW 66 10 38 A]]) doesn't match his {{DWP}} letter - ask him which is right.
        3. {{Letterbox}} - 3 letters in tray, nothing urgent.
        4. {{ADM}} decision for [[name:Koorosh]] & [[name:Lara]] due - [[name:Fatima]] has the papers.
        On-call mobile tonight: [[phone:07700 900183]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Ref: [[case_reference:IR-2024-1172]]
        Reported by: [[name:Will Stanhope]], {{Assessing Social Worker}}
        Date/time of incident: [[date:26 Jan 2024]], approx 19:30
        Location: {{supermarket car park}}, [[address:Mill Quay Retail Park, Sladebridge]] [[postcode:PL27 6QA]]
        Vehicle: own car, [[vehicle_registration:YD68 HNP]]
        Data subjects: applicants [[name:Sophie]] & [[name:Ravi Chandrasekar]], [[address:3 Orchard Mews, Little Tresco Road]]
        Applicant ref: [[case_reference:AS-0921]]   NI ([[name:R.C.]]): [[ni_number:JT 48 27 91 C]]

        Description: Rucksack taken from the boot of my car in a break-in while I stopped for shopping
        on the way home from a {{Stage 2}} {{home study}} visit. It held my encrypted laptop and a paper
        notebook with handwritten notes of the visit, including {{health}} and {{financial}} details
        and the applicants' {{referees}}. Police informed, crime no. [[case_reference:CR/0055713/24]].
        Laptop is {{BitLocker}} encrypted and was wiped remotely by {{IT}}.

        Immediate action: {{line manager}} and {{DPO}} told next morning; applicants visited by me and
        my manager on [[date:29 Jan]].
    """)),
    ("social_care", "success", block("""
        Fwd: thank you
        From: [[email:joyandsam.mbeki@inbox-mail.co.uk]]
        Sent: [[date:Sunday 16 June 2024]] 21:04

        Dear [[name:Faith]],
        We just wanted to say a massive thank you. A year ago we were at breaking point with [[name:Malachi]] ([[age:9]])
        and you never once made us feel like we'd failed. Getting the {{assessment of need}} done so quickly, and
        pushing the {{Adoption Support Fund}} application through for {{Theraplay}} at
        [[organisation:Blue Heron Therapeutic Services]], changed everything. He's just had his first full week at
        {{school}} without a call home and the {{SENCO}} says he's like a different boy. The {{letterbox}} letter to
        his {{birth nan}} went off too and he chose the photo himself!
        Love,
        [[name:Joy]] & [[name:Sam]] (and [[name:Mal]] 🙂)

        --
        Forwarding for the {{learning log}} - a great example of timely {{post-adoption support}}.
        [[name:Faith]], you're a star. - [[name:PK]] ({{Service Manager}})
    """)),
    ("social_care", "incident", block("""
        #adoption-familyfinding
        [[name:lowri.p]]  10:02
        ok so small disaster: [[name:Zayn]]'s profile on the {{family finding platform}} went live yesterday w/ the wrong video - it's [[name:Zain]]'s (different child, other agency)
        [[name:lowri.p]]  10:03
        live approx 17 hrs. viewable by {{approved adopters}} only, not public. 3 views
        [[name:tobi_a]]  10:05
        oh no. ive pulled it. who uploaded?
        [[name:lowri.p]]  10:06
        me 😩 both files were called "Z_video_final.mp4" in the {{shared drive}}
        [[name:G.Nakamura]]  10:09
        {{SM}} here - ok, log it on {{Datix}}, tell both {{child's social workers}} today + the 3 viewing agencies. not a {{cat 2}} breach imo but {{DPO}} to decide. {{naming convention}} fix: case no. first, e.g. [[case_reference:FF-2210]]_video
        [[name:tobi_a]]  10:11
        on it. incident no [[case_reference:DX-55190]]
    """)),
    ("social_care", "near_miss", prose("""
        teams panel [[date:tues 5th]] - someone in the {{lobby}} called '[[name:dave h]]' asking to
        join just before the [[name:Nowak]] item ([[case_reference:BC-PA-0562]]). {{chair}}
        ([[name:marianne]]) nearly admitted him thinking he was the new {{elected member}}. turns
        out it was the applicants {{referee}} [[name:David Hext]] who'd been fwd'd the link by the
        applicant so he could "say a few words" !! not admitted. {{panel adviser}} rang him after.
        nothing disclosed. issue = we sent the link to the applicants on an {{open email}}, not a
        {{meeting invite}} with lobby on. suggest: separate link per item + {{waiting room}} +
        chair checks names vs {{attendance}} list before admitting anyone. also {{Teams}} display
        names r whatever ppl type so dont trust them
    """)),
    ("social_care", "success", prose("""
        This note records what went well in the {{Early Permanence}} placement of [[name:Nia]],
        born [[date_of_birth:4 May 2023]] at [[organisation:Penhallow General Hospital]]. The
        {{Foster for Adoption}} carers, Ms [[name:Lerato Dube]] and Ms [[name:Carys Heaton]], had
        been approved as both {{foster carers}} and adopters by [[date:20 April 2023]] after a
        concurrent assessment, so [[name:Nia]] moved straight from the {{neonatal unit}} to them at
        [[age:nine days old]]. Contact with her birth mother took place three times a week at
        [[organisation:Rowan House Contact Centre]], and the carers' relationship with her was
        later described by the {{Guardian}} as 'respectful and warm'. The {{Placement Order}} was
        made on [[date:15 January 2024]]. Practice points: the {{Medical Adviser}} briefed the
        carers before the birth about possible {{neonatal abstinence syndrome}}; the
        {{health visitor}} was linked in pre-birth; and the {{PLO}} timetable was shared with the
        carers at the outset.
    """)),
    ("social_care", "incident", block("""
        Letterbox audit Q3 - exceptions (for incident log [[case_reference:LBX-Q3-07]])

        Ref     | Child     | Exchange with                      | Issue
        [[case_reference:LB-3341]] | [[name:Ava-Rose]] | {{birth gran}} [[name:Pat Quigley]]          | letter held 11 wks, never forwarded
        [[case_reference:LB-3358]] | [[name:Jordan]]   | {{birth mum}} [[name:Kerry-Anne]]             | adopters' town visible in {{postmark}}
        [[case_reference:LB-3402]] | [[name:Mustafa]]  | sibling's adopters, Mr & Mrs [[name:Ferreira]] | reply sent to old addr [[address:27 Kittiwake Close, Sandmouth]]

        Summary: 3 exceptions out of 212 exchanges. {{Letterbox coordinator}} [[name:Bronwen Ifans]]
        has apologised to [[name:Pat Quigley]] and sent the held letter. All outgoing envelopes are now
        {{franked}} at the {{central post room}}, never posted from a local {{sorting office}}.
        Reviewed with {{Head of Service}} on [[date:30/10]].
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Yusuf Demir]]
        Sent: [[date:08 August 2024]] 11:17
        To: [[name:Carmen Ruiz-Tagle]]
        Cc: {{Panel Admin}}
        Subject: RE: ADM letter - [[name:Abernethy]]

        [[name:Carmen]],
        Before I signed the {{ADM}} {{decision letter}} for Mr and Mrs [[name:Abernethy]] I noticed para 3
        still said 'your daughter [[name:Harriet]]' - that's from the [[name:Lindqvist]] letter last month
        (saved over, not cleared). Nothing went out. Could we stop saving decision letters over the last
        one and use the blank {{template}} from the {{policy hub}} every time? Please also check the
        {{IRM}} paragraph is removed for {{approvals}}.
        Thanks

        [[name:Yusuf Demir]]
        {{Agency Decision Maker}} / {{Head of Adoption}}
        [[organisation:Saltmarsh Regional Adoption Agency]] | [[phone:0161 496 0732]]
    """)),
    ("social_care", "success", block("""
        Adoption Support team meeting - [[date:Thursday 28 November]]
        Attendees: [[name:Femi]], [[name:Gosia]], [[name:Hannah B]], [[name:Anand]], [[name:Mark Oyelaran]]
        Apologies: [[name:Sunny]] ({{annual leave}}), [[name:Ruth]] ({{court}})

        Item 4 - Good practice
        [[name:Gosia]] shared the {{direct contact}} she set up between [[name:Tegan]] ([[age:15]]) and her
        older brother [[name:Liam]] ([[age:19]]), who grew up in separate placements. She did
        {{life story work}} sessions first, mapped risks with the adoptive parents using {{Signs of Safety}},
        and agreed a {{safety plan}} with [[name:Liam]]'s {{personal adviser}} at
        [[organisation:Eastholme Leaving Care Service]]. They met at a {{bowling alley}} on [[date:9 Nov]];
        [[name:Tegan]]'s {{CAMHS}} worker was kept in the loop. [[name:Tegan]] said it was "the best day".
        [[name:Mark Oyelaran]] suggested we turn [[name:Gosia]]'s plan into a template for sibling contact.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        gave bag of meds to wrong pt at front desk - 2x [[name:Margaret Evans]] on system, one dob
        [[date_of_birth:03/02/1941]] other [[date_of_birth:14/07/1958]]. didnt ask 2nd identifier
        cos queue out the door + phones going. the {{warfarin}} + {{bisoprolol}} were for the older
        lady. younger mrs [[name:evans]] opened the bag in the {{car park}} and came straight back
        in so no harm. we're a {{dispensing practice}} so {{dispenser}} [[name:Kwabena]] checked
        nothing missing + rebagged. logged [[case_reference:SEA-2024-031]] for {{SEA}} mtg.
        reminder to all: name + {{dob}} + 1st line of addr EVERY time, even when u know them.
        - [[name:tash]] ({{reception}})
    """)),
    ("health", "near_miss", block("""
        111 call review - NEAR MISS
        Case ID: [[case_reference:111-7730-4412]]   Call start 02:14   [[date:Sat 9 Nov]]
        Caller: [[name:Gareth Llewellyn-Jones]], [[age:58]], [[address:Flat 2, 19 Harbour Steps, Porthwen]] [[postcode:SA72 4JP]]
        NHS no: [[nhs_number:401 273 8569]]

        {{Health Advisor}} ran {{NHS Pathways}} for "indigestion", reaching "speak to GP within 6 hrs". Before closing:
        HA: Is there anything else at all, [[name:Gareth]]?
        Caller: Just the {{heartburn}}, love. Had a funny arm earlier.
        HA: Which arm?
        Caller: Left. And I went all sweaty. [[name:Linda]]'s making me ring.
        HA: OK, I'm going to go back through some questions with you.
        Outcome: {{Pathways}} re-run, {{Category 2}} ambulance. {{ECG}} in {{ED}} showed {{NSTEMI}}.

        Reviewed by {{clinical navigator}} [[name:Oksana Hryhorenko]]. Learning: restart {{triage}} when new
        symptoms come up; don't anchor on the caller's own label.
    """)),
    ("health", "incident", prose("""
        On [[date:Tuesday 5 March]] at 08:40 a request for a {{home visit}} was received from the
        daughter of Mrs [[name:Winifred Olamide]] ([[age:91]]), a housebound patient of
        [[organisation:Millbrook Surgery]] living at [[address:4 Larkspur Court, Eddington Road]].
        The {{care navigator}} recorded the call in the {{EMIS}} consultation notes but did not add
        it to the {{visits list}} because the {{duty doctor}} screen had frozen. The visit was not
        done. At 18:20 the daughter rang {{NHS 111}}; the {{out-of-hours}} service,
        [[organisation:Severnside Urgent Care]], visited at 21:05 and admitted Mrs
        [[name:Olamide]] to [[organisation:Kingsmere Hospital]] with {{urosepsis}}. She has
        recovered. Contributory factors: {{IT}} fault; a single navigator on the phones; no
        end-of-day check of visit requests against the {{duty log}}. Actions agreed at the
        practice meeting on [[date:12 March]]: visits logged only on the dedicated template;
        {{practice manager}} [[name:Hollie Brandt]] to run a 16:00 reconciliation. Incident ref
        [[case_reference:MHS-INC-2024-019]].
    """)),
    ("health", "success", prose("""
        Shout-out to [[name:Amber]] on {{reception}} 🌟 Yesterday a {{mum}} rang asking for a
        routine appt next week for her [[age:3yo]]. [[name:Amber]] went through the {{red flag}}
        prompts and picked up that he had a rash that didn't fade with the {{glass test}}. She put
        the call straight through to Dr [[name:Iyer]] ({{duty GP}}), who sent them to {{A&E}} at
        [[organisation:Whitlow Royal Infirmary]] - {{meningococcal}} {{septicaemia}}, treated with
        {{IV antibiotics}}, and he's home now and doing well. The {{care navigation}} training is
        really paying off. Well done [[name:Amber]] 👏 - [[name:Nkechi]] ({{Practice Manager}})
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Helen Okafor]] <[[email:helen.okafor19@nhs.net]]>
        To: Clinical team; {{PCN pharmacist}}
        Date: [[date:19 September 2024]]
        Subject: SEA - {{methotrexate}} repeat ([[case_reference:HMC-SEA-24-07]])

        Dear all,
        Mr [[name:Stanislav Petrov]] ([[age:72]], NHS [[nhs_number:628 190 4478]]) had his methotrexate 2.5 mg repeat
        re-authorised on [[date:2 September]] by a {{locum}}. The directions were edited from "FOUR tablets ONCE a
        week on {{MONDAY}}" to "four tablets daily" when the free-text field was shortened. The {{EPS}} script
        went to [[organisation:Priory Lane Pharmacy]], where [[name:Bashir]] queried it with our
        {{prescription clerk}} [[name:Jo]] on [[date:4 September]]. Nothing was dispensed.
        Actions: all {{DMARD}} repeats now need {{clinical pharmacist}} sign-off; a weekly-dose {{alert}} is on
        the template; to be discussed at the {{PCN}} meeting. Thanks to [[name:Bashir]] and [[name:Jo]]. We are
        logging this as an incident because the script was issued.

        [[name:Helen]]
        Dr [[name:Helen Okafor]] | {{GP Partner}} / {{Prescribing Lead}} | [[organisation:Harbourside Medical Centre]]
    """)),
    ("health", "near_miss", block("""
        [[name:Rashid Khan]]  23:12
        can someone look at [[case_reference:OOH-552918]]? pt I just rang says they never called 111
        [[name:Siobhán Ní Bhriain]]  23:13
        which pt
        [[name:Rashid Khan]]  23:14
        [[name:Kerry Moss]] - the {{111}} record has her DOB [[date_of_birth:02/06/1987]] but the callback no [[phone:0113 496 0981]] belongs to a different [[name:Kerry Moss]] ([[date_of_birth:21/11/1990]])
        [[name:Siobhán Ní Bhriain]]  23:16
        {{PDS}} trace picked the wrong one? real caller's mob is in the 111 free text: [[phone:07700 900318]]. dont ring the other one again pls
        [[name:Rashid Khan]]  23:17
        already did, she said she hadnt rung + hung up. I only asked for [[name:Kerry]], nothing disclosed
        [[name:Siobhán Ní Bhriain]]  23:19
        ok ring the right one now. ill {{datix}} it. need {{Adastra}} to show whether the number came from {{spine}} or the caller
        [[name:Rashid Khan]]  23:31
        done - {{UTI}} {{sx}}, {{nitrofurantoin}} via {{OOH}} pharmacy 👍
    """)),
    ("health", "success", block("""
        OOH > in-hours handover to [[organisation:Westbrook Surgery]], [[date:Mon 20/05/24]]
        Patient: [[name:Dorothy Fairweather]] ("[[name:Dot]]"), DOB [[date_of_birth:30/12/1936]], NHS [[nhs_number:715 306 2947]]

        Seen at home Sat 01:30 by {{OOH GP}} Dr [[name:Osei]]. Known {{palliative}} ({{pancreatic ca}}), {{DNACPR}} and
        {{ReSPECT}} form in the house. The {{Special Patient Note}} on {{Adastra}} from Dr [[name:Whitcombe]]
        ([[date:15/05]]) listed her {{anticipatory meds}} ({{just in case}} box) and daughter [[name:Pam]]'s mob
        [[phone:07700 900945]], so [[name:Dot]] could stay at home as she wanted. {{District nurses}} started a
        {{syringe driver}} Sun am.
        Good news story - please thank Dr [[name:Whitcombe]] and {{care coordinator}} [[name:Rhys]] for keeping the SPN current.
        For in-hours: review pain and {{midazolam}} use; [[name:Pam]] would like a call back.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - [[organisation:Kestrel Road Health Centre]]
        Ref: [[case_reference:KRHC-VA-0042]]
        Date/Time: [[date:06/02/2024]] 10:25
        Reporter: [[name:Anjali Deshpande]] ({{Receptionist}})
        Person involved: Mr [[name:Craig Tolley]]
        DOB: [[date_of_birth:17/04/1979]]     NHS no: [[nhs_number:550 728 1637]]
        Address: [[address:88 Fenton Walk, Hollinsbury]], [[postcode:DE23 8XW]]
        Tel: [[phone:0115 496 0227]]
        Category: {{Violence and aggression}} - verbal

        What happened: Pt came to the desk demanding his {{pregabalin}} early ("lost" for the 2nd time this month).
        I explained the {{controlled drug}} policy and that the {{duty doctor}} would need to review. He shouted,
        swore and threw a leaflet stand; an {{HCA}} ([[name:Bogdan]]) and I moved other patients into room 3.
        He left at 10:35. No injuries.
        Action: {{police}} not called; {{practice manager}} rang pt same day; {{warning letter}} sent; alert added
        to record. Please could we have a {{panic alarm}} at the front desk.
    """)),
    ("health", "near_miss", block("""
        OOH {{CAS}} queue - calls over target, night of [[date:23/12]] (extract for {{governance}})

        Case      | Pt                  | Age   | Priority  | Wait | Note
        [[case_reference:C-441207]]  | [[name:L. Haddad]]   | [[age:4m]]   | {{P2}} > {{P1}}   | 58m  | age keyed in yrs not months at {{111}}; {{clinical navigator}} upgraded
        [[case_reference:C-441233]]  | [[name:F. Mensah]]   | [[age:67y]]  | {{P3}}        | 71m  | {{repeat meds}} only
        [[case_reference:C-441260]]  | [[name:Sunny Okoro]] | [[age:29y]]  | P3        | 64m  | called back, {{self care}}

        Baby [[name:Haddad]] was {{febrile}} 39.4, seen at the {{treatment centre}} 03:10, discharged home.
        Near miss: a [[age:4-month-old]] sat at P2 for nearly an hour. Flag to 111 provider: age field allows units
        to be left blank. [[name:Sunny Okoro]] complained about the wait - apology sent.
    """)),
    ("health", "success", prose("""
        Learning from excellence: [[name:Joy Nakashima-Reid]], {{care navigator}}. On
        [[date:11 April]] Mr [[name:Albert Quince]], [[age:86]], rang to cancel his
        {{blood test}}, saying he "couldn't get out any more". [[name:Joy]] noticed on the
        {{repeat prescription}} screen that his {{furosemide}} and {{apixaban}} had not been
        ordered since {{February}}. She asked gentle questions, booked a phone call with the
        {{practice pharmacist}} that afternoon and, with his consent, referred him to our
        {{social prescriber}}, [[name:Wiktor]], who linked him with
        [[organisation:Hollinsbury Good Neighbours]]. The pharmacist arranged {{blister packs}}
        and home delivery from [[organisation:Farrant's Chemist]]. At review three weeks later
        his ankles were less swollen and he had been to a {{lunch club}} twice. [[name:Joy]]'s
        curiosity probably prevented an {{admission}}. Nominated for the {{PCN}} staff award by
        Dr [[name:Wren]].
    """)),
    ("health", "incident", block("""
        Chronology - OOH visit delay, case [[case_reference:OOH-560031]], [[date:31 Dec]]
        19:02 {{111}} call from son re Mrs [[name:Edna Pryce]], [[age:94]], fall, can't get up. {{Pathways}} outcome: {{OOH visit}} within 2h.
        19:40 {{CAS}} GP Dr [[name:Farouk]] reviews, accepts for visit.
        20:15 car [[vehicle_registration:WK72 NZB]], driver [[name:Mick]], {{OOH GP}} Dr [[name:Ellen Sørensen]] sent to [[address:Ty Gwyn, Heol Las]], [[postcode:CF35 6NT]].
        20:50 at postcode - rural, 5 properties, none called [[address:Ty Gwyn]]. Satnav took them to the {{postcode centroid}}.
        21:05 call to son's mob [[phone:07700 900274]] - no answer.
        21:30 base ({{shift lead}} [[name:Chloe]]) reaches son; house is 1.2 miles up an unmarked track.
        21:48 arrive. Pt on floor approx 3h, {{hypothermic}} 34.8. 999 called, {{ambulance}} 22:40.
        Harm: moderate ({{rhabdo}}, admitted, recovered).
        Learning: ask for {{what3words}} or directions for rural addresses at the 111 stage; a {{Special Patient Note}} could hold access info.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Priti Varma]] <[[email:priti.varma@ferrybridgerd.nhs.uk]]>
        To: All staff
        Subject: near miss - batch {{SMS}}

        Hi team, a heads up. On [[date:Thurs 7th]] I was about to send a batch text via {{AccuRx}} to 212
        patients inviting them for {{flu jabs}}, and the list I'd pulled was actually the {{cervical screening}}
        recall search (saved with a similar name). The template had also been edited by someone testing
        to mention an "{{abnormal result}}". [[name:Hamza]] noticed the count was wrong (we expected ~1,400)
        before I pressed send. Nothing went out. I've renamed the searches, locked the templates and asked
        {{IT}} to restrict editing. No need to report to the {{ICB}}. Please always check the count and a
        sample of three names before sending. Thanks [[name:Hamza]]! {{Hope}} that all makes sense.

        [[name:Priti]]
        [[name:Priti Varma]]
        {{Assistant Practice Manager}}, [[organisation:Ferrybridge Road Practice]]
        [[phone:0121 496 0655]] ext 214
    """)),
    ("health", "incident", prose("""
        paper {{FP10}} for {{oramorph}} + {{diazepam}} (pt [[name:Lenny Abara]],
        [[address:12b Gasworks Lane]]) handed over the desk to a bloke who said he was his neighbour
        '[[name:kev]]'. didnt check ID or get him to sign the {{collection log}}. turns out
        [[name:Lenny]]'s sister [[name:Trudy]] rang at 4 saying he hadnt got his meds and
        [[name:Lenny]] hadnt asked any neighbour. {{pharmacy}}
        ([[organisation:Abbeyfield Pharmacy]]) says it was dispensed 14:50 to [[name:kev]] - on
        their {{cctv}}. {{police}} informed, log [[case_reference:PN-24-118802]].
        {{CD accountable officer}} told. Dr [[name:Mbatha]] reissued, pt ok. {{Will}} someone
        pls put the collection rules on the wall by the desk. ([[name:rox]], {{reception}}, late shift)
    """)),
    ("health", "success", block("""
        [[date:12/06/2024]], 13:20 - [[name:Nkechi Obi]]: Massive thanks everyone for today 🙏 {{EMIS}} and phones down 08:05-12:10 and we still saw every booked patient
        [[date:12/06/2024]], 13:21 - [[name:Nkechi Obi]]: special mention to [[name:Bill]] for getting the {{business continuity}} pack out in 5 mins and [[name:Rosa]] for ringing the {{ICB}} + {{NHS 111}} to divert
        [[date:12/06/2024]], 13:24 - [[name:Bill]]: 😊 the printed {{day list}} from the night before saved us. keep doing that pls
        [[date:12/06/2024]], 13:26 - [[name:Yun-Ling]]: + [[name:Faisal]] on the {{front desk}} who wrote every caller on the {{paper log}}. no {{urgent}} cases missed, {{bloods}} all relabelled once back up 👍
        [[date:12/06/2024]], 13:31 - [[name:Rosa]]: one thing - the pack had an old no. for [[organisation:Ashgrove Community Pharmacy]]. updated now: [[phone:0116 496 0871]]
    """)),
    ("health", "incident", prose("""
        Summary. On [[date:Saturday 16 March]] {{NHS 111}} booked a [[age:27-year-old]] woman,
        [[name:Nomvula Khumalo]] (NHS [[nhs_number:482 915 0378]]), with {{abdominal pain}} and
        bleeding at {{9 weeks' gestation}}, into a 10:40 appointment at the
        {{extended access hub}} at [[organisation:Cornmarket Medical Group]] via {{GP Connect}}.
        The hub was not running that Saturday; the slot had been left open in error when the rota
        changed. Ms [[name:Khumalo]] waited 50 minutes outside a locked building before ringing
        {{111}} again and was directed to the {{EPAU}} at [[organisation:St Ninian's Hospital]],
        where an {{ectopic pregnancy}} was excluded. The investigation
        ([[case_reference:PCN-IR-0309]]) found that slots are offered to 111 automatically by the
        {{clinical system}}. The rota manager, [[name:Colette Aubry]], now closes the booking
        template whenever a session is cancelled. The patient has received a written apology from
        the {{Clinical Director}}, Dr [[name:Obinna Eze]].
    """)),
    ("health", "near_miss", block("""
        NIGHT HANDOVER - [[organisation:Tamar Valley OOH]] base, [[date:Sun 14 Jul]] 07:45
        From: [[name:Callum]] ({{shift lead}}) to day {{SL}} [[name:Sade]]

        - NEAR MISS: {{OOH GP}} Dr [[name:Pieterse]] prescribed {{amoxicillin}} for [[name:R. Jablonski]] ([[case_reference:OOH-571002]], [[age:44]], NHS [[nhs_number:906 431 7259]]).
          {{Summary Care Record}} said {{NKDA}} but his wife said at collection he had {{anaphylaxis}} to {{penicillin}} in 2019.
          {{Rx}} not given, switched to {{clarithromycin}}. His practice ([[organisation:Alder Street Surgery]]) needs to update
          the allergy - pls email them first thing. {{Datix}} [[case_reference:TV-5512]].
        - Staffing: 2 drivers off sick, [[name:Ifeoma]] covering base phones till 10.
        - Car [[vehicle_registration:LN19 XKE]] has a warning light on, keys with [[name:Stu]].
    """)),
    ("health", "success", block("""
        [[organisation:Millbrook Surgery]] - Significant Event Meeting
        Date: [[date:25 April 2024]]
        Present: Dr [[name:A. Whitcombe]] ({{chair}}), Dr [[name:Mei Chen]], [[name:Hope Okonjo]] ({{ANP}}), [[name:Rashida]] ({{PM}}),
        [[name:Grace Lam]] ({{clinical pharmacist}}), [[name:Patrick Doyle]] ("[[name:Paddy]]", {{reception lead}})
        Apologies: [[name:Will]] ({{HCA}}), Dr [[name:Agnieszka Zielińska]]

        {{SEA}} 3 (positive) - ref [[case_reference:MB-SEA-24-11]]
        [[name:JM]], [[age:52]], rang at 08:02 with "bad heartburn". [[name:Paddy]] followed the {{care navigation}}
        script, asked about arm/jaw pain and sweating, advised {{999}} and stayed on the line. {{STEMI}};
        {{PCI}} at [[organisation:Kingsmere Hospital]] the same morning; discharged [[date:2 April]].
        Agreed: share with the {{PCN}}; add to new-starter induction; [[name:Hope]] to add the {{chest pain}}
        prompts to the {{eConsult}} triage screen.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        sent the {{APIS}}/{{GAR}} pack for tmrw's [[flight_number:CRN481]]
        ([[aircraft_registration:G-ZKLV]]) to the wrong handler - emailed
        [[organisation:Skyport Handling]] instead of [[organisation:Meridian FBO]]. attachment
        had all 6 {{pax}} names, DOBs + passport nos. {{lead pax}} is Mr [[name:Al-Mansouri]],
        family incl 2 kids ([[age:8]] & [[age:11]]). realised 20 min later when [[name:Jess]] at
        [[organisation:Skyport]] rang to say "is this yours?". she deleted + confirmed by email.
        told {{DPO}} + {{ops manager}} [[name:Ravi]]. the GAR itself went to {{Border Force}}
        correctly. our {{distribution list}} in the {{ops system}} still had
        [[organisation:skyport]] from the old contract. fixed now. - [[name:mk]]
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[date:17 Oct]], {{TWR}} (from {{ATC}} recording, times UTC)
        14:04:51 TWR: [[flight_number:Cirrane Two One Kilo]], hold position, traffic on final.
        14:04:55 [[flight_number:CRN21K]]: Holding, [[flight_number:Cirrane Two One Kilo]].
        14:05:02 TWR: [[aircraft_registration:Golf Kilo Alpha]], line up and wait runway two seven.
        14:05:06 [[flight_number:CRN21K]]: Line up and wait two seven, [[flight_number:Two One Kilo]].
        14:05:09 TWR: [[flight_number:Two One Kilo]], negative, HOLD POSITION, that was for [[aircraft_registration:Golf Kilo Alpha]].
        14:05:13 [[flight_number:CRN21K]]: Holding, [[flight_number:Two One Kilo]], sorry.

        Crew report ({{Captain}} [[name:Henrik Aalto]], {{FO}} [[name:Shona McBride]]): we had started to roll and
        stopped about 5 m past the {{holding point}} markings, short of the {{runway}}. [[aircraft_registration:G-ZVKA]]
        ({{PA-46}}) was at the adjacent hold. The lead pax had come forward to ask about {{Wi-Fi}}, breaking
        {{sterile cockpit}}, and the read-back went out without checking the callsign. {{MOR}} filed with
        the {{CAA}}; company ref [[case_reference:CRN-ASR-0214]].
    """)),
    ("aviation", "incident", prose("""
        On [[date:3 August]] a passenger on [[flight_number:CRN207]]
        ([[aircraft_registration:G-OHKR]], {{Citation XLS+}}) had a mild {{allergic reaction}}
        after eating a dessert from the {{catering}}. The charter broker,
        [[organisation:Aurelian Private Travel]], had passed the allergy ("{{tree nuts}} -
        severe") to our {{ops}} team by email on [[date:1 August]], and it was on the
        {{flight brief}}. The catering was ordered from
        [[organisation:Cloud Kitchen Aviation Catering]] by the {{FBO}},
        [[organisation:Harrowfield Aviation Services]], on a template that dropped the
        special-requirements field. The {{cabin host}}, [[name:Lucía Ferrer-Ibáñez]], checked the
        labels on the main courses, but the petits fours were unlabelled. The passenger, Ms
        [[name:Ingrid Solberg]], took her own {{antihistamine}}; no {{adrenaline}} was needed.
        {{Captain}} [[name:Rob Sayce]] considered a diversion but continued with her agreement.
        Not reportable to the {{CAA}}; internal ref [[case_reference:OPS-IR-24-049]]. Catering
        orders now go direct from ops with the allergy in the subject line, and unlabelled items
        are not loaded.
    """)),
    ("aviation", "success", block("""
        #ops-kudos
        [[name:sunny.b]]  16:48
        huge 🙌 to [[name:Dimitra]] on the {{ramp}} today. [[flight_number:CRN08]] came in 40 min early with the [[name:Okonjo-Baptiste]] party and the {{GPU}} wasn't where it should be. she found one, sorted {{fuel}} ({{Jet A-1}}) + {{lav service}}, and got the {{catering}} swapped when it turned out the order was for the wrong day. made our {{slot}} with 4 min to spare 😅
        [[name:Ollie_K]]  16:52
        seconded. can we put her forward for the {{FBO}} award? [[name:Dimitra]]'s been on since 6
        [[name:sunny.b]]  16:53
        already emailed [[name:Mariusz]] at [[organisation:Meridian FBO]] 👍
    """)),
    ("aviation", "incident", block("""
        Chronology - [[flight_number:CRN352]] [[date:Fri 26/07]] ([[aircraft_registration:G-CRNB]], {{Challenger 350}})
        09:10 {{GAR}} submitted by ops ([[name:Tamsin]]) with 7 pax.
        10:20 pax arrive at the [[organisation:Harrowfield Aviation Services]] {{FBO}} lounge - 8 people. {{Lead pax}} Mr [[name:Vikram Bhattacharya]] says his nephew [[name:Arjun]] ([[age:16]]) is joining.
        10:22 {{CSR}} [[name:Becca]] adds [[name:Arjun]] to the handling manifest but does NOT tell crew or ops.
        10:45 {{captain}} [[name:Nils Eriksen]] does {{headcount}}: 8 vs {{load sheet}} 7. Queries FBO.
        10:50 ops amend GAR, {{Border Force}} query answered; {{W&B}} recalculated by {{FO}} [[name:Adaeze]].
        11:30 departure 40 min late, {{slot}} missed, new slot 11:55.
        Outcome: no regulatory action. Internal ref [[case_reference:OPS-IR-24-061]].
        Learning: any pax change at the FBO goes to crew AND ops before anything else.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Kofi Asante-Darko]] <[[email:k.asante-darko@harrowfield-aviation.co.uk]]>
        To: [[email:safety@cirrane-jets.com]]
        Subject: Near miss - fuelling [[aircraft_registration:M-YRAK]] [[date:05/03]]

        Hi [[name:Shirin]],
        Reporting under our {{Just Culture}} policy. At 07:40 today a new {{refueller}} ([[name:Liam]], 3 weeks in)
        drove the {{AVGAS}} bowser to [[aircraft_registration:M-YRAK]] ({{Global 6000}}) on stand 4. The {{nozzle}} would
        not fit the {{filler port}} and he radioed for help; no fuel was transferred. The {{fuel order}} said
        {{JET A-1}} correctly, but the Avgas bowser had been parked in the Jet A-1 bay after {{maintenance}}.
        Actions: colour-coded bay markings; {{grade}} check read back by {{flight crew}} before hose-on.
        Regards,
        [[name:Kofi]]

        [[name:Kofi Asante-Darko]] | {{Line Supervisor}}
        [[organisation:Harrowfield Aviation Services]], [[address:Hangar 5, Old Mill Road]] [[postcode:GL9 1XN]]
        [[phone:020 7946 0418]]
    """)),
    ("aviation", "success", prose("""
        Learning report - positive outcome. On [[date:22 December]], in the cruise on
        [[flight_number:CRN117]] ([[aircraft_registration:G-CRNE]], {{Phenom 300}}), a passenger,
        [[name:Faith Adeyinka]] ([[age:63]]), became confused and sweaty. The single
        {{cabin attendant}}, [[name:Marek]], recognised possible {{hypoglycaemia}} from his
        {{first aid}} refresher the month before, found she was {{diabetic}} and gave
        {{glucose gel}} from the {{medical kit}} and a sugary drink. The {{captain}},
        [[name:Caroline Ashdown-Fry]], contacted the company's {{ground-based medical support}}
        by {{satphone}}, declared {{PAN PAN}} and prepared to divert, but the passenger recovered
        within 15 minutes and the flight continued. She was met by {{paramedics}} on arrival at
        the request of her husband, [[name:Tobenna]]. Good {{CRM}} throughout, and evidence that
        the refresher training works.
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Report no: [[case_reference:HAS-GOR-0097]]
        Date: [[date:11/01/2025]]   Time: 18:35 local
        Location: {{Hangar}} 2, [[organisation:Westerleigh Airport]]
        Aircraft: [[aircraft_registration:G-CRNC]] ({{Learjet 45}})   Operator: [[organisation:Cirrane Executive Jets]]
        Tow team: [[name:Dean Pruitt]] (tug), [[name:Ahmed]] ({{wing walker}}), [[name:Rosie]] (tail)

        Description: Aircraft being towed into Hangar 2 for the night. Left {{winglet}} contacted the
        {{hangar door}} seal at walking pace. The wing walker was watching the right wing; only 3 staff
        available where the procedure needs 4 for this hangar. {{Engineering}} ([[name:Ji-woo Park]])
        inspected: paint damage only, no structural damage; {{CRS}} issued after {{NDT}}. Aircraft {{AOG}}
        until 10:00 next day; [[flight_number:CRN220]] delayed. {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", block("""
        [[date:19/05/2024]], 11:02 - Capt. [[name:Haldane]]: FYI pax for tmrw [[flight_number:CRN415]] just turned up at the hotel with a {{cocker spaniel}}. nobody told us
        [[date:19/05/2024]], 11:04 - [[name:Zofia]] 🛫: eek. dest is UK - we cant land a dog at [[organisation:Westerleigh Airport]], not an approved {{pet travel}} route
        [[date:19/05/2024]], 11:06 - Capt. [[name:Haldane]]: broker never mentioned it. pax is Mrs [[name:Delacroix-Whyte]], v upset
        [[date:19/05/2024]], 11:10 - [[name:Tariq]] (Ops): ok i can re-plan into an {{approved airport}}. need new {{slot}} + {{PPR}} + check her {{AHC}}. will call broker [[organisation:Aurelian Private Travel]]
        [[date:19/05/2024]], 11:40 - [[name:Tariq]] (Ops): sorted - dog booked in with the {{ARC}}, {{APHA}} paperwork ok, pax happy-ish. adding 'pets?' to the {{booking form}}. near miss [[case_reference:OPS-NM-24-033]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Beatrix Lowe]] <[[email:beatrix@lowe-concierge.co]]>
        Sent: [[date:Monday 10 June]] 09:12
        To: [[name:Marcus Ó Súilleabháin]]
        Subject: Thank you

        Dear [[name:Marcus]],
        Huge thanks from my client, Mr [[name:Osagie]], and his mother, who is [[age:89]] and uses a {{wheelchair}}.
        Your team at [[organisation:Meridian FBO]] arranged the {{ambulift}}, met them {{kerbside}}, and
        [[name:Hope Adeleke]] stayed with Mrs [[name:Osagie]] all the way through {{security}} and {{customs}} on
        [[date:Sunday 9 June]]. The {{cabin crew}} on [[flight_number:CRN560]] said it was the smoothest {{PRM}}
        boarding they'd seen. Please pass my thanks to [[name:Hope]] and the {{ramp}} team.
        Kind regards,
        [[name:Bea]]
        [[name:Beatrix Lowe]] | {{Director}} | [[organisation:Lowe Concierge Travel]] | [[phone:07700 900771]]

        > FW to all staff - well done [[name:Hope]]! [[name:Marcus]], {{FBO Manager}}
    """)),
    ("aviation", "incident", block("""
        FTL exceedance review - ref [[case_reference:CRN-FTL-2024-004]] - duty date [[date:30/04/24]]

        Crew        | Role   | Report | Off blocks | On chocks | FDP   | Max FDP
        [[name:P. Nwosu]]    | {{CPT}}    | 05:15  | 06:30      | 18:55     | 13:40 | 13:00
        [[name:K. Jansen]]   | {{FO}}     | 05:15  | 06:30      | 18:55     | 13:40 | 13:00
        [[name:Mireille]]    | {{CA}}     | 05:45  | 06:30      | 18:55     | 13:10 | 13:00

        Sector 3 ([[flight_number:CRN802]]) was delayed 2h by {{ATC}} {{flow control}} and a late pax.
        {{Commander's discretion}} was used but no {{discretion report}} was raised in time, and the
        extension went past what {{ORO.FTL}} allows for 3 sectors. {{Duty ops officer}} [[name:Gethin]] did
        not challenge. Reported to the {{CAA}} on [[date:2 May]]; crew given 14h rest.
        Actions: {{FRMS}} review; ops to stop a rotation at max FDP minus 30 min without {{Ops Director}} sign-off.
    """)),
    ("aviation", "near_miss", prose("""
        2 jets on the {{ramp}} at once, ours [[aircraft_registration:G-CRNF]] and a
        {{Falcon 2000}} ([[aircraft_registration:F-HBDR]]) for another operator. handler loaded 2
        {{golf bags}} + a hard case with OUR pax tags into the falcon's {{hold}}. i caught it on
        the {{walkround}} when the {{bag count}} was 3 short vs the {{load sheet}}. their crew
        hadn't noticed. no {{dangerous goods}} in them but we didnt know that at the time.
        handler = [[organisation:Skyport Handling]], agent was [[name:nate]] (surname
        [[name:Okwu]]?). told {{ops}}, ref [[case_reference:NM-0419]]. suggest bag tags carry the
        {{tail no}} not just the pax name. - [[name:JK]], {{FO}}, [[flight_number:CRN640]]
    """)),
    ("aviation", "success", block("""
        Safety Action Group - [[organisation:Cirrane Executive Jets]]
        [[date:Tues 14 January 2025]], ops room / {{Teams}}
        Attendees: [[name:Shirin Farahani]] ({{Safety Manager}}, chair), [[name:Nils Eriksen]] ({{Chief Pilot}}),
        [[name:Tamsin Cole]] ({{Ops}}), [[name:Mark Brennan]] ({{CAMO}}), [[name:Pat Jędrzejczak]] ({{Crew Training}})
        Apologies: [[name:Rob Sayce]], [[name:Ji-woo Park]]

        Item 3 - Good news: GAR and slot compliance
        [[name:Tamsin]] reported no late {{GAR}} submissions in {{Q4}} (9 late in Q3) since the checklist in the
        {{ops system}} went live on [[date:1 October]]. {{Slot}} adherence is up to 96%. [[name:Pat]] said crews like
        the new {{pre-departure brief}} card. [[name:Shirin]] thanked [[name:Tamsin]] and the ops team; to be shared
        with [[organisation:Harrowfield Aviation Services]] at the quarterly {{FBO}} review.
        Item 4 - {{SMS}} audit: deferred to next meeting.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Tamsin Cole]]
        To: {{Safety}}; {{Security}}
        Subject: Security occurrence - airside vehicle - [[date:28/08]]

        Hi all, at 15:10 a black {{Range Rover}} ([[vehicle_registration:RV70 OXB]]) followed our crew car
        ([[vehicle_registration:LK22 HZA]]) through the {{airside gate}} at [[organisation:Meridian FBO]] before the
        barrier dropped. Driver was a pax's chauffeur bringing luggage for [[flight_number:CRN733]]. No
        {{airside pass}}, no {{escort}}, not {{screened}}. He drove to stand 6 and parked next to
        [[aircraft_registration:G-CRNA]]. {{Ramp}} agent [[name:Tendai]] stopped him; {{airport police}} attended and
        searched the vehicle, nothing found. Crew re-searched the aircraft before departure (+35 min). Reported to
        the airport {{security manager}}, [[name:Eilidh Fraser]], ref [[case_reference:WAS-SEC-0771]]. Our crew car
        driver ([[name:Dom]]) didn't check behind - we'll brief all crew drivers.
        Cheers, [[name:Tamsin]]
        --
        [[name:Tamsin Cole]] | {{Ops Controller}} | [[organisation:Cirrane Executive Jets]] | [[email:ops@cirrane-jets.com]]
    """)),
    ("aviation", "near_miss", block("""
        OPS HANDOVER  [[date:Sat 21 Jun]]  day > night
        By: [[name:Gethin]]  To: [[name:Noor]]
        1. [[flight_number:CRN904]] [[aircraft_registration:G-CRND]] tmrw - {{CTOT}} came in as 0815 but I put 0815 LOCAL on the {{crew brief}} (it's {{UTC}}).
           Capt [[name:Rees]] queried at 18:00, corrected. Near miss - they'd have been an hour late for the {{slot}} and had {{ATC}} {{flow}} fun. Logged [[case_reference:OPS-NM-24-051]].
        2. {{GAR}} for [[flight_number:CRN904]] done, 4 pax. Lead pax [[name:Helga Brandvold]]'s {{PA}} wants to add a 5th - told her it needs doing by 05:30Z. PA = [[name:Ruby]], mob [[phone:07700 900836]].
        3. [[aircraft_registration:G-CRNC]] still {{AOG}} in {{Hangar}} 2 (winglet). [[name:Ji-woo]] says {{CRS}} tomorrow pm.
        4. {{Catering}} for [[flight_number:CRN904]] confirmed with [[organisation:Cloud Kitchen Aviation Catering]], no allergies - asked twice 👍
    """)),
    ("aviation", "success", block("""
        Thank-you card (pinned on the FBO crew room board):

        To [[name:Bill]] & [[name:Niamh]] on the {{ramp}} - thank you for spotting the drip under the left {{engine}}
        on [[aircraft_registration:G-CRNB]] on [[date:Tues 4th]] while we were in the {{crew room}}. It turned out to be
        a loose {{B-nut}} on a {{fuel line}} that {{engineering}} said would have got a lot worse in flight. Because
        you told us before {{boarding}}, the pax (Mr [[name:Hassan]] and family) waited in the {{lounge}} and
        [[flight_number:CRN218]] left 3h late instead of not at all. You're both stars ⭐
        [[name:Nils]], [[name:Adaeze]] & [[name:Lucía]] (crew)

        P.S. {{Ops}} have put you both forward for the {{Safety Award}} - [[name:Shirin]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind211", REPORTS))
