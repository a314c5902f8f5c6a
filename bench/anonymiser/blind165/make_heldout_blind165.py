"""Held-out blind corpus 165: just-culture incident, near-miss and learning reports.

Settings: a children in care council and participation team, with independent visitors
(social care); a school nursing service and immunisation team (health); an airline's ground
operations at an outstation with a handling agent (aviation). Written blind, the way UK staff
type: WhatsApp and Teams exports, rushed lower-case notes, e-mails with headers and signatures,
chronologies, incident and MOR-style forms, handover sheets, minutes with attendance lists,
debriefs, thank-you notes, tech log entries and ramp/ground radio transcripts. Every person,
place, organisation and number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind165.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        WhatsApp export - "{{CiCC}} lifts" group (11 members, 8 are young people)

        [[[date:14/02/2024]], 18:42] [[name:Kezia B-R]]: hiya all, lifts for {{Thursday}} below, shout if wrong x
        [[[date:14/02/2024]], 18:43] [[name:Kezia B-R]]: 5.15 [[name:Jayden]] - [[address:41 Fenwick Road]] [[postcode:BD7 4TW]]
        5.25 [[name:Tegan]] - [[address:7 Larch Close, Oxley Green]] [[postcode:BD12 9RS]]
        5.40 [[name:Ola]] - usual
        [[[date:14/02/2024]], 19:20] [[name:jaydz]]: is that where [[name:tegan]] lives now?? 👀
        [[[date:14/02/2024]], 19:31] [[name:Kezia B-R]]: sorry everyone please delete that msg, sent in error

        Reporter note ([[name:Kezia]]): I copied the list from the {{transport spreadsheet}} and didnt strip the addresses. [[name:Tegan]]'s placement address is restricted (risk from birth family). Up for 49 mins, 3 young people had read it. Told her {{social worker}} and {{IRO}} same evening, {{Information Governance}} breach form done, ref [[case_reference:IG-2024-0193]]. Learning: lifts go 1:1 by text, never to the group.
    """)),
    ("social_care", "success", prose("""
        Shout out for [[name:Reuben O'Driscoll]], one of our {{independent visitors}}. [[name:Hope]] ([[age:15]]) had been
        asked to speak at {{Corporate Parenting Panel}} about {{pocket money}} and savings and was dreading it.
        [[name:Reuben]] did three practice runs with her at the {{library}}, helped her turn her notes into cue cards
        and sat at the back on the night so she could look at him if she froze. She didnt freeze. The {{Lead Member}}
        has asked for her proposal to go to the next {{budget meeting}}. [[name:Reuben]] kept to the {{IV}} role the
        whole way, checked the plan with her {{supervising social worker}} first, and logged every contact.
        Nice one. - [[name:Amira Haddad]], {{Participation Officer}}, [[organisation:Brackenford Voice & Participation Team]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Gwen Tudor-Price]] <[[email:g.tudorprice@brackenford.gov.uk]]>
        To: {{IV Coordinator}}
        Date: [[date:Fri 5 July 2024]] 16:08
        Subject: near miss - overnight stay

        Hi [[name:Sunil]],

        Flagging this for the learning log. [[name:Marnie Okoro]] ({{independent visitor}}, matched with [[name:Frankie]] since last {{spring}}) texted me on {{Thursday}} to say she'd booked a {{caravan}} at [[organisation:Sandholme Bay Holiday Park]] for the two of them for the weekend as a birthday treat. Lovely idea but overnights aren't within the {{IV agreement}} and need {{delegated authority}} plus the {{social worker}} and carer to agree. [[name:Marnie]] honestly thought it was fine because the {{foster carer}} had said yes on the doorstep.

        I rang her, she cancelled (got a refund), and they did a day trip instead. Suggest we add "no overnights" in bold to the {{induction pack}} and the {{matching agreement}}.

        Thanks,
        [[name:Gwen]]
        {{Supervising Social Worker}}, Fostering | [[phone:01632 960 418]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - {{Children's Services}}
        Ref: [[case_reference:CSIR/24/0871]]
        Date of incident: [[date:23/04/2024]]   Time: approx 18:30
        Location: {{CiCC}} meeting room, [[organisation:Greystones Youth Hub]]
        Reported by: [[name:Callum McAuley]], {{Participation Worker}}
        Young person: [[name:Aaliyah Brown-Sesay]], DOB [[date_of_birth:09/11/2009]], {{Mosaic}} ID [[case_reference:1187452]]

        What happened: During a break [[name:Aaliyah]] told me and [[name:Wen Li]] (volunteer) she had been cutting again and "didnt see the point". I gave reassurance and said I would need to tell her {{social worker}}. I emailed the SW at 20:15 but did not ring the {{Emergency Duty Team}}. SW picked it up at 09:40 next day.
        Outcome: no harm came to [[name:Aaliyah]]; {{CAMHS}} crisis appointment same week.
        What we learned: any {{self-harm}} disclosure at an evening session = phone {{EDT}} before leaving the building. Added to the session checklist.
    """)),
    ("social_care", "success", block("""
        {{Children in Care Council}} ("[[organisation:Loud & Clear]]") - minutes, [[date:12 March 2024]]
        Present: [[name:Destiny]] (chair), [[name:Kai]], [[name:Hamza]], [[name:Ffion]], [[name:Lucjan]], [[name:Ruby-Rose]]; [[name:Amira Haddad]], [[name:Callum McAuley]] (staff); [[name:Bernadette Oyelaran-Smith]] ({{Director of Children's Services}})
        Apologies: [[name:Tyler-Jay]]

        1. You Said We Did - {{Wi-Fi}} in {{children's homes}}: DCS confirmed all 6 homes now have it, after the CiCC survey last {{autumn}}.
        2. [[name:Destiny]] asked why {{care leavers}} still pay {{council tax}}. [[name:Bernadette]] agreed to take it to {{Cabinet}}.
        3. [[name:Lucjan]] and [[name:Ffion]] presented the new "{{Top Tips for Social Workers}}" leaflet. Going to every team meeting in {{April}}.

        Learning / what went well: young people set the agenda, DCS came in person and stayed the full 2 hrs. Minutes drafted by [[name:Ruby-Rose]] with [[name:Amira]].
    """)),
    ("social_care", "incident", prose("""
        residential trip debrief - minibus left [[name:shanice]] at the {{services}} on the M62. we did a headcount at the
        {{minibus}} but counted [[name:Hollie]] twice, shes the one who swaps seats. realised 22 mins later when her mum
        rang ([[name:shanice]] had rung {{mum}} not us!!). turned back, she was with {{services staff}}, upset but ok. vehicle
        [[vehicle_registration:YR19 KXD]] from the {{pool fleet}}. told her {{social worker}} + {{foster carer}} same day.
        learning: {{name check}} off the list not a headcount, and 2nd adult checks. also young people to have both staff
        mobiles saved - [[phone:07700 900 614]] and [[phone:07700 900 237]]. - [[name:tom w]]
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - {{Participation Team}}

        [[name:Priyanka Sharma]] 10:14
        just about to send the {{voucher}} payments sheet to [[organisation:Youthwise Collective]] so they can do the {{Love2Shop}} codes
        [[name:Priyanka Sharma]] 10:15
        oh wait it's got the {{NI numbers}} tab still on it 😬

        [[name:Tomasz Wisniewski]] 10:16
        yeah dont send that, they dont need NI, that's only for {{payroll}} for the care leavers we pay as {{apprentices}}

        [[name:Priyanka Sharma]] 10:19
        deleted the tab. e.g. row 3 was [[name:Abdirahman Warsame]] [[ni_number:JH 48 27 61 B]] and row 7 [[name:Semhar Tesfay]] [[ni_number:PW190377A]] so would have been bad
        sending names + amounts only now

        [[name:Tomasz Wisniewski]] 10:20
        👍 log it as a near miss pls, the template should never have had that tab - [[name:Pri]]
    """)),
    ("social_care", "success", prose("""
        Learning note. When we recruited the new {{Head of Service}} for {{Children in Care}} we wanted a young person on
        the {{interview panel}}. [[name:Oisin Gallagher]] ([[age:17]]) has {{autism}} and told us formal panels make him
        shut down. Instead of dropping him we asked what would work: he had the questions a week early, chose his own
        two, sat next to [[name:Nkechi Eze]] from {{HR}} and used a traffic-light card to pause. He scored candidates on
        his own sheet which counted equally. His feedback on one candidate ("talked about us not to us") changed the
        outcome. [[name:Oisin]] has since been paid at the {{participation rate}} and asked to help write the
        {{reasonable adjustments}} guide for [[organisation:Brackenford City Council]] panels. Reported by [[name:Amira Haddad]].
    """)),
    ("social_care", "incident", block("""
        Chronology - {{missing from care}} during {{IV}} visit, [[date:Saturday 19 October 2024]]
        YP: [[name:Jermaine Clarke-Ademola]] ([[age:14]]), {{Philomena Protocol}} form on file
        IV: [[name:Winston Rhoden]]

        13:05  [[name:Winston]] and [[name:Jermaine]] arrive [[organisation:Fennel Walk Shopping Centre]] by bus
        13:50  [[name:Jermaine]] goes to the toilet, does not come back
        14:10  [[name:Winston]] searches, rings [[name:J]]'s mobile - off
        14:25  [[name:Winston]] rings {{EDT}} ([[phone:0161 496 0752]]) - advised to call police
        14:31  999 call, police log [[case_reference:WYP-20241019-0588]]
        17:40  [[name:Jermaine]] found at a friend's in [[address:Fernside Park]], returned to carers by police
        Next day: {{return home interview}} offered.

        Learning: [[name:Winston]] did everything right once he knew. But the {{Philomena}} form and a recent photo were with the carer, not with him. IVs doing community visits with YP who have a missing history should carry a copy (paper, sealed).
    """)),
    ("social_care", "success", block("""
        (thank-you card, scanned and shared with permission - names changed in the newsletter but not here)

        Dear [[name:Barbara]],
        6 years!! you started visiting me when I was [[age:12]] and now im [[age:18]] and leaving care and I wanted to say thank you. you never missed a month even when I was horrible to you. thank you for teaching me to make {{banana bread}}, for coming to my {{PEP meetings}} when i asked, and for the [[organisation:St Wilfrid's Minster]] candlelight thing at {{Christmas}}. you are the only adult who stayed.
        love [[name:Lacey-Mae]] xx

        Note from {{IV coordinator}} [[name:Sunil Mehta]]: [[name:Barbara Kowalczyk]] is our longest match. Passing on to the {{Independent Visitor}} steering group as an example of why {{consistency}} matters more than anything we plan.
    """)),
    ("social_care", "incident", block("""
        Subject: RE: awards night photos - URGENT
        From: [[email:comms.team@brackenford.gov.uk]]
        To: [[name:Callum McAuley]]; {{Data Protection Officer}}
        Sent: [[date:28/11/2024]] 09:12

        [[name:Callum]] - the post has been taken down from {{Facebook}}, {{Instagram}} and {{X}}. It was up for about 14 hours. We'll need the list of who had "no photo" on their consent form.

        ---- original from [[name:Callum]] ----
        The awards group photo includes [[name:Ella-Grace Mbeki]] (front row, left). She is subject to a {{court order}} and her image must not be published - her consent form said no. I gave Comms the album but didnt pull her out, I assumed Comms checked the {{consent log}} and Comms assumed I had. Her SW [[name:Dami Adeyemi]] has told carers. Learning: whoever takes the photos removes restricted young people before the album leaves the team, and we use one shared {{consent log}}, not paper forms in a drawer.
        [[name:Callum]]
    """)),
    ("social_care", "near_miss", block("""
        IV SCHEME - HANDOVER SHEET (wk commencing [[date:09/09/2024]])
        | Volunteer | YP | Visit | Note |
        | [[name:Gurpreet Sandhu]] | [[name:Yusuf]] | {{Tue}} | fine |
        | [[name:Leroy Campbell]] | [[name:Kai]] | {{Wed}} | {{DBS}} EXPIRED [[date:01/09/2024]] - VISIT STOPPED |
        | [[name:Eilidh Ross]] | [[name:Zainab]] | {{Sat}} | new match, 2nd visit |

        note for [[name:Sunil]] from [[name:Ewa]]: [[name:Leroy]]'s {{DBS}} renewal was sat in the {{HR portal}} waiting for ID check since {{July}}. the reminder email went to his old address [[email:l.campbell64@oldmail.co.uk]] so he never saw it. caught it because I check the {{DBS tracker}} every Monday. rang [[name:Kai]]'s carer to rearrange. need reminders to go to volunteer AND coordinator.
    """)),
    ("social_care", "incident", prose("""
        Debrief notes, {{CiCC}} residential at [[organisation:Hollin Ghyll Outdoor Centre]], [[date:3 August 2024]]. During the
        evening meal [[name:Florin]] ([[age:13]]) had an {{allergic reaction}} to a sauce containing {{peanut}}. Staff gave
        his {{adrenaline auto-injector}} at 19:22 and called 999; paramedics took him to [[organisation:Eastcliff General Hospital]]
        and he was discharged next morning. His {{allergy care plan}} was on {{Mosaic}} but never reached us: the consent
        form the carer filled in asked about "medical conditions" and she wrote "none current". The centre had not been
        told either. Staff on the trip were [[name:Kwabena Asante]], [[name:Ionut Popescu]] and [[name:Esi]]. Learning:
        our trip form now asks directly about allergies and {{medication}}, and we check the {{health plan}} with the
        {{social worker}} for every young person before any overnight.
    """)),
    ("social_care", "success", prose("""
        What went well: [[name:Dawit]] arrived as an {{unaccompanied asylum-seeking child}} in {{spring}} and wanted to
        join the {{Children in Care Council}} but had little English. [[name:Manpreet Dhillon]] set him up on
        {{Mind of My Own}} in Tigrinya and booked an {{interpreter}} through [[organisation:Lingua Connect]] for the
        first three meetings. [[name:Dawit]] used the app to tell his {{IRO}} he wanted to live nearer the other Eritrean
        lads he knew from the {{hotel}}; that went into his {{care plan}} review on [[date:17 June 2024]]. He now helps
        welcome new {{UASC}} to [[organisation:Loud & Clear]]. Small adjustments, big difference.
    """)),
    ("social_care", "incident", prose("""
        Quick one for the log pls. IV [[name:D'Andre Lewis]] gave his personal mobile to the young person he visits
        ([[name:Brooke]], [[age:16]]) and they'd been messaging on {{Snapchat}} late at night - nothing sexual seen, mostly
        football and her worries about school, but it's outside the {{code of conduct}} and the {{IV}} role. [[name:Brooke]]'s
        {{foster carer}} noticed and rang the office. I've suspended visits, done a {{LADO}} consultation (ref
        [[case_reference:LADO-24-0412]], threshold not met, advice = supervision and retraining) and spoken to [[name:D'Andre]].
        He was open about it. He said nobody had told him not to use {{Snapchat}}. The {{induction}} slides say "keep
        boundaries" but don't say how. Rewriting them. [[name:Sunil]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM
        Team: [[organisation:Brackenford Voice & Participation Team]]
        Reported by: [[name:Tomasz Wisniewski]]   Date: [[date:02/10/2024]]
        What nearly happened: the {{Bright Spots}} survey packs go out by {{post}} with a return envelope. [[name:Summer Atkinson]] moved placement on [[date:20/09/2024]] but the {{mail merge}} still had her old {{foster carer}}'s address ([[address:23 Beck Lane, Brackenhurst]], [[postcode:HX3 8QA]]). The old {{placement}} ended badly.
        How it was spotted: [[name:Priyanka Sharma]] cross-checked the merge against {{Mosaic}} because two packs in a previous round went astray.
        Why: our list is exported once a term from {{Mosaic}} and not refreshed.
        Action: export on the day of posting; packs for anyone who moved in last 30 days go via their {{social worker}}.
    """)),
    ("social_care", "success", block("""
        [[name:Amira Haddad]]: Massive shout out to [[name:Ruby-Rose]], [[name:Hamza]] and [[name:Mo]] who delivered the "what we wish our {{foster carers}} knew" session at {{foster carer}} training last night 👏👏
        [[name:Amira Haddad]]: 40 carers, feedback 4.8/5. one carer said she's changing how she does {{contact}} days after hearing [[name:Hamza]] talk
        [[name:Callum McAuley]]: they were brilliant. [[name:Mo]] held the room when the projector died 😂
        [[name:Gwen Tudor-Price]]: Can we get them to the {{Fostering Panel}} in {{January}}? I'll ask [[name:Dee O'Neill]]
        [[name:Amira Haddad]]: yes! they get {{participation payments}} for it and it goes on their {{CV}}. Invoice to [[organisation:Brackenford Fostering Service]] pls
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        DATIX - Patient safety incident
        Ref: [[case_reference:W-231187]]
        Service: [[organisation:North Pennine School Aged Immunisation Team]]
        Location: [[organisation:Oakfield Academy]], sports hall
        Date/time: [[date:07/03/2024]] 10:40
        Reporter: [[name:Rukhsana Begum]], {{Staff Nurse}}

        Description: Year 8 {{HPV}} session. Pupil [[name:Amelia Shaw]] (NHS [[nhs_number:970 316 2967]]) was vaccinated with {{Gardasil 9}}. The consent on the list was for [[name:Amelia Shah]] (NHS [[nhs_number:893 162 2651]]) in the same form group. [[name:Amelia Shaw]]'s parent had returned a {{refusal}}. The pupil answered "yes" to "[[name:Amelia S]]?" and I did not ask for full name and {{date of birth}}.
        Immediate action: {{clinical lead}} [[name:Jo Barraclough]] informed, parent rung by 12:00 and duty of candour conversation held, {{GP}} at [[organisation:Millrace Medical Centre]] informed. No adverse reaction.
        Learning: three-point ID (full name, DOB, address) every time, never a prompt. Lists now show a "SIMILAR NAME" flag.
    """)),
    ("health", "near_miss", block("""
        Teams - SAIT flu team chat [[date:15/10/2024]]

        [[name:Hollie Dyson]] 09:02: next up yr3 [[name:Ibrahim Farah]], consent says {{Fluenz}} yes
        [[name:Chidi Nwosu]] 09:03: hang on, note on {{e-consent}} - {{mum}} asked for the {{injectable}} because of the {{porcine gelatine}}
        [[name:Hollie Dyson]] 09:03: it's not showing on my printed list?!
        [[name:Chidi Nwosu]] 09:05: printed list only pulls the tick box not the free text comments. have we got {{inactivated vaccine}} in the {{cool box}}?
        [[name:Hollie Dyson]] 09:06: yes 2 doses. giving that. thanks [[name:Chidi]] 🙏
        [[name:Jo Barraclough]] 11:30: good catch. raising with {{CHIS}} / the {{e-consent}} supplier. until fixed, whoever preps the list reads every free text comment on the screen, not paper.
    """)),
    ("health", "incident", block("""
        Cold chain chronology - [[organisation:St Aidan's Catholic High School]] MenACWY / {{Td/IPV}} session, [[date:Tue 21 May 2024]]

        07:45  {{cool boxes}} packed at base, {{data logger}} reading 5.1C
        08:30  arrived school, boxes left in {{minibus}} while hall set up (hall double-booked for exams)
        09:50  boxes brought in. logger max 11.4C, above 8C for approx 55 mins
        09:55  session paused, stock {{quarantined}}, {{pharmacy}} rung
        10:30  {{manufacturer}} advice: {{Nimenrix}} and {{Revaxis}} usable within stability data; documented
        11:00  session resumed

        Reporter: [[name:Chidi Nwosu]]. No pupils harmed, but 1 hr lost, 38 pupils rebooked.
        Learning: boxes never left in vehicles; confirm hall booking with school the {{day before}}; {{vaccine incident}} form [[case_reference:VI-2024-017]] sent to [[email:ne.screening.imms@nhs.net]].
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Grace Adebayo-Lindqvist]] and [[name:Arjun]] for how they managed an {{anaphylaxis}} at
        [[organisation:Heathcote Grammar School]] on [[date:14 November 2024]]. A Year 9 girl became {{wheezy}} with
        {{lip swelling}} about 4 minutes after her {{MenACWY}}. [[name:Grace]] gave IM {{adrenaline}} 500 micrograms from
        the {{anaphylaxis kit}} within a minute, [[name:Arjun]] rang 999 and cleared the hall calmly, and the second dose
        was ready at 5 minutes (not needed). Paramedics said it was textbook. The {{Yellow Card}} went to {{MHRA}} the
        same day and the {{GP}} was told. We practised this scenario at the team day only three weeks earlier - it shows.
        From [[name:Jo Barraclough]], {{Clinical Lead}}
    """)),
    ("health", "incident", prose("""
        needlestick - [[name:kerry-ann]] (HCA) got a {{needlestick}} from a used {{Td/IPV}} needle at [[organisation:thornbury park]]
        on [[date:12/6]]. pupil jolted, she went to put it in the {{sharps bin}} but the bin was on the floor not the
        table so she reached down and caught her thumb. bled it, washed, rang {{occupational health}} ([[phone:01632 960 981]]),
        went to {{A&E}} for bloods. pupil is low risk, parent consented to {{bloods}} via GP. learning - sharps bin at hand
        height at every station, and we have too few {{safety-engineered needles}} in stock, ordering more. [[name:kerry-ann]] back
        at work and fine. - [[name:nat]]
    """)),
    ("health", "success", block("""
        From: [[name:Sinéad Mulvaney]] <[[email:sinead.mulvaney1@nhs.net]]>
        To: 0-19 {{Safeguarding}} Supervisor
        Subject: {{NCMP}} follow up - went well

        Hi [[name:Thandiwe]],

        Wanted to share this for supervision. At the {{Reception}} {{NCMP}} weighing at [[organisation:Lowfield Primary]] one little boy, [[name:Tyrese]], was 5 kg lighter than at his {{health visitor}} review and had a bruise on his upper arm that he covered when asked. I didnt do the screening in the hall - took him to the medical room with his {{class teacher}}, spoke to the {{DSL}} ([[name:Fatima Iqbal]]) and we rang {{MASH}} together before home time. {{Strategy meeting}} the next day; [[name:Tyrese]] now on a {{child protection plan}}.

        What helped: knowing the DSL, having a private room, and not treating NCMP as "just weighing".

        [[name:Sinéad Mulvaney]]
        {{School Nurse}} | [[organisation:Eastside 0-19 Team]] | [[phone:07700 900 582]]
    """)),
    ("health", "incident", block("""
        From: [[email:s.okafor@oakfieldacademy.sch.uk]]
        To: [[name:Jo Barraclough]]
        Sent: [[date:19 September 2024]] 13:22
        Subject: consent forms found

        Dear [[name:Jo]],

        Our {{receptionist}} found a plastic wallet of your paper consent forms for the Year 10 {{Td/IPV}} and {{MenACWY}} behind the signing-in desk this morning. There are 27 forms including names, addresses, {{NHS numbers}}, {{allergies}} and parents' mobile numbers. It looks like it was left on [[date:18/09]] when your team signed out. It has been in a public area overnight. I have locked it in my office.

        Regards,
        [[name:Samuel Okafor]]
        {{Business Manager}}, [[organisation:Oakfield Academy]]

        [Reporter note - [[name:Jo Barraclough]]: forms collected same day, {{IG}} incident [[case_reference:IG-NP-3391]] raised, reported to {{DPO}}. We are moving fully to {{e-consent}}; paper only on request and counted in/out.]
    """)),
    ("health", "near_miss", prose("""
        Handover: {{flu}} season starts {{Monday}}. [[name:Lorraine]] went through the {{PGDs}} on [[date:4 October 2024]]
        and found the {{LAIV}} {{PGD}} on our shared drive was last year's version and had expired on [[date:31 August]]. Nobody
        had signed the new one yet. If we had vaccinated on that basis we'd have been working without legal authority.
        New PGD signed by all 14 staff on {{Friday}}, authorised by [[name:Jo Barraclough]] and the {{medicines management}}
        pharmacist. Learning: PGD expiry dates go on the team {{risk register}}, and the {{clinical lead}} checks the
        folder before every campaign. Well spotted [[name:Lorraine Ashworth-Mensah]].
    """)),
    ("health", "success", block("""
        Catch-up clinic review - {{minutes}}
        Date: [[date:27/06/2024]]
        Present: [[name:Jo Barraclough]] (chair), [[name:Arjun Pillai]], [[name:Hollie Dyson]], [[name:Paddy Doherty]] ({{Gypsy, Roma and Traveller}} liaison, [[organisation:Westmarsh Council]]), [[name:Lin Tran]] ({{elective home education}} officer)

        1. Uptake: Saturday clinics at [[organisation:Moor End Community Centre]] vaccinated 61 children who had missed school sessions, including 19 {{home educated}} and 22 from the two {{Traveller sites}}.
        2. What worked: [[name:Paddy]] came out with us to the sites first; no letters, just conversations; {{MMR}} offered alongside school-aged vaccines.
        3. [[name:Lin]] to add the clinic to the {{EHE}} newsletter.
        Actions: [[name:Arjun]] to book {{autumn}} dates.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Date: [[date:30/01/2024]]  Place: [[organisation:Brookside High]], drama studio
        Pupil: [[name:Mehmet Yilmaz]], DOB [[date_of_birth:22/04/2010]], NHS No [[nhs_number:185 024 3832]]
        Staff: [[name:Georgina "George" Pike]] RN

        [[name:Mehmet]] had his {{HPV}} vaccine and stood up straight away to go back to class. About 30 seconds later he {{fainted}} ({{vasovagal}}) and hit his head on a staging block. Small cut above the eyebrow, no loss of consciousness beyond a few seconds. {{First aid}} given, {{head injury advice}} to {{mum}}, who took him to the {{GP}}.

        Contributing: no {{post-vaccination}} seating area because the room was smaller than planned; we had not asked him to sit for 15 min.
        Learning: every pupil sits in the {{observation area}} before leaving; if the room doesn't allow it, we don't start.
    """)),
    ("health", "near_miss", block("""
        [[name:Arjun Pillai]] 14:20
        anyone else getting two records for [[name:Oliver James Whitfield]] on {{SystmOne}}?
        [[name:Nat Ellison]] 14:22
        yep. one NHS no [[nhs_number:479 829 8123]] DOB [[date_of_birth:03/02/2012]], other [[nhs_number:934 107 2824]] DOB [[date_of_birth:02/03/2012]]
        [[name:Arjun Pillai]] 14:23
        date flipped! i nearly recorded his {{MenACWY}} on the second {{record}}. checked address - the 2nd has [[postcode:LS28 6FJ]], he lives at [[postcode:LS27 9PE]]
        [[name:Nat Ellison]] 14:25
        the second is a totally different boy in [[address:Calverley Fold]]. put it on the right one and report to {{CHIS}} for {{merge}} check
        [[name:Arjun Pillai]] 14:40
        done, {{Datix}} near miss logged. learning: match on {{NHS number}} first, not name search.
    """)),
    ("health", "success", block("""
        Dear {{school nurse}} team at [[organisation:Northgate Clinic]],

        I just wanted to say thank you to [[name:Bev]] from the {{enuresis clinic}}. My son [[name:Alfie]] is [[age:9]] and has been wetting the bed since forever and was too ashamed to go on a {{sleepover}}. [[name:Bev]] never made him feel silly. The {{alarm}} and the {{drinks chart}} and the {{desmopressin}} for camp worked and he went on his {{Year 4}} residential last week and was DRY every night!!! He came home so proud.

        Thank you so much,
        [[name:Kirsty]] ([[name:Alfie]]'s mum) 😊
    """)),
    ("health", "incident", prose("""
        Debrief following {{HPV}} session at [[organisation:Westfield School]] on [[date:10.04.24]]. A Year 9 pupil
        ([[age:14]]) asked to be vaccinated without parental consent; [[name:Esther Mwangi]] assessed her as
        {{Gillick competent}} and vaccinated her, documenting the assessment well. Her father arrived at school at 14:00
        angry and shouting at staff in reception, and was asked to leave by the {{headteacher}}. [[name:Esther]] was shaken.
        What went wrong: we had not told the school beforehand that {{self-consent}} might happen, so reception gave him the
        room location. We had no plan for talking to parents after self-consent. Learning: agree a {{self-consent}}
        script with schools, {{safeguarding}} check before contacting home, and staff debrief the same day. [[name:Esther]] was
        offered {{staff support}} and took it.
    """)),
    ("health", "success", prose("""
        Young carers - learning from a {{drop-in}}. At [[organisation:Castlegate Academy]]'s {{Thursday}} lunch drop-in,
        [[name:Hannah Nowak]] noticed [[name:Kacper]] (Y10) kept coming in with {{headaches}} and was always tired. She asked
        open questions and he eventually said he does his mum's {{insulin}} and gets his little sisters to school
        because mum has {{MS}} and dad works away. He didnt think of himself as a {{young carer}}. With his consent
        [[name:Hannah]] referred to [[organisation:Kestrel Young Carers]] and spoke to his {{head of year}} about lates.
        He now has a {{young carers card}} and goes to their group on {{Tuesdays}}. Takeaway: ask "who do you look after?"
        not "are you a carer?".
    """)),
    ("health", "incident", block("""
        WhatsApp - SAIT {{North}} team

        [[name:Paddy G]]: were at [[organisation:St Bede's]] but reception says the {{yr 8s}} are at the other {{site}}??
        [[name:Hollie Dyson]]: theres 2 sites?? list says [[address:Moor Road]]
        [[name:Paddy G]]: the year 8s are on the [[address:Priory Lane]] campus, 3 miles away. school changed it in {{September}}
        [[name:Jo Barraclough]]: vaccines out of {{fridge}} since 08:10 - whats the logger saying?
        [[name:Paddy G]]: 6.2 fine ({{data logger}}). on our way
        [[name:Paddy G]]: started 09:55 instead of 09:00, 24 kids missed as lesson changed

        [Reporter [[name:Jo Barraclough]]: no cold chain breach but missed doses. {{Session planning}} template now asks schools to confirm site address at the {{two-week}} call.]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Hollie Dyson]]
        To: [[email:imms.team@nhs.net]]
        Date: [[date:25/11/2024]]
        Subject: batch number error - caught

        All - when I did the {{data upload}} for [[organisation:Lowfield Primary]] flu I noticed 43 entries had {{batch}} [[case_reference:FL4417]] which was the batch from last week's school. Actual batch was [[case_reference:FL4482]]. If there had been a {{batch recall}} we'd have contacted the wrong children. Corrected on {{SystmOne}} before upload to the {{GP}} records. Cause: {{template}} carries over the last batch used. Please check batch on screen against the box at the start of every session.

        [[name:H]]
    """)),
    ("health", "success", prose("""
        Quick good news. [[organisation:Brookside Special School]] uptake for {{HPV}} went from 41% to 88% this year. We did
        it by working with [[name:Imran Qureshi]] (their {{SENCO}}) to send a {{social story}} with photos of our team and
        the room, ran a practice visit with no needles, gave {{numbing cream}} where parents wanted it, and vaccinated in
        the {{sensory room}} with a familiar TA. A few children had it in the car park in mum's car. [[name:Maryam]] and
        [[name:Dev]] did most of this in their own time planning. Sharing at the {{regional network}} in {{March}}.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT (MOR submitted)
        Occurrence ref: [[case_reference:HY-GOR-24-0318]]   {{ECCAIRS}} ref: [[case_reference:2024/41877]]
        Date: [[date:11 Aug 2024]]   Station: [[organisation:Porto Seixal Airport]] (outstation)
        Flight: [[flight_number:HY 4217]]   A/C: [[aircraft_registration:G-HYLF]] ({{A320}})   Stand: 14
        Handling agent: [[organisation:Aerolanza Handling]]
        Reporter: [[name:Siobhan Kavanagh]], {{Station Manager}}

        Narrative: during offload the {{belt loader}} for the {{aft hold}} was repositioned without a {{marshaller}} and its front bumper contacted the fuselage below the {{hold door}}. Driver ([[name:Rui Fernandes]]) stopped immediately and reported it to the {{turnaround coordinator}}. Captain informed, {{tech log}} entry made, {{MCC}} arranged local engineer. Dent within limits per {{SRM}}, aircraft released 2h10m late.
        Contributing: new starter, no {{guide person}} rule was on the agent's briefing card but not enforced on a busy wave.
        Action: agent re-briefing all drivers; {{ISAGO}} finding raised under the {{SGHA}}.
    """)),
    ("aviation", "near_miss", block("""
        Headset / interphone transcript (from {{CVR}} request, shortened) - [[flight_number:HY4402]], [[aircraft_registration:G-HYLM]], [[date:02/09/2024]]

        FLT DECK: Ground, flight deck, doors closed, {{beacon}} on, ready for push
        GROUND ([[name:Joao]]): Standby flight deck... {{tow bar}} connected, {{bypass pin}} in, clear to push
        FLT DECK: Releasing {{parking brake}}
        GROUND: STOP STOP, {{belt loader}} still at rear hold, repeat stop
        FLT DECK: Brakes set, holding
        GROUND: Sorry captain, loader driver went for a cigarette, moving now... area clear
        FLT DECK: Copied, releasing brakes

        Reporter Capt. [[name:Emeka Obi]]: the "clear to push" came before a walkround. Good that the {{wing walker}} [[name:Ines]] shouted. Recommend the {{handling agent}} repeats the {{360 check}} training and uses the pushback checklist card.
    """)),
    ("aviation", "incident", block("""
        LOAD DISCREPANCY - chronology, [[flight_number:HY 2261]] [[organisation:Inverbrae Airport]] to base, [[date:Sat 16 March 2024]]

        05:40  {{LIR}} issued by {{load control}}: 38 bags hold 4, 62 bags hold 1
        06:05  loading by [[organisation:Northlink Aviation Services]]; team lead [[name:Darek Nowicki]]
        06:22  {{loadsheet}} sent to flight deck based on LIR, not on the loaders' actual report
        06:30  captain notices {{trim}} feel and queries; FO asks for {{LIR}} return
        06:34  returned LIR shows 90 bags in hold 1, 10 in hold 4 (hold 4 belt broken, loaders swapped holds)
        06:50  new loadsheet, {{CG}} within limits but {{MAC}} changed by 6%; departed 06:58

        No harm. Reporter [[name:Siobhan Kavanagh]]. Learning: no loadsheet until the signed LIR is back with the dispatcher; {{LMC}} process briefed to all at [[organisation:Inverbrae Airport]]. Ref [[case_reference:NAS-IR-2024-117]].
    """)),
    ("aviation", "success", prose("""
        Shout out to the {{PRM}} team at [[organisation:Porto Seixal Airport]] - especially [[name:Catarina Sousa]] and
        [[name:Big Tony]]. On [[date:Sunday 7 July]] the {{ambulift}} broke down with two passengers needing it for
        [[flight_number:HY 4218]]. Instead of delaying, [[name:Catarina]] borrowed the lift from the other {{handling agent}},
        briefed the captain and the {{SCCS}}, and had both boarded 10 mins before the main boarding. One passenger
        ([[name:Dorothy Ainsworth]], [[age:87]], with her {{wheelchair}} and {{oxygen}}) emailed us to say it was the best
        assistance she'd had in years. [[aircraft_registration:G-HYLD]] left on time.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Priya Raman]] <[[email:priya.raman@halcyonairways.co.uk]]>
        To: [[email:dg.officer@aerolanza-handling.pt]]; {{Safety Office}}
        Date: [[date:24 October 2024]] 18:50
        Subject: {{DG}} not on {{NOTOC}} - [[flight_number:HY 4231]] [[aircraft_registration:G-HYLK]]

        Olá [[name:Nuno]],

        On arrival at base, cargo staff found a consignment of {{lithium ion batteries}} ({{UN3480}}, {{Section II}}) loaded in hold 1 that was not on the NOTOC given to the captain. The {{acceptance checklist}} was done but the item wasn't transferred to the NOTOC because your system printed it before the late cargo was added.

        Please can you send us the {{acceptance check}}, the NOTOC version history and the name of the {{load planner}}. We have filed an {{MOR}} to the {{CAA}} (ref [[case_reference:MOR-2024-7762]]).

        Obrigada,
        [[name:Priya]]
        {{Dangerous Goods}} Manager, [[organisation:Halcyon Airways]] | [[phone:+44 7700 900 319]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - [[organisation:IVB]] {{ramp}}

        [[name:kyle]]: just seen the {{fuel bowser}} drive right behind [[aircraft_registration:G-HYLP]] with {{beacon}} on and {{engine 2}} spooling up 😳
        [[name:Shiv]]: whos driving?
        [[name:kyle]]: the fuel company one, not ours. reg [[vehicle_registration:SN17 WKD]]
        [[name:Shiv]]: anyone hurt? did the {{jet blast}} catch him
        [[name:kyle]]: no he got through before it went up. the {{dispatcher}} had given {{engine start}} thinking the area was clear
        [[name:Shiv]]: ok. ill email [[organisation:Caledonia Fuels]] and [[organisation:Northlink]]. everyone - beacon on = nothing moves behind the aircraft, no exceptions. sending {{ASR}}
    """)),
    ("aviation", "success", prose("""
        Debrief, {{de-icing}} morning [[date:05/12/2023]] at [[organisation:Inverbrae Airport]]. Freezing fog, 4 [[organisation:Halcyon]]
        departures in 50 mins with one {{de-icing rig}}. What went well: [[name:Darek Nowicki]] ([[organisation:Northlink]]) called our
        {{OCC}} at 04:30 and we agreed an order by departure time, not arrival on stand. {{Type II}} fluid used and the
        {{holdover time}} table was read back to each captain over the radio. [[flight_number:HY 2261]],
        [[flight_number:HY 2263]] and [[flight_number:HY 2265]] left within 15 minutes of schedule; the fourth
        had a {{tech}} issue unrelated. Captain [[name:Fenella Ross-Whyte]] said it was the calmest de-ice she'd seen at an
        outstation. Writing it up as the template for {{winter ops}}.
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:EI-HYB]]   Sector: [[organisation:Porto Seixal Airport]] - base   Date [[date:29.06.24]]

        Defect: On {{walkround}} found {{aft cargo door}} lower sill skin dented approx 40mm x 15mm, paint removed. Not reported by ground handling. Likely {{GSE}} contact during turnaround.
        Action: Aircraft {{AOG}}. {{MCC}} informed. Inspection IAW {{SRM}} 52-30-00 by {{licensed engineer}} [[name:A. Kaczmarek]], within limits, temp repair. CRS signed.
        Captain: [[name:M. Haque]]

        Safety note added by station ([[organisation:Halcyon]] ground ops): no one from [[organisation:Aerolanza Handling]] reported touching the door. The {{CCTV}} shows a {{belt loader}} rub at 11:52. Unreported ground damage is our biggest risk - the aircraft could have flown with hidden damage. Agent has reminded staff that reporting is {{no-blame}}.
    """)),
    ("aviation", "near_miss", block("""
        Station handover sheet - [[organisation:Inverbrae Airport]] - [[date:22/07/2024]] PM -> AM

        Flights: [[flight_number:HY 2270]] delayed 35 mins (ATC). [[flight_number:HY 2272]] ok.
        {{UMNR}} near miss: [[name:Leo Brennan-Achebe]], [[age:9]], booked [[flight_number:HY 2272]], was walked to gate 3 by the agent's {{PRM}} escort where [[flight_number:HY 2270]] was boarding (delayed, so both flights at adjoining gates). Gate agent [[name:Tasha]] scanned his {{boarding pass}}, got the red light and stopped him. He was then handed over to the {{SCCS}} of [[flight_number:2272]] with the {{UM form}}.
        Learning: UMs to be escorted to the right gate by name and flight number, not "the [[organisation:Halcyon]] gate". Told [[name:Darek]] at [[organisation:Northlink]].
        Other: {{GPU}} on stand 2 tripping again, fault logged.
        - [[name:Shiv]]
    """)),
    ("aviation", "success", block("""
        Monthly performance review - [[organisation:Halcyon Airways]] / [[organisation:Aerolanza Handling]]
        Date: [[date:18/09/2024]] ({{Teams}})
        Attendees: [[name:Siobhan Kavanagh]] ([[organisation:Halcyon]]), [[name:Priya Raman]] ([[organisation:Halcyon]] DG), [[name:Nuno Carvalho]], [[name:Catarina Sousa]], [[name:Joao Pereira]] ([[organisation:Aerolanza]])

        1. {{OTP}} at [[organisation:Porto Seixal]] up from 71% to 89% since the {{turnaround coordinator}} was made a dedicated role.
        2. Ground damage: zero events since the {{belt loader}} re-briefing. [[name:Nuno]] shared their new {{guide person}} vest idea - now adopted.
        3. {{NOTOC}} process: late cargo now triggers a fresh NOTOC print. [[name:Priya]] happy.
        4. Reporting: 14 {{safety reports}} from agent staff this month vs 2 in {{June}}. Thanks to [[name:Joao]] for pushing {{just culture}}.
        Next meeting: {{October}}.
    """)),
    ("aviation", "incident", prose("""
        pax no-show on [[flight_number:HY2283]] [[date:3/11]]. {{BRS}} showed bag loaded for seat 17C (pax [[name:O'Sullivan]]),
        gate closed without him. agent offloaded what they thought was the bag from hold 1 but it was the wrong one - tag
        [[case_reference:0417 HY 558 220]] was still on board. found at base on arrival, {{police}} and {{security}} informed,
        bag screened, nothing found. learning - {{bag reconciliation}} on the {{BRS}} must show "offloaded" before doors
        close, not a loader saying "got it". {{handling agent}} retraining on the scanner. [[name:dami]]
    """)),
    ("aviation", "success", block("""
        From: {{Duty Ops Manager}}
        To: [[email:station.ivb@halcyonairways.co.uk]]
        Date: [[date:Mon 15 Jan 2024]]
        Subject: Thank you - {{diversions}}

        [[name:Shiv]], [[name:Kyle]], [[name:Darek]] and all at [[organisation:Northlink Aviation Services]],

        On {{Saturday}} night base closed for {{snow}} and you took three unplanned diversions - [[flight_number:HY 2280]], [[flight_number:HY 2284]] and [[flight_number:HY 2288]], 520 passengers - on a station that normally sees one aircraft at night. You got steps, buses and {{hotels}} sorted, kept the {{crew duty}} limits in view and found a spare {{GPU}} from the flying club. Not one complaint to {{customer relations}}.

        That is brilliant work. Passing to the {{Accountable Manager}}.

        [[name:Olu Bankole]]
        Duty Ops Manager | [[organisation:Halcyon Airways]] {{OCC}} | [[phone:+44 (0)20 7946 0817]]
    """)),
    ("aviation", "incident", block("""
        Chronology - catering {{hi-loader}} damage, [[flight_number:HY 4240]], [[aircraft_registration:G-HYLA]], [[date:09/08/2024]]

        14:02  catering truck [[vehicle_registration:4821 KLM]] docked at door 2R
        14:15  cabin crew [[name:Bea]] closes 2R (believing catering complete)
        14:15  caterer raises {{platform}} at the same time - door seal caught
        14:17  crew report to captain [[name:Harpreet Gill]]; {{engineering}} called
        15:40  seal replaced, aircraft released
        Delay 1h48. Nobody hurt.

        Reporter: [[name:Bea Lindqvist]], {{SCCM}}
        Learning: there was no {{thumbs-up}} handover at the door between caterer and crew. The {{handling agent}} and catering company to use a "door ready to close" call out. Also crew shouldn't close a door with a vehicle docked.
    """)),
    ("aviation", "near_miss", block("""
        {{GMC}} transcript ([[organisation:Porto Seixal Airport]] ground, 10:41 local, [[date:14/05/2024]])

        TUG 23: Ground, Tug 23 towing [[aircraft_registration:G-HYLD]] stand 14 to {{hangar}}
        GND: Tug 23, hold short {{taxiway}} Charlie, traffic a {{Boeing}} taxiing left to right
        TUG 23: Holding short Charlie, Tug 23
        ...
        GND: Tug 23 STOP immediately, you have crossed the {{hold line}}
        TUG 23: Stopping, Tug 23
        [[flight_number:HALCYON 4231]]: Ground, [[flight_number:HALCYON 4231]] braking, tug ahead

        Report by [[name:Jorge Almeida]], tow driver, [[organisation:Aerolanza Handling]]: "I read back hold short but I was looking at the {{brake}} temperature and the tug rolled. Sorry." [[organisation:Aerolanza]] now require a second person for all {{tows}} across taxiways. Good honest report.
    """)),
    ("aviation", "success", prose("""
        Good catch - [[name:Chanelle]] (started with the agent 3 weeks ago) did a {{FOD walk}} on {{stand}} 5 before
        [[aircraft_registration:G-HYLF]] arrived and found a 6 inch {{bolt}} right in line with {{engine 1}}. She didnt know if she
        was allowed to stop the arrival so she asked {{the ramp supervisor}} who called ops and held the aircraft for
        4 mins. The bolt came off a {{baggage cart}} that has now been taken out of service. {{FOD}} into an engine costs
        hundreds of thousands, so well done [[name:Chanelle]] and thank you for speaking up.
    """)),
    ("aviation", "success", prose("""
        Heatwave {{ramp}} welfare - what worked at [[organisation:Porto Seixal]] in {{July}}. Temps hit 41C on the
        {{apron}}. [[name:Nuno Carvalho]] from [[organisation:Aerolanza]] and our {{station manager}} agreed: turnarounds staffed +1 so loaders
        could rotate every 20 mins, {{electrolyte}} drinks in the {{GSE}} park, and agents told they could stop a
        task without asking if they felt unwell. [[name:Ahmed Al-Mansouri]] spotted early {{heat exhaustion}} in a
        colleague on [[date:18 July]] and got him into the shade and to the {{medical centre}}. No heat illness lost-time
        injuries all month, on-time performance held. Plan goes into the {{SGHA}} annex for next year.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind165", REPORTS))
