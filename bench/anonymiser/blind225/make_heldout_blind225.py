"""Held-out blind corpus 225: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. All people, organisations, places and numbers are
invented.

Three settings:
- social_care (17): a child protection conference and core group service (conference chairs,
  minute takers, core groups, parents' advocates, police and health partners);
- health (17): a hospital at night team (clinical site managers, night practitioners, FY1s,
  bleep holders, deteriorating patients, bed moves);
- aviation (16): a regional airline's cabin crew base (pursers, safety demos, disruptive
  passengers, medical events, galley fires, crew rooms).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe and aligned-column tables, RT and interphone transcripts,
shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind225.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        {{rcpc}} 10am today - interpreter never showed (booked thru
        [[organisation:LinguaBridge Ltd]] ref [[case_reference:LB-88213]]). {{mum}} only really
        speaks {{Tigrinya}}. {{chair}} ([[name:deb]]) started trying to run it w/ google translate
        on her phone which is NOT ok, the {{IRO}} was sat in n said stop. adjourned to
        [[date:thurs 14th]]. {{dad}} [[name:Yonas]] walked out v upset, said ppl were talkin about
        his kids infront of him in a language he cant follow. kids are [[name:Selam]]
        ([[age:6yo]]) and [[name:Dawit]] ([[age:aged 9]]). {{health visitor}} + {{school nurse}}
        attended, {{police}} sent apols. {{CP plan}} stays in place til reconvened. need a check
        that bookings r confirmed 48hrs b4 any {{RCPC}}, esp {{Tigrinya}} / {{Amharic}} as the
        agency is clearly short staffed. - [[name:km]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hope Achterberg]] <[[email:h.achterberg@ashcombe.gov.uk]]>
        To: [[name:Rajinder Sandhu]] <[[email:rajinder.sandhu@ashcombe.gov.uk]]>
        Sent: [[date:06 March 2024]] 16:42
        Subject: near miss - {{ICPC}} minutes distribution list

        Hi [[name:Raj]],

        Logging this as a near miss as we discussed. When finalising the {{ICPC}} minutes for the
        [[name:Whitcombe]] children ([[case_reference:CP/24/0317]]) the distribution list
        auto-filled the address of another family with the same surname:
        [[address:14 Larch Close, Fenby]] [[postcode:AF4 2RN]]. The right address is
        [[address:Flat 3, 22 Mill Row, Ashcombe]] [[postcode:AF1 6DW]].

        I only spotted it because the letter said Mrs [[name:J Whitcombe]] when {{mum}} is
        [[name:Leanne]]. If it had gone out, the other family would have had the full
        {{child protection plan}}, including the {{domestic abuse}} history. I've corrected
        {{Mosaic}} and told {{business support}}.

        Suggest we turn off auto-fill for {{conference}} letters, or add a second check.

        Thanks
        [[name:Hope]]
        {{Minute Taker}} | [[organisation:Ashcombe Conference and Review Service]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        {{Teams}} chat - {{CP Conference Team}}
        [[name:grace.ofori]]  09:12
        massive shout out to [[name:Faith]] ({{parents' advocate}}) for yesterday's {{RCPC}} for
        the [[name:Nowak]] family. {{mum}} had refused to come in since the {{ICPC}} but
        [[name:Faith]] met her at the bus stop, sat with her the whole way through and helped
        her put her own number on the {{Signs of Safety}} scale
        [[name:Bartek W]]  09:15
        +1 - first time {{dad}} has agreed to a {{safety plan}} as well. the {{IRO}} said it was
        the best conference she's chaired this year
        [[name:grace.ofori]]  09:16
        and [[name:Pat]] on minutes turned them round same day 👏
        [[name:Pat Delaney-Shaw]]  09:20
        aw thank you! ratified and out to everyone by 5. {{core group}} booked for [[date:2 April]]
    """)),
    ("social_care", "incident", block("""
        Incident chronology - {{ICPC}}, [[organisation:Ashcombe Civic Centre]], [[date:Tues 19 March]]
        09:55  Family arriving for {{ICPC}} re the [[name:Broome]] children, [[name:Tyler]]
               ([[age:14]]) and [[name:Kacey]] ([[age:11]]). Ref [[case_reference:CP/24/0402]].
        10:02  Mr [[name:Broome]] arrives at reception. He is on {{bail conditions}} not to contact
               {{mum}}; reception not aware.
        10:05  He walks into {{Conference Room 2}}. {{mum}} visibly frightened. {{Chair}}
               [[name:Anjali Mehta-Rowe]] asks him to wait outside.
        10:07  Mr [[name:Broome]] shouts and kicks a chair over. DC [[name:Ferris]]
               ({{police}} rep) steps in.
        10:09  [[name:Shona]] on reception activates the {{panic alarm}}.
        10:21  Officers from [[organisation:Ashcombe and Wyre Police]] attend, log
               [[case_reference:AWP-0319-0114]]. Mr [[name:Broome]] escorted off site.
        10:40  Conference reconvened: {{mum}}, {{school DSL}}, {{health visitor}}, DC [[name:Ferris]].
               Both children made subject to {{CP plans}} ({{emotional harm}}).
        Learning: the invite list was not checked against {{bail conditions}}; reception has no
        "do not admit" list for conference days.
    """)),
    ("social_care", "near_miss", block("""
        CONFERENCE BOOKING FORM - {{QA}} CHECK
        Child name: [[name:Oluwaseun Adebayo-Ross]]
        {{DOB}}: [[date_of_birth:17/09/2016]]
        NHS no: [[nhs_number:401 237 8562]]
        Ref: [[case_reference:CP/24/0455]]
        Address: [[address:7 Heron Walk, Brindle Moss]], [[postcode:AF9 3LP]]
        School: [[organisation:St Wilfrid's RC Primary]]
        {{GP}}: [[organisation:Moss Lane Surgery]]
        Conference type: {{ICPC}}    Date requested: [[date:28/03/24]]
        QA notes: {{MASH}} referral had DOB as [[date_of_birth:17/09/2006]] (typo). The system
        auto-matched to another young person, [[name:Seun Adebayo]] ([[age:17]]), and pre-filled
        his address and {{social worker}}. Picked up by {{business support}} because the
        {{health visitor}} involvement didn't fit a [[age:17-year-old]]. Corrected before any
        invites went out. Recommend DOB and {{NHS number}} are both checked at booking, not just
        the name.
        Checked by: [[name:JT]]
    """)),
    ("social_care", "incident", block("""
        CORE GROUP MEETING - MINUTES (extract)
        Family: [[name:Kowalczyk]]    Ref: [[case_reference:CP/23/1187]]
        Date: [[date:11 April 2024]]    Venue: [[organisation:Fenby Family Hub]]
        Present: [[name:Mirela Popescu]] ({{social worker}}, chair), [[name:Dawn]]
        ({{family support worker}}), [[name:Rhys Pugh]] ({{DSL}}, [[organisation:Fenby Academy]]),
        {{mum}}, {{dad}}
        Apologies: [[name:Sunny Bhatt]] ({{health visitor}}), PC [[name:Obi]] ({{police}})

        Incident note added by chair after the meeting:
        At item 3 I read out the update e-mailed by PC [[name:Obi]] without checking it first. It
        included third-party information about {{mum}}'s new partner, [[name:Lee Garside]],
        including previous convictions. {{dad}} was in the room, became angry and left. I told my
        {{team manager}} the same afternoon and the {{Data Protection Officer}} has been notified
        of a possible breach. Learning: read partner updates before the meeting and check anything
        third-party with the author before sharing it at {{core group}}.
        [[name:M. Popescu]]
    """)),
    ("social_care", "success", block("""
        To [[name:Bill]] and everyone in the minute-taking pool,

        Just a quick note to say thank you. After the {{RCPC}} for [[name:Amber]] and [[name:Rose]]
        last week, their {{nan}}, Mrs [[name:Thorne]], rang me to say it was the first time she had
        understood what a {{child protection plan}} actually meant, because the minutes had the
        {{danger statements}} and {{safety goals}} up front in plain English. The {{IRO}} has asked
        if we can use [[name:Bill]]'s layout for all reviews from {{May}}, and I'm taking it to the
        {{Safeguarding Partnership}} practice group. It's exactly what {{Working Together}} asks
        of us.

        Thanks again,
        [[name:Ngozi]]
        {{Conference Chair}}
    """)),
    ("social_care", "near_miss", block("""
        [[date:23/04/2024]], 18:47 - [[name:Will Haddad]]: anyone got the link for tmrw's {{conf}} for the [[name:Mensah]] kids?
        [[date:23/04/2024]], 18:49 - [[name:Joy]]: sending now
        [[date:23/04/2024]], 18:50 - [[name:Joy]]: WAIT. the invite went to the whole family contact list inc [[name:Kwame]]. he's excluded from the conf!!
        [[date:23/04/2024]], 18:52 - [[name:Will Haddad]]: omg who set it up
        [[date:23/04/2024]], 18:55 - [[name:Joy]]: auto from the booking, it copied the parents' contacts from the {{ICPC}}. messaging [[name:Siobhán]] in {{business support}} to pull it and reissue to {{mum}} + {{advocate}} only
        [[date:23/04/2024]], 18:58 - [[phone:+44 7700 900214]]: is that the [[name:Mensah]] one? I'm covering for {{health}} tmrw pls add me
        [[date:23/04/2024]], 19:30 - [[name:Siobhán Ní Bhriain]]: done. new {{Teams}} link sent, old one expired before he opened it. will {{datix}} it in the morning
        [[date:23/04/2024]], 19:31 - [[name:Will Haddad]]: legend ty
    """)),
    ("social_care", "incident", block("""
        Summary of incident: conference report not shared with parents within timescale.

        On [[date:2 May 2024]] a review conference was held for [[name:Ayaan]] ([[age:4]]) and
        [[name:Zara Qureshi]] ([[age:18 months]]). The {{social worker}}'s report was uploaded at
        08:40 that morning and the parents were handed it at the door. Local procedures, based on
        {{Working Together to Safeguard Children}}, require reports to be shared at least three
        {{working days}} before. Mr [[name:Imran Qureshi]] asked for an adjournment and his
        solicitor from [[organisation:Haddow & Pike LLP]] later made a formal complaint.

        The {{Chair}}, [[name:Gareth Lloyd-Evans]], proceeded because the {{paediatrician}} had new
        concerns about bruising to [[name:Zara]]'s arm and delay was judged unsafe. Both parents
        said they felt ambushed. The {{social worker}} had been covering two caseloads during
        sickness absence.

        Actions: the {{Conference and Review}} manager will send a reminder at day five; chairs to
        record the reason for proceeding when reports are late; complaint response due by
        [[date:24 May]].
    """)),
    ("social_care", "near_miss", block("""
        Room bookings w/c [[date:13 May]] - double booking caught on the {{Friday}}

        | Day | Time | Room | Family | Ref | Chair |
        |-----|------|------|--------|-----|-------|
        | {{Mon}} | 10:00 | {{Willow}} | [[name:Ahmadi]] | [[case_reference:CP/24/0511]] | [[name:C. Lindqvist]] |
        | {{Mon}} | 10:00 | {{Willow}} | [[name:Ferreira]] | [[case_reference:CP/24/0514]] | [[name:Mark]] |
        | {{Tue}} | 13:30 | {{Birch}} | [[name:O'Donnell]] | [[case_reference:CP/24/0498]] | [[name:C. Lindqvist]] |

        Note: both {{Monday}} {{ICPCs}} were booked into {{Willow}} at 10:00. [[name:Dot]] on
        reception noticed when printing the signing-in sheets. The [[name:Ahmadi]] and
        [[name:Ferreira]] families both have {{domestic abuse}} histories and the fathers would
        have been in the same waiting area. The [[name:Ferreira]] conference was moved to {{Oak}},
        which has a separate entrance. Cause: the booking spreadsheet lets two rows hold the same
        room and slot without any warning.
    """)),
    ("social_care", "success", block("""
        Good practice: a young person's voice at conference

        [[name:Jayden]] ([[age:15]]) had refused to attend his last two conferences. Before the
        {{RCPC}} on [[date:9 May]], his advocate from [[organisation:Brightpath Advocacy]],
        [[name:Tanisha]], met him twice at [[organisation:Kingsmead High School]] and helped him
        write a letter to the conference and fill in a {{Three Houses}} sheet. The {{chair}},
        [[name:Eilidh MacRae]], opened by reading his letter aloud before any professional spoke,
        and used his own words in the {{danger statement}}.

        [[name:Jayden]] joined for the last twenty minutes by {{Teams}} from the school's
        {{pastoral office}} with his {{Head of Year}}, Miss [[name:Grace]]. He said afterwards it
        was the first meeting where people were "talking with me, not about me". The plan now
        includes his own {{safety goal}} about contact with his older brother, and the
        {{Signs of Safety}} mapping was kept to one page so he could follow it. Shared at the
        {{CP}} practice forum as an example.
    """)),
    ("social_care", "incident", block("""
        Handover - [[name:Priya]] to [[name:Tomasz]] (cover {{chair}}), [[date:Fri 24/5]]

        - [[name:Hayes]] family ([[case_reference:CP/24/0360]]). {{ICPC}} was on [[date:20/5]]. I
          went off sick before ratifying, so the plan is still in draft and has NOT gone to the
          {{GP}}, school or {{health visitor}}.
        - INCIDENT: [[name:Hayes]] baby ([[age:7 weeks]]) taken to {{A&E}} on [[date:22/5]] with a
          head injury; the {{ED}} team had no idea she was on a plan because nothing was on
          {{CP-IS}}.
        - {{mum}} now staying at [[address:Flat 12, Colliery Court, Fenby]] with maternal gran,
          {{Mosaic}} not updated.
        - [[name:Ruairí]] ({{social worker}}) on [[phone:07700 900381]] - he knows it all.

        Please ratify today and make sure the {{CP-IS}} flag goes on. I've reported it on the
        incident system.
        [[name:Priya]] x
    """)),
    ("social_care", "near_miss", block("""
        #conference-admin
        @[[name:rose.tanaka]]  11:02
        heads up, near miss on the invites for tomorrow's {{ICPC}} ([[case_reference:CP/24/0529]]).
        typed "[[name:Sam O]]" for the {{CAIT}} officer and {{outlook}} autofilled
        [[email:sam.oyelaran77@gmail.com]] - that's the stepdad, [[name:Sam Oyelaran]], not
        DS [[name:Sam Okafor]]
        @[[name:rose.tanaka]]  11:03
        caught it before send. correct one is [[email:samuel.okafor@ashwyre.police.uk]]
        @[[name:Ike]]  11:05
        yikes. can we get personal addresses cleared out of the autocomplete?
        @[[name:rose.tanaka]]  11:06
        logged it w/ {{IT}}. stepdad is the {{alleged perpetrator}} too so it would genuinely
        have been bad
        @[[name:Bill.Marr]]  11:10
        good catch 👍 adding to {{team brief}}
    """)),
    ("social_care", "incident", prose("""
        rlly need to flag this. {{core grp}} minutes for the [[name:Nguyen]] kids went out
        [[date:fri 7/6]] w/ {{mum}}'s new addy in full - [[address:31b Tannery St, Ashcombe]]
        [[postcode:AF2 8HY]] - to everyone on the list INCLUDING {{dad}} ([[name:Minh]]) who she
        fled from. shes at that address bc the {{refuge}} was full. {{IDVA}} ([[name:Chloe]]) rang
        me in bits at 8pm. {{police}} notified, {{MARAC}} referral updated, {{housing}} looking at
        an emergency move tonight. the template has an address box that pulls from {{Mosaic}} and
        noone redacts it for non-resident parents. minutes were meant to be checked by the
        {{chair}} too. we were all rushed, 4 core grps that day. im so sorry [[name:Lan]].
        - [[name:abi]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Safiya Rahman]]
        To: {{Core Group}} - baby [[name:Ellis]]
        Date: [[date:Mon 17 June 2024]]
        Subject: thank you - {{pre-birth}} plan

        Hi all,

        Baby [[name:Ellis]] was born on [[date:14 June]] at [[organisation:Ashcombe General Hospital]],
        three weeks early. Because the {{core group}} had already agreed the
        {{discharge planning meeting}}, [[name:Joy Mwangi]] ({{safeguarding midwife}}) could call it
        within 24 hours and nobody was scrambling. {{Dad}}, [[name:Ryan]], did his
        {{drug test}} the same day as agreed, and nan [[name:Pauline]] moved in as the
        {{family network}} plan said. The {{health visitor}}, [[name:Frances]], visited on day 3.

        This is what a {{pre-birth}} plan is supposed to look like. Thank you all.

        [[name:Safiya]]
        {{Social Worker}}, [[organisation:Ashcombe Children's Services]]
        [[phone:01632 960502]] | [[email:safiya.rahman@ashcombe.gov.uk]]
    """)),
    ("social_care", "near_miss", block("""
        CP REVIEW TRACKER - overdue check run [[date:3 June]]

        Ref                             Child                      Plan start          {{RCPC}} due         Status
        [[case_reference:CP/23/1102]]   [[name:Frankie Lowe]]      [[date:06/12/23]]   [[date:06/06/24]]    not booked
        [[case_reference:CP/23/1140]]   [[name:Ivy-Mae Carter]]    [[date:11/12/23]]   [[date:11/06/24]]    booked
        [[case_reference:CP/24/0019]]   [[name:Kayden Ashworth]]   [[date:08/01/24]]   [[date:08/04/24]]    OVERDUE?

        Near miss: [[name:Frankie Lowe]]'s six-month review had never been booked - the
        {{social worker}} left in {{April}} and the case sat in the unallocated queue.
        [[name:Kayden Ashworth]] was in fact reviewed on [[date:5 April]] but the date hadn't
        been keyed, so it showed as overdue. {{Chair}} [[name:Maxine]] agreed an emergency slot
        and the review was held on [[date:5 June]], inside the {{statutory timescale}}. Recommend
        the tracker runs weekly and unallocated cases go to a {{team manager}}, not the generic
        inbox.
    """)),
    ("social_care", "incident", block("""
        Telephone note - [[date:12/06/24]] 15:10
        Caller: [[name:Gráinne Walsh]], {{parents' advocate}}, [[organisation:Ashcombe Family Rights Group]]
        Tel: [[phone:01632 960771]]
        Re: [[name:Okoro]] family, [[case_reference:CP/24/0288]]

        [[name:Gráinne]] says the {{chair}} at yesterday's {{RCPC}}, [[name:Hannah Brightwell]],
        was until {{March}} the family's {{team manager}} and signed off the {{section 47}} that led
        to the plan. {{Mum}} ([[name:Blessing]]) recognised her and felt the outcome was decided
        before she spoke. This breaches our independence standard for chairs. Nobody checked
        previous involvement when allocating - [[name:Hannah]] moved across from
        {{Area Team East}} three months ago and the allocation sheet doesn't ask.
        Agreed: fresh {{RCPC}} with a different chair within 15 {{working days}}; apology letter;
        incident logged by me.
        - [[name:D. Osei]], {{Service Manager}}
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Datix - delayed escalation of a deteriorating patient
        Ward: [[organisation:Ferrier Ward]], [[organisation:Wexley General Hospital]]   Date: [[date:14/02/24]]
        Patient: Mr [[name:Eric Dunmore]], [[age:84]], hosp no [[case_reference:WX0482291]]

        22:40  {{NEWS2}} 6 (RR 24, {{SpO2}} 91% on air, HR 118). {{HCA}} tells nurse in charge.
        22:45  {{FY1}} bleeped x2, no answer - later found to be in {{resus}} with another patient.
        23:30  NEWS2 7, new confusion. {{Hospital at Night}} practitioner [[name:Sian]] bleeped.
        23:38  [[name:Sian]] reviews, starts the {{Sepsis Six}}, calls the {{medical registrar}}.
        23:55  Dr [[name:Oyelowo]] ({{SpR}}) reviews; {{lactate}} 4.1; {{IV antibiotics}} at 00:10.
        01:20  Accepted by {{critical care outreach}}, moved to {{HDU}}.

        Issue: 50 min from first NEWS2 of 5 or more to any review, 90 min to antibiotics. Nobody
        escalated past the FY1 until 23:30. The bleep holder had 34 tasks on the {{H@N}} list.
        Reporter: [[name:Candice]], {{staff nurse}}
    """)),
    ("health", "near_miss", prose("""
        nearly moved the wrong pt 2nite. {{site}} rang 02:15 asking for mr [[name:evans]] to go to
        [[organisation:Hartley Ward]] for a {{step down}} bed. we have 2 [[name:Evans]] in
        {{bay 3}} - [[name:Dennis]] ([[age:78]], {{CAP}}, {{NEWS}} 1) n [[name:Gwyn]] ([[age:81]],
        {{AKI}}, on {{IV fluids}}, NEWS 4). porter arrived n {{HCA}} had started gettin
        [[name:gwyn]] ready bc hes in bed 4. i checked wristband vs hosp no on the {{bed state}} -
        site wanted [[case_reference:WX0519803]] which is [[name:dennis]]. swapped b4 anyone left
        the bay, no harm. think we need name alert stickers + site to always give the hosp no not
        just a name over the phone. [[name:MJ]] ({{NIC}})
    """)),
    ("health", "success", block("""
        🌟 Night shout-out 🌟
        Huge thanks to [[name:Joy]], {{Hospital at Night}} practitioner, for last night on
        [[organisation:Beaumont Ward]]. She was on her way to a {{cannula}} and noticed the lady in
        {{side room 2}} "just didn't look right" even though her {{NEWS2}} was 2. [[name:Joy]]
        stayed, repeated the obs, found new {{AF}} at 150 and a pressure of 84/50, and had the
        {{FY1}}, [[name:Tobi]], and the {{med reg}} there within 15 minutes. It turned out to be an
        {{upper GI bleed}}; she was transfused overnight and had an {{OGD}} this morning. Her family
        have already asked us to pass on their thanks.
        This is exactly the {{soft signs}} stuff we teach - trust your gut.
        - [[name:Marguerite Oduya]], {{Lead Nurse}}, {{Hospital at Night}}
    """)),
    ("health", "incident", block("""
        NIGHT HANDOVER (for day team) - [[date:Sun 10 March]]
        From: {{H@N}} bleep holder Dr [[name:Felix Amankwah]] ({{FY1}})

        {{Ward 11}} - Mrs [[name:Agnieszka Wiśniewska]] ([[age:67]]), [[case_reference:WX0377145]]
        - Twilight handed over "recheck K+ at 22:00" verbally only; not on the {{Nervecentre}} list.
        - Not done. Routine bloods 06:00: {{K+}} 6.9, {{ECG}} peaked T waves.
        - Treated 06:20 with {{calcium gluconate}} and {{insulin-dextrose}}; stable, for {{renal}} r/v.
        - INCIDENT logged: verbal-only handover of a time-critical task.
        Other:
        - [[organisation:Ferrier Ward]] bed 7, Mr [[name:Harcourt]] - {{DNACPR}} completed by the
          {{SpR}} at 02:00, daughter [[name:Nell]] aware.
        - [[name:Bethan]] ({{CSM}}) moved 4 patients out of {{ED}} overnight, all documented.
        [[name:Felix]]
    """)),
    ("health", "near_miss", block("""
        PATIENT SAFETY EVENT - NEAR MISS
        Name: [[name:Kwabena Asante-Boateng]]
        DOB: [[date_of_birth:02/11/1958]]
        NHS No: [[nhs_number:618 052 9434]]
        Hosp No: [[case_reference:WX0263318]]
        Address: [[address:5 Quarry Bank, Wexley]], [[postcode:WX4 7JE]]
        Location: [[organisation:Salton Ward]]    Date/time: [[date:21/03/24]] 03:10

        What happened: {{FY1}} asked by phone to prescribe {{Actrapid}} for a {{CBG}} of 24.
        "10u" handwritten on the paper {{sliding scale}} chart was read as "100" by the agency
        nurse. {{Night practitioner}} [[name:Rosa]], acting as {{second checker}}, questioned it
        before it was drawn up. Correct 10 units given; CBG 11 at 05:00, no harm.
        Contributing: a paper chart on a ward that otherwise uses {{EPMA}}; "u" written for
        units against {{NPSA}} advice.
        Reporter: [[name:R. Ferreira-Lind]]
    """)),
    ("health", "incident", block("""
        From: [[name:Tendai Moyo]] <[[email:tendai.moyo@wexleyhospitals.nhs.uk]]>
        To: {{Patient Safety Team}}
        Subject: fall during overnight transfer - [[case_reference:INC-24-06612]]
        Date: [[date:Tuesday 2 April 2024]]

        Hi,

        As the {{clinical site manager}} on duty I want to add context to the incident logged by
        [[organisation:Nightingale Ward]].

        At 03:40 Mrs [[name:Ivy Pennington]], [[age:91]], was transferred from {{AMU}} to
        [[organisation:Nightingale Ward]] to free an {{ED}} trolley. She has {{dementia}} and a
        high {{falls risk}} on her {{MFRA}}. She was settled in a bay without a {{low-rise bed}}
        (none available) and without the {{enhanced observation}} she'd had on AMU. At 04:25 she
        was found on the floor with a {{fractured neck of femur}}.

        I made the call to move her. {{ED}} was under severe pressure (27 waiting), but the move
        went against our own "no non-essential moves after midnight for over-80s with dementia"
        guidance. I've asked for a review of how that exception gets authorised.

        Regards,
        [[name:Tendai]]
        {{CSM}} - via switchboard
    """)),
    ("health", "success", block("""
        {{H@N}} team chat - [[date:18 April]]
        Dr [[name:Ama Owusu]]  04:52
        worst night I've had as {{med reg}} but honestly [[name:Holly]] held it together - 2
        {{arrest calls}}, {{ED}} at 41, and she still came up to {{CCU}} to find us a bed
        [[name:Pádraig]]  04:55
        agreed. she also got {{on-call pharmacy}} out of bed for the {{alteplase}} 🙏
        [[name:Holly Chen-Morgan]]  05:01
        team effort!! [[name:Rich]] from portering ran that bed over from {{Ward 9}} in about 4 min
        [[name:Pádraig]]  05:02
        legend. someone nominate them both for a {{WOW award}}
        Dr [[name:Ama Owusu]]  05:03
        doing it now. and ty to the {{FY1s}} - nobody left a {{NEWS}} of 7 unreviewed tonight
    """)),
    ("health", "near_miss", block("""
        {{H@N}} task list extract - night of [[date:25/04]]

        | Time  | Ward | Patient | Hosp no | Task | Done by |
        |-------|------|---------|---------|------|---------|
        | 21:15 | {{Ward 14}} | [[name:Okafor, N]] | [[case_reference:WX0611204]] | {{gent}} level due 22:00 | [[name:Lewis]] |
        | 22:30 | [[organisation:Salton Ward]] | [[name:Brennan, T]] | [[case_reference:WX0590077]] | {{gent}} level + re-dose | [[name:Lewis]] |
        | 23:00 | {{Ward 14}} | [[name:Bramwell, T]] | [[case_reference:WX0590777]] | {{cannula}} | - |

        Near miss: the 22:30 task was meant for [[name:Bramwell, T]] on {{Ward 14}} but was typed
        against [[name:Brennan, T]] on [[organisation:Salton Ward]] (same initial, hosp nos one digit
        apart). [[name:Brennan]] is on {{vancomycin}}, not gentamicin. [[name:Lewis]] ({{night practitioner}})
        spotted the mismatch against the drug chart at the bedside before drawing anything up.
        Suggest the task list pulls the patient from the {{PAS}} by number instead of free text.
    """)),
    ("health", "incident", block("""
        Incident summary

        At about 01:30 on [[date:6 May 2024]] a patient with a positive {{C. difficile}} toxin
        result, Mr [[name:Bogdan Ionescu]] ([[case_reference:WX0448120]]), was moved from a side
        room on {{Ward 20}} into a six-bedded bay on [[organisation:Lister Ward]] so that the side
        room could be used for a patient with suspected {{norovirus}}. The
        {{clinical site manager}}, [[name:Faisal Karim]], was told the patient was "off
        isolation". {{Microbiology}} had phoned the result through at 18:00 but it had not been
        added to the {{IPC}} board or the {{bed management system}}.

        Over the following three days two other patients in the bay developed diarrhoea and one
        tested positive. The bay was closed for five days.

        Learning: infection status should be a mandatory field before any move after 22:00, and
        {{Microbiology}} phone results need to be logged by the {{NIC}} on receipt. [[name:Faisal]]
        has asked for this to be discussed at the {{Infection Prevention}} committee.
    """)),
    ("health", "success", block("""
        Card received by the {{Hospital at Night}} team, typed up for the learning log:

        "To the night nurse called [[name:Grace]] and the young doctor with the red hair (Dr
        [[name:Tom]]?). My dad, [[name:Frank]], was on [[organisation:Beaumont Ward]] on the night
        of [[date:11 May]] and was very confused and frightened. [[name:Grace]] sat with him, found
        his glasses and his hearing aid, and rang me at 2am so I could talk to him. You both
        treated him like a person. With love, [[name:Maureen]] and all the [[name:Sheridan]]
        family."

        Learning note: [[name:Grace]] recognised {{hyperactive delirium}}, used the
        {{This Is Me}} document, and avoided {{haloperidol}} by getting family involved. The
        {{FY1}} found {{urinary retention}} on a {{bladder scan}} as the likely trigger. Shared
        with the {{dementia}} team as good practice.
    """)),
    ("health", "near_miss", block("""
        #hospital-at-night
        [[name:nat.p]]  01:14
        lab just rang - {{G&S}} from [[organisation:Hartley Ward]] came back {{O pos}} but the pt is
        {{A neg}} on record. they think it's a {{WBIT}}
        [[name:kofi.a]]  01:16
        which pt?
        [[name:nat.p]]  01:16
        Mrs [[name:Doreen Akers]], [[case_reference:WX0299841]]. {{FY1}} bled her and Mrs
        [[name:Fairweather]] in the next bed both at 00:30 and labelled them at the desk
        afterwards from printed labels
        [[name:kofi.a]]  01:18
        ok so near miss, nobody transfused. needs datix + a supportive debrief. who was it?
        [[name:nat.p]]  01:19
        [[name:Leo]]. he's mortified. told him it's a system thing, no labelling at the desk
        [[name:Iwona K]]  01:30
        ({{blood bank}}) both samples rejected, please repeat with bedside labelling. thanks for
        the quick reply
    """)),
    ("health", "incident", prose("""
        bleep system dwn from approx 01:50 til 03:05 2nite. switch didnt tell anyone for 40 mins.
        {{arrest bleep}} still worked (tested) but all {{H@N}} bleeps were silent. only found out
        bc Dr [[name:Mahmoud]] wandered onto [[organisation:Chaucer]] asking why it was so quiet lol. meanwhile
        nurse on [[organisation:Chaucer Ward]] had bleeped the {{FY1}} x3 for mr [[name:sandhu]]
        ([[age:62]]) w/ {{chest pain}}. {{ECG}} done 02:10, {{STEMI}}, not seen til 02:55.
        eventually got hold of {{site mgr}} [[name:Bev]] on her mobile [[phone:07700 900562]]. pt
        went to the {{cath lab}} at [[organisation:Royal Kellingley Infirmary]] ~04:00. no1 knew
        the backup plan - {{business continuity}} folder says use the ward phones + a list of
        mobiles that is 2 yrs out of date. pls fix. [[name:sj]] {{H@N}}
    """)),
    ("health", "near_miss", block("""
        Timeline - near miss, IV potassium, [[organisation:Salton Ward]], night [[date:30/05]]-[[date:31/05]]
        23:10  {{FY1}} [[name:Inês Carvalho]] prescribes 40 mmol {{KCl}} in 1 L {{0.9% sodium chloride}}
               over 8 h for Mr [[name:Abdi Warsame]] ([[age:59]], [[case_reference:WX0533927]]), K+ 2.9.
        23:40  Agency nurse picks a 500 mL bag containing 40 mmol KCl (1 L bags out of stock)
               and sets the pump for 8 h.
        23:55  Second checker, {{Night Sister}} [[name:Marta]], notices the bag is 500 mL - too
               concentrated for a {{peripheral cannula}}. Pump paused before it ran.
        00:05  {{On-call pharmacist}} advises borrowing a 1 L premixed bag from
               [[organisation:Hartley Ward]].
        00:30  Correct bag started. Repeat K+ 3.6 at 08:00.
        Contributing: 1 L bags not restocked since {{Friday}}; the {{top-up}} list is paper and
        nobody on nights owns it. [[name:Marta]] has raised it with the {{ward manager}}.
    """)),
    ("health", "success", block("""
        HOSPITAL AT NIGHT 21:30 HUDDLE - NOTES
        Date: [[date:Thurs 6 June]]
        Present: [[name:Bethan Rhys]] ({{CSM}}, chair), Dr [[name:Oyelowo]] ({{med reg}}), [[name:Tobi]],
        [[name:Hope]] and [[name:Sam]] ({{FY1s}}), [[name:Joy]] ({{night practitioner}}),
        [[name:Kiran]] ({{outreach}})
        Apologies: [[name:Mark Fenwick]] ({{surgical SHO}} - in {{theatre}})

        1. Watchers: 3 patients flagged {{amber}} on {{Nervecentre}}; [[name:Joy]] to see all 3 by 23:00.
        2. Good news: four weeks since the 21:30 huddle started and no missed escalations on the
           {{NEWS2}} audit. [[name:Kiran]] presented the numbers - median time to review for
           NEWS 5+ down from 48 to 19 minutes.
        3. Beds: 6 in {{ED}} waiting, 2 {{discharge lounge}} slots at 07:00.
        Actions: [[name:Bethan]] to share the audit with the {{Deteriorating Patient Group}};
        keep the huddle at 21:30, not 22:00.
    """)),
    ("health", "incident", block("""
        OUT-OF-HOURS BED MOVES AFTER 23:00 - night of [[date:12 June]]

        Time   Patient                    Hosp no                          From                             To                               Reason
        23:20  [[name:Dorothy Wilkes]]    [[case_reference:WX0150076]]     {{AMU}}                          [[organisation:Beaumont Ward]]   flow
        00:45  [[name:Ali Hassan]]        [[case_reference:WX0598112]]     {{ED}}                           {{AMU}}                          admission
        01:30  [[name:Dorothy Wilkes]]    [[case_reference:WX0150076]]     [[organisation:Beaumont Ward]]   {{Ward 22}}                      side room
        03:10  [[name:Stan Purcell]]      [[case_reference:WX0420911]]     {{SAU}}                          {{Ward 22}}                      flow

        Incident: Mrs [[name:Wilkes]] ([[age:88]], {{delirium}}) was moved twice in one night.
        Her {{hearing aids}} were left behind on the first ward and her daughter was not told
        about either move until 10:00. The second move was because {{MRSA}} screening came back
        after she had arrived on [[organisation:Beaumont]]. Complaint received; {{PALS}} ref
        [[case_reference:PALS-24-1193]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Aoife Brennan-Kerr]]
        Sent: [[date:19 June 2024]] 07:48
        To: {{Resus Committee}}; Dr [[name:Nikhil Patel]]
        Subject: {{DNACPR}} confusion on [[organisation:Chaucer Ward]] - near miss

        Dear all,

        At 03:05 last night the {{2222}} team attended Mr [[name:Leonard Ashby]] ([[age:76]],
        [[case_reference:WX0105562]]) in {{pulseless VT}}. The bank nurse told the team he was
        "not for resus" because a {{DNACPR}} form was in the front of his notes. The {{med reg}},
        Dr [[name:Patel]], checked it: it was from an admission in {{2022}} and had been
        rescinded. His current {{ReSPECT}} form says full escalation. {{CPR}} started within about
        one minute, he had {{ROSC}} after one shock and is on {{CCU}} this morning.

        Old forms should be filed in the back with "CANCELLED" across them; this one wasn't.
        I'd like this on the next agenda.

        [[name:Aoife]]
        {{Resuscitation Officer}}, [[organisation:Wexley General Hospital]]
        [[phone:01632 960233]]
    """)),
    ("health", "success", prose("""
        Learning from excellence - [[organisation:Penrose Ward]], night of [[date:22 June]]. At
        02:15 {{HCA}} [[name:Cliff Adeyemi]] was doing a routine round and found Miss
        [[name:Summer Blake]] ([[age:19]], {{type 1 diabetes}}) clammy and hard to rouse. He
        checked a {{CBG}} straight away (1.9), pulled the {{hypo box}} and called the nurse and
        the {{FY1}}, [[name:Ravi]]. {{IV glucose}} 20% was given within eight minutes and she was
        talking within fifteen. [[name:Cliff]] then noticed on the chart that her
        {{basal insulin}} had been given at 18:00 and again at 22:00 after a ward move, which the
        team reported as a separate incident. Recognised at the {{Hospital at Night}} huddle:
        [[name:Cliff]] completed {{hypo}} training only last month and it clearly paid off.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        Cabin Safety Report - ref [[case_reference:CSR-24-0187]]
        Flight [[flight_number:FS341]], {{E195}} [[aircraft_registration:G-FLSC]], [[date:17 January 2024]]

        About 25 minutes after take-off the No. 2, [[name:Lauren Hale]], smelt burning from the
        {{rear galley}}. On opening the {{oven}} she saw flames from a foil tray that had been
        loaded with its paper sleeve still on. She shut the oven door, pulled the
        {{galley circuit breaker}} and called the {{Purser}}, [[name:Björn Lindahl]], on the
        {{interphone}}. [[name:Björn]] brought the {{Halon}} extinguisher while a second crew
        member watched for heat and smoke. The flames went out within a minute and the
        extinguisher was not discharged. The {{Captain}} was briefed using {{NITS}} and elected to
        continue. An {{MOR}} has been submitted to the {{CAA}}.

        Contributing: meals loaded by [[organisation:SkyPlate Catering]] with paper sleeves left on
        after a supplier change. The crew handled the event in line with the {{SEP}} manual.
    """)),
    ("aviation", "near_miss", prose("""
        door {{1L}} on arrival [[date:tues 5/3]], [[aircraft_registration:G-FLSA]]
        [[flight_number:FS218]]. slide was still {{armed}} when the {{ramp}} agent came to open
        it. i was no1 n got distracted by a pax who needed the {{ambulift}} asking about their
        wheelchair. [[name:jen]] did the {{cross check}} call n i said "checked" without looking!!
        [[name:Tariq]] on the ramp saw the {{slide armed}} flag in the {{viewing window}} n
        knocked instead of opening. if hed opened it the slide wud have gone off onto the
        {{steps}} with ppl on them. spoke to the {{base captain}} n my {{line manager}}
        [[name:Sunita]]. honestly the {{SOP}} is fine i just rushed. - [[name:C.O'B]]
    """)),
    ("aviation", "success", block("""
        BASE SHOUT-OUT 👏👏
        Massive well done to [[name:Amara]] ({{purser}}) and [[name:Faith]] on [[flight_number:FS506]]
        on [[date:Saturday 16th]]. A [[age:62-year-old]] gentleman collapsed in the aisle just after
        the bar service. [[name:Faith]] found no pulse and started {{CPR}} while [[name:Amara]]
        fetched the {{AED}} and put out the {{PA}} for medical help. One shock advised and given,
        and he was breathing again within four minutes. Dr [[name:Okonjo]], a passenger, helped
        with the {{oxygen}}. {{Captain}} [[name:Mehmet Yıldız]] diverted to
        [[organisation:Kellingley International Airport]] and {{paramedics}} met the aircraft.
        His wife wrote in this week: he had a {{stent}} fitted and is home.
        This is exactly what all those {{SEP}} recurrent {{CPR}} sessions are for ❤️
        [[name:Rhiannon]], {{Base Manager}}
    """)),
    ("aviation", "incident", block("""
        RT transcript (extract) - supplied by [[organisation:Carrowmore Airport]] {{ATC}}
        Flight [[flight_number:FS412]], {{E195}} [[aircraft_registration:G-FLSE]], [[date:22 March 2024]]

        21:14:05 [[flight_number:Fellside 412]]: [[organisation:Carrowmore Approach]], [[flight_number:Fellside 412]], request {{police}} to meet the aircraft, one disruptive passenger now restrained, row 21.
        21:14:20 {{APP}}: [[flight_number:Fellside 412]], roger, passing to {{airport police}}. Any other assistance?
        21:14:31 [[flight_number:Fellside 412]]: Negative, crew have him under control, one passenger with a minor injury.
        21:31:48 {{GND}}: [[flight_number:Fellside 412]], stand 7, police vehicle [[vehicle_registration:AF23 PLK]] approaching from your left.

        Crew narrative ({{Purser}} [[name:Kasia Zielińska]]): male pax in 21C drank his own
        {{duty-free}} vodka and became abusive to our No. 3, [[name:Will]], then shoved him into a
        seat. Treated as {{Level 2}}; {{restraint kit}} used as per {{SEP}} with help from two
        passengers. [[name:Will]] has a bruised wrist. Police log [[case_reference:AP/2403/1177]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/04/2024]], 06:12 - [[name:Marek]]: anyone know the new {{crew room}} code?? locked out and report is 06:30
        [[date:02/04/2024]], 06:13 - [[name:Dawn Pritchard]]: 4471# x
        [[date:02/04/2024]], 06:20 - [[name:Rob Stanton]]: please delete that [[name:Dawn]] - this group has 140 people in it incl people who've left and at least one partner!
        [[date:02/04/2024]], 06:21 - [[name:Dawn Pritchard]]: oh god sorry, deleted
        [[date:02/04/2024]], 06:24 - [[name:Rob Stanton]]: code being changed by {{airport security}} at 09:00. the crew room has the {{safe}} with the {{float bags}} and the keys for the crew car [[vehicle_registration:FL19 XKR]] so it matters. new code by {{company email}} only
        [[date:02/04/2024]], 06:25 - [[phone:+44 7700 900667]]: 👍
        [[date:02/04/2024]], 06:31 - [[name:Marek]]: noted, sorry all. got in with my {{ID pass}} via the {{security desk}} in the end
    """)),
    ("aviation", "incident", block("""
        From: [[name:Chidi Okonkwo]] <[[email:c.okonkwo@fellsideairways.co.uk]]>
        To: {{Cabin Safety}}; [[name:Rhiannon Voss]]
        Date: [[date:Mon 8 April 2024]]
        Subject: crew injury - {{trolley}} brake failure, [[flight_number:FS227]]

        Hi both,

        Reporting an injury on [[flight_number:FS227]] yesterday ({{E195}} [[aircraft_registration:G-FLSB]]).
        During the bar service in light turbulence a full-size trolley rolled back from row 6 with
        the brake on. It ran over the foot of our No. 3, [[name:Hana Sato]], who was crouching at
        the {{bar box}}. She finished the sector but went to {{A&E}} after landing: fractured
        {{metatarsal}}, off for six weeks, so it will be {{RIDDOR}} reportable.

        The same trolley was written up in the {{cabin defect log}} on [[date:6 April]] (entry
        [[case_reference:CDL-24-0312]]) as "brake not holding" but was still on board. I've taken
        it out of service at base with a tag.

        Thanks,
        [[name:Chidi]]
        {{Purser}} | [[organisation:Fellside Airways]] | [[phone:01632 960884]]
    """)),
    ("aviation", "success", block("""
        Fwd from {{Customer Relations}} - case [[case_reference:CR-88412]]

        "I'm writing to thank the crew of flight [[flight_number:FS119]] on [[date:Sunday 14 April]].
        My son [[name:Theo]] ([[age:8]]) is {{autistic}} and had a meltdown at the aircraft door
        because it was so loud. The lady in charge, I think [[name:Grace]], knelt down, talked to
        him about his toy plane and let him board last when it was quieter. The young man,
        [[name:Leon]], gave him a job counting the rows. He has talked about it all week. We were
        wearing a {{Sunflower lanyard}} and you noticed it.
        [[name:Louisa Fairbairn]], [[address:2 Orchard Rise, Kelby]]"

        Well done [[name:Grace]] and [[name:Leon]] - exactly what the {{hidden disabilities}}
        module is about. Certificates in your pigeonholes.
        [[name:RV]]
    """)),
    ("aviation", "near_miss", block("""
        Timeline - [[flight_number:FS301]], {{E175}} [[aircraft_registration:G-FLSD]], [[date:29/04/24]]
        05:40  Crew report. Briefing by {{Purser}} [[name:Nkechi Eze]]; {{pre-flight checks}} allocated.
        06:05  No. 3 [[name:Gabriel Fontaine]] signs the {{safety equipment check}} as complete,
               including 2 {{infant life jackets}} (standard fit).
        06:25  Boarding. {{Loadsheet}} shows 3 infants.
        06:38  During the {{infant briefing}} [[name:Nkechi]] counts jackets against infants and
               finds one short.
        06:41  {{Captain}} informed, doors held. {{Engineering}} ([[name:Sanjay]]) brings a spare
               from stores.
        06:53  Doors closed, 12 min delay.
        Learning: the check was done against the standard fit, not the day's infant numbers. The
        sector is over water so it mattered. [[name:Gabriel]] has fed back openly; no blame.
    """)),
    ("aviation", "incident", block("""
        IN-FLIGHT MEDICAL EVENT REPORT
        Flight: [[flight_number:FS455]]   Date: [[date:03/05/2024]]   A/C: [[aircraft_registration:G-FLSA]]
        Passenger: [[name:Ekaterina Volkova]]    Seat: 14A
        DOB: [[date_of_birth:12/08/1979]]
        Address: [[address:Apt 4, 19 Harbour View, Port Ellan]], [[postcode:FX3 9NB]]
        Contact: [[phone:07700 900745]]
        Event: {{anaphylaxis}} - known {{peanut allergy}}, {{SSR}} code on the manifest.
        Narrative: the {{nut announcement}} was not made and the bar was not told. Snacks with
        peanuts were sold in rows 12-16. At 11:20 the passenger reported a tight throat and lip
        swelling. No. 2 [[name:Ruby Tan]] helped her use her own {{adrenaline auto-injector}} at
        11:23, {{oxygen}} given, {{MedLink}} contacted. Improved by 11:40. {{Paramedics}} met the
        aircraft and took her to hospital for observation.
        Contributing: the {{PIL}} showed the SSR but the {{Purser}} was a late swap and the
        briefing was rushed.
        Completed by: [[name:R. Tan]]
    """)),
    ("aviation", "near_miss", block("""
        {{FDP}} check - crew control, [[date:Fri 31 May]], [[flight_number:FS377]] (sector 4)

        | Crew | Pos | Report | Forecast off duty | Max FDP end |
        |---|---|---|---|---|
        | [[name:Pat O'Hare]] | {{SCCM}} | 05:10 | 18:55 | 18:40 |
        | [[name:Mohammed Al-Amin]] | {{CC2}} | 05:10 | 18:55 | 18:40 |
        | [[name:Lena Fischer]] | {{CC3}} | 06:30 | 18:55 | 19:30 |
        | [[name:B. Jankowski]] | {{CC4}} | 05:10 | 18:55 | 18:40 |

        After a 90 min {{ATC}} slot delay on sector 2, three of the four crew were forecast to
        go 15 min past their maximum {{FDP}}. {{Crew control}} had not re-run the check.
        [[name:Pat]] worked it out on the turnaround and called us; {{home standby}} crew were
        called in and the flight left with a legal crew. No {{commander's discretion}} was used.
        Learning: the re-check after a delay of more than 60 min should be automatic, not
        dependent on the {{SCCM}} doing the maths.
    """)),
    ("aviation", "success", block("""
        CABIN CREW BASE MEETING - MINUTES
        [[organisation:Fellside Airways]], {{crew room}}, [[organisation:Carrowmore Airport]]
        Date: [[date:Weds 15 May]]    Chair: [[name:Rhiannon Voss]] ({{Base Manager}})
        Attendance: [[name:Amara Nwosu]], [[name:Jonas Berg]], [[name:Faith Okoye]],
        [[name:Iain McLeish]] ({{Cabin Safety}}), [[name:Marek Dvořák]]
        Apologies: [[name:Sunny]] ({{standby}}), [[name:Kit]] ({{SEP}} recurrent)

        1. Recognition: [[name:Amara]] and [[name:Faith]] to receive commendations for the
           {{cardiac arrest}} on [[flight_number:FS506]]; the passenger is home and well.
        2. Crew room: {{fire door}} no longer propped open; new {{AED}} trainer in the cupboard.
        3. [[name:Iain]] reminded everyone the {{CAA}} audit is in {{June}} - bring {{SEP}} cards.
        Actions: [[name:Jonas]] to update the {{Safety Notice}} board; [[name:Rhiannon]] to send
        the commendation letters.
    """)),
    ("aviation", "incident", block("""
        PURSER HANDOVER - [[aircraft_registration:G-FLSB]], end of day [[date:20/05]]
        From [[name:João Pereira]] to [[name:Aisling]]

        - {{Aft lav}} smoke detector failed its test on the first sector. Tech log
          [[case_reference:TL-0581]], deferred under the {{MEL}}: lav locked and placarded.
        - INCIDENT on [[flight_number:FS262]]: the placard had been taped on and fell off, and a
          pax from 18D used the aft lav and vaped. [[name:Kit]] smelt it about 4 min later. No
          fire, but the detector that should have alarmed was the one that was {{U/S}}. PA made,
          pax spoken to, {{Captain}} informed, {{ASR}} submitted.
        - {{Engineering}} ([[name:Dev]]) have now fitted a proper lock - please check it before
          boarding tomorrow.
        - Catering were short 6 {{special meals}} on [[flight_number:FS262]], chased.
        [[name:JP]]
    """)),
    ("aviation", "near_miss", block("""
        #carrowmore-ops
        @[[name:faith.o]]  14:22
        headcount on [[flight_number:FS330]] is 71, {{loadsheet}} says 70. recounting
        @[[name:faith.o]]  14:26
        still 71. asking the gate to check the {{boarding pass}} scans
        @[[name:Mark]] (gate)  14:28
        found him - Mr [[name:Oduya]] in 12F is booked on [[flight_number:FS332]] from the next
        stand. his BP scanned with a warning and the agent clicked through it
        @[[name:faith.o]]  14:30
        offloading him now. no hold bag so no {{bag reconciliation}} issue. doors still open
        @[[name:Rhiannon Voss]]  14:41
        good spot. please do an {{ASR}}. [[name:Mark]] can you get the {{DCS}} warning looked at?
        @[[name:Mark]] (gate)  14:44
        yep, raised with [[organisation:Airside Handling Services]]
    """)),
    ("aviation", "success", prose("""
        Good catch - unaccompanied minor handover, [[flight_number:FS127]],
        [[date:Sunday 26 May]]. [[name:Leila Haddad]] ([[age:11]]) was travelling as a {{UM}} on the
        evening flight. Her form named her mother, [[name:Nadia Haddad]], as the collecting adult.
        At the arrival gate a man said he was her uncle, that mum was stuck in traffic, and
        showed a driving licence in the name of [[name:Karim Saleh]]. No. 2 [[name:Tomás Ruiz]]
        did not hand her over, kept her with the crew and called {{ground staff}}, who rang the
        number on the form ([[phone:07700 900918]]). Mum said she had not sent anyone and that
        there is a {{court order}} about contact with the father's family. [[name:Leila]] stayed
        with {{ground staff}} until mum arrived forty minutes later and {{airport police}} spoke
        to the man. [[name:Tomás]] followed the {{UM procedure}} exactly despite pressure and a
        queue of passengers behind him. Well done.
    """)),
    ("aviation", "incident", prose("""
        scald on [[flight_number:FS144]] this am. was passing a tea over to 9D n the little girl in
        9E ([[age:2yo]]) grabbed at it, spilt on her arm + leg. straight to {{first aid}} - cool
        running water in the {{aft galley}} for 20 min w/ mum holding her, {{burns dressing}}, no
        ice. {{MedLink}} said {{paramedics}} on arrival, they took her to {{A&E}} as a precaution.
        mum ([[name:Kerry-Ann Wright]]) v calm tbh. capt [[name:Lindgren]] informed, {{ASR}} done.
        the {{SOP}} says never pass hot drinks over a child n i did bc i was rushing to finish
        before {{descent}}. pax was [[name:Poppy Wright]]. crew: me ([[name:liv]]), [[name:dom]]
        at the front. feel awful. [[name:liv]] x
    """)),
    ("aviation", "near_miss", block("""
        Interphone + RT reconstruction - [[flight_number:FS390]], {{E195}} [[aircraft_registration:G-FLSE]], [[date:8 June]]

        18:02 {{CC3}} (aft) to {{flight deck}}: "It's [[name:Sunny]] at the back. Power bank in a
              seat pocket in row 22 is swelling and very hot, no smoke yet. We're on it."
        18:02 {{Captain}}: "Copy, keep me updated every two minutes."
        18:04 {{Purser}} [[name:Amber Hollis]]: "Device is in the {{fire containment bag}} with
              water, bag in the aft galley, [[name:Sunny]] is monitoring."
        18:05 {{FO}}: "[[organisation:Carrowmore Approach]], [[flight_number:Fellside 390]], we have a
              hot lithium battery in the cabin, contained, request priority, no other assistance."
        18:05 {{APP}}: "[[flight_number:Fellside 390]], priority approved, direct {{final}}."
        Outcome: no fire, landed 18:21. The passenger had put the power bank in the seat pocket
        against the {{PA}}. Sent to {{Cabin Safety}} as a near miss.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind225", REPORTS))
