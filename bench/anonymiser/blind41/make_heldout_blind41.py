"""Held-out blind corpus 41: mental health / learning disability wards, secure children's homes, NE airports.

Setting: North East England and Cumbria. Health slice from mental health and learning disability
inpatient services (Section 17 leave, seclusion, restraint, observation levels, CPA reviews, Mental
Health Act paperwork, handover sheets with bed numbers and initials) and LD supported living; social
care slice from secure children's homes and residential units (incident logs with staff initials,
police liaison, missing episodes) plus supported-living keyworkers and families; aviation slice from
security screening, PRM assistance and staff disputes at Newcastle and Teesside airports.
Voice: clipped clinical notes, incident forms with field labels, long student reflections, Teams
transcripts with speaker labels, e-mail threads, chat exports, minutes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind41.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (20)
    ("social_care", "incident", prose("""
        Log entry [[case_reference:HH/INC/24/0317]], [[organisation:Harthope House]] secure unit, Blyth wing.
        Approx 19:40 on [[date:14/03/24]] young person [[name:K.M.]] ([[age:15]]) became dysregulated after
        a phone call with her {{nan}} was ended early by the nan. [[name:KM]] barricaded bedroom 6 with the
        mattress and the wardrobe door. Staff present [[name:JH]], [[name:RtB]] and [[name:AO'N]]. [[name:JH]]
        used the strategies from her {{PBS plan}} (low voice, offer of sensory box, reduce audience).
        [[name:KM]] threw a mug through the gap which struck [[name:AO'N]] on the forearm, redness only.
        {{Single separation}} was NOT used. Shift lead [[name:Tariq]] informed on-call manager
        [[name:Deb Arkwright]] at 20:05. {{Reg 40}} not required per [[name:Deb]]. Debrief with
        [[name:kayleigh]] held next morning – she said she wants her calls in the lounge not the office
        because the office 'feels like being told off'. Plan updated by [[name:JH]] and shared at handover.
    """)),
    ("social_care", "incident", block("""
        MISSING FROM CARE – INITIAL NOTIFICATION
        Home: [[organisation:Wansbeck Lodge]] (4-bed residential)
        YP name: [[name:Tyler-James Robson]]      DOB: [[date_of_birth:09/11/2008]]
        LA ref: [[case_reference:NCC-CIC-558213]]
        Last seen: [[date:Sat 6th July]], 22:15, walking towards the {{Metro}} at Four Lane Ends
        Reported to: [[organisation:Northumbria Police]] 22:50, log [[case_reference:NP-20240706-1487]]
        Risk level agreed: medium ({{CSE}} concerns – known association with older male "[[name:Dezza]]", white Audi)
        Who informed: {{EDT}} social worker [[name:P. Lindqvist]]; mum [[name:Shannon Robson]] on [[phone:07723 418 905]]
        Outcome: [[name:TJ]] returned 01:30 by taxi (fare paid by staff). Said he'd been at a mate's in Walker and
        "[[name:Dezza]] wasn't even there". Smelt of cannabis, no injuries seen.
        {{Return Home Interview}} to be offered within 72 hrs.
        Completed by: [[name:Craig Ferriby]] (senior RSW)
    """)),
    ("social_care", "success", prose("""
        Reflective log, week 9 – placement at [[organisation:Redworth Secure Centre]]. I want to write about
        [[name:Precious]], who is [[age:14]] and came in on a {{Section 25}} order after three absconds from her
        previous placement in Gateshead. For weeks she would only speak to [[name:Femi]], her keyworker, and I
        honestly thought I was getting nowhere. My practice educator [[name:Hope Nwachukwu]] told me to stop
        trying to 'do' direct work and just be around at the same times every day, so I swapped onto the
        breakfast shift. On [[date:Tuesday 21 May]] [[name:Precious]] asked me to help with her {{ASDAN}}
        booklet and then told me, without me asking, about a man called Uncle [[name:Jay]] who used to collect her
        from school in a taxi. I followed the safeguarding procedure, wrote it up word for word, and told
        [[name:Femi]] and the manager, Mr [[name:Okonjo-Bell]], before the end of the shift. It went to the
        police via the {{MASH}} the same day. What I have learnt is that the relationship comes before any tool,
        even {{Signs of Safety}}. [[name:Hope]] says I did it right. I hope she is right, and I hope
        [[name:Precious]] knows I believed her.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Bev Hutchinson]] <[[email:bev.hutchinson@northpennineliving.org.uk]]>
        Sent: [[date:02 September 2024]] 08:12
        To: Ops Team – Hexham
        Subject: FW: Med error – [[name:Liam]] ([[address:flat 2, Haydon Court]])

        Forwarding below from nights. Can someone ring dad please, he's not picking up for me.

        -----Original Message-----
        From: [[name:Dariusz Wójcik]]
        Sent: [[date:01 September 2024]] 23:48
        To: [[name:Bev Hutchinson]]
        Subject: Med error

        Hi [[name:Bev]], at 21:00 I went to give [[name:Liam]] his evening meds and the blister pack slot for
        [[date:1/9]] teatime was empty AND the [[date:2/9]] one too, so I think days ([[name:Jade]]?) popped two.
        He's had {{sodium valproate}} 500mg twice. Rang 111, they said observe, no need for {{A&E}}.
        [[name:Liam]] is fine, watching the darts, bit sleepy. {{Datix}} done [[case_reference:DX-NPL-0934]].
        Dad's number on the file is [[phone:01434 608227]] but no answer x3.
        [[name:Dariuz]]
        Senior Support Worker, [[organisation:North Pennine Living]]
    """)),
    ("social_care", "near_miss", block("""
        Teams meeting transcript – YP weekly review, [[organisation:Cheviot View]] children's home
        Recorded [[date:12 February 2025]]

        [[name:Tait, Gemma]]   0:02
        Right, next is the near miss from Saturday. [[name:Frank]], you were on lates?
        [[name:Olusola, Frank]]   0:09
        Yeah. So [[name:Mason]] had the spare back door fob in his sock. We only found it at the room check before
        bed. Nobody's signed the key log since [[date:Feb 3rd]].
        [[name:Tait, Gemma]]   0:31
        To be frank that's the third fob thing this year. Where's the key safe code written?
        [[name:Olusola, Frank]]   0:38
        On a post-it inside the office cupboard. I've taken it down.
        [[name:Haddad, Amira]] (Guest)   1:02
        From the police side, if he'd gone we'd have graded him high, given the {{county lines}} intel and the
        {{NRM}} still pending. I'd want a heads-up to me direct on [[phone:07813 552 019]], not just a 101 log.
        [[name:Tait, Gemma]]   1:20
        Noted. Actions: [[name:GT]] to change the code today. [[name:Frank]] to do keywork with [[name:Mason]]
        about trust, not consequences. [[name:Amira]] added to the missing cascade list.
    """)),
    ("social_care", "incident", block("""
        UNIT 2 RUNNING RECORD – [[organisation:Eden Brows]] secure children's home
        [[date:23/10]]
        14:10 [[name:LK]] refused to return to unit from education. Staff [[name:CW]], [[name:SJ]] present.
        14:18 [[name:LK]] kicked door, spat at [[name:CW]]. Verbal de-esc.
        14:25 [[name:LK]] punched window (Perspex). [[name:RW]] (unit mgr) called over radio.
        14:31 Restraint – {{MAPA}} standing hold approx 3 min, [[name:CW]] + [[name:SJ]]. Escorted to quiet room.
        14:40 {{Body map}} completed – red mark L wrist.
        15:05 [[name:LK]] calm, apologised to [[name:SJ]]. Eating crisps, asked for [[name:Nana Pat]].
        15:30 Nurse [[name:Eilish]] checked wrist – no injury.
        16:00 Rang social worker Ms [[name:Kowalczyk]] – left vm on [[phone:01228 226 901]].
        16:45 [[name:lewis]] ([[name:LK]]) debriefed with [[name:RW]], says he hates maths not us.
        Restraint ref: [[case_reference:SCH-R-2291]]
    """)),
    ("social_care", "success", prose("""
        Good news for the team bulletin. [[name:Sunny]] (full name [[name:Sundeep Bains]], [[age:34]]) has
        lived at [[address:7 Ravensworth Terrace, Bensham]] [[postcode:NE8 4LA]] since [[date:17 April 2023]]
        and for the first year would not leave the flat without his brother [[name:Harj]]. His keyworker
        [[name:Rosie Tennant]] built a social story using {{Makaton}} signs and photos of the bus stop,
        the driver and the {{Greggs}} on the corner. Last Thursday, on a sunny afternoon, [[name:Sunny]] took
        the bus to the Quayside by himself and texted [[name:Rosie]] a selfie with a thumbs up. His mum,
        Mrs [[name:Bains]], said she cried when she saw it. Huge thanks as well to [[name:Tomi]] on the
        {{PBS}} team at [[organisation:Tyneside Autism Partnership]] who helped us grade the steps.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Joanne McParland]] <[[email:joanne.mcparland@tvresidential.org.uk]]>
        To: [[name:Wes Pallister]]
        Date: [[date:Wed 15/01/2025]] 16:47
        Subject: near miss – PEP minutes nearly to wrong school

        Hi [[name:Wes]],
        Logging this as a near miss. I was sending the {{PEP}} minutes for [[name:Ruby-Mae]] to
        [[email:dt.safeguarding@conyersschool.org.uk]] and Outlook autofilled the DT at
        [[organisation:Ingleby Manor Free School]], which is [[name:Ruby]] S's school, not [[name:Ruby-Mae]]'s.
        I only spotted it because the {{Egress}} pop-up made me confirm recipients. Nothing left the building.
        The minutes include the bit about [[name:Ruby-Mae]]'s mum's new partner so it would have been a
        proper breach.
        I've cleared my autocomplete and Mr [[name:Deshpande]] at the {{Virtual School}} is fine with us
        using the secure portal from now on instead of email.
        [[name:Jo McP]]
        Deputy Manager, [[organisation:Hartburn Road]]
    """)),
    ("social_care", "incident", prose("""
        [[name:Jack Lowther]] ([[age:13]]) absconded from [[organisation:Fellgate House]] on
        [[date:Sunday 9 June]] during a supervised walk to the shop. Staff member [[name:Amber]] lost sight of
        him by the Co-op on Front Street. {{Philomena Protocol}} grab sheet sent to
        [[organisation:Cumbria Constabulary]] within 20 mins, incident no. [[case_reference:CUM-0906-0412]].
        He was found by PC [[name:Ritson]] at Carlisle station trying to get a train to Workington where his dad
        lives. [[name:Jack]] told staff "I just wanted to see me dad for {{Father's Day}}". [[name:Amber]] felt she
        had failed; the manager [[name:Idris Pugh]] reassured her the plan was followed and the risk is now
        rated amber rather than red. Learning: the {{risk assessment}} said "no known push factors" but nobody
        had clocked that {{Father's Day}} was that week and that contact with Mr [[name:Lowther]] had been
        cancelled by the LA on the Friday. {{Return Home Interview}} booked with [[name:Gwen]] from the
        independent service.
    """)),
    ("social_care", "success", block("""
        MINUTES – Police / Home liaison meeting, [[organisation:Harthope House]]
        Date: [[date:07.03.2025]]     Venue: family room
        Present: [[name:Deb Arkwright]] (RM), Sgt [[name:Paul Heron]] (neighbourhood), [[name:Yasmin Qureshi]] (EDT),
        [[name:Lewis Strachan]] (education lead), [[name:Ciara Ní Bhriain]] (YOT)
        Apologies: [[name:Tariq Mahmood]]

        1. Call-outs down 41% Q3 to Q4. [[name:PH]] credited the restorative conversations and staff ringing
        the neighbourhood team before 999 where it's safe to.
        2. [[name:D.L.]] – no further action re criminal damage on [[date:12 Jan]]; dealt with by {{Outcome 22}}.
        [[name:Yasmin]] to let {{mum}} know.
        3. Good practice: [[name:Lewis]] now shares the education timetable with the police so officers don't turn
        up mid-lesson.
        4. AOB: [[name:Ciara]] to circulate {{Child First}} training dates. [[name:DA]] to invite the new {{LADO}}.
        Next meeting: [[date:6 June 2025]]
    """)),
    ("social_care", "incident", prose("""
        Summary for the area manager. On [[date:Friday 28th]] [[name:Padraig O'Driscoll]] (brother,
        {{lasting power of attorney}} for health and welfare) arrived unannounced at
        [[address:Flat 4, Coniscliffe Mews, Darlington]] [[postcode:DL3 7RW]] and found his sister
        [[name:Siobhán O'Driscoll]] alone, still in her nightclothes at 13:10, with the epilepsy sensor mat
        unplugged. The rota showed [[name:Marek]] on her 1:1 but [[name:Marek]] had been moved to cover
        [[name:Wilf]] in flat 1 after a sickness call and nobody told the office. [[name:Padraig]] rang me on
        [[phone:+353 87 214 5530]] very angry and said he'd go to the {{CQC}}. I apologised and did not argue.
        [[name:Siobhan]] was unharmed and had eaten. I have raised a safeguarding concern myself
        ([[case_reference:DBC-ASC-77120]]) for omission so we are being open. Her keyworker [[name:Faith]]
        is doing a family meeting next week. I do have faith in this team but the cover process is the problem,
        not one person.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at [[organisation:Parkside]] unit ([[organisation:Tees Valley Residential]]). [[name:Radek Horváth]]
        ([[age:16]]), Czech Roma, needed a sexual health appointment at the clinic on [[date:10/04]]. The booked
        interpreter from [[organisation:Tees Language Link]] (booking [[case_reference:TLL-884021]]) was Slovak,
        which [[name:Radek]] understands, but she cancelled at 09:00. Day staff were about to take his cousin
        [[name:Tibor]] ([[age:19]]) along to interpret instead. Shift lead [[name:Ngozi Eze]] stopped it: family
        interpreting for sexual health is a clear no in our interpreting policy and [[name:Tibor]] is close to
        the older lads we have {{CCE}} worries about. Appointment rebooked with a Romani-speaking interpreter via
        {{Language Line}} video. [[name:Radek]] said afterwards he would "never have said nothing" with
        [[name:Tibor]] in the room. [[name:Ngozi]] flagged it at handover and the manager has added a line to the
        agency booking sheet.
    """)),
    ("social_care", "success", block("""
        KEYWORKER MONTHLY SUMMARY
        Person supported: [[name:Nguyễn Văn Minh]] ("[[name:Minh]]")
        DOB: [[date_of_birth:03/08/1996]]
        Address: [[address:12 Cedar Grove, Ingleby Barwick]] [[postcode:TS17 0QZ]]
        Keyworker: [[name:Bill Trotter]]

        Highlights: [[name:Minh]]'s mother ([[name:Trần Thị Thu]]) visited twice and cooked with him. We used
        {{Makaton}} plus the Vietnamese picture cards his sister [[name:Linh]] made. [[name:Minh]] paid his own
        phone bill at the post office with [[name:Bill]] standing back.
        {{PBS}} incidents: 9 last month, 2 this month.
        Health: annual health check done at [[organisation:Thornaby Lane Surgery]].
        Family contact: [[phone:07456 332 918]] ([[name:Linh]])
        Signed: [[name:W. Trotter]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, night of [[date:18/19 April]]. [[name:Aaliyah]] ([[age:15]], {{DoL order}}) on 15-minute
        obs following a disclosure at family time. 02:15 check by [[name:Kev Marsh]] – seen through vision
        panel lying on bed, appeared asleep. 02:30 check by agency worker [[name:Olamide]] – noticed the cord
        missing from the hoodie on the chair. Entered with [[name:Kev]]; cord found under pillow, tied in a loop,
        not applied. [[name:Aaliyah]] said "I wasn't gonna do nothing". Room re-searched, {{anti-ligature}}
        check done. Duty manager [[name:Jas Gill]] informed 02:40, on-call psychologist (Dr [[name:Ferreira]])
        at 08:00. Learning: the hoodie came back from the laundry with the cord still in and the laundry
        checklist doesn't mention cords. [[name:Olamide]] to be thanked formally – agency staff get missed.
        Ref [[case_reference:EB-NM-0419]].
    """)),
    ("social_care", "incident", block("""
        [[date:03/05/2024]], 17:02 - [[name:Leanne W]]: lads [[name:Kai]]'s done one from contact at maccies in boro
        [[date:03/05/2024]], 17:03 - [[name:Shaz]]: omg. who was supervising
        [[date:03/05/2024]], 17:03 - [[name:Leanne W]]: contact worker from the LA, [[name:Nadia]]. she's ringing [[organisation:Cleveland Police]] now
        [[date:03/05/2024]], 17:05 - [[name:Gaz Wilkinson]]: [[name:kai]]s mams number is [[phone:07984 221 006]] if anyone needs it, dont give it out though
        [[date:03/05/2024]], 17:06 - [[name:Gaz Wilkinson]]: <Media omitted>
        [[date:03/05/2024]], 17:20 - [[name:Shaz]]: police log is [[case_reference:CP-030524-0771]]
        [[date:03/05/2024]], 18:41 - [[name:Leanne W]]: hes back!! walked in himself, [[name:Nadia]] with him. says he went to see his girlfriend [[name:Tayla]] at her nans
        [[date:03/05/2024]], 18:42 - [[name:Gaz Wilkinson]]: thank god. can someone do the {{Reg 40}} tonight pls
        [[date:03/05/2024]], 18:44 - [[name:Shaz]]: on it x
    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING ADULTS CONCERN FORM (sections A–C)
        Adult at risk: [[name:Raymond]] "[[name:Ray]]" [[name:Kirkup]]
        DOB: [[date_of_birth:22-01-1979]]      NI no: [[ni_number:JT 45 82 19 C]]
        Address: [[address:2 Front Street, Tow Law]], Co. Durham [[postcode:DL13 4AX]]
        Provider: [[organisation:Wear Valley Supported Living]]
        Concern: nephew [[name:Darren Kirkup]] has been holding [[name:Ray]]'s bank card "to help him".
        Statement shows £1,460 cash withdrawals at a Bishop Auckland ATM on [[date:4/11]], [[date:11/11]] and
        [[date:18/11]]. [[name:Ray]] said "[[name:Darren]]'s looking after it for me holidays".
        Appointee: [[organisation:Durham County Council]] appointeeship team (benefits only).
        Mental capacity: {{MCA}} assessment re finances not yet done – learning disability + {{Fragile X}}.
        Reported by: [[name:Chloé Ramsbottom]], team leader, [[phone:0191 389 4412]]
        Ref: [[case_reference:WVSL/SG/2024/118]]
    """)),
    ("social_care", "near_miss", prose("""
        Family time, [[date:Sunday 16th March]]. [[name:Johnny-Joe McDonagh]] ([[age:14]]) had a visit from his
        mam [[name:Bridget]], his uncle [[name:Martin Ward]] and little cousin [[name:Kathleen]]. Reception was
        short so the visitors' bag check was skipped. After the visit [[name:JJ]] was found with a disposable vape
        ({{Elf Bar}}) and a lighter in his sock – the lighter is the real risk given the fire-setting history.
        He said [[name:Kathleen]] slipped it to him. [[name:Seren Lloyd-Hughes]], who was on the door, reflected
        honestly that the family felt searched "like criminals" last time and she had gone light-touch to keep the
        peace. Nobody hurt. Learning: search has to be respectful but the same for everyone, explained before
        the day, not at the door. [[name:Seren]] rang [[name:Bridget]] on the Monday to talk it through – she took
        it well and said [[name:Martin]] would bring the kids' stuff in a clear bag.
    """)),
    ("social_care", "success", prose("""
        Really proud shift today ([[date:22 August]]). [[name:Chase]] got his results from
        [[organisation:Southwick Bridge Academy]]: a 5 in English, 4 in maths and a 6 in art. Two years ago he
        was on a reduced timetable and we had to chase the school every week for work packs. The virtual school
        head Mrs [[name:Armitage-Cole]] came in person, and his art teacher Mr [[name:Bell]] rang him at 10 to
        say well done before the bell for the first lesson even went. His keyworker [[name:Summer]] has done the
        groundwork all through the summer – revision cards on the fridge, lifts to the mocks. [[name:Chase]]
        wants to do a level 3 at [[organisation:Sunderland College]]. Please can someone add this to his
        life story book and the {{Reg 45}} report.
    """)),
    ("social_care", "incident", prose("""
        [[name:Dorothy]] ('[[name:Dot]]') [[name:Pemberton]], [[age:67]], {{Down syndrome}} with early
        onset {{Alzheimer's}}, fell in the lounge at [[address:Beech House, 41 Stanhope Road, South Shields]]
        [[postcode:NE33 4BS]] at approx 06:50 on [[date:11/06/2024]]. Ambulance CAD
        [[case_reference:NEAS-240611-3390]]; taken to [[organisation:South Tyneside District Hospital]]. Dr.
        [[name:Ng]] in {{A&E}} confirmed a neck of femur fracture. Her keyworker [[name:Grace Adebayo]]
        stayed with [[name:Dot]] for nine hours and was the only reason she let them X-ray her. Issue: the
        hospital passport was not sent with her – it was in the office not the grab bag – so for the first
        hours staff in A&E did not know she uses {{Makaton}} or that she needs her doll to settle. Niece
        [[name:lorraine]] arrived 11:30. Learning: passport copy now kept in the grab bag; [[name:Grace]] is
        checking every person's bag.
    """)),
    ("social_care", "near_miss", block("""
        VEHICLE NEAR MISS REPORT
        Unit: [[organisation:Moorside Children's Home]]
        Vehicle: Ford Transit minibus, reg [[vehicle_registration:NK19 HXW]]
        Driver: [[name:Tomasz Zieliński]]
        Date/time: [[date:30/07/2024]] 16:40    Location: A19 southbound near Silverlink
        What happened: [[name:Reece]] ([[age:12]]) undid his belt and opened the sliding door while the van was
        slowing in a queue. [[name:Tomasz]] stopped on the hard shoulder. Escort [[name:Mark Ellison]] got
        [[name:Reece]] back in his seat. A silver Corsa ([[vehicle_registration:YX67 KPO]]) had to brake hard
        behind us. Child lock switch had been knocked off, there's a mark on the panel where it's been kicked.
        No injury.
        Actions: child-lock check added to the vehicle daily check sheet; [[name:Reece]]'s
        risk assessment updated – two staff, no seat next to the door.
        Reported by: [[name:M. Ellison]]
    """)),
    # ------------------------------------------------------------------ health (15)
    ("health", "incident", block("""
        [[organisation:Kielder Ward]] – NIGHT > EARLY HANDOVER  [[date:Thu 14/11]]
        NIC: [[name:Sam P]]   Bleep 4471
        Bed | Pt | Legal | Obs | Notes
        1 | [[name:J.McK]] | S3 | gen obs | slept. Escorted {{S17}} leave 14:00 with [[name:Will]]
        2 | [[name:R.S.]] | S2 exp [[date:19/11]] | Level 2 | tribunal pending, solicitor Ms [[name:Achterberg]]
        3 | empty – poss admission from {{136 suite}}
        4 | [[name:TW]] | informal | gen obs | ate well. Mum rang x3, call back on [[phone:07512 889 304]]
        5 | [[name:D.O-A]] | S3 | Level 3 1:1 | seclusion ended 03:10, review Dr [[name:Rahman]]. IM {{lorazepam}} x2
        6 | [[name:Mags]] | {{S37/41}} | gen obs | temp rose to 37.9 at 04:00, RC Dr [[name:Okwuosa]] wants bloods
        Incident: 02:40 bed 5 punched HCA [[name:Rose]] to the jaw during seclusion entry. [[name:Rose]] went home.
        Datix [[case_reference:DATIX-KW-24-1193]]. Police not called, [[name:Rose]] to decide.
    """)),
    ("health", "incident", prose("""
        [[name:Connor Maughan]], [[age:23]], S3, [[organisation:Aldervale Ward]]. Granted {{S17}}
        unescorted leave 1 hr to local shop [[date:04/02/25]] 15:00. Did not return by 16:00. Tried mobile
        [[phone:07931 004 872]] x2, no answer. Informed NIC [[name:Priya]]. AWOL policy followed;
        [[organisation:Durham Constabulary]] informed 16:20, ref [[case_reference:DC-0402-1622]]; RC Dr
        [[name:Haverfield]] informed by phone. Father ([[name:Eamon]]) rang 17:05 to say [[name:Connor]] at his
        flat, [[address:22 Dene Crescent, Peterlee]] [[postcode:SR8 2LJ]], happy to drive him back. Returned 17:50
        with dad. {{UDS}} positive cannabis. Presentation settled, no {{NEWS2}} concerns. Leave suspended
        pending MDT on Thursday. [[name:Connor]] angry about this – explained by [[name:Priya]]
        and [[name:Kieran]] (named nurse).
    """)),
    ("health", "near_miss", block("""
        MHA OFFICE – SCRUTINY EXCEPTION
        Patient: [[name:HALLORAN, Bernadette]]     RiO: [[case_reference:RTX4471920]]
        NHS No: [[nhs_number:653 269 4843]]
        Ward: [[organisation:Lindisfarne Ward]], [[organisation:Fellside Unit]]
        Issue: {{Section 2}} from [[date:02/06/2024]] 14:35, lapses [[date:30/06/2024]] 23:59. {{AMHP}} application
        for {{Section 3}} received on ward [[date:28/06]]. First medical recommendation Dr [[name:Sato]] dated
        [[date:27/06]] – ok. Second, Dr [[name:Lennox-Boyd]] – NOT signed.
        Picked up by: [[name:Aoife]] (MHA office) on routine scrutiny [[date:29/06]] 09:40.
        Outcome: form returned to Dr [[name:Lennox-Boyd]], signed 10:12 same day. Without this Ms [[name:Halloran]]
        would have been held without authority from [[date:01/07]].
        Learning: {{Form A7}} / {{Form A8}} checklist at point of receipt on ward, not at scrutiny.
    """)),
    ("health", "incident", prose("""
        Reflection using {{Gibbs' reflective cycle}} – second-year placement, [[organisation:Castleside Ward]].
        Description: on [[date:Saturday 9 March]] I was present when [[name:Ewa]], a woman in her forties detained
        under Section 2, was restrained on the floor in the corridor after she hit [[name:Kwame]] with a
        chair. I was asked to hold her legs but my practice assessor [[name:Dawn]] told me to step back and
        watch, because I hadn't done my {{PMVA}} yet. Feelings: I felt sick. [[name:Ewa]] was shouting
        "zostaw mnie" over and over and nobody understood. Later [[name:Holly-Jo]] found out from her
        daughter that it means "leave me alone". Evaluation: the hold was prone for longer than it should
        have been and nobody said it out loud. [[name:Dawn]] did raise it in the debrief, which I respected,
        and the {{Restraint Reduction Network}} standards were quoted. Analysis: if we had used an interpreter
        at admission we might have known what was upsetting her (her phone had been taken). Conclusion and
        action plan: learn {{Safewards}} {{Calm Down Methods}}; ask about language on every admission. We had
        been on shift since dawn and I think tiredness played a part too. [[name:Ewa]] later said
        "dziękuję" to me, which I will not forget. Submitted to [[organisation:Teesside University]], module NUR2041.
    """)),
    ("health", "success", block("""
        CPA Review – Microsoft Teams – [[date:19 March 2025]]
        Transcript (auto-generated, corrected by [[name:Graham Foster]])

        [[name:Niamh Gallagher]]: Thanks all. [[name:Ahmed]], do you want to start by telling us how the last month's been?
        [[name:Ahmed Al-Sayed]]: Better. I've been on overnight leave to [[name:Noor]]'s four times, no problems.
        [[name:Noor Al-Sayed]]: He's been brilliant honestly. He cooked for the kids.
        [[name:Niamh Gallagher]]: Bloods are stable on {{clozapine}}, levels fine. So the plan is discharge on {{Section 117}} aftercare to the flat with [[organisation:Ouseburn Housing Association]].
        Speaker 4: Sorry, I was on mute, it's [[name:Graham]]. Flat is ready from [[date:1 April]], tenancy signed.
        [[name:Graham Foster]]: I'll be care coordinator, weekly visits to start.
        [[name:Ahmed Al-Sayed]]: Can [[name:Noor]] have your number?
        [[name:Graham Foster]]: Yes, [[phone:0191 246 7730]], or the duty line.
        [[name:Niamh Gallagher]]: Great. Crisis plan stays as is. Well done [[name:Ahmed]].
    """)),
    ("health", "near_miss", prose("""
        {{Level 4}} obs (within arm's length), [[organisation:Tweed Ward]] PICU, [[date:12/07]]. Pt
        [[name:L.T.]] bay 3. At 11:00 bank HCA [[name:Mihai]] swapped obs with [[name:Chantelle]] without a
        verbal handover or signing the obs record. [[name:L.T.]] went into the en-suite and the door was
        closed for approx 40 secs before [[name:Chantelle]] realised she was meant to be in arm's length not
        {{Level 3}}. Found holding a shoelace taken from a visitor's trainer earlier (not known). No
        application, no injury. Shoelace removed, search of bedroom with [[name:LT]]'s consent. Nurse in charge
        [[name:Ibrahim]] informed; reviewed by Dr [[name:Chowdhury]]. IR [[case_reference:IR-2024-07781]].
        Learning: handover of obs must be face-to-face with the level stated out loud.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Nathan Coulthard]] (Pharmacy, [[organisation:Cumberland Infirmary]])
        To: [[email:ward.eden@cumbriaftmh.nhs.uk]]
        Cc: Dr [[name:Mistry]]
        Subject: URGENT – clozapine supply held – [[name:GRAINGER]] [[nhs_number:2499019069]]

        Hi all,
        {{ZTAS}} shows no FBC for [[name:Lewis Grainger]] since [[date:11/09]]. He's on four-weekly
        monitoring so he's now red and I can't release today's supply until we get a green result.
        I've been told by [[name:Jodie]] on the phone that staff were going to use the {{clozapine}}
        left in the CD cupboard from the patient who was discharged on Monday – please don't,
        that's another patient's labelled supply and a {{Never Event}} risk.
        Bloods can go to the lab by 14:00 and I'll turn it round the same day.
        Ring me on [[phone:01228 814 097]] (ext 4097) if any problems.
        [[name:Nathan]]
    """)),
    ("health", "success", prose("""
        After three years and two months at [[organisation:Warkworth ATU]], [[name:Jordan]] '[[name:JoJo]]'
        [[name:Fairweather]] moved on [[date:1st October]] to a bungalow supported by
        [[organisation:Heathfield Lives]]. He is [[age:26]], autistic with a mild learning disability,
        and had been stuck for 18 months purely for want of a provider. What worked: his {{C(E)TR}} panel
        kept pushing; staff from [[organisation:Heathfield Lives]] shadowed on the ward for twelve weeks so
        [[name:JoJo]] knew faces; and the {{STOMP}} work meant his {{risperidone}} was halved before he left.
        His mum [[name:Carol]] said it is the first time in years she has not dreaded the phone ringing.
        [[name:Jordan]] rang the ward last week, unprompted, to tell [[name:Hamish]] on nights about his new
        fish.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM – [[organisation:Westburn Hospital]]
        Ref: [[case_reference:IR/WB/25/00412]]
        Date/time: [[date:27/01/2025]] 19:55
        Location: dining room, [[organisation:Ravenscar Ward]]
        Person affected: [[name:Kofi Mensah-Boateng]] (Staff Nurse)
        Person involved: Pt [[name:G.H.]] ({{Section 37}})
        Description: [[name:GH]] threw a mug of hot tea at SN [[name:Mensah-Boateng]] after being told the
        {{PRN}} was not due. Staff [[name:Jodie Pratt]] and [[name:Ade]] intervened; no restraint needed.
        Injury: superficial scald R hand, burns gel, seen at A&E [[organisation:Darlington Memorial]].
        Police: [[organisation:Cleveland Police]], crime no. [[case_reference:CLE/25/010773]], PC [[name:Lund]] (collar 4421)
        Reporter: [[name:Hannah Ogilvie]], Ward Manager – [[email:hannah.ogilvie2@westburn.nhs.uk]]
    """)),
    ("health", "incident", prose("""
        Retrospective account for the {{rapid tranquillisation}} audit. [[name:Marcus Thompson-Reid]]
        ([[age:28]]) received IM {{haloperidol}} and {{promethazine}} at 22:30 on [[date:11/12]] after
        damaging the TV in the lounge. Physical obs were then not recorded for two hours (policy is every
        15 minutes for the first hour, using {{NEWS2}}). Picked up by Sister [[name:Fenwick]] at 00:40:
        [[name:Marcus]] drowsy but rousable, sats 93% on air. Doctor on call Dr. [[name:Anand]] attended,
        no further intervention. Contributing factors: the nurse who gave the RT ([[name:Jess]]) was pulled
        straight into a seclusion review and [[name:Pawel]], who was asked to do obs, thought it meant
        Level 2 observation not physical obs. The word "obs" does two jobs on this ward. [[name:Marcus]]
        later told [[name:Jess]] he doesn't remember the night. Duty of candour letter sent to his partner
        [[name:Shanice]].
    """)),
    ("health", "near_miss", prose("""
        Near miss: the {{First-tier Tribunal}} reports for [[name:Stacey Lumsden]] (hearing [[date:14th Feb]],
        ref [[case_reference:MP/23/44817/S3]]) were posted to her old address, [[address:31 Hylton Bank, Sunderland]]
        [[postcode:SR4 0LD]], instead of to her solicitors [[organisation:Jobling Rees Solicitors]]. Her
        ex-partner [[name:Lee]] still lives there and is named in the social circumstances report. Picked up
        when her {{IMHA}} [[name:Oksana]] asked why the solicitor had nothing. The ward clerk [[name:Bernie]]
        rang the Royal Mail office and the envelope was intercepted before delivery – still at the sorting
        office. [[name:Stacey]] was told and was understandably upset. Cause: {{RiO}} demographics had been
        updated but the old address was still on the tribunal cover sheet template.
    """)),
    ("health", "incident", block("""
        From: AMHP Hub <[[email:amhp.hub@middlesbrough.gov.uk]]>
        Sent: [[date:Sat 22 June]] 09:14
        Subject: S136 – 6 hrs in police vehicle

        Summary from [[name:Sanjay Ramanathan]], {{AMHP}}:
        Male, first name [[name:Kyle]] only at the time, later confirmed as [[name:Kyle Beadle]], detained under
        {{Section 136}} on the Transporter Bridge at 01:15 by [[organisation:Cleveland Police]]. The 136 suite
        at [[organisation:Roseberry Park]] was closed (staffing) and the alternative was full, so he was held in
        the van, reg [[vehicle_registration:VX23 KLN]], in the hospital car park until 07:20. Place of safety
        log [[case_reference:CP-220624-0098]]. Officers were kind but this is not acceptable.
        [[name:Kyle]] was assessed at 07:45 and admitted informally.
        Learning: suite closure not escalated to on-call director overnight.
        [[name:Sanjay]]
    """)),
    ("health", "success", prose("""
        Compliment received [[date:3 July]] from Mr and Mrs [[name:Vasquez-Lowe]] about [[organisation:Bamburgh Ward]].
        Their son [[name:Gabriel]] ([[age:19]]) was admitted with a first episode of psychosis. They wrote that
        his named nurse [[name:Tendai]] rang them every evening, explained Section 2 in plain words, and
        gave them a {{carers' passport}} on day one. His mum said "nobody made us feel like the problem". The
        ward has been working on the {{Triangle of Care}} for a year, and [[name:Tendai]] is now carer lead.
        [[name:Gabriel]] has been discharged to [[organisation:Sunderland EIP]] and his dad has joined the
        carers' group. Thanks also to Dr [[name:Mukherjee]] for the family meeting.
    """)),
    ("health", "near_miss", block("""
        SBAR – transfer [[organisation:Elm House]] (LD inpatient) to general hospital
        S: [[name:Shabnam Hussain]], [[age:42]], DOB [[date_of_birth:14.05.1982]], NHS [[nhs_number:431 572 8012]].
           {{Moderate LD}}, {{Rett syndrome}}, epilepsy. Suspected aspiration pneumonia.
        B: Admitted [[date:02/10]] under Section 2, changed to informal with {{DoLS}} applied.
        A: NEWS2 6, RR 26, sats 90%.
        R: Transfer to [[organisation:Queen Elizabeth Hospital]] via 999. Escort [[name:Hope]] (HCA).
        NEAR MISS: {{buccal midazolam}} not put in the transfer bag. [[name:Hope]] noticed at the door and went
        back for it. [[name:Shabnam]] had a 4-min seizure in the ambulance and it was needed.
        Family: brother [[name:Imran]] – [[phone:+44 (0)7700 903412]], informed 15:10.
    """)),
    ("health", "success", prose("""
        My reflection on my first {{CPA}} review, third-year OT placement at [[organisation:Hopewood Park]].
        The service user, [[name:Eilidh MacLeod]] ([[age:37]]), grew up on Lewis and has {{bipolar affective
        disorder}}. Her care coordinator [[name:Rhodri Pritchard]] started by asking [[name:Eilidh]] what she
        wanted from the meeting, and she said to be called [[name:Eilidh]] and not "the patient". I noticed
        that the notes said "non-compliant" but when she talked it was clear lithium made her feel flat
        and she had told three people. [[name:Rhodri]] wrote her words into the plan. Her partner
        [[name:Mairi]] said it was the first review she hadn't been talked over. My educator Dr [[name:Osei]]
        asked me afterwards what I would do differently: prepare with the person the week before, not on the
        day. I have started using {{the Recovery Star}} with her.
    """)),
    # ------------------------------------------------------------------ aviation (15)
    ("aviation", "incident", prose("""
        PRM incident – [[flight_number:LS872]] from Alicante, {{A321}} [[aircraft_registration:G-JZHV]], on
        stand 14 at [[organisation:Newcastle International Airport]] 23:10 on [[date:17 August]]. Passenger
        Mrs [[name:Edna Tully]] ([[age:84]]), {{WCHC}} pre-booked, was still on board 40 minutes after
        everyone else had disembarked. The {{Ambulift}} had been sent to stand 21 because the stand change was
        not passed to the PRM controller. Cabin crew [[name:Jordanne]] stayed with her throughout. Her son
        [[name:Gary Tully]], waiting in arrivals, rang the PRM desk on [[phone:0191 214 3367]] three times.
        Agent [[name:Bartosz]] eventually boarded with an aisle chair at 23:58. [[name:Edna]] needed the
        toilet and was very distressed. Ref [[case_reference:NCL-PRM-24-0817-03]]. Learning: stand changes
        to go to PRM by radio as well as {{AODB}}.
    """)),
    ("aviation", "incident", block("""
        WITNESS STATEMENT – [[organisation:Teesside International Airport]] Security
        Name of witness: [[name:Leanne Harrop]]     Staff no: [[case_reference:TIA-SEC-0419]]
        Date of incident: [[date:Mon 3 Feb 2025]], approx 05:20, Lane 2 archway

        I saw [[name:Gav]] ([[name:Gavin Stott]]) and [[name:Yusuf]] arguing over who was on the {{X-ray}}
        screen. [[name:Yusuf]] said he'd been on over 20 mins. [[name:Gav]] said "stop moaning, you're always
        on your break" and called him a name I won't write. [[name:Yusuf]] threw his lanyard on the belt
        and walked off the lane. Passengers for the 06:00 [[flight_number:KL1548]] were watching and one filmed.
        Supervisor [[name:Carole-Ann]] split them up and put me on screen.
        I've worked with both for years and this has been building since the rota changed.
        Signed: [[name:L. Harrop]]
    """)),
    ("aviation", "success", prose("""
        Forwarded to the PRM team from Customer Relations: "Our son [[name:Oliver]] ([[age:9]]) is autistic
        and non-speaking, and flying has always ended in a meltdown. On [[date:28th May]] we flew
        [[flight_number:LM542]] to Aberdeen from [[organisation:Teesside International Airport]]. [[name:Ruth]]
        had arranged a familiarisation visit the week before through the {{Hidden Disabilities Sunflower}}
        scheme, and on the day the officer at security, [[name:Mei-Ling]], let [[name:Oliver]] keep his
        ear defenders on through the archway and explained each step with the photos [[name:Ruth]] had sent.
        He walked through. We cried. Please thank them both." – [[name:Hannah]] and [[name:Dev Kapoor]]
    """)),
    ("aviation", "near_miss", block("""
        RAMP OCCURRENCE LOG
        Date: [[date:09/01/2025]]   Stand: 7   A/C: {{B737-800}} [[aircraft_registration:G-JZBK]]   Flt: [[flight_number:LS1631]]
        Ambulift driver: [[name:Sully]] ([[name:Andrew Sullivan]])
        Marshaller: [[name:Kiran]]
        Occurrence: Ambulift reversing from L1 door clipped ground power cable and stopped approx 0.5 m from
        engine cowling. No contact with aircraft. Banksman not present – [[name:Kiran]] was helping a
        {{WCHS}} passenger on the rear steps. Ice on stand, gritting not done.
        Reported to Duty Airfield Ops [[name:Frankie Dodds]] 06:12.
        Ref: [[case_reference:NCL-AOR-25-0009]]. {{MOR}} submitted to {{CAA}}.
        Note from [[name:Sully]]: "should never reverse off the door without a banksman, I know that, I rushed."
    """)),
    ("aviation", "incident", prose("""
        Complaint ref [[case_reference:CX-88213]]. Mr [[name:Olumide Balogun]] ([[age:58]]), who has an
        {{ileostomy}}, alarmed on the {{security scanner}} at [[organisation:Newcastle International Airport]]
        on [[date:Friday 11 October]] before [[flight_number:EZY6471]]. The officer asked him to lift his shirt
        in the lane in front of other passengers rather than offering the private search room. His wife
        [[name:Folake]] filmed it. He showed his {{Colostomy UK}} travel card, which was ignored. Security
        manager [[name:Ian Dinsdale]] phoned to apologise and the officer, [[name:Rhys]], has been re-briefed on
        hidden conditions and medical devices. Mr [[name:Balogun]] has asked that his footage is not shared.
    """)),
    ("aviation", "incident", block("""
        PRM Team Leaders – Teams call – [[date:Wed 4 December 2024]]
        [[name:Lyndsey Carr]]: Item two, the crew room thing. [[name:Amber]], do you want to say what happened?
        [[name:Amber Nicholls]]: [[name:Piotr]] called me lazy in front of the contractor lads because I took the 10:40 {{PRM}} job off him.
        [[name:Piotr Nowak]]: I said she picks the easy jobs. That's not the same.
        [[name:Lyndsey Carr]]: Both of you, stop. [[name:Kenny]], you're here for [[name:Amber]]?
        [[name:Kenny Straughan]]: As her {{Unite}} rep, yeah. We want it noted it's the third time.
        [[name:Lyndsey Carr]]: Noted. Separately, [[name:Piotr]] swapped two shifts without approval, that's a rota issue not this.
        [[name:Piotr Nowak]]: Everyone swaps on the WhatsApp.
        [[name:Lyndsey Carr]]: Christmas heat map is amber already, we can't have people off over this. Mediation with [[name:Seán]] from HR, this week.
    """)),
    ("aviation", "incident", prose("""
        Passenger [[name:Rhiannon Price-Jenkins]] ([[age:29]], {{spina bifida}}) arrived on
        [[flight_number:BA1329]] from Heathrow, {{A320}} [[aircraft_registration:G-EUUX]], to find her powered
        chair had been loaded on its side and the joystick snapped off. The {{lithium-ion battery}} had been
        correctly isolated per dangerous goods rules, so no fire risk, but she was left in an airport
        manual chair for three hours. Property irregularity report [[case_reference:NCLBA51672]]. A loan chair
        came from [[organisation:Northumbria Wheelchair Services]] at 21:15. Her partner [[name:Cai]] rang
        from Cardiff on [[phone:+44 29 2031 8842]] asking why nobody had called him. Ground handler's
        supervisor [[name:Dale]] has asked for a {{Permobil}} loading guide at the hold.
    """)),
    ("aviation", "near_miss", block("""
        SECURITY PERFORMANCE NOTE
        Officer: [[name:Rūta Petrauskaitė]]   ID [[case_reference:S-2217]]
        Date: [[date:16/03/25]]   Lane 4 {{X-ray}}
        Event: 9 cm lock knife in a washbag was not flagged on first pass. Bag was re-run only because of an
        oversize liquid and secondary search officer [[name:Callum]] found the knife. Passenger Mr
        [[name:H. Sandoval]] ([[flight_number:TOM6204]]) said he forgot it was there; item surrendered.
        {{TIP}} records show [[name:Ruta]] had been on screen 52 minutes continuously (limit 20).
        Contributing: two staff off sick, supervisor [[name:Aidan]] covering archway.
        Action: no blame – screen rotation to be enforced by the lane timer. [[name:Rūta]] agreed.
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Marek Dvořák]] on Lane 1. On [[date:Sunday 14 July]] at about 07:30 he spotted a
        little lad, [[age:5]] we later found out, holding a teddy and crying by the tray return. Rather than
        taking him away from the area [[name:Marek]] knelt down, kept him by the lane and called it in
        under the {{Code Adam}} procedure. The boy, [[name:Teddy]] – yes, same name as the bear – had come
        through with his grandad who'd gone on to {{Boots}} thinking he was with his mum. Mum,
        [[name:Kirsty Leitch]], was reunited in six minutes, well before their [[flight_number:LS905]] to
        Dalaman. Lovely calm work, [[name:Marek]].
    """)),
    ("aviation", "incident", block("""
        From: Dr [[name:Aisha Rahimi]] <[[email:aisha.rahimi@doctors.org.uk]]>
        To: PRM Customer Relations, [[organisation:Newcastle International Airport]]
        Subject: My father – left alone at gate 11
        Booking ref: [[case_reference:K7XQ2M]]

        My father [[name:Mohammad Rahimi]] ([[age:79]]) has {{vascular dementia}} and was booked with assistance
        on [[flight_number:EK36]] on [[date:20/05/2024]]. Your assistance team left him at gate 11 nearly two hours
        before boarding. He walked back through to the landside and was found by [[organisation:Northumbria Police]]
        in the car park at 13:40. We had completed a {{Herbert Protocol}} form for him, which is the only reason
        they knew who to call. I am in Dubai – [[phone:+971 50 612 3384]] – and my brother [[name:Farid]] is on
        [[phone:07802 115 640]]. Please explain how [[name:Mohammed]] could be left.
        [[name:Aisha]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Kenny Straughan]] <[[email:kstraughan.unite@gmail.com]]>
        To: HR, [[organisation:Teesside International Airport]]
        Subject: Formal grievance – [[name:Sadia Begum]], Security Officer – ref [[case_reference:TIA-HR-2025-014]]

        I am writing on behalf of my member [[name:Sadia Begum]]. She alleges that team leader
        [[name:Graham]] "[[name:Gee]]" [[name:Pattinson]] made remarks about her hijab during {{ETD}} swab
        training on [[date:13 January]] and has since removed her from the {{body scanner}} rota without
        reason. A colleague, [[name:Dionne]], witnessed the remarks. [[name:Sadia]] would like a meeting
        within five working days with a companion present, as per the {{ACAS Code}}.
        Regards, [[name:K. Straughan]], [[phone:07791 440 263]]
    """)),
    ("aviation", "incident", prose("""
        [[date:22/12]] 04:50 Lane 3. Male pax (later ID'd as [[name:Craig Ridley]], [[age:41]], travelling on
        [[flight_number:LS861]] to Tenerife) became abusive when a 1 L bottle of vodka was removed as
        {{LAGs}}. Pushed officer [[name:Nasrin]] into the tray rack. [[name:Nasrin]] used conflict
        management training, stepped back, called supervisor. [[organisation:Northumbria Police]] attended
        05:02, arrested for s.4 POA, crime ref [[case_reference:NP-221224-0042]]. [[organisation:Jet2]] offloaded
        him. [[name:Nasrin]] bruised upper arm, refused first aid beyond ice, finished shift. Her TL
        [[name:Jonny B]] to follow up with {{TRiM}} referral.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, stand 3, [[organisation:Teesside International Airport]], [[date:Tues 6th Aug]],
        [[flight_number:T3452]], {{E170}} [[aircraft_registration:G-CMEI]]. Passenger Mrs [[name:Gwen Pryce]]
        ({{WCHS}}) was being taken up the steps on the {{Scalamobil}} step-climber by [[name:Lewis]], who
        had done the e-learning but not the practical sign-off. At the top step the chair tipped back slightly
        because the lap strap had not been clipped. [[name:Chris Oduya]], coming up behind, held the chair. No
        injury. [[name:Gwen]] was shaken but flew. [[name:Lewis]] was open about it. Learning: step-climber
        buddy check card, and no solo operation until signed off by [[name:Chris]].
    """)),
    ("aviation", "success", block("""
        CUSTOMER FEEDBACK FORM
        Name: [[name:Aled Hughes-Morgan]]
        Email: [[email:aled.hm@btinternet.com]]
        Flight: [[flight_number:KL0946]]     Date: [[date:2/4/25]]
        Comments: I'm Deaf and a {{BSL}} user. The PRM agent [[name:Stacey]] knew some BSL and used the
        {{SignVideo}} app for the rest when the gate changed, and came to find me instead of relying on the
        tannoy. At security, [[name:Bogdan]] wrote everything down without me asking. Best airport
        experience I've had.
        Internal: pass to [[name:Stacey Mulgrew]] and her TL [[name:Joanne]] – nominate for the
        quarterly award. – [[name:JMcG]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:5 November]] a staff {{airside pass}} belonging to [[name:Danny Chalmers]] (pass no.
        [[case_reference:NCL-ASP-330912]]) was seen on the dashboard of his car, [[vehicle_registration:NL71 ZRT]],
        in staff car park B, face up and readable from the footpath. Reported by car park attendant
        [[name:Summer Agboola]], who photographed it and rang the ID unit. No evidence it was used or copied.
        [[name:Danny]] had gone airside with a temporary pass after saying he'd left his at home. Under the
        {{NASP}} this is a reportable pass security breach. His manager [[name:Rob Craggs]] has logged it and
        [[name:Summer]] has been thanked.
    """)),
]


def main() -> None:
    records = build_records("blind41", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
