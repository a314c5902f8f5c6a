"""Held-out blind evaluation corpus 198 for the anonymiser: UK incident and learning reports.

Written blind (only bench/anonymiser/markup.py was read). Fifty invented reports in three settings:

* social_care - a children's centre and its health visiting team (0-5s, new birth visits,
  developmental reviews, ASQ-3, weigh clinics, Stay and Play, creche);
* health - a theatre suite and day surgery unit (WHO checklist, swab and sharps counts,
  implants, specimens, recovery, fasting, allergies);
* aviation - a university flying club and glider launch point (winch and aerotow launches,
  tugs, retrieves, RT transcripts, tech logs, airprox).

Styles are deliberately mixed: minutes with attendance and apologies, action lists with
initials, quoted speech with nicknames, rushed lower-case notes with typos, formal narratives,
chronologies with times, e-mails with headers and signatures, WhatsApp/Teams/Slack exports,
handover notes, pipe- and tab-separated tables, forms with Name/DOB/Ref fields, debriefs,
shout-outs, thank-you cards, RT transcripts and tech log entries. Names appear as full names,
first names, surnames, lower-case names, nicknames, initials, everyday-word names, possessives
and misspellings; identifiers include addresses, postcodes, phones, e-mails, NHS and NI numbers,
local references, dates of birth, dates, ages, local organisations, vehicle and aircraft
registrations and flight numbers. `{{...}}` marks roles, agencies, clinical and aviation terms
and other look-alikes that must survive redaction.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind198.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rushed note sorry - did 9-12 mth review visit [[date:10/10]] at [[address:14 Larch Close]]
        [[postcode:WF2 7HN]] but new tenant answered, family moved out 3 wks ago. she had our appt
        letter for [[name:kaiden]] (dob [[date_of_birth:03/01/24]]) open on the side n said 2 more
        had come. {{admin}} never updated address after the {{GP}} change, {{SystmOne}} still shows
        old one. rang mum on [[phone:07911 204583]] no ans, left vm. [[name:shaz]] in admin thinks
        the {{change of address}} form went in the wrong tray at
        [[organisation:Outwood Park Childrens Centre]]. letters took back, {{IG}} breach logged, told
        {{line manager}}. need to check [[name:kaiden]]s {{imms}} r up to date as {{GP}} letters prob
        went same place. not a {{safeguarding}} concern as far as i can tell just admin.
        [[name:JH]] {{HV}}
    """)),
    ("social_care", "near_miss", prose("""
        On Tuesday [[date:4 March 2025]] I completed a {{2-2½ year review}} for
        [[name:Amara Okafor-Reid]] ([[age:26 months]]) at [[organisation:Brackenhurst Children's Centre]].
        [[name:Amara]] was born at 29 weeks, so her {{corrected age}} is 23 months. I took the
        {{ASQ-3}} 27-month questionnaire from the drawer without checking and {{mum}} completed it
        with me. The {{communication}} score came out below the cut-off and I had started a referral
        to {{speech and language therapy}}. Our {{nursery nurse}}, [[name:Faith Mensah]], was
        double-checking the paperwork before scanning and spotted that the questionnaire did not
        match the corrected age. We re-scored with the 24-month version the next day with mum's
        agreement and [[name:Amara]] was within the expected range in every area. No referral was
        sent. Learning: the {{red book}} and the clinic list both show gestation, but the
        questionnaire drawer is sorted by chronological age only. I have suggested a prompt sticker
        on the drawer. Thank you [[name:Faith]] for catching this.
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Bex]] ([[name:Rebecca Lightfoot]], {{family support worker}}) at
        [[organisation:Millbrook Family Hub]] for the {{Stay and Play}} on Friday [[date:14th Feb]].
        A dad none of us had met before, [[name:Tomasz]], came in with his
        [[age:11-month-old]] and told [[name:Bex]] he "hadn't slept properly since the baby came".
        She sat with him over a brew, asked the {{PHQ-2}} questions without making it feel like a
        form, and got his consent to share with the {{health visitor}}. [[name:Nkechi]] ({{HV}}) saw
        the family at home on the {{Monday}} and dad is now linked in with his {{GP}} and the
        {{Dads' Group}} on {{Thursdays}}. Quote from [[name:Tomasz]] on the feedback card: "the lady
        with the purple hair made me feel normal". That's [[name:Bex]] all over. Nominated for the
        {{team award}} - [[name:Gaz]] ({{centre lead}})
    """)),
    ("social_care", "incident", block("""
        [[organisation:Eastfield Health Visiting Team]] - learning review (incident [[case_reference:DTX-48213]])
        Date: [[date:21/11/2024]]   Venue: {{training room}}, [[organisation:Eastfield Children's Centre]]

        Present: [[name:Marcia Dunleavy]] (chair, {{team leader}}), [[name:Hope Adeyemi]] ({{HV}}), [[name:Will Fairbrother]] ({{CNN}}), [[name:Sunita Rao]] ({{named nurse safeguarding}}), [[name:Kerry-Ann Whyte]] (admin, minutes)
        Apologies: [[name:Dev Malhotra]], [[name:Joy Pickering]]

        1. What happened
        Baby [[name:L.M.]] was recorded {{WNB}} for the {{6-8 week review}} twice in October. No {{WNB pathway}} letter went out and it was not escalated. Picked up on [[date:14/11]] when [[organisation:Ferncroft Medical Practice]] queried missing {{first imms}}.

        2. Discussion
        [[name:Hope]] found the WNB flag dropped off the {{caseload}} list when the family transferred in from [[organisation:Lowmoor HV Team]]. [[name:Will]] has seen the same thing twice this year. No individual at fault.

        3. Actions
        | Action | Who | By |
        | Re-audit transfers-in since [[date:01/09/24]] for lost WNB flags | [[name:HA]] / [[name:KAW]] | [[date:06/12/24]] |
        | Raise flag issue with {{SystmOne}} super-user | [[name:WF]] | next mtg |
        | Add to {{safeguarding supervision}} agenda | [[name:SR]] | Jan |
        | Family seen [[date:19/11]], baby well, {{weight}} on {{centile}} | [[name:MD]] | closed |

        Next meeting [[date:16 January 2025]]
    """)),
    ("social_care", "near_miss", block("""
        Teams chat export - [[organisation:Kingsway Children's Centre]] reception - [[date:06/03/2025]]
        [09:12] [[name:Lou Barker]]: anyone about? bloke on the phone asking what time [[name:Maisie]]'s {{baby clinic}} slot is tmrw, says hes dad
        [09:12] [[name:Lou Barker]]: hes got her dob right [[date_of_birth:17.08.24]] so i was going to just tell him
        [09:13] [[name:Precious Ncube]]: WAIT dont. check the {{alert}} on her record first
        [09:14] [[name:Lou Barker]]: oh. theres a {{non-molestation order}}. {{mum}} only.
        [09:14] [[name:Precious Ncube]]: yep. say we cant give out info and take a number. i'll tell the {{social worker}}
        [09:16] [[name:Lou Barker]]: he gave [[phone:07458 330912]] and hung up v quick
        [09:20] [[name:Precious Ncube]]: emailed [[name:Dami]] at {{MASH}} + rang mum. she says its defo him, shes ringing {{101}}
        [09:21] [[name:Lou Barker]]: feel sick. i nearly said half 10
        [09:22] [[name:Precious Ncube]]: but u didnt!! u checked. thats the system working [[name:lou]] x
        -- exported for {{Datix}} [[case_reference:W-20931]] by [[name:P. Ncube]], {{reception supervisor}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Olumide Bankole]] <[[email:o.bankole@northvale-tr.nhs.uk]]>
        To: [[name:Grace Tremlett]] <[[email:grace.tremlett@northvale-tr.nhs.uk]]>
        Cc: [[email:eastfield.hv@northvale-tr.nhs.uk]]
        Date: [[date:12 June 2025]] 16:41
        Subject: thank you - your referral ({{audiology}})

        Hi [[name:Grace]],

        Just a quick note to say thank you for your referral for [[name:Ibrahim]] ([[nhs_number:362 609 7897]]). You noted at his {{9-12 month review}} that he wasn't turning to his name and that {{mum}} had wondered about it too. Our {{ABR}} showed a {{moderate bilateral loss}} and he was fitted with {{hearing aids}} on [[date:3rd June]]. Getting him in at [[age:10 months]] rather than at the {{2-year review}} makes a real difference for {{speech}}.

        Mum asked me to pass on that you were "the only one who listened". Please share with [[name:Sunny]] in your team too, as I gather she did the {{home visit}} follow-up.

        Best wishes
        [[name:Olumide]]

        Dr [[name:Olumide Bankole]]
        {{Consultant Audiological Physician}}
        [[organisation:Northvale Paediatric Audiology]], Level 2, Corbridge Wing, [[organisation:Northvale General Hospital]]
        Tel: [[phone:0191 496 0732]] | Mob: [[phone:+44 7700 900418]]
    """)),
    ("social_care", "incident", block("""
        Chronology - garden gate, [[organisation:Sandhill Children's Centre]], Wed [[date:9 July 2025]]
        09:30  {{Messy Play}} starts, 14 families, 2 staff ([[name:CP]], [[name:RG]]) + {{volunteer}} ([[name:Barbara]])
        10:05  [[name:RG]] takes bins out via side gate, gate swings to but {{latch}} doesn't catch
        10:12  [[name:Zayn]] ([[age:2 yrs 4 mths]]) seen by a passer-by on [[address:Cooper Street]] pavement, approx 20 m from gate
        10:13  passer-by (Mr [[name:Dale Hibbert]]) brings him to reception: "is this little one yours?"
        10:13  mum ([[name:Ruqayyah]]) had gone to the toilet and asked [[name:Barbara]] to keep an eye
        10:15  {{headcount}} done, all others present
        10:20  {{centre manager}} [[name:Clive Pardoe]] informed, mum spoken to and apologised to
        10:40  gate cable-tied shut, {{estates}} job [[case_reference:EST/25/0719]] raised
        11:00  {{LADO}} not needed - no allegation against staff (advice from [[name:Sam]], {{Early Help}} hub)
        [[date:10/07/25]]  notified to {{Ofsted}} as the creche is registered
        Written up by [[name:Charlotte Price]] ([[name:CP]]), {{deputy}}
    """)),
    ("social_care", "near_miss", prose("""
        HANDOVER {{Tues}} pm -> [[name:Aisling]]. Near miss from this am's {{drop-in clinic}} at
        [[organisation:Hartcliffe Community Hub]]: the {{Seca}} scales in room 2 were reading about
        300g heavy (tested with the {{calibration weight}} after one baby went UP 400g in 4 days which
        made no sense). Weights taken in room 2 since the last {{service}} could be wrong. I've
        checked the list, 6 babies weighed there last week. Only one worries me -
        [[name:Oskar Nowak]] (DOB [[date_of_birth:28/05/2025]], {{NHS no}}
        [[nhs_number:954 539 9104]]) dropped from 50th to below 25th {{centile}} on the {{chart}} on
        those scales, and I nearly flagged {{faltering growth}}. Please reweigh [[name:Oskar]] at home
        Thurs before anyone refers to {{paeds}}. Mum's number [[phone:07384 665210]], prefers text,
        first language Polish so use the {{interpreter line}} for anything complicated. Scales out
        of use and labelled, {{medical physics}} emailed, ref [[case_reference:MP-55127]]. The rest
        look fine. Cheers, [[name:Ros]]
    """)),
    ("social_care", "success", prose("""
        Learning from excellence - [[organisation:Oakwood Children's Centre]]. Nominated by
        [[name:Mariam Siddiqui]], {{speech and language therapist}}. This term [[name:Jonno]]
        ([[name:Jonathan Boateng]], {{early years practitioner}}) has run the {{Chatter Matters}} group
        on {{Wednesday mornings}} and started doing a five-minute {{WellComm}} screen with every family
        while the kids play. Between January and April he picked up eleven children never seen by
        {{SALT}}, including twins whose {{2-2½ year review}} had been missed after they moved from
        [[organisation:Kirkby Vale Family Centre]]. One mum said to me, "[[name:Jonno]] just gets down
        on the floor with them, they don't even know they're being tested." The parents call him
        "Mr [[name:J]]" and the little ones call him "[[name:Jon-Jon]]". Waits for a first SALT
        appointment have dropped because {{referrals}} arrive with the screen already done. Thank
        you [[name:Jonno]] - and thanks to [[name:Bill]] on {{reception}} for booking every family
        back in.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{creche}} / {{childcare}}
        Ref: [[case_reference:CC-INC-2025-031]]
        Setting: [[organisation:Little Wrens Creche]], [[organisation:Bramley Moor Children's Centre]]
        Child name: [[name:Ellis-James Kirwan]]
        DOB: [[date_of_birth:02.11.2022]]   Age: [[age:2y 8m]]
        Parent/carer: [[name:Shannon Kirwan]] (mum)   Tel: [[phone:07826 119044]]
        Date/time: [[date:18.07.2025]] approx 11:40
        What happened: child felt hot, 38.4 on the {{ear thermometer}}. {{Volunteer}} gave 5ml {{paracetamol suspension}} from the {{first aid box}} stock bottle. No {{medication consent form}} on file and mum not rung first. Mum arrived 12:10 and said [[name:EJ]] had a dose at home at 8am, so two doses about 4 hrs apart.
        Action taken: {{111}} rung by [[name:Gemma]] ({{creche lead}}) - no harm expected, monitor. Stock bottle removed. Volunteer ([[name:Pat]]) stood down from medicines pending {{refresher training}}.
        Reported by: [[name:G. Hollis]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:03/02/2025]], 17:02 - [[name:Tash]]: has anyone heard from [[name:Kaz]]?? her {{lone worker}} app hasnt checked out of the 15:30 visit
        [[date:03/02/2025]], 17:04 - [[name:Mo Hussain]]: not answering, tried her work mob [[phone:07700 900263]] twice
        [[date:03/02/2025]], 17:05 - [[name:Tash]]: diary says [[address:Flat 6, Tennyson House, Marlow Road]] [[postcode:NG7 5RT]]
        [[date:03/02/2025]], 17:06 - [[name:Mo Hussain]]: the one with the dog? escalating per the {{lone working policy}}, ringing [[name:Deb]] ({{on call manager}})
        [[date:03/02/2025]], 17:11 - [[name:Deb]]: got it. 10 more mins then we ask {{police}} for a {{welfare check}}
        [[date:03/02/2025]], 17:14 - [[name:Kaz]]: omg sorry sorry!! phone died in the car, was with mum for ages doing the {{EPDS}}. shes ok, im ok
        [[date:03/02/2025]], 17:15 - [[name:Deb]]: glad ur ok hun. pls datix as near miss, we need {{in-car chargers}} and a {{buddy}} system for late visits
        [[date:03/02/2025]], 17:15 - [[name:Tash]]: 🙏
    """)),
    ("social_care", "success", prose("""
        Positive outcome to share. I am the {{family support worker}} for a young mum,
        [[name:Chantelle Osei]] ([[age:19]]), after the {{health visitor}} flagged at the
        {{new birth visit}} that there was no food in the flat and the {{electric meter}} was on
        {{emergency credit}}. [[name:Chantelle]] had been told by the {{Jobcentre}} that her
        {{Universal Credit}} claim was "stuck" because her {{National Insurance number}} did not
        match. We sat together at [[organisation:Riverside Children's Centre]] and found it had been
        typed as [[ni_number:JT 41 88 20 B]] instead of [[ni_number:JT 41 88 02 B]]. One phone call
        later it was fixed and the first payment landed on [[date:27 September]]. We also sorted a
        {{Healthy Start}} card, a {{food bank}} voucher for [[organisation:St Barnabas Pantry]] and a
        referral to [[organisation:Home-Start Calderbrook]]. At the {{6-8 week check}} baby
        [[name:Nova]] was gaining well and mum told [[name:Lindiwe]] ({{HV}}) "I actually feel like I
        can do this now". Small things, big difference.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Karimi]] <[[email:nadia.karimi@hollinsfield.gov.uk]]>
        To: [[name:Rob Elsworth]] <[[email:r.elsworth@hollinsfield.gov.uk]]>
        Sent: Monday [[date:28 April 2025]] 09:17
        Subject: IG incident - {{baby massage}} email

        [[name:Rob]],

        Flagging for the {{IG team}}. On Friday our {{admin apprentice}} sent the {{baby massage}} course reminder to 11 parents with everyone in the To: line rather than {{BCC}}. Two parents have complained, one because her {{ex-partner}}'s new partner is on the same course and now has her address ([[email:kelly.m.brannigan@gmail.com]]).

        {{Recall}} failed as most recipients are external. I've phoned all 11 families. [[name:Kelly]] is understandably upset and I've offered her a meeting this week. The {{apprentice}} ([[name:Kieran]]) is mortified - this is a system problem not a [[name:Kieran]] problem: we have no group mailing tool so people type addresses in by hand.

        [[name:Nadia]]

        [[name:Nadia Karimi]] | {{Children's Centre Manager}} | [[organisation:Hollinsfield Family Hubs]] | [[phone:01484 220615]]
    """)),
    ("social_care", "near_miss", block("""
        1 yr review clinic - [[organisation:Greenacres Children's Centre]] - Thu [[date:15/05/25]]
        | Time | Child | DOB | HV | Notes |
        |---|---|---|---|---|
        | 09:30 | [[name:Muhammad Ali Khan]] | [[date_of_birth:02/05/24]] | [[name:FB]] | seen |
        | 10:00 | [[name:Muhammad Abdullah Khan]] | [[date_of_birth:20/05/24]] | [[name:FB]] | seen - NEAR MISS see below |
        | 10:30 | [[name:Ava-Rose Jennings]] | [[date_of_birth:11/04/24]] | [[name:DT]] | {{WNB}} |
        | 11:00 | [[name:Ifeoluwa Adebayo]] | [[date_of_birth:29/04/24]] | [[name:DT]] | seen, {{ASQ}} ok |

        Note ([[name:FB]]): I opened the 09:30 record for the 10:00 child because both show as "[[name:Khan, Muhammad A]]" on the {{clinic list}} and both DOBs are May 24. I had typed the {{weight}} and {{ASQ-3}} scores before dad mentioned his son's {{tongue tie}} division, which wasn't in the record I had open. Nothing saved, {{draft}} discarded. Both families live on [[address:Sefton Avenue]]. Learning: three identifiers (name, DOB, {{NHS number}}) at every contact. - [[name:Folake]]
    """)),
    ("social_care", "success", block("""
        CC & HV Joint Learning Forum - minutes
        [[date:7th October 2024]], 13:30-15:00, [[organisation:Alderbank Family Hub]]

        Attendees: [[name:Rose Kimani]] ({{chair}}), [[name:Pete O'Driscoll]], [[name:Sian Llewellyn-Jones]], [[name:Mark Ebbs]], [[name:Grace]] ({{student HV}})
        Apologies: [[name:Amandeep Gill]]; [[name:Lucy]] ({{Early Help}}); [[name:Tadhg Ó Murchú]]

        Item 1 - Learning from excellence
        [[name:Pete]] presented the {{Ready Together}} pilot: {{2-2½ year reviews}} done in the centre alongside {{nursery}} staff from [[organisation:Meadowside Nursery]] (the {{integrated review}}). Uptake went from 61% to 88% in two quarters. [[name:Mark]] said the joint visits meant "the nursery already knew what we were worried about, so nothing fell between the chairs". [[name:Grace]] sat in on three and said it was the best learning of her placement.

        Item 2 - {{ASQ}} stock
        Out-of-date 30-month forms found at two sites. Binned.

        Actions
        [[name:RK]] - uptake data to {{commissioners}} by [[date:21/10/24]]
        [[name:SLJ]] - ask [[organisation:Meadowside Nursery]] manager to present at next forum
        [[name:PO'D]] / [[name:ME]] - write up pilot for the {{PHN}} newsletter
        [[name:AG]] - check ASQ stock at all sites (carried fwd, absent)

        Next forum: [[date:2 December 2024]]
    """)),
    ("social_care", "incident", prose("""
        car broken into outside [[address:22 Ashby Road]] on [[date:02/12]] while i was on a
        {{new birth visit}} approx 2-2.40pm. back window smashed, {{laptop}} bag gone. laptop
        {{encrypted}} + {{smartcard}} was in my pocket thank god, BUT my paper {{diary}} was in the bag
        with next wks visits - first names, addresses, couple of phone nos. car is my own,
        [[vehicle_registration:YK19 OWP]] silver fabia. police ref [[case_reference:14/77219/25]],
        {{crime number}} given to [[name:yvonne]] ({{team lead}}). rang {{IG}} who said log it as a
        {{data breach}}. families on the list being rung by [[name:babs]] and [[name:tunde]] tmrw am so
        they know. i know [[name:yvonne]] said at {{team meeting}} no paper diaries and i hold my hands
        up, ive just never got on with the {{electronic diary}} on the laptop. - [[name:mel]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at the {{weigh-in}}, [[organisation:Cherry Tree Children's Centre]], Tuesday
        [[date:22nd April]]. Busy session, 19 babies, just me and [[name:Pip]]
        ([[name:Philippa Doyle]], {{CNN}}). I plotted weights on the {{centile charts}} in the
        {{red books}} at the table and handed them back as families left. The {{dad}} of [[name:Ruby]]
        looked at his and said "this isn't [[name:Ruby]]'s, [[name:Ruby]]'s is the pink one with
        the stickers". I had given him the book for [[name:Rubi Chaudhry]] - same age, names sound
        the same, they were sat next to each other. [[name:Rubi]]'s {{mum}} had already left.
        [[name:Pip]] rang her on [[phone:07943 812770]] and she came back within 10 minutes. Books
        swapped and I checked every page with both parents, nothing written in the wrong one.
        Suggestions: say the child's full name out loud at {{handback}}, and one family at a time at
        the {{plotting table}}. [[name:Hannah]] ({{HV}})
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Summary: on [[date:17 January 2025]] a {{laparoscopic cholecystectomy}} in {{Theatre 3}} at
        [[organisation:Wyndham Day Surgery Unit]] was converted to open because of bleeding. A
        second pack of five {{large swabs}} was opened and written on the {{whiteboard}} by
        [[name:Callum]] (agency {{circulator}}). At closure the {{swab count}} was declared correct
        by the {{scrub nurse}}, [[name:Ngozi Eze]]. During the end-of-list reconciliation at 18:20
        [[name:Ngozi]] noticed the board said 10 but the {{swab rack}} held 9. The patient, Mr
        [[name:Derek Harland]] ([[age:58]], hospital no. [[case_reference:WD0438817]]), was still in
        recovery. An {{X-ray}} showed a swab with its {{radio-opaque marker}} in the right upper
        quadrant. He went back to theatre at 19:05 with the same surgeon, Miss [[name:Obi]], the swab
        was removed and he went home the next day. {{Duty of candour}} conversation held by Miss
        [[name:Obi]] with him and his wife [[name:Pauline]]. Contributing factors: handover of the
        circulating role mid-case ([[name:Sinead]] left at 17:00), the count done during a bleed,
        and board and rack not reconciled before closing. Reported by [[name:N. Eze]],
        {{Band 6}} scrub.
    """)),
    ("health", "near_miss", prose("""
        Near miss at {{time out}}, {{Theatre 2}}, Thurs [[date:5/6/25]]. {{Knee arthroscopy}} list,
        pt 3 of 5 (hosp no [[case_reference:RH-2209147]]). {{Consent form}} and list both said RIGHT
        knee. At time out [[name:Jonno]] (our {{ODP}}, [[name:Jonathan Adu]]) said "hang on boss, the
        arrow's on the left". The {{site marking}} had been done on the left leg on the
        {{day surgery ward}}. Everyone stopped. {{The reg}} ([[name:Ferhat]]) checked the consent,
        the clinic letter and the {{MRI report}} - all right side. Left mark removed, right leg marked
        by the consultant, Mr [[name:Whitlock]], and time out redone. Mr [[name:Whitlock]] said "good
        shout [[name:Jonno]], that's exactly what the pause is for". Contributing: marking done by
        an {{FY2}} ([[name:Aoife]]) with two knees on the list, the patient in the next bay was a LEFT.
        Action: marking only by operating surgeon or delegate with notes in hand, and the
        {{WHO checklist}} prompt to say "check mark against consent" not just "site marked Y/N".
    """)),
    ("health", "success", block("""
        [[date:19/03/2025]], 21:47 - [[name:Bola Akinyemi]]: Massive thank you to {{recovery}} today 🙌 lady in {{bay 4}} had {{anaphylaxis}} after the {{teicoplanin}}
        [[date:19/03/2025]], 21:48 - [[name:Bola Akinyemi]]: [[name:Ginny]] spotted the rash + {{stridor}} in about a minute, [[name:Raj]] had {{IM adrenaline}} in before the {{2222}} call connected, [[name:Tee B]] ran the {{anaphylaxis box}} and Dr [[name:Fenwick]] was there in 2 mins. She's on the ward now, {{tryptase}} sent, chatting away
        [[date:19/03/2025]], 21:52 - [[name:Raj]]: honestly it was [[name:Ginny]] shouting "[[name:RAJ]] ADRENALINE NOW" that did it 😂
        [[date:19/03/2025]], 21:53 - [[name:Ginny]]: we drilled it on the {{sim day}} in feb, so glad we did
        [[date:19/03/2025]], 21:55 - [[name:Tee B]]: can we get it on the {{learning from excellence}} board pls
        [[date:19/03/2025]], 21:56 - [[name:Bola Akinyemi]]: already done ✅ and emailed [[name:Sue]] ({{matron}})
    """)),
    ("health", "incident", block("""
        Implant traceability incident - [[organisation:Priory Lane Day Surgery Unit]]
        Ref: [[case_reference:IR-2025-00873]]   Reported by: [[name:Harjit Sandhu]], {{theatre coordinator}}

        Monthly {{implant register}} audit (w/c [[date:10/02/25]]) found three cases with no {{implant stickers}} in the notes or on the register:

        Date     | Hosp no   | Procedure                               | Scrub | Surgeon
        [[date:28/01/25]] | [[case_reference:PL771204]] | {{ORIF}} distal radius ({{locking plate}}) | [[name:KO]]    | Mr [[name:Vance]]
        [[date:30/01/25]] | [[case_reference:PL769310]] | {{inguinal hernia}} repair ({{mesh}})     | [[name:DB]]    | Ms [[name:Ahmadi]]
        [[date:03/02/25]] | [[case_reference:PL772955]] | ORIF ankle ({{cannulated screws}})        | [[name:KO]]    | Mr [[name:Vance]]

        {{Lot numbers}} traced through the {{stock system}} for two; the mesh cannot be traced to a batch. Its sticker sheet probably went out with the packaging.
        Contributing: new {{electronic record}} went live [[date:27 January]] with no implant field, so stickers went on loose paper for scanning.
        Actions: [[name:HS]] to add an implant check to {{sign out}}; [[name:KO]] / [[name:DB]] to brief scrub teams; {{MHRA}} report not needed (no device fault).
    """)),
    ("health", "near_miss", block("""
        [07:41] [[name:Steph Marsh]] (DSU): morning, pt 1 for Mr [[name:Osei]]'s list is here, [[name:Eileen Prowse]] [[age:72]], {{lap hernia}}
        [07:52] [[name:Steph Marsh]] (DSU): ah. doing {{admission checks}} and she's just said she had toast and marmalade at 6 "because the letter said nothing after midnight but I thought that meant drinks"
        [07:53] [[name:Babajide Ogun]] (anaes): thanks for flagging. which letter?
        [07:55] [[name:Steph Marsh]] (DSU): the old one. {{pre-op}} was done at [[organisation:Castle Mead Hospital]] and they sent the 2019 {{fasting}} leaflet
        [07:56] [[name:Babajide Ogun]] (anaes): ok she'll have to go to {{end of list}}, {{6 hours}} from 06:00 so not before 12. swap with pt 4?
        [07:58] [[name:Kat]] (coord): swapping now, ringing pt 4 [[name:Sunny Bhatti]] on [[phone:07766 501239]]
        [08:05] [[name:Kat]] (coord): sorted, he's on his way in, {{NBM}} since 2am
        [08:06] [[name:Steph Marsh]] (DSU): I'll datix the leaflet thing. caught at {{admission}} not at {{sign in}} so near miss
    """)),
    ("health", "success", block("""
        Theatres & Day Surgery Governance Meeting - [[date:12 March 2025]]
        Present: Prof [[name:Alistair Coombe]] ({{Clinical Director}}), [[name:Yasmin Farouk]] ({{Theatre Manager}}), [[name:Joy Adeleke]] ({{Lead Anaesthetist}}), [[name:Tom Rees]] ({{Practice Educator}}), [[name:Małgorzata Wiśniewska]] ({{Band 7}} recovery)
        Apologies: [[name:Bill Carver]], [[name:Faith Osagie]]
        In attendance: [[name:Lauren]] ({{student ODP}}) for item 3

        1. Minutes of last meeting agreed.
        2. Incidents: 4 low harm, none moderate. Themes: {{list changes}}, consent.
        3. {{Learning from excellence}}: [[name:Lauren]] noticed a torn wrap on a {{sterile tray}} on [[date:24/02]] before it was opened. She said "I nearly didn't say anything because I'm just the student"; [[name:TR]] used this to talk about {{speaking up}}. Certificate presented by [[name:AC]].
        4. {{WHO checklist}} audit: {{team brief}} 98%, {{debrief}} 91%.

        Actions
        - [[name:YF]]: report debrief compliance monthly
        - [[name:JA]]: rerun consent training for {{pre-op assessment}}
        - [[name:TR]]: add [[name:Lauren]]'s story to the {{induction}} pack
        Next meeting: [[date:9 April 2025]]
    """)),
    ("health", "incident", block("""
        From: [[name:Ceri Howells]] <[[email:ceri.howells@wyvern.nhs.uk]]>
        To: {{PALS}} <[[email:pals@wyvern.nhs.uk]]>; [[name:Gareth Yeo]]
        Date: [[date:08/04/2025]] 11:02
        Subject: lost hearing aids - day surgery, pt [[case_reference:K4471092]]

        Hi both,

        Following up the complaint from Mrs [[name:Ivy Leadbetter]] ([[age:84]]). She came in on [[date:1 April]] for a {{flexible cystoscopy}} under {{GA}}. Her {{hearing aids}} were taken out in the {{anaesthetic room}} and put in a {{gallipot}} on the trolley; the trolley was stripped after the case and the gallipot went in {{clinical waste}}. Her daughter ([[name:Sharon]], [[phone:07821 446930]]) says she can't hear on the phone at all.

        We've apologised and the trust will pay for replacements through [[organisation:HearWell Audiology Shrewsbury]]. Learning: every anaesthetic room has {{property bags}} but nobody used one because it was "a quick case". I've asked [[name:Gareth]] to add a {{hearing aids / glasses / dentures}} prompt to the {{sign in}} board.

        Thanks
        [[name:Ceri]]

        [[name:Ceri Howells]]
        {{Day Surgery Sister}}, [[organisation:Wyvern Day Surgery Centre]]
        [[phone:01905 733218]]
    """)),
    ("health", "near_miss", block("""
        Timeline - {{sharps count}} discrepancy, {{Theatre 1}}, [[organisation:Kingfisher Unit]], [[date:23.09.24]]
        14:02  {{closing count}} started ({{scrub}} [[name:AK]], circ [[name:Femi]])
        14:04  one {{3/0 Vicryl}} needle short (5 issued, 4 in {{needle counter}})
        14:04  surgeon (Mr [[name:Lindqvist]]) told, closure paused, {{wound}} checked
        14:06  search of {{drapes}}, floor, {{suction}} tubing - nothing
        14:09  [[name:Femi]]: "found it!" - stuck to the sole of [[name:Big Dave]]'s clog ({{HCA}}, had been moving the {{Mayo}})
        14:10  count repeated and correct, signed [[name:A. Kowalczyk]] / [[name:F. Adeyinka]]
        14:11  closure continued, no {{X-ray}} needed
        Learning: needle dropped when the Mayo was moved; no {{magnetic mat}} in use. [[name:AK]] to re-order mats.
    """)),
    ("health", "incident", prose("""
        pt [[name:J. Okonkwo-Bailey]] ([[case_reference:RH1184432]]) in {{recovery}} c/o stinging L
        thigh, found 2cm {{superficial burn}} under where the {{diathermy plate}} was. plate put on by
        me at start of case, skin looked fine but i didnt clip and hes quite hairy so prob poor
        contact. no alarm from the {{diathermy}} machine during case. surgeon (mr [[name:patel]])
        aware, {{burns dressing}} on, {{tissue viability}} referral done. pt told by [[name:danny]] +
        me before discharge, gave him {{PALS}} number. plate + lead kept, {{EBME}} job
        [[case_reference:EB-33817]]. think we need a {{clipper}} in every theatre not just 2 and 4.
        sorry short report on {{nights}} now - [[name:tasha]] {{ODP}} [[date:14/05]]
    """)),
    ("health", "success", prose("""
        Card received by the {{day surgery unit}} at [[organisation:St Hilda's Hospital]] on
        [[date:3rd March]], copied into the {{compliments log}} with permission: "To the lovely team
        in theatres, especially [[name:Marisol]] and the tall nurse with the Scottish accent (I think
        [[name:Euan]]?) and Dr [[name:Kaur]]. I was terrified about my {{hysteroscopy}} after last
        time and you let me keep my music on and held my hand. [[name:Marisol]] told me a terrible
        joke about a penguin at exactly the right moment. I didn't even notice the {{cannula}}.
        Thank you for treating me like a person. Love [[name:Gwen Pritchard]] (the one who cried in
        {{bay 2}}) xx". Sister's note: [[name:Euan]] is actually [[name:Ewan Ross]], our
        {{recovery practitioner}}; [[name:Marisol Vega]] is our {{HCA}} and Dr [[name:Simran Kaur]]
        our {{anaesthetist}}. This is what {{person-centred care}} looks like. Shared at
        {{huddle}} [[date:04/03/25]] - [[name:LH]]
    """)),
    ("health", "near_miss", block("""
        DSU -> THEATRE HANDOVER (pt 2, am list, [[date:11/11/24]])
        Name: [[name:Abdirahman Warsame]]   DOB: [[date_of_birth:14/06/1967]]   NHS: [[nhs_number:936 838 6625]]
        Procedure: {{excision of lipoma}} L shoulder
        {{Allergies}}: NKDA on ward sheet   <- WRONG, see below
        Fasted: yes from 02:00
        {{Obs}}: stable, {{BM}} 6.1 ({{T2DM}}, {{metformin}} omitted today)
        Handed over by: [[name:Lerato]] (DSU)   Received by: [[name:Gus]] ({{anaes nurse}})

        Added by Dr [[name:Sabine Meyer]], anaesthetist: at {{sign in}} I asked the patient directly using a phone interpreter (Somali). He has a {{penicillin allergy}} (rash and lip swelling in 2019), recorded in the {{GP summary}} from [[organisation:Moorgate Health Centre]] but never transcribed onto the ward sheet. {{Co-amoxiclav}} had been drawn up for {{prophylaxis}}. Not given. Red {{allergy band}} on, changed to {{clindamycin}}. [[name:Gus]] and [[name:Lerato]] both very open about it. No harm.
    """)),
    ("health", "incident", block("""
        SPECIMEN LABELLING INCIDENT
        Ref: [[case_reference:HIS-0925-114]]
        Date of incident: [[date:02/09/2025]]   Location: {{Theatre 4}}, [[organisation:Brook Vale DSU]]
        Patient A (correct): [[name:Ralph Hemingway]]   DOB [[date_of_birth:22/11/1951]]   NHS no. [[nhs_number:147 565 0345]]
        Patient B (label used): [[name:Rosemary Hemmings]]   DOB [[date_of_birth:09/03/1949]]   NHS no. [[nhs_number:310 638 5790]]
        What happened: {{skin lesion}} excised from patient A was sent in a {{specimen pot}} with patient B's {{addressograph}} label on it. Both on the same {{minor ops}} list; B was the previous case and her spare labels were left on the {{circulating}} trolley.
        Found by: {{histopathology}} reception ([[name:Kwame]]) on [[date:04/09/2025]] - request form and pot didn't match.
        Outcome: pot returned, relabelled by the operating surgeon with a {{two-person check}}, accepted by the lab with a discrepancy note. Result 3 days late. Both patients told.
        Reported by: [[name:Oona Fitzgerald]], {{Staff Nurse}}
    """)),
    ("health", "success", prose("""
        Hot debrief notes, {{Theatre 5}}, [[date:28/10]] - {{day case}} {{tonsillectomy}}, [[age:6]]
        yr old, {{secondary bleed}} in recovery. Present: [[name:Sully]] (ENT {{reg}}), Dr
        [[name:Anjali Menon]] (anaes consultant), [[name:Magda]] (scrub), [[name:Chidi]] ({{ODP}}),
        [[name:Rach]] (recovery). What went well: [[name:Rach]] hit the {{emergency bell}} straight
        away and said "I need ENT NOW, not in five". [[name:Chidi]] had the
        {{difficult airway trolley}} in without being asked. [[name:Sully]] said afterwards
        "[[name:Magda]] had the {{tonsil tray}} open before I'd even scrubbed - legend".
        {{Tranexamic acid}} given, back in theatre within 11 mins, {{Hb}} stable,
        {{major haemorrhage protocol}} not needed. Mum kept informed by [[name:Rach]] throughout.
        Even better if: the child's {{weight}} wasn't on the recovery board so drug doses took longer.
        Action: weight on board for all paeds ([[name:AM]]). [[name:Harvey]] went home day 2.
    """)),
    ("health", "incident", block("""
        Theatre huddle notes - Mon [[date:20 Jan 2025]] 07:45
        Attending: [[name:Yas]] (coord), Dr [[name:Holt]] (anaes), [[name:Rowena]], [[name:Gaz]], [[name:Priya]], [[name:Ife]]
        Apologies: [[name:Mike T]] (sick)

        Follow-up from Friday ([[case_reference:DTX-51902]]):
        - {{Type 1 diabetic}} pt (hosp no [[case_reference:QH2093381]]) moved from 1st to 5th on the list at 08:30 because of a {{kit}} delay. Ward not told, she stayed {{NBM}} and her {{VRIII}} wasn't started. {{BM}} 3.2 at 12:40, {{hypo}} treated with {{glucose gel}}. Had her op at 14:00, home next day.
        - [[name:Priya]]: "we rang the ward at 9 but [[name:Shaz]] said she'd pass it on and it never got to her nurse". No one's fault, there's no written route.
        - [[name:Gaz]]: the {{list change form}} lives in the coordinator's office and nobody uses it.
        Actions
        [[name:YB]] - list changes on the {{e-whiteboard}} + phone call, from today
        [[name:DH]] - diabetic pts first on list (per {{JBDS}}), email surgeons
        [[name:PR]] - speak to ward manager re passing on phone messages
    """)),
    ("health", "near_miss", block("""
        #theatres-dsu ({{Slack}})
        [[name:Imogen Clarke]]  10:14
        heads up - {{hernia set}} 12 came up from {{CSSD}} with the {{indicator tape}} not changed colour. caught when opening, case delayed 20 min. found a second one on the shelf
        [[name:Tariq]]  10:16
        same thing on the [[date:14th]] with set 9 I think?
        [[name:Imogen Clarke]]  10:17
        both quarantined. told [[name:Lorna]] in CSSD, she's checking the {{autoclave}} log for Monday [[date:8 Sept]]
        [[name:Lorna Mackie]]  10:41
        Found it. Cart 3 went through the {{washer disinfector}} and skipped the {{steriliser}}. Full {{load recall}}, 14 trays. Thanks [[name:Imogen]] 🙏
        [[name:Tariq]]  10:43
        good catch 👍 we nearly opened it on a pt
    """)),
    ("health", "success", block("""
        From: [[name:Yetunde Balogun]]
        To: Theatres - all staff
        Subject: Learning from excellence - well done [[name:Kit]]!

        Hi all,

        Shout-out to [[name:Kit Morales]], second-year {{student ODP}}, who stopped an {{ACL reconstruction}} on {{Friday}} when he noticed the {{interference screw}} had passed its {{expiry date}}. Everyone else had checked the size, not the date. [[name:Kit]] said "sorry, probably being silly, but is this in the past?" It was, by three days. Mr [[name:Ashworth]] said "that's why we have two pairs of eyes, and sometimes the best pair belongs to the {{student}}". A {{stock check}} found two more expired packs, now removed. [[name:Kit]], your certificate is coming at {{Tuesday huddle}}.

        [[name:Yetunde]]
        [[name:Yetunde Balogun]] | {{Theatre Practice Educator}} | [[organisation:Ravensworth Treatment Centre]]
        [[phone:07700 900771]]
    """)),
    ("health", "success", prose("""
        I want to record good practice for a patient with a {{learning disability}} and {{autism}} who
        had {{dental extractions}} under {{general anaesthetic}} on [[date:30 June 2025]].
        [[name:Daniel]] ([[age:27]]) had two previous attempts cancelled at
        [[organisation:Elmwood Hospital]] because he became distressed in the waiting area. This time
        the {{learning disability liaison nurse}}, [[name:Harriet Blythe]], set up a
        {{reasonable adjustments}} plan with his support worker [[name:Abi]] from
        [[organisation:Bluebell Supported Living]]: first on the list, a side room, his own weighted
        blanket and {{oral premedication}} at home. [[name:Harriet]] and Dr [[name:Costa]] met him in
        the car park, and he walked into the {{anaesthetic room}} holding [[name:Abi]]'s hand. With a
        {{best interests}} decision in place the team also took bloods and did a {{hearing test}}
        while he was asleep, saving two more appointments. He was home by 1pm. His mum wrote: "for
        the first time someone planned around [[name:Dan]] instead of expecting [[name:Dan]] to fit
        in".
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:8 June 2024]] at [[organisation:Hawksmoor Airfield]] {{ASK 21}}
        [[aircraft_registration:G-CKHW]] had a {{cable break}} on a {{winch launch}} at about 150 ft.
        P1 was {{basic instructor}} [[name:Rhodri Pugh]]; P2 was a {{first-year}} member of
        [[organisation:Northgate University Gliding Club]], [[name:Ana-Lucía Herrera]] ([[age:19]]),
        on her sixth launch. [[name:Rhodri]] took control, lowered the nose to the
        {{recovery attitude}} and landed ahead on the remaining runway. The landing was firm and the
        {{tailskid}} was damaged; nobody was hurt. The {{weak link}} was intact - the cable broke
        about 30 m from the {{drogue}}, at a {{splice}} made the previous weekend. Winch driver
        [[name:Sandy]] said "it just went slack, nothing on the {{tension gauge}}". Learning: splices
        to be logged with date and maker, and [[name:Ana-Lucía]] asked for a cable break briefing
        before her next flight, which we think every first-year should get before their first
        launch. Reported by the {{CFI}}.
    """)),
    ("aviation", "near_miss", prose("""
        nr miss at the {{launch point}} approx 15:20 [[date:13/04]]. retrieve car (club
        {{Land Rover}} [[vehicle_registration:L482 KTV]]) driven across the {{landing area}} by
        [[name:ollie]] to fetch the {{cable}} while the {{K13}} [[aircraft_registration:G-DEWB]] was on
        {{final approach}}. [[name:fitzy]] on the {{radio}} shouted stop stop stop and [[name:ollie]]
        stopped about 50m short of the landing run. glider landed ok. pilot ([[name:Jess]]) says she
        saw the car late cos of the sun. [[name:ollie]] new to driving, nobody did the
        {{vehicle brief}} with him, he thought {{lookout}} was someone elses job. nobody hurt. pls can
        we put "look up the approach before crossing" on the driver card. - [[name:mj]]
        {{duty instructor}}
    """)),
    ("aviation", "success", block("""
        [[date:27/07/2025]], 18:03 - [[name:Jonno]]: 🎉🎉 FIRST SOLO!! Huge congrats to [[name:Aditi]] who went solo in [[aircraft_registration:G-CHVM]] this arvo. one lovely {{circuit}}, landed right on the {{spot}}
        [[date:27/07/2025]], 18:05 - [[name:Mags]]: well done [[name:Adz]]!!!
        [[date:27/07/2025]], 18:06 - [[name:Aditi Raghunathan]]: thank u everyone 😭 [[name:Jonno]] said "right, I'm getting out, don't break my glider" and I nearly cried
        [[date:27/07/2025]], 18:07 - [[name:Wheelie]]: best sentence in gliding. {{first solo}} certificate and a round at the {{bar}} then
        [[date:27/07/2025]], 18:09 - [[name:Jonno]]: also shout out to [[name:Hutch]] on the {{winch}} all day and [[name:Grace]] on the {{logs}}, 41 launches and not one {{cable}} tangle
        [[date:27/07/2025]], 18:10 - [[name:Grace]]: 🥲 {{pre-solo checks}} all signed btw, {{CFI}} has seen them
    """)),
    ("aviation", "near_miss", block("""
        RT transcript ({{ATC}} recording), [[organisation:Castlebridge Radar]] 119.725, [[date:19/09/2024]]
        14:31:05  [[aircraft_registration:G-BRXF]]  [[organisation:Castlebridge Radar]], [[aircraft_registration:Golf Bravo Romeo X-ray Foxtrot]], {{PA-28}}, {{student pilot}}, 2400 feet, request {{basic service}}
        14:31:20  RADAR    [[aircraft_registration:Golf X-ray Foxtrot]], basic service, {{QNH}} 1013, caution {{CTA}} base 2500 feet 2 miles north of you
        14:32:40  RADAR    [[aircraft_registration:Golf X-ray Foxtrot]], you appear to be entering controlled airspace, turn left heading 180 immediately, descend altitude 2000 feet
        14:32:48  [[aircraft_registration:G-BRXF]]  left 180 descending 2000, [[aircraft_registration:Golf X-ray Foxtrot]]
        14:32:55  RADAR    [[flight_number:EZY82LK]], avoiding action, turn right heading 270, traffic 1 o'clock 3 miles
        14:33:01  [[flight_number:EZY82LK]]  right 270, [[flight_number:EZY82LK]]

        Note ([[name:CR]], club {{safety officer}}): student [[name:Toby]] was on a solo {{nav exercise}} and had set 1031 not 1013 on the {{altimeter}}. {{Airspace infringement}} reported via {{MOR}} to the {{CAA}}; no {{TCAS RA}}. [[name:Toby]]'s instructor ([[name:Deepa]]) has debriefed him and he will fly with a {{moving map}} with {{airspace alerting}} from now on.
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-BFXW]] ({{PA-25 Pawnee}} tug)
        Sector | Date | Pilot | Hrs | Defect / action
        14 | [[date:02.03.25]] | [[name:D. Rennie]] | 0:25 | nil
        15 | [[date:02.03.25]] | [[name:K. Zieliński]] | 0:20 | {{tailwheel}} {{shimmy}} on landing roll after firm landing in gusty {{x-wind}}; {{tailwheel spring}} cracked. A/C {{U/S}}.
        16 | [[date:03.03.25]] | - | - | Inspected by [[name:H. Ferreira]] ({{LAE}} [[case_reference:UK.66.104362]]). Spring replaced, {{CRS}} issued.

        Narrative: [[name:Kris]] ([[name:Krzysztof]]) landed on 27 with a 15 kt gusting crosswind after the 6th tow of the day, bounced once and felt the tail wag. He said "I should have gone round, I was behind the aeroplane". {{Tugging}} was stopped for the day. Tug pilots are now asked to log crosswind limits for the {{Pawnee}} on the {{daily briefing}} sheet.
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:NUGC]] members 🪂
        [[date:11/05/2025]], 12:40 - [[name:Hutch]]: PSA from today. {{canopy}} on the {{Junior}} ([[aircraft_registration:G-DHMZ]]) was NOT locked when it got to the front of the queue. [[name:Kofi]] caught it on his {{CB SIFT CBE}} checks as the {{wing runner}} was about to lift the wing
        [[date:11/05/2025]], 12:44 - [[name:Kofi Asante-Mensah]]: the {{red lever}} was half over, looked locked from the seat. pushed it and it popped up
        [[date:11/05/2025]], 12:45 - [[name:Liv]]: 😳 thats literally the {{BGA}} safety poster
        [[date:11/05/2025]], 12:47 - [[name:Hutch]]: {{DI}} was signed by [[name:AB]] this morning but the canopy gets opened 20 times after that. not an [[name:AB]] thing
        [[date:11/05/2025]], 12:49 - [[name:Anna B]]: still, i'll own it. could the wing runner do a hand-on-canopy check every launch?
        [[date:11/05/2025]], 12:50 - [[name:Hutch]]: yes. adding to the launch point brief next sat. {{safety officer}} hat on: pls read [[case_reference:UGC-SR-25-07]] on the drive
    """)),
    ("aviation", "success", block("""
        [[organisation:Northgate University Gliding Club]] - Committee Meeting Minutes
        [[date:29 January 2025]], 19:00, Room 3.02, {{Students' Union}}

        Present: [[name:Ellie Nakamura]] ({{Captain}}), [[name:Ben Obuya]] ({{Treasurer}}), [[name:Harry Hutchinson]] ("[[name:Hutch]]", {{Safety Officer}}), [[name:Saoirse Quinn]] (Social Sec), [[name:Will Tanaka]] (Equipment)
        Apologies: Dr [[name:Mike Lowther]] ({{staff rep}}), [[name:Chen Yu]]

        1. Safety report ([[name:HH]])
        No reportable incidents in autumn term, first time in four years. [[name:Hutch]] credited the new {{launch point}} briefing card and the {{buddy}} system for first-years. 212 winch launches, 38 {{aerotows}}, two {{near miss}} reports, both closed.
        2. Training ([[name:EN]])
        Four first solos, two {{Bronze}} legs.
        3. Treasurer
        {{BGA}} grant for the {{simulator}} approved (£2,400).

        Actions
        [[name:HH]] - autumn safety summary to the {{CFI}}
        [[name:BO]] - claim grant by [[date:14/02/25]]
        [[name:WT]] - order new {{weak links}} (black and white)
        [[name:SQ]] - book safety quiz social
        Next meeting: [[date:26/02/25]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gareth Llewellyn]] ({{CFI}}) <[[email:cfi@hawksmoorgliding.org.uk]]>
        To: {{members list}}
        Date: Sun [[date:22 Sep 2024]] 20:15
        Subject: Incident today - please read

        All,

        At about 14:30 the {{Astir}} [[aircraft_registration:G-DCVE]] dropped a wing on the {{ground run}} in a gusty crosswind and swung. The {{wing runner}}, [[name:Priyanka]] ({{first-year}}), was still holding the tip and was knocked over, taking the wingtip on her shoulder. [[name:Tom Akers]], who is an {{A&E nurse}}, checked her over and she went to [[organisation:Northgate Royal Infirmary]]: {{X-ray}} clear, bad bruising. The pilot, [[name:Dominic]], is an {{early solo}} pilot and did release, but a second late.

        Two reminders: wing runners let go and step back the moment the wing drops; pilots release at once if a wing goes down. [[name:Priyanka]] says she'll be back next week "on the logs, not the wing".

        Reported to the {{BGA}}.

        [[name:Gareth]]
        [[name:Gareth Llewellyn]] | {{Chief Flying Instructor}} | [[phone:07812 334905]]
    """)),
    ("aviation", "near_miss", block("""
        Aerotow upset - sequence of events, [[date:17/08/2025]]
        Tug: [[aircraft_registration:G-BKXO]] ({{Super Cub}}), pilot [[name:Marcus Feld]]
        Glider: [[aircraft_registration:G-CGTT]] ({{DG-505}}), P1 Dr [[name:Fiona Baird]], P2 student [[name:Hamza]]
        13:42  {{aerotow}} launch rwy 24, light {{thermals}}
        13:44  ~600 ft, glider hits a thermal and climbs well above the tug; tug tail lifted
        13:44  [[name:Marcus]] feels pitch down and goes for the {{release}}; glider releases first ([[name:Fiona]] saw it developing)
        13:45  tug recovers at ~400 ft, both land normally
        14:10  debrief with both pilots + {{duty instructor}} ([[name:Graham]])
        Contributing: student flying the tow, instructor let it go on "to see if he'd correct it"; {{high tow}} limits not understood. [[name:Fiona]]: "I should have taken it back two seconds earlier." No damage.
        Actions: [[name:GH]] to show the {{tug upset}} video at Wednesday lecture; [[name:FB]] to fly aerotow exercises dual with [[name:Hamza]] next weekend.
    """)),
    ("aviation", "success", prose("""
        Debrief - first {{field landing}} for [[name:Bryony]] ("[[name:Bry]]") on a {{cross-country}}
        attempt, [[date:6 July]]. She was flying the {{Discus}} [[aircraft_registration:G-CLZA]]
        ({{trigraph}} [[aircraft_registration:LZA]]) on a 100 km {{triangle}} and ran out of lift near
        [[address:Tollerby Grange Farm]]. Picked a stubble field at 1,500 ft, flew a tidy
        {{circuit}}, landed into wind, 80 m roll. Phoned [[name:Stevo]] on the retrieve number at
        16:12 with a grid ref and field description that were spot on. The farmer, Mr
        [[name:Atkinson]], brought her a cup of tea and let the retrieve crew ([[name:Stevo]],
        [[name:Nush]] and [[name:Callum]]) drive the {{trailer}} right up to the gate. [[name:Bry]]
        said "I kept hearing [[name:Ruth]]'s voice saying pick the field at 1500 feet, not 800".
        {{Derigged}} and home by 20:00 in the club car [[vehicle_registration:KP66 XLJ]]. Her
        {{field selection}} at height was textbook. Nice one [[name:Bry]].
    """)),
    ("aviation", "success", block("""
        {{Freshers' taster day}} - {{launch log}} extract, [[date:05/10/2024]]
        [[organisation:Northgate University Gliding Club]] at [[organisation:Hawksmoor Airfield]]

        Time\tGlider\t{{P1}}\t{{P2}} (guest)\tLaunch\tFlight
        09:52\t[[aircraft_registration:G-CKHW]]\t[[name:RP]]\t[[name:Yusuf A.]]\t{{W}}\t0:06
        09:58\t[[aircraft_registration:G-DEWB]]\t[[name:GH]]\t[[name:Mei-Ling T.]]\tW\t0:05
        10:05\t[[aircraft_registration:G-CGTT]]\t[[name:FB]]\t[[name:Oisín K.]]\t{{AT}}\t0:21
        ...
        16:48\t[[aircraft_registration:G-CKHW]]\t[[name:RP]]\t[[name:Grace-Ann M.]]\tW\t0:07
        TOTAL\t48 launches, 47 guests, 0 incidents

        What went well: [[name:Ellie]] ran the {{launch point}} like clockwork, the {{queue}} never more than three, and every guest had the {{cable}} safety brief. Two guests signed up on the spot.
    """)),
    ("aviation", "incident", prose("""
        Ground handling incident at the {{hangar}}, Sunday [[date:2nd March]] about 17:40 while
        putting away. The {{K13}} [[aircraft_registration:G-DDXK]] was on {{tow-out gear}} behind the
        club Land Rover ([[vehicle_registration:V517 RKH]]) driven by [[name:Jamie-Lee]], with
        [[name:Osas]] on the {{wingtip}}. Passing the {{trailer park}} the left wingtip hit the nose
        of a private trailer ([[name:Colin Vickers]]'s {{LS8}} trailer). {{Wingtip skid}} cracked,
        trailer dented. [[name:Osas]] says he shouted "stop" but [[name:Jamie-Lee]] had the window
        up and the radio on. Speed was walking pace, should have been slower. It was getting dark
        and everyone wanted to get to the pub. K13 off line pending inspection by [[name:Paweł]]
        ({{inspector}}). [[name:Colin]] has been very good about it. Suggest no vehicle towing after
        {{sunset}} without a {{wing walker}} with a torch, and windows down.
    """)),
    ("aviation", "near_miss", block("""
        PRE-FLIGHT DOCUMENT CHECK - NEAR MISS
        Ref: [[case_reference:NUGC/NM/2025/04]]
        Member name: [[name:Florin Popescu]]
        DOB: [[date_of_birth:15/02/2005]]   Age: [[age:20]]
        Membership no: [[case_reference:BGA 118842]]
        Date: [[date:22/03/2025]]
        What happened: member was strapped into the {{K21}} for his {{check flight}} when the {{duty instructor}} ([[name:Katarzyna]]) asked the {{log keeper}} to confirm paperwork. His {{medical declaration}} had lapsed on [[date:28/02/2025]].
        Why it matters: no valid declaration means no {{insurance}} cover for the flight.
        Outcome: member got out, completed a new declaration, {{GP}} sign-off not needed, flew later that day.
        System issue: the {{membership database}} doesn't show expiry to the log keeper. [[name:Ben]] ({{treasurer}}) to add a red flag column. Log keeper [[name:Tilly]] - good catch.
    """)),
    ("aviation", "success", block("""
        Posted in Teams > Flying Section > General, [[date:3 May 2025]]
        [[name:Deepa Ramasamy]] ({{Flying Instructor}}): Huge well done to [[name:Chinedu]] today. Solo in [[aircraft_registration:G-BSKL]] ({{C152}}), total {{radio failure}} on the rejoin. He squawked {{7600}}, flew the {{overhead join}} exactly as briefed, watched the tower for {{light signals}} and landed on a {{steady green}}. What the tower heard before it died:
          15:02:11  [[aircraft_registration:G-KL]]  [[organisation:Hawksmoor Tower]], [[aircraft_registration:Golf Kilo Lima]], 5 miles north, rejoin-
          15:02:40  TWR    [[aircraft_registration:Golf Kilo Lima]], readability 1, say again
          15:03:30  TWR    [[aircraft_registration:Golf Kilo Lima]], if you read, squawk 7600
        Tower supervisor [[name:Lynne]] rang to say it was the tidiest {{non-radio}} arrival she's seen from a student.
        [[name:Chinedu Eze-Williams]]: honestly just did what [[name:Deeps]] drilled into me, {{aviate navigate communicate}} 😅
    """)),
    ("aviation", "near_miss", prose("""
        Handover am -> pm {{duty instructor}} ([[name:Jules]] to [[name:Suresh]]), Sat
        [[date:1 Feb]]. {{Winch}} running on {{cable 2}} only, cable 1 has a kink, left for
        [[name:Baz]] to {{splice}} next week. IMPORTANT near miss at 11:30: the {{K21}} was hooked on
        with the {{weak link}} for the {{Junior}} still fitted from the previous launch (wrong
        colour). [[name:Wren]] on the wing spotted it ("that's the wrong colour, mate"), launch
        stopped, correct link fitted. Launched it would probably just have been a
        {{weak link break}}, but with an {{ab-initio}} P2 and a low-hours instructor I don't love that.
        Weak links now hang on labelled hooks by glider type in the {{bus}}. {{Windsock}} on the
        east side is torn, [[name:Suresh]] please ask [[name:Hutch]] to order one.
    """)),
    ("aviation", "incident", prose("""
        {{Airprox}} summary (as submitted to {{UKAB}} by the club {{safety officer}}). On
        [[date:14 August 2024]] at about 15:50 local, club {{LS4}} [[aircraft_registration:G-CFNK]],
        flown by [[name:Ravi Chandrasekhar]] ([[age:22]], {{Silver}} pilot), was {{thermalling}} at
        3,800 ft {{amsl}} about 6 nm west of [[organisation:Hawksmoor Airfield]]. A {{Dash 8}}
        descending into [[organisation:Castlebridge Airport]], callsign [[flight_number:LOG47KP]],
        passed an estimated 300 ft below and 0.3 nm to the side. [[name:Ravi]] saw it late, "a white
        flash under the left wing". The crew of [[flight_number:LOG47KP]] reported a {{TCAS}} TA but
        no RA; the glider had {{FLARM}} but no {{transponder}}. Both were in {{Class G}}.
        [[name:Ravi]] was shaken but landed normally. UKAB reference
        [[case_reference:2024187]]. Learning: the club will publish a {{hot spot}} map of the
        descent track and ask members flying west to call [[organisation:Castlebridge Radar]] and
        carry {{ADS-B out}} where possible. [[name:Hutch]] will brief at the next lecture.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind198", REPORTS))
