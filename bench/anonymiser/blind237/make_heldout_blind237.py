"""Held-out blind corpus 237: UK incident, near-miss and learning reports, written blind.

Fifty invented reports as front-line practitioners type them into a confidential reporting
system, in three settings:

- social_care (17): a domestic abuse refuge and outreach service for women and children
  (refuge workers, children's workers, safety planning, MARAC, housing);
- health (17): a radiotherapy department (planning CT, linear accelerators, treatment reviews,
  therapeutic radiographers, physicists, patient transport);
- aviation (16): an airport's wildlife hazard and airfield operations team (bird control,
  runway inspections, grass cutting, FOD, ATC liaison).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and thank-you notes.
Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind237.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rushed sorry. [[name:amira]] (night {{refuge worker}}) says the {{front door}} fob was
        left in the {{office}} tray unlocked overnight [[date:tues 14th]], found by [[name:bev]]
        at 7.40 when she came on. no1 got in as far as we no but {{CCTV}} was down cos of the
        {{power cut}}. {{resident}} in rm 6 - [[name:Joy]], kids [[age:4yo]] and [[age:9yo]] - v
        anxious as her {{ex}} has been txting again from a new number [[phone:07700 900418]]. told
        {{manager on call}}, logged [[case_reference:INC-2291]]. [[name:joy]] agreed a
        {{safety plan}} review 2moro w her {{IDVA}}. can we PLEASE get a lock on that tray
    """)),
    ("social_care", "incident", prose("""
        On [[date:3 February 2024]] a member of the outreach team sent the action log from a
        {{MARAC}} meeting (case [[case_reference:MRC/24/0117]]) to the wrong external address.
        The intended recipient was [[name:Dani Okoro]], {{housing options officer}} at
        [[organisation:Calderbrook Borough Council]]. {{Outlook}} auto-complete selected a personal
        address, [[email:danio.hale@postbox-mail.co.uk]], belonging to a {{private landlord}} who had
        previously let a property to the perpetrator. The log included the {{victim}}'s temporary
        address at [[address:14 Vesey Terrace, Calderbrook]] and the name of her son's school,
        [[organisation:Hollins Lane Primary]]. The error was noticed forty minutes later when the
        landlord replied asking "who is [[name:Faith]]?". The {{Information Governance}} lead was
        informed, a recall was attempted and the landlord confirmed deletion in writing. The
        {{IDVA}}, [[name:Róisín Keane]], visited [[name:Faith Adeyemi-Clarke]] the same afternoon
        and a move was agreed as a precaution. Learning: external addresses removed from
        auto-complete; a {{two-person check}} before anything from {{MARAC}} leaves the
        {{secure mail}} system.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM - CHILDREN'S SERVICE
        Name: [[name:Shabnam Qureshi]]
        DOB: [[date_of_birth:22/07/1991]]
        Ref: [[case_reference:KH-REF-3384]]
        Address (refuge - DO NOT SHARE): [[address:Kestrel House, 7 Orchard Mews, Calderbrook]] [[postcode:HX7 3PL]]
        Children: [[name:Zainab]] ([[age:6]]), [[name:Imran]] ([[age:22 months]])
        Reported by: [[name:Tess Whitlow]], {{children's worker}}

        What happened: [[organisation:St Bede's CE Primary]] rang to say a "Mr [[name:Qureshi]]"
        had phoned asking which {{after-school club}} [[name:Zainab]] was booked into. The
        {{school office}} almost confirmed it before the {{DSL}} stepped in. No {{child arrangements order}} in place yet. School had our {{safety plan}} on file but it had not
        been shared with the new {{receptionist}}.
        Action: {{DSL}} briefed all office staff, collection password agreed, {{social worker}}
        informed [[date:Thurs 6/6]].
    """)),
    ("social_care", "success", block("""
        {{Teams}} chat - [[organisation:Kestrel House]] staff - [[date:12 March]]
        [09:12] [[name:Hope Ferreira]]: massive shout out to [[name:Kerry-Ann]] on {{nights}} 👏
        [09:13] [[name:Hope Ferreira]]: {{new arrival}} at 2am via the {{National Domestic Abuse Helpline}},
        no ID, baby [[age:6 weeks]] old, no formula
        [09:15] [[name:Kerry-Ann]]: 😊 only did what anyone wd do
        [09:16] [[name:Hope Ferreira]]: no - you rang {{out of hours}}, got the {{health visitor}}
        referral in, found formula in the {{food bank}} cupboard AND did the {{DASH}} before 4am
        [09:18] [[name:pat.m]]: agree. [[name:KA]] is a star ⭐
        [09:20] [[name:Hope Ferreira]]: logging it as {{good practice}} [[case_reference:LRN-0412]]
    """)),
    ("social_care", "incident", block("""
        Chronology - outreach incident, [[date:Sat 20 April]]
        18:05  [[name:MG]] ({{outreach worker}}) on phone to {{client}} [[name:Ewa Nowicka]] re
               {{non-molestation order}} paperwork.
        18:11  [[name:Ewa]] says {{ex-partner}} [[name:Tomasz]] is outside her flat at
               [[address:23 Ribble Court, Ferry Lane, Calderbrook]].
        18:12  [[name:MG]] advises {{999}} and locking the door; stays on the line.
        18:19  {{Police}} arrive. [[name:Tomasz]] has left in a grey van [[vehicle_registration:YF19 KDU]].
        18:40  [[name:MG]] rings {{manager on call}} ([[name:Grace]]). {{Emergency space}} agreed.
        19:55  [[name:Ewa]] and {{daughter}} ([[age:aged 11]]) admitted to [[organisation:Kestrel House]].
        Issue: [[name:MG]] was {{lone working}} at the weekend with no {{buddy call}} set up, and
        used her personal mobile ([[phone:07700 900731]]) so her number is now on the client's
        call log, which the ex-partner has accessed before.
    """)),
    ("social_care", "near_miss", block("""
        [10:02] [[name:Brannigan, Lucy]]: {{housing}} want a {{correspondence addy}} for [[name:Rose]]
        ([[case_reference:HOU/55219]]) - ok to give ours?
        [10:04] [[name:Obi, Nkechi]]: {{NO}}!! never the {{refuge}} address. use the {{PO box}}
        [10:04] [[name:Brannigan, Lucy]]: oh no sorry. i'd already typed [[address:7 Orchard Mews]]
        into their {{portal}}, not submitted tho
        [10:05] [[name:Obi, Nkechi]]: ok delete + {{screenshot}}. use [[address:PO Box 2210, Calderbrook]]
        [[postcode:HX1 9ZB]]
        [10:07] [[name:Brannigan, Lucy]]: done. [[name:Rose]] is seeing the {{housing officer}}
        [[date:Weds 15th]] so i'll tell her too
        [10:09] [[name:Obi, Nkechi]]: thx. putting it on {{near miss}} log - not a telling off, the
        {{induction pack}} doesn't say it anywhere. will fix
    """)),
    ("social_care", "success", block("""
        TEAM MEETING - LEARNING FROM PRACTICE
        Date: [[date:9 May 2024]]
        Present: [[name:Hope Ferreira]] (Chair), [[name:Tess Whitlow]], [[name:Marek Dvořák]],
        [[name:Nkechi Obi]], [[name:Yasmin]] (volunteer)
        Apologies: [[name:Bill Osei]] ({{IDVA}}), [[name:Amber Lyle]] (student {{social worker}})

        Item 2 - Success story
        [[name:NO]] presented [[name:Marisol]]'s move-on. Referred via {{MARAC}} in January as
        {{high risk}}; {{DASH}} score 17. With {{Sanctuary Scheme}} works and a
        {{management transfer}} agreed by [[organisation:Northmoor Housing Association]] she moved
        to a new tenancy in {{April}} with no contact from the perpetrator since. Her son
        ([[age:8]]) has a place at [[organisation:Greenhow Junior School]] and is attending.
        What worked: one named contact at the {{housing association}}, weekly three-way calls,
        {{Children's Services}} kept in the loop.
        Action: [[name:TW]] to write up for the {{newsletter}} (anonymised).
    """)),
    ("social_care", "incident", block("""
        HANDOVER - late to nights - [[date:Fri 31/5]]
        Rm 2 [[name:Gabriela]] - settled. {{GP}} appt Mon re {{sertraline}} review.
        Rm 3 [[name:faith]] + 3 kids - youngest ([[name:Teo]], [[age:2yo]]) pulled the {{stair gate}}
        off in the {{playroom}} at 16:30 and bumped head on radiator. small lump, no LOC, {{mum}}
        happy. {{head injury}} leaflet given. {{body map}} done by [[name:Will]]. accident form
        [[case_reference:ACC-0788]]. gate was not screwed to wall - already reported to
        [[organisation:Brightfix Maintenance]] on [[date:14 May]]??
        Rm 5 - empty, ready for {{emergency admission}}.
        Rm 6 [[name:Ayşe]] - court tomorrow 10am re {{occupation order}}, {{IDVA}} meeting her there.
        Please check on Rm 3 at 11pm and 3am. [[name:Will]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Marek Dvořák]] <[[email:m.dvorak@kestrelhouse.org.uk]]>
        To: Children's Team; [[name:Hope Ferreira]]
        Sent: [[date:Monday 17 June 2024]] 08:47
        Subject: near miss - tracker in toy after contact

        Hi all,

        One for the log please. On {{Saturday}} [[name:Lily-Mae]] ([[age:5]], Rm 4) came back
        from {{supervised contact}} with her dad at the {{contact centre}} with a new teddy. Her
        {{mum}}'s phone flagged an "{{AirTag}} found moving with you" alert at about 9pm.
        [[name:Sunny]] on shift found a tracker sewn into the bear's back seam. {{Police}} attended
        (log [[case_reference:CAD-4471]]) and took it. Family moved to a partner refuge overnight.

        Why near miss: our {{toy check}} after contact is visual only. Proposal: every gift from
        contact stays in the office overnight and gets swept with the {{RF detector}}. Happy to
        take it to {{team meeting}}.

        Thanks,
        [[name:Marek]]

        [[name:Marek Dvořák]] | {{Children and Young People's Worker}}
        [[organisation:Kestrel House]] | [[phone:01632 960482]]
    """)),
    ("social_care", "success", block("""
        THANK YOU - for the compliments folder and {{learning log}}

        To PC [[name:Dylan Harwood]] and Sgt [[name:Afolabi]],

        On the night of [[date:2 July]] one of our residents, [[name:Grace]], had a panic attack
        after seeing her ex-partner's car ([[vehicle_registration:LD68 WPX]]) parked near the
        {{bus stop}} at the end of the road. You were with us within eight minutes, you spoke to
        her calmly, you never once asked her to repeat her story, and you checked our
        {{panic alarm}} and the {{back gate}} before you left. PC [[name:Harwood]] also rang the
        {{IDVA}} the next morning so the {{breach}} of her {{non-molestation order}} was on
        record before her {{MARAC}} on [[date:11/07/24]].

        [[name:Grace]] asked me to say she slept that night for the first time in a week.

        With real thanks from all the staff at [[organisation:Kestrel House]],
        [[name:Hope]] ({{Refuge Manager}})
    """)),
    ("social_care", "incident", block("""
        CONSENT AUDIT - referrals sent w/o signed consent ({{Q2}})
        Date | Resident | Ref | Issue | Found by
        [[date:04/04]] | [[name:A. Haddad]] | [[case_reference:KH-2417]] | {{CAMHS}} referral sent, consent form unsigned | [[name:TW]]
        [[date:19/04]] | [[name:Precious N.]] | [[case_reference:KH-2430]] | {{GP}} letter shared with school, no consent | [[name:TW]]
        [[date:02/05]] | [[name:Li Na Zhou]] | [[case_reference:KH-2441]] | {{MASH}} contact, "verbal" consent not recorded | [[name:J. Kowalczyk]]
        [[date:28/06]] | [[name:Mercy]] | [[case_reference:KH-2459]] | {{Early Help}} form sent to wrong {{SENCO}} | [[name:J. Kowalczyk]]
        Summary: 4 of 31 referrals in the quarter went out without a signed {{consent to share}}.
        None caused harm we know of, but the {{SENCO}} one went to [[organisation:Moorside Academy]]
        instead of [[organisation:Moorfield Academy]]. Raised with {{DPO}}, incident [[case_reference:IG-0093]].
    """)),
    ("social_care", "near_miss", prose("""
        {{hv}} 2day w [[name:ruth]] at [[address:41 mill brow]] for {{outreach}} session, went on my
        own as [[name:jas]] off sick. knocked + it was {{HIM}} that answered!! he's meant to be
        {{bailed}} to his mums on [[address:Hebden Walk]]. i said i was from the {{gas board}} (our
        {{cover story}} thank god) and left. rang [[name:ruth]] from the car - she was ok, said he'd turned
        up on the [[date:9th]]. passed to {{police}} + her {{IDVA}}. NOT OK that i went alone,
        the {{lone worker}} app wasnt even on as my phone died. need a {{2nd worker}} rule for
        anyone with {{bail conditions}} live. ref [[case_reference:OR-7712]]
    """)),
    ("social_care", "incident", prose("""
        Incident summary [[case_reference:INC-2318]]. On [[date:23 July 2024]] a telephone
        interpreting session was booked through [[organisation:LinguaBridge Ltd]] for a
        {{Tigrinya}}-speaking resident, [[name:Senait Tesfaye]] ([[age:27]]), for her
        {{safety planning}} session with {{refuge worker}} [[name:Chloé Martin]]. Ten minutes in,
        [[name:Senait]] became distressed and ended the call. Through a second interpreter she
        later told the {{keyworker}} she had recognised the first interpreter's voice as
        [[name:Yonas]], a friend of her husband's family from church. Before she ended the call,
        the {{bus route}} to the refuge and the name of her {{GP}} practice had been discussed.
        The {{risk assessment}} was reviewed the same day, a {{MARAC}} re-referral made and
        [[name:Senait]] moved out of area on [[date:25/07]]. A complaint was lodged with the
        agency, which confirmed the interpreter (ID [[case_reference:LB-55102]]) has been removed
        from our account. Learning: ask about dialect, gender preference and community links
        before booking; prefer {{video}} so the client can see the interpreter; no location
        details until the client confirms she is comfortable.
    """)),
    ("social_care", "success", block("""
        Learning review - what went well
        Between [[date:1 August]] and [[date:19 August]] [[name:Oluwaseun "Seun" Bakare]], a
        [[age:10-year-old]] with an {{EHCP}} from [[organisation:Wexham County Council]], moved
        with his {{mum}} [[name:Adaeze]] into the refuge. Normally a school transfer for a child
        with an {{EHCP}} takes us 6-8 weeks.

        What happened:
        - {{children's worker}} [[name:Leah]] rang the {{SEND}} team on day one, not day five
        - [[name:Leah]]'s one-page profile of [[name:Seun]] went to the {{SENCO}}, Mrs
          [[name:Okafor]], at [[organisation:Calder Vale Primary]] with [[name:Adaeze]]'s consent
        - the {{Virtual School}} style "team around the child" call happened in week 2
        - address shown as the {{PO box}} on every form

        Outcome: [[name:Seun]] started on the first day of term with his {{1:1}} in place.
        Worth copying: the one-page profile template (on the {{shared drive}}).
    """)),
    ("social_care", "near_miss", block("""
        #refuge-ops - {{Slack}} export, [[date:Thu 8 Aug]]
        [[name:hannah.w]]  11:02  booked [[name:Precious]]'s {{taxi}} for {{family court}} tmrw 9am
        with [[organisation:Swift Cars Calderbrook]]
        [[name:hannah.w]]  11:03  they asked for {{pickup}} postcode so i gave [[postcode:HX7 3PL]] 🙈
        [[name:jo_kowalczyk]]  11:05  we NEVER give that out. pickup is always the {{supermarket}}
        {{car park}} on [[address:Station Parade]]. ring them now pls
        [[name:hannah.w]]  11:09  rang - not dispatched yet, changed + asked them to wipe it from
        the account. booking ref [[case_reference:SWC-88412]]
        [[name:jo_kowalczyk]]  11:11  👍 {{near miss log}} pls. account is under the {{cover name}}?
        [[name:hannah.w]]  11:12  yes
        [[name:jo_kowalczyk]]  11:14  grand. adding "taxis" to the {{induction}} checklist, it's
        not your fault nobody told you
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nkechi Obi]] <[[email:nkechi.obi@kestrelhouse.org.uk]]>
        To: [[email:da.unit@calderbrookpolice.org.uk]]
        Cc: [[name:Hope Ferreira]]
        Date: [[date:14/08/2024]] 16:22
        Subject: {{URGENT}} - refuge address printed on {{DVPN}} paperwork

        Dear {{DI}} [[name:Sandhu]],

        Today Ms [[name:Amber Rowe]] showed us the copy of the {{DVPN}} served on her {{ex-partner}},
        [[name:Craig Rowe]] (DOB [[date_of_birth:03/11/1986]]), on [[date:12 August]]. The
        {{victim}}'s address on the notice is given as "c/o [[address:Kestrel House, 7 Orchard Mews]]".
        He has therefore had our location for two days.

        We have moved [[name:Amber]] and her {{children}} ([[age:3]] and [[age:7]]) tonight and
        closed to {{new admissions}} for 48 hours while we review {{target hardening}}. Our ref
        [[case_reference:INC-2344]], your ref [[case_reference:CB/24/31877]].

        Could we meet this week? We need the {{DVPO}} application to go in without the address.

        Kind regards
        [[name:Nkechi]]

        [[name:Nkechi Obi]]
        {{Deputy Manager}} | [[organisation:Kestrel House]]
        [[phone:01632 960114]]
    """)),
    ("social_care", "success", block("""
        🎉 Shout-outs channel - [[date:Fri 23rd Aug]]
        [[name:Shaz Begum]]: shout out to [[name:Mark]] in the {{children's team}} (yes our only
        bloke lol). in {{play session}} [[name:Danny]] ([[age:7]]) said something about "dad's
        lighter" and [[name:Mark]] clocked it as a possible {{disclosure}} - didn't push, wrote
        it down word for word, passed to the {{DSL}} within the hour. {{MASH}} held a
        {{strategy discussion}} next day. proper {{Signs of Safety}} practice. and [[name:Danny]]'s
        {{mum}} says he's sleeping better now "the grown ups know"
        [[name:Tess Whitlow]]: 👏👏 well deserved [[name:Mark]]
        [[name:Mark]]: thanks both, [[name:Shaz]] helped me with the {{chronology}} too
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Datix [[case_reference:W-118204]] - {{IR(ME)R}} exposure on {{LA3}}. On
        [[date:Tuesday 9 January]] Mr [[name:Gareth Hughes]] (hospital no.
        [[case_reference:SR2047716]]) was called from the {{sub-wait}} for fraction 12 of his
        {{prostate}} {{VMAT}}. Mr [[name:Glyn Hughes]], also on {{LA3}}, was due ten minutes later
        for {{lung}} {{SABR}}. The {{therapeutic radiographer}} read out "[[name:Glyn Hughes]],
        [[date_of_birth:14/03/1951]]?" instead of asking the patient to state his details, and
        Mr [[name:Gareth Hughes]], whose {{hearing aid}} was out, said yes. A {{CBCT}} was
        acquired against the wrong plan before the second radiographer noticed the anatomy did
        not match. No treatment was delivered; the unintended exposure was one {{CBCT}}. The
        {{MPE}}, Dr [[name:Anya Kowalski]], was informed and the patient was told under
        {{Duty of Candour}} on [[date:10/01]]. Learning: open questions only, both
        [[name:Hughes]] patients flagged with a "similar name" alert, and the {{Mosaiq}}
        photo is checked by both radiographers at the console.
    """)),
    ("health", "near_miss", block("""
        PLANNING CT - NEAR MISS REPORT
        Patient: [[name:Keisha Brown-Whyte]]
        DOB: [[date_of_birth:30/09/1996]] ([[age:27]])
        NHS No: [[nhs_number:358 743 5863]]
        Hosp No: [[case_reference:SR3390215]]
        Address: [[address:8 Cottam Close, Stanmoor]] [[postcode:ST9 2DN]]
        Site / scan: {{cervix}}, {{planning CT}} with {{IV contrast}}, [[date:22/01/2024]]
        Reporter: [[name:Femi]] ({{Band 6}} {{therapeutic radiographer}})

        Description: {{pregnancy status}} form missing from the scan folder. Patient changed, on
        the {{CT couch}}, {{cannula}} in. Colleague [[name:JH]] about to scan as "it's always done
        in {{pre-treatment clinic}}". [[name:Femi]] paused and asked: {{LMP}} over 5 weeks ago.
        {{urine hCG}} done - negative. Scanned 40 min late, no harm.
        Contributing: clinic form scanned into the wrong episode on the {{EPR}}.
        Action: pregnancy line added to the {{pause and check}} card.
    """)),
    ("health", "success", block("""
        🌟 SHOUT-OUT FROM PHYSICS 🌟
        Huge thanks to [[name:Inês Carvalho]] ({{Clinical Scientist}}) who, doing the independent
        {{MU check}} on a {{head and neck}} plan on [[date:Weds 7th Feb]], spotted that the
        {{isocentre}} shifts had been entered from the previous version of the plan. First
        fraction would have been ~5 mm out sup-inf. [[name:Inês]] flagged it in {{Aria}}, rang the
        {{dosimetrist}} ([[name:Rhys]]) and it was fixed before the {{pre-treatment check}} on
        {{LA1}}. Patient ([[case_reference:SR2981107]]) started on time and never knew.
        A perfect example of why we don't drop the second check on busy days.
        - Prof. [[name:Declan Murray]], {{Head of Radiotherapy Physics}}
    """)),
    ("health", "incident", block("""
        LA2 BREAKDOWN - [[date:Mon 19 Feb]] - timeline (Datix [[case_reference:W-118960]])
        07:55  {{morning QA}} on {{LA2}} passed.
        09:40  {{MLC}} interlock, stopped mid-arc for Mrs [[name:D. Pike]].
        09:45  [[name:Stelios]] ({{field service engineer}}, [[organisation:Halvorsen Medical]])
               called, ETA 13:00.
        10:10  [[name:Amara]] ({{superintendent radiographer}}) starts moving {{Cat 1}} patients
               to {{LA4}}.
        11:30  [[organisation:Swiftline Patient Transport]] told of new times - 6 pts already en route.
        12:15  3 pts arrive for old {{LA2}} slots, nobody told them; wait 2 h in {{main reception}}.
        14:20  {{LA2}} back in clinical use after {{physics}} sign-off ([[name:AK]]).
        16:45  Last patient treated. Mr [[name:Bashir]] missed his slot - transport had already
               taken him home.
        Impact: 1 missed {{Cat 1}} fraction ({{H&N}}), compensated {{BD}} on [[date:Sat 24th]].
        Contributing: no named lead for transport liaison during breakdowns.
    """)),
    ("health", "near_miss", block("""
        [14:31] [[name:Ciara O'Dowd]]: near miss on {{LA1}} just now. pt in bay 2
        ([[case_reference:SR4410239]]) - 5mm {{bolus}} is on the {{setup note}} for fields 1-3 but
        not in the {{Mosaiq}} setup photos. [[name:Hamid]] only noticed bc of the {{skin marks}}
        [14:33] [[name:Hamid Rahimi]]: yep caught it before {{beam on}}. plan v2 approved
        {{Friday}}, photos never updated
        [14:34] [[name:Ciara O'Dowd]]: can u datix? i'll tell [[name:Pippa]] in {{planning}}
        [14:40] [[name:Pippa Lund]]: 😬 that's mine, sorry. adding a {{bolus}} tick box to the
        {{plan approval}} checklist today
        [14:41] [[name:Hamid Rahimi]]: no worries, it's what the {{timeout}} is for 👍
    """)),
    ("health", "incident", block("""
        From: [[name:Bankole, Olu]] <[[email:olu.bankole2@nhs.net]]>
        To: [[email:bookings@swiftlinept.co.uk]]
        Date: [[date:27 February 2024]] 15:02
        Subject: Complaint - patient left waiting 3 hours after treatment

        Dear {{Bookings Team}},

        Mrs [[name:Valerie Tranter]] ([[age:84]], NHS [[nhs_number:711 033 8096]]) finished her
        {{palliative}} treatment today at 11:05 and was booked for {{return transport}} at 11:30.
        Your vehicle, [[vehicle_registration:WU20 HBK]], arrived at 14:10. She sat in our
        {{waiting area}} with a {{catheter}} bag and no food until the {{day unit}} nurse brought
        her sandwiches. The {{crew}} said they had been diverted to
        [[organisation:Lowfield Community Hospital]] but nobody rang us. She is {{frail}}, on
        {{dexamethasone}} and {{diabetic}}.

        Please confirm what happened and how you will alert us to delays in future.
        Our {{incident ref}} is [[case_reference:W-119342]].

        Regards,
        [[name:Olu]]
        Sister [[name:Olu Bankole]] | {{Review Clinic}} | Radiotherapy
        [[organisation:Stanmoor Royal Infirmary]] | [[phone:01632 960417]]
    """)),
    ("health", "success", block("""
        RADIOTHERAPY QUALITY MEETING - MINUTES
        Date: [[date:14 March 2024]]     Chair: [[name:Amara Nwosu]]
        Present: [[name:P. Lund]], Dr [[name:Kowalski]], [[name:Hamid R.]], [[name:Joy Mensah]]
        ({{RT Physics}}), [[name:Faith]] ({{patient rep}})
        Apologies: Dr [[name:Sanjeev Rao]] ({{Clinical Oncologist}}), [[name:Bill Tremayne]]

        3. Learning from excellence
        [[name:JM]] presented the first 3 months of {{SGRT}} for left {{breast}} {{DIBH}}. Mean
        setup time down from 14 to 9 minutes, no permanent {{tattoos}} needed, and 11 patients
        wrote in to say how much they valued that. [[name:Faith]] said patients in the
        {{support group}} talk about it too.
        Action: [[name:AN]] to present at the [[organisation:North Pennine Radiotherapy Network]]
        on [[date:2 May]].
        4. {{AOB}} - none.
    """)),
    ("health", "near_miss", prose("""
        quick datix pls someone - {{LA4}} approx 3.15pm, went to get the {{shell}} off the
        {{mask rack}} for mr [[name:ahmed]] ({{H&N}}, #14) and picked up mr [[name:ahmadi]]'s
        instead, same shelf, both labels handwritten + smudged. only realised when it wouldnt
        fit over his nose. no {{imaging}} no {{dose}}. [[name:soph]] saw it too. pls can we get
        printed labels with {{hospital no}} + photo like {{LA1}} have. also the rack is rammed,
        some {{shells}} from pts who finished in {{Dec}} still there - [[name:dev]]
    """)),
    ("health", "incident", block("""
        Treatment gaps review - {{Q1}} (Datix [[case_reference:W-120077]])
        Hosp no | Patient | Site | Cat | Missed | Reason | Compensated
        [[case_reference:SR1188402]] | [[name:R. Achterberg]] | {{H&N}} | 1 | [[date:05/03]] | {{LA2}} down | Y - {{BD}} [[date:07/03]]
        [[case_reference:SR2204571]] | [[name:M. Ferreira-Lopes]] | {{lung}} | 1 | [[date:12/03]] | transport no-show | N
        [[case_reference:SR3051198]] | [[name:K. O'Hanlon]] | {{rectum}} | 2 | [[date:18/03]] | {{diarrhoea}} | Y - extra # at end
        Summary: the {{lung}} gap was not picked up for six days because the {{Mosaiq}} "missed
        appt" task list was still assigned to a leaver's login ([[name:gwilliams]]). One
        {{Cat 1}} patient had an uncompensated 2-day gap; escalated to Dr [[name:Rao]], who
        advised no re-plan. Task lists now reassigned at every leaver's exit interview.
    """)),
    ("health", "success", block("""
        THANK-YOU CARD (typed up for the {{compliments}} log)

        To everyone on {{LA1}} and in the {{review clinic}},
        Thank you for getting me through 20 sessions. [[name:Sunny]] always had {{Radio 2}} on for
        me, [[name:Blessing]] noticed my skin before I did and sorted the {{cream}}, and Mr
        [[name:Lau]] explained everything twice without once making me feel daft. Even the
        {{transport driver}}, [[name:Bernie]], waited with me on the bad days.
        I rang the {{bell}} on {{Friday}} and cried like a baby. With love,
        [[name:June Halloran]] (and [[name:Ted]]) x

        {{Staff note}}: passed to [[name:Amara]] for the {{staff recognition}} board. Patient
        [[case_reference:SR2766034]] gave consent for the card to go on display.
    """)),
    ("health", "incident", block("""
        HANDOVER - {{review clinic}} / {{LA3}} - [[date:Thurs 11th April]]
        * FALL 13:20 - Mr [[name:Kwabena Asante]] ([[age:79]], [[case_reference:SR1902257]])
          slipped in {{changing cubicle}} 3 pulling his trousers on; floor wet from the
          {{hand basin}} leak (reported twice). Found by [[name:Rosie]] ({{HCA}}). Hit L elbow,
          {{skin tear}}, no head injury. Seen by {{review radiographer}} + {{SpR}} Dr
          [[name:Mehta]]. {{Obs}} normal. {{Steri-Strips}} + dressing. Son [[name:Kofi]]
          ([[phone:07700 900256]]) informed. Datix [[case_reference:W-120544]], Estates job
          [[case_reference:EST-33190]].
        * He's on {{apixaban}} - Dr [[name:Mehta]] happy, but pls check the elbow before his
          fraction tomorrow.
        * Cubicle 3 taped off until Estates come.
        * {{LA3}} running 25 min behind.
        [[name:Charlotte]]
    """)),
    ("health", "near_miss", block("""
        RADIOTHERAPY REQUEST DISCREPANCY
        Name: [[name:Eilidh MacLeod]]
        DOB: [[date_of_birth:02.05.1962]]
        NHS: [[nhs_number:518 168 6788]]
        Hospital no: [[case_reference:SR2713340]]
        GP: [[organisation:Fernbank Medical Practice]]

        Detail: the {{electronic request}} from Dr [[name:Rao]] for {{adjuvant}} {{breast}} RT said
        RIGHT. {{Histology}} and the {{MDT}} outcome both say LEFT. Picked up at booking by
        {{booking clerk}} [[name:Hope]], who noticed the {{clip}} site in the {{MDT}} note.
        Confirmed with the {{consultant}} and amended before {{planning CT}} on [[date:16/04]].
        Probably would not have reached treatment ({{surgical clips}} visible on CT) but would
        have cost a planning slot. Praise for [[name:Hope]] noted by the {{RSM}}.
    """)),
    ("health", "incident", prose("""
        Incident summary - {{cardiac device}} not flagged (Datix [[case_reference:W-120911]]).
        Mr [[name:Tadeusz Wiśniewski]], [[age:71]], started {{radical}} {{lung}} radiotherapy on
        [[date:22 April]]. He has a {{pacemaker}}, fitted at [[organisation:Kingsmere Heart
        Centre]] in 2019, but the referral form said "{{CIED}}: no". The device was visible on
        the {{planning CT}}; the {{dosimetrist}} assumed the {{cardiac physiology}} check had
        already been done. Five fractions were delivered before a {{review radiographer}} saw
        his pacing clinic card. Estimated device dose was under {{2 Gy}} (low risk) and the
        {{cardiac physiologist}}, [[name:Nadia]], checked the device on [[date:29/04]] with no
        malfunction found. Mr [[name:Wiśniewski]] was told under {{Duty of Candour}} by Dr
        [[name:Rao]]. Root cause: no hard stop in the planning workflow when a device is seen
        on CT. Actions: a "device seen?" field in the {{contouring}} checklist; the {{CIED}}
        question moved to the {{consent}} form; teaching for new {{dosimetrists}}.
    """)),
    ("health", "success", block("""
        [[date:18/05/2024]], 19:42 - [[name:Amara Nwosu]]: huge thanks to the {{on-call}} crew today 🙌
        {{MSCC}} pt from [[organisation:Castlegate Hospital]] referred 11:10, {{planning CT}}
        12:30, treated 14:55 on {{LA4}}
        [[date:18/05/2024]], 19:44 - [[name:Amara Nwosu]]: [[name:Tomás]] contoured with Dr
        [[name:Lau]] over {{remote access}} and [[name:Will]] did the {{physics check}} from his
        kitchen 😅
        [[date:18/05/2024]], 19:45 - [[name:Will Ashdown]]: team effort! {{single fraction}}
        {{8 Gy}} helps lol
        [[date:18/05/2024]], 19:47 - [[name:Joy Mensah]]: and {{transport}} got him back to the
        {{ward}} before tea for once 🙏
        [[date:18/05/2024]], 19:50 - [[name:Amara Nwosu]]: writing it up for
        {{learning from excellence}} x
    """)),
    ("health", "near_miss", block("""
        From: [[name:Tomás Reyes]] <[[email:tomas.reyes@nhs.net]]>
        To: CT Planning Team
        Cc: [[name:Lau, Priya]] (Dr)
        Date: [[date:Wed 22 May 2024]] 10:18
        Subject: near miss - {{iodinated contrast}} allergy

        Hi all,

        Yesterday a patient ([[case_reference:SR3608841]]) came for {{planning CT}} with
        {{IV contrast}} for {{oesophagus}}. The allergy banner on the {{EPR}} said "{{NKDA}}", but
        a letter from his {{GP}} at [[organisation:Riverside Surgery]], scanned on [[date:3 May]],
        records an {{anaphylactoid}} reaction to contrast. Mr [[name:Brennan]] only mentioned it
        because [[name:Deepa]] asked while she was cannulating. After talking to the
        {{consultant radiologist}} we scanned without contrast.

        Please ask about previous reactions out loud every time, even if the banner is clear.
        I've asked {{clinical coding}} to fix the banner.

        Thanks,
        [[name:Tomás]]
        {{Advanced Practitioner}}, CT
    """)),
    ("health", "incident", prose("""
        incident - wrong fractionation on {{prescription}} for mrs [[name:okafor-ryan]]
        ([[case_reference:SR4017723]]). {{Rx}} in {{Aria}} said 36Gy in 6# weekly but {{MDT}} and
        consent said 30Gy in 5#. planned + checked to the wrong {{Rx}}. 1st # given
        [[date:28/5]], same dose per # so no harm yet but she wd have had an extra #. picked up
        at {{on-treatment review}} by {{CNS}} [[name:ruthie]]. Dr [[name:rao]] amended.
        datix [[case_reference:W-121488]]. not sure if its {{IRMER}} reportable,
        [[name:AK]] checking w {{RPA}}. pt aware + ok. think the {{protocol}} drop down defaults
        to the old regimen?? someone pls check
    """)),
    ("health", "success", prose("""
        Learning report: reasonable adjustments that worked. [[name:Callum]], a
        [[age:34-year-old]] man with a {{learning disability}} and {{autism}}, needed 30 fractions
        of {{head and neck}} radiotherapy with a {{thermoplastic mask}}. An earlier attempt at
        [[organisation:Wrenbury General Hospital]] had been abandoned. Our {{learning disability
        liaison nurse}}, [[name:Bronwen Price]], and {{therapeutic radiographer}}
        [[name:Aurélie Dubois]] arranged three desensitisation visits from [[date:3 June]], made
        a photo story book and agreed an {{open-face mask}}. His support worker from
        [[organisation:Brightways Support]] came every day and [[name:Callum]] chose the music.
        The same two radiographers treated him throughout. A {{best interests}} meeting under the
        {{Mental Capacity Act}} was not needed because he consented with the easy-read leaflet.
        He completed every fraction without sedation and rang the bell on [[date:26 July]].
        What made the difference: the {{hospital passport}}, continuity of staff and time.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{MOR}} summary - bird strike on departure, {{RWY 27}}. On [[date:6 April 2024]] at
        07:12 local, [[organisation:Skylark Air]] flight [[flight_number:LK2291]], an {{A320}}
        registered [[aircraft_registration:G-LKRA]], struck a flock of about 15
        {{herring gulls}} at rotation. The crew declared a {{PAN}} and returned at 07:48. Engine 1
        had {{fan blade}} damage and the aircraft was taken out of service. {{Bird 1}}
        ([[name:Fraser Duthie]]) had cleared gulls loafing on the grass south of taxiway
        {{Charlie}} at 06:55 using {{distress calls}}, but the birds re-settled within fifteen
        minutes and {{ATC}} was not told they were back. Remains were collected by
        [[name:Ola]] and sent to [[organisation:Featherline Laboratories]] for {{species ID}}.
        Wildlife log ref [[case_reference:WL-24-0311]]. Findings: an 18-minute gap between last
        dispersal and departure; no standing instruction to re-check the {{runway strip}} before
        the first wave. Actions: {{Bird 1}} to patrol continuously 06:30-08:00 and to call
        {{Tower}} whenever a flock re-gathers.
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT - {{TWR}} - [[date:14/04/24]] - {{runway incursion}} review [[case_reference:OPS-RI-0042]]
        21:36:05 {{OPS 2}}: Tower, Ops Two, {{holding point}} Bravo One, request enter two seven
                 for inspection.
        21:36:12 {{TWR}}: Ops Two, hold position, traffic on final.
        21:36:15 {{OPS 2}}: Holding, Ops Two.
        21:36:40 {{TWR}}: [[flight_number:Bracken 418]], runway two seven, cleared to land, wind two
                 five zero, one two knots.
        21:36:46 [[flight_number:Bracken 418]]: Cleared to land two seven, [[flight_number:Bracken 418]].
        21:36:58 (no transmission)
        21:37:20 {{TWR}}: Ops Two, confirm holding.
        21:37:23 {{OPS 2}}: Ops Two, holding, apologies.
        Note: driver [[name:Jin-woo Park]] heard "two seven" and began to roll in vehicle
        [[vehicle_registration:MX71 HRT]]. Co-driver [[name:Gus]] shouted and he stopped about
        4 m before the {{stop bar}}. Not in conflict with the {{ATR 72}}.
    """)),
    ("aviation", "success", block("""
        🐦 SHOUT-OUT - {{Bird Control Unit}}, [[date:31 May]]
        Massive thanks to [[name:Siobhán Nic Giolla]] ("[[name:Shiv]]") and the {{falconry}} team from
        [[organisation:Hawkridge Falconry]]. During the evening {{starling}} {{roost}} this month
        [[name:Shiv]] noticed the {{murmuration}} was settling in the reeds under the {{ILS}}
        approach, not the usual spot. She called {{ATC}}, agreed a 4-minute {{hold}} on departures
        twice, and moved the {{Harris hawk}} flights to 19:30-20:30. Result: zero starling
        strikes in {{May}} against three the same month last year. {{CAP 772}} asks us to
        "understand the birds, not just chase them" - this is exactly that.
        - [[name:Rhiannon]] ({{Airside Operations Manager}})
    """)),
    ("aviation", "incident", block("""
        FOD EVENT - {{RWY 09}} - [[date:Sun 28 April]]
        05:40  First {{runway inspection}} ({{Ops 1}}, [[name:Dev Chauhan]]) - nil FOD.
        06:22  [[flight_number:LK2207]] departs ({{A320}} [[aircraft_registration:G-LKRC]]).
        06:31  [[aircraft_registration:EI-FMV]] ({{ATR 72}}) lands; crew report debris near the
               {{TDZ}}.
        06:33  {{ATC}} suspends the runway. {{Ops 1}} + {{Bird 1}} ([[name:Hope Adair]]) enter.
        06:41  Metal strip ~30 cm found 400 m in from the {{threshold}}.
        06:58  Runway reopened after second sweep.
        09:15  [[organisation:Skylark Air]] engineering confirm [[aircraft_registration:G-LKRC]]
               has a {{thrust reverser}} panel strip missing.
        11:00  Cut found on No. 2 main tyre of [[aircraft_registration:EI-FMV]]; tyre changed.
        Ref [[case_reference:FOD-24-117]]. [[flight_number:LK2207]] continued to destination.
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/05/2024]], 10:14 - [[name:Gaz Mullen]]: lads the mower tractor from
        [[organisation:Greenfell Groundcare]] just crossed {{taxiway}} {{Alpha}} without calling
        {{Ground}} 😡 {{A321}} was taxiing out
        [[date:02/05/2024]], 10:15 - [[name:Bjørn Eriksen]]: reg?
        [[date:02/05/2024]], 10:15 - [[name:Gaz Mullen]]: [[vehicle_registration:PN18 EVA]], new
        lad driving, no {{airside radio}} in the cab
        [[date:02/05/2024]], 10:17 - [[name:Bjørn Eriksen]]: he's meant to be escorted in
        {{cutting zone 4}}. who was escort?
        [[date:02/05/2024]], 10:18 - [[name:Rob]]: me, i went back for the {{FOD}} bag 🙈 sorry.
        aircraft was about 300m off, it stopped
        [[date:02/05/2024]], 10:20 - [[name:Bjørn Eriksen]]: ok. everyone off the grass till
        i've spoken to {{ATC}}. [[name:Rob]] write it up pls, {{SMS}} form not a telling off
    """)),
    ("aviation", "incident", block("""
        WILDLIFE LOG AUDIT - {{May}} ({{CAP 772}} continuous-patrol check)
        Date | Shift | Controller | Gap in log | Strikes in gap
        [[date:03/05]] | {{Early}} | [[name:F. Duthie]] | 01:40 | 0
        [[date:11/05]] | {{Late}} | [[name:H. Adair]] | 02:15 | 1 ([[flight_number:LK2240]], {{swallow}})
        [[date:19/05]] | {{Night}} | [[name:pawel.n]] | 03:05 | 0
        [[date:25/05]] | Early | [[name:S. Nic Giolla]] | 01:10 | 0
        Finding: four shifts with patrol gaps over an hour. On [[date:11/05]] {{Bird 1}} was
        covering the {{FOD}} sweep on {{Apron}} 2 and nobody was on {{wildlife duty}} when
        [[flight_number:LK2240]] took the strike. Audit ref [[case_reference:WL-24-0388]].
        Action: {{Bird 1}} never used as backfill for {{apron}} tasks; logging app to alarm
        after 30 minutes of no entry.
    """)),
    ("aviation", "success", block("""
        AIRPORT WILDLIFE HAZARD MANAGEMENT COMMITTEE - MINUTES
        Date: [[date:20 June 2024]]
        Present: [[name:Rhiannon Pryce]] ({{Airside Ops Manager}}, Chair), [[name:Fraser Duthie]]
        ({{BCU}}), [[name:Mark Adeyinka]] ({{ATC}} {{Watch Manager}}), Dr [[name:Ilse Vermeulen]]
        ({{ecologist}}), rep from [[organisation:Greenfell Groundcare]]
        Apologies: [[name:Will Tenby]] ({{RFFS}}), [[name:Sunny Dhaliwal]] ({{Safety Manager}})

        1. Strike rate: down from 5.1 to 3.2 per 10,000 movements year on year.
        2. What worked: the {{long grass policy}}; [[organisation:Haddon Waste Services]] netting
           the {{tipping face}} at the landfill; [[name:IV]]'s habitat survey removing two
           {{wet areas}} near the {{localiser}}.
        3. Action: [[name:FD]] and [[name:MA]] to draft a joint {{bird warning}} phrase card for
           {{ATCOs}} by [[date:1 August]].
    """)),
    ("aviation", "near_miss", prose("""
        {{bird 2}} 0615ish. fired a {{banger}} from the {{pistol}} at {{rooks}} by the
        {{glideslope}} hut, didnt go off, then went off as i lowered it ({{hang fire}}). nobody
        hurt but it was pointing at the {{van}} ([[vehicle_registration:MX19 OWL]]) at the time.
        {{cartridges}} were from the new box, [[name:birdy]] says same thing happened to him on
        [[date:tues 9th]]. box quarantined in the {{armoury}} + told [[name:rhiannon]]. PLS noone
        use box 3 till its checked. {{gloves}} + {{ear defenders}} were on thank god. also can we get
        a proper {{misfire}} procedure laminated in the vans - [[name:P.N.]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rhiannon Pryce]] <[[email:rhiannon.pryce@merrowdown-airport.co.uk]]>
        To: [[email:security.control@merrowdown-airport.co.uk]]; [[name:Kowalczyk, Agnieszka]]
        Date: [[date:8 July 2024]] 07:40
        Subject: Roe deer on the runway this morning - perimeter fence

        Morning both,

        At 04:52 {{ATC}} reported two {{roe deer}} crossing {{RWY 27}} in front of
        [[flight_number:LK2201]] on its take-off roll. The crew rejected at low speed, no
        contact, aircraft returned to stand. {{Bird 1}} ([[name:Ola Adebayo]]) chased them off
        the {{strip}} by 05:10. They came in through the gap by the [[address:Gorsey Lane]]
        crossing where [[organisation:Perimeter Fencing Solutions]] left a panel unclipped on
        {{Friday}}. Ref [[case_reference:SEC-24-0562]].

        [[name:Agnieszka]] - please can the contractor's {{permit to work}} include a
        sign-off by {{Airside Ops}} from now on?

        Thanks,
        [[name:Rhiannon]]
        {{Airside Operations Manager}} | [[organisation:Merrowdown Airport]]
        [[phone:01632 960733]] | mob [[phone:07700 900522]]
    """)),
    ("aviation", "success", prose("""
        To the {{Tower}} team, especially [[name:Marguerite]] and [[name:Kenji Watanabe]] on the
        {{late watch}} on [[date:Fri 19th July]] - thank you. When we called the skein of about 40
        {{Canada geese}} lifting off the {{reservoir}}, you held [[flight_number:BK422]] on the
        {{holding point}} for three minutes and gave us the {{runway}} without us having to ask
        twice. [[name:Kenji]] even passed the {{bird warning}} on the {{ATIS}} before we'd finished
        the call. The geese crossed the {{extended centreline}} exactly where we said they would.
        Nobody else would have noticed, which is the point. Cake is in the {{crew room}}.
        [[name:Fraser]], [[name:Joy]] and [[name:Ike]] ({{BCU}})
    """)),
    ("aviation", "near_miss", block("""
        OPS HANDOVER - nights to earlies - [[date:Sat 3/8]]
        - Runway inspection 03:10 by {{Ops 1}} ([[name:Ikechukwu]] / [[name:Ike]]). His handheld
          radio clip snapped during the inspection and the radio fell near {{edge light}} 27-14.
          Not noticed until the {{sweeper}} found it at 04:20. No movements in between; first
          departure [[flight_number:LK2203]] at 05:55. Logged as {{FOD}} near miss
          [[case_reference:FOD-24-161]]. Spare clips are in the {{Ops}} store.
        - {{PAPI}} unit 3 flickering. {{AGL}} engineers called, job [[case_reference:AGL-7781]].
        - {{lapwings}} on the south field since 04:30, {{Bird 1}} dispersing.
        - Keys for the {{fuel farm}} gate are with [[name:Bill]].
        [[name:Ritu Sandhu]]
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT - AIRSIDE
        Name: [[name:Paweł Nowak]]
        DOB: [[date_of_birth:17 Aug 1988]]
        Home address: [[address:12 Curlew Drive, Whitlow Bridge]] [[postcode:WB4 6TH]]
        NI no: [[ni_number:JT 48 21 93 B]]
        Ref: [[case_reference:HS-24-0219]]
        Date/time: [[date:12/08/2024]] 14:35
        Location: grass between {{taxiway}} {{Delta}} and {{RWY 27}}
        Description: while picking up a {{gull}} carcass for {{species ID}}, stepped in a
        {{rabbit}} hole hidden by long grass and twisted his left ankle. [[name:Dev]] drove him
        to the {{first aid}} room; {{RFFS}} {{paramedic}} assessed and sent him to
        [[organisation:Whitlow Bridge Minor Injuries Unit]]. X-ray: no fracture. 4 days off.
        Witness: [[name:Dev Chauhan]]
        Manager: [[name:R. Pryce]]
    """)),
    ("aviation", "success", block("""
        #airside-wildlife
        [[name:fraser.d]]  09:02  {{Q2}} {{strike stats}} are in 🎉 zero {{gull}} strikes on the
        {{approach}} for the first time since 2019
        [[name:rhiannon.p]]  09:05  amazing. what changed?
        [[name:fraser.d]]  09:07  mostly the {{long grass}} trial with
        [[organisation:Greenfell Groundcare]] - 150-200mm so {{gulls}} can't see {{predators}} and don't
        loaf. plus [[name:Ilse]]'s {{habitat}} survey
        [[name:ike_okafor]]  09:08  and the {{laser}} at dusk 👀
        [[name:fraser.d]]  09:10  ha yes @[[name:ike_okafor]] the {{laser}} too
        [[name:rhiannon.p]]  09:12  let's take it to the {{WHMC}} on [[date:19 Sept]]. great work
    """)),
    ("aviation", "near_miss", block("""
        RT EXTRACT - {{TWR}} - [[date:22/08/24]] - occurrence [[case_reference:ATC-OR-24-0077]]
        06:41:10 {{BIRD 1}}: Tower, Bird One, large flock of starlings lifting from the south
                 field, heading north across two seven, low level.
        06:41:18 {{TWR}}: Bird One, copied.
        06:41:50 {{TWR}}: [[flight_number:Skylark 2205]], runway two seven, cleared for take-off,
                 wind calm.
        06:41:56 [[flight_number:Skylark 2205]]: Cleared for take-off two seven,
                 [[flight_number:Skylark two two zero five]].
        06:42:40 {{BIRD 1}}: Tower, Bird One, flock now over the runway at {{Bravo}}.
        06:42:44 {{TWR}}: [[flight_number:Skylark 2205]], caution, flock of birds ahead at Bravo.
        06:42:50 [[flight_number:Skylark 2205]]: Have them, continuing.
        Review: the {{bird warning}} was not included in the take-off clearance as
        {{MATS Part 2}} requires. {{ATCO}} [[name:TC]] had copied the first call. No strike
        found on the {{post-flight inspection}}.
    """)),
    ("aviation", "incident", prose("""
        On [[date:Tuesday 27 August]] during the 13:00 {{runway inspection}}, {{Ops 2}}
        ([[name:Gus Almeida]]) reported a {{hare}} carcass on the centreline about 600 m from the
        {{RWY 09}} threshold. {{ATC}} asked him to vacate for an inbound, [[flight_number:BK431]],
        and he intended to return, but handed the job over verbally to [[name:Lena]] on
        {{Bird 1}}, who was busy with a {{buzzard}} near the {{fuel farm}}. Three aircraft landed
        and one departed before the carcass was removed at 13:52, by which time it had been run
        over by [[aircraft_registration:G-OBRK]] (no damage found). The remains had also drawn two
        {{red kites}} onto the runway. Ref [[case_reference:WL-24-0502]]. Findings: no way of
        recording an "outstanding item" on the runway, and {{Tower}} were not told the carcass
        was still there. Actions: outstanding items go on the {{runway status board}} and are
        read back to {{ATC}}; [[name:Gus]] and [[name:Lena]] both support the change.
    """)),
    ("aviation", "success", prose("""
        Learning from success: autumn ploughing. Every {{October}} the fields under the
        {{RWY 27}} approach are ploughed and attract hundreds of {{black-headed gulls}}. This
        year [[name:Fraser Duthie]] visited the farmer, Mr [[name:Haworth]] of
        [[organisation:Lowmoor Farm]], in {{early September}}, and agreed that the farm
        would text {{BCU}} the day before ploughing ([[phone:07700 900684]] is the duty phone)
        and plough the two nearest fields after the last evening departure. [[name:Jack Haworth]]
        (the son) ran the tractor and kept to it. {{Bird 1}} stood by with {{distress calls}} at
        first light and {{ATC}} added a {{bird warning}} to the {{ATIS}}. Result: no gull strikes
        linked to ploughing, against four the previous autumn, including the {{A320}} engine
        change. The arrangement will go into the {{Wildlife Hazard Management Plan}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind237", REPORTS))
