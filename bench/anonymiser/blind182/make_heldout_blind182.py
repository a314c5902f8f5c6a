"""Held-out blind corpus 182: just-culture incident, near-miss and learning reports.

Settings: an asylum-seeking families' support service and its bank of interpreters (social
care); a walk-in centre and a minor injuries unit in a community trust (health); an island
airport with a small airline, its AFIS unit, fire crew and ground crew (aviation). Written
blind, the way UK staff type: rushed lower-case notes, careful narratives, timed chronologies,
e-mails with signatures, WhatsApp/Teams exports, incident forms, handover tables, minutes with
attendance lists, debriefs, shout-outs and thank-you cards, tech log entries and an AFIS radio
transcript. Every person, place, organisation and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind182.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick note for learning log. went to hotel w/ [[name:kiros]] ({{interpreter}}) for the
        {{child protection}} visit to the [[name:Tesfaye]] family, rm 214 at the
        [[organisation:Parkway Lodge Hotel]]. booking said {{Tigrinya}} but {{mum}} mainly speaks
        {{Amharic}}, [[name:kiros]] tried his best but mum clearly not following, just kept nodding.
        we carried on for about 20 mins before i clocked it. had to stop & rebook. booking ref was
        [[case_reference:CW-448120]] on the {{interpreter portal}}, language was pre-filled from
        the {{Home Office}} referral which was wrong. nobody had checked with mum at intake either.
        kids [[name:Liya]] ([[age:6]]) and [[name:Dawit]] ([[age:3]]) fine, dad was at the
        {{reporting centre}}. rebooked for [[date:thurs 14th]] w/ [[name:Hanna G]] (amharic).
        learning: ask family language AND dialect at 1st contact, dont trust the referral form.
        [[name:jw]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Rahman]] <[[email:n.rahman@welcomebridge.org.uk]]>
        To: Duty Team; [[name:Gareth Pryce-Jones]]
        Sent: [[date:03 October 2024]] 16:42
        Subject: IR - ASPEN card not topped up after move / [[case_reference:WB-24-0193]]

        Hi [[name:Gareth]],

        Logging this as an incident as asked. Mr [[name:Hamid Al-Tayeb]] and [[name:Samah]] moved
        from {{initial accommodation}} to [[address:14 Carlton Terrace, Holmfield]],
        [[postcode:BD7 2QH]] on [[date:26 September]]. Their {{ASPEN card}} wasn't topped up on
        {{Monday}} because the {{section 95}} address change hadn't gone through. The family had no
        money for 4 days and [[name:Samah]] is 31 weeks pregnant. [[name:Hamid]] rang
        {{Migrant Help}} three times (ref [[case_reference:MH-2209871]]) and was told 5 working days.

        We gave a food bank voucher and £20 from the hardship fund.

        Learning: on move day WE ring Migrant Help with the family, not leave it to them.

        Family contact: [[phone:07700 900417]] ([[name:Hamid]], Arabic only).

        Thanks
        [[name:Nadia]]
        --
        [[name:Nadia Rahman]] | {{Family Support Worker}}
        [[organisation:Welcome Bridge Family Support]] | [[phone:07700 900 562]]
    """)),
    ("social_care", "near_miss", block("""
        [[[date:09/05/2024]], 08:12] [[name:Bex Halloran]]: [[name:Wahid]] can u do the [[name:Karimi]] move today 10am? {{Dari}}
        [[[date:09/05/2024]], 08:13] [[name:Wahid Noorzai]]: yes ok. address?
        [[[date:09/05/2024]], 08:15] [[name:Bex Halloran]]: omg I nearly just put it in "Interpreters – All" 🙈 had typed the whole thing and that group has 43 people in
        [[[date:09/05/2024]], 08:16] [[name:Wahid Noorzai]]: good u didnt. Mrs [[name:Karimi]]'s {{brother in law}} is in that group I think. she left because of him
        [[[date:09/05/2024]], 08:17] [[name:Bex Halloran]]: 😬 ok sending it here only: [[address:Flat 2, 61 Wensley Road]], [[postcode:L13 7HP]]. {{mum}} [[name:Farzana]] [[phone:07700 900 238]], her {{sister}} in Kabul [[phone:+93 70 412 8836]] if no answer
        [[[date:09/05/2024]], 08:40] [[name:Bex Halloran]]: have told [[name:Marcia]]. we're renaming the big group to "ALL 43 – NO CLIENT INFO" and I'm switching off {{WhatsApp}} suggestions. logging as {{near miss}} for the {{DPO}}
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Shirin Mahmoudi]] ({{Farsi}} interpreter) and [[name:Kofi]] from the
        family team. [[name:Parisa]] went into labour early on [[date:Sunday 2nd June]] and was
        rushed to {{maternity}} at [[organisation:Wyvern General]]. [[name:Shirin]] was only booked for a
        one-hour {{antenatal appointment}} the next day but came in on a Sunday night, stayed
        three hours and talked [[name:Parisa]] through the consent for an {{emergency C-section}} line by
        line, so it was actually informed. Meanwhile [[name:Kofi]] sorted overnight care for the two
        older girls through the {{duty social worker}} so they weren't left with a neighbour they
        barely knew. Baby boy, 2.4 kg, both well. The {{midwife}} wrote to say it was the first
        time she felt sure an asylum-seeking mum understood what she was signing. Thank you both
        – [[name:Marcia]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM – [[organisation:Welcome Bridge Family Support]]
        Ref: [[case_reference:IR/2024/0871]]
        Date of incident: [[date:11/06/2024]]
        Location: [[organisation:St Brendan's RC Primary School]] (school gate)
        Reported by: [[name:Ceri Lloyd-Evans]], {{Education Liaison Worker}}
        Person affected: [[name:Yonas Berhane]], DOB [[date_of_birth:02/02/2016]] (age [[age:8]])
        What happened: The family were moved out of {{initial accommodation}} by the
        {{accommodation provider}} with 24 hours' notice. Nobody told school. [[name:Yonas]] was
        left at the gate at 15:15; the office rang the old hotel, then us. [[name:Ceri]] collected
        him with the {{DSL}} and took him to the new address ([[address:7 Poplar Court, Ashby Road]],
        [[postcode:LE11 3GZ]]). {{Mum}}'s phone had no credit so she couldn't ring anyone.
        Harm: none physical, [[name:Yonas]] very upset.
        Contributing factors: no notification route from provider to school or to us;
        {{EAL}} letters home not translated.
        Actions: [[organisation:Wyvernshire Virtual School]] to be told of every move;
        pay-as-you-go top-ups in our {{emergency fund}}; school {{attendance officer}} added to the move checklist.
    """)),
    ("social_care", "success", block("""
        Good recovery – chronology – [[name:Zainab Hussein]] ([[age:9]]) – epilepsy meds left behind at relocation
        [[date:Tue 20 Aug 2024]]
        07:30 Coach collects family from [[organisation:Riverside Hotel]] ({{contingency accommodation}}).
        11:50 Mum ([[name:Amina]]) tells {{Somali}} interpreter [[name:Abdi Warsame]] by phone that the
        {{levetiracetam}} and {{buccal midazolam}} were left in the hotel fridge.
        12:10 [[name:Gemma]] (FSW) rings hotel – room already cleaned, bag in lost property.
        13:40 [[name:Gemma]] rings new GP, [[organisation:Moorside Health Centre]] – family not yet registered.
        14:20 GP agrees emergency supply after checking the {{Summary Care Record}}, NHS no.
        [[nhs_number:753 355 4140]].
        16:05 Pharmacy hands over meds. [[name:Zainab]]'s evening dose given on time at 18:00.
        [[date:21/08/2024]] Hotel couriers the bag to us.
        What went well: [[name:Gemma]] didn't wait for {{out-of-hours}}; no dose missed. A missed dose could have meant a prolonged seizure.
        "Medicines and fridge check" added to the {{departure checklist}}; {{health visitor}} and
        {{school nurse}} to hold a list of children on regular meds at each hotel.
    """)),
    ("social_care", "success", block("""
        [[organisation:Welcome Bridge]] – Monthly Learning Review – minutes
        Date: [[date:17 July 2024]]
        Present: [[name:Marcia Edwards]] (chair, {{Service Manager}}), [[name:Raj Sandhu]],
        [[name:Oksana Melnyk]], [[name:Ifeoma Chukwu]], [[name:Ross McAllister]],
        [[name:Bilal]] (interpreter, {{Pashto}}/{{Dari}}), [[name:Siobhán O'Dwyer]]
        ([[organisation:Wyvernshire CAMHS]])
        Apologies: [[name:Hope Adebayo]], [[name:Tom]] ({{health visitor}})

        1. Success – {{school admissions}}
        11 children started school within 10 days of arrival (previous average 34 days).
        [[name:Raj]] and the admissions team at [[organisation:Wyvernshire County Council]] agreed
        in-year places could be offered before the {{ARC card}} arrives.

        2. Success – {{CAMHS}} drop-in at the hotel
        [[name:Siobhán]] reported 6 young people seen in the first month; two now in
        {{trauma-focused CBT}}. [[name:Bilal]] said families trusted it because it wasn't "the office".

        Actions
        - [[name:Raj]] to write up the admissions route for other areas.
        - [[name:Ifeoma]] to book interpreters for the drop-in as a standing slot.
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER – [[date:Fri 04/10]] → weekend {{on-call}}

        Family   | Ref                              | Worker                | Notes
        [[name:Haddad]]   | [[case_reference:WB-24-0211]] | [[name:Leanne]]      | dad in hospital, kids with mum; {{Arabic}} interpreter ([[name:Rami]]) Sat 10am
        [[name:Nguyen]]   | [[case_reference:WB-24-0187]] | [[name:Priya S]]     | {{NRM}} referral pending, do not give address to anyone phoning
        [[name:Ahmadi]]   | [[case_reference:WB-24-0230]] | [[name:Leanne]]      | NEW – [[age:16yo]], placed with adults, {{age assessment}} requested

        NB near miss: the [[name:Ahmadi]] row went out at 4pm without the {{safeguarding}} flag and
        without the {{MASH}} ref. [[name:Callum]] picked it up reading back the sheet at handover –
        the on-call manager would otherwise have treated him as an adult over the weekend.
        Learning: handover read aloud line by line, and the {{case management system}} flag copied
        across automatically rather than typed.
    """)),
    ("social_care", "incident", prose("""
        On [[date:2 May 2024]] a volunteer interpreter from our bank, Mr [[name:Karwan Aziz]],
        interpreted in {{Kurdish Sorani}} for [[name:Shilan]] at a {{support planning}} meeting, during
        which she disclosed {{domestic abuse}} by her husband. A week later, at a community event
        run by the [[organisation:Wyvern Kurdish Community Association]], a relative of the husband
        confronted [[name:Shilan]] about "telling the council". She believes the information came
        from [[name:Karwan]], who knows the family socially; he denies it but accepts he mentioned
        "a difficult meeting" to his wife. We reported it to the {{DPO}} as a possible breach and
        completed a {{DASH}} with [[name:Shilan]]; she was referred to {{MARAC}} and an
        {{IDVA}}. Learning: we never asked whether she knew the interpreter or would prefer
        someone from outside the area. We now offer {{telephone interpreting}} from out of
        region for any disclosure work and all bank interpreters re-sign the confidentiality
        agreement every year. – [[name:Ifeoma Chukwu]]
    """)),
    ("social_care", "success", block("""
        Teams chat – Duty – [[date:Fri 15 Nov]]
        [15:58] [[name:Oksana Melnyk]]: urgent – lady at front desk, [[name:Grace Nakato]], 34 weeks pregnant, released from {{immigration detention}} with a travel warrant and nothing booked
        [16:01] [[name:Raj Sandhu]]: ring the {{Migrant Help}} urgent line, I'll get hold of a {{midwife}}
        [16:09] [[name:Oksana Melnyk]]: MH ref [[case_reference:MH-2231540]], they're sourcing {{section 98}} for tonight
        [16:20] [[name:Raj Sandhu]]: midwife [[name:Becky]] at [[organisation:Wyvern General]] says straight to {{maternity triage}} if any pains, [[phone:01632 960 318]]
        [16:44] [[name:Oksana Melnyk]]: [[name:Grace]] spoke to her {{husband}} in Kampala on my phone, his no. [[phone:+256 772 104 883]] on file now
        [17:30] [[name:Oksana Melnyk]]: room confirmed at [[organisation:Riverside Hotel]], taxi booked, {{food parcel}} sorted
        [17:32] [[name:Raj Sandhu]]: brilliant. writing up as a success – urgent line + midwife on the phone in the first 20 mins made the difference
    """)),
    ("social_care", "incident", block("""
        Debrief – lone working incident, [[organisation:Parkway Lodge Hotel]], [[date:8 Nov 2024]]
        Facilitator: [[name:Marcia Edwards]]
        Present: [[name:Jordan Blake]] (FSW), [[name:Ali Reza]] (interpreter), [[name:Dee]] (hotel {{welfare officer}})

        What happened: [[name:Jordan]] and [[name:Ali]] visited the [[name:Hoxha]] family in their
        bedroom. A man who said he was an "uncle" followed them in and shouted at mum in
        {{Albanian}} not to "say anything". [[name:Jordan]] pressed the {{lone worker device}}
        and left with [[name:Ali]]. The man drove off in a silver Golf,
        [[vehicle_registration:KX17 RZN]], which [[name:Dee]] noted.
        What went well: device worked; police attended in 25 min; the registration gave them a
        lead.
        Worries: possible {{modern slavery}} / {{county lines}} control – {{NRM}} referral being
        considered with mum, with a female interpreter.
        Learning: visits in the family room, not bedrooms; {{dynamic risk assessment}} before
        entering; hotel to keep a visitor log.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ifeoma Chukwu]]
        To: Move-On Team
        Date: [[date:21 March 2024]]
        Subject: near miss – NI number mix-up (two [[name:Ahmed]] households)

        Hi all,

        Helping Mr [[name:Yusuf Ahmed]] ({{newly granted refugee}}) with his {{Universal Credit}} claim, I copied the {{NI number}}
        from our {{tracker}} – [[ni_number:SH 42 71 90 C]] – which is actually
        [[name:Yasmin Ahmed]]'s (different family, same surname, row underneath). [[name:Yusuf]]'s
        letter from {{DWP}} shows [[ni_number:PW381726B]]. I only caught it because his
        {{BRP}} date of birth ([[date_of_birth:15/09/1987]]) didn't match the tracker.

        If it had gone in, his claim would have been linked to her record during the
        {{28-day move-on period}} and both families could have been left without money.

        Suggest: no NI numbers in the {{shared drive}} tracker at all, always copy from the BRP or DWP letter.

        [[name:Ifeoma]]
    """)),
    ("social_care", "success", prose("""
        Learning from what went well: the [[name:Al-Khatib]] family were granted {{refugee status}}
        on [[date:4 January 2024]] and had 28 days to leave {{asylum support}} accommodation. Usually
        our families end up in {{temporary accommodation}}. This time [[name:Ross]] booked the
        {{Universal Credit}} appointment the day the {{BRP}} arrived, dad's NI number
        ([[ni_number:JT 50 82 14 A]]) came through in 9 days, and [[organisation:Holmfield Housing Options]]
        accepted a {{prevention duty}} referral in week one rather than week four. Youngest,
        [[name:Lana]] (DOB [[date_of_birth:30/11/2019]]), kept her nursery place because the new tenancy at
        [[address:22 Beech Grove, Holmfield]], [[postcode:BD7 4NW]] was on the same bus route. Keys
        were handed over on [[date:29 January 2024]], a day before support ended. What made it work was
        starting everything on day one and having one worker own the whole plan.
    """)),
    ("social_care", "incident", prose("""
        yp [[name:mohammed ishaq]] says hes [[age:15]], dob on his tazkira [[date_of_birth:01/01/2009]].
        HO assessed him as adult at port on appearance so he was put in [[organisation:Kingsway Hotel]]
        sharing a room w 3 adult men. we only found out when [[name:aisha]] (volunteer) heard him
        say he was in year 10 back home. he'd been there 9 days. raised w {{childrens services}}
        same day, [[name:mohammed]] moved to {{emergency foster placement}} that night,
        {{Merton-compliant age assessment}} booked. {{LADO}} not needed but {{strategy discussion}}
        held. learning: our intake form doesnt ask "how old are you" if the HO letter says adult –
        thats being changed. also need {{Pashto}} interpreter at intake not a friend. –[[name:Kaz]]
    """)),
    ("social_care", "success", block("""
        Card from the [[name:Haidari]] family, translated from {{Dari}} by [[name:Wahid Noorzai]]:

        "Dear [[name:Lou]] and Mr [[name:Ben]], you came when we had nothing. You found the school
        for [[name:Mahsa]] and the doctor for my husband's sugar. Now [[name:Mahsa]] reads English
        to me at night. We will not forget you. [[name:Nasrin]] and family"

        Manager's note ([[name:Raj Sandhu]]): a lovely one. [[name:Mahsa]] ([[age:11]]) got a place at
        [[organisation:Holmwood Academy]] within a week. [[name:Lou]] also spotted that dad's
        {{type 2 diabetes}} wasn't being treated and got him registered with
        [[organisation:Moorside Health Centre]] and seen by the {{practice nurse}}. [[name:Ben]]
        arranged {{ESOL}} classes for mum. Good example of the {{whole-family approach}} in our
        {{practice framework}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:23 January]] the duty worker took a call from [[name:Gulnara]], who was
        upset and speaking very little English. {{Telephone interpreting}} wasn't connecting (we
        later found the account had been suspended over an unpaid invoice), so the worker asked
        her [[age:12]]-year-old son [[name:Arman]] to interpret. It became clear she was
        disclosing {{domestic abuse}}, including threats to the children. [[name:Arman]] heard all
        of it and had to translate his father's threats. The call was ended and a {{Russian}}
        interpreter arranged for the next morning, when a {{DASH}} was done and {{MARAC}} referral
        made. [[name:Arman]] has since told his school he "feels guilty". Learning: children are
        never used to interpret, even in a crisis – we should have called back within the hour
        using a bank interpreter. Finance now flags interpreter invoices to the
        {{Service Manager}} before any suspension. – [[name:Sam]]'s team, via [[name:Leanne Fox]]
    """)),
    ("social_care", "near_miss", prose("""
        Taxi near miss, [[date:Tues 10 Dec]]. We booked [[organisation:Holmfield Taxis]] to move the
        [[name:Mensah-Owusu]] family ({{mum}}, {{newborn}} and toddler) from the hotel to their
        {{dispersal accommodation}}. The booking email had the postcode as [[postcode:BD7 2HQ]]
        instead of [[postcode:BD7 2QH]]. Driver [[name:Imran]] (car [[vehicle_registration:YH68 WKD]])
        noticed the {{satnav}} was taking him to an industrial estate, pulled over and rang our office
        number rather than just dropping them "near enough". [[name:Abena]] confirmed the right
        address and they got there safely before dark. {{Health visitor}} informed. Nobody hurt but a mum 5 days post
        {{C-section}} could have been left on an industrial estate in December. Learning: read the
        full address back to the taxi firm on the phone, and copy addresses from the
        {{Home Office}} letter, not from memory. Thanks [[name:Imran]]! – [[name:Kwabena]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Learning report – missed scaphoid fracture. [[name:Callum Reid]] ([[age:19]]) attended
        [[organisation:Penmore MIU]] on [[date:3 February 2024]] after a FOOSH playing five-a-side.
        Seen by {{the ENP}} (agency, first shift with us). Wrist X-ray taken but not
        {{scaphoid views}}, and {{anatomical snuffbox tenderness}} wasn't documented either way.
        Discharged with a {{Futuro splint}}. The {{radiology}} report came back 5 days later:
        "?undisplaced scaphoid waist fracture, recommend repeat imaging". Our recall call failed
        because the mobile on {{SystmOne}} was an old number, so we wrote to his GP,
        [[organisation:Castlegate Surgery]], and he was finally seen in {{fracture clinic}} 16 days
        after the injury. NHS no. [[nhs_number:129 283 8035]]. [[name:Callum]]'s mum complained,
        fairly. Actions: scaphoid series on the {{X-ray request}} template for any FOOSH with
        radial-side pain; confirm mobile at booking-in; agency induction to cover our
        {{clinical guidelines}}. – [[name:Precious Ndlovu]], Clinical Lead
    """)),
    ("health", "near_miss", block("""
        INCIDENT FORM – [[organisation:Riverside Walk-in Centre]]
        Type: Near miss – patient identification
        Date/time: [[date:12/03/2024]] 14:20
        Reported by: [[name:Tomasz Wiśniewski]], {{Radiographer}}
        Description: Two patients called [[name:Patel]] waiting at the same time –
        [[name:Kiran Patel]] (DOB [[date_of_birth:07/11/1958]], NHS [[nhs_number:872 885 8255]]),
        left ankle, and [[name:Kirit Patel]] (DOB [[date_of_birth:22/04/1961]], NHS
        [[nhs_number:673 370 6725]]), right knee. I called "Mr [[name:Patel]]" and [[name:Kirit]]
        came through with the request for [[name:Kiran]]'s ankle. On the {{three-point ID check}}
        his DOB didn't match. Stopped before any exposure.
        Contributing factors: near-identical names, both {{Gujarati}} speakers, calling by surname
        only, 42 people in the waiting room.
        Actions: call by full name and check DOB at the door as well as in {{the X-ray room}};
        {{name alert}} on {{SystmOne}} when same-surname patients are in. Not reportable under
        {{IR(ME)R}} as no exposure.
    """)),
    ("health", "success", prose("""
        Huge shout-out to [[name:Joy Mwangi]] on {{triage}} at [[organisation:Riverside WIC]] on
        [[date:Saturday 9th March]]. A [[age:2-year-old]], [[name:Leo]], came in with mum, "just a bit
        off his food". [[name:Joy]] noticed a {{capillary refill}} of 4 seconds, HR 180 and a mottled knee and
        started the {{paediatric sepsis screen}} there and then instead of sending them back to the
        waiting room. Dr [[name:Aisha Qureshi]] saw him within 5 minutes, gave {{oxygen}} and called
        999; the ambulance ([[vehicle_registration:WX71 HBN]]) arrived in 11 minutes. [[name:Leo]]
        had {{meningococcal septicaemia}} and is home after six days at
        [[organisation:Wyvern Children's Hospital]]. Mum brought in a card yesterday. [[name:Joy]] –
        your gut feeling and the {{Spotting the Sick Child}} training did exactly what they should.
        From [[name:Marek]] and all the team x
    """)),
    ("health", "incident", block("""
        Chronology – deterioration in waiting room, [[organisation:Penmore MIU]], [[date:Sun 14 April 2024]]
        Patient: [[name:Derek Hollins]], [[age:67]], NHS [[nhs_number:679 755 4330]]
        18:05 Booked in by reception as "indigestion since lunch". Not flagged as chest pain.
        18:40 {{Triage}} by HCA [[name:Shannon]]: {{NEWS2}} 3, epigastric pain 5/10, "it's just my
        hernia". {{ECG}} not done – only machine in use in {{Minors}}.
        19:25 Wife tells reception he's grey and sweaty.
        19:27 [[name:Shannon]] and ENP [[name:Gary O'Neill]] move him to the {{resus bay}}; ECG shows
        {{STEMI}}. {{Aspirin}} 300 mg given, 999 called.
        19:44 Crew on scene; conveyed to {{cath lab}} at [[organisation:Wyvern General]].
        Outcome: stented, home day 4.
        Learning: anyone over 40 with epigastric or chest pain has an ECG within 10 min of arrival
        regardless of triage category; second ECG machine ordered; prompt card for reception.
        – [[name:Sally-Ann Brooks]], {{Matron}}
    """)),
    ("health", "incident", block("""
        From: [[name:Fiona Campbell]] <[[email:fiona.campbell3@nhs.net]]>
        To: [[email:safeguarding.northwyvern@nhs.net]]
        Date: [[date:Wed 22 May 2024]] 09:14
        Subject: Delayed safeguarding referral – [[name:Mia-Rose Hartley]], [[age:5 months]]

        Hi [[name:Jas]],

        Reporting this as an incident as discussed. [[name:Mia-Rose]] attended
        [[organisation:Riverside Walk-in Centre]] on [[date:15/05/2024]] with a bruise to her cheek,
        explanation "rolled into the cot bars". The ENP did a {{body map}} and wrote "for
        safeguarding referral" but the {{MASH}} referral was never sent – shift ended, verbal
        handover, nobody owned it. It was picked up 6 days later in our weekly audit. I rang the
        MASH on [[date:21/05/2024]] (ref [[case_reference:MASH-24-06612]]) and told the
        {{health visitor}}. {{Child protection medical}} done at
        [[organisation:Wyvern Children's Hospital]].

        Learning: {{bruising in a non-mobile baby}} = referral before the clinician goes home, and a
        "referral sent Y/N" field on {{SystmOne}}.

        [[name:Fiona]]
        {{Named Nurse}} Safeguarding Children
        [[organisation:North Wyvern Community Health NHS Trust]]
    """)),
    ("health", "success", block("""
        MIU SHIFT HANDOVER – [[date:28/06]] nights → days

        Cub | Patient                              | Age          | Issue                          | Plan
        1   | [[name:Bernadette Kowalczyk]]        | [[age:81]]  | fall, R hip pain, X-ray NAD    | {{CT head}} at [[organisation:Wyvern]] (see below)
        2   | [[name:Tyrese Campbell-Hunt]]        | [[age:23]]  | hand lac, {{tendon}} intact    | {{steri-strips}}, home
        3   | [[name:Ffion]]                       | [[age:7]]   | bead in L ear                  | {{ENT}} clinic referral

        Good catch: night ENP [[name:Arjun Menon]] re-read cubicle 1's notes at handover, found she
        is on {{apixaban}} and had hit her head as well – neither on the triage note. Transferred
        for CT under the {{NICE head injury guideline}}; small {{subdural}}, managed conservatively.
        Handed to [[name:Kaz]] (day ENP). Thanks [[name:Arjun]]!
    """)),
    ("health", "near_miss", block("""
        [11:02] [[name:Lucy Tran]]: pt in c4 (Mr [[name:Teklehaimanot]]), dog bite L hand, was about to give {{co-amoxiclav}}
        [11:04] [[name:Hassan Jafari]]: allergies?
        [11:05] [[name:Lucy Tran]]: says none but limited English, wife translating
        [11:06] [[name:Hassan Jafari]]: check the {{SCR}} first
        [11:09] [[name:Lucy Tran]]: 😳 SCR says {{penicillin}} – anaphylaxis 2019. NHS [[nhs_number:616 277 3310]]. wife didn't know the word allergy
        [11:10] [[name:Hassan Jafari]]: {{doxycycline}} + {{metronidazole}} then. get {{Language Line}} for the discharge advice pls
        [11:31] [[name:Lucy Tran]]: done, {{Tigrinya}} interpreter by phone, he confirmed hives and "throat closing" after an injection years ago
        [11:33] [[name:Hassan Jafari]]: great catch. log as near miss – allergy question via interpreter, never family
    """)),
    ("health", "incident", block("""
        STAFF INCIDENT – SHARPS INJURY
        Staff member: [[name:Olu Adeyemi]] ({{HCA}})
        Date: [[date:05/07/2024]]  Location: [[organisation:Penmore MIU]], treatment room 2
        What happened: clearing a dressing trolley after a wound clean, [[name:Olu]] was pricked by
        an uncapped needle under some gauze. It had been used for {{lidocaine}} infiltration by
        {{the locum GP}}. The {{sharps bin}} was full so it was put on the trolley "for a sec".
        Immediate actions: bled and washed, {{occupational health}} rang, source patient
        [[name:Gerry Flynn]] (NHS [[nhs_number:690 604 2424]]) consented to {{BBV}} testing –
        negative. [[name:Olu]] had baseline bloods and a {{hepatitis B}} booster.
        Learning: sharps bins swapped at ¾ full and checked at the start of each shift; "the user
        disposes" re-briefed to all locums through [[organisation:Wyvern Locum Bank]].
        Reviewed by: [[name:Sally-Ann Brooks]]
    """)),
    ("health", "success", block("""
        Hot debrief – minibus RTC, [[date:19 Aug 2024]], [[organisation:Penmore MIU]]
        Present: [[name:Sally-Ann Brooks]] ({{Matron}}), [[name:Gary O'Neill]] (ENP), [[name:Bronwen Pugh]] (ENP),
        [[name:Kwame]] (HCA), [[name:Mei Ling]] (reception), [[name:J.T.]] (radiographer),
        [[name:Rich]] (ambulance liaison)

        What went well
        - 11 walking wounded from a church minibus ([[vehicle_registration:OU19 XPD]]) arrived together, no pre-alert.
        - [[name:Bronwen]] did a {{triage sieve}} in the car park inside 15 min; two redirected to {{ED}}.
        - [[name:J.T.]] ran the X-ray list back to back, 9 films in 80 min.
        - [[name:Mei Ling]] opened the {{surge plan}} folder and called in the bank HCA.

        Even better if
        - a {{major incident}} action card lived at reception, not in the office.
        - we had more {{cervical collars}} in stock (only two).
    """)),
    ("health", "incident", prose("""
        pt [[name:darren mcgill]] [[age:34]] dob [[date_of_birth:11/10/1989]] came in w garden fork
        injury to foot. i gave {{revaxis}} ({{tetanus}} booster) then [[name:sophie]] gave another
        one 20 mins later cos my entry hadnt saved on {{systmone}} (it froze & i didnt check it
        had gone through before i moved on). pt noticed 2nd jab was "another one?" but went along
        with it. told pt straight away, {{duty of candour}} done, {{UKHSA}} advice = no harm
        expected just a sore arm, GP [[organisation:Abbeyfield Medical Practice]] informed. learning
        for me: check the record saved before leaving the cubicle. for us: vaccines only given
        after checking the {{vaccine fridge}} log & record, and {{Green Book}} refresher at next
        team meeting. – [[name:ola]]
    """)),
    ("health", "near_miss", prose("""
        On [[date:9 September 2024]] [[name:Amelia-Grace Okonkwo]], [[age:3]], came to
        [[organisation:Riverside Walk-in Centre]] with a {{fever}}. Her weight was recorded as 41 kg
        instead of 14 kg (digits swapped) and {{SystmOne}} calculated a {{paracetamol oral suspension}}
        dose of 615 mg. Nurse [[name:Deepa Raghunathan]] drew it up and asked the
        {{student nurse}}, [[name:Hollie]], to check. [[name:Hollie]] said the child "didn't look 41 kg"
        and they reweighed her: 14.2 kg. Correct dose 210 mg given. Learning: every child is weighed on
        the day, the weight is read back, and a sense check against the {{BNFc}} age band is done before
        any weight-based dose. We've also asked IT about a {{hard stop}} for weights outside the expected
        {{centile}} range. Brilliant challenge by a student – that's the culture we want.
    """)),
    ("health", "success", block("""
        Card received [[date:02/10/2024]]:
        "To the lovely nurse with the purple hair ([[name:Kirsty]]?) and the young man on reception,
        thank you for looking after my dad [[name:Alf Burrows]] when he came in with his cut head.
        You stayed with him until I got there at half nine. [[name:Maureen]] & family,
        [[address:12 Quarry Lane, Penmore]]"

        Manager's note: that's [[name:Kirsty McBride]] ({{ENP}}) and [[name:Sandeep]] on {{reception}}.
        [[name:Alf]] is [[age:92]] and has {{dementia}}. [[name:Kirsty]] did a {{4AT}}, glued the
        {{scalp laceration}} and, instead of a taxi home alone, rang his daughter and waited.
        {{Falls team}} referral and {{social prescriber}} follow-up done. Lovely person-centred
        care. – [[name:Sally-Ann]]
    """)),
    ("health", "incident", block("""
        Learning review – left without being seen, head injury on anticoagulant
        Date: [[date:30 Oct 2024]]
        Attendees: [[name:Marek Zieliński]] (WIC manager, chair), [[name:Joy Mwangi]],
        Dr [[name:Farhan Ahmed]] (GP lead), [[name:Tash]] (reception lead),
        [[name:Chloe Barnes-Whyte]] ({{patient safety}})

        Summary: [[name:Edna Clarke]], [[age:79]], NHS [[nhs_number:948 363 6000]], on {{warfarin}},
        booked in 16:10 after a fall with head strike. Wait for triage 1h50. She left at 17:05
        without telling anyone; not noticed until the 19:30 {{LWBS}} check. [[phone:01632 961 044]]
        – no answer. Police welfare check at [[address:3 Mill Cottages, Riverside]]: found drowsy.
        {{Subdural haematoma}} at [[organisation:Wyvern General]].

        Findings: reception didn't know "anticoagulant + head injury" means immediate triage.
        Actions: red-flag list on the booking-in screen ([[name:Tash]]); hourly LWBS sweep
        ([[name:Joy]]); {{Datix}} shared at {{ICB}} learning forum ([[name:Chloe]]).
    """)),
    ("health", "incident", block("""
        From: [[name:Chloe Barnes-Whyte]]
        To: [[email:pm.castlegate@nhs.net]]
        Date: [[date:7 November 2024]]
        Subject: Misdirected discharge summary – please delete

        Dear Mrs [[name:Pickering]],

        A discharge summary (our ref [[case_reference:WIC-DS-118204]]) was sent to
        [[organisation:Castlegate Surgery]] in error yesterday. The patient is registered at
        [[organisation:Castle Gate Medical Centre]]; the {{GP lookup}} in {{SystmOne}}
        auto-completed the wrong practice and our {{ODS code}} check wasn't done. Please delete it
        from {{Docman}} and confirm by reply. The patient has been told and our
        {{Caldicott Guardian}} informed; we've assessed it as not reportable to the {{ICO}}.

        We are adding a confirm-the-practice step before sending and asking both practices to use
        their full names in the directory.

        Kind regards
        [[name:Chloe Barnes-Whyte]] | {{Patient Safety and Governance Lead}}
        [[organisation:North Wyvern Community Health NHS Trust]]
        [[phone:01632 960 552]] | [[email:chloe.barnes-whyte@nhs.net]]
    """)),
    ("health", "success", block("""
        Teams – MIU clinical chat
        [14:12] [[name:Bronwen Pugh]]: kid with a scald in c2, family only speak {{Pashto}}, dad really worried
        [14:13] [[name:Arjun Menon]]: use the {{video interpreting}} iPad, it's in the office charging
        [14:20] [[name:Bronwen Pugh]]: got an {{interpreter}} – [[name:Naveed]] – so much better than the phone, dad could see him
        [14:41] [[name:Bronwen Pugh]]: done. [[name:Zarlasht]] [[age:4]], DOB [[date_of_birth:14/01/2020]], 3% superficial {{partial thickness}} to forearm. [[name:Naveed]] went through {{dressing}} care and {{burns clinic}} follow-up with dad
        [14:43] [[name:Bronwen Pugh]]: they're at [[organisation:Riverside Hotel]], I rang the {{welfare team}} so they can get her to [[organisation:Wyvern Burns Unit]] on [[date:Thurs 6th]]
        [14:45] [[name:Arjun Menon]]: 👏 video first from now on for this
    """)),
    ("health", "near_miss", block("""
        Results callback log – [[organisation:Riverside Walk-in Centre]] – [[date:13/11/2024]]
        Pt: [[name:Natalia Sokolova]], DOB [[date_of_birth:30/06/1995]]. {{Urine culture}}: resistant to
        {{trimethoprim}}, needs switching to {{nitrofurantoin}}. 12/40 pregnant.
        10:05 Rang [[phone:07700 900 846]] (from {{SystmOne}}) – a man answered, "no [[name:Natalia]]
        here". Reason for call NOT disclosed.
        10:12 Checked the paper booking-in form – patient wrote [[phone:07700 900 864]]; digits
        transposed when typed in.
        10:15 Rang correct number, spoke to [[name:Natalia]], new prescription to her pharmacy.
        Near miss because: had I said "your urine results", it was a breach; had we not reached her,
        untreated {{UTI}} in pregnancy risks {{pyelonephritis}}.
        Learning: read back mobile numbers at booking-in. – [[name:Hassan J]]
    """)),
    ("health", "success", prose("""
        Quarterly learning – {{virtual fracture clinic}}. Since [[date:1 July 2024]]
        [[organisation:Penmore MIU]] and [[organisation:Riverside Walk-in Centre]] have referred
        straight into the virtual fracture clinic at [[organisation:Wyvern General]] instead of
        asking patients to come back for review. We audited 120 patients: median time to
        {{orthopaedic}} review fell from 6 days to 1, no lost recalls, and 40% of
        {{Colles' fractures}} and {{boxer's fractures}} were managed with a {{removable splint}}
        and phone follow-up alone. Credit to [[name:Bronwen Pugh]] for the pathway, Dr
        [[name:Ola Bankole]] for the {{PGD}} work, Mr [[name:Iain Fraser-Hay]] and his team for
        answering every referral the same day, and [[name:Sunny]] in IT for the
        {{e-referral}} button on {{SystmOne}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG – [[organisation:Skerrie Air]]          Page [[case_reference:TL 004417]]
        A/C: [[aircraft_registration:G-SKRE]]   Type: {{BN-2B Islander}}
        Date: [[date:14 APR 24]]   Flt: [[flight_number:SY412]]   [[organisation:Dunmarra Airport]] – [[organisation:Inchbrae Airport]]
        DEFECT: Bird strike on short final RWY 27, approx 200 ft. Large gull struck LH wing
        leading edge outboard of {{engine nacelle}}. Dent approx 60 x 20 mm. No abnormal
        handling. Capt [[name:A. Macleod]]
        ACTION: A/C grounded on the island. Engineer [[name:Donnie Morrison]] positioned on
        [[flight_number:SY414]]. Inspected IAW {{AMM}} ch 5 and {{SRM}}; dent within limits,
        {{pitot}} and static clear, cleaned. Released to service, {{CRS}} signed
        [[name:D. Morrison]].
        {{MOR}} raised, ref [[case_reference:OR-2024-04471]]. Third gull strike this month –
        referred to {{bird control}} review.
    """)),
    ("aviation", "near_miss", block("""
        Transcript – [[organisation:Inchbrae Information]] – [[date:22/05/2024]]
        1402:10 [[flight_number:Skerrie 413]]: [[organisation:Inchbrae Information]], [[flight_number:Skerrie 413]], four miles final runway 27
        1402:20 INFO: [[flight_number:Skerrie 413]], runway 27, surface wind 250 12 knots, {{QNH}} 1009, no reported traffic
        1403:05 FUEL 1: [[organisation:Inchbrae Information]], Fuel 1 at Alpha, request cross runway 27 to the fuel farm
        1403:10 INFO: Fuel 1, hold at Alpha, traffic on final
        1403:14 FUEL 1: crossing, Fuel 1
        1403:16 INFO: Fuel 1 STOP STOP, hold at Alpha, traffic short final
        1403:20 FUEL 1: stopping, Fuel 1
        1403:55 [[flight_number:Skerrie 413]]: landed, saw the bowser
        NOTES: bowser [[vehicle_registration:SF63 KXT]] stopped about 5 m past the {{holding point}},
        short of the runway edge. Driver [[name:Calum MacInnes]] says he heard "Alpha" and assumed
        clearance. {{AFISO}} [[name:Morag Tulloch]] caught the wrong {{readback}}. Filed as a
        {{MOR}}; {{CAP 413}} readback refresher for all drivers; new {{stop bar}} sign at Alpha.
    """)),
    ("aviation", "success", prose("""
        Big shout-out to [[name:Eilidh Macaulay]] on the ramp on [[date:Wednesday 3rd July]]. During the
        {{walkround}} before [[flight_number:SY221]] she spotted a {{cowling fastener}} not flush on the
        RH engine of [[aircraft_registration:G-BNXW]], stopped the {{turnround}} and told Captain
        [[name:Fraser Laing]] straight away, even with a full load of pax waiting and the ferry
        connection to make. {{Engineering}} found two fasteners not engaged after the previous
        night's {{oil top-up}}. 25 min delay, no harm. That's exactly what the {{stop the job}}
        card is for, and it took guts with a queue of folk watching. Thanks [[name:Eilidh]] – and
        thanks to [[name:Fraser]] for backing her without a second thought. – [[name:Mags]],
        {{Station Manager}}
    """)),
    ("aviation", "incident", block("""
        Chronology – PRM handling, [[flight_number:SY305]], [[date:07 June 2024]]
        Pax: Mrs [[name:Isobel Gunn]] ([[age:84]]), {{WCHC}}, booking [[case_reference:SYK4QZ]]
        1015 {{Ambulift}} u/s (hydraulic leak reported day before, no spare vehicle).
        1040 Decision to use the {{carry chair}} up the airstair; agents [[name:Kenny]] and
        [[name:Mohammed Asif]].
        1046 Third step – chair's rear strap slipped, Mrs [[name:Gunn]] slid forward and her knee hit
        the step.
        1050 {{RFFS}} attended, first aid; 4 cm skin tear.
        1105 Pax chose to travel; daughter met her on the mainland with {{PRM assistance}}.
        Findings: [[name:Kenny]]'s carry-chair training 3 years out of date, [[name:Mohammed]] never
        trained; no procedure for "ambulift u/s"; nobody rang the pax in advance to offer a later
        flight.
        Actions: training for all agents by end of month; contingency procedure in the
        {{Ground Operations Manual}}.
    """)),
    ("aviation", "near_miss", prose("""
        rushed turn on [[flight_number:SY118]] ([[aircraft_registration:G-OSKY]]) – the rear
        {{baggage hold door}} wasnt latched, handle looked flush but the {{locking pin}} wasnt home.
        i had already signed the {{dispatch checklist}}. [[name:ross]] spotted it on his final
        {{walkround}} about 2 mins before start up. we were 2 short cos [[name:ange]] was off sick
        & [[name:big stu]] was on the fuel. if it had opened in flight wed have lost bags and
        probably damaged the tail. nobody to blame, we were just rushing. need a 2nd person check on
        hold doors & a proper minimum crew for the {{turnround}}. [[name:gk]] {{ramp agent}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lachlan Munro]] <[[email:l.munro@skerrieair.co.uk]]>
        To: Ops Safety; [[name:Hannah Sinclair]]
        Date: [[date:2 July 2024]]
        Subject: ASR – load sheet error [[flight_number:SY207]] [[aircraft_registration:G-INCH]]

        [[name:Hannah]],

        As discussed. On [[flight_number:SY207]] the {{passenger scales}} at {{check-in}} were u/s, so the
        agent used {{standard masses}} on the {{load sheet}} for 8 pax. They were a fishing crew with
        kit, and after landing we reckoned we'd been about 90 kg over {{MTOW}}. Rotation felt heavy
        and the climb was poor. I should have questioned it when I saw the numbers.

        Suggest: no standard masses on the {{Islander}} at all; if scales are u/s we weigh on the
        freight scales or don't dispatch. Also a {{ground ops}} briefing on why actual weights
        matter on small aircraft.

        Capt [[name:Lachlan Munro]]
        Line Captain, [[organisation:Skerrie Air]]
        [[phone:+44 7700 900 316]]
    """)),
    ("aviation", "success", block("""
        Debrief – night medevac, [[date:16 Dec 2024]]
        Present: Capt [[name:Ruaridh Stewart]], FO [[name:Priya Chauhan]], {{AFISO}} [[name:Morag]]
        (recalled from home), RFFS [[name:Neil Harcus]] ("[[name:Bomber]]"), island GP Dr [[name:Kemi Adeyinka]]

        Summary: [[age:58]]-year-old with a suspected stroke on the island at 2140. {{HM Coastguard}}
        helicopter unavailable (fog at its base). {{Twin Otter}} [[aircraft_registration:G-SKRB]]
        flown as [[flight_number:SY901]]; runway lights and {{RFFS}} cover stood up in 35 min.
        Patient at [[organisation:Dunmarra Royal Infirmary]] 2h05 after the 999 call;
        {{thrombolysis}} given.

        What went well: [[name:Morag]]'s call-out list worked first time; {{SAS}} crew met the
        aircraft on stand.
        Even better if: the night call-out phone number was on the GP's list (Dr [[name:Kemi Adeyinka]]
        rang the terminal landline first).
    """)),
    ("aviation", "incident", block("""
        [[[date:03/09/2024]], 18:22] [[name:Donnie]]: {{tug}} 2 just reversed into the {{GPU}} on {{stand}} 1 😩
        [[[date:03/09/2024]], 18:23] [[name:Mags Rendall]]: anyone hurt??
        [[[date:03/09/2024]], 18:23] [[name:Donnie]]: no. GPU cable housing cracked, tug ok. [[name:Stevie]] was driving
        [[[date:03/09/2024]], 18:25] [[name:Stevie]]: sorry. crew van [[vehicle_registration:SV20 LNP]] was parked in the {{equipment restraint area}} so had to reverse round it and didnt see the GPU
        [[[date:03/09/2024]], 18:26] [[name:Mags Rendall]]: ok. photos pls, {{red tag}} the GPU. was there a {{banksman}}?
        [[[date:03/09/2024]], 18:27] [[name:Stevie]]: no, [[name:Jonno]] was on the aircraft
        [[[date:03/09/2024]], 18:40] [[name:Mags Rendall]]: no blame – van shouldn't have been there and we said we'd get a {{reversing camera}} on tug 2 in March. Will do the {{occurrence report}} tonight
    """)),
    ("aviation", "near_miss", prose("""
        Air Safety Report – [[flight_number:SY412]], [[aircraft_registration:G-SKRE]],
        [[date:19 Jan 2025]]. Crew: Captain [[name:Alasdair Macleod]] (PF), FO
        [[name:Jess Fairweather]] (PM). On descent into [[organisation:Inchbrae Airport]] in cloud,
        I set {{QNH}} 1029 instead of 1019 as passed by the {{AFISO}}. That would have put us
        about 300 ft lower than indicated on the {{non-precision approach}}, over high ground.
        [[name:Jess]] challenged the mismatch on the {{approach checklist}} cross-check at 3000 ft and
        we reset. No {{GPWS}} warning. Factors: I'd been up since 0430 with a tech delay, and I
        read back "one zero one niner" correctly but set it wrongly. Learning: both pilots set and
        cross-check, and the {{sterile cockpit}} below FL100 actually held up – it gave
        [[name:Jess]] the space to speak up.
    """)),
    ("aviation", "success", block("""
        [[organisation:Skerrie Air]] / [[organisation:Inchbrae Airport]] – Quarterly {{Safety Action Group}}
        [[date:12 March 2025]], crew room
        Attendees: [[name:Mags Rendall]] (Station Mgr), [[name:Hannah Sinclair]] (Safety Mgr),
        Capt [[name:Alasdair Macleod]], [[name:Morag Tulloch]] ({{SATCO}}), [[name:Neil Harcus]]
        (RFFS), [[name:Stevie Drever]] (ground crew rep), [[name:Kofi Boateng]] (engineering),
        [[name:Wojtek Nowak]] (ramp)
        Apologies: [[name:Jess Fairweather]]

        1. Successes
        - No runway incursions since the {{stop bar}} signs and {{CAP 413}} refresher.
        - Gull strikes down from 7 to 1 after the new {{bird control}} patrol times.
        - {{Occurrence reports}} up 40% since the {{just culture}} briefing – seen as a good thing.
        2. Actions
        - [[name:HS]] to share the QNH near miss (anonymised) with other island operators.
        - [[name:MT]] / [[name:SD]] to run a joint drivers' RT session in April.
    """)),
    ("aviation", "incident", block("""
        INCIDENT FORM – Unaccompanied minor
        Flight: [[flight_number:SY306]] [[organisation:Dunmarra Airport]] → [[organisation:Inchbrae Airport]], [[date:26/07/2024]]
        Child: [[name:Ellie-Mae Sutherland]], DOB [[date_of_birth:19/03/2013]] (age [[age:11]]), booking [[case_reference:SY7HPL]]
        Nominated collector: [[name:Fiona Sutherland]] ({{mum}}), [[phone:07700 900 129]]
        What happened: on arrival {{agent}} [[name:Callum]] handed [[name:Ellie-Mae]] to her
        {{aunt}}, [[name:Kerry Budge]], who was in the {{terminal}} to meet someone else. He knew her and
        didn't check ID against the {{UM form}}. Mum arrived ten minutes later and found the child gone;
        she reached her sister by phone. Child safe and well.
        Why it matters: on a small island "everyone knows everyone", which is exactly why the
        {{UM procedure}} has to be followed every time.
        Actions: UM handover only against {{photo ID}} and the form, countersigned; [[name:Callum]] supported
        and retrained, not blamed – the form was in the back office, not with him.
    """)),
    ("aviation", "near_miss", block("""
        RAMP HANDOVER – [[date:Tue 04/02/2025]] early → late
        Flight | Reg       | STD  | Status
        [[flight_number:SY101]] | [[aircraft_registration:G-SKRB]] | 0745 | gone 0802
        [[flight_number:SY103]] | [[aircraft_registration:G-SKRE]] | 1010 | {{de-iced}} 0938 {{Type I}}, {{holdover time}} 20 min
        [[flight_number:SY105]] | [[aircraft_registration:G-SKRB]] | 1330 | on time

        NEAR MISS on [[flight_number:SY103]]: boarding dragged on because ferry pax were late, and by
        1001 the holdover had expired (0958). [[name:Wojtek]] spotted the time on the
        {{de-icing log}} and told the captain ([[name:Jess]]) before start-up – re-treated, went at 1024.
        [[name:Jess]] said she'd lost track with the late pax. Learning: holdover end time
        written on the whiteboard AND in the {{tech log}}; dispatcher calls it out at 5 min to go;
        {{pre-take-off contamination check}} still applies.
        Handed over by [[name:Stevie D]] to [[name:Wojtek]]
    """)),
    ("aviation", "success", prose("""
        Thank-you letter, passed on by [[name:Hannah Sinclair]]: "To the lady in the tower and the
        firemen at [[organisation:Inchbrae Airport]] – my husband [[name:Graham Pryde]] collapsed
        as we got off the plane on [[date:Saturday 1st March]]. You were with him in seconds." Our
        notes: the {{AFISO}}, [[name:Morag Tulloch]], saw him fall from the tower and called the
        {{RFFS}} before anyone radioed. [[name:Neil Harcus]] and [[name:Ishbel Rorie]] started
        {{CPR}} and the {{AED}} gave one shock; he had a pulse back before the {{Coastguard}}
        helicopter arrived. [[name:Graham]] ([[age:71]]) is home now. [[flight_number:SY410]] was
        held on stand and the inbound told to hold at the island, which [[name:Morag]] did without
        being asked. Every one of our annual {{BLS}} sessions was worth it for this.
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:SY222]] today [[date:18/08]] – pax in seat 3 (Mr [[name:Danny Kerr]], booking
        [[case_reference:SY9RTB]]) had a {{power bank}} in his jacket pocket that started smoking about
        10 min after dep. {{thermal runaway}}. FO [[name:Aga]] used the {{halon extinguisher}} then
        water from the pax bottles, captain returned to the island, {{RFFS}} met us on the runway.
        [[name:Danny]] had a small burn to his hand. he said nobody asked about batteries – the
        {{dangerous goods}} sign is there but on a busy morning it was "any liquids?" and thats it.
        need verbal DG question at check-in + {{fire containment bag}} on the twin otters.
        [[name:Lachie]]
    """)),
    ("aviation", "near_miss", block("""
        Teams – [[organisation:Inchbrae Ops]]
        [06:48] [[name:Morag Tulloch]]: morning. {{runway inspection}} done? [[flight_number:SY101]] due 0745
        [06:52] [[name:Stevie Drever]]: was going to do it after the first one, short staffed and the {{inspection car}} won't start
        [06:53] [[name:Morag Tulloch]]: no – winds were 60 kt overnight. It gets done before the {{first movement}}. walk it if need be
        [07:18] [[name:Stevie Drever]]: walked it with [[name:Wojtek]]. sheet of {{roof cladding}} about 1 m off the {{runway edge}} near the 09 threshold + bits of fish box polystyrene. all cleared
        [07:20] [[name:Morag Tulloch]]: that would've been a {{FOD}} strike or worse. thanks both. logging as near miss + asking for a spare vehicle
        [07:21] [[name:Stevie Drever]]: 👍 photos in the {{ops log}}
    """)),
    ("aviation", "success", prose("""
        Learning from a good outcome: [[flight_number:SY415]], [[aircraft_registration:G-SKRB]],
        [[date:9 November 2024]]. Crosswind gusting 38 kt on finals, above the
        {{demonstrated crosswind}}. FO [[name:Priya Chauhan]] was PF with only 300 hours on type;
        at 100 ft the approach went outside the {{stabilised approach criteria}} and she called the
        {{go-around}} herself, exactly per {{SOPs}}. Captain [[name:Ruaridh Stewart]] backed the call,
        and after a second look they diverted to [[organisation:Dunmarra Airport]]. The {{FDM}} data
        showed a 12 kt gust at the flare point. [[name:Priya]] said she went because of the
        {{no-blame go-around policy}} and because [[name:Ruaridh]] had said at the briefing he'd
        rather divert than force it. Debrief run by [[name:Hannah Sinclair]]; shared at the
        {{Safety Action Group}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind182", REPORTS))
