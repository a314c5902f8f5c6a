"""Held-out blind corpus 77: learning disability and autism care, LD health, North Sea rotary ops.

Adults with learning disabilities and autism in supported living, day services, shared lives
and adult safeguarding (Scotland and Wales); community learning-disability nursing, epilepsy,
dental and primary-care reasonable adjustments; offshore shuttle and coastguard search-and-rescue
helicopter flying from Aberdeen, Sumburgh and Inverness. Written in the voices of support
workers, family carers, nurses, pilots and winchmen, with easy-read summaries next to
professional notes, forms, logs, chats, e-mails and compliments.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind77.jsonl"

REPORTS = [
    # ----------------------------------------------------------------- social care (17)
    ("social_care", "incident", prose("""
        Incident summary - [[organisation:Glenmorven Supported Living]], [[address:7 Kelvinhaugh
        Row]], [[postcode:G3 8PW]]. On [[date:Saturday 9 March]] at approx 07:40 during handover,
        tenant [[name:Callum McInnes]] ([[age:29]], autistic, non-verbal, uses {{Makaton}}) left
        the flat by the back door, which had been left on the latch after the bins went out.
        Night staff [[name:Ewan]] thought day staff had him; day staff [[name:Precious Mutasa]]
        thought he was still in his room. He was missing about 35 mins. [[name:Callum]] was
        found by a bus driver at {{the bus station}} and the police brought him home unharmed
        but very distressed. His {{Herbert Protocol}} form was out of date (old photo). Actions:
        handover now done face to face with a {{headcount}} of all tenants, back door alarm
        fitted, [[name:Callum]]'s {{PBS plan}} updated. Logged as [[case_reference:GSL-IR-0312]]
        and notified to the {{Care Inspectorate}}. - [[name:Shona Ritchie]], {{Service Manager}}
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT FORM - NEAR MISS
        Reported by: [[name:Gareth Llewellyn-Price]] ({{Day Opportunities Officer}})
        Location: [[organisation:Ty Glas Day Centre]] car park, [[address:Heol y Nant]],
        Caerphilly [[postcode:CF83 2RJ]]
        Date/time: [[date:14/05/2024]] 15:55
        Vehicle: {{Ford Transit}} minibus [[vehicle_registration:CU19 KFA]]
        What happened: on the return run the driver did the walk-through but didnt check the
        back row behind the {{wheelchair tracking}}. [[name:Bethan]] ([[name:BJ]]) had fallen
        asleep under her blanket. Escort [[name:Ffion]] saw her bag on the seat while locking up
        and found her. She was on her own on the bus approx 10 min, engine off, doors locked.
        No harm, bit confused.
        Immediate action: [[name:Bethan]] brought inside, her mum Mrs [[name:Jones]] phoned on
        [[phone:07700 900482]] and told straight away.
        Learning: two-person {{end-of-run check}} with signed sheet on the dashboard.
        Ref: [[case_reference:DATIX 55120]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Morag Fyfe]] <[[email:morag.fyfe62@examplemail.co.uk]]>
        To: [[organisation:Highland Shared Lives Scheme]]
        Subject: thank you - [[name:Alasdair]]'s weekend

        Hi [[name:Lorna]],
        Just a wee note to say how well [[name:Alasdair]]'s first {{short break}} with
        [[name:Hope]] and [[name:Dev Chaudhry]] went. I was dreading it, he has never slept away
        from home in [[age:34]] years. [[name:Hope]] had read his {{communication passport}}
        front to back, had his {{Weetabix}} done exactly right and the {{Gaelic radio}} on in
        the morning like at home. [[name:Dev]] took him to feed the hens and he came back
        wanting to go again. First time I've had two nights sleep since his dad died.
        Please pass on our thanks to the {{shared lives carers}}, and could we book the
        [[date:21st June]] weekend? My number is still [[phone:01632 960215]].

        [[name:Morag]]
        (mum of [[name:Alasdair Fyfe]])
    """)),
    ("social_care", "incident", block("""
        Shift log - [[address:Flat 2, 18 Rosebank Terrace]], Dundee [[postcode:DD3 8EA]]
        12:10 lunch to [[name:Jade]] ([[age:41]]) - {{IDDSI}} level 5 {{minced and moist}} per
              {{SALT}} plan. Agency worker (1st shift) gave her the sandwich from the fridge
              that was for [[name:Frank]] next door.
        12:14 [[name:Jade]] coughing, red in face, couldnt speak. [[name:K.O.]] did back blows
              x3, piece of crust came out.
        12:20 settled, obs normal, sats 97% on {{pulse oximeter}}.
        12:25 rang 111, advised watch for temp / chesty cough over 48 hrs.
        12:40 her sister informed.
        13:30 on-call manager [[name:Iain Baxter]] in. Agency worker had not been shown the
              {{eating and drinking plan}}.
        Actions: food in fridge labelled with name + texture level, agency induction checklist
        to include dysphagia. Incident no. [[case_reference:RT-2024-117]]
        Written by [[name:Kemi Oduya]] ([[name:KO]]), {{Senior Support Worker}}
    """)),
    ("social_care", "near_miss", block("""
        [19:02] [[name:Sunny]]: who put 2 dosette packs in [[name:Will]]'s cupboard??
        [19:04] [[name:Agnieszka]]: pharmacy dropped a new one today, old one still has tonights
        [19:05] [[name:Sunny]]: nearly gave him from the new one. its got {{Sodium Valproate}}
        500 in it, hes been switched to {{Lamotrigine}}!!
        [19:06] [[name:Agnieszka]]: omg dont. old one is right, new one is off the old script
        [19:07] [[name:Sunny]]: ringing [[organisation:Lochside Pharmacy]] in the morning.
        new one going in the {{returns bag}}
        [19:15] [[name:Rhona]] TL: good catch [[name:sunny]] 👍 pls do an {{incident form}}
        and I'll check the {{MAR chart}} tomorrow. [[name:Will]]'s mum [[name:Faith]] needs
        told too, her number is in the front of the file
    """)),
    ("social_care", "success", block("""
        Learning into action meeting - [[date:3 October 2024]]
        Present: [[name:Sian Hughes]] ({{LeDeR reviewer}}), [[name:Mark Dunbar]] (supported
        living manager), [[name:Aileen]] and [[name:Tam Gordon]] (family), Nurse
        [[name:Grace Adeyemi]] ({{CLDT}})
        - Review of [[name:Robert Gordon]]'s care ([[case_reference:LDR-SC-2231]]) found good
          practice we want to share across the area
        - {{annual health check}} done every year, {{easy read}} invite + double appointment
        - staff noticed weight loss early and took his {{Health Passport}} to every appt
        - hospital {{learning disability liaison nurse}} met him at the front door
        - family felt listened to. [[name:Aileen]]: 'they treated [[name:Rab]] like a person,
          not a diagnosis'
        - ACTION: [[name:Mark]] to present at provider forum on [[date:12/11/2024]]
    """)),
    ("social_care", "incident", block("""
        {{ADULT SUPPORT AND PROTECTION}} - REFERRAL
        Adult: [[name:Lachlan Mair]]   DOB: [[date_of_birth:02/08/1987]]
        NI no: [[ni_number:JK 48 21 73 C]]
        Address: [[address:3/1, 44 Craigie Street]], [[postcode:DD4 6PE]]
        Referrer: [[name:Dawn Selkirk]], {{support worker}},
        [[organisation:Taybridge Community Supports]], tel [[phone:01632 960388]]
        Concern: [[name:Lachlan]] has a mild LD and lives alone with 12 hrs support a week.
        For the last month his {{Universal Credit}} has been gone within two days. He says his
        'pal' [[name:Deano]] takes him to the {{cash machine}} and he 'lends' him it. Today
        ([[date:19 February]]) I saw a text on his phone from [[name:Deano]] saying 'need 200
        or else'. [[name:Lachlan]] was upset and would not go to the {{day service}}.
        Risk of harm? Yes - financial and possibly psychological.
        Consent: [[name:Lachlan]] agreed after we talked it through with {{Talking Mats}}.
        Council ref: [[case_reference:ASP/24/00917]]
    """)),
    ("social_care", "success", block("""
        Easy read - good news story

        What happened?
        [[name:Rhys Pritchard]] wanted to go on the {{train}} on his own to his job at
        [[organisation:Caffi Cymunedol Y Bont]].

        Who helped?
        His {{support worker}} [[name:Owain]] did the journey with him 6 times. They made a
        {{picture timetable}}. [[name:Rhys]] carries a {{travel support card}} to show the guard.

        What went well?
        On [[date:Monday 2 September]] [[name:Rhys]] went on his own. He sent a photo to
        [[name:Owain]] when he got there. He has gone on his own every {{Monday}} since.

        How does [[name:Rhys]] feel?
        'I am proud. I am a grown up man.'

        What next?
        Try the bus to {{the leisure centre}}.
    """)),
    ("social_care", "near_miss", prose("""
        [[name:Eirlys Bowen]] is a {{shared lives carer}} at [[address:Pen-y-Bryn Cottage]],
        Llanrhystud, [[postcode:SY23 5DL]]. During a respite stay on [[date:5th August]] her
        guest [[name:Gwilym]] ([[age:52]], Down's syndrome, {{dementia}} diagnosed last year)
        had a fall and she rang 999. She then realised his {{hospital passport}} was not in the
        respite folder - his usual carer had kept it at home. The paramedics nearly went ahead
        without knowing that he cannot tolerate {{cannulation}} awake and that he shows pain by
        rocking, not by saying. [[name:Eirlys]] phoned his sister [[name:Nerys]] who read the
        key bits out over the phone, and [[name:Gwilym]] was checked at home and did not need
        to go in. No fracture. Learning: a copy of the passport now goes in the respite bag for
        every placement and is checked by the {{scheme worker}} at matching. Flagged by
        [[name:E.B.]] to the scheme office on [[phone:01632 960741]].
    """)),
    ("social_care", "incident", block("""
        Weekly incident summary - [[organisation:Ardmore House]] ({{care home}}, LD/autism)
        w/c [[date:8 April 2024]]

        Date  | Person | Type                            | Harm
        [[date:08/04]] | [[name:JS]]    | self-injury (head banging)      | bruise
        [[date:09/04]] | [[name:M.McL]] | assault on staff (bite)         | minor
        [[date:11/04]] | [[name:JS]]    | {{physical intervention}} 2 min | none
        [[date:12/04]] | [[name:Bill]]  | fall in shower                  | skin tear
        Refs (in row order): [[case_reference:AH-0411]], [[case_reference:AH-0412]],
        [[case_reference:AH-0413]], [[case_reference:AH-0414]]

        Notes
        - [[name:JS]] head banging may be {{toothache}}, dentist asked for urgent slot
        - 3 of 4 in the 4-6pm window when shifts overlap. {{Positive Behaviour Support}}
          lead [[name:Uzma Rashid]] reviewing rota
        - [[name:Bill]]'s {{shower chair}} replaced same day
    """)),
    ("social_care", "success", prose("""
        Debrief - 6 month {{PBS}} review for [[name:Tomasz Wisniewski]] ([[name:Tomek]]),
        [[organisation:Craigentinny Supported Tenancies]]. Since the move in {{January}}
        restrictive physical interventions have gone from 11 a month to zero for the last 14
        weeks. What made the difference (team views): a {{sensory diet}} built with the OT, ear
        defenders, a {{Now and Next board}}, one consistent team of 6 instead of 20+ agency
        staff, and listening to his mum [[name:Halina]] who told us he hates the hoover.
        [[name:Tomek]] now goes to {{the climbing wall}} every {{Thursday}} with
        [[name:Jamie-Lee]]. Staff injuries: none. Still to do: reduce {{PRN}} lorazepam - not
        used since [[date:3 March]], to be discussed with Dr [[name:Fergusson]] at the next
        review.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Catriona Mackay]] <[[email:c.mackay@brightwaterliving.org.uk]]>
        To: [[name:Ravi]]; Estates
        Subject: near miss - fire alarm [[address:22 Burnside Court]] [[date:Tues 11/06]]

        [[name:Ravi]],
        At 02:15 the alarm went off (burnt toast, flat 4). Everyone out within 4 mins except
        [[name:Rose]], who is autistic with severe {{hyperacusis}}. She got under her duvet
        and would not move. Sleep-in staff [[name:Hamish]] stayed with her and the
        {{fire service}} were already on site so ok, but in a real fire we'd have been stuck.
        Her {{PEEP}} says 'will follow staff' which is clearly wrong. I've asked for:
        - PEEP rewritten with {{OT}} input
        - {{vibrating pager}} and ear defenders by the bed
        - a practice drill with [[name:Rose]] in the daytime, with warning
        Can Estates look at the {{Gent}} sounder in her hall, it is right outside her door.

        Thanks
        [[name:Cat Mackay]], {{Team Leader}}
        [[phone:07700 900631]]
    """)),
    ("social_care", "incident", prose("""
        LeDeR focused review - summary of key events ([[case_reference:LDR-2024-0556]]).
        [[name:Kyle Anand-Reid]], DOB [[date_of_birth:17/01/1986]], lived in a supported
        living flat with 24 hr support and had a long history of {{constipation}}, on
        {{Laxido}} daily. On [[date:2 February]] staff recorded no bowel movement for 6 days
        on the {{Bristol Stool Chart}}, but the chart was not looked at by the shift lead. On
        [[date:6 February]] he was vomiting and was taken to [[organisation:Ysbyty Bryn
        Derw]], where he died of {{bowel obstruction}} on [[date:8 February 2024]], aged
        [[age:38]]. Findings: bowel chart never escalated; no staff training on constipation
        risk; his {{annual health check}} was 14 months overdue. His mother, Mrs
        [[name:Anand-Reid]], said staff were kind but 'nobody joined the dots'. Reviewer:
        [[name:Dafydd Morgan]].
    """)),
    ("social_care", "success", prose("""
        Good news from the {{transitions team}}: [[name:Lowri Haf Roberts]], [[age:19]], moved
        from her {{residential college}} into her own tenancy at [[address:5 Ffordd Glyndwr]],
        Caernarfon [[postcode:LL55 1TS]] on [[date:1 July]]. The move was planned over nine
        months using a {{person-centred plan}} she helped write in Welsh. Her circle was mam,
        taid, her {{advocate}} [[name:Iolo]] and her new housemates [[name:Cerys]] and
        [[name:Ffion-Mai]]. She visited 8 times, chose her own paint (purple!) and did a trial
        overnight with staff from [[organisation:Gwynedd Link Support]]. First month: no
        incidents, and she has joined a {{Welsh-language choir}}. Her words: 'Fy nhy i - my
        house.' Contact [[name:Nia Tomos]], [[email:nia.tomos@gwyneddlink.cymru]].
    """)),
    ("social_care", "incident", block("""
        Incident type: Missing person
        Reported by: [[name:Gordon Imrie]], night {{Senior Carer}}
        Location: [[organisation:Balgownie Lodge]], [[address:61 Ellon Road]], Aberdeen
        [[postcode:AB23 8XL]]
        Person: [[name:Stuart Wallace]] ('[[name:Stu]]'), [[age:44]]
        Date: [[date:23/11/2024]] 21:30
        What happened: [[name:Stu]] walked out when the front door was opened for a food
        delivery. Staff followed but lost sight of him on the main road. {{Police Scotland}}
        called 21:45. Found 23:10 by a taxi driver (cab reg [[vehicle_registration:SV21 LTE]])
        who saw him walking in the road in a t-shirt and rang 999. Paramedics checked for
        {{hypothermia}}, ok.
        Contributing: {{door sensor}} switched off since Tuesday for a fault, nobody updated
        his {{risk assessment}}.
        Ref: [[case_reference:BL/INC/2024/233]]
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - [[organisation:Riverside Day Opportunities]]
        [[name:Jo Kerr]] 11:42  back from swimming. bit of a scare with [[name:Faith]]
        [[name:Jo Kerr]] 11:43  she had an {{absence seizure}} in the shallow end. lifeguard
        didnt know she has epilepsy, we never gave the {{leisure centre}} her card
        [[name:Zainab Hussain]] 11:45  is she ok??
        [[name:Jo Kerr]] 11:46  yes I was right next to her, held her head up, about 20 secs.
        fine after. but if I'd been over with [[name:Bill]] at the other side...
        [[name:Zainab Hussain]] 11:50  ok pls {{datix}} it. from now on 1:1 in water for
        [[name:Faith]] as per her {{epilepsy care plan}}, and we hand the {{seizure card}} to
        reception every visit
        [[name:Jo Kerr]] 11:51  will do 👍
    """)),
    ("social_care", "success", block("""
        Compliment received [[date:16 December]] - card from Mr and Mrs [[name:Dhillon]]

        'To everyone at [[organisation:Sunnyside Resource Centre]], thank you for making
        [[name:Harpreet]]'s birthday so special. He was turning [[age:40]] and you remembered
        he loves {{Bhangra}} and got a DJ in. [[name:Frank]] and [[name:Grace]] in the
        {{kitchen}} made an eggless cake. He has been coming to you since he was
        [[age:19]] and it is the best part of his week. Special thanks to [[name:Mel]] his
        {{keyworker}} who learned Punjabi words for his {{communication book}}.'

        Logged on compliments register [[case_reference:CMP-0098]], shared at {{team meeting}}.
        [[name:A. Loughran]], {{Centre Manager}}
    """)),
    # ----------------------------------------------------------------- health (17)
    ("health", "incident", prose("""
        Community LD nurse note. I was contacted by [[name:Shirley Main]], mum of
        [[name:Connor Main]] ([[age:24]], NHS no. [[nhs_number:405 446 3533]]), after his
        outpatient MRI at [[organisation:Carse Valley General Hospital]] was cancelled on the
        day. The {{reasonable adjustments}} flag on his record (first appointment of the day,
        quiet room, mum present, {{sedation}} pre-agreed) was not seen by radiology booking. He
        was given a 2pm slot, waited 90 min in a busy corridor, became distressed, hit his head
        on the wall and was sent home. This is the second time. Actions: raised
        [[case_reference:DATIX 208871]], e-mailed the {{LD liaison nurse}} [[name:Mhairi]] and
        asked for the alert to be added to {{TrakCare}}. New date [[date:30th October]], 08:00,
        in the {{Family Room}}. Nurse [[name:F. Adebayo]], {{CLDT}}
    """)),
    ("health", "near_miss", block("""
        DATIX - Near miss (no harm)
        Reported by: [[name:Lesley-Ann Cowie]], {{Epilepsy Nurse Specialist}}
        Location: [[organisation:Ochil Day Services]], Alloa
        Date: [[date:07/03/2024]]
        Patient: [[name:Graham Petrie]]  NHS [[nhs_number:658 873 4476]]
        Description: at [[name:Graham]]'s {{epilepsy review}} at the day centre I checked his
        {{rescue medication}} kit. Both {{Buccolam}} 10mg syringes had expired 4 months ago.
        Kit goes between home, day service and respite. He has {{tonic-clonic seizures}} needing
        rescue approx every 6 wks, last used at home [[date:Feb 12]]. Staff had signed the
        weekly check sheet every week ('present') - nobody was checking expiry.
        Immediate action: new supply from GP same day. Check sheet now has expiry column.
        Ref: [[case_reference:W-DX-114592]]
    """)),
    ("health", "success", block("""
        From: [[name:Rukhsana Ahmed]], {{Special Care Dentist}}
        To: [[name:Fiona]] (CLDT)
        Subject: [[name:Ellie]] - a wee win!

        Hi [[name:Fiona]],
        [[name:Ellie]] came in today for visit 6 of the {{desensitisation}} plan and let me do
        a full {{scale and polish}} in the chair!! First time in 7 years without a
        {{general anaesthetic}}. Her support worker [[name:Hope]] brought her
        {{ear defenders}} and the {{visual schedule}} with photos of our room, and we kept the
        big light off. [[name:Ellie]] counted to 10 for each bit, got a sticker and stayed an
        extra 5 min to spin on the chair. I've written it up (no names) for the
        {{reasonable adjustments}} newsletter. Next recall [[date:14 January]].

        [[name:Rukhsana]]
        [[organisation:Clydesdale Community Dental Service]] | [[phone:01632 960522]]
    """)),
    ("health", "incident", block("""
        ED timeline - Mr [[name:Imran Bashir]], [[age:31]], autism + severe LD, non-verbal
        Hosp no [[case_reference:H0093412]]
        18:05 arrives with dad ([[name:Tariq]]) and {{support worker}}, ?{{appendicitis}}
        18:10 triaged, {{hospital passport}} handed over. Dad asks for side room - none free
        19:40 [[name:Imran]] pacing, pulling at ceiling tiles. Security called
        19:55 held by 3 staff + security, IM sedation given. No {{capacity assessment}} or
              {{best interests}} decision documented
        20:30 LD liaison nurse not on duty (Mon-Fri service only)
        22:15 bloods + USS, appendix normal, dx {{constipation}}
        Outcome: [[name:Imran]] bruised to both upper arms. [[name:Tariq]] made complaint
        [[case_reference:CMP/ED/24/0311]] on [[date:20 May 2024]]. For review by
        Dr [[name:Ogunleye]], {{ED Consultant}}.
    """)),
    ("health", "near_miss", prose("""
        Near miss reported by [[organisation:Kinnoull Medical Practice]], Perth. We send
        {{annual health check}} invites from the {{LD register}}. On [[date:15 April]]
        [[name:Frances Doig]] ({{Practice Nurse}}) noticed 23 patients on the register had
        been sent the standard letter instead of the {{easy read}} one after a template change
        in {{EMIS}}. One of them, [[name:Peter Lennie]] ([[age:58]]), who lives alone, had
        phoned reception and been booked into a 10-minute slot with the
        {{healthcare assistant}} instead of the 30-minute double appointment.
        [[name:Frances]] spotted it the day before and rebooked him with his
        {{support worker}} there. Template fixed,
        all 23 re-sent, alert added. Significant event [[case_reference:SEA-24-07]], written
        up by [[name:F.D.]]
    """)),
    ("health", "success", block("""
        MDT / best interests meeting - [[date:Wed 4 Sept]]
        Re: [[name:Morven Sinclair]], [[age:45]], NHS [[nhs_number:460 733 6211]]
        Present: Dr [[name:Aziz]] (GP), [[name:Gillian Reid]] (CLDN), [[name:Bill Sinclair]]
        (brother, {{welfare guardian}}), {{anaesthetist}} Dr [[name:Ni Bhriain]], dental -
        [[name:Kasia]]
        - [[name:Morven]] lacks capacity re bloods / dental (assessed,
          {{Adults with Incapacity}} s47 cert in place)
        - plan: one GA on [[date:17/09]] for dental extraction, bloods, {{cervical screening}},
          ear syringing and {{flu vaccine}}
        - [[name:Bill]]: 'she's had 4 GAs in 10 years, one would be better than five'
        - [[name:Kasia]] to book theatre, [[name:Gillian]] to do easy read for [[name:Morven]]
        Update [[date:18/09]]: all done in one session, home same day. Bloods showed
        underactive thyroid, now on {{levothyroxine}}. Great joint working.
    """)),
    ("health", "incident", block("""
        Family WhatsApp - Team [[name:Dougie]]
        [[name:Elspeth]]: [[name:Dougie]]'s had 3 seizures since {{Tuesday}}. he never has 3
        [[name:Craig]]: did anything change?
        [[name:Elspeth]]: just looked. chemist gave him a different make. box used to say
        {{Tegretol}} now its a generic {{carbamazepine}}
        [[name:Craig]]: thought you were meant to stay on the same brand with those?
        [[name:Elspeth]]: you are!! spoke to Nurse [[name:Kaur]] at the {{epilepsy clinic}},
        she's getting the GP to put 'do not switch' on the script. pharmacy said sorry,
        {{supplier shortage}}. incident ref they gave me [[case_reference:PH-77812]]
        [[name:Craig]]: ok. should we ring {{NHS 24}} if he has another?
        [[name:Elspeth]]: if its over 5 min we do the rescue med and 999
        [[name:Craig]]: ok. i'll take [[name:Dougie]] out sat so you get a break x
    """)),
    ("health", "success", prose("""
        Compliment for Nurse [[name:Will Thomson]] at [[organisation:Bankfoot Health
        Centre]] from [[name:Grace Okoro]], {{shared lives carer}}: 'I want to say thank you to
        [[name:Will]]. [[name:Marcus]] has a real fear of needles and we have tried for three
        years to get his {{flu jab}}. [[name:Will]] came out to the car park, put {{EMLA}}
        cream on while we waited, let [[name:Marcus]] watch his {{Thomas the Tank Engine}} clip
        and it was done in 30 seconds. He did the {{COVID booster}} as well. He even wrote it
        on the {{reasonable adjustments}} flag so next year is the same.' Logged
        [[date:28/10/2024]] by {{Practice Manager}} [[name:Angus Robb]].
    """)),
    ("health", "near_miss", block("""
        Night log - [[address:4 Ashgrove Place]], Elgin [[postcode:IV30 6JB]]
        22:00 [[name:Mairi]] to bed. {{Emfit}} bed sensor NOT on at the wall (socket used
              for phone charger by day staff)
        22:00-01:30 checks 2 hourly ({{sleep-in}}, not {{waking night}})
        01:40 heard a noise, found [[name:Mairi]] post-ictal, blood on pillow (bit tongue).
              No alarm sounded
        01:45 recovery position, breathing ok, {{SpO2}} 96%. No rescue med needed
        02:10 rang on-call [[name:Neil]], agreed obs not 999 as per her {{epilepsy protocol}}
        07:00 handover. sensor plugged in, tape on plug 'DO NOT UNPLUG'
        Near miss - if the seizure had been prolonged nobody would have known.
        [[name:Sunita]] (night) ref [[case_reference:NR-5521]]
    """)),
    ("health", "incident", prose("""
        Serious adverse event review, summary. [[name:Arwel Jenkins]] ([[age:63]]) had
        {{cerebral palsy}} and a moderate learning disability, with a {{SALT}} assessment
        recommending a level 4 {{pureed}} diet. When he was admitted to
        [[organisation:Dyfi Ward]] at [[organisation:Ysbyty Aberteifi]] on
        [[date:11 November]] with a chest infection, the eating and drinking guidance did not
        come with him, and a {{healthcare support worker}} who did not know gave him a normal
        meal. He developed {{aspiration pneumonia}} and spent 4 days in {{ICU}}. He recovered
        but lost 6kg. His sister [[name:Carys]] said: 'I told three people he needs it
        pureed.' Learning: {{dysphagia}} alert to show on the bedside board and electronic
        record; family told at admission who to tell. Ref [[case_reference:SAER-0088]].
    """)),
    ("health", "success", block("""
        Your {{smear test}} - what went well (easy read, for [[name:Nadia]])

        Hi [[name:Nadia]].
        On [[date:Thursday 6 June]] you had your smear test at
        [[organisation:Riverside Surgery]].
        - You came in the week before, just to see the room.
        - Nurse [[name:Dawn]] showed you the {{speculum}} and let you hold it.
        - You chose the small size and a {{female nurse}}.
        - Your friend [[name:Jade Thompson]] came with you.
        - You said 'stop' once and [[name:Dawn]] stopped. Then you said go.
        It took 4 minutes. You did it!
        Your result letter will come in easy read. Questions? Phone [[phone:020 7946 0418]].

        (Staff note: adjustments recorded for {{cervical screening}} recall;
        {{Accessible Information Standard}} flag updated.)
    """)),
    ("health", "near_miss", block("""
        Discharge med rec - [[name:Owen Griffiths]], [[organisation:Ward B3]], [[date:22/08/2024]]

        Medicine          | TTO letter   | Pre-admission MAR | Issue
        {{Sodium valproate}}  | 600mg bd     | 800mg bd          | dose wrong
        {{Clobazam}}          | not listed   | 10mg nocte        | omitted!
        {{Movicol}}           | 1 sachet od  | 1 sachet od       | ok
        {{Risperidone}}       | 1mg bd       | stopped ({{STOMP}})   | restarted in error

        Caught by [[name:Lauren Ng]], {{Community Pharmacist}}, when staff from
        [[organisation:Harbour View Support]] brought the letter in before the first dose.
        Rang ward, TTO corrected by Dr [[name:Ellis]]. No wrong doses given.
        Ref [[case_reference:IR1-4459023]]
    """)),
    ("health", "incident", block("""
        From: [[name:Gwen Parry-Evans]] <[[email:gwen.parry-evans@cldt.example.wales]]>
        To: {{Medical Director}}'s office
        Subject: URGENT - DNACPR concern, [[name:Sion Rowlands]] [[nhs_number:499 010 4927]]

        Dear Dr [[name:Varghese]],
        I am the {{community learning disability nurse}} for [[name:Sion Rowlands]]
        ([[age:47]]). On [[date:9 January]] he was admitted to
        [[organisation:Penllergaer Ward]] with {{pneumonia}}. His parents found a
        {{DNACPR}} form in his notes giving the reason as 'learning disability, Down's
        syndrome, poor quality of life'. Nobody had spoken to them or to [[name:Sion]],
        who communicates well using {{Makaton}}. A learning disability is not a reason
        for a DNACPR decision. I have raised
        [[case_reference:DATIX 331902]] and ask that a senior clinician reviews this today and
        meets the family.

        Regards, [[name:Gwen]]
        [[name:Gwen Parry-Evans]] RNLD, [[organisation:Bae Abertawe CLDT]], [[phone:01632 960107]]
    """)),
    ("health", "success", block("""
        Debrief - VNS magnet used at day service, [[date:27/02/2025]]
        Who: [[name:Yusuf Demir]] ([[age:26]]) has a {{vagus nerve stimulator}} for
        {{drug-resistant epilepsy}}. Staff at [[organisation:Kirkton Day Centre]] had training
        from the {{epilepsy specialist nurse}} [[name:Maureen Laird]] in Jan.
        What happened: 11:20 [[name:Yusuf]] started a focal seizure in art group.
        [[name:Rose-Marie]] swiped the {{VNS magnet}} over his left chest at 11:21 and timed
        it. Seizure stopped 11:23. No {{Buccolam}}, no ambulance. He had his lunch and carried
        on with the group.
        What went well: magnet kept on his wristband not in a drawer; staff remembered the
        training; log sent to his neurologist.
        Even better if: second magnet kept on the minibus.
    """)),
    ("health", "near_miss", block("""
        Reported by: [[name:Hannah Gill]], {{Receptionist}}
        Location: [[organisation:Gairloch Road Surgery]]
        Date: [[date:13.03.2024]]
        Details: Dr [[name:Mistry]] asked me to phone the carer of [[name:Liam O'Donnell]]
        about an abnormal {{potassium}} result (repeat needed same day). Number on screen was
        [[phone:07700 900274]] which is his old support provider. Person who answered said
        [[name:Liam]] is no longer with them but took the message, and luckily knew the new
        provider and rang [[name:Liam]]'s house manager [[name:Abdi]] on
        [[phone:07700 900913]]. [[name:Liam]] came in at 4pm, repeat bloods ok-ish,
        {{spironolactone}} stopped.
        Why near miss: result nearly went nowhere + {{confidentiality}} breach.
        Fix: contacts updated; {{carer details}} being checked for all LD register patients.
        Ref [[case_reference:SE-0324-02]]
    """)),
    ("health", "incident", prose("""
        [[name:Dewi]] ([[age:33]], autism, LD, lives with his nain) had waited 11 months for
        {{dental extractions}} under {{general anaesthetic}} at [[organisation:Ysbyty Maes
        Derw]]. On [[date:Tuesday 15 October]] the list was cancelled on the day because he had
        eaten toast: the {{nil by mouth}} letter sent to the house was a standard one in small
        print, not {{easy read}}, and nain, [[name:Glenys Hopkins]], who reads Welsh better
        than English, missed the bit about breakfast. [[name:Dewi]] had been up since 5am, was
        in pain with an {{abscess}} and took three hours to settle. New date is six weeks away;
        meanwhile he is on {{amoxicillin}}. Reported as [[case_reference:DX-23-9981]] by
        [[name:Llinos]], {{CLDN}}. Learning: bilingual easy-read pre-op pack and a phone call
        the day before.
    """)),
    ("health", "success", prose("""
        STOMP review outcome, [[organisation:Buchan Community LD Team]]. [[name:Philippa
        Strachan]] ('[[name:Pip]]'), [[age:52]], had been on {{olanzapine}} 10mg for 15 years
        for 'challenging behaviour' with no psychiatric diagnosis. Over nine months
        psychiatrist Dr [[name:Akinola]], her GP and the team at [[organisation:Peterhead
        Supported Living]] tapered it to stop (last dose [[date:30 June]]), supported by a new
        {{PBS plan}} and {{Intensive Interaction}} sessions. Results: [[name:Pip]] has lost
        11kg, her {{HbA1c}} is out of the pre-diabetic range, she is more alert and she has
        started {{Gardening Club}} on {{Wednesdays}}. Her brother [[name:Frank]] said 'we've
        got our [[name:Pip]] back'.
    """)),
    # ----------------------------------------------------------------- aviation (16)
    ("aviation", "incident", prose("""
        Air Safety Report. Flight [[flight_number:BH472]], {{S-92}}
        [[aircraft_registration:G-NSKY]], Aberdeen to a West of Shetland installation,
        [[date:12 March 2024]]. At 08:47, 40 nm north-east of Sumburgh in the cruise at 3000 ft,
        the crew got an {{MGB CHIP}} caution followed by rising {{MGB oil temperature}}.
        Captain [[name:Alan Moffat]] and {{Co-pilot}} [[name:Priya Nair-Campbell]] actioned the
        {{QRH}} drill, declared {{PAN}} and diverted to Sumburgh, landing at 09:06. All 14
        passengers disembarked normally. Engineering found metal on the chip detector and the
        main gearbox was changed. Operator ref [[case_reference:MOR-2024-0318]]. Captain
        [[name:Moffat]] thanked the passengers for staying calm during the {{brace}} briefing.
    """)),
    ("aviation", "near_miss", block("""
        Sortie debrief - [[flight_number:Rescue 951]], {{AW189}} [[aircraft_registration:G-MCGZ]]
        Task: {{medevac}} from 20 m trawler, 60 nm E of Peterhead
        21:14 on scene, 35 kt wind, 4 m swell, night {{NVG}}
        21:20 {{hi-line}} lowered to deck crew
        21:23 deck crew tied hi-line to the rail - not briefed (crew mostly Filipino)
        21:24 winchman [[name:Kenny Boyd]] on hook, aircraft yawed in gust, hi-line taut
        21:24 {{winch operator}} [[name:Sam Okoye]] called HOLD, Capt [[name:Ruaridh Ross]]
              moved up and left, {{weak link}} parted as designed
        21:31 second hi-line, skipper briefed crew on VHF, transfer ok
        22:05 casualty to Aberdeen, handed to ambulance
        Learning: picture card for hi-line handling for non-English crews.
        Ref [[case_reference:SAR-OCC-24-061]]
    """)),
    ("aviation", "success", prose("""
        Good news story from the [[organisation:Inverness SAR base]]. On [[date:Sunday 3
        November]] [[flight_number:Rescue 948]] was tasked by {{ARCC}} to a hillwalker with a
        broken ankle on the Cairngorm plateau. Visibility was under 100 m, so the crew (Captain
        [[name:Fiona Gunn]], {{co-pilot}} [[name:Tariq Malik]], winchman [[name:Will Fraser]],
        winch op [[name:Ailsa]]) used the {{FLIR}} to find the party and worked closely with
        [[organisation:Cairngorm MRT]] on the ground. The casualty, [[name:Peter Hume]]
        ([[age:67]]), was winched in a {{stretcher}} and flown to
        [[organisation:Strathspey General]]. He wrote to the base: '[[name:Will]] and the crew
        were amazing and made me laugh when I was frightened.' Total sortie 1 h 52.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Kirsty Leask]] <[[email:k.leask@northlightheli.co.uk]]>
        To: Safety inbox
        Subject: DG occurrence - [[flight_number:NL305]] [[date:18/04/2024]]

        All,
        During {{bag screening}} for [[flight_number:NL305]] (Aberdeen - East Shetland Basin)
        the X-ray showed a {{power bank}} and spare {{vape}} batteries in the hold bag of
        passenger [[name:D. Sutherland]] ([[organisation:Grampian Drilling Services]]). These
        are forbidden in the hold under {{Dangerous Goods}} rules. The bag had already been
        passed once at check-in. Passenger spoken to, items removed, flight 12 mins late.
        Reported to the {{CAA}} as an MOR, our ref [[case_reference:NL-DG-0419]]. Check-in
        refresher booked for all agents.

        [[name:Kirsty]]
        {{Ground Operations Supervisor}} | [[phone:01632 960864]]
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE FORM
        Reported by: {{First Officer}} [[name:Magnus Tait]]
        Aircraft: {{AW139}} [[aircraft_registration:G-ZETB]]   Flight: [[flight_number:HS218]]
        Area: East Shetland Basin      Date: [[date:26/09/2024]]
        Description: third sector, planned deck was a {{NUI}}. In haze we picked up a
        platform visually and started the approach. At 1 nm I cross-checked the {{helideck}}
        name board and the {{GPS}} - it was the neighbouring installation 2.1 nm away, crane
        working, no {{HLO}}. Go-around flown, correct deck 6 min later.
        Contributing: similar-looking installations, high workload for Capt [[name:Hossain]]
        as PF, no {{NDB}} on the target deck.
        Ref [[case_reference:HS-ASR-24-0177]]
    """)),
    ("aviation", "success", block("""
        Letter received at the base - [[date:19 August]]

        Dear all,
        I am writing for my dad, [[name:Robbie Jamieson]], who was lifted from his
        {{creel boat}} off Fair Isle on [[date:2nd of August]] after a {{heart attack}}. Thank
        you to the crew of [[flight_number:Rescue 962]] and especially winchman
        [[name:Gary]], who talked to him the whole way. He had a {{stent}} put in and is home
        already talking about the boat. My mum [[name:Ina]] says you are all welcome for tea.

        Yours, [[name:Lynn Jamieson]]
        [[address:Quoys]], Dunrossness, [[postcode:ZE2 9JF]]

        (Shared with crew and the {{Coastguard Operations Centre}} - well done [[name:Gary]].)
    """)),
    ("aviation", "incident", block("""
        Ops WhatsApp - [[organisation:Northlight Heliport]]
        [[name:Stevie]] 06:48: fuel bowser [[vehicle_registration:SF17 BXN]] just clipped the
        {{tail rotor guard}} on [[aircraft_registration:G-NLHB]] reversing off stand 4
        [[name:Brian]] 06:49: anyone hurt?
        [[name:Stevie]] 06:49: no. driver [[name:Jamal]] shook up. rotors not turning thank god
        [[name:Brian]] 06:50: ok nobody touch it. {{AOG}} til engineering look. telling ops to
        swap the 07:30 to [[aircraft_registration:G-NLHD]]
        [[name:Jamal]] 07:02: sorry guys, no {{banksman}} and the reversing camera's been broke
        since last week
        [[name:Brian]] 07:05: not on you mate. [[name:Stevie]] pls grab the {{dashcam}} and
        start the ASR. {{duty engineer}} [[name:Ola Nwosu]] on way
    """)),
    ("aviation", "near_miss", block("""
        Ops control log - [[date:Friday 13 December]]
        0615 TAF Sumburgh shows {{fog}} risk after 0700, ignored at planning
        0630 [[flight_number:NS61]] {{S-92}} [[aircraft_registration:G-NSKE]] dep ABZ, Sumburgh
             filed as {{alternate}}
        0712 {{METAR}} Sumburgh 200 m FG, below {{minima}}. Alternate no longer valid
        0714 controller [[name:Lindsay]] realises crew not told, calls on {{HF}}
        0716 Capt [[name:Ogilvie]] confirms return to ABZ, {{PNR}} not yet reached
        0758 landed ABZ, 680 kg fuel remaining
        Near miss: past PNR the aircraft would have had no usable alternate.
        Actions: weather watch to flag alternate changes to crew, not just the board.
    """)),
    ("aviation", "success", block("""
        Hot debrief - [[flight_number:Rescue 948]] transfer, [[date:8/5/24]]
        - Task: urgent transfer of [[name:Calum Macleod]] ([[age:20]], autistic, little
          speech) from Stornoway to Inverness, no ferry till next day
        - mum ([[name:Peigi]]) rang {{ARCC}} ahead: he can't cope with helmets or noise
        - adjustments: {{ear defenders}} instead of a {{flight helmet}}, mum sat beside him,
          {{tablet}} with his train videos; paramedic [[name:Abhi]] talked him through each
          step using a {{social story}} made by his {{learning disability nurse}}
        - result: calm the whole flight, no sedation needed
        - Capt [[name:MacAulay]]: 'best transfer I've done'
        - ACTION [[name:Rhoda]]: add an autism / LD prompt to the tasking checklist
    """)),
    ("aviation", "incident", block("""
        Bird strike log - Sumburgh helicopter ops, Q3

        Date   Reg     Phase     Species      Damage
        [[date:04/07]]  [[aircraft_registration:G-SKYR]]  approach  {{gannet}}  windscreen cracked
        [[date:19/07]]  [[aircraft_registration:G-NSKE]]  cruise  {{great skua}}  none found
        [[date:02/08]]  [[aircraft_registration:G-SKYR]]  take-off  gull sp.  {{main rotor}} dent
        Refs: [[case_reference:BS-24-031]], [[case_reference:BS-24-034]],
        [[case_reference:BS-24-040]]

        Notes: [[aircraft_registration:G-SKYR]] windscreen - Capt [[name:Jarvis]] / FO
        [[name:Ilona Nowak]] landed normally, aircraft {{AOG}} 3 days. Wildlife unit
        ([[name:Shaun]]) asked for extra bird scaring during {{bonxie}} season.
    """)),
    ("aviation", "near_miss", prose("""
        [[flight_number:BH219]] inbound to Aberdeen on [[date:6 April 2024]], {{AW189}}
        [[aircraft_registration:G-BHWN]]. At 800 ft on final the pilot monitoring -
        {{First Officer}} [[name:Hope Mackenzie]] - saw a white {{quadcopter}} pass about
        50 m to the right at our level. Captain [[name:Darius Tehrani]] continued as there was
        no time to avoid. Reported to {{ATC}} straight away and the police were informed.
        {{Airprox}} filed, ref [[case_reference:AP-2024-0611]]. Nobody saw the operator. Crew
        comment: 'we only saw it because [[name:Hope]] was heads-up looking for traffic.
        Nothing on {{TCAS}} of course.'
    """)),
    ("aviation", "success", block("""
        Debrief - [[flight_number:Rescue 951]], [[date:Sat 18 Jan]], night winch to fishing vessel
        What went well
        1. Good {{CRM}}: winch op [[name:Mo Hussain]] called the vessel's movement, pilot held a
           steady hover in 45 kt
        2. Vessel crew briefed by the {{Coastguard}} on VHF before we arrived
        3. Winchman [[name:Gregor]] did a {{double lift}} with the casualty (crush injury to
           hand) in under 4 min
        4. {{NVG}} transition to the deck lights went smoothly
        Even better if
        - {{helipad}} lighting at [[organisation:Kirkwall General]] was on when we called
        - Capt [[name:Jo Mitchell]] (me) to brief our new {{SAR paramedic}}
          [[name:Faith Osei]] on deck ops before her first night sortie
    """)),
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT (summary)
        Operator: [[organisation:Northern Isles SAR]]
        Aircraft: {{AW189}} [[aircraft_registration:G-SARN]]
        Date/time: [[date:21/10/2024]] 14:35
        Location: cliffs at Esha Ness, Shetland
        Injured person: winchman [[name:Ross Munro]], [[age:36]]
        Narrative: during a {{cliff rescue}} of a fallen walker the {{hook}} snagged on a
        rock ledge as the aircraft drifted in turbulence. The {{snatch load}} dislocated the
        winchman's shoulder. He still got the casualty into the {{stretcher}} before being
        recovered. Cable inspected, 10 m cut off. [[name:Ross]] off flying 6 weeks.
        Investigation ref [[case_reference:NIS-MOR-0045]]
    """)),
    ("aviation", "near_miss", block("""
        Hi [[name:Euan]],
        Quick one for the {{safety meeting}}. On [[date:Weds 5 Feb]] I was {{PIC}} on
        [[flight_number:NL118]]. The fuel figure on the plan had been worked out for the wrong
        installation - one with a similar name 38 nm closer. I only caught it cross-checking
        the distance on the {{FMS}} at start-up. Corrected fuel was 340 kg more. With the
        original figure, if we'd had to divert we'd have landed below {{final reserve}}.
        Suggest the planning tool shows the deck's {{lat/long}} not just the name.
        Cheers, [[name:Callum]]

        Capt [[name:Callum Reid]] | [[organisation:Northlight Helicopters]]
        [[phone:07700 900856]]
    """)),
    ("aviation", "success", prose("""
        On the night of [[date:29 May]], [[flight_number:Rescue 962]] from Sumburgh flew a
        {{medevac}} for offshore worker [[name:Sunny Adeyinka]] ([[age:39]]) with a suspected
        {{stroke}} on a platform 110 nm east. The {{offshore medic}} spotted the {{FAST}} signs
        early and called the {{Topside}} doctor straight away. The crew landed on the
        {{helideck}} 54 minutes after tasking and flew direct to [[organisation:Foresterhill
        Royal]], where {{thrombolysis}} started 2 h 40 after onset. [[name:Sunny]] has since
        made a near-full recovery and came to the base with his wife [[name:Adaeze]] on
        [[date:4 August]] to meet Captain [[name:Kirsteen Low]] and the crew.
    """)),
    ("aviation", "incident", prose("""
        Passenger [[name:A. Kowalczyk]] flew offshore on [[flight_number:BH304]] on
        [[date:2 December]] with an expired {{HUET}} certificate (expired
        [[date:28 November]]). The {{POB}} system showed a red flag at check-in but the agent
        overrode it as 'system glitch'. Found on arrival by the {{OIM}}; the passenger was
        sent back on [[flight_number:BH305]] and has since re-done the {{FOET}} course.
        Reported by [[name:Shelley]] ({{HLO}}), ref [[case_reference:HLO-INC-2291]]. Action:
        override now needs a supervisor code.
    """)),
]


def main() -> None:
    records = build_records("blind77", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
