"""Held-out blind corpus 147: just-culture incident and learning reports from three UK settings.

Setting: a metropolitan council's multi-agency safeguarding hub (MASH) with its police and
health partners; a general practice's reception, prescribing and home-visit work; and an
airline's ramp agents, loaders and de-icing crews through a northern winter.

Style: the ordinary mix staff really type: rushed lower-case notes with typos, careful
narratives, chronologies and timelines, e-mails with signatures, Teams and WhatsApp-style chat,
incident forms with field labels, handover sheets, debrief notes, tech-log extracts and
shout-outs. Written blind, without sight of the system under test or of other corpora.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind147.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        On [[date:14 November]] the {{MASH}} received a {{PPN}} from {{police}} about a domestic
        abuse incident at [[address:27 Foxglove Rise]], [[postcode:LS9 7QE]]. The child,
        [[name:Kacper Nowak]] ([[age:6]]), was still recorded under the old address on {{Mosaic}}
        ([[case_reference:MOS-2211847]]) so the previous {{DA}} marker did not show and the
        {{RAG rating}} went through as amber rather than red. {{Duty manager}} [[name:Siobhan Keane]]
        picked it up the next morning when school rang. The {{strategy discussion}} was held within
        24 hours of that call but not of the original notification. Learning: address matching on
        Mosaic does not carry a DA marker across when a household moves, and we have asked the
        systems team to look at it. No harm to [[name:Kacper]] identified and {{mum}} has engaged
        well with the {{IDVA}}. Looking back at the chronology, the notification sat in the
        screening queue for just over 15 hours. The screener on the late shift was covering two
        roles that day and worked the queue in time order rather than by risk, which is what the
        guidance says but not what anyone does when busy. Nobody did anything
        wrong; the system let the marker fall through the gap and the staffing meant
        nobody had time to look twice. We will bring this to the next partnership learning review.
    """)),
    ("social_care", "near_miss", prose("""
        rang back re referral for [[name:amira]] - checked {{lcs}} and the dob on the referal was
        wrong (had [[date_of_birth:03/07/2019]] should of been [[date_of_birth:03/07/2017]]) so she
        came up as a diff child with no history at all. nearly {{NFA}}'d it as {{universal services}}.
        only caught it cos [[organisation:little acorns nursery]] said she'd moved up to reception
        at [[organisation:st bede's primary]]. merged the records w/ {{business support}}, now shows
        the previous {{CIN plan}}. pls everyone search by name AND address not just dob!!
        [[name:gav]] [[date:21/11]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Deborah Okonjo]] <[[email:deborah.okonjo@calderbridge.gov.uk]]>
        Sent: [[date:Friday 8 March 2024]] 17:42
        To: MASH Social Work Team
        Subject: Thank you - Thursday

        Hi all,

        Just wanted to say a proper thank you to [[name:Rhys]] for the joint visit with {{DC}} [[name:Priya Varma]] yesterday. The {{Section 47}} came in at 4.10pm, he didn't hand it over to {{EDT}}, he stayed, got the {{strategy discussion}} done by 6 and both children were seen before bedtime. [[name:Rhys]] also thought to ring the {{paediatrician}} on call so the {{child protection medical}} was booked for first thing.

        That's exactly what good looks like. I'll raise it at {{practice week}}.

        [[name:Deb]]

        [[name:Deborah Okonjo]] | Team Manager, [[organisation:Calderbridge MASH]]
        [[phone:01422 396 114]] | [[phone:07700 914 382]]
    """)),
    ("social_care", "incident", block("""
        Chronology - missing episode, [[name:Tyler-Jay Brennan]] ([[age:14]]), {{Liquidlogic}} ID [[case_reference:LL-4408213]]

        [[date:Sat 12 Oct]] 19:30  {{residential worker}} at [[organisation:Oakfield House]] rings police, [[name:TJ]] not back from town. Missing log [[case_reference:PLC-0412-1930]].
        20:15  {{EDT}} informed. No return by 23:00, risk stays medium.
        [[date:Sun 13 Oct]] 02:40  [[name:TJ]] found by police at [[address:flat 3, 41 Hollins Street]] with two adult males. Brought back.
        09:00  EDT handover to MASH does not mention the adults or the address.
        [[date:Mon 14 Oct]]  {{return home interview}} offered, declined.
        [[date:Tue 22 Oct]]  MASH receives {{CSE}} intelligence from police naming the same flat. Link to [[name:TJ]] not made until {{social worker}} [[name:Ewa Sadowska]] read the original police log.

        Learning: the handover template needs a mandatory "who with / where found" field. Risk should have gone to high and a {{MACE}} referral made on the [[date:13th]].
    """)),
    ("social_care", "near_miss", block("""
        [09:14] [[name:Marcus Bell]]: morning, is anyone on the [[name:Adeyemi]] referral? school want an update
        [09:15] [[name:Hope Mwangi]]: me. about to send the info-share to school
        [09:15] [[name:Hope Mwangi]]: wait which school
        [09:16] [[name:Marcus Bell]]: [[organisation:Greenhill Academy]]. why
        [09:17] [[name:Hope Mwangi]]: {{mosaic}} still has [[organisation:Kirkgate Primary]] for the older one, I nearly sent it there. they left in july
        [09:17] [[name:Marcus Bell]]: glad you checked 😬 {{consent}} was only for current school
        [09:18] [[name:Hope Mwangi]]: yep. updated the record and emailed [[email:dsl@greenhillacademy.sch.uk]] instead, cc'd their {{DSL}}
        [09:20] [[name:Marcus Bell]]: can you {{datix}} it as a near miss so {{business support}} know the school field doesn't auto update
        [09:21] [[name:Hope Mwangi]]: will do
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - Children's Services
        Date of incident: [[date:05/02/2025]]
        Reported by: [[name:Connor Fitzgerald]], {{Senior Practitioner}}
        Location: [[organisation:Calderbridge MASH]], [[address:Civic Centre, 2 Westgate]]
        Children: [[name:Leila Haddad]] (DOB [[date_of_birth:19/09/2016]]), [[name:Yusuf Haddad]] (DOB [[date_of_birth:02/01/2020]])
        Record no: [[case_reference:MOS-2290115]] / [[case_reference:MOS-2290116]]
        Description: {{MARAC}} minutes for the family were uploaded to the file of a different [[name:Haddad]] family (same surname, different area). The minutes included {{mum}}'s refuge area. Discovered by the {{IRO}} when preparing for review.
        Immediate action: document removed within 1 hr, {{audit trail}} checked - not viewed outside the service. {{Information Governance}} informed, ref [[case_reference:IG-25-0071]].
        Learning: check two identifiers (DOB + address) before any upload, never surname alone.
    """)),
    ("social_care", "success", prose("""
        Good practice to share. On [[date:Tuesday 17 September]] {{health visitor}}
        [[name:Grace Adebayo-Hill]] was doing a routine {{6-8 week check}} at [[address:9 Tern Close]]
        and noticed a small bruise behind the ear of baby [[name:Oliver]] ([[age:7 weeks]]). Parents
        said it was from the car seat. [[name:Grace]] followed the {{bruising in non-mobile babies}}
        protocol without second guessing herself, rang the MASH from her car and stayed nearby until
        the {{duty social worker}} called back. The {{child protection medical}} at
        [[organisation:St Aidan's Hospital]] found an older injury as well and a {{skeletal survey}}
        was arranged. Parents were upset but later said they understood why. [[name:Grace]]'s calm
        explanation of the protocol made it much easier for everyone. Sharing this because a lot of
        us still worry about "over-referring".
    """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss - address nearly disclosed

        Hi [[name:Tomasz]],

        Flagging for the learning log. Yesterday I was about to post the {{Child Protection Conference}} invites for [[name:Kayden Mullins]] to both parents. The letter to {{dad}} had been mail-merged from {{LCS}} and the body of it listed {{mum}}'s new address, [[address:Flat 6, Larchmont Court, 118 Queens Road]], [[postcode:BD8 7HN]]. Mum has been in safe accommodation since the {{MARAC}} on [[date:2 April]].

        [[name:Shirin]] on business support spotted it while franking the post and brought it back to me. Nothing went out.

        Could we ask for the template to pull "c/o" addresses only whenever there is a {{DA}} flag?

        Thanks,
        [[name:Aoife Brennan]]
        Social Worker, [[organisation:Calderbridge North Assessment Team]]
    """)),
    ("social_care", "incident", block("""
        EDT HANDOVER -> MASH   [[date:Mon 27/01]]
        ---------------------------------------
        1. [[name:Sky]] + [[name:Summer Lowe]] ([[age:4]] & [[age:2]]) - [[address:33 Parkfield Terrace]]
           police attended 01:10 {{DA}}, dad arrested, kids stayed w/ {{maternal gran}}. PPN to follow. crime no [[case_reference:13250127-0044]]
        2. Mr [[name:Delroy Pinnock]] ([[age:81]]) - found wandering on [[address:Station Rd]] 03:00, returned to [[organisation:Elmhurst Care Home]]. door code issue? home to send {{Section 42}} concern form
        3. NOT DONE: callback to {{CAMHS}} crisis re [[name:Zara]] (DOB [[date_of_birth:11/06/2009]]), ran out of time

        Note added by MASH {{duty manager}}: item 3 was not picked up until 14:00 because it was at the bottom of page 2. [[name:Zara]] was safe but CAMHS had already closed the episode. Agreed: outstanding actions go at the TOP of the {{handover sheet}} in bold.
    """)),
    ("social_care", "success", block("""
        [[date:22/03/2024]], 18:02 - [[name:Kelly-Ann]]: shout out to [[name:Jas]] today 👏 the {{ICPC}} for the [[name:Petrov]] kids went ahead with a Bulgarian {{interpreter}} for {{dad}}, first time ever he's actually understood the plan
        [[date:22/03/2024]], 18:03 - [[name:Jas]]: aw thanks hun, it was [[name:Bogdan]] at [[organisation:LinkUp Interpreting]] who sorted it last min
        [[date:22/03/2024]], 18:05 - [[name:Mark T]]: still counts!! also the {{Signs of Safety}} mapping on the whiteboard was 🔥
        [[date:22/03/2024]], 18:06 - [[name:Kelly-Ann]]: putting it in the {{practice newsletter}}
    """)),
    ("social_care", "near_miss", block("""
        Debrief notes - strategy meeting invite error
        Date: [[date:19 June 2024]]
        Present: [[name:NK]] (MASH TM), DS [[name:Harrington]], [[name:Fiona McLeod]] ({{school nurse}}), [[name:Abdi]] ({{Early Help}})

        What happened: the {{strategy meeting}} invite for [[name:Maisie Clarke]] ([[age:11]]) went to an old {{Public Protection Unit}} mailbox. Police only joined because DS [[name:Harrington]] happened to ring MASH about something else.
        What went well: [[name:Fiona McLeod]] brought the school nurse chronology, so health info was there.
        Do differently: use the {{secure email}} group [[email:mash.police@calderbridge.pnn.police.uk]], not named officers; check the distribution list every quarter.
        Owner: [[name:NK]], by [[date:31/07]]
    """)),
    ("social_care", "incident", prose("""
        late entry. on [[date:3/12]] the {{duty phone}} diverted to an empty desk from approx 12:30
        to 14:10 because the {{hunt group}} hadnt been updated after the team move. at least 4 calls
        missed incl. a {{police}} call about a child left alone overnight. police dealt with it
        themselves and rang {{EDT}}. no harm known but this is the second time since {{October}}.
        have asked {{IT}} to check the hunt group every time the {{seating plan}} changes and added
        it to the team move checklist.
    """)),
    ("social_care", "success", prose("""
        Learning from a positive outcome. Mrs [[name:Hafsa Begum]] ([[age:76]]) lives alone at
        [[address:4 Canal Street]], [[postcode:HX1 4RT]]. Staff at the
        [[organisation:Northern Counties Building Society Kirkgate branch]] noticed she had come in
        three times in a week to withdraw large sums in cash, each time with the same young man
        waiting outside. They used the {{Banking Protocol}}, police attended within the hour and a
        {{Section 42}} enquiry was opened by the adults side of the {{MASH}}. Her {{Pension Credit}}
        (NI [[ni_number:SN 72 04 88 A]]) had also been redirected to a new account. The
        {{financial abuse}} was stopped before her savings were gone. Mrs [[name:Begum]] chose to
        have her niece [[name:Rubina]] help with her post from now on. The cashier,
        [[name:Ellie Marsh]], said she nearly didn't say anything because "it felt rude".
    """)),
    ("social_care", "incident", prose("""
        Resident [[name:Eileen Quinlan]] ([[age:88]], {{Alzheimer's}}) left
        [[organisation:Rosewood Lodge]] through the garden gate at about 15:40 on
        [[date:Sunday 9 February]] and was found by a member of the public on the {{A62}} about an
        hour later, cold but uninjured. The {{ambulance service}} made a safeguarding referral to the
        MASH. Our enquiry found the gate keypad had been broken for a week and that her {{DoLS}}
        authorisation had expired in {{January}} without the renewal being chased. Police reference
        [[case_reference:CC-20250209-0612]]. The home has since fixed the keypad and set up a
        {{DoLS tracker}}; we have asked the {{Care Quality Commission}} relationship owner to be
        aware. {{Family}} were informed the same evening.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS LOG - Adults MASH
        Ref: [[case_reference:ASC-NM-0193]]
        Date: [[date:11/09/2024]]
        Service user: [[name:Gareth Pryce-Jones]], NI [[ni_number:JK 48 22 61 C]]
        What nearly happened: the {{financial assessment}} pack for Mr [[name:Pryce-Jones]] was pre-filled by {{Liquidlogic}} with the address of a [[name:Gary Price-Jones]] at [[address:12 Heol y Nant]], a different adult with a similar name. It included his {{NI number}}, benefits and bank details.
        How found: {{Business Support Officer}} [[name:Carwyn]] noticed the two records had different DOBs when doing the envelope.
        Action: records flagged as "similar name" on {{ContrOCC}}. {{Data protection}} lead told, no breach.
    """)),
    ("social_care", "success", prose("""
        Massive thanks to [[name:Bill]] on the {{front door}} who stayed on the phone for 40 mins
        with a teenager who rang the {{MASH}} in crisis on [[date:Christmas Eve]] until {{CAMHS}} and
        the {{police}} got to her. Calm, kind, textbook. {{Trauma-informed}} practice in action and
        a reminder why the {{out of hours}} number matters.
    """)),
    ("social_care", "incident", block("""
        From: DS [[name:Anthony Mensah]]
        To: MASH Duty Manager
        Subject: RE: strategy - [[name:Noor]] & [[name:Idris Rahimi]]

        Morning,

        Update for your incident review. Yesterday at 15:20 the children were collected from [[organisation:Beckfield Primary School]] by their uncle, who is not an approved adult under the {{safety plan}}. The office staff were not aware of the plan; only the {{DSL}} had it and she was off site. A patrol stopped his car, [[vehicle_registration:YX68 KRP]], on the ring road at 16:05 and the children were returned to {{mum}} unharmed. Crime ref [[case_reference:CB/11457/24]].

        I'd suggest safety plans go to the school office as well as the DSL, with a photo of who can and can't collect.

        Regards
        DS [[name:Anthony Mensah]]
        {{Public Protection Unit}}, Calderbridge {{CID}}
        [[phone:07384 226 519]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:DW-58812]]
        Practice: [[organisation:Beechwood Medical Practice]]
        Date/time: [[date:14/01/2025]] 11:20
        Category: Prescribing - wrong patient
        Patient A: [[name:John Edward Walsh]], DOB [[date_of_birth:03/04/1951]], NHS [[nhs_number:926 797 2464]]
        Patient B: [[name:John Walsh]], DOB [[date_of_birth:22/10/1987]], NHS [[nhs_number:717 516 5552]]
        Description: acute request for {{amoxicillin}} taken by phone for Patient B. {{Prescription clerk}} picked Patient A from the {{EMIS}} search (first result). Script sent by {{EPS}} to [[organisation:Kirk Lane Pharmacy]]. Pharmacist [[name:Imran Siddiqui]] rang because Patient A is {{penicillin allergic}}. Script cancelled but Patient B then waited a further 26 hours for his antibiotic and his {{cellulitis}} spread.
        Learning: confirm DOB and first line of address with every caller, even for "quick" requests.
    """)),
    ("health", "near_miss", prose("""
        pt rang at 8:05 asking for a same day appt for "indigestion and feeling clammy" - new
        receptionist was going to put her on the {{telephone triage}} list for the afternoon.
        [[name:Lorraine]] was sat next to her and heard clammy + age ([[age:58]]) and took the call
        over to ask the {{red flag}} questions. pain going down her left arm. told to ring {{999}},
        paramedics took her in, {{STEMI}}, stented at [[organisation:Calderbridge Royal]] the same
        morning. new starter had not done the {{care navigation}} training yet. pls can we not put
        anyone on the phones solo before that
    """)),
    ("health", "success", block("""
        From: Dr [[name:Helen Cartwright]]
        Sent: [[date:Thursday, 6 February 2025]] 19:04
        To: [[email:allstaff.moorside@nhs.net]]
        Subject: well done [[name:Kwame]]

        Everyone,

        A quick one. [[name:Kwame Asante]], our {{paramedic practitioner}}, did a home visit this afternoon to Mrs [[name:Doris Whitworth]] at [[address:The Laurels, 2 Moss Lane]]. The request just said "a bit off her food". He did a full set of {{NEWS2}} obs (score 6), spotted a {{UTI}} picture with new confusion, started the {{sepsis}} pathway and handed over to the ambulance crew with her {{ReSPECT}} form in hand. She's on [[organisation:Aire Ward]] now and doing well.

        Thorough, not rushed, exactly right.

        [[name:Helen]]
        Dr [[name:Helen Cartwright]], GP Partner
        [[organisation:Moorside Surgery]] | [[phone:0113 496 0718]]
    """)),
    ("health", "incident", block("""
        SEA - delayed home visit
        Patient: [[name:Bronwen Rees]], [[age:92]], housebound, [[address:17 Glan Road]], [[postcode:LS12 5DU]]
        Date: [[date:24/02/2025]]

        09:40  daughter [[name:Carys]] rings asking for a visit, "mum chesty, not eating". Written in the paper {{visit book}}, not put on the {{EMIS}} task list.
        12:30  {{visiting GPs}} allocate visits from the EMIS list. Request not seen.
        16:15  [[name:Carys]] rings again. Receptionist realises. {{Duty doctor}} Dr [[name:Farouk]] phones, advises 999.
        17:20  admitted with {{pneumonia}}, {{NEWS2}} 7.

        Learning: one place for visit requests (EMIS tasks). Paper visit book withdrawn from [[date:1 March]].
    """)),
    ("health", "near_miss", prose("""
        Pharmacist note - near miss. During a {{medication review}} on [[date:3 Oct]] I found a
        {{methotrexate}} 2.5mg script for Mr [[name:Arthur Bamford]] (NHS
        [[nhs_number:933 307 2810]]) with the directions "TAKE FOUR TABLETS DAILY". It should be
        once weekly. The dose change had come in a letter from [[organisation:Calderbridge Royal]]
        {{rheumatology}} and was keyed by a {{workflow}} admin using free text instead of the
        weekly dosing template. Not yet collected. Rang [[organisation:Hussain's Chemist]], who
        quarantined the bag. Patient and wife informed; no doses taken. Suggest methotrexate goes on
        the {{high-risk drug}} list so any edit needs clinician sign-off. On reflection the admin
        was new to the workflow role, had been given a backlog of 140 letters to clear before the
        end of the week and had never been shown that a weekly dose has its own field. She came to
        tell me herself once she realised, which I really appreciated. I have asked for the
        {{workflow}} training to include a short session on high-risk drugs and for a second check
        on any letter mentioning methotrexate, lithium, warfarin or insulin until that is in place.
        [[name:Olu]], {{clinical pharmacist}}
    """)),
    ("health", "success", block("""
        [[name:Chloe W]] 10:02
        can someone clinical come to front desk pls, not urgent urgent but
        [[name:Chloe W]] 10:02
        lady here for her daughter's jabs, bruising on her wrists and she keeps looking at the partner who's doing all the talking
        Dr [[name:Ng]] 10:04
        coming. take them into room 3, say it's for {{height and weight}}
        Dr [[name:Ng]] 11:30
        thanks [[name:Chloe]]. spoke to her alone. {{DASH}} done, high risk, referred to {{MARAC}} and {{IDVA}} with consent. kids ok. {{safeguarding lead}} aware.
        [[name:Chloe W]] 11:31
        😮‍💨 glad I said something
        Dr [[name:Ng]] 11:32
        you did exactly the right thing. that's the {{IRIS}} training working
    """)),
    ("health", "incident", prose("""
        A letter with blood results and a reminder to book a {{smear}} was sent to Ms
        [[name:Natalia Kowalczyk]] at her old address, [[address:58 Ashgrove Road]],
        [[postcode:LS6 3BW]]. She had told reception about the move on [[date:12 August]] but the
        change was typed into a free text box rather than the {{demographics}} screen, so her
        {{PDS}} record was never updated. The new tenant opened it and brought it to the surgery on
        [[date:2 September]]. Ms [[name:Kowalczyk]] has been apologised to and the
        {{Caldicott Guardian}} informed. Logged on {{Ulysses}} as
        [[case_reference:ULY-2024-0433]]. Change: address updates are now done at the front desk
        while the patient is stood there, with a {{spine}} check.
    """)),
    ("health", "near_miss", block("""
        DUTY DOC HANDOVER  [[date:Fri 15/11]]  (Dr [[name:Afolabi]] -> Dr [[name:O'Neill]])
        Name                  | Issue                                | Action
        [[name:R. Sandhu]]            | {{INR}} 7.8 (lab rang 17:45), no bleeding | omit {{warfarin}}, recheck Mon
        baby [[name:Ivy Mensah]] ([[age:5/12]]) | mum worried re temp, seen 16:00      | safety-netted, OOH aware
        Mr [[name:Stanislav Horvat]]    | palliative, {{syringe driver}} ends Sat am | DNs to refill - NOT CONFIRMED

        NEAR MISS: Mr [[name:Horvat]]'s {{just in case}} meds were not on the handover originally. The {{district nurses}} only knew because Dr [[name:O'Neill]] rang them at 18:50. Added by hand. We need a palliative line on this template.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Rose]] in the dispensary who noticed the same patient had been issued
        two {{reliever inhalers}} a week for three months and flagged it to the {{asthma nurse}}.
        Turned out his {{asthma}} was badly controlled and he had stopped using his {{preventer}}.
        Reviewed, plan changed, {{MART}} started. Brilliant catch.
    """)),
    ("health", "incident", block("""
        SIGNIFICANT EVENT ANALYSIS
        Practice: [[organisation:Ashby Road Health Centre]]
        Date of event: [[date:07/05/2024]]    Date of SEA meeting: [[date:21/05/2024]]
        Attendees: [[name:PJ]] (GP), [[name:Ruth Obi]] ({{practice manager}}), [[name:Megan]] (medical secretary)

        What happened: a {{two-week wait}} referral for suspected {{colorectal cancer}} for Mr [[name:Desmond Clarke]] was dictated but never sent. Found when he rang on day 19 to ask why he hadn't heard.
        Why: referral saved as a draft in {{e-RS}}; the {{2WW tracker}} only logs referrals once they are sent.
        Outcome: sent same day, seen at [[organisation:Calderbridge Royal]] on [[date:30/05]].
        Actions: admin to check e-RS drafts daily; {{safety-netting}} code added at the consultation.
    """)),
    ("health", "near_miss", prose("""
        home visit today [[date:28th]] - texted the {{key safe}} code for mrs [[name:dunleavy]] to what
        i thought was her sons mobile ([[phone:07823 551 904]]) but it was an old number on the record,
        belongs to someone else now. realised when they replied "who is this??". rang the son on the
        right number ([[phone:07946 210 377]]) and he changed the code within the hour. nothing taken,
        she is fine. reported to {{IG}} + {{practice manager}}. we should NOT be texting key safe codes,
        should be in the {{visit notes}} only. [[name:sam]] ({{HCA}})
    """)),
    ("health", "success", prose("""
        During the {{repeat prescribing}} run on [[date:Monday 10 June]], prescription clerk
        [[name:Will Okafor]] noticed that Ms [[name:Tanisha Grant]] (NHS [[nhs_number:433 024 4675]])
        had a {{lithium}} request but no {{lithium level}} for seven months. The {{shared care}}
        agreement with the [[organisation:Eastside Community Mental Health Team]] says every three
        months. Rather than issue and add a note, [[name:Will]] held it and booked a same-day blood
        test. The level came back at 1.4, above range, and her {{eGFR}} had dropped. The GP reduced
        the dose and spoke to her psychiatrist. [[name:Tanisha]] said she had been feeling "shaky and
        foggy" and put it down to stress. A really good catch, and a reminder that a {{recall}}
        system only works if someone notices when it doesn't.
    """)),
    ("health", "incident", block("""
        Subject: incident - {{ReSPECT}} form not in the home

        Hi [[name:Ruth]],

        For the incident log please. On [[date:Sat 18 Jan]] Mr [[name:Kenneth Ashworth]] ([[age:84]], end stage {{COPD}}) at [[address:3 Lilac Walk]] had a cardiac arrest. The ReSPECT form we completed with him and his wife on the home visit on [[date:9 Jan]] was scanned onto {{SystmOne}}, but the paper copy was never left in the house; it was still in the visit bag. The ambulance crew started {{CPR}} as they had nothing in front of them. He died in hospital later that day. His wife is understandably very upset.

        I've apologised to Mrs [[name:Ashworth]] and will meet her next week with Dr [[name:Mahmood]].

        [[name:Jen]]
        [[name:Jennifer Lowry]], {{Advanced Nurse Practitioner}}
        [[organisation:Moorside Surgery]] | [[email:jennifer.lowry1@nhs.net]]
    """)),
    ("health", "near_miss", block("""
        [[date:07/01/2025]], 08:12 - Lead PN: morning. {{vaccine fridge}} 2 max reading 11.4 overnight 😬
        [[date:07/01/2025]], 08:14 - HCA team: oh no. door was ajar when I came in, the {{data logger}} says it went over about 2am
        [[date:07/01/2025]], 08:15 - Lead PN: quarantine everything in it, DO NOT USE sticker on, nobody give any {{flu}} or {{MMR}} from fridge 2 this morning
        [[date:07/01/2025]], 08:16 - HCA team: done. 9am {{baby clinic}} will need stock from fridge 1
        [[date:07/01/2025]], 08:20 - Lead PN: ringing the manufacturers for advice + doing the {{cold chain}} incident form
        [[date:07/01/2025]], 10:41 - Lead PN: update - all ok to use, excursion within their limits. phew. but we were about 10 mins from vaccinating babies with stock nobody had checked
        [[date:07/01/2025]], 10:43 - HCA team: shall I put a {{door alarm}} on the order
        [[date:07/01/2025]], 10:43 - Lead PN: yes!!
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Type: {{Controlled drug}} - discrepancy
        Date found: [[date:Tuesday 4 March 2025]]
        Location: {{doctor's bag}} 2, [[organisation:Beechwood Medical Practice]]
        Reported by: Dr [[name:Sofia Antonelli]]
        Details: the {{CD register}} for the bag shows 2 x {{diamorphine}} 5mg ampoules; bag contained 1. Last entry [[date:19/02]] by Dr [[name:Bhattacharya]] (home visit to [[address:Wellhouse Farm, Shaw Lane]]) records 1 given but the balance was not reduced.
        Actions: checked with Dr [[name:Bhattacharya]], who confirmed he gave 1 ampoule; patient notes match. {{Controlled Drugs Accountable Officer}} informed, ref [[case_reference:CDAO-2025-117]].
        Learning: running balance to be countersigned on return from every visit.
    """)),
    ("health", "success", block("""
        Saturday flu clinic debrief - [[date:5 October]]

        What went well
        - 412 {{flu}} and 198 {{COVID}} jabs in 4 hrs, no incidents
        - [[name:Baz]] on the door did the {{consent}} checks and ran the {{anaphylaxis}} waiting area like clockwork
        - [[name:Hannah Jones-Ellis]] spotted a child booked for the {{nasal flu}} vaccine whose record showed {{severe asthma}} on {{oral steroids}}, and switched him to the injected one
        - volunteers from [[organisation:St Michael's Church]] did the car park and the brews

        Even better if
        - printer on desk 3 failed twice
        - {{adrenaline}} packs labelled per station
    """)),
    ("health", "near_miss", prose("""
        Near miss: two records for the same patient. Baby [[name:Aaliyah Thompson-Reid]] had been
        registered twice, once as a {{temporary resident}} under [[name:Aaliyah Reid]], DOB
        [[date_of_birth:14.02.24]], and once under her full name after the birth was registered. Her
        {{8 week immunisations}} were recorded on one record and the {{red book}} entries on the
        other, so the second record kept generating letters saying she was overdue. {{Mum}},
        [[name:Shanice]], rang confused and the receptionist spotted the duplicate. Had the
        {{recall}} gone to a nurse without the history she could have had a second dose.
        {{Records summariser}} [[name:Parveen]] has requested a merge through {{PCSE}}. NHS numbers
        [[nhs_number:381 396 3136]] (retained) and [[nhs_number:249 419 6957]] (to be retired).
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        AIR SAFETY REPORT (Ground Ops)        Ref: [[case_reference:ASR-24-0917]]
        Date: [[date:29/11/2024]]   Time: 06:10 local
        Flight: [[flight_number:PN417]]   A/C reg: [[aircraft_registration:G-PNRA]]   Type: {{A320}}
        Location: {{remote de-icing pad}} 2
        Crew: {{de-icing rig}} D4, driver [[name:Liam Gallagher-Finn]], {{bucket operator}} [[name:Petra Horak]]
        Summary: D4 sprayed {{Type I}} at a 50/50 mix with OAT -7C. The mix had been set for the previous night's +1C and not rechecked at shift start. The {{holdover time}} passed to the flight crew assumed the planned 75/25 mix.
        Found by: [[name:Petra Horak]] on the {{refractometer}} check after spraying.
        Outcome: aircraft re-sprayed, departed 38 min late. No take-off with contaminated surfaces.
    """)),
    ("aviation", "near_miss", prose("""
        {{stand 31}} approx 1815 - {{belt loader}} driver started moving towards the rear hold before
        the {{anti-collision beacon}} was off, eng 2 still spooling down. i shouted and he stopped about
        5m short. {{ATR 72}} so the prop was still turning!!! driver was agency, 2nd day, said nobody
        told him the beacon rule here. pls brief the beacon rule at every shift {{briefing}} esp for new
        starters. - [[name:kev d]] ramp
    """)),
    ("aviation", "success", block("""
        From: [[name:Gemma Sutcliffe]]
        To: Ramp - Team C
        Cc: [[email:safety@aireside-handling.co.uk]]
        Subject: Good catch - [[aircraft_registration:G-OZBK]]

        Team,

        Huge thanks to [[name:Yaw]] on last night's [[flight_number:PN2216]] turn. While loading {{hold 4}} he noticed a pink fluid drip near the {{main gear}} and a small puddle under it. He stopped loading, put {{cones}} round it and told the {{dispatcher}}. Engineering found a {{hydraulic}} line weeping and the aircraft went {{AOG}}. [[aircraft_registration:G-OZBK]] would otherwise have gone to Alicante like that.

        This is exactly the kind of thing we want people to speak up about, even when the turn is tight.

        [[name:Gemma Sutcliffe]]
        Duty Ramp Manager, [[organisation:Aireside Handling Ltd]]
        [[phone:+44 7811 402 659]]
    """)),
    ("aviation", "incident", block("""
        Chronology - loading error, [[flight_number:PN804]] LBA-DUB, [[date:16 Jan]]
        Aircraft: [[aircraft_registration:G-PNRE]], {{A320}}. Loading lead: [[name:Dariusz]]. Ref [[case_reference:GHI-3345]]

        05:55  {{LIR}} issued: 42 bags {{hold 1}}, 58 bags hold 4.
        06:20  {{bulk door}} on hold 1 sticks. Loaders put all 100 bags in hold 4. {{load control}} not told.
        06:31  {{load sheet}} produced from the original LIR.
        06:38  Capt [[name:Harriet Lyle]] signs the load sheet.
        06:52  Push. On rotation FO [[name:Niamh Doherty]] notes more nose-up {{trim}} needed than expected.
        07:40  DUB ramp ([[name:Seán]], [[phone:+353 1 814 6620]]) find all bags in hold 4. Reported.

        Learning: any change of hold = new LIR = stop until load control confirms. Within limits this time, but not a margin we get to choose.
    """)),
    ("aviation", "near_miss", block("""
        #ramp-ops  [[date:Thu 12 Dec]]
        [06:41] [[name:Rab McAllister]]: D2 going to {{stand 14}} for [[flight_number:PN309]] {{on-stand de-ice}}
        [06:42] [[name:Hassan]]: hold on, 14 is pushing in 2, tug's already connected
        [06:42] [[name:Rab McAllister]]: nobody told us, {{TOBT}} still shows 07:05 for [[flight_number:PN309]]
        [06:43] [[name:Hassan]]: they got an early slot off {{ATC}}, pushing now
        [06:43] [[name:Rab McAllister]]: D2 STOP. driver pulled up by the {{wing tip}}, tug pushing back towards him
        [06:45] [[name:Hassan]]: all stopped, nobody hurt. {{headset}} guy saw the rig and called it
        [06:50] [[name:Rab McAllister]]: will raise. slot changes need to come to deice coord too, not just the {{dispatcher}}
    """)),
    ("aviation", "success", prose("""
        Snow debrief, [[date:8 February]]. Heavy snow from 04:00, 23 departures de-iced, 2
        cancellations, no safety events. What went well: {{Duty Manager}} [[name:Sunita Reddy]]
        activated the {{winter ops}} plan at 02:30 off the {{Met Office}} warning, so all four
        {{Vestergaard}} rigs were pre-heated and crewed by 04:30. [[name:Kieran O'Driscoll]] ran the pad
        as {{Iceman}} and kept a simple whiteboard of sequence and holdover times which the crews said
        was the best they had seen. [[name:Wei Lin]] from {{load control}} sat in the de-ice cabin so
        late changes came straight to the pad. Nobody went past their {{fatigue limits}} because
        [[name:Sunita]] started the relief crew early. Keep: the whiteboard and the load control seat.
        Fix: the heater in the welfare cabin.
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT
        A/C: [[aircraft_registration:EI-FXK]]   Type: {{737-800}}   Page: 004417
        Date: [[date:03 DEC 24]]   Stn: MAN
        Defect: Ground damage. Dent approx 8cm x 3cm at lower fwd edge of {{aft cargo door}} frame, paint removed. Reported by ramp after contact by {{belt loader}} BL-12.
        Action: Inspected IAW {{SRM}} 51-10-02, within limits, temporary repair applied. {{ADD}} raised ref [[case_reference:ADD-24-3318]].
        Cert: [[name:J. Mwale]] {{B1}}

        Ramp note: BL-12 driver [[name:Ciaran Byrne]] approached at walking pace but the {{bumper}} was missing. BL-12 had been tagged U/S on [[date:1 Dec]] but the tag was cut off. Learning: U/S tags padlocked to the vehicle, not cable-tied.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, {{dangerous goods}}. At the {{gate}} on [[date:20 December]] for
        [[flight_number:PN552]] to Tenerife, gate agent [[name:Sadia Chowdhury]] tagged a cabin bag for
        the hold as the lockers were full. She asked the passenger the usual question about spare
        {{lithium batteries}} and {{power banks}} and he said no. Something made her ask again while
        pointing at the {{DG poster}}, and he remembered two power banks and an {{e-cigarette}} in the
        bag. Items removed and returned to him for the cabin. In the hold it would have sat in the
        {{aft hold}} next to the duty free stock. The {{gate tag}} form at this airport has no DG
        prompt; [[name:Sadia]] did it from memory. Ref [[case_reference:ASR-24-1102]].
    """)),
    ("aviation", "success", block("""
        [[date:14/01/2025]] 07:02 - [[name:Dom]]: just want to say nice one [[name:Ifeoma]] this morning 👏
        [[date:14/01/2025]] 07:03 - [[name:Ifeoma Eze]]: lol thanks
        [[date:14/01/2025]] 07:05 - [[name:Dom]]: for those not on - [[aircraft_registration:G-PNRJ]] had been de-iced, crew done their check, [[name:Ifeoma]] was doing the walkround before {{pushback}} and saw clear ice on the {{upper wing}} near the root. touched it with her glove, hard not slush. told the {{Captain}}, aircraft went back to the pad for a 2nd spray
        [[date:14/01/2025]] 07:06 - [[name:Ifeoma Eze]]: it was that {{freezing fog}}. easy to miss from the {{flight deck}}
        [[date:14/01/2025]] 07:08 - [[name:Mo Saleh]]: {{clean aircraft concept}} in action. good shout
    """)),
    ("aviation", "incident", prose("""
        slipped on black ice behind {{stand 9}} at approx 05:20 [[date:wed 4th]] walking from the
        {{crew bus}} to the aircraft. no {{grit}} on the {{airside road}} crossing, the gritter had
        only done the stands. landed on my wrist, xray at A&E says {{scaphoid}} fracture, off work 6
        wks. nobodys fault really but the {{gritting plan}} needs the walking routes on it not just
        the stands and taxi lanes. also we dont have {{ice grips}} for our boots anymore, stores said
        they ran out in {{January}}
    """)),
    ("aviation", "near_miss", block("""
        MOR No: [[case_reference:MOR 2025/0118]]
        Occurrence: pushback nearly started with {{bypass pin}} not fitted
        Date: [[date:22 February 2025]]   Flight: [[flight_number:PN130]]   Reg: [[aircraft_registration:G-PNRA]]
        Narrative: {{headset}} operator [[name:Aleksander Wiśniewski]] connected the {{towbarless tug}} and called "bypass pin fitted" out of habit; the pin was still in its stowage. Tug driver [[name:Winston Clarke]] noticed there was no red flag on the {{nose gear}} before moving, stopped and queried it. Pin fitted, push completed normally.
        Factors: 4th turn of a 04:00 start, -4C, {{expectation bias}}.
        Action: pin to be held up to the {{flight deck}} as part of the call, {{challenge and response}}.
    """)),
    ("aviation", "success", prose("""
        Positive report. On [[date:Tuesday 10 December]] the de-icing crew on {{rig D3}},
        [[name:Marek Zielinski]] and [[name:Shona Campbell]], were lined up to spray
        [[flight_number:PN1903]] when [[name:Shona]] noticed the {{APU}} exhaust was running and
        checked with the {{flight deck}} before starting. The crew had missed the {{APU bleed}} off
        item on their de-icing checklist. Spraying with bleed on would have put {{glycol}} fumes into
        the cabin, which we have had twice this winter at other bases and which led to a
        {{fume event}} report both times. Simple, polite {{read-back}} on the radio, ten seconds lost.
        Well done both.
    """)),
    ("aviation", "incident", block("""
        Subject: Airside driving incident - stand 22, [[date:9/1]]
        From: [[name:Owen Pritchard]]
        To: [[email:ops@northfield-inflight.co.uk]]

        Hi [[name:Bogumiła]],

        At 14:35 today one of your catering trucks, reg [[vehicle_registration:MX21 LWE]], drove under the {{wing}} of the {{A321}} on {{stand 22}} to get round a {{baggage cart}} train, clearing the wingtip by about a metre. It was seen by our ramp supervisor [[name:Tunde Bakare]] and is on {{CCTV}}. The driver's {{ADP}} ([[case_reference:ADP-07713]]) is suspended pending review.

        I'd also like to look at whether the stand layout contributed: the {{equipment restraint area}} was full of de-icing kit that shouldn't have been there.

        Regards
        [[name:Owen Pritchard]]
        Airside Safety Officer, [[organisation:Pennine Air Ground Operations]]
        [[phone:0113 250 7741]]
    """)),
    ("aviation", "near_miss", block("""
        DE-ICE SHIFT HANDOVER   Night -> Early   [[date:Sun 19/01]]
        Rigs: D1 ok | D2 ok | D3 U/S (heater fault, eng aware) | D4 ok
        Fluid: {{Type I}} 18,000 L | {{Type IV}} 2,100 L  <-- LOW
        Tanker due 06:00 (confirmed by [[name:Jo]] at [[organisation:Polar Fluids UK]])
        Wx: -3, {{freezing drizzle}} from 05:00 per {{TAF}}

        NOTE: Type IV went below 1,000 L at 03:30 tonight because Friday's delivery was half a load and nobody checked the {{dip}}. if the drizzle had started earlier we'd have had 6 departures with no {{anti-icing}} fluid. DIP TANKS AT START OF EVERY SHIFT.

        Handed over: [[name:Ravi]] / Taken: [[name:Eilidh]]
    """)),
    ("aviation", "success", prose("""
        Quick thanks to the loaders on [[flight_number:PN771]] last night, [[name:Olek]],
        [[name:Jerome]] and [[name:Summer]]. A powered {{wheelchair}} with a {{lithium-ion}} battery
        arrived at the hold without the {{battery isolation}} done. They stopped, checked the
        {{NOTOC}} and the {{PRM}} team's form and sorted it properly before loading.
    """)),
    ("aviation", "incident", block("""
        Timeline - bag reconciliation failure
        Flight [[flight_number:PN2290]] LBA-ALC, [[date:Sat 21 December 2024]], {{737-800}} [[aircraft_registration:G-PNRK]]

        17:05  Gate closes, 1 no-show: Mr [[name:R. Kaczmarek]], 1 hold bag, tag [[case_reference:0345PN812664]]
        17:09  Gate radios the {{ramp dispatcher}}. Dispatcher [[name:Gerry]] acknowledges but is talking to the {{tug}} on the other channel.
        17:14  {{BRS}} shows the bag still loaded; alert not seen, handset left in the cab.
        17:18  Doors closed. 17:22 push.
        17:40  {{load control}} spots the mismatch on the final {{load sheet}}. Captain and {{security}} agree to return to stand.
        18:25  Bag offloaded, departed 80 min late.

        Learning: offload calls read back with the tag number; BRS alerts to the dispatcher's handset.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind147", REPORTS))


if __name__ == "__main__":
    main()
