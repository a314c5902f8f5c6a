"""Held-out blind corpus 246: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a young carers service run with the council - young carers' assessments,
  school liaison, respite trips, parents with illness or addiction.
- health (17): an NHS community pharmacy and its delivery service - dispensing, controlled
  drugs, blister packs, delivery drivers, the GP surgery, care homes.
- aviation (16): a ground handling company at a regional airport - ramp agents, tug drivers,
  baggage, pushbacks, de-icing, turnaround coordinators.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, pipe-separated tables, radio/RT transcripts, shout-outs and thank-you notes.

Mark-up (see markup.py): [[label:value]] for identifiers, {{term}} for must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind246.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rang [[name:tasha]] @ school re [[name:kacper]] ({{YC}}, [[age:11yo]]) - mum back in {{A&E}}
        since [[date:thurs 9th]] w/ suspected {{overdose}}?? k has been doing all the cooking + taking
        little sis [[name:Ola]] ([[age:6]]) to [[organisation:St Bede's Primary]] on his own. school
        only told us today!! {{DSL}} mrs [[name:okafor]] said she thought we already knew. no {{MASH}}
        referral made by anyone. ive done one now ref [[case_reference:MASH-24-11873]]. needs
        {{young carers assessment}} asap, k v scared of {{social services}} "taking us off mum". will
        ring {{dad}} ([[name:Tomasz]]) tmrw but no current number on {{LCS}} - only old mob
        [[phone:07700 900418]] which is dead. {{duty SW}} aware. - [[name:ak]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Bernadette Achterberg]] <[[email:b.achterberg@moorsideacademy.org.uk]]>
        To: [[organisation:Harnley Young Carers]] <[[email:youngcarers@harnley.gov.uk]]>
        Date: [[date:14 November 2024]] {{16:02}}
        Subject: Thank you - {{Year 9}} young carer

        Hi [[name:Femi]],

        Just wanted to say a proper thank you for the work you and [[name:Hope]] did with
        [[name:Kyle Ashdown]] this term. Since the {{school liaison}} meeting on [[date:2 October]] he
        has had a {{Young Carers pass}} to leave {{registration}} early and phone his {{dad}}, and his
        attendance is up from 71% to 94%. His {{form tutor}} says he is smiling again. The
        {{lunchtime group}} you set up with our {{SENCo}} is now full and we have a waiting list!

        He asked me to tell you the {{residential}} was "the best thing ever".

        Kind regards,
        [[name:Bernie]]

        [[name:Bernadette Achterberg]]
        {{Assistant Head}} / {{DSL}}
        [[organisation:Moorside Academy]]
        [[phone:01422 496118]]
    """)),
    ("social_care", "near_miss", block("""
        Respite trip - [[organisation:Brackendale Outdoor Centre]] - [[date:Sat 19 October]]
        Chronology written up by [[name:Will Okonkwo-Hart]], {{trip lead}}

        08:40  {{Minibus}} left {{the hub}} with 11 {{young carers}} and 3 staff ([[name:Will]], [[name:Sunny]], [[name:Dariusz]]).
        08:55  {{Medication}} bag checked against {{consent forms}}. [[name:Ellie-May Rourke]] ([[age:9]]) listed
               with {{nut allergy}} - no {{EpiPen}} in the bag.
        09:05  [[name:Sunny]] rang mum, [[name:Shannon Rourke]], on [[phone:07700 900562]]. Mum said the pen was
               in [[name:Ellie-May]]'s rucksack. Checked - it was there but {{expired}} ({{Aug}}).
        09:20  Pulled into {{services}}. Mum drove out with the spare pen from home.
        09:50  Continued. Centre manager [[name:Gwilym]] told about the allergy on arrival; {{kitchen}}
               confirmed a nut-free lunch.

        Learning: {{medication check}} happens at {{pick-up}}, not on the road. Expiry dates to go on
        the {{trip form}}. Nobody hurt.
    """)),
    ("social_care", "incident", block("""
        [[organisation:HARNLEY YOUNG CARERS]] - INCIDENT FORM
        Ref: [[case_reference:HYC-INC-0457]]
        Young carer: [[name:Precious Mbeki-Lawson]]
        DOB: [[date_of_birth:03/06/2012]]
        Address: [[address:27 Linthwaite Row, Harnley]], [[postcode:HX4 9QT]]
        School: [[organisation:Greenhowe High School]]
        Cared-for person: mother ([[name:Nomvula Mbeki-Lawson]]) - {{bipolar disorder}}, on {{lithium}}
        Reported by: [[name:R. Castellanos]], {{Young Carers Worker}}
        Date of incident: [[date:21/10/24]]

        What happened: the {{confirmation letter}} for [[name:Precious]]'s {{half-term}} respite trip was
        generated from an old {{case record}} and posted to her father, Mr [[name:Lawson]], at
        [[address:14 Sowood Close]], [[postcode:HX3 5RW]]. A {{non-molestation order}} is in place.
        Mr [[name:Lawson]] waited outside [[organisation:Greenhowe]] at {{home time}} holding the letter.
        The {{Head of Year}} (Mrs [[name:Adeyemi]]) brought [[name:Precious]] back inside and called
        {{police}} (log [[case_reference:0412 of 21/10]]). Mum informed.

        Actions: address on {{LCS}} corrected; letter templates now pull the {{current address}} only;
        {{MASH}} notified; {{safety plan}} reviewed with the {{IDVA}}.
    """)),
    ("social_care", "success", block("""
        [Teams - HYC team chat]
        [09:14] [[name:Joy Nwankwo]]: massive shout out to @[[name:Pat Doyle-Quinn]] for yesterday 🙌
        [09:15] [[name:Joy Nwankwo]]: [[name:Pat]] stayed late at [[organisation:Kingfisher Primary]] to do the {{young carers assessment}} with [[name:Reuben]] ([[age:8]]) while his dad was at {{chemo}}, then dropped him at his {{nan}}'s
        [09:16] [[name:Ruairí O'Dowd]]: legend. was that the family from the {{Oncology}} referral?
        [09:16] [[name:Joy Nwankwo]]: yep. ref [[case_reference:YCA-2024-0318]]. assessment on the system, {{carers break}} approved at {{panel}} this morning
        [09:18] [[name:Pat Doyle-Quinn]]: aw thanks all. [[name:Reuben]] did all the talking tbh, he drew the {{wellbeing wheel}} himself 😂
        [09:20] [[name:Ruairí O'Dowd]]: going in the {{good news}} slot at {{team meeting}} on {{Weds}}
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 5 November]] at approximately {{14:30}} I was finishing the
        {{young carers assessment}} for [[name:Amira Haddad]] ([[age:13]]), who supports her father
        with {{Parkinson's}}. I went to e-mail the draft to her mother for comments. {{Outlook}}
        auto-filled [[email:haddad.family@inbox-mail.co.uk]], which belongs to a different family we
        supported in 2022 ([[case_reference:HYC-1102]]). The correct address was
        [[email:r.haddad77@inbox-mail.co.uk]]. I only noticed because the suggestion showed the name
        "[[name:Samir]]" and [[name:Amira]]'s dad is called [[name:Youssef]]. Nothing was sent. I have
        cleared the {{autocomplete}} list and asked {{IT}} whether external addresses can be checked
        before sending. I would suggest that draft assessments go through the {{secure portal}}
        rather than ordinary e-mail. Reported by [[name:Faith Osei-Bonsu]], {{Family Support Worker}}.
    """)),
    ("social_care", "incident", block("""
        Professionals meeting - [[name:Olek]] and [[name:Zofia Brzezinska]]
        Date: [[date:12 December 2024]], {{Civic Centre}}, Room 4
        Present: [[name:Ifeoma Chukwu]] ({{Young Carers Team Manager}}, chair), [[name:Grace Liddle]]
        ({{social worker}}, {{Children's Services}}), Dr [[name:Hamid Rahimi]] ({{GP}},
        [[organisation:Fernbank Surgery]]), [[name:Colm]] ({{recovery worker}},
        [[organisation:Harnley Recovery Partnership]]), [[name:Jess Tan]] ({{Year 6}} teacher,
        [[organisation:Holmfield Juniors]])
        Apologies: {{School Nurse}}; [[name:Marek Brzezinski]] (dad)
        Minutes: [[name:J. Tan]]

        1. On [[date:6/12]] mum ([[name:Ewa]]) was found {{unresponsive}} by [[name:Olek]] ([[age:10]])
        after using {{heroin}}. [[name:Olek]] rang {{999}} and the call handler talked him through the
        {{recovery position}}. Crew gave {{naloxone}}. [[name:Zofia]] ([[age:4]]) was in the house.
        2. [[name:Olek]] told his {{young carers worker}} in {{November}} that mum was "using again" but
        this was not passed on - recorded as a {{missed opportunity}}.
        3. Actions: {{strategy discussion}} held [[date:9/12]] (ref [[case_reference:CS-88214]]);
        {{naloxone kit}} in the home and training for dad; {{1:1}} sessions for [[name:Olek]].
    """)),
    ("social_care", "success", block("""
        HANDOVER  {{Fri}} pm -> weekend {{on-call}}
        from: [[name:siân]]   to: [[name:Marcus]]

        * [[name:Aaliyah D]] ([[age:14]]) - GOOD NEWS. mum's {{occupational therapy}} visit finally
          happened today, {{stairlift}} being fitted [[date:Weds 27th]]. [[name:Aaliyah]] won't have to
          help mum on the stairs at night any more. she cried (happy ones). credit to [[name:Basia]]
          at {{adult social care}} who chased it 3 times.
        * [[name:Kofi]] + [[name:Ama Asante]] - {{respite}} sleepover at [[organisation:Harnley YMCA]]
          confirmed for [[date:sat 30 Nov]], {{consent}} signed. dad's {{dialysis}} moved to mornings
          so he can collect.
        * nothing else for {{out of hours}}. phone charged, {{lone working}} app logged in.

        ta - [[name:SM]]
    """)),
    ("social_care", "incident", block("""
        WhatsApp export - HYC Trip Staff 🚌 - [[date:16/08/2024]]
        Trip: [[organisation:Ridgeway Activity Centre]]

        [13:02] [[name:Dom Whitely]]: has anyone got [[name:Leo]]? not at the {{climbing wall}}
        [13:03] [[name:Rose]]: no he was with [[name:Zainab]]'s group at {{lunch}}
        [13:03] [[name:Zainab Qureshi]]: not with me, ive got 6 at the {{canoes}}
        [13:05] [[name:Dom Whitely]]: telling {{centre staff}} now. starting search
        [13:11] [[name:Rose]]: checked {{toilets}} + {{minibus}}
        [13:19] [[name:Dom Whitely]]: FOUND. in the {{first aid room}} - felt sick, an instructor took him in but didnt radio us
        [13:20] [[name:Zainab Qureshi]]: thank god 🙏
        [13:26] [[name:Dom Whitely]]: [[name:Leo]] ([[age:11]]) ok, rang his {{nan}} (main carer while mum is in {{rehab}}). doing {{incident form}} tonight. headcount at every {{activity change}} from now on
    """)),
    ("social_care", "near_miss", block("""
        Trip register reconciliation - {{cinema}} trip, [[organisation:Starlight Cinema]] - [[date:2 Nov 2024]]
        Compiled by [[name:Teodora Ilieva]]

        Name              | Age | {{Consent}} | Bus list | Collected by
        [[name:Mason Brierley]]    | [[age:12]]  | Y       | Y        | {{grandad}}
        [[name:Lily-Rose Tait]]    | [[age:8]]   | N       | Y        | mum
        [[name:Bartek Nowicki]]    | [[age:10]]  | Y       | N        | {{taxi}} ([[organisation:Halo Cabs]])
        [[name:Hope Adebayo]]      | [[age:9]]   | Y       | Y        | {{aunt}}

        Found at {{pick-up}}: [[name:Lily-Rose]]'s consent was for the {{summer}} trip, not this one -
        mum gave {{verbal consent}} by phone before we set off. [[name:Bartek]] was missing from the bus
        list so his taxi was booked back to {{the hub}}, not the cinema - rebooked. No child left
        anywhere. Suggest the {{register}} is printed from one list, not three.
    """)),
    ("social_care", "incident", prose("""
        Summary: On [[date:Monday 18 November 2024]] [[name:Callum Fairweather]] ([[age:15]]) did not
        attend [[organisation:Greenhowe High School]]. His mother, [[name:Lorna Fairweather]], who has
        {{multiple sclerosis}}, had fallen in the {{bathroom}} at about {{06:00}} and [[name:Callum]]
        stayed with her until the {{ambulance}} arrived at {{11:40}}. The school's
        {{first day absence}} call went to [[name:Lorna]]'s mobile ([[phone:07700 900731]]), which was on
        the bathroom floor. Nobody contacted the {{young carers service}} until [[date:20 November]],
        when [[name:Callum]] told his {{PE teacher}}. Contributory factors: the school had [[name:Callum]]
        on its {{young carers register}} but the flag did not show on the {{attendance system}}; the
        family's {{emergency plan}} listed {{uncle}} [[name:Graham]] ([[phone:01484 496055]]) but nobody
        had a copy. Learning: schools to ring the second contact on the emergency plan after one
        unanswered call. Reported by [[name:Dele]], {{Senior Practitioner}},
        [[organisation:Harnley Young Carers]].
    """)),
    ("social_care", "success", block("""
        Family feedback card (scanned) - received [[date:3 Dec]]
        Your name: [[name:Faith Mulligan]]
        Who did you work with? [[name:Hope]] and [[name:Mark]] from {{young carers}}
        What went well?
        "my two [[name:Joy]] ([[age:12]]) and [[name:Bill]] ([[age:9]]) have been carring for me since
        my {{stroke}}. [[name:Hope]] sorted the {{young carers assesment}} and got them on the
        {{Saturday club}}. [[name:Mark]] took them to the {{panto}} at [[organisation:Harnley Playhouse]]
        and picked them up from my sisters after. first time in 2 yrs they have just been kids.
        [[name:Joy]] says she wants to be a {{youth worker}} like [[name:Hope]]"
        Anything we could do better? "the {{bus pass}} form was confusing"
        Logged by: [[name:N. Greenhalgh]], {{admin}}   Ref: [[case_reference:HYC-FB-0093]]
    """)),
    ("social_care", "near_miss", prose("""
        HV w/ [[name:jb]] to [[address:flat 9 Ingram Court]] 2pm. {{dad}} ([[name:Shaun]]) answered,
        clearly under the influence, {{pinned pupils}}. [[name:Tyler]] ([[age:12]]) in living room doing
        homework, used {{needle}} + {{foil}} on the coffee table right next to him. no {{sharps bin}}.
        i nearly put my bag down on it!! came out + rang {{duty}} from the car. {{lone working}} buddy
        ([[name:Aoife]]) didnt pick up 1st time. learning: shd have been a {{joint visit}} w/ the
        {{drug and alcohol}} worker, flagged on system as {{risk}} since [[date:Sept 3rd]] but not on
        the visit sheet. {{CP}} referral done [[case_reference:MASH-24-12660]]. [[name:Tyler]]'s
        {{young carers}} worker told. - [[name:Nadia]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Kwame Boateng]]
        Sent: [[date:28 October 2024]] 09:47
        To: {{Information Governance}} <[[email:infogov@harnley.gov.uk]]>
        Cc: [[name:Laura Fitzpatrick-Byrne]]
        Subject: Data incident - respite trip photo

        Hi,

        Reporting a breach. On {{Saturday}} ([[date:26/10]]) a volunteer, [[name:Bryony]], posted a group
        photo from our {{Halloween}} respite party on her own {{Instagram}}. Three young carers were
        identifiable, including [[name:Sienna Hartley]] ([[age:aged 11]]), who is {{looked after}} and must
        not be photographed at all. Two children were wearing [[organisation:Castlegate Primary]] jumpers.

        [[name:Bryony]] took it down within 40 minutes when [[name:Laura]] asked her. 59 views.
        [[name:Sienna]]'s {{foster carer}} and the {{IRO}} have been told. [[name:Bryony]] had not done the
        {{volunteer induction}} ({{GDPR}} section) because it was cancelled in {{September}}.

        IG ref please?

        [[name:Kwame Boateng]]
        {{Team Leader}}, [[organisation:Harnley Young Carers]]
        Tel [[phone:01422 496207]]
    """)),
    ("social_care", "success", prose("""
        Learning review - {{school liaison}} pilot, {{Autumn term}}. Between [[date:2 September]] and
        [[date:20 December 2024]] our school liaison worker, [[name:Olusegun Adeyemi-Clarke]]
        ("[[name:Shegs]]"), met the {{Young Carers Lead}} at six schools, including
        [[organisation:St Aidan's RC Primary]], [[organisation:Moorside Academy]] and
        [[organisation:Holmfield Juniors]]. Each school now has a named lead, a
        {{young carers register}} linked to its {{MIS}}, and a {{quiet room}} at lunch. Identified
        young carers rose from 31 to 58. Two {{hidden carers}} - a [[age:7-year-old]] looking after a
        {{Deaf}} parent and a boy caring for a brother with {{autism}} - were only found because
        teachers used the new {{conversation prompts}}. What worked: short {{drop-ins}} rather than
        training days; {{Heads}} signing the {{memorandum}}; [[name:Shegs]]'s habit of remembering
        every child's name. What to keep: fund the post beyond [[date:March 2025]]. Author:
        [[name:Ruth Ogunleye-Marsh]], {{Service Manager}}, [[organisation:Harnley Council]].
    """)),
    ("social_care", "near_miss", block("""
        Transport near miss - [[organisation:Halo Cabs]] - [[date:Weds 13 Nov]]

        15:15  Taxi ([[vehicle_registration:YJ68 KTU]], driver [[name:Imran]]) at [[organisation:Kingfisher Primary]]
               to collect "[[name:Ali]], {{Year 5}}" for {{young carers club}}.
        15:18  {{Office}} bring out [[name:Ali Hussain]] ([[age:9]]). Our booking was for [[name:Ali Demir]]
               ([[age:9]]), also {{Y5}}.
        15:20  [[name:Ali Hussain]]'s {{TA}} (Miss [[name:Kerr]]) asks why he is going in a taxi - he walks
               home with his {{big sister}}. Checks the {{booking form}}: wrong child.
        15:24  [[name:Ali Hussain]] back in class; [[name:Ali Demir]] brought out. Taxi leaves 15:31.
        15:40  Booking [[case_reference:HC-77120]] checked - our request only said "[[name:Ali]], Y5".

        Learning: full name + photo on every transport booking; {{school office}} to check against the
        {{booking sheet}}. Reported by [[name:Temi]] ({{admin}}).
    """)),
    ("social_care", "incident", block("""
        #hyc-safeguarding (Slack export)
        [[name:kasia.w]]  10:02  flagging: [[name:Demi-Leigh]] ([[age:14]]) told me at group last night she "does mum's {{methadone}}" most mornings - measures it from the bottle
        [[name:kasia.w]]  10:03  mum is [[name:Kerry Hollins]], DOB [[date_of_birth:11/04/1988]], {{take-home doses}} from the {{chemist}} on [[address:Bank St]]
        [[name:lucas.ferreira]]  10:05  thats a big one. is the {{recovery service}} aware? she's meant to be on {{supervised consumption}}
        [[name:kasia.w]]  10:06  dont know. [[name:DL]] says the bottle lives on top of the fridge, little brother ([[name:Jayden]], [[age:5]]) can climb up to it
        [[name:lucas.ferreira]]  10:08  ok {{CP}} risk - ring {{MASH}} now, I'll call her {{keyworker}} at [[organisation:Harnley Recovery Partnership]]
        [[name:kasia.w]]  10:31  ref [[case_reference:MASH-24-13002]]. {{strategy}} tomorrow
        [[name:lucas.ferreira]]  10:33  keyworker says she came off supervised 3 wks ago. they're bringing a {{lockable box}} today
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        drv [[name:gaz]] left {{CD}} bag ({{oxycodone}} 10mg + {{Oramorph}}) with the neighbour at
        [[address:22 Brook Lane]], [[postcode:OL14 7DX]] as pt Mr [[name:Pilkington]] didnt answer.
        neighbour signed the {{delivery sheet}} as "[[name:Bev]]". pt's daughter rang the shop 5pm
        asking where meds were, had to go + get them back off neighbour. all there, checked against
        {{CD register}} w/ [[name:Anjali]] ({{RP}}). drivers told AGAIN - CDs never left with
        neighbours, bring back to [[organisation:Wellfield Pharmacy]] + card thru door. {{SOP}} now
        stuck on van dash. [[name:gaz]] v apologetic, says the {{delivery app}} didnt show the
        {{CD flag}}. ref [[case_reference:WP-IR-2024-061]]
    """)),
    ("health", "near_miss", prose("""
        During the {{final accuracy check}} on [[date:Wednesday 9 October 2024]] our {{ACT}},
        [[name:Lwazi Dube]], found that the {{monitored dosage system}} ({{MDS}}) tray for
        Mrs [[name:Edna Whitworth]] (NHS [[nhs_number:485 777 3457]]; [[organisation:Larkspur Lodge]]
        {{care home}}, room 14) had {{warfarin}} 5mg in the {{teatime}} slot, although the
        {{INR}} clinic had reduced her dose to 3mg on [[date:3 October]]. The dosing letter from
        [[organisation:Kingsmead Medical Practice]] had been scanned to the {{PMR}} but the
        {{repeat template}} still showed 5mg. The tray was stripped and re-made by the
        {{pharmacist}}, [[name:Ciarán Ó Súilleabháin]], before it left the {{dispensary}}.
        Mrs [[name:Whitworth]] received no wrong doses. Learning: dose changes from the
        {{anticoagulation clinic}} now go on a change log checked before every MDS batch, and we have
        asked the surgery to send changes through {{EPS}} rather than by letter. Incident number
        [[case_reference:WP-3391]].
    """)),
    ("health", "success", block("""
        From: [[name:Delphine Mavroudis]] <[[email:manager@oakhavencare.co.uk]]>
        To: [[organisation:Wellfield Pharmacy]] <[[email:wellfield.pharmacy@nhs.net]]>
        Date: [[date:19 Nov 2024]], 11:26
        Subject: Thank you - {{Saturday}} delivery

        Dear all,

        Please pass on our thanks to your driver [[name:Sunny]] (I think it's [[name:Sundeep]]?) and to
        [[name:Kasim]] in the {{dispensary}}. On [[date:Saturday 16th]] one of our residents,
        Mr [[name:Arthur Penrose]], came back from [[organisation:Harnley General Hospital]] with no
        {{anticipatory medicines}}. The {{GP}} at [[organisation:Kingsmead]] sent the prescription at
        4.10pm; [[name:Kasim]] dispensed the {{midazolam}} and {{morphine}} injections and [[name:Sunny]]
        had them with us by 5.15pm, so the {{district nurses}} could set up the {{syringe driver}}
        before the evening. [[name:Arthur]] died peacefully on {{Sunday}} with his family around him.
        His daughter asked me to say thank you.

        Best wishes,
        [[name:Delphine]]

        [[name:Delphine Mavroudis]], {{Registered Manager}}
        [[organisation:Oakhaven Care Home]], [[address:3 Hebble Road]], [[postcode:HX2 8PL]] | [[phone:01422 496340]]
    """)),
    ("health", "incident", block("""
        Supervised consumption - wrong dose - [[date:Tues 5th Nov]]
        Compiled by [[name:Hollie Bramwell]] ({{pharmacist}}) for the {{CD Accountable Officer}}

        08:32  [[name:Dean H]] and [[name:Dean M]] - two {{methadone}} clients, same first name - in the shop together.
        08:34  {{Dispenser}} [[name:Marisol]] selected the wrong profile on the {{Methameasure}} pump.
               [[name:Dean H]] (prescribed 40ml) was given 85ml, which is [[name:Dean M]]'s dose.
        08:36  Noticed when recording in the {{CD register}}.
        08:38  Pharmacist assessed. Rang {{prescriber}} at [[organisation:Harnley Recovery Partnership]].
               Advised {{A&E}} if drowsy; patient declined an {{ambulance}}. Partner ([[name:Kelly]],
               [[phone:07700 900289]]) collected him and agreed to watch him.
        12:05  Follow-up call - alert, no {{respiratory depression}} signs.

        Learning: two identifiers (name + DOB) at the hatch every time; photos on pump profiles.
        Ref [[case_reference:WP-IR-2024-074]].
    """)),
    ("health", "near_miss", block("""
        NEAR MISS RECORD - [[organisation:Wellfield Pharmacy]]
        Ref: [[case_reference:WP-NM-0219]]        Date: [[date:14/01/2025]]
        Patient A: Mr [[name:Joseph Oyelowo]]   DOB: [[date_of_birth:22/07/1941]]   NHS No: [[nhs_number:612 408 3957]]
        Patient B: Mrs [[name:Abimbola Oyelowo]]   DOB: [[date_of_birth:09/12/1944]]   NHS No: [[nhs_number:730 551 9286]]
        Address (both): [[address:5 Greenroyd Avenue, Harnley]] [[postcode:HX3 6BJ]]
        Items: Mr [[name:Oyelowo]]'s {{bisoprolol}} 5mg and Mrs [[name:Oyelowo]]'s {{amlodipine}} 5mg bagged
        in each other's bags - labels swapped.
        Found by: [[name:Lerato]] ({{ACT}}) at the {{bag check}} before {{delivery}}.
        Outcome: re-bagged, no harm.
        Contributing factors: same surname, same address, same {{repeat}} day, labels printed
        together; {{dispenser}} interrupted by a phone call.
        Action: couples bagged one at a time; first name highlighted on the {{bag label}}.
    """)),
    ("health", "incident", block("""
        WhatsApp: Wellfield Drivers 🚐
        [14:12] [[name:Gaz]]: van done over on [[address:Mill St]] while i was at a drop 😡 passenger window smashed
        [14:12] [[name:Gaz]]: reg [[vehicle_registration:YK19 HTD]] if anyone needs it for {{insurance}}
        [14:13] [[name:Priyanka]] (shop): are u ok?? whats gone
        [14:14] [[name:Gaz]]: im fine. {{tote box}} gone, 6 bags in it. no {{CDs}} thank god they were in the {{lockbox}}
        [14:16] [[name:Priyanka]] (shop): ok ring {{101}} and get a crime no. ill print the {{delivery list}}
        [14:31] [[name:Gaz]]: crime ref [[case_reference:13/99872/24]]. bags were for [[organisation:Oakhaven]] + 4 houses on the {{round}}
        [14:40] [[name:Priyanka]] (shop): list = Mrs [[name:Sutcliffe]], Mr [[name:Abara]], [[name:Jan Nowak]], [[name:Maureen Tetley]] + [[organisation:Oakhaven]] x2. all {{blister packs}} + {{inhalers}}. re-dispensing now, will have to tell them their names n addresses were on the bags
        [14:42] [[name:Mo]]: ill do the [[organisation:Oakhaven]] run when im back
    """)),
    ("health", "success", block("""
        [[name:Anjali Raman]]  11:02
        Shout-out 🌟 to [[name:Will]] on the {{counter}} yesterday. Mrs [[name:Doreen Shackleton]] came in
        for {{co-codamol}} for the third time that week. [[name:Will]] asked the {{WWHAM}} questions and
        found she was also taking {{paracetamol}} on top for her knee - well over the
        {{maximum daily dose}}. He brought her to me, I rang [[organisation:Kingsmead Medical Practice]]
        and she got a {{same-day appointment}}. {{LFTs}} came back fine and she's been referred to
        {{physio}}. Proper {{pharmacy first}} stuff 👏

        [[name:Tunde O.]]  11:05
        great catch [[name:Will]]

        [[name:Bea]]  11:07
        logged as an {{intervention}} on the {{PMR}} 👍
    """)),
    ("health", "incident", block("""
        [[organisation:Wellfield Pharmacy]] - {{CD}} discrepancy meeting
        Date: [[date:28 November 2024]], 13:30, {{consultation room}}
        Attendees: [[name:Anjali Raman]] ({{Superintendent Pharmacist}}), [[name:Hollie Bramwell]] (pharmacist),
        [[name:Lwazi Dube]] ({{ACT}}), [[name:Grace Amankwah]] ({{dispenser}})
        Apologies: [[name:Mo Siddiqui]] ({{driver}})

        1. Discrepancy: {{running balance}} for {{MST Continus}} 30mg showed 56, physical count 28 at
           the {{weekly CD check}} on [[date:25/11]].
        2. Investigation: 28 tablets supplied to Mrs [[name:Hilda Garside]] ([[organisation:Larkspur Lodge]])
           on [[date:21/11]] were entered on the 60mg page in error. Both balances now reconcile.
        3. Reported to the {{CD Accountable Officer}} at the {{ICB}}, ref [[case_reference:CDAO-HN-4410]].
        4. Actions: second-person check on every CD entry; [[name:Grace]] to redo the
           {{electronic CD register}} training; next full {{balance check}} {{Monday}}.
    """)),
    ("health", "near_miss", block("""
        {{Fridge}} temp log - {{dispensary}} fridge 2 - w/c [[date:4 Nov 2024]]

        Date       | Time  | Min | Max  | Now | Init | Action
        [[date:04/11/24]]   | 09:05 | 3.1 | 7.4  | 4.2 | [[name:HB]]   | -
        [[date:05/11/24]]   | 09:02 | 2.9 | 7.6  | 4.0 | [[name:LD]]   | -
        [[date:06/11/24]]   | 09:10 | 2.8 | 11.3 | 9.6 | [[name:GA]]   | door ajar - see note
        [[date:07/11/24]]   | 09:01 | 3.0 | 7.5  | 4.4 | [[name:HB]]   | -

        Note ([[name:GA]], [[date:06/11]]): door left ajar overnight after the late {{wholesaler}} delivery.
        {{Data logger}} shows above 8°C for about 5h. Stock {{quarantined}}: 12 {{flu vaccines}} and
        {{insulin}} for two patients, one being Mr [[name:Kowalczyk]] (due to collect 10am). Checked
        with the manufacturer's {{medical information}} line - insulin OK under
        {{stability data}}, vaccines destroyed. Mr [[name:Kowalczyk]] told about a 1h delay. Nothing
        out of range given to a patient. {{Door alarm}} fitted [[date:8/11]].
    """)),
    ("health", "incident", block("""
        From: [[organisation:Wellfield Pharmacy]] <[[email:wellfield.pharmacy@nhs.net]]>
        To: [[organisation:Kingsmead Medical Practice]] - Prescriptions <[[email:kingsmead.scripts@nhs.net]]>
        Date: [[date:Mon 2 December 2024]] 10:14
        Subject: URGENT - prescription issued to wrong patient

        Hi [[name:Rukhsana]],

        We've received an {{EPS}} prescription for {{sertraline}} 100mg for Mr [[name:Ibrahim Sesay]]
        (DOB [[date_of_birth:14/02/1979]], NHS [[nhs_number:401 296 7339]]). Mr [[name:Sesay]] came in this
        morning and says he has never been prescribed it - his {{repeat}} is {{salbutamol}} only. We
        think it was meant for another [[name:Ibrahim]] at the practice: the note on the script mentions
        a {{medication review}} with Dr [[name:Lomax]] on [[date:27/11]], which Mr [[name:Sesay]] did not have.

        We have NOT supplied it. This is the second time this month an item has gone on the wrong
        record. Could you check and let us know? Logged as [[case_reference:WP-IR-2024-088]] and
        reported on {{LFPSE}}.

        Thanks,
        [[name:Hollie]]

        [[name:Hollie Bramwell]] {{MPharm}}
        {{Pharmacist}} | [[organisation:Wellfield Pharmacy]] | [[phone:0161 496 0734]]
    """)),
    ("health", "success", block("""
        Handover - {{late}} to {{early}} - [[date:Thurs 12 Dec]]

        - Mrs [[name:Ng]]'s {{clarithromycin}} from the {{out of hours}} GP would have interacted with her
          {{simvastatin}}. [[name:Tunde]] caught it at {{clinical check}}, rang the {{OOH}} doctor, switched to
          {{doxycycline}}. [[name:Bea]] put it on as an {{intervention}}. nice one [[name:Tunde]] 👍
        - [[name:Ollie Grant]] - new {{Dosette}} start {{fri}}, surgery sending script.
        - {{CD cabinet}} keys with the {{RP}}.
        - [[organisation:Larkspur Lodge]] order 90% done, 3 {{owings}} ({{Movicol}} x2, {{Fortisip}}).
    """)),
    ("health", "near_miss", prose("""
        new driver ([[name:ricky]]) went to [[address:Rosedene, Moor Lane]] instead of
        [[address:Rosedean, Moor Lane]] - 2 bungalows 50m apart lol. lady at [[address:rosedene]] was
        about to sign for it then saw the name on the bag wasnt hers (was for Mr [[name:Fenwick]],
        [[age:91]], {{blister pack}} + {{GTN spray}}). [[name:ricky]] took it to the right house. no harm
        but cld have been bad - mr [[name:fenwick]] lives alone + has {{dementia}}. the {{delivery app}}
        only had [[postcode:HX7 2AN]] for both + no {{house number}}. learning: house name AND
        {{postcode}} on the app, drivers check name on bag vs name at the {{door}}. - [[name:PR]]
    """)),
    ("health", "incident", prose("""
        Incident report [[case_reference:WP-IR-2024-079]]. Following discharge from
        [[organisation:Harnley General Hospital]] ({{Ward 7}}) on [[date:Friday 22 November]],
        Mr [[name:Reginald Oduya]] (NHS [[nhs_number:559 024 1863]]) returned to
        [[organisation:Oakhaven Care Home]]. The {{discharge letter}} ({{TTO}}) stopped {{digoxin}} and
        started {{bisoprolol}} 2.5mg. We received a {{Discharge Medicines Service}} referral but it sat
        in the shared {{NHSmail}} inbox over the weekend. On [[date:25 November]] we produced the new
        {{MAR chart}} from the old repeat, still including digoxin, and the care home gave both drugs
        for three days. On [[date:28 November]] the {{district nurse}}, [[name:Siobhan]], found his
        pulse was 48 and called the GP. He was reviewed and there was no lasting harm. Contributing
        factors: nobody owns the shared inbox at weekends; MAR charts can be printed without checking
        for a discharge referral. Learning: DMS referrals checked at opening every day, and the
        {{MAR}} print screen now asks "any discharge in the last 14 days?". Reported by
        [[name:Anjali Raman]], {{Superintendent}}.
    """)),
    ("health", "success", block("""
        Thank-you card pinned on the staff board

        To [[name:Bill]] the delivery man and everyone at [[organisation:Wellfield]],
        Thank you for looking after my [[name:Frank]] this year. When we were snowed in on
        [[date:8th January]] [[name:Bill]] walked up the hill with [[name:Frank]]'s {{insulin}} and
        {{tablets}} because the van couldn't get up. He always has time for a chat and in {{October}}
        he noticed [[name:Frank]] was {{confused}} and rang our daughter [[name:Grace]]. It was a
        {{water infection}} and he was better in a week. You are all stars.
        Love from [[name:Rose]] and [[name:Frank Whiteley]], [[address:17 Top o' th' Hill Road]]
        {{PS}} the {{Christmas}} cake is for the shop

        (posted up by [[name:Priyanka]] - [[name:Bill]] you legend 👏)
    """)),
    ("health", "near_miss", block("""
        Call note - [[organisation:Wellfield Pharmacy]] - [[date:10 Jan 2025]] 16:48
        Caller: man giving name "[[name:Darren Kettlewell]]", DOB [[date_of_birth:30/09/1985]]
        Staff: [[name:Bea]] ({{counter}})

        Caller: I need to pick up my {{pregabalin}} today, I'm off to {{Spain}} tomorrow.
        [[name:Bea]]: Your next supply isn't due until the [[date:17th]].
        Caller: The doctor said it's fine. Ring Dr [[name:Mahmood]].
        [[name:Bea]]: I'll need to speak to the {{pharmacist}}. Can I take a number?
        Caller: [[phone:07700 900854]]. [call ended]

        Note ([[name:Hollie Bramwell]], pharmacist): that number is not on Mr [[name:Kettlewell]]'s record,
        and Mr [[name:Kettlewell]] collected his last supply in person on [[date:3/1]].
        [[organisation:Kingsmead]] confirm there is no Dr [[name:Mahmood]] at the practice. Possible attempt
        to obtain a {{Schedule 3}} {{CD}} by deception. Not supplied. Mr [[name:Kettlewell]] told - he
        thinks his brother used his details. Logged [[case_reference:WP-CD-0112]], reported to the
        {{CD Accountable Officer}}.
    """)),
    ("health", "incident", block("""
        Driver injury - dog bite - [[date:Thurs 21 Nov 2024]]
        Driver: [[name:Mohammed]] ([[name:Mo]]) [[name:Siddiqui]]   Van: [[vehicle_registration:YE21 WFP]]

        11:20  Arrived [[address:8 Alder Street]], [[postcode:HX1 4TG]] (Mrs [[name:Yasmin Rafiq]], weekly {{blister pack}}).
        11:21  Side gate open. Large dog ran out and bit [[name:Mo]]'s left forearm.
        11:25  Mrs [[name:Rafiq]]'s son called the dog off. Meds handed over.
        11:40  [[name:Mo]] rang the shop, spoke to [[name:Grace]], who told him to go straight to the {{walk-in centre}}.
        12:10  Seen - wound cleaned, {{tetanus}} booster, {{co-amoxiclav}} started.
        14:00  [[name:Mo]] home. Rest of {{round}} covered by [[name:Gaz]].

        Learning: {{dog warning}} flag added to the {{delivery app}} for this address; drivers can
        refuse to enter a garden with a loose dog. {{RIDDOR}}: not reportable unless off more than
        7 days. Ref [[case_reference:WP-HS-0019]].
    """)),
    ("health", "success", prose("""
        Learning from excellence - {{care home}} medicines review at [[organisation:Larkspur Lodge]].
        Between [[date:7 October]] and [[date:1 November 2024]] our {{pharmacy technician}},
        [[name:Lwazi Dube]], went through every resident's {{MAR chart}} and {{blister packs}} with the
        {{deputy manager}}, [[name:Marguerite]]. She found 11 residents with {{PRN}} items that had not
        been given in six months and two residents on duplicate {{calcium}} and {{vitamin D}}.
        Dr [[name:Kaur]] at [[organisation:Kingsmead Medical Practice]] stopped 23 items after a
        {{structured medication review}}. The morning {{medication round}} is now 40 minutes shorter and
        there is less waste. What made it work: [[name:Lwazi]] booked protected time, took the
        {{PMR}} printouts with him and sat with staff rather than sending a list. We would like to
        repeat this at [[organisation:Oakhaven Care Home]]. Author: [[name:Hollie Bramwell]], {{pharmacist}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        Transcript - {{pushback}} from {{stand 6}}, [[flight_number:CB412]] ([[aircraft_registration:G-OCBE]], {{A320}}), [[date:14 Feb 2025]]
        Reconstructed from the {{ground frequency}} recording and {{headset}} statements.

        06:52:10  FLIGHT DECK: Ground, [[flight_number:Cobalt four one two]], stand 6, request push and start.
        06:52:18  GND: [[flight_number:Cobalt four one two]], push and start approved, face east.
        06:52:30  TUG ([[name:Ravi]]): Brakes released, pushing.
        06:53:05  WING WALKER ([[name:Kieran]]): STOP STOP STOP - {{shear pin}}!
        06:53:08  TUG: Stopping. Flight deck, set {{parking brake}}.
        06:53:15  FLIGHT DECK: Parking brake set.

        Narrative: the {{towbar}} shear pin failed in the turn and the aircraft rolled about 1m
        before the brake was set. No contact with the tug. The towbar had been swapped from the
        {{ATR}} fleet and was the wrong type for the A320. {{TC}} [[name:Aleksandra Wójcik]] stopped the
        turn and called engineering. [[organisation:Cobalt Air]] informed; {{MOR}} filed, internal ref
        [[case_reference:EGH-OR-25-014]].
    """)),
    ("aviation", "near_miss", prose("""
        [[flight_number:HN231]] on stand 3, {{ATR 72}}, [[aircraft_registration:G-HRNE]]. new starter
        ([[name:ellis]]) drove the {{belt loader}} towards the {{rear cargo door}} b4 the
        {{anti-collision beacon}} was off. no.2 engine still running (they were in {{hotel mode}} but
        the {{captain}} hadnt confirmed it to ground). [[name:bogdan]] waved him off with about 5m to
        spare. [[name:ellis]] said nobody told him about hotel mode on {{ATRs}}. think it shd be in
        the {{induction}} + on the {{stand brief}} card. hes ok but shaken. - [[name:marty]] ({{ramp TL}})
    """)),
    ("aviation", "success", block("""
        From: [[name:Halima Benali]] <[[email:h.benali@eastmoorgh.co.uk]]>
        To: Ramp Team - [[organisation:Eastmoor Ground Handling]]
        Date: [[date:9 December 2024]] 08:12
        Subject: Well done - {{Storm Isolde}} night shift

        Team,

        On {{Saturday}} night the night crew kept three diverted aircraft safe during {{Storm Isolde}}.
        Special thanks to [[name:Wojciech]] and [[name:Chiamaka]], who double-chocked and tied down the
        {{Dash 8}} ([[aircraft_registration:G-BWRN]]) in gusts of 55kt, and to [[name:Pete]] "[[name:Tank]]"
        [[name:Lomas]], who repositioned [[flight_number:HN406]] and [[flight_number:CB588]] onto the
        sheltered {{stands}} with the {{tow tractor}} before the worst of it. No damage, no injuries,
        and both aircraft left on time on {{Sunday}}. This is exactly the {{Safety-I}} and
        {{Safety-II}} stuff the {{CAA}} keeps asking us about.

        Thank you all,
        [[name:Halima]]

        [[name:Halima Benali]]
        {{Station Manager}}, [[organisation:Eastmoor Ground Handling Ltd]]
        [[phone:01632 960418]]
    """)),
    ("aviation", "incident", block("""
        Incident chronology - ref [[case_reference:EGH-OR-24-211]]
        Aircraft: [[aircraft_registration:G-OCBF]] ({{A320}}), [[organisation:Cobalt Air]], flight [[flight_number:CB913]]

        10:12  On {{stand 2}}, {{chocks}} in, {{beacon}} off.
        10:15  {{Belt loader}} (operator [[name:Nathaniel Crowther]]) positioned at the {{forward hold}}.
        10:31  Loading complete. [[name:Nathaniel]] reversed without fully lowering the belt; the
               {{guide rail}} caught the lower edge of the {{cargo door}}.
        10:33  [[name:Nathaniel]] reported it to the {{TC}} ([[name:Sofía Márquez]]) straight away.
        10:35  [[name:Sofía]] told the {{captain}} and [[organisation:Cobalt]] {{MCC}}; engineering called.
        11:20  {{Licensed engineer}} found a 4cm dent on the door frame. Aircraft {{AOG}}; passengers
               offloaded and rebooked onto [[flight_number:CB915]].

        Learning: belt fully down before reversing, {{banksman}} for every reverse near the fuselage.
        [[name:Nathaniel]] reported immediately - {{just culture}} applies.
        Reporter: [[name:S. Márquez]]
    """)),
    ("aviation", "near_miss", block("""
        DE-ICING NEAR MISS FORM
        Report no: [[case_reference:EGH-DI-0033]]
        Date: [[date:03/01/2025]]   Time: 06:10
        Flight: [[flight_number:HN118]]   Reg: [[aircraft_registration:G-HRNC]]   Type: {{ATR 72-600}}
        Rig operator: [[name:Tomás Rivera-Lynch]]
        Coordinator: [[name:Babajide Ogunbanjo]] ("[[name:BJ]]")

        What happened: {{Type II}} fluid applied at 05:40 in {{freezing fog}}; {{holdover time}} from
        the table was 35 min. The aircraft then waited for a {{slot}}. At 06:10 [[name:BJ]] checked the
        {{HOT}} log, saw it had run out and called the flight deck before they started to taxi. The
        {{pre-take-off contamination check}} found ice on the wing. Aircraft returned to the
        {{de-icing pad}} for a second application.
        Why: nobody was tracking the HOT once the rig moved to the next aircraft.
        Suggested fix: countdown timer on the de-icing log tablet for every treated aircraft.
    """)),
    ("aviation", "incident", block("""
        Teams - Ramp Ops Eastmoor - [[date:22 Oct 2024]]
        [07:41] [[name:Sandeep Gill]]: {{FOD}} on stand 4 - a {{baggage dolly}} wheel under where the right wing was on [[aircraft_registration:G-OCBA]]
        [07:43] [[name:Mercy Adjei]]: which flight went off 4?
        [07:43] [[name:Sandeep Gill]]: [[flight_number:CB202]] at 07:30
        [07:44] [[name:Mercy Adjei]]: ok calling {{ATC}} for a {{runway inspection}} + [[organisation:Cobalt]] ops
        [07:52] [[name:Sandeep Gill]]: {{Airside Ops}} doing the inspection. stand 4 closed
        [08:05] [[name:Mercy Adjei]]: runway clear, nothing else found. [[flight_number:CB202]] crew told, no vibration reported
        [08:20] [[name:Sandeep Gill]]: wheel bolt sheared. all dollies getting checked today
        [08:21] [[name:Mercy Adjei]]: please raise the {{MOR}} + internal report. thanks [[name:Sandeep]]
    """)),
    ("aviation", "success", block("""
        Shift handover - {{earlies}} -> {{lates}} - [[date:Sun 17 Nov]]
        From: [[name:Chiamaka]] ({{duty TL}})   To: [[name:Jürgen]]

        - Good day. All 14 turns on time incl. [[flight_number:HN443]], a 25 min turn with 3 agents.
        - Shout for [[name:Faith]] on the {{GPU}} - spotted a {{hydraulic leak}} under belt loader
          {{BL-03}} on her {{walkround}} and took it out of service. Engineering found a split hose.
          That could have ended up on an aircraft.
        - {{Ambulift}} booked for [[flight_number:CB588]] 19:40 arrival, {{WCHC}} pax.
        - {{De-icing}} stocks: {{Type I}} 4,200L. Forecast {{frost}} tomorrow.
        - [[name:Rhys]] off sick, cover from [[name:Ana-Maria]].

        cheers, [[name:C]].
    """)),
    ("aviation", "near_miss", block("""
        Load discrepancy - [[flight_number:CB737]] ({{A321neo}}, [[aircraft_registration:G-OCBJ]]) - [[date:29/06/2024]]

        Hold | Loadsheet pcs | Actual pcs | Loadsheet kg | Actual kg
        1    | 38            | 38         | 610          | 610
        3    | 41            | 0          | 702          | 0
        4    | 22            | 63         | 355          | 1057
        5    | 9             | 9          | 140          | 140

        Found by the {{dispatcher}}, [[name:Krzysztof Wiśniewski]] ([[name:KW]]), on his final
        {{walkround}}: hold 3 empty, hold 4 full. Loader [[name:Jay]] had moved the bags because the
        hold 3 {{net}} was torn and told the {{TC}} verbally, but no {{LCM}} reached {{load control}}
        ([[name:Noor]]). The captain was about to sign a {{loadsheet}} with the wrong {{trim}}.
        [[name:KW]] held the doors and [[name:Noor]] reissued the loadsheet. 12 min delay.
        Learning: any change to the {{LIR}} means an LCM before loading carries on.
    """)),
    ("aviation", "incident", prose("""
        On [[date:Thursday 28 November 2024]] at about {{05:20}}, [[name:Osagie Eweka]], a
        {{tug driver}} with three years' service, slipped on {{black ice}} while climbing down from
        the {{towbarless tractor}} on {{Stand 9}}. He fell about a metre and fractured his left wrist.
        The apron had not been gritted because the {{gritter}} had been sent to Stands 1 to 5 first
        for the early {{departures}}. [[name:Osagie]] had not been issued {{ice grips}}; the winter kit
        order was still with {{Procurement}}. He was treated by the {{airport fire service}} and taken
        to [[organisation:Eastmoor Royal Infirmary]]. {{RIDDOR}} report submitted, ref
        [[case_reference:402871193]]. Actions: {{winter ops}} gritting plan to cover every stand in use
        before 05:00; ice grips issued to all ramp staff from [[date:2 December]]; refresher on
        {{three points of contact}} for tug and {{high loader}} cabs. [[name:Osagie]] is expected back
        on {{light duties}} in the new year. Report by [[name:Mercy Adjei]], {{Duty Manager}},
        [[organisation:Eastmoor Ground Handling]].
    """)),
    ("aviation", "success", block("""
        [[organisation:Eastmoor Ground Handling]] - Monthly {{Safety Action Group}}
        Date: [[date:15 January 2025]]   Venue: {{crew room}}, {{Terminal 1}}
        Attendees: [[name:Halima Benali]] (chair), [[name:Mercy Adjei]], [[name:Marty Dolan]], [[name:Sofía Márquez]],
        [[name:Ravi Chaudhary]] ({{union rep}}), [[name:Karl-Heinz Vogt]] ([[organisation:Heron Airways]] station rep)
        Apologies: [[name:Pete Lomas]]; {{Airside Ops}}

        1. {{Good catch}} award, {{December}}: [[name:Ellis Nkemelu]] for reporting his own near miss with
           the belt loader ([[case_reference:EGH-NM-24-087]]), which led to the {{ATR}} {{hotel mode}}
           briefing now in {{induction}}.
        2. Reporting: 31 reports in {{Q4}} against 12 in {{Q3}}. Nobody disciplined for an honest report.
        3. [[name:Karl-Heinz]] thanked the team for the 20-minute turn of [[flight_number:HN406]] on
           [[date:2/1]] after the {{bird strike}} inspection.
        4. AOB: new {{hi-vis}} sizes in stores.

        Minutes: [[name:M. Dolan]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - {{Ground}} - [[date:07 March 2025]]
        Vehicle callsign {{Ramp 5}} (driver [[name:Darius Farahani]])

        08:14:02  {{RAMP 5}}: Ground, {{Ramp 5}}, at {{Charlie}}, request cross {{taxiway Alpha}} to stand 12.
        08:14:10  GND: {{Ramp 5}}, hold position, ATR taxiing {{Alpha}} from your left.
        08:14:14  {{RAMP 5}}: Holding, {{Ramp 5}}.
        08:14:40  {{RAMP 5}}: {{Ramp 5}} crossing.
        08:14:42  GND: {{RAMP 5}} STOP STOP STOP.
        08:14:45  [[flight_number:HN231]]: [[flight_number:Heron two three one]], stopping.

        Narrative: [[name:Darius]] thought the ATR had passed. It had stopped short for a tug. His van
        stopped about 30m from the aircraft. {{ATC}} filed a {{MOR}}. [[name:Darius]] stood down from
        airside driving pending a {{refresher}}. He was on his fourth night in a row. Report by
        [[name:Marty Dolan]], {{ramp TL}}.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Jonas Vilkas]] <[[email:j.vilkas@eastmoorgh.co.uk]]>
        To: [[email:dgoffice@cobaltair.com]]
        Cc: [[name:Halima Benali]]
        Date: [[date:4 August 2024]] 18:22
        Subject: {{DG}} occurrence - [[flight_number:CB305]] - smoking bag in {{baggage hall}}

        Hi,

        At 16:50 ramp agent [[name:Hannah-Jo]] noticed {{smoke}} from a suitcase on the {{make-up belt}}
        (bag tag [[case_reference:0391 CB 448172]]). She pulled it off, used the {{fire blanket}} and the
        {{airport fire service}} attended. Cause was a {{power bank}} in checked baggage.
        Passenger Ms [[name:Oksana Hryhorenko]] was found at {{gate 5}} and told. No injuries.
        [[flight_number:CB305]] delayed 48 min while the hold was checked.

        {{DGOR}} attached; internal ref [[case_reference:EGH-DG-24-009]]. {{CAA}} notified via {{ECCAIRS}}.

        Regards,
        [[name:Jonas]]
        {{Baggage Supervisor}}, [[organisation:Eastmoor Ground Handling]]
    """)),
    ("aviation", "success", prose("""
        Note left in the {{crew room}}, [[date:Boxing Day]]. To the ramp team on {{nights}} - Captain
        [[name:Ingrid Solberg]] here, [[flight_number:HN449]] ([[aircraft_registration:G-HRND]]). Thank
        you for getting us out on time after the {{bird strike}} inspection. Your {{TC}} [[name:Joy]]
        had the {{fuel bowser}}, {{catering}} and the engineer lined up before we had even shut down,
        and [[name:Lenny]] on the tug gave the clearest {{pushback}} brief I've had all year. My
        {{first officer}}, [[name:Raj]], says the {{cabin crew}} noticed too. Please pass this on to
        your manager - it made a long {{Christmas}} shift a lot easier. - [[name:Ingrid]] (Capt,
        [[organisation:Heron Airways]])
    """)),
    ("aviation", "near_miss", prose("""
        [[flight_number:CB118]] arr stand 5 about 2215. engines off, {{beacon}} off, {{marshaller}}
        gave the {{chocks in}} sign but chocks werent actually in - [[name:jonno]] was still walking
        over with them. {{parking brake}} was on but capt released it for {{brake temps}} and the
        aircraft rolled maybe 30cm before they reapplied. nobody at the {{nose gear}} thank god.
        [[name:jonno]] thought [[name:deepa]] had done the fwd set. marshaller only signals chocks in
        when he SEES them from now on, and {{tech log}} crew reminded brakes stay on till the
        {{ground engineer}} confirms. - [[name:D.K.]]
    """)),
    ("aviation", "incident", block("""
        #eastmoor-baggage (Slack export, [[date:21 July 2024]])
        [[name:aisha.b]]  17:05  [[flight_number:CB588]] closed. just had a call - 6 bags for [[flight_number:HN406]] are in [[flight_number:CB588]] hold 1 😬
        [[name:tom.ng]]  17:06  how?? they were {{rush tags}}?
        [[name:aisha.b]]  17:07  no, normal tags. {{BRS}} scan showed {{unloaded}} but the {{cart}} went to the wrong stand
        [[name:fernando]]  17:09  [[flight_number:HN406]] already pushed. pax will have no bags
        [[name:aisha.b]]  17:12  raised with [[organisation:Heron Airways]] + {{WorldTracer}} file [[case_reference:EMAHN12345]]
        [[name:tom.ng]]  17:15  cart driver was [[name:Kemal]] - says the cart label said stand 8 not 6
        [[name:fernando]]  17:20  ill get the {{CCTV}} pulled. {{TC}} [[name:Ruth]] wants an {{MOR}}? or just internal
        [[name:aisha.b]]  17:21  internal + {{airline}}. not a safety one, no {{security}} issue as bags were reconciled
    """)),
    ("aviation", "success", prose("""
        Learning from excellence - {{PRM}} assistance, [[date:30 September 2024]]. Mr
        [[name:Fraser McAllister]] ([[age:aged 83]]) travelled on [[flight_number:HN512]] with
        {{motor neurone disease}} and a {{powered wheelchair}}. At check-in nobody knew how to isolate
        the chair's {{lithium battery}}. Ramp agent [[name:Yuki Tanabe]] found the manufacturer's
        guide on her phone, removed the battery safely, taped the terminals and, with the
        {{captain}}'s agreement, had it carried in the cabin as the {{IATA}} {{DGR}} require. She then
        made sure the chair went in the hold last so it came off first, and rang ahead so the
        {{ambulift}} was waiting. Mr [[name:McAllister]]'s wife, [[name:Morag]], wrote to say it was the
        first time in years his chair arrived undamaged. What made it work: [[name:Yuki]] took
        ownership rather than refusing the chair. Action: battery guide added to the {{PRM}} folder on
        every stand. Author: [[name:Halima Benali]], {{Station Manager}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind246", REPORTS))
