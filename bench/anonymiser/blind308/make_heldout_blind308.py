"""Held-out blind corpus 308: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a local-authority leaving care team of personal advisers (PAs)
- health (17): an ambulance service clinical hub doing 999 triage and welfare call-backs
- aviation (16): a gliding club (winch and aerotow launches, cross-country, cadets)

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes with
attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier; `{{term}}` marks a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind308.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        visited [[name:kayden]] at flat 3, [[address:41 Tanners Row, Calderbridge]]
        [[postcode:CX4 7RL]] approx 2pm - front door been kicked in, lock hanging off, no
        answer. neighbour said police were there last nite. rang [[name:kayden]] x4 no ans,
        txt'd. rang {{101}} ref [[case_reference:CB-24-118734]]. informed {{duty PA}}
        [[name:shaz]] and {{team manager}} [[name:Ade]]. [[name:kayden]] is [[age:19]],
        {{care leaver}} in own tenancy since [[date:12 Aug]]. {{pathway plan}} says hx of
        going {{missing}} + {{cannabis}} use. {{housing officer}} at
        [[organisation:Calder Valley Homes]] aware, will board up. will try again tmrw w/ a
        {{duty}} worker. worried tbh - his ex [[name:Tyler-Jay]] got out {{last week}}. pls can
        someone chk {{Mosaic}} for any {{MARAC}} flags as i cant get on from my phone.
        [[name:JW]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Grace Onyekachi-Bell]] <[[email:grace.onyekachi-bell@wexmoor.gov.uk]]>
        To: {{Leaving Care Finance}}; [[name:Martin Sowerby]]
        Date: [[date:Tue 5 March 2024]] 10:42
        Subject: near miss - SUHA payment

        Hi [[name:Martin]],

        Flagging as a near miss for the team log. {{Yesterday}} I raised the
        {{Setting Up Home Allowance}} request for [[name:Dominik Kowalczyk]]
        ({{LC}} ref [[case_reference:LC-20931]]) for his move to
        [[address:Flat 2, 9 Orchard Street, Wexmoor]]. When {{Finance}} rang to confirm, the
        sort code and account on the form belonged to [[name:Daria Kowalczyk]], a different
        young person on [[name:Pat]]'s caseload with the same surname. The form autofilled when I
        typed the surname. Nothing was paid - {{Finance}} spotted the DOB mismatch
        ([[date_of_birth:14/09/2005]] vs [[date_of_birth:02/01/2006]]).

        Suggest we stop using autofill and always check the {{Mosaic}} ID before submitting.

        Kind regards,
        [[name:Grace]]

        [[name:Grace Onyekachi-Bell]] | {{Personal Adviser}}
        [[organisation:Wexmoor Leaving Care Service]] | [[organisation:Wexmoor County Council]]
        Mob: [[phone:07700 900318]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Faith]] in the {{UASC}} pod. [[name:Yonas Tesfamariam]]
        ([[age:18]]) has had a rough year - an {{age assessment}} dispute, two moves and a long
        wait on his {{Home Office}} claim (ref [[case_reference:T1184522]]). [[name:Faith]] went
        with him to every {{solicitor}} appointment, found a {{Tigrinya}} interpreter who
        actually spoke his dialect, and chased the {{Legal Aid}} application when it stalled. On
        [[date:19 February]] he got {{refugee status}}, and {{last Thursday}} he got an
        unconditional offer from [[organisation:Calderbridge College]] for {{ESOL}} plus
        {{Level 2}} Electrical. He asked me to write down "thank you to [[name:Faith]], she is
        like a big sister". Nominating her for the {{Care Leaver Covenant}} staff award.
        - [[name:Rob]] ({{Senior PA}})
    """)),
    ("social_care", "incident", block("""
        INFORMATION GOVERNANCE INCIDENT FORM
        Incident ref: [[case_reference:IG-2024-0417]]
        Reporter: [[name:Bilal Chaudhry]], {{Personal Adviser}}
        Date of incident: [[date:08/04/2024]]

        Name: [[name:Amber Leigh Price]]
        DOB: [[date_of_birth:23.11.2004]]
        Ref: [[case_reference:LC-18820]]
        Address: [[address:22 Hollin Close, Sowby Bridge]], [[postcode:WX7 3DN]]
        NI No: [[ni_number:JT 48 21 67 C]]

        What happened:
        I emailed [[name:Amber]]'s updated {{pathway plan}} to the email address held on file.
        It was an old address belonging to her ex-partner
        ([[email:deano_r1992@mailbox.co.uk]]), which she had asked us to delete at her
        {{review}} on [[date:17 January]]. The plan contained her new address and {{GP}}
        details. [[name:Amber]] rang me at 16:10 after he messaged her a screenshot.

        Actions: {{Data Protection Officer}} informed; {{DV}} risk assessment updated; {{MARAC}}
        referral made; emergency move requested via
        [[organisation:Sowby Bridge Housing Options]]. Recall of the email failed. To be
        considered for an {{ICO}} report within {{72 hours}}.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Hope Mwangi]] 09:12
        anyone know a woman called [[name:Sandra]] ringing {{duty}} saying she's
        [[name:Jordan]]'s aunt? wants his new address to send a bday card
        [[name:Liam O'Driscoll]] 09:14
        which [[name:Jordan]]? [[name:Jordan Fairclough]] or [[name:Jordan Akinola]]?
        [[name:Hope Mwangi]] 09:15
        [[name:Fairclough]]. [[age:20]] on sat
        [[name:Liam O'Driscoll]] 09:15
        DONT. there's a {{non-mol}} against his {{mum}}'s side, it's on the {{alerts}} tab.
        [[name:Sandra]] is mum's sister i think
        [[name:Hope Mwangi]] 09:16
        omg ok. nearly just read it out to her tbh, it wasnt on the front page of the
        {{case summary}}
        [[name:Kemi]] ({{Team Manager}}) 09:21
        Good catch both. [[name:Hope]] pls log as near miss + I'll ask {{Business Support}} to
        move alerts to the front sheet. Take a number, say we'll pass on a message. Never
        confirm he's known to us.
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Chloe-Mae Hartigan]] ([[age:19]]) - {{supported lodgings}}

        [[date:Sat 13/04]]
        21:40 {{EDT}} ({{out of hours}}) rang by {{host}} Mrs [[name:Ollerenshaw]]:
              [[name:Chloe-Mae]] found drowsy in bedroom, empty {{sertraline}} and
              {{paracetamol}} packets
        21:44 {{999}} called by host. EDT advised her to stay with [[name:Chloe-Mae]]
        22:31 {{paramedics}} on scene; conveyed to {{A&E}},
              [[organisation:Calderbridge Royal Infirmary]]
        23:15 EDT left message for {{PA}} ([[name:Sunny Bhattacharya]])
        [[date:Sun 14/04]]
        08:05 [[name:Sunny]] picked up message. Rang {{the ward}} - medically fit,
              {{Psychiatric Liaison}} to assess
        11:30 [[name:Sunny]] visited; [[name:Chloe-Mae]] said it followed contact from her birth
              {{mum}} on social media

        Learning: host had no out of hours number for our team on the lodgings agreement;
        {{safety plan}} last updated [[date:Oct 2023]].
    """)),
    ("social_care", "success", block("""
        Leaving Care Team Meeting - Minutes
        Date: [[date:Wednesday 24 April 2024]], {{Room 2.14}}
        Present: [[name:Kemi Adeyinka]] (Chair, {{Team Manager}}), [[name:Rob Haworth]],
        [[name:Joy Lindqvist]], [[name:Bilal Chaudhry]], [[name:Mark Tsang]],
        [[name:Ffion]] ({{student social worker}})
        Apologies: [[name:Hope Mwangi]], [[name:Pat Greaves]]

        Item 3 - Good news / learning
        [[name:Joy]] shared the {{Staying Put}} outcome for [[name:Ellis]] ([[age:21]]), who has
        finished his {{apprenticeship}} with [[organisation:Brindley & Sons Joinery]] and been
        offered a permanent contract. His {{foster carers}} (Mr and Mrs [[name:Okoro]]) have
        agreed he can stay until he saves a deposit. [[name:Joy]] credited agreeing
        {{Staying Put}} early, at [[age:17]], and the {{Council Tax}} exemption.
        [[name:Mark]] noted this is the third apprentice this year via the
        {{Care Leaver Covenant}}.

        Action: [[name:Joy]] to write it up for the {{Local Offer}} newsletter (with
        [[name:Ellis]]'s consent).
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[name:Will Asante]] to [[name:Dorota Zielińska]]
        (my leave [[date:29/04]] - [[date:10/05]])

        1. [[name:Precious Nkemelu]], [[age:18]] - {{UC}} sanction appeal, {{DWP}} appt
           [[date:2 May]] 10am. She wants someone with her.
        2. [[name:Tia]] ([[name:Tia Rowbotham]]), [[age:20]], 24 wks pregnant. NB NEAR MISS: I
           hadn't told {{Children's Services}} about her new partner
           ([[name:Connor Styles]]) who is known to {{probation}} - found out via the
           {{midwife}} on {{Fri}}. {{MASH}} referral done [[date:26/04]], ref
           [[case_reference:M-552107]]. {{Pre-birth assessment}} allocated. Please chase at
           the {{CIN}} meeting.
        3. [[name:Mohammed Sharif]] ([[name:Mo]]) - keys for new flat at
           [[address:Flat 11, Weaver Court, Calderbridge]] [[postcode:CX2 8HB]] ready from
           housing. Needs someone to go with him, he gets anxious.

        Emergencies only: [[phone:07700 900552]]. Cheers, [[name:Will]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Thursday 2 May 2024]] at approximately 15:20 I attended a planned home visit to
        [[name:Keeley Dunmore]] ([[age:22]]) at [[address:7 Ashgrove Terrace, Hebble End]]. Her
        partner, known to me as "[[name:Dev]]", was present although [[name:Keeley]] had told me
        at her last {{pathway review}} that they had separated. He became verbally aggressive
        when I asked about her {{Universal Credit}} {{advance}} and stood in front of the door. I
        used the {{lone working}} code phrase ("can you tell [[name:Ian]] I'll be late") on a call
        to the office and left when he moved. On the drive back a silver Audi, registration
        [[vehicle_registration:WX19 KPN]], followed my pool car
        ([[vehicle_registration:YH68 RZT]]) to the [[organisation:Wexmoor County Council]] car
        park at [[address:Civic Centre, Market Street, Wexmoor]]. I reported it to {{police}}
        (log [[case_reference:0412 020524]]) and my {{line manager}}. I was shaken but not
        injured. [[name:Keeley]] has since rung to apologise. I would like the
        {{risk assessment}} changed to {{two-worker visits}} and the code phrase refreshed, as
        the {{duty worker}} who answered was new and did not recognise it.
        [[name:Zsófia Kovács]], {{Personal Adviser}}
    """)),
    ("social_care", "success", block("""
        [[date:17/05/2024]], 14:02 - [[name:Joy Lindqvist]]: PASSED!!! 🚗 [[name:Reece]] passed
        his driving test first time 🎉
        [[date:17/05/2024]], 14:03 - [[name:Rob H]]: get in!!! 👏👏
        [[date:17/05/2024]], 14:03 - [[name:Bilal]]: Brilliant. Was that the one the
        {{leaving care grant}} paid lessons for?
        [[date:17/05/2024]], 14:05 - [[name:Joy Lindqvist]]: yes - lessons via the
        {{Local Offer}} + theory fee. He failed theory twice and nearly gave up.
        [[name:Amira]] from [[organisation:Pennine Pathways Mentoring]] did weekly revision w
        him at the {{library}}
        [[date:17/05/2024]], 14:07 - [[name:Kemi]]: Fab. Can we send [[name:Amira]]'s manager a
        thank you letter. Would [[name:Reece]] consent to it going in our {{Ofsted}} evidence?
        [[date:17/05/2024]], 14:09 - [[name:Joy Lindqvist]]: will ask. he starts at
        [[organisation:Northway Logistics]] {{Mon}} and now doesn't need 2 buses at 5am 🙌
        {{PA}} win of the week
    """)),
    ("social_care", "near_miss", block("""
        Pathway plan audit - near misses found - [[date:May 2024]]

        | Young person | Ref | Age | Issue | Action |
        |---|---|---|---|---|
        | [[name:Kyle B.]] | [[case_reference:LC-17702]] | [[age:20]] | {{pathway plan}} review overdue by 4 months | {{PA}} to review by [[date:14/06]] |
        | [[name:Aaliyah Hussain]] | [[case_reference:LC-19215]] | [[age:17]] | no {{health passport}} given | [[name:Mark]] to request from {{LAC nurse}} |
        | [[name:Nguyen Thi Lan]] | [[case_reference:LC-20044]] | [[age:24]] | turns [[age:25]] on [[date:3 July]], no {{transition}} plan to adult {{mental health}} | referral to {{AMHT}} |
        | [[name:T.J. Okafor]] | [[case_reference:LC-16631]] | [[age:19]] | address on file wrong (still the {{children's home}}) | update; check {{GP}} registration |

        None caused harm. [[name:Kyle]]'s plan was overdue because his PA left and the case was
        not reallocated ({{caseload}} 28). Recommend a monthly {{unallocated}} report.
        [[name:JK]], {{Practice Lead}}
    """)),
    ("social_care", "incident", block("""
        From: [[email:pa.duty@calderbridge.gov.uk]]
        To: [[name:Tom Ashworth]]; {{Quality Assurance}}
        Sent: [[date:Friday, 7 June 2024]] 17:48
        Subject: Unplanned move - [[name:Ahmad Zia Noori]] - [[case_reference:LC-21190]]

        [[name:Tom]],
        For the incident log. At 16:30 today [[organisation:Brightpath Supported Living Ltd]]
        told [[name:Ahmad]] ([[age:18]], former {{UASC}}) to leave his room at
        [[address:14 Cobden Street, Calderbridge]] by 6pm, saying he breached his {{licence}} by
        having a visitor overnight. No notice and no call to us first, contrary to the
        {{contract}}. He rang me crying, speaking {{Dari}} through a friend. He is in a
        {{B&B}} tonight ([[organisation:The Laurels Guest House]]), which is not suitable.
        Needs: {{Commissioning}} to raise with the provider; {{Housing Options}} referral on
        {{Monday}}; interpreter booked.

        [[name:Priyanka Chaudhary-Reed]]
        {{Duty PA}} | [[phone:01632 960441]]
    """)),
    ("social_care", "success", prose("""
        Learning review - positive practice. [[name:Rosie Ferreira]] ([[age:19]]) had been
        {{NEET}} for 14 months after leaving [[organisation:St Aldhelm's Academy]]. Her
        {{PA}}, [[name:Heath Ramsbottom]], noticed at a {{pathway review}} that she kept picking
        up a photography book in the {{contact room}}. Rather than another generic
        {{careers}} referral, [[name:Heath]] rang the {{Virtual School}} post-16 lead, Ms
        [[name:Okwuosa]], and arranged a {{taster day}} at
        [[organisation:Wexmoor College of Art]] on [[date:11 June]]. [[name:Rosie]] enrolled on a
        {{Level 3}} course, with the {{care leavers' bursary}} covering travel and a second-hand
        camera. She told the {{Children in Care Council}} panel the difference was that
        "[[name:Heath]] asked what I liked, not what I was going to do". What worked:
        curiosity, one named contact, and paying costs upfront rather than reimbursing.
    """)),
    ("social_care", "incident", block("""
        [[name:Mark Tsang]] 11:02
        @[[name:Dorota Zielińska]] did the {{prepaid card}} for [[name:Darnell]] get
        cancelled? he's saying £240 gone and he didn't spend it
        [[name:Dorota Zielińska]] 11:06
        no 😬 he told me on [[date:3 July]] he'd lost it, I put it on my to-do and then went
        off sick
        [[name:Mark Tsang]] 11:07
        ok ringing the {{card provider}} now. it's his {{Setting Up Home}} money for a cooker
        [[name:Kemi Adeyinka]] 11:15
        Log on the incident system pls. Process gap: lost cards go to {{Business Support}} same
        day, not sit with the {{PA}}. [[name:Mark]] can you check with [[name:Darnell]] whether
        anyone has approached him - {{exploitation}} flag on file.
        [[name:Mark Tsang]] 11:40
        provider ref [[case_reference:PC-88310-D]]. 3 spends at
        [[organisation:QuickShop]] on [[date:5/7]]. [[name:Darnell]] says a mate had his
        wallet. refund under review
    """)),
    ("social_care", "near_miss", prose("""
        hv to [[name:lewis]] + baby ([[name:Nevaeh]], [[age:9 wks]]) at
        [[address:3 Slack Lane, Sowby Bridge]]. {{CO alarm}} going off in kitchen when i got
        there, [[name:lewis]] said its been beeping 2 days he thought it was the battery. boiler
        looked dodgy, black marks. got everyone out, rang {{gas emergency}} line, they came in 45
        mins n capped the boiler. landlord Mr [[name:Pervez]] not answering. told {{HV}}
        ({{health visitor}}) + reported to {{Environmental Health}}. [[name:lewis]] n baby
        stayed at his {{nan}}'s tonite. nearly didnt go as was running late from {{court}} - if
        id rescheduled who knows. pls can all {{PA}}s chk CO alarms on visits? [[name:AOH]]
    """)),
    ("social_care", "success", block("""
        From: [[email:bellanwosu04@inboxmail.co.uk]]
        To: [[name:Summer O'Hagan]]
        Date: [[date:22 June 2024]]
        Subject: thank you

        hi [[name:Summer]]
        im writing cos i turn [[age:25]] next week and i wont have a {{PA}} anymore. just wanted
        to say thank u for everything since i was [[age:16]] in the {{foster placement}}. u
        came to the {{tribunal}} with me, u got me my flat with
        [[organisation:Hebble Housing Co-op]] and when i got my {{diagnosis}} ({{EUPD}}) u didnt
        treat me different. i know its ur job but it didnt feel like that. my {{nan}} says
        thank u as well. can u tell [[name:Bev]] in the office thank u for always putting me thru
        love [[name:Bella]] xx

        ---
        FW by [[name:Summer O'Hagan]], {{Personal Adviser}}: sharing with [[name:Bella]]'s
        permission for the {{compliments}} log and {{supervision}}.
    """)),
    ("social_care", "incident", block("""
        Incident type: Missing / suspected {{CCE}}
        Young person: [[name:Kwabena Mensah]] (known as [[name:Kobi]])
        DOB: [[date_of_birth:30/06/2006]]   Age: [[age:17]]
        Ref: [[case_reference:LC-21457]]
        Reported by: [[name:Oluwaseun Adebayo-Clarke]], {{PA}}

        [[name:Kobi]] was reported {{missing}} by his {{semi-independent}} provider on
        [[date:12 June]]. He was found by {{British Transport Police}} on [[date:14 June]] at a
        station in another county with £600 cash and two phones ({{BTP}} ref
        [[case_reference:BTP-7720195]]). A {{Return Home Interview}} was offered but refused.
        Concern he is running drugs for an older male known as "[[name:Zee]]".

        Actions: {{NRM}} referral submitted; {{Contextual Safeguarding}} meeting booked;
        {{strategy discussion}} with police held [[date:17/06/24]].
        Learning: the provider waited 26 hours to report him missing because he was "[[age:17]] and
        nearly an adult" - the {{missing protocol}} says 6 hours.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Clinical Hub incident - chronology
        CAD: [[case_reference:INC-240311-0873]]   Datix: [[case_reference:W104532]]
        Pt: [[name:Margaret Ellery]], [[age:81]], [[address:Flat 4, Kingsmead Court, Norbury Vale]]
        NHS No: [[nhs_number:485 712 3363]]

        [[date:11/03/24]]
        14:02 999 call from {{daughter}} ([[name:Linda]]). {{NHS Pathways}} outcome {{Cat 2}}
              ?{{stroke}}, {{FAST}} positive (arm weakness, slurred speech)
        14:02 No resources, {{REAP 4}}. Call held on {{stack}}
        14:32 {{welfare call}} due - not made (hub at 3 clinicians vs 6 planned)
        15:20 [[name:Linda]] rang back, {{mum}} "more drowsy". {{EMA}} [[name:Tariq]] did not
              escalate to hub as patient still breathing
        16:47 {{Clinical Navigator}} ([[name:Imogen Baxter-Hale]]) reviewed stack, upgraded to
              {{Cat 1}}, {{DCA}} allocated
        17:08 On scene, {{GCS}} 9. Conveyed to {{HASU}},
              [[organisation:Norbury Vale General Hospital]]
        Outcome: outside the {{thrombolysis}} window.
        Learning: welfare calls missed on 3 of 4 stroke calls on the stack that day.
        Reported by [[name:I. Baxter-Hale]]
    """)),
    ("health", "near_miss", prose("""
        nr miss - took call at 03:10 from a man saying his neighbour was "on the floor again".
        caller said pt ([[name:frank]], didnt know surname) always falls and was "fine".
        {{pathways}} gave {{cat 3}} then a {{hear and treat}} option, i nearly closed with
        {{self care}} advice as caller said hed put [[name:frank]] back in bed. {{hub}}
        clinician [[name:dee]] overheard and took the call back - turned out [[name:frank]] had
        been on the floor since 22:00, on {{warfarin}}, hit his head. upgraded {{cat 2}}, crew
        found {{head injury}} + {{rhabdo}}. think i was going off the caller being calm. inc
        [[case_reference:240405-0219]]. [[name:sammi k]] ({{ema}})
    """)),
    ("health", "success", prose("""
        Massive well done to [[name:Blessing]] on {{Red Watch}}. At 06:14 on
        [[date:Sunday 21 April]] she took a call from a teenage boy whose {{dad}} had collapsed
        in the kitchen. She recognised {{agonal breathing}} straight away ("he's snoring
        weird") and had him doing {{CPR}} within 50 seconds, counting out loud with him for 11
        minutes until the first {{RRV}} arrived. She also got a neighbour to fetch the
        {{community defib}} from [[organisation:The Fleece Inn]]. The patient ([[age:52]]) had
        {{ROSC}} on scene after two {{shocks}} and is now home after a stay at
        [[organisation:Norbury Vale General Hospital]] via the {{cath lab}}. The crew
        ([[name:Gav]] and [[name:Precious]]) said the son's compressions were excellent.
        [[name:Blessing]], you made that happen. - [[name:Helen Marchetti]], {{EOC}}
        {{Duty Manager}}
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT REPORT
        Incident ref: [[case_reference:PSI-24-03318]]
        CAD no: [[case_reference:INC-240502-1146]]
        Date/time: [[date:02/05/2024]] 19:26
        Patient name: [[name:Ravinder Kaur Gill]]
        DOB: [[date_of_birth:07/08/1941]] ([[age:82]])
        NHS number: [[nhs_number:6172039482]]
        Address given: [[address:12 Mill Lane, Lower Fenby]], [[postcode:NV3 6QA]]
        Caller: {{granddaughter}} ([[name:Simran]]), mob [[phone:07700 900127]]

        Description:
        Caller said "[[address:Mill Lane, Fenby]]". The {{CAD}} {{gazetteer}} auto-matched to
        [[address:12 Mill Lane, Upper Fenby]] (4 miles away) and the {{call handler}} did not
        read back the {{postcode}}. {{DCA}} arrived at the wrong address at 19:58.
        [[name:Simran]] rang back at 20:05 asking where the ambulance was; error found by
        {{Dispatch}}. Crew on scene 20:17. Patient (fall, {{#NOF}}) came to no further harm
        but waited 51 minutes in total.
        Contributory: duplicate street names in two villages; {{address verification}} step
        skipped during {{surge}}.
    """)),
    ("health", "near_miss", block("""
        [[name:Nadia Qureshi]] 22:41
        about to downgrade [[case_reference:0912]] (chest pain, {{C2}}) to {{C3}} - {{ECG}}
        normal per {{GP}} letter on record
        [[name:Ollie Brannigan]] 22:43
        which record have you got? check {{DOB}} - we had two [[name:Peter Walsh]] on
        [[address:Heron Way]] last month
        [[name:Nadia Qureshi]] 22:44
        😳 yep wrong one. mine is [[date_of_birth:19/02/1958]], the record I opened is his
        {{dad}} [[date_of_birth:04/11/1931]]
        [[name:Nadia Qureshi]] 22:44
        so no ECG, no GP letter. leaving as C2
        [[name:Ollie Brannigan]] 22:45
        👍 log it pls. {{Summary Care Record}} search by name + {{postcode}} only brings back
        the first match
        [[name:Nadia Qureshi]] 22:52
        Datixed [[case_reference:W104977]]. Pt [[name:Peter Walsh]] NHS
        [[nhs_number:7025581658]]
    """)),
    ("health", "incident", block("""
        From: [[name:Alistair Nkosi-Rowe]]
        To: {{EOC Senior Leadership}}
        Date: [[date:9 May 2024]] 04:10
        Subject: CAD failure 01:52-02:37 - lost call

        All,
        Brief summary pending the {{SI}} review. At 01:52 {{CAD}} froze across both {{EOC}}s
        and we moved to {{paper fallback}} ({{business continuity}} plan v4.2). During the
        changeover one call was written on a {{paper log}} ([[case_reference:PL-0093]]) but not
        entered when CAD came back: a [[age:67-year-old]] man, {{breathless}}. He rang again
        at 03:31 ([[case_reference:INC-240509-0388]]); crew on scene 03:49,
        {{pulmonary oedema}}, conveyed to [[organisation:Calderbridge Royal Infirmary]].
        Paper logs went into the tray on [[name:Janice]]'s desk but the reconciliation check
        was not done because the {{Duty Manager}} was on the phone to {{IT}}.

        Regards
        [[name:Alistair]]

        [[name:Alistair Nkosi-Rowe]] | {{Night Duty Manager}}
        [[organisation:North Pennine Ambulance Service]]
        [[email:alistair.nkosi-rowe@npas.nhs.uk]] | [[phone:0113 496 0781]]
    """)),
    ("health", "success", block("""
        Clinical Hub Safety Huddle - notes
        [[date:Tuesday 14 May]], 08:30, {{EOC training room}}
        Attendees: Dr [[name:Lucía Fernández-Ortega]] ({{Medical Director}} rep),
        [[name:Ben Kowalski]] ({{Clinical Hub Manager}}), [[name:Grace]] ({{paramedic}}),
        [[name:Hyun-woo Park]] ({{mental health nurse}}), [[name:Dawn Pickersgill]]
        Apologies: [[name:Tariq Mahmood]], [[name:R. Singh-Dhillon]]

        1. Good catch: [[name:Grace]]'s {{hear and treat}} for Mr [[name:Ewart]] ([[age:89]]),
           fall with no injury, referred straight to
           [[organisation:Norbury Vale Falls Response Service]] via the {{DoS}} instead of
           sending a {{DCA}}. Falls team there in 40 mins, {{GP}} informed. Saved an estimated
           5-hour wait. Son rang to say thank you.
        2. [[name:Hyun-woo]] presented {{ReSPECT}} form look-ups - 3 calls this week where the
           form changed the plan.
        3. Actions: [[name:Ben]] to circulate the falls {{SOP}}; [[name:Dawn]] to add the
           falls service to the {{Pathways}} {{DoS}} profile.
        Next huddle [[date:21 May]].
    """)),
    ("health", "near_miss", block("""
        Duplicate / linked call review - night of [[date:18-19 May]]

        CAD ref                             | Time  | Caller                          | Note
        [[case_reference:240519-0047]]      | 00:31 | {{passer-by}}                   | male [[age:30s]] unconscious, [[address:Station Road, Fenby]], {{C1}}
        [[case_reference:240519-0052]]      | 00:36 | [[name:K. Harrop]] ({{security}}) | linked to [[case_reference:0047]]
        [[case_reference:240519-0058]]      | 00:41 | {{police}}                      | linked to [[case_reference:0047]]
        [[case_reference:240519-0061]]      | 00:44 | [[name:Jas]] (friend), [[phone:07700 900684]] | NOT linked

        Near miss: [[case_reference:0061]] gave the patient's name, [[name:Daniel Oyelaran-Smith]],
        [[age:34]], and that he is an {{insulin}}-dependent diabetic. It was opened as a new
        {{Cat 2}} and a second {{DCA}} was nearly sent. Hub clinician [[name:Faith]] spotted
        the same location and passed "?{{hypo}}" to the first crew by {{radio}}; {{BM}} 1.9 on
        arrival, treated with {{glucagon}}. The linking prompt only fires on exact address
        match; "outside the bus station" did not match "[[address:Station Road]]".
    """)),
    ("health", "incident", block("""
        Call audio review extract - [[case_reference:INC-240527-1402]] - [[date:27/05/24]]

        00:00 CH: Ambulance service, is the patient breathing?
        00:04 Caller: My wife... baby... Polish... please
        00:09 CH: What's the address of the emergency?
        00:15 Caller: [[address:18 Sycamore Drive, Fenby]]
        00:28 Caller: blood, much blood
        00:41 CH: I'm getting an interpreter, stay on the line.
        03:52 {{LanguageLine}} connected ({{Polish}})
        04:10 INT: He says his name is [[name:Piotr]], his wife [[name:Agnieszka]] is
              {{34 weeks}} pregnant and bleeding heavily.

        Reviewer comments: 3 min 11 s to connect the interpreter. [[name:Piotr]] said "blood"
        in English at 00:28 and the {{call handler}} did not act on it; under {{Pathways}} this
        should have reached a {{C2}} {{obstetric}} disposition within the first minute.
        [[name:Agnieszka]] had a {{placental abruption}}; mother and baby survived.
        Reviewer: [[name:Ros Emenike]], {{Clinical Quality}}
    """)),
    ("health", "success", block("""
        From: Dr [[name:Hannah Okonjo]] <[[email:h.okonjo@nhs.net]]>
        To: [[email:hub.feedback@npas.nhs.uk]]
        Date: [[date:3 June 2024]]
        Subject: Thank you - Mrs [[name:Doreen Ashby]]

        Dear Clinical Hub team,
        I wanted to feed back about [[name:Jonah]], one of your {{paramedics}} in the hub, who
        rang our {{duty doctor}} line on [[date:Friday 31 May]] about our patient Mrs
        [[name:Doreen Ashby]] ([[nhs_number:551 064 8295]]). She had rung 999 with new
        confusion. Rather than leave her waiting hours for an ambulance, [[name:Jonah]] did a
        {{video consultation}}, recognised {{delirium}} from a likely {{UTI}}, and arranged a
        same-day visit from our {{ANP}}. She started {{nitrofurantoin}} and stayed at home with
        her husband, which is what she wanted.

        With thanks,
        Dr [[name:Hannah Okonjo]]
        {{GP Partner}}, [[organisation:Fenby Bridge Surgery]]
        [[address:Canal Street, Fenby]] [[postcode:NV4 2BW]] | [[phone:01632 960220]]
    """)),
    ("health", "near_miss", block("""
        Hub handover - days to nights - [[date:Sat 8 June]] 19:00
        From: [[name:Ola]]   To: [[name:Marek]]

        Welfare call list (outstanding):
        - [[case_reference:240608-1130]] Mr [[name:J Pritchard]], [[age:74]], {{chest pain}},
          {{C2}}, last welfare 18:40, due 19:10
        - [[case_reference:240608-1187]] [[name:Anwen Prys-Jones]], [[age:28]], {{asthma}},
          C2, last 18:51
        - [[case_reference:240608-1204]] child, [[age:3yo]], {{febrile convulsion}} (stopped),
          {{C3}}, due 19:15

        NB near miss: [[case_reference:1204]] was NOT on the printed list (added after the
        print at 18:55). Found by [[name:Marek]] at 19:25 scanning the {{CAD}} stack. Welfare
        call done 19:28 - child alert, {{GCS}} 15, {{mum}} reassured. Handover now from live
        CAD view, not paper.
        Signed [[name:Ola]] ({{Senior Clinician}}) / [[name:Marek]]
    """)),
    ("health", "incident", prose("""
        At 23:15 on [[date:Wednesday 12 June 2024]] a [[age:26-year-old]] woman,
        [[name:Keira Lomax]], rang 999 saying she had taken an overdose of {{amitriptyline}} and
        was on the railway bridge near her home. The {{EMA}} ([[name:Chidi]]) kept her on the line
        while a {{C2}} was raised and the hub {{mental health practitioner}} listened in. Police
        were requested at 23:18 through the {{inter-agency}} link (police log
        [[case_reference:NVP-120624-2291]]) but did not acknowledge until 23:51 because of their
        own demand. [[name:Keira]] ended the call at 23:34; call-backs at 23:36, 23:40 and 23:49
        went to voicemail. The crew found her at 00:12 on [[address:Beckside Road, Fenby]],
        conscious, and took her to {{ED}}. No lasting harm. Issues: the inter-agency link has no
        audible alert; we cannot request {{cell site}} location ourselves; and no {{MH}}
        practitioner was rostered after midnight. Reported by [[name:Siobhán Ní Bhriain]],
        {{Clinical Hub Team Leader}}.
    """)),
    ("health", "success", block("""
        COMPLIMENT (via {{PALS}}) - ref [[case_reference:COMP-2024-1187]]
        Received: [[date:18/06/2024]]
        For: [[name:Femi]] (hub {{nurse}}) and [[name:Rosie]] ({{call handler}})

        "My dad, [[name:Bill Hargreaves]], is [[age:94]] and has {{dementia}}. On
        the [[date:15th]] he fell in his room at [[organisation:Greenacres Care Home]] and the
        staff rang 999. [[name:Rosie]] was so patient with the carer, who was panicking. Then
        [[name:Femi]] rang me to explain why an ambulance might take a while, and asked me
        'he's your {{dad}}, what would he want?' Nobody has asked that before. He didn't want
        hospital. [[name:Femi]] got his {{GP}} to visit instead and he is settled.
        - [[name:Carol]]"

        Manager note: shared at {{Red Watch}} briefing. [[name:Bill]]'s {{ReSPECT}} form was not
        on the {{Summary Care Record}}; [[name:Femi]] asked the home to upload it.
    """)),
    ("health", "near_miss", prose("""
        {{HCP}} line call from [[organisation:Ashby Lane Surgery]] approx 11:20, {{GP}} (dr
        [[name:Mensah]]) booked a 2hr HCP admission for [[name:Eileen Platt]] [[age:84yo]],
        ?{{sepsis}}, {{NEWS}} 7. i put it on as 4hr by mistake (dropdown defaulted to 4) and
        didnt read back the timeframe. noticed myself at 11:45 when reviewing the stack,
        changed to 2hr + flagged to {{dispatch}}. crew arrived 12:58, within time. pt did have
        sepsis and got {{antibiotics}} in {{ED}}. would of been a 4hr wait. suggest the dropdown
        has no default. inc [[case_reference:240620-0551]] - [[name:Gurpreet]]
    """)),
    ("health", "incident", block("""
        [[date:Tue 25/06/24]] - {{BBA}} call - [[case_reference:INC-240625-2217]]
        22:17 call from [[name:Jamal]] (partner). Pt [[name:Ayesha Siddiqui]], [[age:31]],
              {{G2P1}}, 38/40, contractions 2 min apart.
              [[address:Flat 9, Larch House, Wexley Road, Fenby]] [[postcode:NV1 5TS]]
        22:18 {{Pathways}} -> {{Cat 2}} maternity. Nearest {{DCA}} 28 min
        22:24 hub clinician [[name:Joy-Ann Campbell]] joined the call
        22:31 baby born, {{cord}} round neck, baby not crying - [[name:Joy-Ann]] coached
              {{newborn life support}} (dry, stimulate, {{inflation breaths}}). Upgraded {{C1}}
        22:33 baby crying
        22:46 crew on scene. {{PPH}} approx 600 ml, managed
        Learning: call sat as {{Cat 2}} for 13 min. {{imminent birth}} criteria were met at
        22:17 but the {{call handler}} ([[name:K.W.]]) skipped the "can you see the head"
        question because [[name:Jamal]] was shouting. Refresher booked.
    """)),
    ("health", "near_miss", block("""
        From: [[email:reception.millbrook@nhs.net]]
        To: [[name:Dawn Pickersgill]]
        Date: [[date:1 July 2024]]
        Subject: Referral received with wrong NHS number

        Hi [[name:Dawn]],
        We received your hub's {{Post Event Message}} for Mr [[name:Kenneth Royle]] (DOB
        [[date_of_birth:12.12.1950]]) this morning. The NHS number on it
        ([[nhs_number:438 910 2761]]) belongs to a [[age:6-year-old]] girl at our practice.
        Correct number: [[nhs_number:629 381 0473]]. Nothing was filed - our {{workflow}} team
        check name, DOB and NHS number match before coding. Nobody opened the child's record.
        Best wishes,
        [[name:Sunita]], {{Practice Manager}}, [[organisation:Millbrook Medical Practice]]

        > Thanks [[name:Sunita]] - the digits were transposed when copied from the
        > {{Summary Care Record}}. Logged as a near miss, [[case_reference:W105302]].
        > [[name:Dawn]]
    """)),
    ("health", "success", prose("""
        Positive learning report. On [[date:10 July]] a {{C3}} call for a [[age:71-year-old]]
        man, [[name:Desmond Achterberg]], with "flu-like symptoms and a fall" came into the
        {{validation}} queue. {{Clinical Navigator}} [[name:Hazel]] noticed the
        {{Pathways}} answers included "new confusion" and "mottled knees", and that his wife
        had mentioned a recent {{TURP}}. She rang back within 9 minutes, did a structured
        {{NEWS2}}-style assessment over the phone and upgraded to {{C2}} with a {{sepsis}}
        pre-alert. The crew gave {{IV antibiotics}} 58 minutes from the first call. Mr
        [[name:Achterberg]] spent 4 days on {{HDU}} at
        [[organisation:Calderbridge Royal Infirmary]] and is home. What worked: reading the free
        text, not just the disposition; a navigator protected from taking {{999}} calls; and
        the {{SOP}} allowing upgrades without a second sign-off. Submitted by
        [[name:Ben Kowalski]].
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        cable break on 2nd launch of the day approx 120ft in the {{k21}}
        [[aircraft_registration:G-CJKN]]. {{p1}} was [[name:baz]] ({{bi}}) with a
        {{trial lesson}} pax. lowered nose, landed ahead no probs. {{weak link}} was intact,
        break was at the splice about 200m from the winch. {{winch driver}} [[name:tomasz]]
        said the cable looked frayed at {{DI}} but he thought it wd last the morning. no spare
        {{drum}} ready so we carried on on drum 2. pls can whoever does cable this {{wknd}}
        resplice + log it in the {{winch book}}. {{CFI}} informed. [[name:mg]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - Launch Point radio ({{129.980}}) - [[date:Sat 6 April 2024]]
        Compiled by [[name:Naomi Feldmann]], {{Safety Officer}},
        [[organisation:Long Fell Gliding Club]]

        13:41:10 TUG: {{Launch Point}}, [[aircraft_registration:Victor X-ray Hotel]],
                 downwind, rope dropped, landing {{two six}}.
        13:41:25 LP: [[aircraft_registration:X-ray Hotel]], roger, one {{K21}} on {{base leg}}.
        13:42:02 GLIDER: Launch Point, [[aircraft_registration:Kilo Echo Lima]],
                 {{microlight}} turning {{final}} in front of me, no radio, extending.
        13:42:15 LP: [[aircraft_registration:Echo Lima]], roger, land long, cable is down.
        13:42:40 TUG: [[aircraft_registration:X-ray Hotel]], microlight passed under me
                 about a hundred feet, going around.

        Notes: microlight [[aircraft_registration:G-CFRT]] read from the underside by
        [[name:Rich]] at the launch point. Pilot later phoned and said he thought the site was
        inactive; he had not checked {{NOTAM}}s and the site is marked on the
        {{1:500,000 chart}}. Closest approach est. 150 m. Tug is
        [[aircraft_registration:G-BVXH]]. Reported to {{BGA}} and to the {{CAA}} via {{MOR}}.
    """)),
    ("aviation", "success", prose("""
        Well done to [[name:Ishaan Mehta]] ([[age:15]]), one of our {{Air Cadets}}. Doing his
        {{pre-flight checks}} ({{CB SIFT CBE}}) in the {{ASK 13}}
        [[aircraft_registration:G-DDRW]] on [[date:Sunday 28 April]], he found the rear
        {{canopy}} catch wasn't engaging properly even though it looked shut. He stopped,
        called his instructor [[name:Faith Oduya]] over and refused to launch until it was
        checked. Our {{tech rep}} [[name:Bob]] found a worn catch plate; the glider was grounded
        and a new part fitted on [[date:1 May]]. A canopy opening on a {{winch launch}} is a
        known killer in the {{BGA}} accident stats. [[name:Ishaan]], that is exactly the
        airmanship we want to see. From [[name:Hugh]] ({{CFI}}) and the {{committee}}.
    """)),
    ("aviation", "incident", block("""
        CLUB INCIDENT / ACCIDENT REPORT FORM
        Club: [[organisation:Long Fell Gliding Club]]   Report no: [[case_reference:LFGC-24-007]]
        Pilot: [[name:Robin Ferrier-Thwaite]]   DOB: [[date_of_birth:21/03/1967]]
        Membership no: [[case_reference:M1182]]
        Address: [[address:Barn End, Old Hall Lane, Crossmoor]], [[postcode:LF8 2EG]]
        Tel: [[phone:07700 900943]]
        Aircraft: {{LS8}} [[aircraft_registration:G-CKFW]] (trigraph
        [[aircraft_registration:KFW]])
        Date: [[date:12 May 2024]]   Time: 16:50 local
        Flight type: {{cross-country}}, {{Silver distance}} attempt

        Description: Outlanded in a {{stubble}} field near [[address:Hollins Farm, Crossmoor]]
        after the {{thermals}} died. The field had a downslope not visible from
        {{circuit height}}. On the {{ground run}} the left wing dropped into standing crop and
        the glider {{ground-looped}} through about 90 degrees. Tail boom cracked at the fin.
        Pilot uninjured. The farmer, Mr [[name:Hebblethwaite]], helped with the retrieve.
        {{BGA}} and {{AAIB}} notified by the {{CFI}} on [[date:13/05]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:19/05/2024]], 15:12 - [[name:Gaz Whitworth]]: Near miss at the bottom end just
        now - the {{retrieve}} car went across the {{landing area}} towing cables while
        [[aircraft_registration:G-CHPL]] was on {{final}}. Pilot landed short, well clear, but
        that's the 2nd time this month
        [[date:19/05/2024]], 15:14 - [[name:Ling Wei]]: who was driving?
        [[date:19/05/2024]], 15:15 - [[name:Gaz Whitworth]]: not naming in here, I've spoken to
        them. they didn't see it, {{windscreen}} is filthy and low sun
        [[date:19/05/2024]], 15:18 - [[name:Kath]] {{CFI}}: Thanks [[name:Gaz]]. Rule is stop
        and look up both ends before crossing, every time. I'll raise it at tomorrow's
        {{briefing}}. Can someone clean the {{Land Rover}} screen
        ([[vehicle_registration:K842 TNB]])
        [[date:19/05/2024]], 15:20 - [[name:Jonno]]: on it 👍 also the {{radio}} in it doesn't
        work, that's why {{LP}} couldn't warn them
        [[date:19/05/2024]], 15:21 - [[name:Kath]] {{CFI}}: 🙄 ok, new handheld from the
        {{clubhouse}} till fixed
    """)),
    ("aviation", "incident", block("""
        From: [[name:Hugh Penhaligon]] <[[email:cfi@longfellgliding.org.uk]]>
        To: {{BGA}} Safety <[[email:safety.north@bga-regions.org.uk]]>
        Date: [[date:27 May 2024]]
        Subject: Heavy landing - K13 [[aircraft_registration:G-DCFX]] - [[date:25/05/24]]

        Hello [[name:Marian]],
        Reporting a heavy landing at [[organisation:Long Fell Gliding Club]]. The pilot was a
        [[age:16-year-old]] {{pre-solo}} student, [[name:Elif Demir]], flying with instructor
        [[name:Paddy Doyle]]. On the {{round-out}} [[name:Elif]] flared high in a gusty
        {{crosswind}}; [[name:Paddy]] took control late and the glider dropped from about 4 ft.
        Damage to the {{tailskid}} and rear fuselage; no injuries. [[name:Paddy]] says he let
        the approach go too far because she had been flying well. The {{K13}} is grounded
        pending inspection by our {{Inspector}}, [[name:Colin]]. The {{DI}} that morning was
        fine.

        Regards,
        [[name:Hugh]]
        [[name:Hugh Penhaligon]], {{CFI}}, [[organisation:Long Fell Gliding Club]]
        Tel [[phone:01632 960573]]
    """)),
    ("aviation", "success", block("""
        [[organisation:Long Fell Gliding Club]] - Safety Committee minutes
        [[date:Thursday 6 June 2024]], {{clubhouse}}
        Present: [[name:Naomi Feldmann]] ({{Safety Officer}}), [[name:Jürgen Falk]]
        ({{Deputy CFI}}), [[name:Rich Ormerod]], [[name:Mei-Ling Chow]], [[name:Tommo]]
        Apologies: [[name:Sue Barraclough]], [[name:Cliff]]

        1. Successes since last meeting
           - Zero cable breaks in May since the new {{Dyneema}} cable was fitted (thanks
             [[name:Rich]] and [[name:Tommo]] for three weekends of work).
           - [[name:Mei-Ling]] ran the first {{FLARM}} evening; 14 members came and 6 private
             gliders now carry {{PowerFLARM}}.
           - The {{winch}} {{DI}} checklist (v3) is laminated in the cab.
        2. Reporting: 9 near-miss reports this quarter vs 2 a year ago. [[name:Jürgen]] put this
           down to the "no blame" message at the {{AGM}}.
        Actions: [[name:Naomi]] to send a summary to the {{BGA}} {{Regional Safety Officer}}.
    """)),
    ("aviation", "near_miss", block("""
        Launch point log extract - [[date:Sun 16 June]] (issues column only)

        Time  | Glider                                   | P1                        | Issue
        10:05 | [[aircraft_registration:G-CLNB]] {{Discus}} | [[name:A. Szymański]]  | none
        10:22 | [[aircraft_registration:G-DHAK]] {{K21}}    | [[name:Bea Lawal]] / [[name:Sam]] | none
        10:41 | [[aircraft_registration:G-CFNM]] {{Astir}}  | [[name:Ellie-May Groves]] | {{tail dolly}} left on; seen by {{wing runner}} [[name:Kofi]] after {{all out}} called, launch stopped by the {{signaller}}
        11:03 | [[aircraft_registration:G-CFNM]] {{Astir}}  | [[name:Ellie-May Groves]] | launched OK

        Note: the dolly is grey and hard to see against the grass - ordering a fluorescent one
        and adding "dolly off?" to the {{eventualities}} brief. Logged by {{LP controller}}
        [[name:Vik]].
    """)),
    ("aviation", "incident", block("""
        Aerotow upset - timeline - [[date:22 June 2024]]
        Tug: {{Pawnee}} [[aircraft_registration:G-BSTE]], pilot [[name:Wyn Pritchard]]
        Glider: {{Duo Discus}} [[aircraft_registration:G-CKPN]], P1 [[name:Gretl Voss]],
        P2 [[name:Arjun Raman]] (visiting pilot)

        14:10 take-off {{runway 24}}
        14:11 at about 300 ft glider hit a {{thermal}} and climbed well above the tug
        14:11 tug tail lifted; [[name:Wyn]] pulled the {{release}} at about 350 ft, tug lost
              about 150 ft before recovering
        14:11 [[name:Gretl]] released a second later; rope fell beyond the boundary
        14:19 both landed safely
        14:40 debrief with {{duty instructor}} [[name:Lisa Tran]]

        Factors: [[name:Gretl]] had not aerotowed for 8 months (winch-only at her home club).
        {{weak link}} correct; {{Tost}} release on the tug worked as designed.
        Actions: {{aerotow}} currency check before a visitor's first tow; rope recovered from
        Mr [[name:Sandhu]]'s field.
    """)),
    ("aviation", "success", prose("""
        Dear Mr and Mrs [[name:Armitage]], on behalf of everyone at
        [[organisation:Long Fell Gliding Club]], thank you for looking after our member
        [[name:Pat Kinsella]] when he landed his {{Ventus}} ([[aircraft_registration:G-CKJD]]) in
        your {{silage}} field at [[address:Lower Ridings Farm, Crossmoor]] on
        [[date:Sunday 7 July]]. [[name:Pat]] tells us you brought him tea, moved the cattle
        before his {{retrieve crew}} arrived, and let [[name:Joy]] and [[name:Kwame]] drive the
        {{trailer}} right up to the glider. {{Outlandings}} are a normal part of
        {{cross-country}} soaring and we train for them, but a friendly farmer makes all the
        difference. Please accept the enclosed voucher for a {{trial lesson}} for your
        granddaughter [[name:Lily]], who we hear was very interested! With thanks,
        [[name:Hugh Penhaligon]], {{Chief Flying Instructor}}
    """)),
    ("aviation", "near_miss", block("""
        Duty Instructor log - [[date:Sat 13 July]] - handover AM to PM
        AM DI: [[name:Lisa Tran]]   PM DI: [[name:Ray Odhiambo]]

        - 23 launches AM, {{winch}} serviceable, {{drum 1}} cable has 3 splices
        - Wind 240/12 gusting 22 by 12:30; {{Met Office}} {{F215}} shows a {{cold front}}
          about 15:00
        - NEAR MISS 12:50: [[name:Stefan]] (solo, {{Junior}} [[aircraft_registration:G-DEKR]])
          launched after I'd said "solo flying suspended" at 12:45. Message went out on the
          {{radio}} but not to the {{LP}} logkeeper, who waved him off. He landed fine at
          13:05 in strong sink.
        - PM: two-seaters only until the front is through. [[name:Ray]], please make sure the
          {{launch point}} gets a written note, not just radio.
        - {{Tug}} U/S ({{mag drop}}), [[name:Wyn]] looking at it.
        [[name:LT]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:Saturday 20 July 2024]] at about 11:30, [[name:Chiamaka Eze]], a
        [[age:23-year-old]] new member on her third day, was running the wing of {{K21}}
        [[aircraft_registration:G-DHAK]] for a {{winch launch}}. As the cable tightened the
        glider yawed towards her; the wingtip struck her left hip and she fell. The pilot,
        [[name:Tom Beresford]], released immediately and the launch was abandoned.
        [[name:Chiamaka]] had bruising and a graze; first aid was given by member
        [[name:Sunny Lau]] (a {{nurse}}) and she went to {{A&E}} at
        [[organisation:Crossmoor General Hospital]] for an {{X-ray}}: no fracture. Contributing
        factors: she had been shown wing running once, by another new member rather than an
        instructor; she stood ahead of the wing rather than beside the tip; and {{all out}}
        was called before she signalled ready. Actions: a {{wing running}} briefing card, only
        {{BI}}s or above to brief new members, and a thumbs-up before "{{take up slack}}".
        Reported to the {{BGA}}. [[name:Naomi Feldmann]], {{Safety Officer}}
    """)),
    ("aviation", "near_miss", block("""
        {{Airprox}} / {{controlled airspace}} proximity - [[date:03/08/2024]]
        Glider: {{ASG 29}} [[aircraft_registration:G-CLVS]], pilot [[name:Dmitri Volkov-Hayes]]
        Other aircraft: {{A320}}, [[flight_number:EZY4417]]

        RT extract supplied by [[organisation:Calderbridge Airport]] {{ATC}}:
        14:21:30 RADAR: [[flight_number:Easy Four Four One Seven]], traffic eleven o'clock,
                 three miles, {{primary contact}} only, possibly a glider
        14:21:40 [[flight_number:Easy Four Four One Seven]]: looking
        14:22:05 [[flight_number:Easy Four Four One Seven]]: traffic in sight, glider,
                 passed about 500 ft above, left side

        Pilot statement ([[name:Dmitri]]): I was at 4,800 ft on the {{QNH}}, just under
        {{cloudbase}}, and believed I was outside the {{CTA}}. My {{moving map}} had an
        out-of-date airspace file and showed the base 1,000 ft higher than it now is. I had no
        {{transponder}}. Airprox filed by the A320 crew, {{UKAB}} ref
        [[case_reference:2024147]]. Club action: airspace file check added to the
        {{cross-country}} declaration form.
    """)),
    ("aviation", "success", block("""
        #winch-training
        [[name:mei-ling.chow]]  18:02
        Huge congrats to @[[name:dan.achebe]] and @[[name:ffion.ll]] who both signed off as
        {{winch drivers}} today 🎉 That's 4 new drivers this year - the {{Saturday}} rota is
        finally not just [[name:Bill]] and [[name:Tommo]]
        [[name:dan.achebe]]  18:05
        Thanks! [[name:Bill]]'s patience is unreal. 20 {{supervised launches}} and he never
        once raised his voice, even when I over-sped a {{K13}}
        [[name:ffion.ll]]  18:07
        Same. The {{cable break}} simulation (he chops the power at random) was terrifying but
        so useful
        [[name:hugh.p]]  18:11
        Well done both. The structured syllabus [[name:Tommo]] wrote (v2, [[date:Feb 24]]) has
        cut sign-off from about 10 weeks to 5. Sharing it with
        [[organisation:Wexmoor Gliding Club]] and the {{BGA}} {{Safety Committee}} next week
    """)),
    ("aviation", "incident", prose("""
        trailer incident on way back from {{regionals}} at
        [[organisation:Pennine Soaring Centre]]. approx 7pm on [[date:sun 11th]] the
        {{trailer}} (with [[aircraft_registration:G-CKLE]] in it) came off the {{towball}} going
        over a dip. {{breakaway cable}} did its job, brakes came on and the trailer stopped on
        the verge. car was [[name:jimmy]]'s volvo [[vehicle_registration:LF17 WXU]]. no-one
        hurt, glider fine, {{jockey wheel}} bent. i think the hitch wasnt fully down, the
        {{indicator}} was green-ish. no {{police}} involved. lesson - 2nd person checks the
        hitch every time + use the {{hitch lock}}. [[name:kwame]]
    """)),
    ("aviation", "success", prose("""
        Learning report - medical emergency at the club, [[date:Sunday 25 August 2024]]. At
        15:40 a [[age:68-year-old]] member, [[name:Graham Ibbotson]], collapsed in the
        {{hangar}} while derigging. [[name:Ifeoma Chukwu]] started {{CPR}} straight away and
        [[name:Will]] fetched the {{AED}} from the clubhouse; it took 3 minutes because it had
        been moved into the office for the {{open day}}. [[name:Hope Tennant]] rang 999 and
        gave the postcode [[postcode:LF6 9PX]] and clear directions to the {{airfield}} gate.
        One {{shock}} was delivered at 15:45; [[name:Graham]] was breathing when the
        {{air ambulance}} landed at 16:02 and he was flown to
        [[organisation:Calderbridge Royal Infirmary]]. He has since had a {{stent}} and sent a
        message thanking everyone. What went well: fast CPR, a clear 999 call, and the
        {{launch point}} stopped flying and kept the field clear for the {{HEMS}} helicopter.
        Learning: the AED must stay in its signed cabinet; we are adding a second AED at the
        launch point bus. [[name:Naomi Feldmann]], {{Safety Officer}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind308", REPORTS))
