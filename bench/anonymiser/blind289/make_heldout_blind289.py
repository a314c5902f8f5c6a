"""Held-out blind corpus 289: kinship care, district nursing and circuit-training reports.

Fifty invented UK incident, near-miss and success ("learning") reports written blind (without
sight of the de-identifier or any other corpus) as front-line practitioners type them into a
confidential reporting system: 17 social care, 17 health and 16 aviation.

Settings:
- social_care: kinship care (connected person / special guardianship) assessments;
- health: a district nursing team (insulin, wounds, syringe drivers, catheters, falls);
- aviation: a flying school's circuit training (solo students, instructors, RT, tech logs).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes,
minutes with attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you
notes. Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind289.jsonl"

REPORTS = [
    ("social_care", "incident", prose("""
        quick note b4 i forget - {{viability visit}} 2day at {{nan}}'s
        ([[address:14 Orchard Rise, Fenwick Dale]]) re the [[name:okonjo-baker]] siblings. i had
        the [[name:delaney]] file in my bag as well n left their {{genogram}} + {{chronology}} on
        her kitchen table by mistake!! {{nan}} ([[name:maureen]]) rang {{duty}} at 5ish to say shes
        put them in an envelope n hasnt read them. still a {{data breach}} tho. told [[name:Priya]]
        ({{TM}}) straight away, she said do the {{IG}} form tmrw first thing n let the {{DPO}} know.
        im going back at 9 to collect. lesson = one family per bag, dont take paper if {{LCS}}
        works on the laptop. ref [[case_reference:KC/24/0317]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT - {{Kinship Care Team}}
        Reporter: [[name:Tendai Mukasa]], {{Senior Practitioner}}
        Date of event: [[date:07/03/2024]]
        Child: [[name:Kayden Ross]]   DOB: [[date_of_birth:19/11/2019]]   Ref: [[case_reference:LCS-881204]]
        Proposed carer: [[name:Ellen Ross]] ({{maternal aunt}})
        Address: [[address:Flat 3, 22 Hartley Street, Ashcombe]] [[postcode:AC4 7NW]]

        What happened:
        The {{Reg 24}} temporary approval was about to go to the {{ADM}} for sign-off. Checking the
        paperwork I noticed the {{DBS}} for [[name:Ellen]]'s partner, [[name:Dean Whitlow]], was from
        2019 and from a previous employer, not a new {{enhanced check}} for the household. Nobody had
        picked up that the household checks were incomplete. The placement had not started.

        Action taken: {{ADM}} request paused, fresh {{DBS}} applied for on [[date:8 March]].
        Raised at {{team meeting}} so the checklist asks for the date of every check.
    """)),
    ("social_care", "success", block("""
        [Teams] Kinship & SGO Team > Shout-outs
        [[name:gbemi.adeyemi]] 16:42
        massive shout out to [[name:Hope]] 🙌 the {{SGO}} report for the [[name:Nowak]] twins went in today and the {{Guardian}} said it was the clearest {{special guardianship}} assessment she'd read this year
        [[name:gbemi.adeyemi]] 16:43
        she sat with {{Babcia}} [[name:Zofia]] and [[name:Tomasz]] over 3 evening visits to do the {{support plan}} with a {{Polish}} interpreter so they actually understood the {{contact}} bit
        [[name:Rhys P]] 16:45
        well deserved!! 👏 [[name:Hope]] can you share the template at {{team meeting}} on {{Thursday}}?
        [[name:Hope Mensah]] 16:51
        aw thank you both 😊 credit to [[name:Agnieszka]] from [[organisation:Lingua Bridge Interpreting]] too, couldn't have done it without her. will bring it thurs
    """)),
    ("social_care", "incident", prose("""
        On [[date:12 March 2024]] I made an unannounced visit to the home of Mr and Mrs
        [[name:Adebayo-Finch]], who are being assessed as {{connected persons}} for their grandson
        [[name:Leo]] ([[age:aged 4]]). On arrival I found [[name:Leo]]'s father, [[name:Jordan Finch]],
        in the living room. There is a {{written agreement}} that contact with Mr [[name:Finch]] is
        supervised by the {{local authority}} only, following the {{Child Protection}} conference on
        [[date:2 February]]. Mrs [[name:Adebayo-Finch]] said he had "just popped in" with a birthday
        present and she did not think that counted. Mr [[name:Finch]] left when asked and
        [[name:Leo]] appeared well. I informed my {{team manager}} and the child's {{IRO}} the same
        afternoon; a {{strategy discussion}} was not felt to be needed. Learning: the agreement had
        been explained verbally but the carers were never given a copy in plain English. I have since
        sent one and gone through it with them line by line. Case ref [[case_reference:CP-2291-L]].
    """)),
    ("social_care", "incident", block("""
        Chronology - emergency kinship placement, [[name:Amari]] and [[name:Zion Clarke]]
        [[date:Fri 5 April]]
        15:10 {{EDT}} told by police of {{mum}}'s arrest; children ([[age:aged 6]] and [[age:aged 2]]) at school/nursery
        15:40 {{maternal grandmother}} [[name:Pauline Clarke]] agrees to care. {{Reg 24}} checks started by phone
        16:25 {{PNC}} check clear; home visit done by [[name:Sunny Oyelaran]] ({{EDT}} worker)
        17:05 children collected from [[organisation:Little Acorns Nursery]] and [[organisation:St Barnabas C of E Primary]]
        18:30 [[name:Zion]]'s {{inhaler}} and {{spacer}} still at {{mum}}'s address. {{Nan}} had no spare
        21:50 [[name:Zion]] wheezy; grandmother rang {{111}}, advised to attend {{A&E}}
        23:15 seen and discharged with new prescription
        [[date:Mon 8 April]]
        09:00 allocated {{SW}} [[name:Keira Lindqvist]] reviewed. Medication is not on the {{EDT}} checklist for kinship placements
        Outcome: checklist amended to ask "does any child need medicine, inhalers or equipment tonight?"
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rosa Ferreira]] <[[email:rosa.ferreira@hallamvale.gov.uk]]>
        To: [[name:Yusuf Ahmed]] <[[email:yusuf.ahmed@hallamvale.gov.uk]]>
        Sent: [[date:18 April 2024]] 10:12
        Subject: near miss - nearly sent viability to the wrong [[name:Ahmed]]

        Hi [[name:Yusuf]],

        Flagging for the near miss log. I went to email you the draft {{viability assessment}} for
        the [[name:Haddad]] family and {{Outlook}} autofilled [[email:yasmin.ahmed84@gmail.com]] -
        that is a birth parent on one of my old cases. I only noticed because the address went red
        as external. Nothing was sent.

        Could we ask {{IT}} to switch off autocomplete for external addresses, or at least add it to
        {{induction}}? I've also cleared my cache. Happy to talk it through at {{supervision}}.

        Thanks
        [[name:Rosa]]

        [[name:Rosa Ferreira]] | {{Social Worker}}, {{Kinship Assessment Team}}
        [[organisation:Hallam Vale Council]] | [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        Minutes - Kinship Practice Learning Review
        Date: [[date:24/04/2024]]   Venue: Room 2, [[address:Broadhurst House, 9 Mill Lane, Kestrel Moor]]
        Present: [[name:Faith Obi]] (Chair, {{Service Manager}}), [[name:K. Sørensen]] ({{Senior Practitioner}}),
        [[name:Will Tran]] ({{SW}}), [[name:Mehmet Yıldız]] ({{FGC}} coordinator)
        Apologies: [[name:Bill Hartigan]] ({{IRO}}), [[name:Joy]] (business support)

        1. Case: [[name:Amira]] ([[age:aged 9]]), ref [[case_reference:SGO-0456]]. Two {{viability assessments}}
        on paternal relatives were negative and the plan was {{long-term fostering}}. [[name:Will]] asked
        for a {{Family Group Conference}} before the {{final hearing}}. [[name:Mehmet]] found a great-aunt,
        Mrs [[name:Samira Haddad-Lowe]], whom nobody had asked.
        2. Outcome: {{special guardianship order}} made [[date:15 April]]. [[name:Amira]] stays at the same school.
        3. Learning: {{FGC}} referral to be routine before any negative viability goes to {{legal planning}}.
        Action: [[name:FO]] to update practice guidance by [[date:31 May]].
        Minutes: [[name:KS]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/05/2024]], 19:03 - [[name:Nadia Rahman]]: hiya sorry for late msg. at {{viability}} visit for the [[name:Kowalczyk]] boys today grandad let slip his son [[name:Callum]] ([[age:17]]) is stopping there most weekends
        [[date:02/05/2024]], 19:04 - [[name:Nadia Rahman]]: he wasnt on the household form so no checks on him at all
        [[date:02/05/2024]], 19:10 - [[name:Mark Ellery]]: ok good spot. has the {{Reg 24}} gone to {{ADM}} yet?
        [[date:02/05/2024]], 19:11 - [[name:Nadia Rahman]]: no thank god, was going tmrw
        [[date:02/05/2024]], 19:13 - [[name:Mark Ellery]]: hold it then. he'll need {{DBS}} + {{LA checks}} as hes over 16. pls put it on the {{near miss log}}
        [[date:02/05/2024]], 19:14 - [[name:Mark Ellery]]: also pls no surnames on whatsapp 🙈 {{case notes}} on {{LCS}} only
        [[date:02/05/2024]], 19:15 - [[name:Nadia Rahman]]: oops yes sorry. will do both in the morning 👍
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{duty}} to allocated worker ([[name:Pat]])
        Re: [[name:Tiegan]] ([[age:aged 5]]) move to {{paternal aunt}} [[name:Lorraine Bishop]],
        [[address:7 Kingfisher Court, Ashcombe]] [[postcode:AC2 9DL]]

        - I transported [[name:T]] in my own car ([[vehicle_registration:KM19 XTD]]) on [[date:9 May]].
          The pool car had been booked out by {{CAMHS}}.
        - Foster carer ([[name:Bev]]) gave me a {{booster seat}} but the belt guide was snapped. I drove
          the 20 mins anyway as it was getting late. Shouldn't have. Told [[name:Dimitri]] ({{TM}}) and
          did the incident form, ref [[case_reference:INC-5520]].
        - Aunt has no car seat yet. {{setting-up grant}} request in for a seat + bed.
        - {{Contact}} with {{mum}} {{Sat}} 11am at the {{family centre}} - needs a worker with a pool car + seat!!
        - [[name:Tiegan]] settled ok, ate tea, asked for her rabbit which is still at [[name:Bev]]'s.
        Thx, [[name:Ola]]
    """)),
    ("social_care", "success", block("""
        Kinship viability tracker - Q1 update, [[organisation:Northfold Children's Services]]

        Ref       | Child(ren)              | Connected person          | Weeks | RAG
        [[case_reference:VA-1102]] | [[name:D.M.]] & [[name:R.M.]] | {{Grandma}} [[name:Iris]]   | 4     | {{GREEN}}
        [[case_reference:VA-1107]] | [[name:Kai]]                   | uncle [[name:Sandeep Gill]] | 5     | {{GREEN}}
        [[case_reference:VA-1115]] | [[name:baby Noor]]             | family friend [[name:Dolores]] | 7  | {{AMBER}}
        [[case_reference:VA-1121]] | [[name:Ellie-Rae Stott]]       | {{step-gran}} [[name:Val]]  | 3     | {{GREEN}}

        All nine viabilities referred in {{January}} to {{March}} were completed inside 8 weeks, against a
        previous average of 13. Big thanks to [[name:Amber]] for the shared tracker and the Friday
        10-minute {{huddle}}, and to the {{PLO}} leads for agreeing priorities early. [[case_reference:VA-1115]] ran over
        because the {{GP}} report took a month.
    """)),
    ("social_care", "success", prose("""
        Dear [[name:Grace]], I just wanted to say thank you from me and [[name:Derek]] for everything
        over the last six months. When you first came round about [[name:Lily-Mae]] we were frightened
        we would say the wrong thing and she would be taken off us. You never made us feel judged, you
        explained what the {{panel}} and the {{special guardianship}} meant in words we could follow and
        you always rang back when you said you would. You also put us in touch with the {{carers' group}} at
        [[organisation:Brambles Kinship Carers]], which has been a lifeline. The {{judge}} made the order on
        [[date:3 June]] and [[name:Lily-Mae]] has started calling our house "home". We will never forget
        what you did. Love [[name:Sheila]] and [[name:Derek Pryce]] (and [[name:Lily-Mae]], who drew the
        picture!) -- Forwarded to the {{Kinship Team}} by [[name:Grace]]'s {{team manager}} for the
        {{compliments log}}, [[date:5 June 2024]].
    """)),
    ("social_care", "near_miss", prose("""
        nm - home visit [[date:thurs 16th]] to prospective kinship carer mr [[name:o'driscoll]]
        ([[address:23 Tanners Yard]]) for [[name:Ruby]] + [[name:Finn]]. he has an {{XL bully}} that
        wasnt declared on the {{household safety checklist}}. dog came flying out when the back door
        opened n went for [[name:Sami]] (student {{sw}}), caught her coat sleeve, no bite thank god. mr
        [[name:o'driscoll]] got hold of it quick. we left n did the rest of the visit by phone from the
        car. [[name:sami]] shaken but ok. need: dog shut away for all visits, {{pet assessment}} before {{Reg 24}},
        check if its on the {{exemption register}}. logged on {{H&S}} system ref
        [[case_reference:HS-24-118]]. sorry for typos doing this on my phone
    """)),
    ("social_care", "incident", prose("""
        Incident report: incorrect papers circulated to {{fostering panel}}. On [[date:20 May 2024]]
        the {{panel administrator}} sent the electronic pack for the {{Form C}} assessment of
        Mr and Ms [[name:Achterberg]] to all seven members of the [[organisation:Hallam Vale Fostering Panel]].
        The pack wrongly included the full {{medical adviser}} summary for a different applicant,
        Mrs [[name:Gwendolyn Fairweather]], including mental health history. The error was spotted by
        the {{independent chair}}, [[name:Oluwaseun Bankole]], who alerted the {{panel adviser}} within
        two hours. All members confirmed deletion in writing. Dr [[name:Ifeoma Nwachukwu]] was informed,
        as was Mrs [[name:Fairweather]], with an apology. Reported to the {{Data Protection Officer}};
        not reportable to the {{ICO}} after assessment. Learning: packs to be built from a per-applicant
        folder and checked by a second person before sending. Ref [[case_reference:DPI-24-0091]].
    """)),
    ("social_care", "near_miss", prose("""
        During a {{connected person assessment}} visit on [[date:21 May]] with Mrs [[name:Lê Thị Hoa]],
        {{paternal grandmother}} of [[name:Minh]] and [[name:Bảo]], the family suggested her
        {{son-in-law}} [[name:Quang]] interpret as he "does it for everything". I nearly agreed because
        the booked interpreter from [[organisation:TalkBridge]] had cancelled that morning. I stopped
        because [[name:Quang]] is part of the household being assessed and I would be asking about family
        history including {{domestic abuse}}. I rearranged for the next day with a {{Vietnamese}}
        {{telephone interpreter}} and the visit went ahead then. Learning for the team: a relative
        should never interpret in an assessment, even for "easy" sections; if the interpreter cancels,
        rebook rather than carry on. Discussed with {{team manager}} [[name:Ravi]] on [[date:22 May]].
    """)),
    ("social_care", "incident", block("""
        #kinship-legal-queries
        [[name:dee_w]] 09:14
        urgent-ish: the {{SGO}} assessment for [[name:Jaylen]] went into the {{court bundle}} and the carers' new address ([[address:41 Wren Close, Pelham Green]]) is on page 3 unredacted. dad's had it since friday
        [[name:Nkechi]] (Legal) 09:20
        ok. I'll write to his solicitor today asking for it back/destroyed and tell the {{court}}. have you told the carers?
        [[name:dee_w]] 09:22
        ringing {{Auntie}} [[name:Mo]] now
        [[name:Nkechi]] (Legal) 09:23
        also {{police}} + {{MARAC}} need to know given his history. is there a safety plan?
        [[name:dee_w]] 09:41
        spoke to [[name:Mo]]. she's upset but calm, staying at her sister's tonight. {{IG}} incident raised [[case_reference:IG-2024-0773]]. [[name:Nkechi]] thank you 🙏
    """)),
    ("social_care", "success", prose("""
        Learning from good practice: {{Signs of Safety}} mapping with a kinship network. [[name:Mateo]]
        ([[age:aged 11]]) was at risk of coming into care when his mother, [[name:Esperanza Ruiz]], was
        admitted to a {{mental health unit}}. Instead of a standard {{viability}}, {{Senior Practitioner}}
        [[name:Anand Kapoor]] held a mapping meeting with the whole family, including {{uncle}}
        [[name:Raúl]] and two neighbours. Together they wrote {{danger statements}} and {{safety goals}}
        and built a safety network of seven adults with a rota. [[name:Mateo]] helped write his own
        {{words and pictures}} explanation. The {{DSL}} at [[organisation:Pelham Green Academy]] joined
        by phone. [[name:Mateo]] stayed with [[name:Raúl]] under a {{connected person}} approval and
        returned home on [[date:14 June]]. What worked: the family owned the plan, and the {{IRO}} said
        it was the most useful meeting she had been to in months.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - case records
        Reported by: [[name:J.K.]] ({{business support}}, {{Kinship Team}})
        Date: [[date:26/06/2024]]

        Setting up the kinship assessment episode for:
          Name: [[name:Riley Evans]]   DOB: [[date_of_birth:03/06/2016]]   ID: [[case_reference:LCS-774120]]
        {{LCS}} offered a possible duplicate:
          Name: [[name:Riley Evans]]   DOB: [[date_of_birth:06/03/2016]]   ID: [[case_reference:LCS-509881]]
        Day and month swapped, different mum, different address. I very nearly clicked {{Merge}} because the
        names matched and the pop-up said "likely duplicate". Checked with the allocated {{SW}}
        ([[name:Sunita]]) first and they are definitely two children.
        Suggest: no merges without checking {{NHS number}} or {{UPN}} with the worker.
    """)),
    ("health", "incident", prose("""
        missed insulin visit - mrs [[name:kaur]] ([[address:58 Linnet Way]]) didnt get her teatime
        {{insulin}}. visit was on [[name:jo]]'s list but [[name:jo]] went home sick at 2 n her list got
        split at the {{huddle}} on teams + mrs [[name:kaur]] fell off it somehow. daughter rang {{SPA}}
        at 2030, {{BM}} 21.4. {{out of hours}} nurse went at 2145 n gave the {{Lantus}}, pt ok, no
        {{ketones}}, no {{DKA}} signs. {{GP}} informed next am. {{datix}} done [[case_reference:W-118342]].
        think we need the split lists read back out loud at the end of the huddle so every {{insulin}}
        pt is ticked off against a name. also {{SystmOne}} task for [[name:jo]] shd have been
        reassigned not just left. sorry rushed, on way to next pt
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT - {{pressure ulcer}}
        Team: [[organisation:Thornbury Vale District Nursing Team]]
        Patient: [[name:Harold Jenkins]]   NHS No: [[nhs_number:421 700 6608]]   DOB: [[date_of_birth:14/08/1936]]
        Address: [[address:Flat 12, Cedar Court, Thornbury Vale]] [[postcode:TV3 8QE]]
        GP: [[organisation:Riverside Medical Practice]]
        Date identified: [[date:20/02/2024]]

        Description: {{Category 3}} {{pressure ulcer}} to left heel found on a routine visit for
        {{catheter}} care. {{Waterlow}} 18 on [[date:6 Feb]]; heels documented as intact. Pt had
        declined {{heel protectors}} twice and this was not escalated or recorded as a capacity
        discussion. No {{SSKIN}} review for 10 days over half term staffing.
        Immediate actions: {{dynamic mattress}} and {{offloading boots}} ordered, {{TVN}} referral,
        photos on {{SystmOne}}. Son [[name:Gareth]] informed; {{duty of candour}} letter to follow.
        Reported by: Sister [[name:Ngozi Eze]], {{Band 6}}
    """)),
    ("health", "near_miss", block("""
        Evening handover - {{DN}} hub, [[date:Thurs 14 March]]
        * Mr [[name:Ferris]] ([[address:2 Poplar Row]]) - {{EOL}}, {{syringe driver}} recharged 1600.
          NEAR MISS: {{midazolam}} drawn up as 20mg instead of 10mg per the {{anticipatory meds}} chart.
          Spotted on the second check by [[name:Anya]] before it was added. Redrawn, {{T34}} started.
          {{Datix}} done [[case_reference:DX-40912]]. Mr [[name:Ferris]] comfortable, wife with him.
        * [[name:Rose Akintola]] - {{leg ulcer}} redressed, {{Doppler}} due next week
        * Mrs [[name:Begum]] - {{catheter}} bypassing, changed to 14Ch, draining well
        * Night team pls ring daughter [[name:Shirin]] on [[phone:07700 931 482]] if any issues with mum.
        Handed over by [[name:Tash]] to [[name:Kofi]] (nights)
    """)),
    ("health", "success", block("""
        From: [[name:Deborah Quayle]]
        Sent: [[date:Wednesday 6 March 2024]] 17:30
        To: DN Team - [[organisation:Kestrel Moor Locality]]
        Subject: Good catch today - thank you [[name:Sunny]]

        Hi all,
        Some learning from today. [[name:Sunny]] (our {{HCA}}) went to do a routine {{dressing}} for
        Mr [[name:Abdi Warsame]] and noticed he was more muddled than usual and clammy. She did a full
        set of {{obs}} - {{resp rate}} 26, {{NEWS2}} of 7 - and rang the {{coordinator}} straight away
        rather than waiting to hand back at 2. {{999}} called, he was admitted to
        [[organisation:St Aidan's Hospital]] with {{urosepsis}} and the {{ward}} say he is improving.
        This is exactly what the {{sepsis}} training is for. Well done [[name:Sunny]]!

        Thanks, [[name:Debs]]
        [[name:Deborah Quayle]] | {{Team Leader}} | [[phone:01632 448 210]]
    """)),
    ("health", "incident", block("""
        Timeline - {{unwitnessed fall}}, [[name:Edna Morley]], NHS [[nhs_number:671 709 6217]]
        [[date:Sat 23/03]]
        08:45 [[name:LB]] arrived for {{insulin}}. {{key safe}} code on {{SystmOne}} did not work (family changed it [[date:21/03]], not updated)
        08:50 could hear pt calling out. Rang son [[name:Philip]], no answer. Rang {{coordinator}}
        09:05 rang {{999}}; {{fire service}} forced entry 09:40
        09:42 pt found on bathroom floor, ? there since overnight. Alert, c/o R hip pain
        10:15 {{ambulance}} conveyed to [[organisation:Thornbury Vale General]]; {{NOF}} confirmed later
        12:30 [[name:Philip]] rang back - had changed code after a "cold caller" and forgot to tell us
        Learning: key safe codes to be confirmed with family at every review and a second contact held.
        {{Datix}} [[case_reference:DX-41377]] - [[name:L. Bianchi]], {{Staff Nurse}}
    """)),
    ("health", "near_miss", block("""
        [[date:11/04/2024]], 10:02 - [[name:Leanne]] DN: at mr [[name:hussain]]s for his {{B12}} but hes saying hes never had one??
        [[date:11/04/2024]], 10:03 - [[name:Faisal]]: which one?? theres 2 on ur list, [[name:Tariq Hussain]] [[address:9 Cobden St]] and [[name:Imran Hussain]] [[address:9 Cobden Terrace]] 😬
        [[date:11/04/2024]], 10:04 - [[name:Leanne]] DN: omg im at [[address:cobden terrace]]. not drawn up yet thank god
        [[date:11/04/2024]], 10:06 - [[name:Faisal]]: ok checked on {{SystmOne}}, its [[name:Tariq]] [[nhs_number:200 028 9088]] thats due the {{hydroxocobalamin}}
        [[date:11/04/2024]], 10:07 - [[name:Leanne]] DN: going there now. ill {{datix}} it as a {{near miss}}. list only had surname + street 🙄
        [[date:11/04/2024]], 10:09 - [[name:Faisal]]: yep will raise with [[name:Gill]] re adding first name + {{DOB}} to the printout. {{PPE}} in the boot btw
    """)),
    ("health", "incident", block("""
        Minutes - {{After Action Review}}, {{CAUTI}} and delayed {{catheter}} change
        Date: [[date:19 April 2024]]   Held at: [[organisation:Ashcombe Health Centre]], meeting room
        Attendees: [[name:Mark Oduya]] ({{Clinical Lead}}), [[name:Faith]] ({{Band 5}}),
        [[name:Marisol Peña]] ({{Continence Nurse}}), [[name:G. Whitaker]] ({{Patient Safety}})
        Apologies: [[name:Bill]], [[name:Hannah-Jo Reeves]]

        Summary: Mr [[name:Desmond Achebe]] (ref [[case_reference:DX-41522]]) was due a long-term {{catheter}}
        change on [[date:2 April]]. The visit was deferred twice because no {{Band 5}} with catheter
        competence was on the rota. He was admitted on [[date:9 April]] with {{urosepsis}}.
        What went well: [[name:Faith]] recognised deterioration and escalated promptly.
        Learning: catheter changes are not "routine" to defer; competency matrix to be checked
        when building the rota. Action - [[name:MO]] by [[date:3 May]].
    """)),
    ("health", "near_miss", block("""
        Visit list - [[organisation:Ashcombe North DN Team]] - [[date:Tues 30 April]] (am)

        Nurse        | Patient             | Address                    | Task
        [[name:Grace]] | [[name:R. Whitfield]] | [[address:14 Sycamore Drive]] | {{VAC}} dressing
        [[name:Amber]] | [[name:Olu Bakare]] | [[address:3 Dove Lane]]     | {{insulin}} (am)
        [[name:Amber]] | [[name:Olu Bakare]] | [[address:3 Dove Lane]]     | {{insulin}} (am)
        [[name:Marek]] | [[name:Ivy Stannard]] | [[address:88 Foundry Road]] | {{bloods}}, {{INR}}

        NEAR MISS: [[name:Olu Bakare]] appeared twice - one line was the cancelled visit from yesterday.
        When [[name:Amber]] arrived for the second line Mr [[name:Bakare]] told her "the other nurse
        has just been". Another nurse had picked up the duplicate. {{BM}} checked, no second dose given.
        Raised on {{Datix}}; {{SystmOne}} admin to clear cancelled visits before the list prints.
    """)),
    ("health", "success", prose("""
        Card received at the base on [[date:2 May]], copied here with the family's permission: "To all
        the {{district nurses}}, especially [[name:Precious]], [[name:Eilidh]] and [[name:Big Dave]]. {{Mum}}
        wanted to die at home in her own bed and because of you she did. You came at 3 in the morning
        when her {{syringe driver}} alarmed, you showed {{Dad}} how to do her {{mouth care}}, and you never once
        rushed. [[name:Dave]], thank you for the football chat, it made her laugh right to the end. With
        love, [[name:Carol]], [[name:Stephen]] and the grandchildren, family of [[name:Winnie]]." Shared
        at {{huddle}} - lovely to get this after a hard month. Also noted how well the joint visits
        with the {{hospice at home}} team and the {{GP}} {{ReSPECT}} conversation worked.
    """)),
    ("health", "incident", prose("""
        Incident: {{compression bandaging}} applied without a current {{ABPI}}. On [[date:7 May 2024]]
        a {{bank nurse}} visited Mrs [[name:Philippa Oakes]] ([[nhs_number:713 390 6287]]) for a
        {{leg ulcer}} redressing and applied {{4-layer bandaging}} as per an old care plan. Her last
        {{Doppler}} was over six months earlier and her {{GP}} had since added a diagnosis of
        {{peripheral arterial disease}}. Mrs [[name:Oakes]] rang the next day with severe pain and a
        pale, cold foot. The bandage was removed by Staff Nurse [[name:Tobias Lindgren]] and she was
        seen the same day by the {{vascular}} team at [[organisation:Kestrel Moor Hospital]]; no lasting
        harm. Contributory factors: care plan not reviewed, the {{bank}} induction did not cover the
        leg ulcer pathway, and {{SystmOne}} did not flag the new diagnosis. Datix
        [[case_reference:DX-42001]].
    """)),
    ("health", "near_miss", block("""
        Teams - DN Hub South chat
        [[name:Precious Moyo]]  11:47
        just left Mr [[name:Granger]]'s - his {{grandson}} ([[age:2yo]]) was playing next to the {{sharps bin}} under the kitchen table, lid not locked. no injury
        [[name:Precious Moyo]]  11:48
        i've moved it up onto the top of the fridge and locked the {{temporary closure}} but can someone get a {{wall bracket}} ordered?
        [[name:Jen Whitlock]]  11:52
        ty - will order via {{community equipment}}. who left it unlocked?
        [[name:Precious Moyo]]  11:53
        not sure, prob after the {{Clexane}} last night. not blaming anyone, it's a busy house
        [[name:Jen Whitlock]]  11:55
        fair. I'll put a reminder on the {{care plan}} + add to {{near miss}} log. good spot 👍
    """)),
    ("health", "success", block("""
        ⭐ STAR OF THE WEEK ⭐ - [[organisation:Fenwick Dale Community Nursing]]
        This week's star is our {{student nurse}} [[name:Oyelaran-Scott]] ([[name:Temi]] to us!).
        On her {{spoke}} day [[name:Temi]] noticed that Mr [[name:Pardeep Sandhu]]'s {{insulin pen}}
        was a different strength from the one on the {{MAR chart}} - {{U200}} instead of {{U100}}.
        She spoke up to her {{practice assessor}} before anything was given and it turned out the
        pharmacy had changed the pen. The {{GP}} and pharmacy have corrected it and we've shared it as
        a learning point across the locality.
        Nominated by [[name:Cheng Wei]] and [[name:Rose]] 🌹
    """)),
    ("health", "incident", prose("""
        car broken into outside [[address:Meadowbank flats]] about 1pm, {{pool car}} reg
        [[vehicle_registration:WV21 HNJ]]. back window smashed, my work bag gone incl {{laptop}}
        (encrypted, locked) + paper {{visit list}} for the afternoon with 6 pts names + addresses on
        it. phone was on me thank god. rang police log no [[case_reference:CAD 1447 14/05]] and
        [[name:Gill]] ({{team lead}}) + {{IG}} team. {{IT}} have wiped the laptop remotely. i shouldnt
        have had the printout at all really, we're meant to use the app. all 6 pts to be told - [[name:gill]]
        doing that. [[name:sanjay]] picked up my last 2 visits. i'm ok just a bit shaky. {{Datix}}
        [[case_reference:DX-42117]]
    """)),
    ("health", "near_miss", block("""
        NEAR MISS FORM
        Reporter: [[name:Aoife Ní Bhriain]], {{Community Staff Nurse}}
        Date/time: [[date:22/05/2024]] 14:20
        Patient 1: [[name:Margaret Holloway]]   DOB [[date_of_birth:02/11/1941]]   NHS [[nhs_number:912 217 3439]]
        Patient 2: [[name:Margaret Holloway]]   DOB [[date_of_birth:17/07/1958]]   NHS [[nhs_number:158 704 9074]]

        What happened: opened Patient 1's record on {{SystmOne}} to update her {{wound care plan}} and
        found the last two entries (a {{sacral}} dressing with {{Aquacel}}) belonged to Patient 2, who
        is at a different address. Nobody had redressed the wrong wound - the nurse on the day had
        visited the right patient but filed the note in the wrong record.
        Action: notes moved by {{Records}}, both GPs told, {{alert}} added to both records "2 pts same name".
    """)),
    ("health", "near_miss", block("""
        Transcript of call, [[date:Monday 3 June]], 15:40 (typed up by [[name:HW]])
        Me: Hi, it's [[name:Hayley]] from the {{district nurses}}. We took Mrs [[name:Delacroix]]'s {{INR}}
        this morning, it came back 5.8.
        [[organisation:Pennington Surgery]] receptionist: Okay, the {{GP}} has left a dose already.
        Me: What does it say?
        {{Receptionist}}: Continue 5mg {{warfarin}}.
        Me: That can't be right for 5.8, can I speak to the {{duty doctor}}?
        Dr [[name:Chukwu]]: Thanks for pushing. That dose was from last week's result, it was filed
        against the wrong date. Omit tonight and tomorrow, recheck {{Wednesday}}. Any {{bleeding}}?
        Me: None seen. I'll ring her daughter [[name:Marguerite]] on [[phone:07911 208 553]].
        Outcome: doses withheld, {{INR}} 2.9 on recheck. Logged as near miss.
    """)),
    ("health", "success", prose("""
        Learning summary: reduction in {{category 2}} {{pressure ulcers}} in housebound patients.
        Between {{October}} and {{March}} the [[organisation:Pelham Green Neighbourhood Nursing Team]]
        halved new {{category 2}} damage on its caseload. What we did: every {{HCA}} visit now includes
        a 30-second skin check using the {{SSKIN}} card; the {{Tissue Viability}} nurse
        [[name:Olamide Fashola]] ran three short sessions at {{huddle}}; and we worked with
        [[organisation:Pelham Green Council]] carers so that the {{domiciliary}} agency reports red
        heels to us the same day. [[name:Ffion]] set up a shared equipment tracker so mattresses arrive
        within 48 hours rather than a week. The biggest change, staff said, was feeling able to
        phone each other rather than leave tasks on {{SystmOne}}. Presented at the {{ICB}} patient
        safety forum on [[date:18 June 2024]].
    """)),
    ("health", "incident", block("""
        From: [[name:Sanjay Mehta]] <[[email:sanjay.mehta@thornburyvale.nhs.uk]]>
        To: [[email:dn.coordinator@thornburyvale.nhs.uk]]
        Date: [[date:25 June 2024]] 18:05
        Subject: Verbal aggression at visit - please read before tomorrow's visit

        Hi,
        At today's visit to Mr [[name:Clive Barnsley]] ([[address:17 Hawthorn Gardens]]) his {{nephew}}
        was shouting and swearing about the visit time and stood in the doorway so I couldn't leave.
        I used my {{lone worker}} device's {{amber alert}}, said I was leaving, and he let me out after
        about a minute. {{Police}} attended later - log [[case_reference:0718 of 25/06]].
        Mr [[name:Barnsley]] himself was apologetic. I've put a {{risk flag}} on {{SystmOne}} and
        {{Datix}} [[case_reference:DX-42390]]. Suggest {{double-up visits}} until reviewed.
        Thanks,
        [[name:Sanjay]]
        {{Community Staff Nurse}} | [[phone:07700 915 330]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript ({{ATC}} tape), [[date:8 March 2024]], {{runway 26}} {{left-hand circuit}}
        Solo student in [[aircraft_registration:G-OTUX]] ({{PA-28}}); instructor + student in [[aircraft_registration:G-BFKB]] ({{C152}})
        14:21:05 [[aircraft_registration:G-UX]]: [[aircraft_registration:Golf Uniform X-ray]] {{downwind}} to land
        14:21:09 TWR: [[aircraft_registration:Golf Uniform X-ray]] number two, follow the {{Cessna}} turning {{base}}
        14:21:13 [[aircraft_registration:G-UX]]: number two, [[aircraft_registration:Golf Uniform X-ray]]
        14:22:40 [[aircraft_registration:G-KB]]: [[aircraft_registration:Golf Kilo Bravo]] {{final}}
        14:22:44 TWR: [[aircraft_registration:Golf Uniform X-ray]] report position
        14:22:48 [[aircraft_registration:G-UX]]: er turning final [[aircraft_registration:Golf Uniform X-ray]]
        14:22:50 TWR: [[aircraft_registration:Golf Uniform X-ray]] {{go around}}, I say again go around, traffic on short final ahead
        14:22:55 [[aircraft_registration:G-UX]]: going around

        Note ({{CFI}}): the student, [[name:Callum Fraser-Nkemelu]] ([[age:19]]), took a {{PA-28}} on the
        {{dead side}} for the traffic he was following and turned base early. Estimated 0.4nm behind
        [[aircraft_registration:G-KB]]. Debriefed by [[name:Helen Strachan]]; lookout and "traffic in
        sight" readbacks added to the pre-solo brief. Ref [[case_reference:SFS-OR-24-011]].
    """)),
    ("aviation", "incident", prose("""
        bounced landing + {{prop strike}} - [[aircraft_registration:G-BYRL]] ({{PA-28}} {{Warrior}}),
        {{runway 08}}, 3rd circuit of the morning [[date:sat 16/3]]. student [[name:ali]] (pre-solo, abt
        11 hrs) flared high, ballooned, i said {{go around}} but he pushed forward n we came down
        nosewheel first, bounced twice. i took control on the 2nd bounce n landed it. taxied back ok,
        engineers found prop tips scuffed + nosewheel {{shimmy damper}} bent, aircraft {{AOG}}. nobody
        hurt. honestly i shd have taken control earlier, i was letting him "feel it". {{tech log}}
        entry done, {{CFI}} [[name:Dafydd]] told, {{MOR}} submitted [[case_reference:OR-2024-03891]].
        [[name:ali]] ok just gutted. will brief {{balloon recovery}} again before next lesson.
        -- [[name:mk]] ({{FI}})
    """)),
    ("aviation", "incident", prose("""
        At 11:40 on [[date:27 March 2024]], while [[aircraft_registration:G-CTSL]] ({{Tecnam P2008}})
        with student pilot [[name:Rhiannon Pugh]] was on {{short final}} for {{runway 24}} at
        [[organisation:Saltmere Airfield]], the fuel bowser ([[vehicle_registration:YD63 KFP]]) crossed
        the {{runway}} from {{holding point Bravo}} without clearance. The instructor on board,
        [[name:Olumide Adeyemi-Hart]], initiated a {{go-around}} at about 200 ft and the vehicle was
        clear of the runway before the aircraft passed overhead. The driver, a new contractor from
        [[organisation:Skyfuel Services Ltd]], said he heard "cleared" on his hand-held radio; that
        call was to another aircraft. He had completed the {{airside driving permit}} course but had not
        had a supervised runway crossing. Occurrence reported to the {{CAA}} as an {{MOR}}; airfield
        ref [[case_reference:SAF-RI-0042]]. Actions: full call-sign readback for all vehicle
        crossings and a mentor for new drivers for their first month.
    """)),
    ("aviation", "success", block("""
        From: [[name:Helen Strachan]] <[[email:cfi@saltmereflyingschool.co.uk]]>
        To: All instructors
        Date: [[date:4 April 2024]]
        Subject: Well done [[name:Kwame]] - {{carb icing}} in the circuit

        Hi all,
        Worth sharing. [[name:Kwame Boateng]] was on solo consolidation circuits in
        [[aircraft_registration:G-BSXE]] ({{C152}}) yesterday morning, 6 deg and damp. On {{downwind}}
        he got a drop of about 200 rpm and rough running. He applied full {{carb heat}}, told the tower
        "rough running, request early base", kept it tight and landed safely. Engine checked fine after.
        That is exactly the {{PFL}}/{{EFATO}} thinking we drill, and he didn't freeze. Please use it as
        a talking point in your {{carb icing}} briefs this month.

        [[name:Helen]]
        [[name:Helen Strachan]], {{CFI}}
        [[organisation:Saltmere Flying School]] | [[phone:01632 775 904]]
    """)),
    ("aviation", "incident", block("""
        Occurrence timeline - {{radio failure}}, [[aircraft_registration:G-AXMR]] ({{PA-28}}), solo student
        [[date:Thu 11 April]]
        10:05 Student [[name:Sofia Lindahl]] departs {{runway 26}} for 3 solo circuits
        10:14 Last call received from [[aircraft_registration:G-MR]]: "downwind"
        10:15 TWR unable to contact. Student selects {{7600}}, continues circuit as briefed
        10:16 TWR shows {{steady green}} with the {{light gun}} on final
        10:18 Landed safely, vacated at {{Alpha}}
        10:30 Engineer finds the {{PTT}} switch on the left yoke intermittent. Same fault written in the
              {{tech log}} on [[date:9 April]] as "occasional crackle", deferred by the duty {{FI}}
        Learning: comms defects are not to be deferred for solo flights. Student did everything right
        and was praised. Ref [[case_reference:SFS-OR-24-019]]. Compiled by [[name:Grzegorz Wójcik]], {{Safety Officer}}
    """)),
    ("aviation", "near_miss", block("""
        [[date:19/04/2024]], 08:12 - [[name:Hamish]]: morning. heads up [[aircraft_registration:G-BSXE]] booked for {{circuits}} first thing, {{tech log}} says full tanks from last night
        [[date:19/04/2024]], 08:14 - [[name:Nell]]: it isn't. dipped it on the {{walkround}}, abt 12 litres a side
        [[date:19/04/2024]], 08:15 - [[name:Nell]]: student was about to go solo in it. 3 circuits prob fine but thats not the point
        [[date:19/04/2024]], 08:15 - [[name:Hamish]]: 😳 good catch
        [[date:19/04/2024]], 08:21 - [[name:Piotr Z]]: that was me. wrote "full" before the bowser came, then the bowser went to the [[organisation:Saltmere Gliding Club]] first. sorry all, ill do an {{occurrence report}}
        [[date:19/04/2024]], 08:24 - [[name:Hamish]]: no blame, but {{fuel}} goes in the {{tech log}} after its in the tanks pls. [[name:Helen]] can you add to {{notices}}?
        [[date:19/04/2024]], 08:30 - [[name:Helen]] {{CFI}}: will do 👍
    """)),
    ("aviation", "success", block("""
        Flight Safety Committee - minutes
        [[date:25 April 2024]], clubhouse, [[organisation:Saltmere Airfield]]
        Attendance: [[name:Helen Strachan]] ({{CFI}}, chair), Capt [[name:Inês Carvalho]] ({{FI}}),
        [[name:Xu Lei]] ({{Safety Officer}} deputy), [[name:Tom O'Hare]] ([[organisation:Saltmere Gliding Club]]),
        [[name:Siobhán Kearney]] ({{ATC}} {{Watch Manager}})
        Apologies: [[name:Grzegorz Wójcik]], [[name:Pat Gunawardena]]

        1. Circuit deconfliction with gliding - review after 3 months
        Since the new agreement (powered {{left-hand circuit}} on {{runway 26}}, gliders to the south,
        winch launches announced on the {{A/G}} frequency) there have been no {{Airprox}} reports and
        no go-arounds for winch cables, compared with 4 in the same period last year.
        [[name:Tom]] thanked instructors for briefing students on the {{winch}} signals.
        2. Agreed to keep the arrangement and add it to the new-student {{ground school}} pack.
        Action: [[name:XL]] to update the {{Local Procedures}} by [[date:31 May]].
        Next meeting: [[date:25 July]]
    """)),
    ("aviation", "incident", block("""
        Tech log extract - [[aircraft_registration:G-CTSL]] ({{Tecnam P2008}})
        Date       | P1                        | Sortie        | Defect / remarks
        [[date:02/05]] | [[name:O. Adeyemi-Hart]] / stu | circuits x6   | nil
        [[date:03/05]] | [[name:R. Pugh]] (solo)   | circuits x3   | flaps slow to retract on {{go-around}}
        [[date:03/05]] | [[name:I.C.]]              | circuits x5   | {{flap}} {{CB}} popped on 2nd go-around, landed flap 15
        [[date:04/05]] | -                         | -             | {{AOG}} - flap actuator replaced

        Narrative: the {{flap}} defect first written on [[date:03/05]] by a solo student was signed
        "{{NFF}} - monitor" and the aircraft went out again the same afternoon. On the next sortie the
        flap {{CB}} tripped on a go-around and [[name:Inês]] had to land with part flap in a gusty
        crosswind. No damage. Learning: solo students' defect entries get an engineer's look, not just
        a ground test by the duty {{FI}}. Ref [[case_reference:SFS-OR-24-024]].
    """)),
    ("aviation", "success", prose("""
        🎉 FIRST SOLO 🎉 Huge congratulations to [[name:Mei-Ling Cheung]] ([[age:aged 16]]) who flew
        her first solo circuit in [[aircraft_registration:G-BSXE]] on [[date:Saturday 4 May]], a sunny
        but gusty day with a bit of {{crosswind}} on {{runway 26}}! A really tidy {{circuit}}, good
        radio calls and a smooth landing right on the numbers. Her instructor [[name:Sunny Bhattacharya]]
        said she was calm and completely ready. [[name:Mei-Ling]] only got her {{Class 2 medical}} in
        {{March}} and started lessons with a bursary from [[organisation:Saltmere Rotary]]. Thanks also
        to the tower team for the patience on her first {{RT}} calls and to [[name:Grace Adjei]] on the
        desk for juggling the bookings so the weather window worked. Next stop {{navigation}} and the
        {{PPL}} {{skills test}}! 📸 photos on the clubhouse board.
    """)),
    ("aviation", "near_miss", block("""
        Duty instructor handover - [[date:Fri 10 May]]
        - NEAR MISS this pm: [[name:Jonas]] (solo, [[aircraft_registration:G-AXMR]]) was cleared to line up
          {{runway 26}} at {{holding point Alpha}} but taxied onto {{runway 20}} at the intersection. TWR
          spotted it and stopped him before he started the roll. Nothing on 20 at the time. He said the
          new signs after the resurfacing confused him. Debriefed; {{occurrence report}} [[case_reference:SFS-OR-24-027]].
        - [[aircraft_registration:G-BYRL]] still {{AOG}} (prop), engineers hope Weds
        - Mrs [[name:Okafor]] rang about her son's trial lesson voucher - pls ring back on [[phone:07822 401 736]]
        - {{NOTAM}} for the {{air display}} on the [[date:25th]] is on the board
        - Bowser key is in the ops safe, not the {{crew room}}
        [[name:Hamish]] -> [[name:Dafydd]]
    """)),
    ("aviation", "incident", block("""
        RT extract, [[organisation:Brackenfield Tower]], [[date:16 May 2024]] (from the {{Airprox}} report)
        15:02:11 [[aircraft_registration:G-JA]]: [[aircraft_registration:Golf Juliet Alpha]] {{downwind}} {{touch and go}}
        15:02:15 TWR: [[aircraft_registration:Golf Juliet Alpha]] extend downwind, number two to an {{A320}} on a 6 mile final
        15:02:19 [[aircraft_registration:G-JA]]: extend downwind, [[aircraft_registration:Golf Juliet Alpha]]
        15:04:40 TWR: [[aircraft_registration:Golf Juliet Alpha]] turn left base now, report A320 in sight
        15:04:52 [[flight_number:NWY412]]: [[flight_number:Northway four one two]], {{TCAS RA}}
        15:05:30 [[flight_number:NWY412]]: [[flight_number:Northway four one two]] clear of conflict, returning to approach

        Summary: the student in [[aircraft_registration:G-EMJA]] ({{Cessna 172}}) from
        [[organisation:Brackenfield Aviation Academy]] extended downwind much further than expected
        and drifted onto the {{final approach track}}. The [[organisation:Northway Air]] crew received a
        {{RA}} and climbed. Minimum separation about 300ft vertical. {{UKAB}} ref [[case_reference:2024117]].
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT FORM - [[organisation:Saltmere Flying School]]
        Ref: [[case_reference:SFS-OR-24-031]]
        Date / time: [[date:23/05/2024]] 09:47 local
        Aircraft: [[aircraft_registration:G-CFDN]]   Type: {{Cessna 152}}
        Crew: [[name:Ravindra Pillai]] (student), [[name:Joy Featherstone]] ({{FI}})
        Phase: {{climb-out}} / {{crosswind}} leg, approx 400 ft
        Description:
        Flock of gulls lifted off the grass near the {{threshold}} as we rotated. One struck the left
        wing leading edge with a loud bang. [[name:Joy]] took control, flew a tight {{low-level circuit}}
        and landed. Dent about 8cm in the leading edge, no other damage found.
        {{Bird control}} had not done a run since 08:00. Reported to the {{CAA}} as an {{MOR}}
        and on the {{bird strike}} database. Aircraft {{AOG}} for inspection.
        Signed: [[name:J. Featherstone]]
    """)),
    ("aviation", "success", block("""
        #ops  ({{Slack}})
        [[name:magda.nowicka]]  08:02
        morning - found water in the {{fuel drain}} sample on [[aircraft_registration:G-CFDN]], 3 samples before it ran clear
        [[name:magda.nowicka]]  08:05
        then checked [[aircraft_registration:G-BSXE]] and [[aircraft_registration:G-AXMR]] - both had water too. all refuelled from the bowser yest pm
        [[name:chris.amadi]]  08:07
        🛑 ok everyone stop, no {{circuits}} until every aircraft is sampled. bowser quarantined, ringing [[organisation:Skyfuel Services Ltd]]
        [[name:chris.amadi]]  08:31
        {{bowser}} filter sample = water. seal on the {{filler cap}} had perished, rain got in overnight
        [[name:Helen Strachan]]  08:40
        brilliant work [[name:Magda]]. this is exactly why we sample properly and don't just "flick it". {{Safety Officer}} pls write it up as a good catch for the {{newsletter}}
    """)),
    ("aviation", "near_miss", prose("""
        nm - {{drone}} on {{base leg}} for {{runway 26}}, approx 600ft, passed maybe 50m off our left
        wing. me + student [[name:abi]] in [[aircraft_registration:G-BFKB]], abt 1520 [[date:tues 21st may]].
        told tower straight away, they passed it to police, ref [[case_reference:SX-0388-21052024]].
        couldnt see an operator, prob from the new housing estate east of the field. [[name:abi]] did
        really well, kept flying the aircraft n kept her lookout going. {{Airprox}} filed with {{UKAB}}.
        pls everyone brief students re {{drones}} + mention it in the {{PFL}} lesson too. its the 2nd one
        this month. -- [[name:nell]]
    """)),
    ("aviation", "success", prose("""
        Dear [[name:Helen]], On behalf of the {{ATC}} team at [[organisation:Saltmere Tower]] I wanted
        to thank your instructors and students for their airmanship on the afternoon of
        [[date:7 June]]. When the {{air ambulance}} inbound to the {{hospital}} diverted to us with a
        patient, we had five of your aircraft in the {{circuit}}. Within about a minute all of them had
        acknowledged the instruction to {{orbit}} or hold {{deadside}}, with clear readbacks, and nobody
        needed a second call, including two solo students. The helicopter landed and departed without
        delay. It is a credit to your {{RT}} training and to the {{pre-flight briefing}} that day by
        [[name:Sunny]]. Kind regards, [[name:Siobhán Kearney]], {{Watch Manager}},
        [[organisation:Saltmere Tower]], [[email:s.kearney@saltmereatc.co.uk]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:14 June 2024]] at about 16:10, instructor [[name:Inês Carvalho]] and student
        [[name:Rafferty Quinn-Osei]] in [[aircraft_registration:G-OTUX]] were doing {{touch-and-go}}
        circuits on {{runway 26}} behind a {{King Air}} charter, [[flight_number:XCL27]], that was
        practising approaches. The {{tower}} passed "caution {{wake turbulence}}" but the student turned
        final about 2nm behind, inside the recommended spacing. At about 300ft the aircraft rolled
        around 30 degrees left. [[name:Inês]] took control, levelled the wings and flew a {{go-around}}
        offset to the upwind side. Nobody was hurt. In the {{debrief}} [[name:Rafferty]] said he had heard
        "caution" but did not know what spacing to leave. Learning: add wake timings from the
        {{Skyway Code}} to the circuit brief and teach the "land beyond the touchdown point" technique
        before first solo. Ref [[case_reference:SFS-OR-24-036]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind289", REPORTS))
