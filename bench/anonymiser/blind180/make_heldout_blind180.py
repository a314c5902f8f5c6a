"""Held-out blind corpus 180: just-culture incident, near-miss and learning reports.

Settings: a secondary school's and primary schools' designated safeguarding leads and a pupil
referral unit (social_care); a community paediatrics service and child development centre
(health); a police air support unit flying a helicopter and drones (aviation). Written blind,
the way UK staff type: incident forms with field labels, WhatsApp and Teams exports with
nicknames, rushed lower-case notes, chronologies with times, e-mails with headers and
signatures, minutes with attendance lists, handover tables, debrief notes, shout-outs and
thank-you cards, tech log entries and RTF transcripts. Every person, place and number is
invented; NHS numbers pass the mod-11 check and phone numbers use Ofcom drama ranges.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind180.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        SAFEGUARDING INCIDENT / LEARNING FORM
        Setting: [[organisation:Brackenholme Academy]] (secondary)
        Reported by: [[name:Ffion Pritchard]], {{deputy DSL}}
        Date of incident: [[date:Thurs 7 March]]   Date reported: [[date:Fri 8 March]]
        Pupil: [[name:Kayden Doyle]]   DOB: [[date_of_birth:19/02/2011]]   Yr 8
        CPOMS ref: [[case_reference:CP-24-0412]]
        What happened: [[name:Kayden]] told a {{TA}} in {{the library}} at lunch that his {{mum}}'s new partner "grabbed him by the neck" on the stairs. The TA wrote it on a post-it meaning to put it on {{CPOMS}} after period 5, got pulled into cover and forgot. Logged 08:40 next day. By then [[name:Kayden]] had been home overnight.
        {{DSL}} [[name:Aled Morgan]] rang the {{MASH}} at 09:10 and a {{section 47}} strategy discussion was held the same afternoon. No harm known from the delay but there could have been.
        Contributing factors: post-it culture; cover pressure; TA unsure whether she could interrupt a DSL mid-lesson.
        Learning: verbal disclosures go to a DSL in person the same session, then CPOMS. Reminder at briefing {{Monday}}.
    """)),
    ("social_care", "near_miss", block("""
        {{WhatsApp}} export - "DSL team 🛡️"
        [[date:08/11/2023]], 16:42 - [[name:Jas]]: has anyone sent the {{child protection conference}} report for the [[name:Okonkwo-Reid]] kids yet
        [[date:08/11/2023]], 16:44 - [[name:Marta W]]: doing it now
        [[date:08/11/2023]], 16:51 - [[name:Marta W]]: STOP. {{Outlook}} autofilled dads email instead of mums. caught it before send
        [[date:08/11/2023]], 16:51 - [[name:Marta W]]: [[email:dele.okonkwo-reid@gmail.com]] came up first, {{mum}} is [[email:tash.reid84@outlook.com]]
        [[date:08/11/2023]], 16:53 - [[name:Jas]]: ok breathe. {{dad}} has the {{non-molestation order}} against him and the report has mums new address in para 3
        [[date:08/11/2023]], 16:54 - [[name:Jas]]: good catch. from now anything to parents goes via {{Egress}} and a 2nd person checks the recipient
        [[date:08/11/2023]], 16:55 - [[name:Bev]]: want me to put it on the {{near miss log}}?
        [[date:08/11/2023]], 16:55 - [[name:Jas]]: yes pls and tell Mr [[name:Hussain]] tmrw x
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Delroy Francis]], key worker at [[organisation:The Anchorage PRU]]. On {{Tuesday}}
        he noticed [[name:Tyler]] (Yr 10, [[age:15]]) had two phones, brand new trainers and a return train
        ticket to [[address:Seabridge]] in his blazer pocket. He didn't confront him or take the phones. He wrote
        exactly what he saw on {{CPOMS}} and walked it to our {{DSL}} [[name:Hodan Warsame]], who made a
        {{MASH}} referral ([[case_reference:MASH/23/88917]]) that afternoon with a {{county lines}} flag.
        {{The police}} linked it to a line they already had eyes on, and an {{NRM}} referral went to the
        {{Single Competent Authority}} within the week. [[name:Tyler]]'s {{mum}} told us she had been
        "going out of her mind" and had no idea who to tell. [[name:Delroy]]'s relationship with him is the reason
        [[name:Tyler]] is still turning up. This is what professional curiosity looks like. Thank you
        [[name:Delroy]].
    """)),
    ("social_care", "incident", prose("""
        quick notes for the form will tidy later. 11.20ish [[name:jayden-lee]] walked out of {{the pru}} via
        the side gate after a row w/ [[name:kez]]. gate was propped with a fire bucket?? not sure who.
        [[name:dom]] followed at distance as per his {{positive handling plan}}, lost sight at the garage
        on [[address:Fenwick rd]]. rang mum [[phone:07700 900417]] no answer. rang {{101}} then {{999}} at
        11.45 as hes on a {{CP plan}} and only [[age:13]]. police found him 12.30 getting out of a taxi
        [[vehicle_registration:YK19 ZXP]] on [[address:Holloway Lane]]. who paid for the taxi?? passed to
        {{MASH}} + his sw. {{return home interview}} booked for tmrw. gate closer is broken, told site mgr
        AGAIN. [[name:kez]] ok but shaken
    """)),
    ("social_care", "success", block("""
        Safeguarding team meeting - minutes
        [[date:Wed 17 January 2024]], DSL office, [[organisation:St Bede's C of E Primary]]
        Present: [[name:Grace Bishop]] (DSL, chair), [[name:Tomasz Kaczmarek]] (deputy DSL), [[name:Hope Adebayo]] (family support worker), [[name:Lou]] (office)
        Apologies: [[name:R. Chaudhry]] (head)

        Item 1 - {{Operation Encompass}} notification, Yr 2 pupil
        Notification came in 07:52, ref [[case_reference:OE-2024-00316]]. [[name:Lou]] saw it on the {{secure inbox}} before registration and walked it straight to [[name:Grace]]. Class teacher briefed by 08:35 so [[name:Maisie]] had a quiet start with [[name:Hope]] in {{the nurture room}}. No disclosure; logged on {{CPOMS}}.
        What went well: the office now checks the secure inbox at 07:45 before anything else. Last term two notifications sat unread until lunch.
        Actions: [[name:Tomasz]] to add {{Encompass}} to the {{INSET}} slides. [[name:Hope]] to offer {{mum}} an {{Early Help}} conversation.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Niamh Gallagher]] <[[email:n.gallagher@hallowfieldhigh.sch.uk]]>
        To: [[email:safeguarding@ridgewaylearning.org.uk]]
        Sent: [[date:22 February 2024]] 15:06
        Subject: Learning review - allegation against supply teacher, {{LADO}} contacted late

        Hi all,
        For the trust learning log. On [[date:12 Feb]] a Yr 9 parent rang reception to say a supply PE teacher had been messaging her daughter on {{Snapchat}}. {{Reception}} passed it to the {{head of year}}, who spoke to the teacher himself and "told him to knock it off". The {{LADO}} wasn't contacted until [[date:15 Feb]], when the parent rang again. He worked two more days in between.
        {{KCSIE}} is clear: allegations go to the head as {{case manager}} and the LADO within one working day. Our staffroom flowchart is the old version without the LADO number ([[phone:01632 960118]]).
        LADO ref [[case_reference:LADO-0224-031]]. Agency informed; he is not working in any trust school.
        Actions: new flowcharts, a reception script, {{HoY}} training in {{March}}.

        [[name:Niamh]]
        [[name:Niamh Gallagher]] | {{DSL}} | [[organisation:Hallowfield High School]] | [[phone:0113 496 0734]]
    """)),
    ("social_care", "near_miss", prose("""
        A supply teacher, [[name:Marcus O'Neill]], arrived at [[organisation:Meadowbank PRU]] for a three-day booking on
        {{Monday}}. The agency's confirmation e-mail said his {{enhanced DBS}} had been checked. At the front desk
        [[name:Precious Nwosu]] went to add him to the {{single central record}} and noticed the certificate number
        ([[case_reference:001784339205]]) came back on the {{DBS Update Service}} under a different name, and that the
        national insurance number on the agency sheet ([[ni_number:JM 44 71 92 C]]) didn't match the one on his
        passport copy ([[ni_number:JM 44 17 92 C]]). She kept
        him in {{reception}}, rang the agency and told the {{head}}. It turned out to be a typo at the agency plus a
        stale certificate; the correct check came through at 10:15 and was clear. He started late and had no contact with
        pupils before then. Learning: an agency e-mail is not a check. [[name:Precious]]'s habit of verifying every
        number is now in our induction checklist for front office staff.
    """)),
    ("social_care", "success", prose("""
        Learning from a managed move that worked. [[name:Ola Wójcik]] (Yr 9) came to [[organisation:The Bridge Pupil
        Referral Unit]] from [[organisation:Thornleigh Academy]] on a 12-week {{managed move}} after repeated
        {{suspensions}}. What made the difference: the sending {{DSL}}, [[name:Patrick Mullins]], rang us before any
        paperwork, so we knew about the {{Early Help}} plan, that {{dad}} works nights (best on [[phone:+48 512 734 209]]
        as he uses his Polish number) and that {{mum}} reads English but prefers Polish in meetings. We booked an
        interpreter for the first meeting rather than using her brother. The {{CPOMS}} file transferred within two
        days with a named contact. [[name:Ola]] had a key adult from day one, [[name:Bryony]], and a phased
        timetable. At the six-week review her attendance was 94% and she asked to stay on for {{GCSE}} English.
        Worth copying: phone call first, file second, interpreter always.
    """)),
    ("social_care", "incident", block("""
        Chronology - pupil released to an adult not on the collection list
        [[organisation:Ashgrove Infant School]], [[date:Fri 24/05/24]]
        15:10  Agency {{TA}} on the Class 1 door. [[name:Lily-Rose]] ([[age:5]]) sees her {{nan}} at the gate and runs to her.
        15:11  TA lets her go - nan "looked like she was expected". Nan is not on the list; there is a {{child arrangements order}} and only {{mum}} or aunt [[name:Kerry Tait]] collect.
        15:25  Mum arrives and raises the alarm.
        15:27  {{DSL}} [[name:Jo Featherstone]] rings nan on [[phone:07700 900862]], no answer. Rings {{101}}, log [[case_reference:PL-0524-0871]].
        15:58  Nan answers, says she took [[name:Lily-Rose]] to the park. Brings her back 16:20, child fine.
        Factors: collection list lives on {{Arbor}} only, not on the paper register the agency TA had; no photos of authorised adults at the door.
        Actions: photo collection cards; agency staff never alone on a door.
    """)),
    ("social_care", "near_miss", block("""
        Teams - DSL channel (exported)
        [[name:Sunita Bhardwaj]] 09:14
        About to upload the {{EHCP}} annual review pack to the {{parent portal}} for [[name:Reece]] in 7M
        [[name:Sunita Bhardwaj]] 09:16
        hang on, p14 is the {{social care}} chronology and it names his half-sister and her foster carers' address
        [[name:Gethin Rees]] 09:17
        😬 don't. {{SENCo}} merged the PDFs from the shared drive, that whole folder is mixed
        [[name:Gethin Rees]] 09:18
        strip it back to school sections only, I'll ring {{the social worker}} about what can be shared
        [[name:Sunita Bhardwaj]] 09:31
        done, 38 pages down to 22. address was [[address:7 Larch Close, Tingwell]] [[postcode:LS27 8QN]] 🙈
        [[name:Gethin Rees]] 09:33
        Nice catch [[name:Sun]]. Logging it. Suggest {{CP}} docs never go in SEN packs, separate folders on {{SharePoint}}
    """)),
    ("social_care", "incident", block("""
        Post-incident debrief - physical intervention
        [[organisation:Hollins Lane PRU]] | [[date:3 October 2023]] | led by [[name:Chidi Eze]] (deputy head, DSL)
        Staff involved: [[name:Saoirse Kinsella]], [[name:Daz]]

        What happened: [[name:Kai]] ([[age:14]]) threw a chair in the corridor after his phone was taken at the door. [[name:Saoirse]] and [[name:Daz]] used a {{Team Teach}} two-person escort to {{the calm room}}. Afterwards [[name:Kai]] said his wrist hurt. Red mark, photographed, {{body map}} done 14:05. The {{bound and numbered book}} entry was not completed until the next day and {{mum}} was not told until 17:40, after [[name:Kai]] had got home and told her himself.
        Why: the form lives in the office; both staff went straight back to cover; nobody owned the parent call.
        Changes: debrief before staff return to class; the {{DSL}} makes the parent call within the hour; {{reasonable force}} log done same day.
        Mum accepted our apology. Below {{LADO}} threshold following [[name:Chidi]]'s consultation.
    """)),
    ("social_care", "success", block("""
        DSL half-term cover - handover [[date:20/10]] (for [[date:23/10]] to [[date:27/10]])
        From [[name:A.R.]] to [[name:Kwame]]

        Pupil      | Concern                                  | Who to call
        [[name:T.M.]] Yr 6    | {{CP plan}}, {{core group}} Weds              | SW [[name:Femi Ogunleye]] [[phone:07700 900235]]
        [[name:Bright]] sibs  | {{Operation Encompass}} x2 this month   | {{MASH}} [[phone:(0161) 496 0550]]
        [[name:Ruby]] Yr 4    | possible {{private fostering}}, not confirmed | {{Early Help}} hub
        Out of hours: {{EDT}}. Log everything on {{CPOMS}} as normal.

        Added after half term by [[name:Aisha Rahman]]: this worked. [[name:Femi]] rang on the Tuesday about [[name:T.M.]] moving to her dad's and [[name:Kwame]] had everything in front of him. First holiday with no "who's covering?" panic. Keeping the table format.
    """)),
    ("social_care", "incident", prose("""
        Careful write-up for the trust panel. [[name:Ayaan Qureshi]] and [[name:Zayn Qureshi]] are twins, Yr 5, same DOB
        ([[date_of_birth:14/06/2013]]). On [[date:27 November]] a supply teacher recorded a disclosure from
        [[name:Ayaan]] about {{physical chastisement}} but selected [[name:Zayn]] on {{CPOMS}} from the drop-down.
        [[name:Zayn]] attends [[organisation:Fairfield Specialist School]] two days a week under his {{EHCP}}, and
        their {{DSL}} can see his shared record. She contacted the family about a concern that was not about
        [[name:Zayn]], and {{dad}} was understandably confused and upset. Meanwhile the real concern about
        [[name:Ayaan]] sat unactioned for six weeks until the error was spotted at a {{pupil progress meeting}}.
        A {{MASH}} referral was then made ([[case_reference:MASH-231218-4470]]) and no further injury has been found.
        Learning: search by full name and year group, not surname; CPOMS now shows a photo on selection; twins and
        same-surname siblings flagged on the system.
    """)),
    ("social_care", "success", prose("""
        huge thank you to [[name:Bernie]] our {{attendance officer}}!! 3rd day of no contact for [[name:Amelia]]
        ([[age:7]]), mums phone going to voicemail, so [[name:Bernie]] did the {{day 3 home visit}} to
        [[address:Flat 6, Cobden House, Ashworth Road]] [[postcode:HU9 4EB]]. found [[name:Amelia]] and her little
        brother home on their own, {{mum}} had been in {{hospital}} since the night before after a fall and a
        neighbour was "keeping an eye". [[name:Bernie]] stayed with them, rang [[name:Sal]] ({{DSL}}) and {{children's
        social care}}, kids went to their aunt that evening. mum is home now and grateful. this is exactly why we do
        day 3 visits and dont just tick {{Children Missing Education}} boxes. cakes in the staffroom {{Friday}} 🎂
    """)),
    ("social_care", "near_miss", prose("""
        trip to [[organisation:Kelder Water Activity Centre]] [[date:13/6]]. centre photographer took group pics incl
        [[name:Leon]] who is a no-photos child ({{court order}}, dad not to know where he is). pics were about to go on the
        centres facebook and on our {{school app}}. [[name:Fatima]] ({{TA}}) remembered him from the {{photo consent list}} and
        asked them to delete, watched them do it on the camera and the laptop. we had never sent the centre our no-photo list.
        adding it to the {{trip risk assessment}} template + the {{EVC}} checklist. Ms [[name:Patel]] told, she will ring {{mum}}
        so she hears it from us. well done [[name:Fatima]]
    """)),
    ("social_care", "incident", block("""
        From: [[email:dsl@northgatecollege.sch.uk]]
        To: [[email:rhiannon.price@cwmbrynacademy.cymru]]
        Date: [[date:Tue 9 Jan 2024]]
        Subject: {{CP file}} not transferred - [[name:Corey Lamb]], DOB [[date_of_birth:30/08/2010]], {{UPN}} [[case_reference:H823400019017]]

        Dear [[name:Rhiannon]],
        [[name:Corey]] started with us on [[date:6 November]]. We received his {{child protection file}} yesterday, nine weeks later, and only after we rang. We now know he was on a {{child in need plan}} and had a {{missing episode}} in {{October}}. In the gap he went missing from our site twice and we treated both as low risk because we didn't have the history.
        {{KCSIE}} expects the file within five school days. Could you look at what happened your end? Happy to talk it through with no blame.
        Kind regards
        [[name:Euan Fraser]]
        {{Designated Safeguarding Lead}}, [[organisation:Northgate College]]
        [[phone:01632 960447]]
    """)),
    ("social_care", "success", block("""
        Debrief - missing pupil found within 40 minutes
        [[organisation:Riverside PRU]], [[date:5 March 2024]]
        Present: [[name:Mustafa Yilmaz]] ({{DSL}}), [[name:Joy Mensah]] ({{key worker}}), {{missing persons coordinator}} from {{the police}}

        [[name:Harley]] ([[age:15]], {{looked after child}}) left at 13:05 in uniform. [[name:Joy]] rang the number on his {{Philomena Protocol}} form and gave {{the control room}} his photo, description and the places he goes: a mate's flat on [[address:Beech Avenue]] and {{the skate park}}. Officers found him at 13:45 at the skate park.
        What helped: the form had been updated with his {{carer}} [[name:Sandra]] two weeks before, including a recent photo; staff followed the plan and didn't chase him towards {{the main road}}; one person spoke to the control room.
        Action: [[name:Mustafa]] to check every looked after pupil has a Philomena form reviewed this {{half term}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W204117]]
        Service: {{Community Paediatrics}}, [[organisation:Oakfield Child Development Centre]]
        Incident date: [[date:14/02/2024]]
        Category: {{Information governance}} - correspondence sent to wrong family
        Description: Clinic letter for [[name:Isla Thompson]] (DOB [[date_of_birth:02/05/2019]], NHS [[nhs_number:703 895 9468]]) was posted to the family of another [[name:Isla Thompson]] (DOB [[date_of_birth:12/09/2018]], NHS [[nhs_number:610 308 1602]]) at [[address:41 Wren Street, Mereside]] [[postcode:WV10 6HD]]. The second family rang to say it contained an {{autism assessment}} outcome and {{ADOS-2}} scores that were not their daughter's. Admin had picked the patient from a name search on {{SystmOne}} without checking DOB.
        Immediate action: letter collected by hand, apology to both families, {{Caldicott Guardian}} informed, {{duty of candour}} letter sent.
        Learning: {{three-point ID}} (name, DOB, NHS number) at letter generation; {{same-name alert}} switched on.
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{buccal midazolam}} rescue plan. The {{community paediatrician}}, Dr [[name:Osei]], wrote a
        rescue plan for [[name:Benji]] ([[age:4]], {{Dravet syndrome}}) and the dose came out as 10 mg, copied
        forward from an older child's plan template. The pharmacist at [[organisation:Castle Street Pharmacy]],
        [[name:Vytautas]], queried it because the {{BNFc}} dose for his age band is 5 mg, and rang the clinic
        rather than just dispensing. Corrected the same afternoon before {{mum}} collected. The {{epilepsy nurse}}
        updated the {{individual healthcare plan}} that goes to nursery. Learning: no copy-forward of rescue plans;
        the template now has the age-band table built in and needs a second signature. Thank you
        [[name:Vytautas]] for picking up the phone.
    """)),
    ("health", "success", prose("""
        Shout-out 🌟 to [[name:Mei Ling Chan]], {{SALT}} at [[organisation:Willowbrook CDC]]. In a session on
        [[date:2 May]] she noticed fingertip {{bruising}} on the upper arm of [[name:Oscar]] ([[age:3]]) while he
        was playing with the {{Makaton}} cards. She wrote down exactly what she saw and what {{dad}} said, with no
        leading questions, did a {{body map}} and rang the {{named nurse}} before the family left. A {{child
        protection medical}} happened the same day and {{children's social care}} were involved by teatime. At
        the {{strategy meeting}} her notes were described as textbook. [[name:Oscar]] is safe and still coming to
        therapy. Thank you [[name:Mei]]!
    """)),
    ("health", "incident", block("""
        Chronology - delay to {{child protection medical}}, non-mobile infant
        Child: [[name:Zara Hussain]], [[age:9 weeks]]
        [[date:Mon 11 March 2024]]
        10:20  {{Health visitor}} [[name:Ngozi Eze]] sees a bruise on [[name:Zara]]'s cheek at the {{8-week check}}.
        10:45  HV refers to {{MASH}}, ref [[case_reference:MASH-240311-0093]].
        11:30  MASH requests CP medical from community paeds.
        12:10  On-call {{registrar}} says clinic full, family should go to {{ED}}.
        14:30  Family seen in ED; ED say CP medicals for this age are community paeds and send them home.
        17:50  {{Social worker}} [[name:Dan Whitlock]] chases. Dr [[name:Harjit Bains]] agrees to see.
        18:40  Medical done at [[organisation:Royal Mereside Children's Hospital]]. {{Skeletal survey}} next day normal.
        Issues: the {{bruising protocol}} says "same day" but not where; each service thought the other owned non-mobile infants; family waited 8 hours.
        Action: one named on-call for all under-1 bruising.
    """)),
    ("health", "near_miss", block("""
        [[date:02/04/24]], 10:03 - [[name:Shaz]]: girls quick q, letter for [[name:Mason Hartley]] NHS [[nhs_number:9773750078]] - {{EMIS}} says [[address:18 Pikelaw Road]] [[postcode:BD7 4JU]] but referral says hes in foster care now??
        [[date:02/04/24]], 10:05 - [[name:Bron]]: DONT send it there. thats birth mums. he moved in {{February}} and placement is confidential
        [[date:02/04/24]], 10:05 - [[name:Bron]]: check {{Spine}}?
        [[date:02/04/24]], 10:08 - [[name:Shaz]]: spine still has the old one 😳 {{PDS}} never updated
        [[date:02/04/24]], 10:09 - [[name:Bron]]: send it c/o the {{LAC nurse}} [[name:Aoife]] and ask {{the social worker}} to get the {{GP}} to update
        [[date:02/04/24]], 10:15 - [[name:Shaz]]: done, letter held. doing a {{Datix}}
        [[date:02/04/24]], 10:16 - [[name:Bron]]: 👍 good shout [[name:Shaz]]
    """)),
    ("health", "success", block("""
        ADHD pathway huddle - notes
        [[date:Thu 25 April 2024]], Teams
        Attendees: Dr [[name:Rafi Ahmed]] (consultant), [[name:Jenna]] (ADHD nurse), [[name:Kasia Zielińska]] (admin lead), [[name:Femi]] (pharmacy)

        1. Waiting list validation - went well
        [[name:Kasia]] phoned every family waiting over 18 months (212). 31 no longer wanted assessment, 9 had moved out of area, and 4 had {{safeguarding}} flags nobody had seen, including a [[age:12]]-year-old now on a {{child protection plan}}. Those 4 were seen within a fortnight.
        2. {{QbTest}} clinics
        [[name:Jenna]] running two a week; {{Conners}} forms now sent by text link.
        3. {{Shared care}}
        [[name:Femi]]: {{methylphenidate}} shortage easing; GPs happier with the new shared care template.
        Actions: [[name:Kasia]] to write up the validation script for the other {{ICB}} sites.
    """)),
    ("health", "incident", prose("""
        writing this up now bc [[name:kris]] asked. clinic 2 pm, {{melatonin}} 2mg {{MR}} rx meant for
        [[name:Alfie Walsh]] got printed against [[name:Alfie Welsh]] (two alfies on the same list, both [[age:8]]).
        signed without opening the record, my fault, running 40 min late. second alfies mum took it to the
        chemist and he had one dose that night. hes on {{sodium valproate}} for his {{epilepsy}}, no interaction and
        no harm but mum rang {{111}} worried. she rang us next morning. both families called, apology, {{duty of
        candour}} done. pls can we stop printing {{FP10}}s from the clinic list view, open the record first.
        {{Datix}} [[case_reference:W206554]]
    """)),
    ("health", "incident", block("""
        From: [[name:Leila Karimi]] <[[email:leila.karimi@nhs.net]]>
        To: [[name:Tom Ashby]]
        Subject: For governance - diagnosis feedback without an interpreter

        Hi [[name:Tom]],
        For {{Friday}}'s governance meeting. On [[date:5 March]] I fed back an {{autism}} diagnosis to the parents of [[name:Ahmad Noori]] ([[age:6]]). The booking said "Dari interpreter" but none had been booked - the request went to the old {{interpreting service}} inbox. The family agreed to carry on with [[name:Ahmad]]'s [[age:12]]-year-old sister interpreting. I stopped when it was clear she was softening what I said and {{dad}} asked if it meant he would "never talk". We rebooked with a {{telephone interpreter}} the next day. Policy is clear that children don't interpret, and I should have stopped at the start.
        Could the booking form bounce if no interpreter is confirmed 48 h before?

        [[name:Leila Karimi]] | {{Speciality Doctor}} | [[organisation:Kestrel House Child Development Centre]]
        Mob [[phone:07700 900318]]
    """)),
    ("health", "success", prose("""
        Transcribed from a card left at {{reception}}, shared with the family's permission: "To [[name:Beverley]],
        [[name:Jaz]] and everyone at the [[organisation:Sunflower Centre]], thank you for everything you have done
        for our [[name:Freddie]]. When he was diagnosed with {{cerebral palsy}} we didn't know where to start.
        [[name:Jaz]] the {{physio}} came to his {{nursery}} to show them how to use his {{standing frame}}, and
        [[name:Beverley]] chased {{wheelchair services}} every week until his chair came. He goes to
        [[organisation:Little Acorns Nursery]] full days now. Love from [[name:Gemma]], [[name:Liam]] and
        [[name:Freddie]] (aged [[age:3¾]]) xxx". Learning for the team: the {{joint nursery visit}} within two weeks of
        diagnosis is what families remember.
    """)),
    ("health", "near_miss", block("""
        Weekend on-call handover - community paeds ({{safeguarding}})
        Sat [[date:18/05]] to Sun [[date:19/05]], on call: Dr [[name:Aoibheann Carey]]

        | Child | NHS no. | Issue | Status |
        | [[name:Nadia Begum]] | [[nhs_number:555 882 6665]] | {{CP medical}} - {{scald}} to hand | done Sat, report to SW by Mon |
        | [[name:Jacob Smith]] | [[nhs_number:267 097 1814]] | {{sexual abuse}} concern | referred to {{SARC}}, not seen by us |
        | [[name:Wiktoria Lis]] | [[nhs_number:324 710 7606]] | {{neglect}}, faltering growth | clinic Tues |

        NEAR MISS: {{EDT}} referral form for [[name:Nadia]] had DOB [[date_of_birth:07/06/2016]] instead of [[date_of_birth:06/07/2016]]. Searching by DOB pulled up a different child on {{SystmOne}}. Spotted because the {{growth chart}} didn't fit. Always search by NHS number, confirm with parent at the door.
    """)),
    ("health", "incident", block("""
        Debrief notes - fall from {{changing bench}}, [[organisation:Oakfield CDC]] {{physio}} gym, [[date:16 January]]
        Present: [[name:Kerry-Ann Campbell]] (physio), [[name:Rory Mackintosh]] ({{HCA}}), [[name:Ayo]] (team manager)

        [[name:Sienna]] ([[age:6]], {{quadriplegic cerebral palsy}}) rolled off the height-adjustable bench while [[name:Rory]] turned to get a pad; side rail was down. Fall about 70 cm onto the crash mat. Checked by Dr [[name:Pillai]], no injury found. {{Mum}} told straight away and the {{duty of candour}} conversation recorded.
        Why: on the new bench the rails fold down with the height and nobody had been shown; the old one had fixed sides. "One hand on the child" isn't written in the {{SOP}}.
        Actions: supplier training for all staff; SOP updated; {{Datix}} [[case_reference:W219873]].
    """)),
    ("health", "success", prose("""
        {{Initial health assessments}} for children coming into care are due within 20 working days and we are
        usually late. For [[name:Daniyal]] ([[age:2]]) and [[name:Roksana]] ([[age:7]]), placed with emergency foster
        carers [[name:Sue]] and [[name:Barry Hinds]] on a {{Friday}} night, the {{LAC nurse}} [[name:Gurpreet Kaur]]
        rang the {{social worker}} on the {{Monday}} and got {{parental consent}} signed at the first {{contact}}
        session. The IHA was done on day 9 by Dr [[name:Okafor]] at [[organisation:Riverside Clinic]]. It picked up
        [[name:Roksana]]'s missed {{immunisations}} and a {{squint}} nobody had noticed; both now sorted.
        [[name:Gurpreet]]'s tip: chase consent at contact, not by post.
    """)),
    ("health", "near_miss", block("""
        Teams chat - CDC admin + clinicians
        [[name:Hayley]] (admin) 11:02: 3rd {{Was Not Brought}} for [[name:Kacper Nowicki]] ({{ADHD}} review). Template letter says discharge back to {{GP}}. OK to send?
        Dr [[name:Ekwueme]] 11:10: NO - do not discharge. His {{CP plan}} only ended last month. Ring the {{school nurse}} and the social worker first
        [[name:Hayley]] (admin) 11:48: family moved to {{temporary accommodation}} in {{January}}, all our letters going to [[address:3 Sycamore Court, Lindow Park]]. School have the new address
        Dr [[name:Ekwueme]] 11:52: 👏 rebook, send via school, flag on {{SystmOne}}
        [[name:Hayley]] (admin) 12:05: done, appt [[date:3 June]]. Think the WNB template should prompt a safeguarding check before discharge?
    """)),
    ("health", "incident", block("""
        Subject: IG breach - DLA supporting letter sent to wrong e-mail
        From: [[name:Kofi Asante]]
        To: {{Information Governance}}; [[name:Claire Dunn]]
        Date: [[date:Wed 10 July 2024]]

        I e-mailed the {{DLA}} supporting evidence for [[name:Ryan Kowalczyk]] ([[age:10]]), which includes {{mum}}'s national insurance number [[ni_number:PR 38 19 47 D]], their address and his {{autism}} and {{ADHD}} reports, to [[email:kowalczyk.r@gmail.com]], typed from memory. Mum's address is [[email:kowalczyk.m@gmail.com]]. Recall failed. The wrong address bounced back a reply from a stranger who says they've deleted it. Mum informed by phone and is understandably upset about her NI number.
        IG ref [[case_reference:IG-2024-0188]].
        Learning: only send from the contact on {{SystmOne}}, never typed; attachments only via {{Egress}}.
        [[name:Kofi]]
    """)),
    ("health", "success", prose("""
        Big thank you to [[name:Thanh]] in {{medical records}}. While scanning a {{referral}} she noticed two records on
        {{SystmOne}} for the same girl: [[name:Ruby-Mae Kelly]] (NHS [[nhs_number:446 399 9421]]) and an older one
        under her previous surname, [[name:Ruby-Mae Doherty]]. Her {{epilepsy}} {{care plan}} and an abnormal {{EEG}}
        report were only on the old record, so {{the consultant}} at her clinic on [[date:Tuesday 14th]] would have
        missed them. [[name:Thanh]] flagged it to the {{Spine}} team and the records were merged before the
        appointment. A small thing that could have been a big thing. ⭐
    """)),
    ("health", "incident", block("""
        Incident type: {{Lone working}} / violence and aggression
        Staff member: [[name:Blessing Adeyemi]], {{community children's nurse}}
        Location: [[address:29 Harrowgate Walk, Brookhurst]] [[postcode:M23 9WB]]
        Date / time: [[date:07/12/2023]] 16:30
        What happened: Home visit to review [[name:Tayla]]'s {{gastrostomy}}. {{Mum}}'s partner came home, started shouting and stood in the doorway so [[name:Blessing]] couldn't leave. She used the {{lone worker device}} code word. Her car ([[vehicle_registration:MA21 KXU]]) was blocked in by his van ([[vehicle_registration:FD67 WRN]]). Police attended 16:55 and she left.
        Contributing factors: the address had a {{warning marker}} on the social care system but not on ours; visit booked for late afternoon.
        Actions: markers shared; two-person visits at this address; [[name:Blessing]] offered {{TRiM}} support.
    """)),
    ("health", "success", prose("""
        Learning note - school used {{buccal midazolam}} correctly. [[name:Ellie]] ([[age:9]]) at
        [[organisation:Greenacre Primary]] had a {{tonic-clonic seizure}} in PE on [[date:Tues 30th April]]. The {{TA}}
        timed it, gave midazolam at five minutes as per her {{individual healthcare plan}} and called {{999}}. The
        seizure stopped within three minutes and paramedics took over. Two weeks earlier our {{epilepsy nurse
        specialist}} [[name:Fiona McAllister]] had trained six staff with the {{training manikin}}; the TA said
        practising the actual syringe was what made her confident. {{Mum}}, [[name:Ngozi]], rang us to say thank you.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG extract - [[aircraft_registration:G-WXPU]]  {{H135}}
        Date: [[date:14 NOV 23]]  {{Pilot}}: [[name:S. Gupta]]  {{TFO}}: [[name:M. Daly]]
        Defect: {{EO/IR camera}} turret drifting in elevation, image froze 3x on task. Reset in flight OK.
        Action: {{ADD}} raised per {{MEL}}.

        Safety report: the ADD was written into the {{tech log}} of [[aircraft_registration:G-WXPR]] (other airframe, parked alongside) by mistake. [[aircraft_registration:G-WXPU]] flew the next morning's task with the camera defect not carried forward; it froze again over a {{firearms incident}}. {{Engineer}} [[name:Gaz]] found it at the {{evening daily}}.
        Factors: both tech logs kept on the same shelf in {{the crew room}}, same colour binders, night shift changeover.
        Actions: logs kept in the aircraft; registration on binder spines in big letters; pilot signs the ADD page.
    """)),
    ("aviation", "near_miss", block("""
        RTF transcript extract - [[organisation:Castlebrook Approach]], [[date:09/08/2023]] 22:14-22:17
        HELI: [[flight_number:Police 21]], orbiting [[address:Hatherley Park]] at one thousand five hundred feet, tracking a suspect northbound
        APP: [[flight_number:Police 21]], roger, remain south of the {{final approach}} track
        APP: [[flight_number:EZY52KP]], traffic twelve o'clock three miles, {{police helicopter}}, indicating one thousand six hundred
        EZY: [[flight_number:EZY52KP]], looking, {{TCAS}} traffic
        APP: [[flight_number:Police 21]], you are now on the final approach track, turn south immediately
        HELI: [[flight_number:Police 21]], turning south, apologies

        Crew debrief: {{TFO}} head-down on the camera, {{pilot}} following the suspect's car on the {{moving map}}; nobody monitoring position against the {{Class D}} boundary. {{Airprox}} filed by the airline. Lesson: the non-handling crew member calls airspace; set a {{geofence}} alert on the map.
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Ruaridh]] (TFO). Vulnerable [[age:82]]-year-old [[name:Edna Pike]], living with
        {{dementia}}, went missing from [[organisation:Larkfield Care Home]] on a minus-four night. The {{Herbert
        Protocol}} form listed the walks she used to do with her late husband. [[name:Ruaridh]] worked the canal towpath
        first and at 02:10 picked up a faint heat source in a ditch on the {{thermal camera}}, nearly hidden by
        brambles. He talked the ground units in and kept the {{Nightsun}} off so she wasn't frightened. [[name:Edna]] was
        taken to {{hospital}} with {{hypothermia}} and is recovering. Calm, methodical, good {{CRM}}. Well done
        [[name:Ruaridh]].
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - {{RPAS}}
        Date: [[date:12/06/2024]]   CAD: [[case_reference:CAD 4417 12/06]]   MOR: [[case_reference:MOR-2024-06412]]
        Remote pilot: PC [[name:Tariq Mahmood]]   Observer: [[name:Lauren Tate]]
        Aircraft: {{Matrice 30T}}, drone 4
        Task: {{armed stand-off}}, [[address:Millbrook Industrial Estate]]
        What happened: flight made inside the {{flight restriction zone}} of [[organisation:Castlebrook Airport]] without ATC permission. [[name:Tariq]] rang the number in the {{ops manual}} for the tower; it rang out, and he launched thinking the {{emergency services exemption}} covered it. Max height 90 m, 1.8 nm from the threshold, during a quiet period.
        Why: ops manual number out of date since the tower moved; no second contact number.
        Action: numbers verified monthly; permission logged on the CAD before launch.
    """)),
    ("aviation", "near_miss", prose("""
        quick one for the safety box. refuel at [[organisation:Ashdown Cross Airfield]] last nite, the lad on {{the bowser}}
        turned up with the {{AVGAS}} truck not the {{Jet A1}}. [[name:bex]] spotted the red decal as he was unrolling {{the
        hose}}. nothing went in. we'd rung ahead and asked for "fuel for the police heli", never said the grade. he was new
        and its mostly {{light aircraft}} there. from now on we say the grade on the phone AND check the {{fuel docket}}
        before the nozzle goes near [[aircraft_registration:G-WXPU]]. also worth a line in the {{ops manual}} for
        {{away landings}}. cheers [[name:bex]] 👀
    """)),
    ("aviation", "success", block("""
        Debrief - joint helicopter / drone river search
        [[date:Sat 16 March 2024]], [[address:River Averley at Sandholme Weir]]
        Crew: {{pilot}} [[name:Callum McBride]], {{TFO}} [[name:Sian Llewellyn]]; {{RPAS}} team [[name:Emre Yildiz]] ({{remote pilot}}), [[name:Chloe]] ({{observer}})
        23:40  Missing [[age:16]]-year-old, last seen on {{the footbridge}}.
        23:52  Drone up. Height capped 120 ft; helicopter stays above 800 ft. Both on one {{Airwave}} talkgroup.
        00:10  Helicopter covers the wide banks with {{thermal}}, drone works under the trees.
        00:26  Drone finds [[name:Jordan]] sheltering under the road bridge, wet and cold. {{Ground units}} in 4 min.
        What went well: height split agreed before launch; single talkgroup; [[name:Emre]] called "drone climbing" every time.
        Keep: pre-brief card for joint tasks. Proposal to put it in {{the ops manual}}.
    """)),
    ("aviation", "incident", block("""
        WhatsApp - RPAS team
        [[date:21/07/2024]], 14:02 - [[name:Tash]]: {{lost link}} on drone 3 over [[address:Orchard Way]], {{RTH}} kicked in
        [[date:21/07/2024]], 14:03 - [[name:Tash]]: RTH height was 30 m. theres a {{phone mast}} behind the houses
        [[date:21/07/2024]], 14:05 - [[name:Tash]]: clipped a tree and came down in the back garden of [[address:12 Orchard Way]]. no one hurt
        [[date:21/07/2024]], 14:20 - [[name:Abdi]]: {{householder}} Mr [[name:Bryant]] not impressed, says hes putting it on {{facebook}}. gave him the {{complaints}} number [[phone:03069 990214]]
        [[date:21/07/2024]], 14:31 - Sgt [[name:Moss]]: ok. nobody beat themselves up. {{MOR}} to follow, and RTH height gets checked against the {{obstacle}} layer in the {{pre-flight}} from today
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Lachlan Ross]] <[[email:lachlan.ross@wexshire.police.uk]]>
        To: [[email:asu.safety@wexshire.police.uk]]
        Subject: Near miss - display {{RA(T)}} not briefed

        On [[date:Saturday 6 July]] we were tasked to a missing child at {{the seafront}} during the {{airshow}}. The {{NOTAM}} printout in {{the crew room}} was from the morning brief and the display {{restricted area (temporary)}} had been activated early. [[name:Sian]] ({{TFO}}) heard the {{display frequency}} chatter on the second box and asked "are we clear of the RA?" We weren't, by about a mile. We held off and called the {{display director}}, who cleared us in once the [[flight_number:RRR4821]] tanker flypast had gone.
        Learning: re-check NOTAMs on {{SkyDemon}} before every task, not once a shift; add display frequencies to the summer brief.
        [[name:Lachlan]]
        {{Pilot}}, [[organisation:Wexshire Police Air Support Unit]]
    """)),
    ("aviation", "success", block("""
        ASU Flight Safety Committee - minutes
        [[date:12 March 2024]], briefing room, [[organisation:Wexshire Police Air Support Unit]]
        Present: [[name:Gareth Llewellyn]] ({{chief pilot}}), [[name:Ama Boateng]] ({{safety manager}}), [[name:Dariusz Kowal]] ({{lead engineer}}), [[name:JT]] ({{TFO}} rep), [[name:Moss]] ({{RPAS}} lead)

        1. Reporting: 46 reports this quarter against 19 last year. [[name:Ama]] credits the anonymous option on the {{SMS}} app and feedback within 7 days.
        2. Example shared with permission: [[name:JT]] reported his own {{level bust}} (cleared 1500 ft, reached 1900 ft) while head-down on the {{camera}}. Led to a {{CRM}} refresher on who flies and who looks.
        3. [[name:Dariusz]]: {{MEDA}} investigation on the hangar tow closed.
        Actions: [[name:Moss]] to bring RPAS reports into the same database.
    """)),
    ("aviation", "incident", block("""
        Chronology - landing below {{final reserve fuel}}, [[aircraft_registration:G-WXPR]], [[date:28/01/2024]]
        01:12  Tasked to a stolen car, [[vehicle_registration:KX70 HBD]], heading for the {{motorway}}.
        01:40  Fuel 180 kg. TFO calls "bingo in 10".
        01:52  Car stops on [[address:Ferry Road]]; occupants run. Crew stay to track them on {{thermal}}.
        01:58  Fuel 120 kg. Pilot [[name:Ollie Ferreira]] says "two more minutes".
        02:06  Both detained. Crew head for base.
        02:19  Landed base with 48 kg, below final reserve. {{Low fuel}} caption illuminated on the approach.
        Factors: {{task fixation}}; "two more minutes" said three times; no hard fuel decision point.
        Actions: {{bingo fuel}} is a hard call, TFO records it on the {{CAD}}; {{MOR}} submitted.
    """)),
    ("aviation", "incident", prose("""
        Laser illumination of [[flight_number:Police 21]] at 21:47 on [[date:2 December]], 1,200 ft over the
        [[address:Parkside estate]]. Green laser, three strikes; {{the TFO}}, [[name:Kamil Nowak]], took the second one
        in his left eye and had {{after-image}} for about 20 minutes. {{The pilot}}, [[name:Bronwen Jenkins]], turned away
        and climbed as per the {{laser SOP}} while [[name:Kamil]] looked away and used the {{thermal camera}} to pin the
        source to the rear garden of [[address:58 Cedar Drive]]. {{Ground units}} arrested a man and seized a laser and a
        car ([[vehicle_registration:WR18 GNF]]). [[name:Kamil]] saw an {{optometrist}} next morning, no lasting damage.
        Reported to {{the CAA}} as an MOR. Crime ref [[case_reference:WX-24-117736]].
    """)),
    ("aviation", "success", block("""
        To: everyone at [[organisation:Wexshire Police Air Support Unit]]
        From: [[email:carys.jenkins77@btinternet.com]]

        Dear all,
        On [[date:Sunday 18th August]] our {{son}} [[name:Rhys]], who is [[age:11]] and {{autistic}}, ran off near [[address:Pennock Woods]] when a dog frightened him. After two hours of us shouting his name we were desperate. {{The helicopter}} came and within 20 minutes {{the crew}} had found him curled up in {{a hollow}}, and talked {{the officers}} to him. {{The officer}} who rang us afterwards, [[name:Sian]], explained everything so calmly. [[name:Rhys]] now tells everyone "the helicopter found me with its heat eyes".
        Thank you from the bottom of our hearts.
        [[name:Carys]] & [[name:Owain Jenkins]]
        [[phone:07700 900591]]
    """)),
    ("aviation", "near_miss", prose("""
        {{MEDA}}-style summary, ground handling. Towing [[aircraft_registration:G-WXPU]] into {{the hangar}} at 07:30
        after a {{night shift}}. {{Main rotor blades}} not aligned fore and aft and no {{blade tie-downs}} fitted. The
        {{wing walker}}, [[name:Kofi]], was on the left side looking at the skid; the right-hand blade tip came within
        about 15 cm of the hangar door frame before [[name:Stu]] on the {{tug}} stopped on his own judgement. No
        contact, checked by {{engineer}} [[name:Dariusz]]. Factors: fatigue at end of nights, one wing walker instead of
        two, and the tie-down bag was in the other aircraft. Actions: two walkers for all hangar moves; tie-downs
        stowed in each airframe; nobody tows after a night duty.
    """)),
    ("aviation", "incident", block("""
        Debrief - object dropped from aircraft
        Date: [[date:19/09/2023]]  Aircraft: [[aircraft_registration:G-WXPR]]  Crew: [[name:Gareth L]] (P), [[name:Priya Chauhan]], [[name:Abdullahi]] (TFOs)
        During a low-level search over the [[address:Fernside estate]] with the rear door slid back for the {{long lens}}, a soft {{headset bag}} went out of the cabin. Found the next day in a garden on [[address:Hazel Grove]] by the householder. No one hurt, no damage.
        Why: the bag was stowed on the seat, not in the {{stowage net}}; the door-open check in the {{checklist}} says "cabin secure" but nobody physically looked.
        Actions: challenge-and-response for door open; nets on both rear seats; {{MOR}} to {{the CAA}}; [[name:Priya]] to brief at the next {{safety day}}.
    """)),
    ("aviation", "success", prose("""
        Thumbs up to {{remote pilot}} [[name:Priya Chauhan]] for saying no. {{Silver command}} wanted {{the drone}} up over
        the protest at [[address:Victoria Square]] on [[date:Saturday 11th]], gusting 38 kt at the rooftops and the
        {{Matrice 30T}} limit is 27. She was pushed twice, explained the limit, offered {{the helicopter}} instead and
        logged her decision. [[flight_number:Police 21]] covered it from 1,500 ft. Two hours later a {{press drone}}
        from somewhere else came down in the crowd. [[name:Priya]]'s call was exactly what our {{just culture}} and
        {{ops manual}} ask for: no one can overrule a {{remote pilot}} on safety.
    """)),
    ("aviation", "near_miss", block("""
        NIGHT SHIFT HANDOVER - ASU
        Date: [[date:Fri 1 Nov]]   Aircraft: [[aircraft_registration:G-WXPR]] S/S, [[aircraft_registration:G-WXPU]] {{ADD}} camera
        Crew on: {{Pilot}} [[name:Cal McBride]], {{TFO}} [[name:Abdi]], TFO [[name:Loz]]
        {{Standby pilot}}: [[name:Ollie Ferreira]] [[phone:+44 7700 900726]]
        Weather: {{fog}} after 0300 likely, check {{TAF}}
        Near miss / note for safety: [[name:Cal]] came in at 1800 after a day of {{simulator}} training that started 0700 - the roster didn't count the sim as duty. [[name:Loz]] noticed when he mentioned it in {{the brief}}. He'd have been at 18+ hrs by the end of shift, well past our {{FTL}} scheme. Standby pilot called in, [[name:Cal]] sent home.
        Action: {{rostering}} to count sim and ground training as duty. Reported on {{the SMS}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind180", REPORTS))
