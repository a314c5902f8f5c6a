"""Held-out blind corpus 273: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a child protection conference and reviewing service - independent chairs
  (IROs, CP chairs), conference minutes, core groups, child in care reviews.
- health (17): a hospital oncology and haematology day unit - chemotherapy chairs, PICC lines,
  neutropenic sepsis calls, the acute oncology phone line.
- aviation (16): a hot air balloon ride operator - pilots, retrieve crews, passengers, launch
  fields, landowners, weather calls.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, radio (RT) transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]]; must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind273.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        From: [[name:Olumide Bankole-Hart]] <[[email:o.bankole-hart@wyvernshire.gov.uk]]>
        To: {{CP}} Quality Assurance mailbox
        Sent: [[date:14 March 2024]] 16:52
        Subject: Breach - {{ICPC}} minutes ref [[case_reference:CPC-24-0317]]

        Hi all,

        Logging this as my {{team manager}} asked. The draft {{ICPC}} minutes for the
        [[name:Kowalczyk]] children were e-mailed by {{business support}} to {{dad}} at
        [[email:tk.builds77@mailbox.co.uk]] this afternoon. He was excluded from the
        {{domestic abuse}} part of the {{conference}} and the minutes include {{mum}}'s new
        address, [[address:Flat 3, 41 Tanner's Row, Brackley Vale]], and the name of
        [[organisation:St Brannoc's Primary]].

        I phoned [[name:Agata]] at 16:40 and the {{IDVA}} is reviewing her safety plan tonight.
        {{Police}} informed via the {{MASH}}. IT are trying a recall but it's an external
        address so I doubt it will work.

        [[name:Olu]]
        [[name:Olumide Bankole-Hart]]
        {{Independent Chair}}, [[organisation:Wyvernshire Children's Services]]
        [[phone:01632 960417]]
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - {{cic review}} for [[name:kayden]] ([[age:9yo]]) booked for [[date:thurs 6th]]
        at the {{foster carers}} house but noone had sent invite to birth mum [[name:shannon]].
        {{FC}} ([[name:bev]]) txt me wed night asking if [[name:shannon]] was coming as
        [[name:kayden]] had been asking all wk. checked {{LCS}} - invite letter never generated
        bc mum's address still showing old one on [[address:Hollin Lane, Marcham]]. rang mum 9am
        she cd do it by phone so review went ahead ok. {{IRO}} shd not rely on {{SW}} to invite -
        pls can {{business support}} add birth parents to the review checklist. {{SW}} is
        [[name:Dev]], told him to update {{LCS}}. [[name:jb]]
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace Adeyemi-Cole]] ({{CP chair}}) for the {{RCPC}} for
        [[name:Hope]] ([[age:aged 13]]) on [[date:Tuesday 9 April]]. [[name:Hope]] had said she'd
        never come to another {{conference}} because "everyone talks about me like I'm not
        there". [[name:Grace]] met her 20 minutes before at [[organisation:Ashgrove Academy]] with
        her {{advocate}} ([[name:Faith]] from {{NYAS}}) and let [[name:Hope]] fill in the
        {{Signs of Safety}} "what's working well" column herself on the {{whiteboard}}.
        {{Nan}} (Mrs [[name:Ogunleye]]) said it was the first meeting she understood. The plan
        was stepped down to {{Child in Need}} with [[name:Hope]]'s own words in the
        {{danger statement}}. Really good practice to share at the {{Chairs' forum}} - thank
        you [[name:Grace]] and [[name:Faith]]!
    """)),
    ("social_care", "incident", block("""
        Chronology - virtual {{ICPC}}, [[name:Mirza]] family, ref [[case_reference:CP/2024/1182]]
        [[date:02/05/24]]
        09:58 Chair ([[name:Ioana Constantinescu]]) opens {{Teams}} meeting. 11 people in {{lobby}}.
        10:01 All admitted from {{lobby}} without checking display names - one shows as "[[name:Zee M]]".
        10:06 During {{health visitor}} report {{mum}} ([[name:Saima]]) messages {{SW}} in chat:
              "thats him thats [[name:Zeeshan]]".
        10:07 Chair removes "[[name:Zee M]]" and locks meeting. Approx 5 mins heard, incl. that
              [[name:Aliyah]] now attends [[organisation:Kingsmead Infants]].
        10:15 Conference adjourned. {{DSL}} alerted. {{Police}} (DC [[name:Okafor]]) informed -
              {{non-molestation order}} in place.
        10:40 {{Team manager}} and chair agree new link, named invitees only, {{lobby}} checked
              against invite list.
        Learning: a {{lobby}} display name is not identity. Link had been forwarded to
        {{mum}}'s old e-mail, which he can still access.
    """)),
    ("social_care", "near_miss", block("""
        CHILD IN CARE REVIEW - RECORD (DRAFT)
        Name: [[name:Mateus Lopes Ferreira]]
        DOB: [[date_of_birth:17/08/2011]]
        LCS ID: [[case_reference:LCS-448129]]
        Placement: [[address:12 Brierley Close, Oakhampton Cross]], [[postcode:WV9 4RJ]]
        Review no.: 4th {{review}}
        {{IRO}}: [[name:Precious Nwachukwu]]

        Near miss note (added by {{IRO}}): the DOB field had auto-filled as
        [[date_of_birth:17/08/2014]], which is his brother [[name:Thiago]]'s. I spotted it
        because the {{PEP}} section said {{Year 8}} but the age box showed [[age:9]]. If it had
        gone out, the {{health assessment}} request would have been for the wrong child and the
        {{Virtual School}} would have pulled the wrong {{PEP}}. Both boys are with
        [[organisation:Fostering Futures Ltd]] carers. Raised with {{LCS}} support,
        ticket [[case_reference:INC0093321]].
    """)),
    ("social_care", "success", block("""
        CORE GROUP MEETING - NOTES
        Family: [[name:Dumitru]] (children [[name:Ana-Maria]], [[name:Luca]] and baby [[name:Ilie]])
        Date: [[date:23 January 2024]], 2pm, [[organisation:Fenwick Children's Centre]]
        Present: [[name:Ruth Abiodun]] (allocated {{SW}}), [[name:Pat Kinsella]] ({{HV}}),
        Mrs [[name:Elena Dumitru]] ({{mum}}), [[name:Vasile]] ({{dad}}),
        [[name:Mark O'Driscoll]] ({{DSL}}, [[organisation:Riverside Primary]]),
        {{Romanian}} {{interpreter}} via {{Language Line}}
        Apologies: [[name:Amber Hussain]] ({{CAMHS}}), {{GP}} ([[organisation:Fenwick Road Surgery]])

        Learning to share: first core group where every action from the last one was done.
        [[name:Pat]] and [[name:Ruth]] did a joint visit on [[date:9th Jan]] and the {{safe sleep}}
        concerns for [[name:Ilie]] are resolved. {{Dad}}'s idea: the {{Signs of Safety}} safety plan
        written in {{Romanian}} and {{English}} and stuck on the fridge. Recommend for other core groups.
        Minutes: [[name:RA]]
    """)),
    ("social_care", "incident", block("""
        [{{Teams}} chat export - "{{CP Chairs}}" group, [[date:Wed 15 May]]]
        [[name:Sunny Bhogal]] 09:12  anyone else chairing in {{Room 3}} at the {{civic centre}} today?
        [[name:Niamh Ó Súilleabháin]] 09:13  me at 11, why
        [[name:Sunny Bhogal]] 09:14  someone's left the [[name:Achterberg]] conference pack on the table.
            full reports incl {{police}} checks and the {{CP medical}}. ref [[case_reference:CPC-24-0402]]
        [[name:Niamh Ó Súilleabháin]] 09:14  omg. whose was it
        [[name:Sunny Bhogal]] 09:15  [[name:Wes]]'s from yesterday pm i think. {{FGC}} team had the room after
        [[name:Wes Adebayo-Lind]] 09:31  sorry just seen - yes mine, thought the {{minute taker}} took it
        [[name:Niamh Ó Súilleabháin]] 09:33  needs logging as a breach hun, {{FGC}} had a family in there
        [[name:Sunny Bhogal]] 09:40  locked in the {{confidential waste}} cupboard til [[name:Wes]] collects
    """)),
    ("social_care", "near_miss", block("""
        Reported by: [[name:Joy Mbeki-Turner]], {{IRO}}
        Date: [[date:Fri 19 July]]

        {{WhatsApp}} the {{foster carer}} sent to my {{work mobile}}:
        [[date:19/07/2024]], 07:46 - [[name:Heather]] 🌻: Morning! Just so ur aware [[name:Rhys]]
        said last nite his dad is picking him up from school today for the review?? I thought
        contact was supervised only
        [[date:19/07/2024]], 07:51 - Me: Thanks [[name:Heather]], nobody is collecting him.
        Ringing school now.

        {{Dad}} ([[name:Gethin Pryce]]) had got the {{CiC review}} invite letter, which gave the
        venue as [[organisation:Ysgol Bryn Derw]] at 3.15. {{DSL}} made sure [[name:Rhys]] was
        handed only to [[name:Heather]]. {{Dad}} turned up at the gate and left when staff spoke
        to him. No harm. Invite letters to parents must not show the child's school when
        {{contact}} is supervised - raised with {{business support}} and my {{service manager}}.
    """)),
    ("social_care", "success", prose("""
        Learning from a {{review child protection conference}} held on [[date:3 October]] for
        [[name:Bilal]] and [[name:Maryam Qureshi]] (ref [[case_reference:CP/2023/0876]]).
        The {{chair}}, [[name:Dawn Featherstone]], noticed during the pre-meet that the
        {{school}} report from [[organisation:Oakfield High]] and the {{police}} summary described
        the same incident on [[date:14 September]] very differently. Rather than proceed, she
        rang the {{DSL}}, Mr [[name:Szymański]], and the {{PPIU}} officer before the family
        arrived, and both agreed a shared account. Parents later said this was the first
        conference where "nobody argued about what happened". The {{CP plan}} continued but with
        two clear {{bottom lines}} and the family signed up to them. {{Ofsted}}'s
        {{ILACS}} team are due and this is a good example of {{Working Together}} in practice.
    """)),
    ("social_care", "incident", block("""
        {{HANDOVER}} - {{chair}} cover ([[name:Rose]] off sick from [[date:Mon 12 Feb]])
        From: [[name:Kwame Mensah]]  To: [[name:Tariq]]

        1. [[name:Lewandowski]] {{RCPC}} [[date:13/02]] 10am - fine, papers on {{shared drive}}.
        2. [[name:Pemberton]] twins {{CiC review}} [[date:14/02]] - {{IRO}} visit done by [[name:Rose]].
        3. [[name:Chikwanha]] {{ICPC}} [[date:15/02]] - awaiting {{S47}} outcome.

        What went wrong: [[name:Rose]]'s diary note that the [[name:Pemberton]] twins had moved
        placement on [[date:9 Feb]] never made it into this handover. [[name:Tariq]] chaired the
        review with the old carers invited, and the new carers ([[organisation:Harbourside Fostering]]) only found out an hour before. Twins ([[age:aged 6]]) missed having their
        new carers there and the {{review}} had to be reconvened.
        Fix: handover template now has a "changes since last visit" box. {{IRO}} {{team manager}}
        [[name:Bill Ashworth]] aware.
    """)),
    ("social_care", "near_miss", block("""
        {{ICPC}} timescales tracker - wk commencing [[date:8 April]] (extract)

        Ref                          | Child            | {{Strategy}} date | ICPC due  | Booked
        [[case_reference:CP/24/0511]] | [[name:T. Oduya]]  | [[date:18/03]]          | [[date:08/04]] | [[date:08/04]]
        [[case_reference:CP/24/0519]] | [[name:Ruby Kerr]] | [[date:21/03]]          | [[date:11/04]] | [[date:17/04]]
        [[case_reference:CP/24/0522]] | [[name:A. Haddad]] | [[date:25/03]]          | [[date:15/04]] | [[date:15/04]]

        Note by {{CP coordinator}} ([[name:Leah]]): [[name:Ruby Kerr]]'s conference had been
        booked outside the 15 {{working day}} timescale because the {{chair}}'s diary was full
        and nobody flagged it. Spotted when I ran the tracker on {{Monday}}. Moved to
        [[date:11/04]] with [[name:Ali]] chairing. Suggest the {{booking form}} blocks dates past
        day 15 unless a {{service manager}} agrees.
    """)),
    ("social_care", "success", prose("""
        thank u note [[name:tyler]] wrote for his {{IRO}}, typed up by his {{advocate}} with his
        permission: "to [[name:will]] thanks for listning to me about auntie [[name:jade]] and for
        making them let me stay at [[name:jade]]s til the {{summer}}. you didnt make me talk in the
        big meeting you let me do the voice thing on the {{ipad}}. i got my {{GCSE}} mock results and
        i got a 6 in {{english}}. from [[name:tyler]] ([[age:15]])". Sharing because [[name:will]]
        used the {{Mind of My Own}} app so [[name:tyler]] could send his views before the
        {{CiC review}} instead of speaking in front of his {{mum}}. Good use of the {{IRO}}
        {{handbook}} guidance on participation.
    """)),
    ("social_care", "incident", prose("""
        On [[date:27 June 2024]] an {{initial child protection conference}} for
        [[name:Kyrie Baptiste-Lowe]] ([[age:4 months]], ref [[case_reference:CPC-24-0688]]) went ahead
        without {{police}} attendance or a written {{police}} report. The {{chair}}, [[name:Farah
        Nadeem]], judged the conference quorate with {{children's social care}}, the {{health
        visitor}} and the {{GP}} ([[organisation:Castle Mead Medical Practice]]) and a
        {{CP plan}} under {{neglect}} was made. Two days later the {{PPIU}} told the
        {{social worker}} that {{dad}}, [[name:Jerome Lowe]], had a recent arrest for possession
        of a knife which would have changed the category and the {{contact}} arrangements.
        The invite had gone to a {{police}} mailbox that was decommissioned in {{April}}.
        Actions: distribution list checked, conference reconvened on [[date:8 July]],
        {{LSCP}} informed.
    """)),
    ("social_care", "near_miss", block("""
        Minutes distribution list - {{RCPC}} [[date:20 Nov 2023]], ref [[case_reference:CPC-23-1190]]

        Name                          Role                 Send  Address on file
        [[name:Simran Kaur]]          {{mum}}              Y     c/o {{refuge}} - DO NOT DISCLOSE
        [[name:Harjit Singh Gill]]    {{dad}}              Y     [[address:88 Coleridge Road, Eastleigh Moor]] [[postcode:EM4 2TB]]
        [[name:Colette Marchetti]]    {{social worker}}    Y     secure e-mail
        [[name:Hollie]]               {{minute taker}}     -     -

        What nearly happened: [[name:Hollie]] pasted {{mum}}'s refuge address
        ([[address:Unit 2, Saltings Court]]) into the front sheet from the {{IDVA}} referral.
        The {{chair}}, [[name:Yusuf Demir]], caught it at sign-off, about two minutes before the
        batch went to the {{post room}}. [[name:Harjit]]'s copy would have shown it. Nothing sent.
        Learning: front sheets for {{DV}} cases to be auto-filled from the "safe contact" field
        only, and the chair's sign-off to include reading the front sheet, not just the
        decisions page.
    """)),
    ("social_care", "success", block("""
        From: [[name:Marguerite Okonjo]]
        To: [[name:Ian Fairweather]]; [[name:Hayley Brennan]]
        Date: [[date:Thu 7 March 2024]] 11:20
        Subject: RE: {{Escalation}} {{stage 2}} - [[name:Noor]] - {{DRP}} resolved

        Hi [[name:Ian]],

        Closing the loop for the learning log. I raised a {{stage 2}} escalation under the
        {{dispute resolution protocol}} on [[date:20 February]] because [[name:Noor Al-Rashid]]
        ([[age:16]]) had been in an {{unregistered placement}} for six weeks. The
        {{head of service}} met me on [[date:1 March]] and [[name:Noor]] moved to
        [[organisation:Meadowbank Supported Lodgings]] yesterday, where she chose her own room.
        Her {{PA}}, [[name:Sami]], was brilliant. The {{IRO}} footprint on {{LCS}} made the
        difference - we could evidence every visit and every call.

        Thanks,
        [[name:Marguerite]]

        [[name:Marguerite Okonjo]] | {{Independent Reviewing Officer}}
        [[phone:07700 900238]] | [[email:marguerite.okonjo@wyvernshire.gov.uk]]
    """)),
    ("social_care", "incident", prose("""
        incident - invite for [[name:Alex]]'s {{cic review}} went to
        [[organisation:Northgate Sixth Form College]] with his old name on it
        ([[name:Alexandra Whitcombe]]). hes [[age:17]], trans, changed name by {{deed poll}}
        last yr n its on {{LCS}} but the invite template pulls the {{legal name}} field which
        nobody updated. {{pastoral lead}} Mrs [[name:Osei]] handed it to him in front of his
        tutor group. he rang me v upset. apologised, spoke to {{SW}} [[name:Chidi]] + my {{TM}}.
        ticket raised w {{LCS}} team re template ([[case_reference:INC0101457]]). also need to
        check [[name:Alex]]'s {{PEP}} and {{health}} letters dont have same problem. [[name:FA]],
        {{IRO}}
    """)),
    ("social_care", "near_miss", block("""
        Pre-{{ICPC}} checklist - [[name:Tesfaye]] family - ref [[case_reference:CPC-24-0611]]
        Chair: [[name:Guy Hendricks]]    Conference: [[date:4/6/24]] 1.30pm
        {{Interpreter}} booked: {{Amharic}}  -> WRONG, should be {{Tigrinya}}

        Note by chair: {{mum}} ([[name:Selam Tesfaye]]) is from {{Eritrea}} and speaks {{Tigrinya}}.
        The {{MASH}} referral said "{{Ethiopian}} - {{Amharic}}" and that was copied onto the booking.
        The agency ([[organisation:Babel Bridge Interpreting]]) confirmed {{Amharic}}. I rang
        {{mum}} on the morning with the {{family support worker}}, [[name:Yonas]], who speaks
        {{Tigrinya}}, and realised. Rebooked on {{Language Line}} video. If missed, {{mum}} would
        have sat through a conference she couldn't follow and her agreement to any
        {{CP plan}} would mean nothing. Learning: ask the family which language, don't copy
        the referral. [[name:Guy]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        On [[date:11 March 2024]] Mr [[name:Desmond Achebe]] ([[age:67]], hospital no.
        [[case_reference:MH0482217]]) attended the [[organisation:Larkspur Day Unit]] for
        {{cycle 3}} of {{FOLFOX}}. Treatment was released by the {{band 6}} nurse using the
        {{FBC}} from the previous {{Friday}}; the result taken on the day was not reviewed.
        {{Neutrophils}} were 0.8. The {{oxaliplatin}} and bolus {{5-FU}} had been given and the
        {{pump}} connected before the {{registrar}}, Dr [[name:Lakshmi Venkataraman]], saw the
        result at 15:10. Mr [[name:Achebe]] was recalled, the {{pump}} disconnected and he was
        given {{neutropenic sepsis}} advice and the {{acute oncology}} line number. He was
        admitted on [[date:16 March]] with a temperature of 38.4 to
        [[organisation:Fleming Ward]] and recovered with {{IV antibiotics}}. Contributory: two
        {{FBC}} results in {{ICE}} for the same week and no hard stop in the prescribing system.
    """)),
    ("health", "near_miss", prose("""
        2 pts called [[name:Nguyen]] in {{chair 4}} and {{chair 5}} today [[date:22/4]]
        ([[name:Thi Lan Nguyen]] wkly {{paclitaxel}} and [[name:Van Minh Nguyen]]
        {{gemcitabine}}). {{HCA}} brought the {{gemcitabine}} bag to chair 4, i was abt to spike
        it, did {{ID check}} against {{armband}} n DOB didnt match. both pts had said "yes thats me"
        when asked "mrs [[name:nguyen]]?" no harm. pls can we not sit same surname pts next to
        each other + ALWAYS use open q's "tell me ur full name + DOB". also the bag label only
        had surname + initial in big print. [[name:Kez]] ({{chemo nurse}})
    """)),
    ("health", "success", prose("""
        Massive shout-out to [[name:Joy]] on the {{acute oncology}} line on [[date:Sat 8 June]]!
        Caller was the daughter of a [[age:74-year-old]] lady on {{R-CHOP}}, day 9, feeling
        "a bit fluey". [[name:Joy]] used the {{UKONS}} triage tool properly, graded it red, told
        them not to wait for the {{GP}} and to call 999, and pre-alerted the {{nurse in charge}}
        and {{SHO}} in {{ED}} at [[organisation:Kingsbridge General]]. Door-to-needle was 38
        minutes and {{Tazocin}} was in within the hour as per {{NICE}} {{NG151}}.
        Mrs [[name:Adeyinka]] is home now and sent chocolates. From Sister [[name:Carmody]]
    """)),
    ("health", "incident", block("""
        Acute oncology line - call chronology [[date:Sun 14 Jan 2024]]  {{Datix}} [[case_reference:W-118832]]
        Patient: [[name:Stanisław Wiśniewski]], [[age:58]], {{docetaxel}} day 7
        NHS no. [[nhs_number:393 499 4237]]
        19:02 Wife ([[name:Bożena]]) rings line. Temp 38.1, shivering. Call taken by [[name:Abi]]
              ({{HCA}}, covering while nurse on break).
        19:05 Advised {{paracetamol}} and ring back if worse. {{UKONS}} tool not used.
        21:40 [[name:Bożena]] rings again - temp 39.0, confused. Nurse [[name:Cormac]] grades red, 999.
        22:35 Arrives {{ED}}. {{NEWS2}} 7.
        23:52 {{Tazocin}} given. {{Lactate}} 4.1.
        Outcome: {{ITU}} 2 days, now recovering. Advice at 19:05 was wrong - {{paracetamol}}
        can mask fever and {{HCA}}s must not triage. Weekend rota gap meant the phone was left
        with unregistered staff.
    """)),
    ("health", "near_miss", block("""
        SPECIMEN LABELLING - NEAR MISS
        Name on sample: [[name:Olga Petrenko]]     {{DOB}}: [[date_of_birth:03/11/1961]]
        NHS No: [[nhs_number:653 922 9887]]
        Patient actually bled: [[name:Olive Peterson]]     DOB: [[date_of_birth:30/11/1961]]
        Hosp No: [[case_reference:K7731045]]
        Address: [[address:7 Quarry Bank, Lower Haddon]], [[postcode:DH6 3PW]]
        Line: {{PICC}} (left {{basilic}}), bloods from line for {{FBC}}/{{U&E}} pre {{cycle 2}}

        What happened: printed labels were picked up from the tray for {{chair 2}} instead of
        {{chair 3}}; the names and DOBs look very alike. The {{PICC}} nurse, [[name:Aoife]],
        re-checked the tubes against the wristband at the bedside before bagging and spotted it.
        Tubes discarded and re-bled. If sent, [[name:Olive]] could have been treated on
        [[name:Olga]]'s counts. Labels now printed at the chair only.
    """)),
    ("health", "success", block("""
        From: [[name:Rashida Begum]]
        To: Day Unit {{Sisters}}; Dr [[name:Holt]]
        Date: [[date:5 Feb 2024]]
        Subject: Good catch - {{carboplatin}} dose

        Hi all,

        Sharing a good catch by [[name:Summer]], our {{pre-reg pharmacist}}. {{Carboplatin}}
        {{AUC}} 5 was prescribed for Mrs [[name:Eilidh MacLeod]] ([[case_reference:K5520918]])
        using a weight of 98 kg instead of 58 kg, giving an uncapped {{GFR}} of 125.
        The dose would have been nearly double. [[name:Summer]] queried it with the
        {{ST5}}, Dr [[name:Oyelaran]], and it was amended before {{aseptic}} made it.
        Please check weight against the last clinic weight in {{ChemoCare}}.

        Thanks,
        [[name:Rashida]]
        [[name:Rashida Begum]] {{MRPharmS}}
        Lead Oncology {{Pharmacist}}, [[organisation:Kingsbridge General]]
        [[phone:01632 960881]] | [[email:rashida.begum2@kingsbridge.nhs.uk]]
    """)),
    ("health", "incident", block("""
        {{Teams}} - [[organisation:Larkspur Day Unit]] nurses chat - [[date:Mon 13 May]]
        [[name:Priya Raman]] 10:41  can someone come to {{chair 9}} pls, think we've got an {{extravasation}}
        [[name:Tomás]] 10:41  coming
        [[name:Priya Raman]] 10:44  {{epirubicin}} via {{peripheral cannula}}, pt (Ms [[name:Dlamini]]) says burning, swelling at back of hand
        [[name:Tomás]] 10:45  stop, aspirate, {{extravasation kit}}, cold pack, ring {{on-call reg}} + {{plastics}}. is {{dexrazoxane}} in stock?
        [[name:Priya Raman]] 10:52  {{pharmacy}} say 1 vial only, getting more from [[organisation:St Elphin's Hospital]]
        [[name:Grace O]] 11:03  photos done for {{Datix}}, [[name:Nomvula]] is ok, bit shaken, her sister is with her

        Note by {{ward sister}}: the cannula was sited at 09:15 after two failed attempts. She
        should have had a {{PICC}}, but it was cancelled on [[date:2 May]] because there was no
        {{IR}} slot, and nobody escalated. {{Vesicants}} via peripheral line only with
        {{consultant}} agreement per policy.
    """)),
    ("health", "near_miss", block("""
        Shift handover [[date:Weds 17/04]] pm -> [[name:Mags]]
        Chair 1 - [[name:Hamza Iqbal]], {{rituximab}} 2nd dose, going well, {{obs}} every 30 min
        Chair 4 - [[name:Ivy]] (pref. name, legal name [[name:Ivana Horvat]]), {{bortezomib}} {{sc}}, done, home
        Chair 6 - Mrs [[name:Joan Pickering]], {{iron infusion}}, waiting for {{porter}}

        NEAR MISS chair 1: {{pump}} had been programmed at 400 ml/hr from the start instead
        of 50 ml/hr rising every 30 min as per {{rate escalation}} protocol. {{2nd checker}}
        ([[name:Ferdinand]]) read the rate back against the chart and caught it before the
        start button was pressed. [[name:Hamza]] had a {{grade 2 reaction}} with dose 1 so
        this could have been nasty. {{Datix}} done. Pumps with {{drug library}} would have
        flagged it - chasing {{medical physics}}.
        from [[name:Kris]]
    """)),
    ("health", "success", block("""
        Transcribed from a card left at reception on [[date:22nd December]]:

        "To all the wonderful team at the [[organisation:Larkspur Day Unit]], especially
        [[name:Robin]], [[name:Hazel]] and Dr [[name:Pillai]]. Six months of {{ABVD}} and never once
        did I feel like a number. [[name:Robin]], you noticed my {{PICC}} had slipped out a bit
        before I even did and sorted it straight away. Have a lovely {{Christmas}}, you deserve
        it. Love [[name:Cliff]] & [[name:Marion]] x"

        ({{Hodgkin lymphoma}}, now in {{remission}} on the {{PET}} scan.) Shared at the
        {{huddle}}. [[name:Robin]] is being nominated for the {{DAISY award}} - the line
        migration was picked up at a routine {{dressing change}} because [[name:Robin]] measured
        the external length every time, as per policy.
    """)),
    ("health", "incident", block("""
        Chair list [[date:Tue 9 July]] (extract) - [[organisation:Larkspur Day Unit]]
        Chair | Time  | Patient                    | Regimen                 | Notes
        3     | 09:00 | [[name:R. Castellanos]]    | {{FEC-T}} cycle 4       | -
        3     | 09:00 | [[name:Gwen Tudor-Price]]  | {{zoledronic acid}}     | DOUBLE BOOKED
        5     | 10:30 | [[name:M. Al-Hashimi]]     | {{pembrolizumab}}       | delayed

        Incident: Mrs [[name:Tudor-Price]] ([[age:81]]) waited 4 h 40 min in the {{waiting room}}
        for a chair. Because everything ran late, the {{pembrolizumab}} made for
        [[name:M. Al-Hashimi]] by {{aseptic}} passed its {{expiry}} at 16:00 and had to be wasted.
        {{ChemoCare}} allowed two patients in one chair; the {{ward clerk}} overrode the warning
        thinking it was a duplicate. [[name:Gwen]] was very gracious but should not have had to wait.
    """)),
    ("health", "near_miss", block("""
        ACUTE ONCOLOGY TRIAGE LOG
        Date/time: [[date:30/01/2024]] 02:14
        Caller: son ([[name:Kofi]]) on behalf of patient
        Patient: [[name:Abena Owusu-Ansah]]    DOB: [[date_of_birth:12/05/1949]]
        NHS: [[nhs_number:452 799 4042]]    Tel: [[phone:07700 900561]]
        Regimen: {{capecitabine}} day 11
        Symptoms: {{diarrhoea}} x6 since midnight, sore mouth, hands OK
        {{UKONS}} grade: scored amber by {{triage nurse}} [[name:Will]]

        Near miss: on re-reading the tool after the call, [[name:Will]] saw that 6 episodes
        above baseline is grade 3 = RED. He rang back at 02:31, advised stopping the
        {{capecitabine}} and attending the {{assessment unit}}. [[name:Kofi]] brought her in;
        {{AKI}} on bloods and a {{DPD deficiency}} query. The first advice
        ({{loperamide}}, stay home) would have been wrong.
    """)),
    ("health", "incident", prose("""
        [[name:Chen Jiahui]] ([[age:43]], [[case_reference:K6604182]]) had a {{PICC}} inserted by
        the {{vascular access team}} on [[date:2 April]]. The insertion record documented the
        external length but not tip confirmation: {{ECG tip location}} had failed and no
        {{CXR}} was requested. The line was used for {{paclitaxel}} on [[date:4 April]].
        Ms [[name:Chen]] reported neck and ear pain during the infusion and the {{day unit}}
        nurse, [[name:Bongani]], stopped it. {{CXR}} showed the tip in the right
        {{internal jugular}}. The line was removed and re-sited on [[date:5 April]] and the
        dose given the next day. Learning: a {{PICC}} must not be used until tip position is
        documented, as per {{Trust}} policy and {{RCN}} standards.
    """)),
    ("health", "success", block("""
        Safety huddle - [[organisation:Larkspur Day Unit]] - [[date:Friday 1 March]] 08:15
        Present: [[name:Hope Ndlovu]] ({{unit manager}}), Dr [[name:Sinéad Quill]] ({{consultant}}),
        [[name:Paweł]] ({{pharmacy}}), [[name:Jas]] ({{HCA}}), [[name:Mo]] ({{ward clerk}})
        Apologies: Dr [[name:Ahmadi]], [[name:Temi]] ({{CNS}})

        1. Staffing - 1 nurse short pm, bank requested.
        2. Good catch of the week: [[name:Jas]] noticed Mr [[name:Tennant]] in {{chair 8}}
           looked "not right" during {{oxaliplatin}} - flushed, tight chest. Stopped the pump,
           called for help, {{hypersensitivity}} protocol, {{hydrocortisone}} and
           {{chlorphenamine}} given within 4 minutes. Fully recovered.
        3. [[name:Hope]] - this is why every {{HCA}} does the reactions training. Logged on
           {{Datix}} as good practice.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Dorota Kowalski]]
        To: [[name:Faisal Chaudhry]]
        Subject: Near miss - oral {{SACT}} label
        Date: [[date:Thursday 25th April]]

        Hi [[name:Faisal]],

        For the {{SACT}} group. Mr [[name:Gerwyn Bevan]] ([[case_reference:K2219870]]) was
        dispensed {{capecitabine}} for 14 days on / 7 days off, but the {{outpatient pharmacy}}
        label said "take twice daily" with no off week. [[name:Ngozi]], the {{chemo nurse}},
        read the label aloud during his {{counselling}} appointment and his {{wife}} [[name:Siân]]
        asked "so he just keeps going?" - caught there. Label reprinted. The template
        dropped the second line when the {{dispensing system}} was updated.

        [[name:Dorota]]
        [[name:Dorota Kowalski]], Specialist Oncology {{Pharmacist}}
        [[phone:01632 960552]]
    """)),
    ("health", "incident", prose("""
        spill of {{cyclophosphamide}} in {{chair 7}} abt 11ish when line disconnected - {{luer
        lock}} not tight. ~50ml on the floor + pt's trousers (mr [[name:fraser]]). {{spill kit}}
        in {{dirty utility}} was EMPTY, someone used it [[date:thurs 14th]] + nobody restocked.
        had to borrow one from [[organisation:Fleming Ward]], took 10 mins. pt given scrubs to
        go home in, very embarrassed. [[name:lil]] ({{HCA}}) got some on her forearm - washed 15
        mins, {{occ health}} informed. {{COSHH}} form + {{Datix}} [[case_reference:W-121077]] done.
        pls pls restock kits + sign the check sheet!! - [[name:dee]] {{band 5}}
    """)),
    ("health", "success", prose("""
        On [[date:18 September 2023]] Mr [[name:Babajide Ilori]] ([[age:52]], NHS
        [[nhs_number:219 457 7408]]) attended the day unit for the first {{venetoclax}}
        ramp-up dose for {{CLL}}. At the 8-hour check the {{haematology CNS}},
        [[name:Frankie Dubois]], noticed potassium had risen from 4.2 to 5.6 and phosphate was
        above range. [[name:Frankie]] held the next dose, called the {{haematology registrar}}
        immediately, and {{IV fluids}} and {{rasburicase}} were started within 40 minutes.
        He was admitted to [[organisation:Nightingale Ward]] overnight; {{laboratory TLS}} was
        confirmed but resolved without {{dialysis}}. [[name:Frankie]] followed the
        {{venetoclax}} {{TLS}} protocol exactly, including the 8-hour bloods that are often
        skipped when the unit closes at 6. Ref [[case_reference:W-114502]].
    """)),
    ("health", "near_miss", block("""
        Call transcript (recorded line) - [[date:12/03/24]] 15:47
        {{NURSE}} ([[name:Sunita]]): Acute oncology line, [[name:Sunita]] speaking.
        {{CALLER}}: Hi, it's [[name:Rob]], ringing about my partner [[name:Precious Mwale]], she's
        on chemo and she's got a temperature.
        {{NURSE}}: Can I take her hospital number from her alert card?
        {{CALLER}}: [[case_reference:K3390216]]
        {{NURSE}}: And her date of birth?
        {{CALLER}}: [[date_of_birth:2nd of June 1988]]
        {{NURSE}}: That number doesn't match that date of birth. Can you check the card again?
        {{CALLER}}: Oh sorry - that's her mum's old card in the drawer. It's [[case_reference:K3390261]].

        Note: triage would have been done against the wrong record ({{FEC}} in 2019, not
        current {{carboplatin}}). Identity check with two identifiers worked.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:17 August 2024]] balloon [[aircraft_registration:G-CKVR]] ({{Cameron Z-315}}),
        {{pilot}} [[name:Piotr Zieliński]], landed at 20:41 in a field at
        [[address:Lower Brockhurst Farm]] containing in-calf heifers. The {{landowner}},
        Mr [[name:Aled Rhys-Jones]], had been on the {{sensitive area}} list as "no landing -
        stock" since {{spring}}. Two heifers went through a fence. A passenger, Mrs
        [[name:Wendy Cho]] ([[age:71]]), twisted her ankle climbing out over the {{basket}}
        rim. The {{retrieve crew}} ([[name:Dusty]] and [[name:Kai]]) reached the field in 15
        minutes in [[vehicle_registration:LN19 KDX]]. Contributory: the pilot's map was an old
        printout; the updated list was only on the {{ops app}}. Damage paid by
        [[organisation:Skylark Balloon Flights]]; {{MOR}} submitted to the {{CAA}}, ref
        [[case_reference:OR-2024-08-0193]].
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (from {{ATC}} tape request) - [[date:21/05/2024]]
        Balloon [[aircraft_registration:G-OBFW]], {{pilot}} [[name:Sky Adeyemi]]

        19:52:10 {{RADAR}}: [[aircraft_registration:Golf Foxtrot Whiskey]], [[organisation:Brackenfield Radar]], you appear
                 1 mile south of the {{CTR}} boundary drifting north, report intentions.
        19:52:25 [[aircraft_registration:G-FW]]: [[organisation:Brackenfield Radar]], [[aircraft_registration:Golf Foxtrot Whiskey]], hot air balloon,
                 1500 feet, will land within 2 miles.
        19:52:40 {{RADAR}}: [[aircraft_registration:Golf Foxtrot Whiskey]], roger, remain outside controlled
                 airspace, traffic is an {{A320}} on 4-mile final.
        19:52:55 [[aircraft_registration:G-FW]]: Remain outside, [[aircraft_registration:Golf Foxtrot Whiskey]].

        Pilot's note: forecast 8 kt from 190 at the surface, but at 1500 ft it was 18 kt from
        170. I should have taken the first landing option. Landed 20:04 at
        [[address:Hatchmere Lane, Little Orton]]. {{ATC}} said the traffic was
        [[flight_number:EZY7714]]. Lesson: do a {{pibal}} and check winds aloft, not just the
        {{METAR}}. - [[name:Sky]]
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Mark]] and [[name:Bella]] on retrieve on [[date:Sat 29 June]]!
        On approach to the field by [[address:Yew Tree Farm, Snelston]], [[name:Mark]] spotted
        {{11kV}} {{power lines}} hidden against the {{tree line}} and called it on the {{handheld}}:
        "wires 200 metres ahead, go over". {{Capt}} [[name:Hannah Lindqvist]] burned, climbed and
        landed two fields on. 12 passengers and none of them knew anything had happened. This
        is exactly why {{retrieve}} are briefed to get eyes on the {{landing field}} before the
        {{basket}} does, and why we use the {{power line}} call in the {{Ops Manual}}.
        [[name:Hannah]] says cake is on her. 🎈
    """)),
    ("aviation", "incident", block("""
        Flight [[case_reference:SK-0817-2]] - [[aircraft_registration:G-CKZE]] - [[date:17 Aug]] am
        05:42 Launch from [[address:Home Farm, Aldwick St Peter]]. 14 {{pax}}. {{Pilot}} [[name:Tobiasz]]. Surface wind 5 kt.
        06:38 Wind picks up to 14 kt at surface (not in {{TAF}}). Decision to land early.
        06:44 {{Landing brief}} repeated, {{pax}} in {{landing position}}.
        06:47 Fast landing, {{basket}} tips and drags approx 40 m. [[name:Beryl Nightingale]]
              ([[age:78]]) loses {{brace position}}, injures wrist.
        06:55 999 called by {{retrieve}} ([[name:Gaz]]).
        07:20 {{Ambulance}} on scene; taken to [[organisation:Royal Alderley Hospital]], fractured radius.
        Notes: [[name:Beryl]] was booked as a gift by her grandson [[name:Finn]]; the booking
        form said no mobility problems but she could not hold the {{landing position}}.
        Review: over-75s to have a phone call before flight day.
    """)),
    ("aviation", "near_miss", block("""
        {{WhatsApp}} "[[organisation:Skylark]] crew 🎈" - [[date:12/09/2024]]
        04:48 - [[name:Storm]]: {{TAF}} says 8kt backing 230 by 07. we're on for [[address:Copley Fields]]?
        04:50 - [[name:Gaz P]]: yep crew in by 5.15, {{trailer}} hitched
        04:53 - [[name:Lina Haddad]]: {{pax}} confirmed 12, 2 no-shows
        05:31 - [[name:Storm]]: {{pibal}} went up and sheared at 800ft, going right. not happy
        05:32 - [[name:Storm]]: sun's out early too, {{thermals}} by 7. scrubbing it
        05:33 - [[name:Gaz P]]: {{pax}} are already on the field 😬
        05:40 - [[name:Lina Haddad]]: ok doing rebook texts

        Note: office had told {{pax}} the night before ([[date:11th]]) it was "definitely
        flying" on one forecast, so they were angry. The call itself was right. Learning: final
        go/no-go only after a {{pibal}} on the field, and the office says "likely", never
        "definitely". - [[name:Storm Okonkwo-Reid]], {{Chief Pilot}}
    """)),
    ("aviation", "success", block("""
        From: [[name:Rosalind Pennington-Hart]] <[[email:roz@bramblecombefarm.co.uk]]>
        To: [[email:bookings@skylarkballoons.co.uk]]
        Date: [[date:Mon 2 Sept 2024]]
        Subject: Thank you!

        Dear all,
        Just a note to say how impressed we were with your crew on {{Saturday}} evening when
        the balloon came down in our top {{paddock}}. Your {{pilot}}, [[name:Barney]], rang the
        house before anyone crossed the {{ha-ha}}, every gate was shut behind them, and the
        young lady on the {{retrieve}}, [[name:Ife]], helped my husband [[name:Giles]] settle the
        {{ponies}}. {{Happy}} to have you again any time.
        [[name:Roz]]

        Ops note: [[address:Bramblecombe Farm]] added to the {{landowner}} "welcome" list.
        [[name:Barney]] was flying [[aircraft_registration:G-SKLK]]. Bottle of wine sent.
    """)),
    ("aviation", "incident", prose("""
        {{retrieve}} {{land rover}} [[vehicle_registration:WF66 RZB]] reversed into gatepost at
        the [[address:Ashby Parva]] {{landing site}} [[date:sat 7th]] ~8.10pm. driver
        [[name:connor]] ([[age:19]], only been on crew 3 wks) reversing w {{trailer}} in the
        dark, no {{banksman}}. gatepost snapped, {{trailer}} light smashed, {{basket}} fine.
        {{farmer}} mr [[name:hollis]] not happy, wants it sorted this wk. {{pilot}} [[name:ade]] was
        packing the {{envelope}} so nobody watching. needs: {{banksman}} rule for ALL reversing
        + reversing cam on {{LR2}}. [[name:connor]] is ok just shaken. [[name:t.w.]]
    """)),
    ("aviation", "near_miss", block("""
        PASSENGER LOAD CHECK - DISCREPANCY FORM
        Booking ref: [[case_reference:SKY-BK-55102]]
        Flight date: [[date:25/05/2024]]   Balloon: [[aircraft_registration:G-CLHN]] ({{Ultramagic N-425}})
        Lead passenger: [[name:Tendai Moyo]]   Tel: [[phone:07700 900814]]
        Address: [[address:19 Wrenfield Gardens, Hurstbourne]]  [[postcode:SO21 6LF]]
        Declared weights: 4 {{pax}}, total 290 kg
        Weighed at launch: 4 {{pax}}, total 371 kg

        Note ({{pilot}} [[name:Ines Carvalho]]): the weigh-in on the {{launch field}} caught it.
        With 16 {{pax}} at 22°C we would have been about 60 kg over {{MTOM}} on the
        {{load chart}}. Two of the group moved to a later flight. The booking form asks for
        "approx weight" and people guess; the {{Ops Manual}} requires a weigh-in for every flight
        and this is why. [[name:Tendai]] said they had put "ideal weights" as a joke.
    """)),
    ("aviation", "incident", block("""
        {{#ops-today}} ({{Slack}}) [[date:Sun 16 June]]
        [[name:priya.s]] 05:02  we've got 8 {{pax}} at [[address:Ferris Meadow]] - we're launching from [[address:Hatherton Park]] today!!
        [[name:dan_w]] 05:03  whaaat. confirmation emails said [[address:Ferris Meadow]]?
        [[name:priya.s]] 05:04  yes, template defaulted to last site used. [[name:Magda]]'s group got the right one (manual)
        [[name:dan_w]] 05:06  driving over in [[vehicle_registration:YK70 BTO]], 15 mins
        [[name:joyce]] 05:20  {{pilot}} can hold launch till 5.45 max, {{sunrise}} 5.38
        [[name:dan_w]] 05:41  got them. 2 stayed with their car, rebooked

        Follow-up: 2 passengers missed the flight, 6 flew late. Mr [[name:Oyelowo]] had driven
        40 miles the wrong way first and left a {{1-star review}}. {{Booking system}} template
        fixed so the {{launch field}} is mandatory per flight.
    """)),
    ("aviation", "success", block("""
        OPS LOG / HANDOVER - [[date:Thu 4 July 2024]] evening slot
        Duty ops: [[name:Frank Yeboah]] -> [[name:Ayşe Demir]]
        17:30 {{METAR}}/{{TAF}} fine, surface 6 kt from 250, {{cloud base}} 4000 ft. GO.
        18:10 Three out: [[aircraft_registration:G-CKVR]] ([[name:Piotr]]), [[aircraft_registration:G-OBFW]] ([[name:Sky]]), [[aircraft_registration:G-CLHN]] ([[name:Ines]]).
        18:25 [[name:Ines]] re-checked {{NOTAM}}s on {{SkyDemon}} at the {{launch field}} and found a
              late {{NOTAM}}: {{parachute drop zone}} active at [[organisation:Pemberton Airfield]]
              until 21:00, right on our track.
        18:28 [[name:Ines]] briefed [[name:Piotr]] and [[name:Sky]] on the {{crew channel}}; all three
              re-planned to land short of the {{DZ}}.
        20:15 All down safe, {{retrieve}} complete 21:05.
        Handover note from [[name:Frank]]: the {{NOTAM}} was not in the morning brief. Great
        airmanship from [[name:Ines]] - adding a "re-check at the field" line to the {{pre-flight}}
        checklist.
    """)),
    ("aviation", "near_miss", block("""
        Pre-flight fuel check - [[date:06/04/2024]] - [[aircraft_registration:G-SKLK]] - {{pilot}} [[name:Sunny Marchetti]]
        Cyl | Position     | Contents | Leak test        | Checked by
        1   | front left   | full     | pass             | [[name:RJ]]
        2   | front right  | full     | pass             | [[name:RJ]]
        3   | rear left    | full     | FAIL - quarantined | [[name:RJ]] / [[name:Sunny]]
        4   | rear right   | full     | pass             | [[name:Sunny]]

        What happened: [[name:RJ]] smelled gas at the {{liquid take-off}} on cylinder 3 during
        the {{leak test}} and found the {{O-ring}} in the {{Rego}} coupling split. It would have
        been connected to the {{burner}} in a {{basket}} with 9 {{pax}} on a sunny morning.
        Cylinder tagged and returned to [[organisation:Hillcrest Gas Supplies]]. Learning: the
        spare {{O-ring}} kit was missing from the {{crew bag}}; restocked and added to the
        {{daily inspection}} list.
    """)),
    ("aviation", "incident", prose("""
        During the evening flight on [[date:11 July 2024]], [[aircraft_registration:G-CKZE]],
        commanded by [[name:Tobiasz Nowak]] with 10 passengers, made contact with the top of an
        oak tree while approaching a landing field near [[address:Kettleby Wood]]. The
        {{envelope}} sustained a 40 cm tear in a panel just above the {{equator}}. The flight
        continued for 4 minutes and landed normally; no injuries. Factors: a late decision to
        land, {{low sun}} glare on approach and a stronger {{wind gradient}} than briefed. The
        aircraft was grounded until inspected by an {{approved repairer}}. Reported as an
        {{MOR}} (ref [[case_reference:MOR-2024-0711-04]]) under {{Part-BOP}}. [[name:Tobiasz]]
        has completed a refresher with the {{Head of Training}}, [[name:Guy Ferreira]].
    """)),
    ("aviation", "success", prose("""
        Dear [[name:Jonty]] and the team, we had the flight on [[date:Sunday 18th August]] from
        [[address:Copley Fields]] (voucher [[case_reference:GV-20931]]). We flew down on
        [[flight_number:BA1437]] just for this. Our son [[name:Ollie]] ([[age:12]]) had a
        panic attack when the {{burner}} first went and wanted to get out. You stopped, got
        down to his level, explained every noise the {{balloon}} would make and gave him the
        job of watching the {{altimeter}}. By the time we were over the {{river}} he was narrating
        the whole flight to the other passengers. The landing was bumpy but you'd warned us. He
        wants to be a {{pilot}} now. Thank you for your patience. [[name:Lakshmi]] and
        [[name:Arjun Raghunathan]]. (Ops: passed to [[name:Jonty]], shared at the {{crew
        briefing}} as good practice for {{anxious passengers}}.)
    """)),
    ("aviation", "near_miss", block("""
        Radio log - {{Flight Information}} - [[date:Sat 13 Apr]]
        Balloon [[aircraft_registration:G-SKLK]], {{pilot}} [[name:Barney Oduya]]

        18:07 [[aircraft_registration:G-SKLK]]: [[organisation:Wessex Information]], [[aircraft_registration:Golf Lima Kilo]], hot air balloon, 3 miles north
              of [[address:Stoke Amberley]], 2000 feet, {{Basic Service}}.
        18:07 {{INFO}}: [[aircraft_registration:Golf Lima Kilo]], {{Basic Service}}, {{QNH}} 1019.
        18:14 {{INFO}}: [[aircraft_registration:Golf Lima Kilo]], traffic is a {{microlight}} not talking to me, 1 mile
              east of you, similar level, tracking west.
        18:14 [[aircraft_registration:G-SKLK]]: Looking, [[aircraft_registration:Golf Lima Kilo]].
        18:15 [[aircraft_registration:G-SKLK]]: Traffic in sight, passing 100 metres south, same level.

        Pilot's note: {{flexwing}}, registration [[aircraft_registration:G-MZTX]], did not
        appear to see us. Filed an {{Airprox}} report. Passengers did not notice.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lina Haddad]] <[[email:lina@skylarkballoons.co.uk]]>
        To: [[name:Storm Okonkwo-Reid]]
        Date: [[date:Wed 24 July 2024]] 09:12
        Subject: Data breach - passenger manifest sent to customer

        Hi [[name:Storm]],

        I'm really sorry. Yesterday I sent the [[date:27 July]] {{manifest}} to
        [[email:c.whitlock@fastmail.co.uk]] (a {{customer}} asking about {{parking}}) instead of to
        the {{pilot}}. It lists 16 {{pax}} with names, weights and mobiles, e.g.

        [[name:Precious Obi]]     68 kg   [[phone:07700 900127]]
        [[name:Rhodri Vaughan]]   94 kg   [[phone:07700 900390]]

        Mrs [[name:Whitlock]] has replied to say she's deleted it. I've logged it for the
        {{ICO}} decision and will tell the passengers today. {{Autocomplete}} picked her address
        because it starts the same as the pilot's. Can we turn autocomplete off on the
        office {{PC}}?

        [[name:Lina]]
        [[organisation:Skylark Balloon Flights]] - {{Bookings}}
    """)),
    ("aviation", "success", block("""
        QUARTERLY SAFETY MEETING - [[organisation:Skylark Balloon Flights]] - [[date:8 October 2024]]
        Present: [[name:Storm Okonkwo-Reid]] ({{Chief Pilot}}), [[name:Frank Yeboah]] ({{Ops}}),
        [[name:Ines Carvalho]], [[name:Piotr Zieliński]], [[name:Gaz Price]] ({{crew chief}})
        Apologies: [[name:Bella Nkemelu]], [[name:Mark Heskey]]

        Item 3 - what went well this season
        - {{Retrieve}} "eyes on the field" rule: 3 {{power line}} saves ([[name:Mark]],
          [[name:Dusty]], [[name:Ife]]). Keep.
        - {{Pibal}} before every go/no-go: 9 scrubbed flights, no weather incidents.
        - Weigh-in on field caught 2 overweight loads.
        - Landowner complaints down from 11 to 4 after [[name:Frank]] started ringing
          farms the day before.
        Action: [[name:Storm]] to write this up for the {{BBAC}} safety newsletter and the
        {{CAA}} {{GA}} safety team. Next meeting [[date:14 January 2025]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind273", REPORTS))
