"""Blind held-out corpus 30: children's residential care, secure homes, youth justice and exploitation.

Setting: children's homes, a secure children's home, youth offending teams and exploitation work
(county lines, CSE, trafficking) across Kent, Medway, Sussex and Surrey; plus health reports (CAMHS,
sexual health, school nursing, paediatric A&E) and aviation reports from Gatwick and Manston
(unaccompanied minors, trafficking concerns spotted by cabin crew, ground staff).

Voice: very informal shift logs by young residential staff with times and text-speak, incident
logs, return home interviews in the young person's own words, YOT and police liaison notes, Reg 44
style visits and clinical notes. Young people appear by initials, nicknames, street names, social
media handles and gamer tags; phone numbers in odd formats and partial addresses are common.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as log  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind30.jsonl"


REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ social care (30)
    ("social_care", "incident", log("""
        NIGHTS LOG [[organisation:Oakfield House]] [[date:12/02/24]]
        22:10 [[name:TJ]] not back from "football". rang his mob [[phone:07700 900 418]] straight to vm
        22:40 reported missing to police as per {{missing protocol}}, ref [[case_reference:KNT-240212-0871]]
        23:55 [[name:TJ]] snap story shows him outside the chicken shop by the flats on [[address:Brook St]].
        [[name:@lilT_22]] tagged in it (older lad, known to us)
        01:20 [[name:TJ]] dropped back by a taxi, stank of weed, new air forces + a 2nd phone. wont say who from
        01:35 told on call mgr [[name:dawn]] + emailed EDT. flagged as {{county lines}} concern
        - [[name:Kez]] (waking night)
    """)),
    ("social_care", "success", p("""
        {{Return home interview}} done [[date:Tues 5th March]] by [[name:Priya Ramdhanie]] (RHI worker).
        [[name:KM]] ([[age:14]]) said in her own words: "i wasnt with no one bad i was at [[name:shannon]]s nans
        in the flats on [[address:Balmoral Rd]] we just watched tiktok and ate pizza. her nan [[name:Bev]] is
        safe. i turned my phone off coz [[name:Gemma]] kept ringing n i didnt want to get told off. i know i shud
        of said." [[name:KM]] agreed a plan: she will text [[name:Gemma]] ({{key worker}}) on
        [[phone:07700900 263]] if she is staying out, and [[name:Bev]]'s number goes on the safety plan. No
        {{CSE}} indicators identified this time. Shared with the locality team.
    """)),
    ("social_care", "near_miss", p("""
        YOT case note. [[name:Deshawn Morgan-Price]], DOB [[date_of_birth:03/09/2008]], ref
        [[case_reference:YOT/KT/22-0194]]. Attended reparation at [[organisation:Northfleet Community Allotment]]
        but {{YOT officer}} [[name:Leanne Fisher]] clocked a lad waiting by the gate in a grey Golf
        [[vehicle_registration:GV19 XPD]]. [[name:Deshawn]] went quiet and asked to finish early. We did not
        let him leave with the car; [[name:Leanne]] drove him back to [[address:14 Orchard Way]] herself. In the
        car he said the driver was '[[name:Smokey]]' and that he 'owes him for a phone'. Logged as a
        {{county lines}} concern, {{NRM}} to be considered, intel submitted to police
        ([[case_reference:INT-4471902]]). Lesson: reparation sites are known to the people grooming him.
    """)),
    ("social_care", "success", p("""
        {{Reg 44}} independent visit to [[organisation:Willowbank]] children's home,
        [[address:Mill Lane, Faversham]] [[postcode:ME13 8RT]], on [[date:21 January 2024]]. I spoke with three
        young people, [[name:RS]], [[name:LB]] and [[name:JJ]]. [[name:LB]] told me staff "actually listen now"
        and showed me the {{life story work}} she has done with her key worker [[name:Faith]]. [[name:JJ]]
        ([[age:12]]) went missing four times in the autumn but not once since his {{Signs of Safety}} meeting,
        which the manager Mrs [[name:Adeyemi]] put down to a later curfew on Fridays and a weekly call with his
        nan. Records were tidy. One action: the sanctions log shows [[name:RS]] was stopped from going to
        [[organisation:Faversham Amateur Boxing Club]] after an argument on [[date:2 Jan]] - consequences must
        not remove protective activities.
    """)),
    ("social_care", "incident", p("""
        Police liaison note. PC [[name:Harjit Sandhu]], collar [[case_reference:4127]], BTP. [[name:Lewis Carrow]]
        ([[age:15]]), placed at [[organisation:Ashcombe Lodge]] in Dorking, was stopped at Hastings station on
        [[date:Sat 9/3]] at 16:40 with £620 cash, two phones and a train ticket bought by someone else. One phone
        is [[phone:+44 7700 900731]]. He gave his name as '[[name:L-Dot]]' at first. Custody ref
        [[case_reference:47/RR/2291/24]]. No further action pending {{NRM}}; {{first responder}} referral made by
        {{duty social worker}} [[name:Omar Haddad]] the same night. PC [[name:Sandhu]] says he has been seen with
        [[name:Kyle Pennington]] aka '[[name:Pengz]]', linked to a line running into St Leonards.
        [[name:Lewis]] to be treated as a victim, not a suspect.
    """)),
    ("social_care", "near_miss", log("""
        [[date:sun 3rd]] lates - [[name:jaz]] writing
        ok so around 4ish [[name:Ellie]] was in the garden on the phone whispering, screen said "[[name:Hope]] 💕".
        she said its her cousin. she hasnt got a cousin called that lol
        later [[name:Ellie]] let slip [[name:Hope]] is [[age:19]] and "gets her free vapes and lifts"
        looked with [[name:Ellie]] consent, snap name is [[name:h0pe.xoxo]], bitmoji sat in a car
        not a crisis yet but feels like grooming?? spoke to [[name:Marcus]] (senior) who says do the
        {{CSE}} screening tool + tell her {{social worker}} monday
    """)),
    ("social_care", "success", p("""
        Good practice - [[organisation:Swallowfield Secure Children's Home]]. [[name:Ryan]] ([[age:16]]) passed
        Functional Skills maths level 1 on [[date:8th Nov]], the first exam he has sat since being permanently
        excluded from [[organisation:Sittingbourne Park Academy]] in Year 8. His teacher Mr
        [[name:Okonkwo-Blake]] and the education lead [[name:Bill]] set up 20 minute sessions once his
        {{restraint}} reduction plan started, using football stats because that is what [[name:Ryan]] cares
        about. He asked for the certificate to go to his mum at [[address:flat 3, Garrison Court]] not his dad.
        Celebrated with a takeaway of his choice. Learning: small wins in a {{secure welfare order}} placement
        should travel with the child - copy sent to his {{YOT}} worker.
    """)),
    ("social_care", "incident", p("""
        [[name:Tyrese]] ([[age:15]]yo) came in 02:15 on [[date:19-04-2024]] with a cut across his palm, says he
        fell off a bike. Staff [[name:Bex]] and [[name:Ayo]] saw messages pop up on his lock screen from
        [[name:Bigz_MDWY]]: 'u owe me 3 bags' and 'pick up from [[address:number 14]] tmrw'. We think that is
        [[address:14 Tillman Rd]], Gillingham. [[name:Tyrese]]'s social worker [[name:Mo]] informed 08:30,
        {{MASH}} referral done, police log [[case_reference:KE-19042024-0112]]. Photo of the hand taken and
        {{first aid}} given. [[name:Tyrese]] said "if i snitch they do my little brother". Risk raised to high
        on the {{child exploitation}} tool and a strategy meeting requested.
    """)),
    ("social_care", "near_miss", p("""
        Near miss, info sharing. On [[date:Weds 10 July]] the {{placement referral}} for [[name:Amira Ahmadzai]]
        (DOB [[date_of_birth:27.11.2009]], LCS [[case_reference:LCS 7731842]]) was about to go to
        [[email:admin@brightstarcare-homes.co.uk]] instead of [[email:admissions@brightstarhomes.co.uk]] because
        autocomplete picked the wrong one. Business support officer [[name:Naomi]] spotted the domain looked off
        before sending. The wrong address belongs to a provider that {{Ofsted}} closed last year.
        [[name:Amira]]'s home address ([[address:22 Kestrel Close, Crawley]] [[postcode:RH10 7QA]]) and her
        {{NRM}} status were in the attachment. Autocomplete cleared for the whole team and referrals now go
        through the portal. [[name:Naomi]] thanked at team meeting.
    """)),
    ("social_care", "success", p("""
        proud of the team tonight. [[name:Summer]] ([[age:13]]) walked out of school at lunch on
        [[date:Thursday 4th]]. her {{key worker}} [[name:Chase]] remembered she'd talked about the skate park
        so him and [[name:Dani]] (bank staff) drove down and found her with two older girls. no police drama,
        she came back in the car, hot choc and a chat. she told [[name:Chase]] she was avoiding a girl called
        [[name:Skye-Louise]] who'd been posting about her on insta. school {{DSL}} Ms [[name:Warrender]] told
        next morning. {{return home interview}} booked with [[organisation:Catch22]] for friday. [[name:Summer]]
        actually said thank you which is a first
    """)),
    ("social_care", "incident", p("""
        Police liaison - Sgt [[name:Claire Doherty]]. [[name:Jodie-Leigh]] ([[age:14]]) was found at 03:10 on
        [[date:15 March]] in [[address:Flat 4B, 117 Lewes Road]], Brighton [[postcode:BN2 4GL]], with an adult
        male, [[name:Darren Voss]] ([[age:34]]). She had been reported missing from [[organisation:Seaview House]]
        at 20:00. Vehicle seen dropping her off earlier: silver Astra [[vehicle_registration:WU68 KLP]].
        {{Child Abduction Warning Notice}} served on [[name:Voss]] same day, CAD [[case_reference:CAD1187-15MAR]].
        [[name:Jodie-Leigh]] says he is "just a mate who lets me chill". Forensic medical offered via the
        {{SARC}} and declined for now. Strategy discussion booked.
    """)),
    ("social_care", "success", p("""
        YOT closing summary. [[name:Callum Reeve]] ([[age:16]]) finished his {{referral order}} two months early
        on [[date:28/06/2024]]. Panel chair [[name:Rose Akinola]] said it was the best contract review she has
        sat on. [[name:Callum]] did all 24 hours of reparation at [[organisation:Margate Foodbank]], stuck with
        the knife crime workshop, and started a Level 2 bricklaying course at [[organisation:East Kent College]].
        The victim, Mr [[name:Ellis]] (he asked us to call him [[name:Frank]]), accepted a written apology.
        What worked: the same {{YOT officer}} throughout and sessions held at the boxing gym not the office.
        Ref [[case_reference:YJ-KNT-23-5518]] closed.
    """)),
    ("social_care", "near_miss", log("""
        meds near miss - [[date:06/05]] 20:45
        [[name:Ivy]] (agency, 2nd shift with us) nearly gave [[name:Jayden]]s melatonin to [[name:Noah]].
        both have same brown bottle + the MAR sheet was open on the wrong page
        [[name:Noah]] said "thats not mine, mine is the white one" - good lad
        no dose given. checked by [[name:Grace]] (shift lead)
        we have now: photo on each {{MAR}} page, bottles in separate named baskets
        [[name:Ivy]] was upset but did right thing reporting it. no blame
    """)),
    ("social_care", "incident", p("""
        Online harm incident. [[name:Alfie]] ([[age:12]]) has been playing {{Fortnite}} in squad chat with
        someone called [[name:xX_NightWolf_Xx]] who has been sending him V-bucks gift cards. On
        [[date:22.01.24]] staff member [[name:Will Turner]] heard the voice chat and it was a grown man asking
        [[name:Alfie]] for a picture "in your PJs" and his address. [[name:Alfie]] had already told him he lives
        "near the big Tesco in Ashford". Console taken offline, screenshots saved, reported to CEOP and police
        ([[case_reference:OCC-0122-7734]]). [[name:Will]] sat with him after - he thought the man was "just a
        good gamer". {{Online safety}} session planned with his {{IRO}} present.
    """)),
    ("social_care", "success", p("""
        RHI - [[name:Mihai]] ([[age:16]]) in his words: "i went to [[name:Andrei]] flat in Woking because he said
        there is work washing cars cash in hand. then he took my phone and said i stay for the week. i was
        scared but i remember [[name:Sarah]] saying about the card with the number so i borrowed a phone from a
        lady in the shop and rang [[phone:0800 555 0190]]". Care staff [[name:Sarah Kowalczyk]] and the police
        collected him from [[address:Goldsworth Rd]] at 02:00. He has been supported to make a {{Modern Slavery}}
        disclosure. {{interpreter}} (Romanian) used for the formal bit. Good outcome - the pocket card idea
        worked.
    """)),
    ("social_care", "incident", log("""
        SECURE UNIT INCIDENT - [[organisation:Swallowfield]] Unit 2 - [[date:30 Aug 2024]]
        19:02 [[name:YP-D]] refused to go to room, threw chair at window
        19:04 staff [[name:Kayode]], [[name:Petra]] and [[name:Lee]] attend. {{de-escalation}} tried 3 mins
        19:07 {{restraint}} (standing hold, trained technique) for 2 mins
        19:09 released to room. [[name:Lee]] bitten on forearm - skin broken
        19:30 [[name:YP-D]] seen by nurse, no injury. [[name:Lee]] to A&E for tetanus
        20:15 debrief with [[name:YP-D]] - says [[name:Kayode]] "disrespected my mum" earlier
        staff no [[case_reference:SW0418]] ([[name:Lee]]) - accident book + RIDDOR check
    """)),
    ("social_care", "near_miss", p("""
        At 17:20 a man turned up at the door saying he was [[name:Precious]]'s uncle here to take her to her
        nan's for tea. Not on her contact list. Staff [[name:Amber]] asked for ID and he got funny and walked
        off to a black Merc, reg [[vehicle_registration:LR21 OWV]], noted on the CCTV. [[name:Precious]] ([[age:15]])
        later told [[name:Amber]] he is "[[name:Uncle T]]" but not family - he gives her and [[name:Nia]] lifts
        from [[organisation:Medway Youth Hub]]. Police ([[case_reference:MED/24/00981]]) and her social worker
        told. Good spot: the {{contact plan}} was printed in the office so the decision was quick. {{CSE}}
        screening updated.
    """)),
    ("social_care", "success", p("""
        YOT triage note. [[name:Zain Bashir]], [[age:14]], first arrest - shoplifting vapes with older lads from
        the estate on [[date:12th Feb]]. Diverted through {{Turnaround}} instead of a caution. Worker
        [[name:Joy Mensah]] did a {{trauma-informed}} assessment and found [[name:Zain]] had been getting
        £20 a go from a lad known as '[[name:Lil Blue]]' to 'hold stuff'. Mum [[name:Farida]] said she had no
        idea; she works nights. Plan: boxing at [[organisation:Chatham Boys Club]], school mentor, and
        {{Child Criminal Exploitation}} screening. [[name:Zain]] engaged every session. Three months on: no
        further arrests, attendance up to 91%. YOT ref [[case_reference:MTR-24-0317]].
    """)),
    ("social_care", "incident", p("""
        {{Cuckooing}} concern. Our care leaver [[name:Kieran]] ([[age:18]], still with us under
        {{Staying Close}}) told his PA [[name:Ruth]] that two lads have been sleeping at his flat at
        [[address:12 Harbour Mews, Ramsgate]] [[postcode:CT11 8LS]] since [[date:the 2nd]]. One goes by
        '[[name:Sniper]]' and the other is '[[name:Dee]]' from London. They keep phones on charge in his kitchen
        and tell him to go out "for a few hours". [[name:Kieran]] has a learning disability and is scared to
        say no. Referred to the {{Adult Safeguarding}} team and the neighbourhood police; closure order being
        looked at. [[name:Ruth]] to visit daily with a colleague.
    """)),
    ("social_care", "success", p("""
        Education win! [[name:Tia-Mae]] started back at [[organisation:The Rosewood PRU]] on
        [[date:Monday 15th January]] after 8 months out of any education. Her {{virtual school}} officer
        [[name:Jennie Oduya]] pushed for the 1:1 start and staff at home ([[name:Sky]], [[name:Connor]]) did
        the school run every day for the first fortnight. [[name:Tia-Mae]] said "it's not as long as proper
        school and they let me do hair n beauty". {{PEP}} review on [[date:14/02/2024]] showed 100% attendance.
        Nice one all.
    """)),
    ("social_care", "near_miss", p("""
        Handover got sent to the wrong whatsapp group on [[date:Friday 7th June]] around 22:00 - [[name:Jordan]]
        (relief) meant to send it to the shift group but it went to his five-a-side group. It had
        [[name:Lacey]] and [[name:Mason]]'s first names, that [[name:Lacey]] was missing, and the number she
        was last using ([[phone:07700-900-552]]). [[name:Jordan]] deleted for everyone within about 2 mins and
        told the manager [[name:Hollie Grant]]. Nobody seems to have read it. Reminder to all: no {{WhatsApp}}
        for handovers, use the {{Clear Care}} log. Reported to {{data protection}} officer as a near miss.
    """)),
    ("social_care", "incident", p("""
        Staff assault - [[organisation:Swallowfield Secure Children's Home]], [[date:Tuesday 4 February]]. During
        an education session [[name:MB]] ([[age:17]]) headbutted teaching assistant [[name:Oluwaseun Adebayo]]
        after being told he could not phone his girlfriend [[name:Kels]]. [[name:Oluwaseun]] has a suspected
        broken nose and went to the [[organisation:William Harvey]]. Police informed, crime ref
        [[case_reference:46240019873]]. [[name:MB]] later told his key worker he had heard [[name:Kels]] was
        being "passed round" by the lads he used to run with and he was panicking. Information passed to
        {{MASH}} for [[name:Kels]] as a possible {{CSE}} victim.
    """)),
    ("social_care", "success", p("""
        {{NRM}} outcome. [[name:Nguyen Van Minh]], age-assessed as [[age:16]], received a positive
        {{conclusive grounds}} decision on [[date:03/10/2024]], NRM ref [[case_reference:NRM-2023-118842]]. He was
        found in a cannabis grow in a house on [[address:Canterbury Road, Folkestone]] in [[date:May 2023]]. His
        ICTG advocate [[name:Hannah Pryce]] and {{key worker}} [[name:Tuan]] (who speaks Vietnamese) stuck
        with him through two police interviews. [[name:Minh]] now goes to college three days a week and plays
        for [[organisation:Cheriton Rovers]] under-18s. His charge was dropped under section 45. He asked us to
        say thank you to [[name:Tuan]] in the report.
    """)),
    ("social_care", "incident", log("""
        MISSING - UASC - [[date:Sat 17 Aug]]
        [[name:Dawit]] ([[age:15]]), arrived 3 days ago, placed at [[organisation:Hythe Reception Centre]]
        06:40 bed empty. last seen 01:00 by night staff [[name:Leon]]
        another boy says [[name:Dawit]] was getting calls from a UK number [[phone:0 7700 900 886]]
        saying "your cousin is waiting in Birmingham"
        07:05 police told, ref [[case_reference:01-17082024-0093]]. {{trafficking}} risk flagged
        07:30 ports alerted. Eritrean community org [[organisation:Habesha Link Kent]] contacted
        photo + description shared. {{Missing Person}} form done by [[name:Leon]]
    """)),
    ("social_care", "success", p("""
        Strategy meeting follow-up. Since the {{CAWN}} was served on [[name:Jamal Okoro]] ([[age:27]]) on
        [[date:9th September]], [[name:Aaliyah]] has had no missing episodes. Before that she was going missing
        from [[organisation:Birchwood Lodge]] three or four times a week and coming back with new nails and
        clothes. Her social worker [[name:Lauren Birch]] kept seeing her every week even when she swore at her,
        and the police did a {{disruption}} visit to the address at the flats above the bookies on
        [[address:Week St]].
        [[name:Aaliyah]] told [[name:Lauren]] on [[date:1 Nov]] "he was never my boyfriend was he".
        Case ref [[case_reference:KCC-CSE-0912]]. Keep going.
    """)),
    ("social_care", "near_miss", log("""
        [[date:mon 11/11]] 16:50 - [[name:Maddie]] writing
        found a kitchen knife wrapped in a sock in [[name:Reece]] school bag during normal bag check at the door
        he said its for "protection" because [[name:Boogz]] and them from Parkwood are after him
        took knife, [[name:reece]] didnt kick off
        rang police non emergency, ref [[case_reference:PR-111124-55]], and his SW [[name:Ola]]
        [[name:Reece]] agreed to talk to the {{Youth Hub}} knife crime worker tmrw
        glad we do bag checks tbh
    """)),
    ("social_care", "incident", p("""
        Self-harm. At 23:40 on [[date:2nd December]] waking night [[name:Jake Ferrier]] heard crying from
        [[name:Poppy]]'s room. She had cut her upper arm with a pencil sharpener blade. {{First aid}} given,
        wounds shallow, no need for hospital but 111 called for advice. [[name:Poppy]] ([[age:14]]) said it
        started after messages from an account called [[name:@poppyisfake_x]] that her old friends from
        [[organisation:Hayesbrook School]] made. Crisis line number ([[phone:0800 012 3456]]) put back on
        her wall. {{CAMHS}} duty informed next morning. Manager [[name:Jas Dhillon]] reviewed {{sharps}} search
        policy - the blade came from a pencil case from school.
    """)),
    ("social_care", "success", p("""
        Family time. [[name:Leo]] and [[name:Ruby]] had their first supervised contact with mum
        [[name:Stacey]] at [[organisation:The Sunflower Family Centre]] in Hastings on [[date:19 Oct]] after six
        months of no contact. {{Contact supervisor}} [[name:Mark Bell]] prepared them with photos of the room
        beforehand. [[name:Stacey]] brought a cake and kept to the {{written agreement}}: no talk about court or
        their dad. [[name:Ruby]] ([[age:8]]) cried at the end but settled at home with her favourite film.
        [[name:Leo]] asked "when's next time". Next session booked for [[date:2nd November]].
    """)),
    ("social_care", "near_miss", p("""
        Professional boundaries. Relief worker [[name:Tom Akers]] got a friend request on Instagram from
        [[name:@deelzz_07]] on [[date:27/07]] - it is [[name:Deelan]] ([[age:16]]) from the home. [[name:Tom]]
        didn't accept, screenshotted and reported it to manager [[name:Lisa]] the same shift. [[name:Deelan]]
        said he just wanted to see "what staff are like normal". Also found that [[name:Tom]]'s profile was
        public with his gym and his street visible - now private. Supervision discussed, and the
        {{safer caring}} policy now has a line on this. No harm done, good that {{social media}} stuff got
        reported straight away.
    """)),
    ("social_care", "success", p("""
        Leaving care milestone. [[name:Demi Hollis]] turned [[age:18]] on [[date_of_birth:14 April 2006]] and
        moved into her own flat at [[address:7 Bramley Court, Aylesford]] [[postcode:ME20 7XP]]. Her {{personal
        adviser}} [[name:Ifeoma]] sorted her NI number ([[ni_number:SH 61 03 92 A]]), bank account and
        {{Universal Credit}} claim before the move, so she had money on day one. The {{Staying Put}} option was
        offered but [[name:Demi]] wanted her own place near her job at the garden centre. Former key worker
        [[name:Jen]] helped her build the bed. Pathway plan ref [[case_reference:PP-33192]].
    """)),
    # ------------------------------------------------------------------ health (12)
    ("health", "incident", p("""
        {{CAMHS}} crisis assessment, [[organisation:Maidstone Hospital]] ED, [[date:18/03/2024]] 01:30.
        [[name:Isla Fairweather]] ([[age:15]]), NHS [[nhs_number:849 093 4061]], brought in by staff from
        [[organisation:Elmhurst House]] after an {{overdose}} of 16 x paracetamol. Paracetamol level below
        treatment line at 4 hours. Disclosed that an older boy she calls '[[name:Deano]]' shared a video of her
        in a group chat. Seen by Dr [[name:Tamsin Okafor]] (CAMHS registrar). Plan: admit to paeds overnight,
        {{safeguarding}} referral, police informed ([[case_reference:KE-1803-0044]]), follow up with the
        community team. Carer [[name:Abi]] stayed throughout.
    """)),
    ("health", "success", p("""
        {{CAMHS}} DBT group end-of-programme note. [[name:Kai]] ([[age:16]]), looked after, placed at
        [[organisation:Ridgeway House]], completed all 24 weeks of the skills group on [[date:11 July]]. His
        {{diary card}} shows self-harm down from daily to once in the last month. Therapist [[name:Nadia Hussain]]
        credits the residential staff, especially [[name:Sean]], who did {{distress tolerance}} skills with him
        at 2am. [[name:Kai]] (DOB [[date_of_birth:12/01/2008]]) wants to be a peer mentor for the next group, and the
        residential team are invited to the next skills training.
    """)),
    ("health", "near_miss", p("""
        {{CAMHS}} admin near miss. The appointment letter for [[name:Freya Collins]] (NHS
        [[nhs_number:621 708 3019]]) was addressed to her birth mum at [[address:39 Sandown Road, Deal]]
        [[postcode:CT14 6PJ]] - the address on the GP record - instead of her foster carers. There is a
        {{non-molestation order}} and mum is not meant to know where [[name:Freya]] lives or which clinic she
        uses. Caught by clinician [[name:Gareth]] before post went out on [[date:Friday 14th]]. {{Spine}} record
        updated with the sensitive flag. Learning: check the LAC status on every letter.
    """)),
    ("health", "incident", p("""
        Sexual health clinic, [[organisation:Brighton Sexual Health Clinic]] Saturday walk-in. [[name:Chloe]]
        gave her age as [[age:16]] but her card showed DOB [[date_of_birth:02/05/2010]], so [[age:13]]. Came in with a
        "boyfriend" who looked about [[age:25]] and answered for her. Nurse [[name:Bridget Yeo]] saw her alone using
        {{Spotting the Signs}} - she has had three partners "from his mates" and a new phone. Emergency
        contraception given, {{chlamydia}} test done. Under-13 rule: automatic safeguarding referral, police
        called while they were still in clinic, man gave name [[name:Ricky]] and phone [[phone:07700 900 344]].
        Police ref [[case_reference:SX-44871-24]].
    """)),
    ("health", "success", p("""
        Outreach success. Our {{C-Card}} drop-in at [[organisation:Newington Pupil Referral Unit]] ran every
        Wednesday in the spring term. Youth worker [[name:Shanice]] and nurse [[name:Marta Nowak]] saw 31 young
        people. Two girls disclosed older "boyfriends" and both now have {{CSE}} plans. One lad, known as
        [[name:Tiny]], got treated for {{gonorrhoea}} after finally agreeing to a test, and brought his mate
        [[name:Ezra]] the week after. The head, Mr [[name:Paget]], wants the session to carry on next year.
        Booking line for schools: [[email:ysh.outreach@kentsexualhealth-example.org]]. Started
        [[date:17 April 2024]]; evaluation to commissioners in July.
    """)),
    ("health", "near_miss", p("""
        Results text near miss. On [[date:2024-02-19]] an automated "please call us about your result" SMS for
        [[name:Lily-Rose Barnes]] ([[age:15]]) was queued to [[phone:07700 900 119]], which turned out to be her
        step-dad's mobile, not hers ([[phone:07700 900 191]]) - digits swapped at registration. Health adviser
        [[name:Siobhan]] noticed when [[name:Lily-Rose]] said she never gave a parent's number. Message cancelled
        before sending. Given she is under 16 and attends confidentially under {{Fraser guidelines}}, this could
        have been very harmful. All under-18 records now have the mobile read back at the desk.
    """)),
    ("health", "success", p("""
        School nursing - {{ChatHealth}} text service. A Year 10 at [[organisation:Thamesview School]] texted
        on [[date:Sunday 10th March]] saying her friend "[[name:Kacey]]" was going to meet a man from
        {{Snapchat}} at the station after school Monday. School nurse [[name:Yewande Cole]] picked it up at
        08:05 first thing, rang the {{DSL}} Mr [[name:Hart]], and [[name:Kacey]] was spoken to in form time.
        The man's account ([[name:jayyy.k_99]]) was reported and police took it from there. [[name:Kacey]]
        is fine and her mum said thank you. Shows the out-of-hours messages really matter.
    """)),
    ("health", "incident", p("""
        School nurse drop-in at [[organisation:Northcourt Academy]], [[date:26/09/24]]. [[name:DJ]] (Year 9,
        [[age:14]]) came in with a swollen wrist and ended up telling nurse [[name:Faith Morris]] that he had
        been "going up to Margate for a man called [[name:Shotta]]" at weekends, carrying "food" in his
        sock. He has been missing two Saturdays. He gave a number for [[name:Shotta]]:
        [[phone:(07700) 900 562]]. Wrist X-ray arranged at the minor injuries unit. {{Safeguarding}} referral
        to the front door and {{county lines}} flag; DSL Mrs [[name:Ogunleye]] informed. [[name:DJ]] asked
        "will my mum find out" - told honestly that she will be involved.
    """)),
    ("health", "near_miss", p("""
        {{EpiPen}} near miss on a school trip. [[name:Ayaan Chaudhry]] ([[age:11]]), severe {{peanut allergy}},
        went on the Year 7 trip to the wildlife park on [[date:13 June]]. His {{adrenaline auto-injector}} was
        left in the medical room at [[organisation:Maplesden Primary]]. School nurse [[name:Hilary]] noticed it
        still in the box at 09:40, rang the trip lead [[name:Ruth Quinn]] on [[phone:07700 900 207]] and drove
        it out before lunch. No reaction occurred. Care plan now includes a trip checklist signed by two
        staff, and a spare pen is kept in the trip bag.
    """)),
    ("health", "incident", p("""
        Paediatric ED, [[organisation:Darent Valley Hospital]], [[date:Friday 23rd August]] 21:50. [[name:Mustafa
        Yilmaz]] ([[age:16]]), NHS [[nhs_number:298 658 1609]], brought by ambulance with a stab wound to the
        left thigh. Friends who dropped him at the door drove off in a white Corsa [[vehicle_registration:EK17
        FNH]]. He said "wrong place wrong time" and gave his address as [[address:Flat 9, Kent Court]]. Police
        ({{Operation Sceptre}} officers) attended. He is on a {{YOT}} order; YOT worker [[name:Glen]] informed by
        the {{safeguarding nurse}} overnight. Surgeon Mr [[name:Bhatt]] closed the wound in theatre.
    """)),
    ("health", "success", p("""
        ED {{safeguarding}} flag worked. [[name:Jess]] ([[age:15]]), NHS [[nhs_number:394 691 4810]], came in
        at 04:00 on [[date:11/01]] with abdominal pain - her fourth attendance in six weeks at three different
        hospitals. The {{CP-IS}} alert showed she is looked after, and safeguarding nurse [[name:Adaeze]] had
        noted possible {{ketamine}} bladder symptoms last time, so triage nurse [[name:Callum]] asked the right
        questions. [[name:Jess]] admitted using ket "most days" with older lads at
        [[address:the garages behind Priory Rd]]. Referred to [[organisation:The Bridge Young People's Drug
        Service]] and the exploitation team the same morning.
    """)),
    ("health", "near_miss", p("""
        Wrong patient near miss, paeds ED. Two boys called [[name:Oliver]] in cubicles 3 and 4 on
        [[date:7th Dec]]. [[name:Oliver Grant]] (NHS [[nhs_number:974 244 4811]]) was due IV antibiotics;
        [[name:Oliver Grange]] (NHS [[nhs_number:235 106 8424]]) was in for a sprain. Student nurse
        [[name:Precious]] went to put the line in on cubicle 4 and the dad said "he only hurt his ankle".
        Positive ID with the wristband and DOB ([[date_of_birth:09/06/2015]]) done, error avoided. Now a
        "{{name alert}}" sign goes on the board whenever two children share a first name.
    """)),
    # ------------------------------------------------------------------ aviation (8)
    ("aviation", "near_miss", p("""
        {{Unaccompanied minor}} handover, Gatwick North arrivals, [[date:26 July]]. [[name:Maya Lindqvist]]
        ([[age:9]]) on [[flight_number:EZY8342]] from Stockholm. The man at the desk said he was her uncle and
        showed a driving licence, but the name on the {{UM form}} was [[name:Tobias Shaw]] and his licence said
        [[name:Toby Shaw]] with a different DOB. Dispatcher [[name:Reggie]] held the handover and rang the
        form's number [[phone:+44 (0)7700 900 478]] - it was the real uncle, stuck on the M23. The man at the
        desk turned out to be his neighbour sent as a favour. No handover to anyone not on the form, ever.
        Ref [[case_reference:UM-LGW-26072-118]].
    """)),
    ("aviation", "incident", p("""
        Cabin crew safeguarding report, [[flight_number:W6 5722]] Bucharest to Gatwick, aircraft
        [[aircraft_registration:G-WUKK]], [[date:14/11/2024]]. Senior cabin crew [[name:Elena Marin]] noticed
        a girl who looked about [[age:14]] sitting with a much older man. She did not know his surname, had no bag,
        and he held both passports. She asked for the toilet and the man followed. [[name:Elena]] used the
        crew {{code word}} to the captain, Capt [[name:Ruaridh Baird]], who radioed ahead. Sussex Police and
        {{Border Force}} met the aircraft at stand 52. Girl now with {{children's services}}; man arrested.
        Police ref [[case_reference:SXP-1411-0631]].
    """)),
    ("aviation", "success", p("""
        Delayed UM well looked after. [[name:Olly]] ([[age:8]]) was on [[flight_number:BA 2571]] to Malaga
        that sat at Gatwick for five hours on [[date:Boxing Day]] with a tech fault on
        [[aircraft_registration:G-GATL]]. {{UM escort}} [[name:Joy Hamilton]] kept him in the family lounge,
        rang mum [[name:Nicola]] every hour on [[phone:0044 7700 900 605]] and let him help the gate agent with
        the boarding announcement. Mum wrote in to say it was the best part of his trip. The {{UM desk}} procedure
        for delays over 3 hours worked exactly as written.
    """)),
    ("aviation", "incident", p("""
        Ground staff report, Gatwick South check-in, 05:10 on [[date:Wednesday 3rd April]]. A lad about [[age:15]]
        tried to check in alone for [[flight_number:TOM4621]] to Tenerife with a passport in the name of
        [[name:Jayden Foster]], [[age:19]]. He did not match the photo and couldn't give the DOB on it
        ([[date_of_birth:22/08/2004]]). Agent [[name:Priyanka]] called the {{duty manager}} and police. The boy
        gave his name as [[name:Rio]] and said a man called '[[name:Spanner]]' had paid for the ticket and would
        meet him there. Phone contained the contact '[[name:Spanner]]' on [[phone:07700 900 930]]. Referred to
        Sussex Police exploitation team, case [[case_reference:GW-0304-0019]].
    """)),
    ("aviation", "incident", p("""
        Manston airfield, ground handling. A private charter landed at 18:20 on [[date:5th October]],
        aircraft [[aircraft_registration:G-CKLM]]. Passengers: one man and three teenage girls described on the
        manifest as a "model casting team". Ramp agent [[name:Daniel Kemp]] heard one girl ask in broken
        English "is this London?". None of the girls had their own phones. [[name:Kemp]] told the
        {{duty manager}}, who called Kent Police. The man, [[name:Arben Hoxha]], tried to leave in a hire car
        [[vehicle_registration:GN23 RZT]] but was stopped at the gate; girls kept in the crew room with tea.
        {{modern slavery}} referral made. Ref [[case_reference:KP-051024-4412]].
    """)),
    ("aviation", "success", p("""
        Cabin crew concern, resolved well. On [[flight_number:EZY 6121]] Gatwick to Belfast,
        [[date:20/01]], crew member [[name:Hollie Marsh]] noticed a boy about [[age:13]] travelling with a young man
        who kept taking his phone off him. She followed the {{It's a Penalty}} training: spoke to the boy
        alone in the galley about snacks and asked who he was with. He said "my brother [[name:Kyle]]" and
        showed a family photo. No other indicators, so no escalation, but she logged it and
        [[name:Kyle]] and the boy were met normally. Crew praised for checking without accusing anyone.
    """)),
    ("aviation", "near_miss", p("""
        {{UM form}} near miss at the Gatwick ticket desk, [[date:Thurs 1 Aug]]. The form for
        [[name:Amelia-Rose Tanner]] ([[age:7]]) on [[flight_number:BA2660]] listed the collecting adult as
        [[name:Dawn Tanner]] with mobile [[phone:07700 9OO 774]] - letter O instead of zero. Agent
        [[name:Marcus Oyelaran]] spotted it when the check call would not connect. The real number,
        [[phone:07700 900 744]], was got from mum at the desk. Without the check call nobody at the other end
        would have been reachable if the flight diverted. Agents now read numbers back to the parent.
    """)),
    ("aviation", "success", log("""
        Manston ground ops - safeguarding log [[date:22/06/2024]]
        10:15 air cadet open day. cadet [[name:Harvey]] ([[age:12]]) not at the muster point
        10:18 {{lost child}} procedure started, gates held, radio call to all ramp staff
        10:26 found by marshaller [[name:Ade]] in the old hangar looking at the Spitfire, fine
        10:30 handed to cadet officer Flt Lt [[name:Sian Probert]] + dad [[name:Gary]] rang on [[phone:07700 900 655]]
        whole thing 15 mins, hangar door now kept locked on public days
    """)),
]


def main() -> None:
    records = build_records("blind30", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
