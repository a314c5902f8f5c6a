"""Held-out blind corpus 158: just-culture incident, near-miss and learning reports.

Settings: early help family hubs and a domestic abuse service (social care); an adult mental
health inpatient unit and the operating theatres of a district general hospital (health); a
cargo airline's freight and dangerous goods handling (aviation). Written blind, the way UK staff
type: rushed lower-case notes with typos, careful narratives, timed chronologies, e-mails with
headers and signatures, Teams/WhatsApp exports, incident forms, handover tables, minutes with
attendance lists, debriefs, shout-outs, tech log entries and radio transcripts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind158.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rang hub at 0915 re [[name:kayleigh]] ([[age:19]]) + baby, {{hv}} [[name:bex]] had flagged
        a bruise on babys arm fri but it never went to {{MASH}} cos the referral form was saved not
        sent. only found it mon when [[name:jo]] chased. {{MASH}} have it now, ref
        [[case_reference:MASH-24-07716]]. {{health visitor}} visited same day and baby seen by
        {{GP}} at [[organisation:Tanners Lane Surgery]], no further marks. learning - theres no
        sent check on the {{LCS}} form so anyone can think they sent it, and nobody owns the shared
        inbox on {{fridays}}. [[name:kayleigh]] says her ex [[name:dean]] has been round again, did
        the {{DASH}} with her, scored 11 so under {{MARAC}} threshold but flagged to {{police}}.
        sorry for typos on my phone - [[name:tash]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raman]] <[[email:priya.raman@kelderton.gov.uk]]>
        To: Early Help Leads
        Sent: [[date:Wed 6 Mar 2024]] 16:42
        Subject: Near miss - refuge address auto-filled into solicitor letter

        Hi all,

        Flagging a near miss from today so we can all learn from it. A letter to dad's solicitor
        about {{child arrangements}} was generated from the {{case management system}} template
        for family [[case_reference:EH/22/04391]]. The template pulled mum's current address from
        the household record, which since last week is the {{refuge}}:
        [[address:2 Linnet Row, Harnley]] [[postcode:LS27 8QW]].

        [[name:Ewa]] spotted it on the {{peer check}} before it went in the post. If it had gone,
        Mr [[name:Oyelaran]] would have had [[name:Claire Oyelaran]]'s location within days.

        Actions: I have asked the systems team to stop {{refuge}} addresses populating any
        outgoing template, and please make the {{peer check}} non-negotiable for anything going
        to the other party. Thank you [[name:Ewa]] - exactly the curiosity we want.

        [[name:Priya]]

        [[name:Priya Raman]] | Early Help Practice Lead | [[organisation:Kelderton Family Hubs]]
        [[phone:01632 960417]]
    """)),
    ("social_care", "success", prose("""
        Big shout-out to [[name:Lowri]] and [[name:Dafydd Pryce]] at
        [[organisation:Millbrook Family Hub]]. A mum came into {{stay and play}} on
        [[date:Thursday 18 April]] and [[name:Lowri]] noticed she went quiet every time her phone buzzed.
        She used the "are you okay at home" prompt from our {{DA awareness}} training and took her
        to the quiet room while [[name:Dafydd]] kept the twins ([[age:3]]) busy with the sand tray. [[name:Lowri]]
        rang the {{domestic abuse}} duty line, did the {{DASH}} with mum there and then, and the
        {{IDVA}}, [[name:Hodan Farah]] from [[organisation:Harbour Light]], was with her at the hub
        by 2pm. Safety plan done, {{Clare's Law}} application started, and mum went home with a
        plan rather than a leaflet. The posters in the toilets work - please keep them up. Well
        done both. [[name:Sunita]] (hub manager)
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - refuge/school contact incident [[date:23/01/2024]]
        Client: [[name:Jade Whitlock]] DOB [[date_of_birth:11/09/1996]]  Ref [[case_reference:HL-DA-1187]]
        Children: [[name:Tyler]] ([[age:7]]), [[name:Maisie]] ([[age:4]])

        08:40  {{refuge worker}} [[name:Ngozi Eze]] drops [[name:Tyler]] at [[organisation:Greenhill Primary School]].
        10:15  School office rings {{refuge}}: a man saying he is [[name:Tyler]]'s {{dad}} is at reception asking to take him to the dentist.
        10:17  Office staff had him down as a contact - old record not updated. {{DSL}} Mr [[name:Hussain]] is teaching.
        10:22  [[name:Ngozi]] rings {{DSL}} mobile, school holds [[name:Tyler]] in class, dad told to leave.
        10:40  {{police}} attend, log [[case_reference:WYP-230124-0193]].
        11:30  [[name:Jade]] and children moved to emergency placement out of area.

        What went wrong: the {{Operation Encompass}} notice went to school but nobody linked it to
        the contacts list. Our {{school liaison}} form asks "any restrictions?" and we wrote "see
        {{non-molestation order}}" instead of naming who must not collect.

        Learning: name the person, not the order. - [[name:Ngozi]]
    """)),
    ("social_care", "incident", block("""
        Teams chat export - DA Service Admin
        [09:02] [[name:Shaz Akhtar]]: morning, has anyone sent the {{MARAC}} list for thurs to the {{IDVA}}s yet?
        [09:05] [[name:Kerry-Ann Bishop]]: not had it
        [09:06] [[name:Marek W]]: i sent it last night to [[name:kerry ann]]
        [09:07] [[name:Kerry-Ann Bishop]]: which address?? nothing here
        [09:11] [[name:Marek W]]: oh no. outlook autofilled [[email:kerrybishop77@hotmail.co.uk]] not [[email:kerry-ann.bishop@harbourlight.org.uk]]
        [09:12] [[name:Shaz Akhtar]]: ok dont panic. recall it now, then ring [[name:Dev]] in {{IG}}
        [09:40] [[name:Marek W]]: recall failed. {{IG}} logged it [[case_reference:IG-2024-0331]], 14 cases on the list
        [09:41] [[name:Shaz Akhtar]]: i'll ring the hotmail owner, ask them to delete + confirm in writing
        [11:20] [[name:Shaz Akhtar]]: done, lady was lovely, deleted. {{ICO}} decision with {{IG}}
        [11:22] [[name:Kerry-Ann Bishop]]: can we get autocomplete turned off for external addresses pls, and send {{MARAC}} stuff via {{Egress}} only
    """)),
    ("social_care", "success", block("""
        Family Hub Learning Circle - minutes
        Date: [[date:14 May 2024]]
        Present: [[name:Sunita Mistry]] (chair, {{hub manager}}), [[name:Callum Reid]] ({{early help practitioner}}),
        [[name:Ade Ogunleye]] ({{health visitor}}), [[name:Tess O'Brien]] ({{school nurse}}, [[organisation:Ashbrook Academy]]),
        [[name:Wei Chen]] ({{family support worker}})
        Apologies: [[name:Lucky Moyo]]

        1. What went well - family [[case_reference:EH-5582]]
        [[name:Callum]] presented the [[name:Zahra]] family. {{Signs of Safety}} mapping with mum and nan at the kitchen
        table rather than at the hub. Mum scored her own worry at 3 and by week 10 at 8. [[name:Tess]]
        picked up the eldest's attendance drop early and linked it to young carer duties.
        Step-down to {{universal services}} agreed at the {{TAF}} on [[date:30 April]].

        2. Why it worked
        - one lead professional, not four
        - {{TAF}} held after school pick-up so mum could come
        - {{health visitor}} and {{school nurse}} shared one plan

        Action: [[name:Wei]] to add the kitchen-table mapping to induction. Next circle [[date:11 June]].
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Reported by: [[name:Florin Popescu]], {{Welfare Benefits Adviser}}, [[organisation:Harbour Light Domestic Abuse Service]]
        Date of event: [[date:02/02/2024]]
        Service user: [[name:Andreea Lungu]]  DOB: [[date_of_birth:30/06/1989]]  NI: [[ni_number:SP 48 21 73 C]]
        Category: Information governance - near miss

        What happened:
        Helping client to start a new {{Universal Credit}} claim after leaving. The {{online journal}}
        still showed the joint claim with {{ex-partner}} [[name:Ionut Lungu]] (NI [[ni_number:JK 61 09 55 A]]).
        Changing the address on the joint claim would have shown her new address to him. Client
        was about to press submit on her phone when I asked to check the screen.

        Immediate action: stopped, rang {{DWP}} with client, claim split, marked as {{DA easement}}.

        Contributing factors: we had no checklist for benefits after separation; adviser was
        covering two drop-ins.

        Learning / suggested change: add "existing joint claim?" to the {{safety plan}} template.
    """)),
    ("social_care", "incident", prose("""
        This is a reflective account of a delay in the {{Early Help Assessment}} for
        [[name:Oisin Gallagher]], aged [[age:9]], who attends [[organisation:St Columba's RC
        Primary]]. The family moved from the neighbouring authority in February and the
        {{transfer-in}} was emailed to a generic inbox that had been retired when we restructured
        into hubs. Nobody bounced it and nobody chased it. The school's {{DSL}}, Ms
        [[name:Aoife Brennan]], raised it again six weeks later when [[name:Oisin]]'s attendance had fallen
        to 71 per cent and he was arriving hungry. By then {{mum}} had lost her tenancy at
        [[address:9 Fennel Court, Ashbrook]] and the family were in {{temporary accommodation}}. We
        picked it up within a day once we knew, used {{Signs of Safety}} with mum and the {{housing
        officer}}, and no escalation to {{Children's Social Care}} was needed. The learning is
        about the system, not a person: retired inboxes should auto-reply with the new route, and
        our {{transfer protocol}} with the neighbouring authority now needs a phone call as well
        as an email. Reference [[case_reference:EH-TI-0219]]. Written by [[name:Rhys Morgan]],
        {{Early Help Team Manager}}.
    """)),
    ("social_care", "success", block("""
        WhatsApp export - Orchard Hub outreach (work phones)
        [[[date:12/03/2024]], 17:41] [[name:Temi Adebayo]]: lads is anyone near [[address:Kingfisher estate]]? {{mum}} from this morning just texted the {{code word}}
        [[[date:12/03/2024]], 17:42] [[name:Deano]]: 10 mins away, in the {{van}}
        [[[date:12/03/2024]], 17:42] [[name:Temi Adebayo]]: DONT go to the door. ring {{999}} first, I'm ringing {{police}} now too
        [[[date:12/03/2024]], 17:44] [[name:Deano]]: parked up on corner, can see a grey transit [[vehicle_registration:FD68 UXB]] outside hers
        [[[date:12/03/2024]], 17:49] [[name:Temi Adebayo]]: {{police}} 4 mins out. stay in the van [[name:deano]]
        [[[date:12/03/2024]], 17:58] [[name:Deano]]: theyre in. hes been arrested. mum + little one ok, shaken
        [[[date:12/03/2024]], 18:30] [[name:Gemma H]]: well done both. the code word plan from {{safety planning}} worked exactly how its meant to. {{debrief}} tomorrow 9am, bring biscuits
    """)),
    ("social_care", "incident", block("""
        HUB DUTY HANDOVER  Fri [[date:7 June 2024]]  (from [[name:Thu Trang Nguyen]] to {{EDT}})

        Family | Ref | Worker | Update | Action
        [[name:Patel]] | [[case_reference:EH-4410]] | [[name:Jaspreet]] | TAF went well | none
        [[name:Kowalczyk]] | [[case_reference:EH-4471]] | [[name:Callum]] | mum unwell, nan staying | ring Mon
        [[name:Adeyemi]] | [[case_reference:EH-4503]] | [[name:Thu Trang Nguyen]] | no contact from dad this week | none

        What happened after: the {{non-molestation order}} for the [[name:Adeyemi]] family ran out on
        the Thursday and this was on the {{case notes}} but not on the {{handover}}. On Saturday dad
        turned up at the house. {{EDT}} did not know there was any order history so treated it as
        a child arrangements dispute. {{police}} attended after a {{neighbour}} called.

        Learning: the {{handover grid}} has no "orders / expiry" column. We have added one and
        {{EDT}} have asked for expiry dates in the next 7 days to be highlighted in red.
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the log. {{mum}} rang from the car park at [[organisation:Brook Street Family
        Hub]] 12.10 saying her exs car was there, silver corsa [[vehicle_registration:KX19 HFE]],
        she knew the reg. we had it on the {{safety plan}} but not up in the office, only in the
        file. [[name:faith]] on {{reception}} was about to walk her out the front to her {{taxi}}. [[name:mo]]
        heard and stopped her, took her out the back through the {{nursery}} gate. {{police}} rang,
        ref [[case_reference:NK-24-118732]], car gone by time they came. nobody hurt. learning -
        put perp reg numbers + photos on the {{reception alert}} board (locked), and check before
        walking anyone out. also we need a second exit plan for every hub not just this one
    """)),
    ("social_care", "success", block("""
        DEBRIEF NOTES - missing teenager found safe
        Date of episode: [[date:3 August 2024]]   Debrief: [[date:6 August 2024]]
        Attendees: [[name:Robin Sterling]] (hub worker), [[name:Yusuf Hassan]] ({{Early Help}} lead),
        DC [[name:Amy Hale]] ({{police}}), [[name:Claire-Louise Brown]] ({{missing person coordinator}})

        Young person: [[name:Kai Bennett-Osei]], [[age:15]]

        - [[name:Kai]] was reported missing by {{mum}} at 21:00. {{police}} graded as medium risk.
        - [[name:Robin]] had done weekly sessions with [[name:Kai]] for three months and remembered he'd talked
          about a mate called [[name:Lewis]] with a garage he "goes to think".
        - [[name:Robin]] rang the {{police}} {{101}} line with this at 21:40; [[name:Kai]] was found there at 22:15.
        - {{return home interview}} done by [[name:Robin]] the next day, because [[name:Kai]] asked for him.

        What helped: a trusted adult who listens and writes it down; the {{missing protocol}}
        let early help staff share directly with {{police}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Declan Hurley]] <[[email:d.hurley@ashbrookhubs.org.uk]]>
        To: [[name:Anne-Marie Fitzgerald-Lowe]]
        Cc: DA Service Duty
        Date: [[date:19 September 2023]]
        Subject: RE: Triple P letter - incident

        [[name:Anne-Marie]],

        Following our call. The {{Triple P}} course confirmation for {{mum}} was posted to the family
        home, [[address:41 Coppice Way, Ashbrook]] [[postcode:WF9 3RN]], addressed to her. She had
        left in July. Her ex opened it, saw the venue and the date, and was waiting outside the
        {{community centre}} on [[date:14 September]]. Staff recognised him from the photo on file and
        kept mum inside; {{police}} were called.

        Why: the booking was made from an old {{referral}} form; the {{course admin team}} do not have
        access to the {{case management system}} and so could not see the "address withheld" flag.

        We have agreed that all parenting course letters for open DA cases go by text to the
        safe number only. Datix-equivalent ref [[case_reference:AHS-INC-0877]].

        [[name:Declan Hurley]]
        {{Parenting Coordinator}}, [[organisation:Ashbrook Family Hubs]]
        [[phone:07700 900318]]
    """)),
    ("social_care", "success", prose("""
        Passing on a card that came into [[organisation:Orchard Family Hub]] for
        [[name:Chantelle]] ({{family support worker}}). Mum wrote: "you never once made me feel
        like a bad mum. you helped me get [[name:Riley]] into [[organisation:Sunnybank Nursery]],
        sorted the {{food bank}} vouchers and came with me to court. he is [[age:3]] now and
        talking loads." [[name:Chantelle]] worked with this family for eight months under {{Early Help}} with
        a {{Family Plan}} that mum wrote most of herself. What I want to share for learning is the
        small stuff: [[name:Chantelle]] always texted before visiting, kept appointments at the same time each
        week, and took {{mum}} to the {{Citizens Advice}} debt clinic rather than just giving her
        the number. Case closed [[date:28/02/2024]], no re-referral since. Thank you [[name:Chantelle]].
        - [[name:Sam Okafor]], Hub Coordinator
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - Early Help / Family Hub
        Ref: [[case_reference:FH-IR-2024-056]]
        Location: {{creche}}, [[organisation:Westgate Family Hub]]
        Date/time: [[date:11/04/2024]] 11:50
        Child: [[name:Amelia-Rose Dunn]]  DOB [[date_of_birth:02/05/2021]]
        Staff involved: [[name:Leanne Cartwright]] ({{creche lead}}), [[name:J.T.]] (student placement)

        Description:
        [[name:Amelia-Rose]] was collected from the creche by her {{nan's partner}}, [[name:Gary Pike]], while mum
        was in the {{Freedom Programme}} group upstairs. He was on the old {{collection list}} from
        last year. Mum had asked for him to be removed in March. The paper list in the creche had
        not been updated; the electronic record had.

        Outcome: [[name:Leanne]] rang mum within two minutes, mum rang [[name:Gary]], child brought back within 20
        minutes unharmed. {{Children's Social Care}} informed, {{LADO}} not required.

        Learning: one list only, and the {{student on placement}} should not be signing children out.
    """)),
    ("social_care", "near_miss", block("""
        Near miss chronology - safe contact
        Client ref: [[case_reference:HL-IDVA-2291]]   {{IDVA}}: [[name:Ciarán Doyle]]

        14:05  Client's {{safe contact}} note: text only, never ring after 5pm, he checks her phone.
        16:50  Court rings [[name:Ciarán]]: hearing moved to tomorrow 9am.
        17:20  Covering {{IDVA}} [[name:Blessing Moyo]] picks it up, about to ring [[phone:07700 900582]].
        17:21  [[name:Hamza Qureshi]] ({{duty manager}}) checks the alert on the {{case management system}} and stops the call.
        17:25  Text sent from the service mobile using the agreed wording ("appointment change, call us").
        17:55  Client rings back from a friend's phone, [[phone:+44 7700 900761]]. Informed of hearing.

        Contributing factors: alert sits in the second tab, not on the front screen; covering
        worker had never met client.
        Actions: "{{safe contact}}" now shows as a red banner; {{IDVA}} cover handover to include
        contact rules verbally.
    """)),
    ("social_care", "success", prose("""
        I want to record good practice by our {{IDVA}} [[name:Mehmet Yilmaz]] in the case of
        [[name:Ayşe]], who was referred by the {{A&E}} {{Hospital IDVA}} after her third attendance
        in a month. [[name:Mehmet]] took a {{Clare's Law}} disclosure request forward the same day and
        chased {{police}} until it was heard at panel. He brought the case to {{MARAC}} on
        [[date:9 November 2023]] with a clear chronology and a named action for each agency: the
        {{GP}} at [[organisation:Parkside Health Centre]] flagged the record, the housing provider
        changed locks, and her daughter's school, [[organisation:Kelderton High School]], added
        extra checks at pick-up. He also booked a Turkish-speaking interpreter so [[name:Ayşe]] never had to
        rely on her son to translate. Six months on she is living independently and has said she
        would contact us again. Case ref [[case_reference:MARAC-23-1142]]. Reported by
        [[name:Jasmine Cole]], {{Service Manager}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX INCIDENT REPORT
        ID: [[case_reference:W114872]]
        Location: [[organisation:Larch Ward]], [[organisation:Kelderton Mental Health Unit]]
        Date: [[date:17/02/2024]]  Time: 19:35
        Patient: [[name:Reuben Asante]]  NHS No: [[nhs_number:921 343 2585]]  Age: [[age:34]]
        Legal status: {{Section 3}} {{Mental Health Act}}

        Description:
        Patient went {{AWOL}} during escorted {{section 17 leave}} to the shop on the hospital
        site. Escort was bank {{HCA}} [[name:Cerys Lloyd]], first shift on the ward, who had not
        been told the leave was 1:1 arm's length. Patient ran when she went to pay.
        {{nurse in charge}} [[name:Tunde Bakare]] informed at 19:40, {{police}} at 19:55
        ([[case_reference:KP-240217-0688]]), {{RMO}} Dr [[name:Lindqvist]] on call.
        Patient found by police at his sister's address, [[address:16 Dunmore Terrace, Harnley]],
        and returned at 23:10 unharmed.

        Severity: low harm. Learning: the leave form says "escorted" but not the level. Bank
        staff briefing before any leave.
    """)),
    ("health", "near_miss", prose("""
        Near miss in {{theatre 3}}, {{orthopaedic list}}, [[date:Tuesday 5 March]]. At {{Sign In}},
        {{ODP}} [[name:Gurpreet Sandhu]] read the consent form aloud and it said right knee
        arthroscopy, but the {{site marking}} arrow was on the left and the list said left.
        Patient, Mrs [[name:Eileen Tranter]], [[age:78]], was clear it was her left knee. [[name:Gurpreet]]
        stopped the process and called the operating surgeon, Mr [[name:Harish Iyer]], who
        checked the clinic letter and the MRI: left was correct and the consent had been
        transcribed wrongly in pre-op. A new consent was taken before {{anaesthetic}}. No harm.
        Contributing factors: consent written at a busy {{pre-op assessment}} clinic from a
        handwritten referral, and the list was running 40 minutes late so there was pressure to
        move on. Credit to [[name:Gurpreet]] for using the {{WHO Surgical Safety Checklist}} as a real stop
        rather than a tick-box. Shared at the {{NatSSIPs}} group.
    """)),
    ("health", "success", prose("""
        shout out to the night team in {{emergency theatres}} at [[organisation:Ashbrook District
        General Hospital]] on [[date:sat 20th jan]]. three category 1 cases back to back, a
        {{laparotomy}}, an {{ectopic}} and a kid with {{testicular torsion}}, and every single one
        had a proper {{team brief}} and {{debrief}}. [[name:Big Dave]] (porter) had the next patient
        at the door before we'd finished cleaning, [[name:Nkechi]] ran the {{scrub}} for all three
        without a break til we made her eat, and Dr [[name:Fernandes]] - sorry, [[name:Inês]] - talked
        the junior anaesthetist through her first {{RSI}} calmly. nobody shouted. thats the
        culture we want. - [[name:Lyndsey]], {{theatre coordinator}}
    """)),
    ("health", "incident", block("""
        Chronology - physical health monitoring after {{rapid tranquillisation}}
        Patient: [[name:JT]]  NHS [[nhs_number:4905202345]]  [[organisation:Heron Ward]]
        Date: [[date:04/03/2024]]

        21:10  [[name:JT]] very distressed, assaults a peer. {{de-escalation}} attempted for 15 min.
        21:28  {{IM lorazepam}} 2mg given under {{restraint}} (3 staff, supine <2 min).
        21:45  First set of obs: {{NEWS2}} 1. Recorded.
        22:00  No obs. Patient asleep, staff told "don't wake him".
        22:30  No obs.
        23:15  [[name:Rosa Delgado]] (night {{nurse in charge}}) notices gap at {{safety huddle}}, obs done: RR 10, SpO2 93%, {{NEWS2}} 4.
        23:20  {{duty doctor}} Dr [[name:Abimbola]] attends, oxygen, obs every 15 min; improved by 00:30.

        Learning: staff believed sleeping patients should not be disturbed; the {{RT policy}}
        requires obs at least every 15 minutes for the first hour even if asleep (respiratory
        rate and SpO2 can be done without waking). Added to ward induction and a laminated card
        on the {{clinic room}} door.
    """)),
    ("health", "incident", prose("""
        Count discrepancy, {{theatre 6}}, {{emergency laparotomy}},
        [[date:22 November 2023]]. At the {{closing count}} the {{scrub nurse}}, [[name:Siobhan
        O'Rourke]], was one {{raytec swab}} short. The surgeon, Miss [[name:Amara Nwosu]], had
        started closing the fascia. [[name:Siobhan]] called the count out loud and the team stopped.
        Search of the field, floor and bins found nothing. An {{intra-operative X-ray}} showed the
        swab in the left paracolic gutter; it was removed and the count reconciled. Anaesthetic
        time extended by 35 minutes; patient ([[age:67]], NHS [[nhs_number:5050863708]]) recovered
        as expected. Contributing factors: a mid-case handover of the scrub role at 18:00 with
        only a verbal count, a swab pack opened in a hurry during bleeding, and the {{count
        board}} not updated. Learning: handovers of the scrub role need a full joint count
        before the outgoing nurse leaves, which is already in the {{LocSSIP}} but was skipped
        under pressure. Datix [[case_reference:W116230]]. Submitted by [[name:Matt Ellery]],
        {{Theatre Practitioner}}.
    """)),
    ("health", "success", block("""
        Reducing Restrictive Practice - [[organisation:Willow Ward]] monthly review
        Date: [[date:8 April 2024]]
        Attendance: [[name:Olu Adeyemi]] ({{ward manager}}), [[name:Hannah Greaves]] ({{psychologist}}),
        [[name:Bartek Zielinski]] ({{OT}}), Sr [[name:Mary-Kate Flynn]] (matron),
        Dr [[name:Jonah Weiss]] ({{consultant psychiatrist}}), [[name:Kim]] ({{peer support worker}})

        Data: {{restraint}} 4 (last month 13), {{seclusion}} 0, {{rapid tranquillisation}} 1.

        What changed:
        - [[name:Kim]] started the evening "calm hour" in the lounge with music and low lights.
        - {{Safewards}} "Know each other" board back up in the corridor.
        - {{OT}} moved the gym slot to 4pm, the peak time for incidents.
        - Every restraint debriefed with the patient within 72 hours ({{PBS}} plan updated).

        [[name:Olu]] thanked the night staff, who trialled the calm hour first.
        Next review: [[date:13 May 2024]]
    """)),
    ("health", "near_miss", block("""
        Teams - Pharmacy / [[organisation:Aspen Ward]]
        [[name:Sanjay Mehta]] 10:14  Hi, reviewing Mr [[name:K. Dlamini]] drug chart - {{clozapine}} 300mg not signed since Sun night?
        [[name:Ffion Hughes]] 10:16  Checking... he refused Mon and Tue night, then was on leave
        [[name:Sanjay Mehta]] 10:17  So >48h missed. Please DON'T give tonight's dose at 300. Needs {{re-titration}} from 12.5mg
        [[name:Ffion Hughes]] 10:18  Oh god ok. It was due at 8pm and agency staff on tonight
        [[name:Sanjay Mehta]] 10:20  I'll write on the chart and ring the {{duty doctor}}. Can you flag at {{handover}}?
        [[name:Ffion Hughes]] 10:21  Will do. NHS no for the Datix is [[nhs_number:9237205279]]
        [[name:Sanjay Mehta]] 10:40  Datix [[case_reference:W117005]] done as near miss. Suggest {{EPMA}} alert for missed {{clozapine}} doses
    """)),
    ("health", "incident", prose("""
        nights [[date:12/01]]. at 0340 on obs round found [[name:kirsty]] in en suite with a
        {{ligature}} made from a bra strap round her neck tied to nothing, she was holding it
        tight. cut off with {{ligature cutter}}, she was talking, obs ok, {{duty dr}} dr [[name:okafor]] came 0355. red mark only. she was on {{intermittent obs}} every 15 mins but the 0325
        check was from the door and the en suite door was pulled to. bank hca [[name:precious]] did
        the round and didnt know the en suite has to be opened. nobody told her. we put [[name:kirsty]] on
        {{1:1}} til day team review. {{safeguarding}} + {{Datix}} done [[case_reference:W114991]].
        learning - obs sheet should say what a check actually is (see chest rise, all rooms
        including bathroom). [[name:gabe]] CN
    """)),
    ("health", "success", prose("""
        A thank-you card arrived on [[organisation:Larch Ward]] this week from a former patient,
        [[name:Stephen]], who was with us under {{Section 2}} last autumn. He wrote that he
        remembers "the nurse with the Scottish accent who sat on the floor outside my room and
        just talked about football". That was [[name:Eilidh MacLeod]], {{staff nurse}}, who spent
        most of a night shift at his door during his worst period rather than calling for
        {{restraint}}. He also thanked [[name:Kofi]] from {{OT}} for the cooking group and said it
        was the first time he had felt like a person again. We are sharing it because it shows
        what {{relational security}} looks like in practice. [[name:Eilidh]] has been nominated for the
        {{Trust}} staff awards. From [[name:Priti Shah]], {{Ward Manager}}.
    """)),
    ("health", "incident", block("""
        [[organisation:Heron Ward]] - nursing handover sheet - Early > Late [[date:28/05/2024]]

        Bed | Pt | Status | Obs | Leave | Notes
        1 | [[name:A.K.]] | {{S3}} | general | 1h escorted grounds | settled
        4 | [[name:Liam Doherty]] | {{S2}} | {{intermittent}} 15 | NONE | new adm, {{NEWS2}} 0
        7 | Mrs [[name:Okoro]] | informal | general | unescorted town | d/c plan Fri

        Incident summary:
        Bed 4 had his leave suspended by {{RMO}} at ward round at 11:00 after a threat to staff,
        but the sheet above was printed at 07:00 and the change was only on {{RiO}}. At 15:30 a
        late-shift {{HCA}} who went by the sheet let him out for "his" 1 hour of grounds leave,
        confusing him with bed 1. He returned after 20 minutes; no harm. Datix [[case_reference:W117342]].

        Learning: handover sheets print once and go stale. Ward round leave changes now read out
        at the 14:00 {{safety huddle}} and the sheet reprinted.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Charlotte Ampofo]] <[[email:charlotte.ampofo@nhs.net]]>
        To: Orthopaedic Governance
        Date: [[date:15 January 2024]]
        Subject: Near miss - wrong size femoral component opened

        Hello,

        Just to share: during a {{total hip replacement}} in {{theatre 2}} on {{Friday}}, the
        circulating practitioner was handed a size 5 {{femoral stem}} from the {{implant trolley}}
        when the surgeon asked for a size 4. The {{scrub practitioner}}, [[name:Dan Kovács]], read
        the box back and caught it before it was opened onto the field. Correct implant opened,
        no delay and no waste.

        The boxes look identical apart from the number, and the trolley was stocked by a
        rep-assisted delivery the night before with sizes out of order.

        Suggestion: implant read-back ("size, side, type") as a formal step in our {{LocSSIP}},
        and stock in number order with shelf labels.

        Thanks, [[name:Charlotte]]
        [[name:Charlotte Ampofo]], {{Theatre Team Leader}}, [[organisation:Ashbrook DGH Main Theatres]]
        Ext 4471 | Mob [[phone:07700 900144]]
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - ruptured {{AAA}}, {{theatre 1}}, [[date:02/10/2023]] 03:10
        Present: [[name:Tom Ashworth]] (vascular reg), Dr [[name:Leila Haddad]] ({{anaesthetist}}),
        [[name:Ruth Sowande]] (scrub), [[name:Pawel]] ({{ODP}}), [[name:Chris]] (porter), [[name:Gita]] ({{blood bank}} BMS)

        What went well:
        - {{major haemorrhage protocol}} called from {{ED}} before the patient reached us; first pack arrived 11 min.
        - [[name:Chris]] ran to {{blood bank}} twice without being asked.
        - [[name:Pawel]] had the {{cell saver}} primed while the team did {{WHO}} Sign In.
        - Closed-loop comms: every request repeated back.

        Even better if:
        - {{MHP}} pager went to the old bleep holder - switchboard list out of date.
        - [[name:Gita]] had to phone to find out which theatre.

        Patient survived to {{ITU}}. Actions: switchboard update, theatre number on the
        {{MHP}} call script.
    """)),
    ("health", "incident", prose("""
        On discharge from [[organisation:Aspen Ward]] on [[date:3 July 2024]], the {{discharge
        summary}} for [[name:Michael Ogundipe]] (NHS [[nhs_number:823 369 0538]]) was sent
        electronically to [[organisation:Riverside Medical Practice]] instead of
        [[organisation:Riverside Surgery]], which are in different towns. The summary included
        his diagnosis, his {{Community Treatment Order}} conditions and his {{depot}} regime. The
        error was found on [[date:10 July]] when the {{CMHT}} care coordinator, [[name:Ellie
        Marsh]], rang the correct surgery to check the depot had been given and they had no
        record of him. His {{paliperidone}} injection was nine days late. He was seen at home
        that day and remained well. The wrong practice deleted the summary and confirmed it in
        writing. The root cause was the {{GP}} look-up in the record, which matches on name only and
        offers the first result. We have asked {{IT}} to show the practice code and postcode in
        the pick list, and the {{Caldicott Guardian}} has been informed. Datix
        [[case_reference:W118120]].
    """)),
    ("health", "success", block("""
        WhatsApp - Theatres Day Team
        [[[date:26/06/2024]], 07:02] [[name:Nas]]: morning all, {{theatre 5}} list lost its {{anaesthetist}} (sick). list has 2 kids on it
        [[[date:26/06/2024]], 07:05] [[name:Jonty Pearce]]: I can swap - my list in 4 is adults only & [[name:Kaz]] can cover mine
        [[[date:26/06/2024]], 07:06] [[name:Kaz]]: yep fine with me
        [[[date:26/06/2024]], 07:11] [[name:Nas]]: amazing. {{paeds}} trained ODP needed in 5 too
        [[[date:26/06/2024]], 07:12] [[name:Sundeep Bains]]: im on, will move. [[name:Aisha]] can take 4
        [[[date:26/06/2024]], 07:30] [[name:Nas]]: all sorted, {{team brief}} 07:45. not one case cancelled 👏
        [[[date:26/06/2024]], 17:50] [[name:Leanne]] ({{theatre manager}}): just seen this. textbook. putting it in the {{Greatix}}
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Category: Specimen / pathology
        Location: {{theatre 4}}, [[organisation:Ashbrook District General Hospital]]
        Date: [[date:07/12/2023]]
        Reporter: [[name:Agnieszka Wrona]], {{Scrub Practitioner}}
        Patients: (1) [[name:Margaret Hale]] NHS [[nhs_number:3916067397]]; (2) [[name:Shirley Noon]] NHS [[nhs_number:3442886147]]

        What happened:
        Two {{breast wide local excisions}} on the same list. The {{specimen pot}} for patient 2 was
        labelled with patient 1's addressograph sticker, because the sticker sheet from case 1
        was left on the {{specimen bench}}. {{histopathology}} noticed the mismatch between the
        request form and the pot and rang theatres. Both specimens were traced by
        {{specimen log}} times and re-labelled under supervision; diagnosis delayed by 2 days.

        Contributing factors: no bench clear-down between cases; label printed in advance.
        Learning: one patient's paperwork on the bench at a time; label at the point of
        collection with a second person checking.
    """)),
    ("health", "near_miss", prose("""
        quick datix while i remember - near miss at induction {{theatre 7}} this am. pt
        ([[age:52]]) had {{penicillin allergy}} (anaphylaxis) on the {{allergy band}} AND on {{EPR}}
        but {{co-amoxiclav}} was drawn up for {{antibiotic prophylaxis}} because the surgical
        {{protocol}} default for that op is co-amox. Dr [[name:Chaudhry]] noticed at {{Time Out}}
        when the {{ODP}} [[name:Tomasz]] read the allergy out loud. swapped to {{teicoplanin}} + {{gentamicin}}.
        nothing given. learning: allergy has to be read out at Time Out not just "any allergies? no".
        thats the 2nd one this year. ref [[case_reference:W118455]] - [[name:Shona]]
    """)),
    ("health", "success", prose("""
        Learning from excellence: on the evening of [[date:16 March 2024]] [[organisation:Aspen
        Ward]] was down to two registered nurses for 18 patients after a late sickness. Instead of
        just getting through, the {{nurse in charge}}, [[name:Grace Oduya]], used the {{safe staffing
        escalation}} at 17:30, the {{site manager}} [[name:Paul Rees]] moved a nurse from
        [[organisation:Willow Ward]] within 40 minutes, and the {{bed manager}} held an admission
        until the morning. [[name:Grace]] also cancelled the non-urgent section 17 walks and explained why
        at the community meeting, so patients did not feel punished. There were no incidents that
        night. We are sharing it because the escalation tool is often seen as a complaint; here it
        worked as designed. Recognised through {{Greatix}} and shared at the {{Safety and Quality
        Group}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        AIR SAFETY REPORT (Ground) - [[organisation:Northline Cargo]]
        ASR No: [[case_reference:ASR-24-0417]]
        Date: [[date:09 FEB 2024]]  Station: {{warehouse}} export shed
        Flight: [[flight_number:NL318]]  A/C: [[aircraft_registration:G-NLCF]] {{B767-300F}}
        AWB: [[case_reference:176-44219983]]
        Reporter: [[name:Chidi Okonkwo]], {{Cargo Supervisor}}

        Narrative:
        A consolidated shipment declared as "spare parts - general cargo" was {{X-ray}} screened
        at 02:15. Screener [[name:Florence Adjei]] saw cell shapes consistent with {{lithium ion
        batteries}} and rejected it. Opened under {{DG}} procedure: 40 {{power banks}} loose, no
        {{UN3480}} marks, no {{Shipper's Declaration}}. Shipment held, freight forwarder informed
        and {{CAA}} reported through the {{MOR}} scheme.

        Learning: the forwarder's {{known consignor}} status was relied on. Acceptance staff to
        apply "hidden DG" questions to all "spare parts" consols. Good catch by [[name:Florence]].
    """)),
    ("aviation", "near_miss", block("""
        LOADSHEET / TECH LOG ENTRY - [[aircraft_registration:G-NLCA]]
        Flt [[flight_number:NL772]]  [[date:14/05/24]]  ETD 2245Z

        Defect / occurrence:
        Position 14R {{ULD}} PMC 31177 NL entered on {{loadsheet}} as 1840 kg.
        {{Load instruction report}} showed 4180 kg (digits transposed). Discrepancy found by
        {{loadmaster}} [[name:Raj Varma]] on {{final check}}; no aft CG issue as load not closed.
        Loadsheet re-issued, {{the captain}} [[name:Ben Hollis]] informed and countersigned.

        Action taken: {{LMC}} procedure not used; full re-issue. [[name:R. Varma]] loadmaster.
        Reported via {{SMS}} as near miss.
    """)),
    ("aviation", "success", prose("""
        Shout-out to the night ramp team at [[organisation:Kelderton Airport]] Stand 41 on
        [[date:Sunday 3 March]]. The {{main deck cargo door}} on [[aircraft_registration:G-NLCD]]
        wouldn't close during turnaround for [[flight_number:NL205]] and the first instinct of a
        tired crew at 4am could've been to bodge it. Instead [[name:Kwame Mensah]] called a stop,
        [[name:Sophie-Jade Turner]] took photos of the {{latch}} indicators for the engineers, and
        [[name:Ollie]] and [[name:Hassan]] re-stowed the last two {{ULD}}s that were sitting proud of
        the {{cargo rollers}}. Door closed normally after that. 35 minutes' delay and not a single
        shortcut. That is exactly the sort of call our {{just culture}} is here to back. Thanks all
        - [[name:Marcus]], {{Duty Ramp Manager}}
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - dock collision, export shed, [[date:21/11/2023]]

        05:52  {{road feeder service}} truck [[vehicle_registration:PN67 WZR]] (driver [[name:Dariusz Kaczmarek]]) reversing onto Dock 6.
        05:53  Dock 6 {{traffic light}} green; {{banksman}} not present (on break cover).
        05:53  Trailer strikes a loaded {{ULD}} AKE 80412 NL left on the dock plate.
        05:54  {{forklift}} operator [[name:Leon Grant]] hears impact, stops all movements.
        06:05  {{ULD}} contents: 12 pieces general cargo, one carton dented. No {{DG}}.
        06:20  Duty manager [[name:Ifeoma Chukwu]] quarantines {{ULD}}, photographs, notifies {{ULD control}}.
        07:10  Cargo re-built into new unit, flies on [[flight_number:NL146]] as planned.

        Contributing factors:
        - Dock plate used as a temporary storage area on busy nights.
        - Traffic light stays green without a banksman.
        Learning: nothing on the dock plate, ever; lights to default red.
    """)),
    ("aviation", "near_miss", block("""
        RTF TRANSCRIPT (extract) - [[organisation:Kelderton Ground]] 118.455
        [[date:30 JAN 2024]]

        0412:05  [[organisation:Kelderton Ground]]: [[flight_number:Northline 4-1-2]] taxi holding point Alpha 1 via Tango, Alpha.
        0412:12  [[flight_number:Northline 4-1-2]]: Taxi Alpha 1 via Tango, Alpha, [[flight_number:Northline 4-1-2]].
        0413:40  [[organisation:Kelderton Ground]]: [[flight_number:Northline 4-1-2]] STOP immediately, vehicle crossing Tango ahead.
        0413:44  [[flight_number:Northline 4-1-2]]: Stopping, [[flight_number:Northline 4-1-2]].
        0413:50  [[organisation:Kelderton Ground]]: Tug 7, you are not cleared to cross Tango, report your position.
        0413:58  Tug 7: Tug 7 sorry, holding on the service road.

        Ground handler note: {{tug}} driver (agency, [[name:Jay Patel-Rowe]]) was towing an empty
        {{dolly}} train and followed the {{airside driving}} map from his previous airport. He had
        not done the local {{hot spot}} brief. Aircraft stopped ~150 m short. {{ATC}} filed an
        {{MOR}}; we are reviewing agency induction.
    """)),
    ("aviation", "success", block("""
        DG SAFETY ACTION GROUP - MINUTES
        Date: [[date:11 April 2024]]   Venue: Cargo Ops training room
        Present: [[name:Hyacinth Clarke]] (chair, {{Head of Ground Ops}}), [[name:Tariq Mahmood]] ({{DG instructor}}),
        [[name:Agata Nowicka]] ({{acceptance}}), [[name:Callum "Cal" McKenzie]] ({{loadmaster}}), [[name:Phil Young]] ({{Safety}})
        Apologies: [[name:Naomi Blake-Hussain]]

        1. Hidden DG trend - 9 finds in Q1 (Q4: 3). Discussed whether this is worse shippers or
        better screening. Consensus: better screening after [[name:Tariq]]'s refresher on {{lithium
        batteries}} in February.
        2. {{NOTOC}} e-sign - no missed NOTOCs since go-live. [[name:Cal]] said crews like it.
        3. {{dry ice}} - {{UN1845}} quantities now auto-calculated per hold.

        Actions: [[name:Tariq]] to run the refresher for the night shift; [[name:Agata]] to share the "red flag"
        commodity list with forwarders; [[name:Phil]] to report the trend to the {{CAA}} at the next
        {{SMS}} review.
    """)),
    ("aviation", "incident", block("""
        From: Capt. [[name:Emma Haworth]] <[[email:e.haworth@northlinecargo.co.uk]]>
        To: Ops Safety; [[email:dg.acceptance@northlinecargo.co.uk]]
        Date: [[date:5 October 2023]] 07:48
        Subject: [[flight_number:NL509]] - NOTOC not provided

        Good morning,

        On [[flight_number:NL509]] last night ([[aircraft_registration:G-NLCB]]) I was not handed a
        {{NOTOC}} before departure. We asked at the door and were told "no {{DG}} tonight". About 40
        minutes into the cruise the {{first officer}}, [[name:Sunny Bhatt]], read the
        {{loadsheet}} SI box, which said "NOTOC ATTACHED". There were 2 pieces of {{UN1266}}
        (perfumery products) in a {{ULD}} in position 22.

        Nothing happened, but in a fire we would not have known what was behind us and neither
        would the fire service at the other end.

        Please can we look at why the NOTOC went missing between acceptance and the aircraft.

        Regards
        [[name:Emma Haworth]]
        {{Captain}}, [[organisation:Northline Cargo]] 767 fleet
        [[phone:+44 7700 900926]]
    """)),
    ("aviation", "incident", prose("""
        night shift [[date:18/08]]. {{dry ice}} box in {{ULD}} for [[flight_number:NL880]] had split,
        co2 vapour coming out when we opened the {{container}} in the shed. [[name:ty]] felt dizzy and
        sat down. [[name:shaz]] got him outside, i opened the {{roller door}} and we cleared the area.
        {{first aid}} came, [[name:ty]] ok after 20 mins, sent home. the shipment was {{UN1845}} 200kg declared
        right but the {{pharma pack}} it came in was damaged on the {{inbound truck}}. we didnt have the
        {{CO2 monitor}} on because it was on charge in the office. learning - monitor on whenever
        dry ice ULDs opened, and open them on the apron side not in the back of the shed. ref
        [[case_reference:GSR-23-1190]]. [[name:deano]] {{shift lead}}
    """)),
    ("aviation", "success", block("""
        WhatsApp - NLC {{Acceptance}} Team
        [[[date:27/02/2024]], 23:14] [[name:Agata]]: guys anyone free? 3 big crates for [[flight_number:NL318]], paperwork says "machine parts". they smell of petrol
        [[[date:27/02/2024]], 23:15] [[name:Femi]]: coming
        [[[date:27/02/2024]], 23:22] [[name:Femi]]: yeah thats fuel. {{leaf blowers}} and {{chainsaws}}, {{fuel tanks}} not drained
        [[[date:27/02/2024]], 23:24] [[name:Agata]]: rejecting. ringing {{forwarder}}
        [[[date:27/02/2024]], 23:40] [[name:Agata]]: forwarder says they can drain + re-declare as {{UN3528}}. not tonight
        [[[date:27/02/2024]], 23:41] [[name:Tariq Mahmood]]: great catch both. use your nose - its in the training for a reason. i'll send to {{Safety}} as a good catch
        [[[date:28/02/2024]], 06:10] [[name:Hyacinth]]: brilliant. {{hidden DG}} find no. 9 this quarter
    """)),
    ("aviation", "near_miss", block("""
        WAREHOUSE SHIFT HANDOVER - Import  [[date:03/07/2024]]  Nights > Days
        Outgoing: [[name:Shona McAllister]]   Incoming: [[name:Dev]]

        Area | Item | Status | Notes
        Strongroom | 3 pcs {{valuables}} | secure | seals checked
        {{DG}} cage | 2 pcs {{Class 7}} ({{Yellow-III}}) | IN CAGE | moved at 05:30, see below
        Cold room | 6 pcs pharma +2-8 | ok | logger fine
        Bay C | 1 {{ULD}} PMC 30981 NL | awaiting breakdown | -

        Near miss note: the two {{radioactive}} packages were found at 05:20 on a shelf next to
        the staff rest area, not in the {{DG}} cage. {{Transport index}} 2.1 each. The inbound
        breakdown team did not recognise the {{Radioactive III}} label. Moved by [[name:Shona]].
        Exposure likely very low but separation rules broken. Radiation protection adviser to be
        asked. [[name:Dev]] please follow up with {{RPA}} this morning.
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-NLCE]]  Sector [[flight_number:NL061]]  [[date:12 DEC 2023]]

        Item 1  DEFECT: {{main deck cargo door}} lower sill damaged, dent approx 6 cm x 2 cm,
                paint removed, seal displaced at FS 380. Found on walkaround by F/O [[name:A. Popov]].
        Item 1  ACTION: Inspected IAW {{SRM}} 52-34-00. Damage within limits. Seal refitted,
                door functional check carried out, nil leaks. {{CRS}} issued.
                Sign: [[name:K. Oduya]] {{B1}} lic [[case_reference:UK.66.B1.44712]]

        Ground safety report [[case_reference:GSR-23-1302]]: {{hi-loader}} HL-4 approached the door
        at speed with the bumper not deployed; driver [[name:Josh Whitfield]] distracted by a
        radio call. No injury. {{hi-loader}} stood down until the bumper sensor is checked.
    """)),
    ("aviation", "success", block("""
        DEBRIEF - leaking {{UN1263}} paint, export shed, [[date:25/09/2023]]
        Present: [[name:Chidi Okonkwo]], [[name:Mairead Kelly]], [[name:Bilal Aziz]], [[name:Femi Adewale]], [[name:JJ]]

        - 01:40 [[name:Bilal]] saw drips under a pallet for [[flight_number:NL318]]. Stopped, called it in.
        - Area cordoned; {{spill kit}} used; {{ERG}} checked by [[name:Mairead]] (no fire risk above flashpoint, well ventilated).
        - Leaking tin (1 of 24) in an inner packaging that had cracked. Shipper's packing ok otherwise.
        - Whole pallet held, shipper informed; {{CAA}} {{DG occurrence report}} filed.
        - [[name:JJ]] checked all pallets built near it - no contamination.

        What went well: calm stop; nobody tried to wipe it up and carry on; {{spill kit}} was
        where it should be.
        Even better if: {{eyewash}} station near Door 3 was empty - restocked now.
    """)),
    ("aviation", "incident", prose("""
        This report concerns a temperature excursion on a {{pharmaceutical}} shipment on
        [[date:6 June 2024]]. Four pallets of vaccine in {{active containers}} arrived on
        [[flight_number:NL774]] and were due to go straight to the cold room. The {{PIL}} tag
        was on the paperwork but not on the pallets, and the offload crew put them with general
        cargo on {{the ramp}} for 70 minutes in 27 degree heat. The containers held temperature for
        the first hour; the {{data logger}} showed 8.6 degrees for the last ten minutes. The
        {{consignee}} rejected one pallet. Ramp lead [[name:Tyrone Baptiste]] reported it himself
        and was clear that his team did not know the pallets were pharma. The fix is simple:
        {{PIL}} labels on the pallets at origin, and our {{offload plan}} now lists pharma
        positions in red. The {{Quality}} team have also asked that {{GDP}} training be given to
        agency ramp staff. Ref [[case_reference:QIR-24-0088]]. Reported by [[name:Nadia Rahman]],
        {{Cargo Quality Manager}}, [[organisation:Northline Cargo]].
    """)),
    ("aviation", "success", prose("""
        Dear [[name:Mairead]] and team, just a thank-you from the flight deck. On
        [[flight_number:NL990]] on [[date:2 May]] we had 14 {{DG}} entries on the {{NOTOC}}
        including {{UN3090}} and {{Class 9}} items, and your {{acceptance}} team had them all
        loaded so that the {{cargo aircraft only}} items were accessible exactly as the {{IATA
        DGR}} says. When I did my walk round, [[name:Wiremu]] from the ramp showed me the
        positions on the {{loadsheet}} without being asked. It makes a huge difference at 3am to
        know someone has thought about it. Please pass on our thanks. Regards, [[name:Ian
        Sutcliffe]], Captain, [[aircraft_registration:G-NLCA]], and [[name:Aoibheann Daly]], {{First
        Officer}}.
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS REPORT - DG ACCEPTANCE
        Report ref: [[case_reference:NM-24-0062]]
        Date: [[date:19/03/2024]]   Shift: Lates
        Reported by: [[name:Mohammed Iqbal]], {{DG Acceptance Agent}}

        Shipment: AWB [[case_reference:176-55903127]], 1 pc, {{UN3090}} {{lithium metal batteries}}, {{PI 968}}
        Label: {{Cargo Aircraft Only}}
        Planned routing: [[flight_number:NL205]] then interline on passenger flight [[flight_number:XQ2214]]

        What happened:
        The interline booking was made by the sales team without checking the {{CAO}} label. At
        acceptance I checked the onward carrier and saw it was a passenger flight. If it had
        gone, it would have been loaded into the belly of a passenger aircraft.

        Action: onward booking cancelled, shipment rebooked on our freighter to destination.
        Suggestion: booking system to block {{CAO}} goods on passenger flights, and sales to do
        {{DG awareness}} training.
    """)),
    ("aviation", "success", prose("""
        A positive report from the {{DG}} acceptance desk. On [[date:29 August 2023]],
        [[name:Zeynep Arslan]], a new starter in her second week, was shadowing [[name:Mairead
        Kelly]] when a shipment of "medical samples" arrived for [[flight_number:NL318]]. [[name:Zeynep]]
        asked why the box had a {{UN3373}} mark but no {{Biological Substance Category B}} words on
        it. [[name:Mairead]] checked: the text was missing, so the package was non-compliant with {{PI
        650}}. The shipper, a private lab, re-packed within an hour and the samples made the flight.
        What we want to share is not the find itself but that a week-two starter felt safe to
        question an experienced colleague, and that [[name:Mairead]] thanked her in front of the team.
        That is the culture we are trying to build. Logged in the {{SMS}} as a positive report,
        ref [[case_reference:POS-23-0041]]. From [[name:Phil Young]], {{Safety Manager}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind158", REPORTS))
