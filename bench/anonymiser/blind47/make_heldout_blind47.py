"""Held-out blind corpus 47: street, custody and cargo-shed reports from the North West and Yorkshire.

Setting: adult safeguarding (Care Act s42 enquiries), probation and approved premises, youth
custody, substance misuse and homeless outreach; prison healthcare (prison numbers, wing/cell
locations, escorts, bed watches); an air cargo hub handling dangerous goods (AWB numbers, ULD
numbers, shippers; UN numbers are NOT identifiers). Voice: terse outreach logs with nicknames and
street names, prison clinical entries, s42 summaries, chat exports, minutes, handovers, cargo
irregularity and occurrence reports.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind47.jsonl"

REPORTS = [
    # 1
    ("social_care", "incident", block("""
        OUTREACH NIGHT LOG  Thurs  (walk: city centre loop)
        22:40  by the fountain. "Scouse [[name:Kev]]" ([[name:Kevin Rourke]]) bedded down again, bag soaked. Says [[name:tash]] kicked him out of the tent under the arches on [[address:Ducie St]]. Declined {{SWEP}} bed again.
        23:05  [[name:Danny B]] + new lad calls himself [[name:Sunny]], looks abt [[age:19]], Brummie accent. [[name:Sunny]] has fresh cut L hand wrapped in a sock. Wouldnt go {{A&E}}. Gave {{naloxone}} kit + dressing pack, told him drop-in at [[organisation:Cornerstone Day Centre]] opens 9.
        23:30  No [[name:Marg]] at her doorway [[address:57 Oldham Rd]]. 3rd night. [[name:Kev]] reckons she went to her sisters up [[address:Varley St]]. Logged as missing concern, rang {{101}}, log [[case_reference:GMP-19-2311-3374]].
        00:10  back at base. Handover to [[name:Jas]] for am.
        -- [[name:CF]]
    """)),
    # 2
    ("social_care", "incident", prose("""
        Section 42 enquiry – summary for SAB audit. Ref [[case_reference:ASG-24-03317]]. Adult: Mrs
        [[name:Edna Pryce-Whitley]], [[age:84]], lives alone at [[address:7 Laburnum Terrace, Todmorden]]
        [[postcode:OL14 5RX]], NI [[ni_number:JT 48 29 17 C]]. Concern raised [[date:19/02/24]] by [[name:Lorraine]]
        at [[organisation:Calder Valley Credit Union]] after her nephew [[name:Darren Whitley]] ('[[name:Daz]]')
        tried to withdraw £4,200 using a letter he said was a {{lasting power of attorney}}. No LPA registered
        with the {{Office of the Public Guardian}}. Mrs [[name:Pryce-Whitley]] has moderate {{Alzheimer's disease}}
        but was clear she did not want [[name:Daz]] 'getting into trouble'. Capacity assessment by
        [[name:Femi Adeyemi]] (SW) found she lacked capacity re. finances. Outcome: substantiated financial abuse;
        police ref [[case_reference:WYP 13240089233]]; bank flag placed; appointee application via
        [[organisation:Calderdale Council]] deputyship team. {{Making Safeguarding Personal}} outcome partly met –
        she still sees [[name:Darren]] for Sunday dinner, supervised by her neighbour [[name:Gwen]].
    """)),
    # 3
    ("social_care", "near_miss", block("""
        From: [[name:Hollie Nwachukwu]] <[[email:hollie.nwachukwu@justice.gov.uk]]>
        Sent: [[date:14 March 2024]] 09:12
        To: AP Duty – [[organisation:Haworth House]]
        Cc: [[name:Gethin Price-Jones]]
        Subject: RE: RE: {{MAPPA}} L2 – [[name:FOSTER]], [[name:Mark]] (CRN [[case_reference:X614552]])

        Caught this one before it went out. The {{victim contact}} letter for Mr [[name:Foster]] had HIS new AP address merged into it instead of the victim's. Template pulls from {{nDelius}} and someone had the wrong field mapped. Letter pulled, nothing sent, victim unaware. Can night staff check nothing else was merged off that template since Friday?
        Flagged to [[name:Gethin]] as {{SPO}}.

        [[name:Hollie]]
        {{PQiP}}, [[organisation:Bradford North PDU]]
        m. [[phone:07700 900418]]
    """)),
    # 4
    ("social_care", "success", prose("""
        Resettlement – what worked. [[name:Tyreece Lamptey-Osei]] ([[age:16]]) was released from
        [[organisation:Wetherby YOI]] on [[date:2 August]] to his {{nan}}'s at [[address:Flat 3, 22 Harehills Lane]],
        [[postcode:LS8 4HD]]. Six weeks before release his {{AssetPlus}} showed no education place and no bed.
        [[name:Ty]]'s case manager [[name:Rukhsana]] at [[organisation:Leeds Youth Justice Service]] chased it
        {{every Monday}}, got [[organisation:Gledhow Park Academy]] to hold a Year 11 place, and nan (Mrs
        [[name:Adwoa Osei]]) was added to the tenancy by the housing officer [[name:Stuart Mc Gowan]].
        [[name:Ty]] was met at the gate by his mentor [[name:Chase]] – not by his dad, who had hoped to collect
        him despite a no-contact condition. By [[date:30 August]] he had attended every session, and his nan said
        'he's back to being our [[name:Tyreece]]'. Learning: the {{Constructive Resettlement}} plan worked because
        the school place was fixed before the ROTL board, not after.
    """)),
    # 5
    ("social_care", "near_miss", block("""
        Outreach team chat – exported [[date:09/11/2023]]
        07:14 [[name:Shaz]] (Outreach): anyone seen big [[name:Frank]]?? not at his pitch on [[address:Briggate]]
        07:16 [[name:Ciaran M]]: he got lifted last nite. in custody at the bridewell
        07:16 [[name:Ciaran M]]: dog is with [[name:Rosie]] at [[organisation:Ashlar House]], {{Bella}} is fine
        07:21 [[name:Shaz]] (Outreach): ok but hes due his {{depot}} today at [[organisation:Spring St clinic]], if he misses this one its the 3rd
        07:22 [[name:Shaz]] (Outreach): his CPN is [[name:Olu]] – [[phone:0113 496 0274]]
        07:30 [[name:Ciaran M]]: ill ring {{liaison and diversion}} at the custody suite, they can flag it
        08:05 [[name:Ciaran M]]: done. L&D nurse [[name:Bex]] says custody doc will liaise w [[name:Olu]], he gets it before release or they hold him for the nurse
        14:40 [[name:Rosie H]]: update – [[name:Frank]] back at hostel, depot given in custody 12:10. Dog reunited lol
    """)),
    # 6
    ("social_care", "incident", prose("""
        Concern received via the adult front door [[date:12/03/24]]. [[name:Gary Thewlis]] ([[age:52]], mild
        learning disability, lives alone, [[address:14 Ribble Court, Fishergate Hill, Preston]] [[postcode:PR1 8JB]]).
        Neighbour reported 'lads coming and going all night'. PCSO [[name:Amina Bukhari]] visited with housing:
        two males present, one calling himself '[[name:Tiny]]', the other '[[name:K-Dog]]', later identified as
        [[name:Kian Doherty]] ([[age:17]]). [[name:Gary]] told us they were his mates and [[name:Kian]] 'does his
        shopping'. His bank card was in [[name:Kian]]'s pocket. Police ref [[case_reference:LC-20240312-0456]].
        Treated as {{cuckooing}} with {{county lines}} indicators; [[name:Kian]] referred to children's services as
        a child at risk of {{criminal exploitation}}. s42 opened (ref [[case_reference:PRS-S42-1187]]).
        [[name:Gary]] moved to respite at [[organisation:Brookfield Court]] the same night – his own choice once the
        lads had gone.
    """)),
    # 7
    ("social_care", "success", block("""
        SECTION 42 ENQUIRY – OUTCOME RECORD
        Enquiry no:       [[case_reference:S42/WIG/24/0091]]
        Adult:            [[name:Bernadette]] ("[[name:Bernie]]") [[name:O'Shaughnessy]]    DOB: [[date_of_birth:03/07/1941]]
        Placement:        [[organisation:Ashgrove Lodge]] care home, Room 12
        Home address:     [[address:41 Billinge Rd, Pemberton]] [[postcode:WN5 8QA]]
        Alleged source:   agency night carer (see confidential annex)
        Enquiry officer:  [[name:Kwame Asante-Boateng]], SW, [[organisation:Wigan Central Adult Team]]
        Outcome:          Substantiated – neglect / acts of omission ({{pressure care}})
        Actions:          Provider action plan; {{CQC}} notified; agency [[organisation:Primecare Staffing Ltd]] referred carer to {{DBS}}.
        {{MSP}} – [[name:Bernie]]'s words: "I just want the girls to turn me proper and let me sleep."
        Review [[date:28/05/24]]: grade 3 sore to sacrum healed, {{Waterlow}} reviewed weekly, [[name:Bernie]] says nights are "much better, love".
    """)),
    # 8
    ("social_care", "incident", prose("""
        supervision w/ [[name:shane]] today (CRN [[case_reference:D482113]]). told me hes back with [[name:kayleigh]]
        despite the DVPO running out last wk. [[name:kayleigh]]s {{mum}} rang the office after, said [[name:shane]]
        had put his hand round [[name:kay]]s throat on [[date:sat 6th]] and she is scared to call police. i completed
        a {{DASH}} with mum over phone – high risk, 16 yes. referral to {{MARAC}} done, IDVA [[name:Grainne]] at
        [[organisation:Calder Domestic Abuse Hub]] to contact [[name:kayleigh]] on a safe number
        ([[phone:07418 562 903]], text first only). police informed, log [[case_reference:WY-1324-5566]].
        requested {{Clare's Law}} info. recall report sent to SPO [[name:m.ahmed]]. [[name:shane]] has breached licence
        by not disclosing relationship. mum asked we dont say where info came from.
    """)),
    # 9
    ("social_care", "near_miss", block("""
        Complex Lives MDT – minutes – [[date:Tues 5 Dec]]
        Present: [[name:Aoife Gallagher]] (chair, Housing Options), [[name:Mo Bashir]] (homeless in-reach, [[organisation:MRI]]), [[name:Tomasz Wiśniewski]] ([[organisation:Lantern Centre]]), Dr. [[name:Ng]] (GP, [[organisation:Ancoats Urban Practice]]), [[name:Jodie-Leigh Barker]] (probation)
        Apologies: [[name:Faith Ogunleye]]

        Item 3 – "[[name:Wiggy]]" ([[name:Steven Wigglesworth]], DOB [[date_of_birth:12.4.78]])
        Discharged from {{AMU}} 21:40 Sat, no address, in hospital pyjamas, taxi to city centre. [[name:Mo]] only found out Monday. {{Duty to Refer}} had NOT been sent. [[name:Wiggy]] found by [[name:Tomasz]] at the centre Monday with infected leg ulcer, readmitted.
        Discussion: ward believed {{NSNO}} covered it out of hours. It does not.
        Actions:
        - [[name:MB]] to add in-reach bleep to AMU discharge checklist
        - [[name:AG]] to raise with the Trust discharge lead
        - [[name:JLB]] to check licence address, [[name:Steven]] is on {{PSS}} till Feb
        Next meeting [[date:19 Dec]]
    """)),
    # 10
    ("social_care", "success", prose("""
        Good news story for team meeting. On [[date:Friday 17th May]] just after {{dawn}}, peer mentor
        [[name:Dawn Hepworth]] was opening up [[organisation:Horizon Recovery Hub]] on [[address:Vicar Lane]] when she
        found a man slumped in the ginnel behind the bins – blue lips, pinpoint pupils, barely breathing. It was
        '[[name:Scrappy]]' ([[name:Lee Scrafton]], one of ours, [[age:38]]). [[name:Dawn]] gave two doses of
        {{Prenoxad}}, put him in the recovery position and rang {{999}}. YAS took him to [[organisation:LGI]];
        he left against advice after four hours but came back to the hub on Monday asking for his own kit and a
        BBV test. [[name:Dawn]] was trained by us {{in March}} and says she only did it 'because [[name:Mags]]
        drilled it into us'. Thanks to [[name:Magdalena Nowak]] (harm reduction lead). [[name:Lee]] has now
        re-engaged with his keyworker [[name:Ifeanyi]].
    """)),
    # 11
    ("social_care", "incident", block("""
        USE OF FORCE – INITIAL NOTIFICATION (to {{Youth Custody Service}} within 24h)
        Setting: [[organisation:Kirkstall Vale Secure Children's Home]], Oak unit
        Ref: [[case_reference:UoF-0447/24]]        Date/time: [[date:21/06/2024]] 19:52
        YP: [[name:J.M.]] ([[age:15]])   YJS: [[organisation:Bolton Youth Justice]]
        Staff involved: [[name:Lukasz Zielinski]] (RSW, lead), [[name:Precious Moyo]] (RSW), [[name:Dean Ackroyd]] (shift lead)
        Summary: [[name:J.M.]] climbed onto the pool table after a phone call with {{mum}} ended badly, threw cue ball at window. Verbal de-escalation 6 mins by [[name:Precious]]. When [[name:J.M.]] went to headbutt the glass, [[name:Lukasz]] and [[name:Precious]] used {{MMPR}} standing hold, 2 mins, released to seated. No pain-inducing technique. Nurse check 20:10: red mark L wrist, no injury.
        Debrief with YP next morning by [[name:Dean]]. Advocate ([[organisation:Voices Advocacy]]) informed. Mum informed 20:30 by [[name:DA]].
    """)),
    # 12
    ("social_care", "near_miss", prose("""
        Near miss – wrong person. Two adults called [[name:Mohammed Ali]] live in the same {{ward}} of Oldham and
        both have open records on {{Mosaic}}. Our s42 enquiry concerned the one born
        [[date_of_birth:14/09/1956]] at [[address:3 Ripponden Road]], [[postcode:OL1 4DP]], who has
        {{vascular dementia}}. The enquiry letter and a copy of the strategy minutes were addressed by business
        support to the other Mr [[name:Ali]] ([[date_of_birth:02/01/1989]], [[address:112 Lees Rd]]), picked from the
        search list because his record had been opened more recently. [[name:Hafsa]] in our team spotted the DOB
        mismatch when attaching it to enquiry record [[case_reference:OLD-ASC-559201]]. Letter had not been posted.
        Learning: search by NHS number ([[nhs_number:669 060 1048]]) not name; Mosaic now shows age next to name in
        the picker. Mr [[name:Ali]]'s son [[name:Bilal]] was told and was relieved.
    """)),
    # 13
    ("social_care", "success", block("""
        Text thread – outreach mobile ([[phone:07700 900 632]]) with [[name:Ramona Stanescu]] (via {{Google Translate}})
        [[date:03/10]] 10:02 > Buna [[name:Ramona]], this is [[name:Becky]] from outreach. We met under the bridge on [[address:Regent Rd]]. You said your husband took your passport.
        [[date:03/10]] 10:40 < ok yes. my number new now [[phone:+40 745 118 206]] not the english one
        [[date:03/10]] 10:41 < he is [[name:Florin]]. he not here today
        [[date:04/10]] 09:15 > [[name:Ramona]] we can meet at [[organisation:Salford Women's Centre]] 2pm, there is a Romanian interpreter, [[name:Daniela]]. Nobody else will know.
        [[date:04/10]] 09:30 < ok
        [[date:04/10]] 14:55 (note, [[name:BH]]): [[name:Ramona]] came. Consented to {{NRM}} referral. First Responder: [[name:Becky Hollis]]. Now in {{Salvation Army}} safe house. Old UK mobile [[phone:07911 123456]] handed in, [[name:Florin]] was controlling it.
    """)),
    # 14
    ("social_care", "incident", prose("""
        Self-neglect s42, ref [[case_reference:CMBC/ASC/77813]]. Mr [[name:William]] '[[name:Bill]]'
        [[name:Hardcastle]] ([[age:79]]), [[address:Old Mill Cottage, Hebden Bridge]]. Fire service did a
        {{Safe and Well}} visit on [[date:8 Jan]] and found the stairs blocked by newspapers, a two-bar fire next to
        stacked post and an unopened {{gas bill}} from 2022. [[name:Bill]] declined everything: 'I know where every
        bit of it is'. He had capacity for that decision per [[name:Siobhan Carmody]] (OT) and Dr [[name:Raza]]
        (GP, [[organisation:Calder Valley Surgery]]). On [[date:23 January]] a small fire started in the back room;
        [[name:Bill]] got out via neighbour [[name:Jack]]'s ladder, smoke inhalation, admitted to
        [[organisation:Calderdale Royal]]. Learning: a {{Clutter Image Rating}} of 7 was recorded in December but no
        multi-agency meeting was held under the {{Hoarding Protocol}}; capacity to refuse does not end our duty to
        keep offering.
    """)),
    # 15
    ("social_care", "near_miss", block("""
        [[organisation:Haworth House]] AP – night log – [[date:Sat 16/03]]
        23:00 Roll check. All 18 in except [[name:Rafiq]] ([[name:R. Hussain]], rm 9) – curfew 23:00. Rang his mob [[phone:07700900771]] no answer.
        23:20 [[name:Rafiq]] back, says bus. Breath test 0. Fine.
        01:45 [[name:Pete]] (rm 4) at office hatch asking for his meds early, {{zopiclone}}. Refused – 22:00 round only.
        02:30 Fire panel zone 3 – rm 11 [[name:Connor Mullarkey]] vaping under a towel. Reset. Warning given.
        03:10 MAR for rm 4 had rm 14's {{mirtazapine}} signed as given at 22:00 – rm 14 is [[name:P. Jowett]], rm 4 is [[name:P. Jowitt]]. Same initial, near-identical surname. Checked blister packs – right packs given, only the signature in wrong row. No harm.
        Handover to [[name:Sandra]] 07:00 – pls ask {{pharmacy}} to print full first names on MAR.
        [[name:GM]]
    """)),
    # 16
    ("social_care", "success", prose("""
        Success – language and trust. [[name:Jarmila Horváthová]] ([[age:61]]) is {{Slovak Roma}} and lives with her
        son [[name:Tibor]] and his family at [[address:26 Gisburn Street, Burnley]] [[postcode:BB11 3LS]]. Referral
        from the practice nurse at [[organisation:Daneshouse Medical Centre]]: unexplained bruising to both forearms
        and weight loss. First visit failed – we booked a Slovak interpreter but the family speaks {{Romani}} at home,
        and Mrs [[name:Horváthová]] said nothing. On the second visit [[name:Zuzana]], a community worker from
        [[organisation:Roma Together Burnley]], came with [[name:Kerry-Ann Duxbury]] (SW). Mrs [[name:Horváthová]]
        explained the bruising was from her husband [[name:Ladislav]], who died last month, and she had been too
        ashamed to say. Weight loss linked to grief and untreated type 2 diabetes. No ongoing risk from
        [[name:Tibor]]; enquiry closed, bereavement support and diabetes review arranged. Learning: ask which
        language, not which country.
    """)),
    # 17
    ("social_care", "incident", block("""
        ROUGH SLEEPER COUNT / INTEL – [[organisation:Bradford Street Outreach]] – [[date:27.11.23]]
        Loc                             | Name / known as                        | Notes
        [[address:Forster Sq]] car park ramp     | "[[name:Geordie]]" ([[name:Alan Tait]])             | new sleeping bag, ok
        Doorway [[address:47 Manningham Lane]]  | [[name:Amber]] + partner [[name:Lewy]]                | [[name:Amber]] 5/12 pregnant?? not booked w midwife
        Underpass [[address:Hall Ings]]          | unknown male, Polish, [[age:40s]]             | declined
        Bus stn toilets                 | [[name:Shelley]] ([[name:Michelle Dobson]])          | bruised eye, wont say
        Car park lvl 3 [[address:Sharpe St]]     | [[name:Sunny]] aka [[name:Sandeep]]                   | {{Section 21}} evicted, first night out
        INCIDENT 04:15: [[name:Shelley]] says [[name:Lewy]] hit her for money. Police called, ref [[case_reference:WYP-13231127-0198]]. [[name:Amber]] referred to adult safeguarding re {{coercive control}} + unborn concern to {{MASH}}. [[name:Lewy]] ([[name:Lewis Flaherty]]) known to probation.
    """)),
    # 18
    ("social_care", "near_miss", prose("""
        Near miss – [[name:Patsy McDonagh]] ([[age:77]]), Irish Traveller, lives in a trailer on the
        [[address:Woodside Lane]] council site with his grand-daughter [[name:Bridget]]. He has {{Alzheimer's}} and
        walked off the site at night on [[date:14 Feb]]; a lorry driver found him on the {{A638}} hard shoulder at 3am
        in his socks. Police returned him. [[name:Bridget]] (who is [[age:19]] and has a baby) had not slept for two
        days. Our carer's assessment had been closed in December because letters were 'not responded to' – the site
        has no delivery to individual pitches, post goes to the warden's office, and [[name:Jimmy Ward]], the site
        warden, had a pile of our letters in a drawer. Now: contact via [[name:Bridget]]'s mobile
        [[phone:07823 404 117]], {{GPS tracker}} fitted through {{Telecare}}, sitting service two nights a week.
        Ref [[case_reference:WMDC-AC-2024-0412]].
    """)),
    # 19
    ("social_care", "success", block("""
        FYI – lovely. [[name:RT]]

        ---------- Forwarded message ---------
        From: [[name:Nkechi Eze]] <[[email:n.eze@hf-sheffield.org.uk]]>
        Date: Wed, [[date:10 Apr 2024]] at 16:03
        Subject: [[name:Dom]] – 12 months!
        To: <[[email:asc.safeguarding@sheffield.gov.uk]]>

        Hi all, just wanted to share – [[name:Dominic]] '[[name:Dom]]' [[name:Latchford]] has now held his tenancy at [[address:Flat 7, Bramall Court]], [[postcode:S2 4RN]] for a full year. This time last year he was the subject of a s42 for financial exploitation by "mates" who were taking his UC on payday. The {{Housing First}} model let us stick with him through two evictions-that-weren't. He now volunteers Tuesdays at [[organisation:Cathedral Breakfast Club]] and told me "I've got a key and a fridge, what more do I want".
        Thanks to [[name:Col]] at the bank and PC [[name:Adeleke]]'s neighbourhood team.

        [[name:Nkechi]]
        Housing First Practitioner | [[phone:0114 496 0388]]
    """)),
    # 20
    ("social_care", "incident", prose("""
        Joint visit with the {{GLAA}} and police to the hand car wash on [[address:Bolton Road, Farnworth]]
        on [[date:6 June 2024]]. Four men found living in a shipping container behind the wash. Adult at risk
        referrals for [[name:Arben]] ([[age:23]], Albanian) and [[name:Tran Van Minh]] ([[age:31]], Vietnamese),
        both with untreated injuries – [[name:Minh]] had chemical burns from undiluted TFR on both hands. The site
        manager gave his name as '[[name:Sami]]' and left in a black {{BMW}} [[vehicle_registration:MA19 XKJ]] before
        police arrived; the car was stopped later on the M61. [[name:Arben]] was carrying a card with NI number
        [[ni_number:SZ 26 81 03 A]] that was not his, and first gave a false DOB because 'the boss said say you are
        25'. Both men consented to the {{NRM}}; First Responder [[name:Joanne Ibbotson]] ([[organisation:Bolton Council]]
        ASC). Interpreters via {{Language Line}}. Crime no. [[case_reference:GMP/06JUN24/1123]]. Gap: no emergency bed
        for male victims that night – [[name:Minh]] slept at the police station.
    """)),
    # 21
    ("health", "incident", block("""
        [[organisation:HMP Risley]] – Healthcare – Clinical note
        Patient: [[name:KOWALCZYK]], [[name:Dariusz]]   Prison no: [[case_reference:A7731FD]]   NHS: [[nhs_number:857 308 5592]]
        Location: {{C wing}} 3-22            DOB: [[date_of_birth:19/11/1983]]
        [[date:22-Feb-2024]] 07:48  [[name:Ellie Marsh]] (RMN)
        {{Type 1 diabetic}}. Not unlocked for 07:15 insulin – wing on restricted regime after incident on B wing. Officer [[name:Hughes]] states "nobody told us he's insulin". BM 21.4 at 07:50, ketones 1.8. Given {{NovoRapid}} 8 units per chart. Reviewed by Dr [[name:Okonjo]] 09:10, no DKA.
        Pt says same happened [[date:Sunday 18th]].
        Plan: added to essential medication list on wing office board; insulin alert on {{NOMIS}}; [[name:Dariusz]] to have hypo box in cell. Datix [[case_reference:W-118734]].
    """)),
    # 22
    ("health", "near_miss", prose("""
        Near miss in the treatment room on {{I wing}}, [[organisation:HMP Manchester]], [[date:Thursday 11 April]].
        Two men in the methadone queue: [[name:Jason Kelly]] ([[case_reference:A1493CX]], 85 ml) and
        [[name:Jayson Kelley]] ([[case_reference:A3902EP]], 30 ml). The officer shouted '[[name:Kelly]]' and the
        second man came forward, ID card in his pocket. The {{Omnicell}} screen had [[name:Jason]]'s dose loaded.
        Pharmacy technician [[name:Nadia Ghani]] asked for the card before dispensing, as per the {{SOP}}, and saw
        the prison number didn't match. Correct dose given. Had [[name:Jayson]] received 85 ml he would have been at
        real risk of overdose – he only restarted {{OST}} last week after a gap. Both now carry a 'similar name'
        alert on {{SystmOne}} and are dosed at different ends of the queue. Thanks to [[name:Nadia]].
    """)),
    # 23
    ("health", "success", block("""
        FIRST NIGHT RECEPTION SCREEN – [[organisation:HMP Leeds]]
        Name: [[name:Craig Boothroyd-Nash]]   Prison no: [[case_reference:A2267KL]]   Age: [[age:44]]
        NHS no: [[nhs_number:589 330 2516]]     GP: [[organisation:Beeston Hill Surgery]], [[phone:0113 496 0719]]
        Arrived from court 18:55 ([[organisation:Serco]] van). States "a litre of vodka a day for 3 yrs, last drink this morning".
        {{CIWA-Ar}} 14 at 19:40. Started {{chlordiazepoxide}} reducing regime; {{Pabrinex}} IV x1.
        Withdrawal seizure history – yes, 2021, admitted [[organisation:St James's]].
        Outcome: to IDTS stabilisation landing, obs 4-hrly. Day 5 CIWA 2, no seizure. Pt: "first time anyone's asked me properly".
        Screened by [[name:Ruth Adebayo-Smith]] RGN. Alcohol worker [[name:Marek]] to see Mon. Next of kin sister [[name:Leanne]] [[phone:07700 900 156]].
    """)),
    # 24
    ("health", "incident", prose("""
        Self-harm, {{ACCT}} open. [[name:Reece Mallinson]] ([[age:20]]), [[organisation:HMYOI Hindley]], remand,
        {{D wing}} cell 2-07. At 02:15 on [[date:3/9]] night officer [[name:Kerrigan]] found him with a ligature
        during an hourly ACCT check. Code blue; nurse [[name:Sinéad Ní Bhriain]] attended in 4 minutes, airway
        maintained, {{Glasgow Coma Scale}} 14. Ambulance to [[organisation:Royal Albert Edward Infirmary]], admitted
        to [[organisation:Langtree Ward]] overnight with bed watch. [[name:Reece]] later told [[name:Sinéad]] he'd
        heard from another lad that his {{nan}} had died and nobody had let him ring home. The chaplaincy had the
        message since Friday but it had not reached the wing. Last recorded ACCT conversation was 22:00; case manager
        SO [[name:Bajwa]] has reviewed. Learning: bad news for anyone on an open ACCT goes to healthcare and the wing
        the same day, and phone credit is given for the call.
    """)),
    # 25
    ("health", "near_miss", block("""
        From: Medicines Management – [[organisation:Pennine Justice Health CIC]]
        To: [[email:wealstun.hc@pjhcic.co.uk]]
        Subject: Pregabalin IP risk – [[name:Lloyd]] [[name:BRATHWAITE]] [[case_reference:A5580TY]]

        Hi [[name:Tash]],
        Heads up from the {{pharmacy}} audit. [[name:Brathwaite]] on {{A wing}} is on 300mg BD {{pregabalin}} in-possession (7-day supply). Wing search [[date:Tues 14/05]] found 11 of his capsules in the cell of [[name:Ahmed Rashid-Khan]] ([[case_reference:A6102NB]]), who is not prescribed it and is on {{OST}}. Nothing taken yet as far as we know – but pregabalin + opioid is exactly the mix we lose people to.
        His IP risk assessment still says "low" from [[date:12/01/2023]]. Can you move him to supervised daily before the next supply on Friday?
        Thanks
        [[name:Priya Venkataraman]], Lead Pharmacist, ext 4417 / [[phone:01937 496 201]]
    """)),
    # 26
    ("health", "success", prose("""
        Test-and-treat week at [[organisation:HMP Lindholme]]. In five days BBV nurse [[name:Sam Oyelaran]] and
        peer worker [[name:Wayne]] '[[name:Tigger]]' [[name:Pickering]] dry-blood-spot tested 212 men across
        {{E wing}} and {{F wing}}. 19 were {{HCV}} RNA positive and 17 started {{DAAs}} within a week. One of them,
        Mr [[name:Tadeusz Lis]] ([[case_reference:A8812RH]]), had been positive since 2009 and never treated because
        he kept being transferred before his appointment came round. [[name:Tigger]]'s line that got men to the cell
        door: 'it's one tablet a day for eight weeks, not the old injections'. [[name:Tadeusz]] had his
        SVR12 result on [[date:2 October]] – cured. Audit ref [[case_reference:LIN-BBV-24-07]].
    """)),
    # 27
    ("health", "incident", block("""
        INCIDENT REPORT FORM (copied from system)
        Ref no ........... [[case_reference:IR/2024/05571]]
        Date of incident .. [[date:30/01/2024]]   Time 14:20
        Location ......... Healthcare reception, [[organisation:HMP Hull]]
        Patient .......... [[name:Mohammed Farah Abdi]]   DOB [[date_of_birth:01/01/1990]]
        NHS no ........... [[nhs_number:5968841354]]
        Hosp no .......... [[case_reference:HRI-K4471902]]
        Reported by ...... [[name:L. Featherstone]], HCA
        Description: Escort to [[organisation:Hull Royal Infirmary]] fracture clinic cancelled at the gate – escort officers redeployed. Third cancellation. Pt has {{scaphoid}} # from [[date:9 Dec]], now non-union on X-ray per Mr [[name:Oduya]] (orthopaedics). Somali speaker, told via phone interpreter.
        Harm: moderate – surgery now needed.
        Action: escalated to Head of Healthcare [[name:Gemma Winterbottom]]; clinical escorts to be prioritised on the daily regime meeting.
    """)),
    # 28
    ("health", "near_miss", prose("""
        Near miss – duplicate benzo prescribing. [[name:Kirsty-Anne Wood]] ([[age:34]]), NHS
        [[nhs_number:371 695 4381]], is on {{buprenorphine}} via [[organisation:Blackburn Recovery Service]]. She was
        also getting {{diazepam}} 10mg tds from her GP at [[organisation:Limefield Surgery]] after telling a locum she'd
        'been taken off it by the drug team'. Our prescriber Dr [[name:Hameed]] was about to start a 5mg detox
        script on [[date:Mon 22/7]] when keyworker [[name:Gaz Yeadon]] checked the {{Summary Care Record}} and saw
        the GP script. Both prescribers agreed one prescriber only (us); GP script stopped. Community pharmacy
        [[organisation:Whalley Range Pharmacy]] informed by phone ([[phone:01254 496 330]]).
        [[name:Kirsty-Anne]]'s partner [[name:Dale]] had been collecting – instalments now to her only.
    """)),
    # 29
    ("health", "success", block("""
        Street health van – [[address:Piccadilly Approach]] – [[date:Wed 13 Mar]] 18:00–21:00. Seen: 14
        - [[name:Joe]] "[[name:Jonno]]" [[name:Burke]] – leg ulcers dressed, agreed to {{tissue viability}} clinic Fri. Card with [[phone:0161 496 0840]].
        - [[name:Małgorzata]] (calls herself [[name:Gosia]]) – cough 6 wks, night sweats, ?{{TB}}. Sputum pots given, [[name:Jonno]] says he'll make sure she hands them in (they share a spot).
        - [[name:Lenny]] – Hep B vaccine dose 2.
        - "[[name:Mancunian Si]]" – declined, drunk, abusive to [[name:Aisling]] (HCA). Left.
        - [[name:Hope]] ([[age:26]]) – pregnancy test positive. No NHS contact in 3 yrs. [[name:Aisling]] walked her to [[organisation:St Mary's]] maternity triage, booked in tonight; we {{hope}} she stays linked in.
        UPDATE [[date:20/3]]: [[name:Gosia]]'s sputum positive, started treatment via {{Find & Treat}}, DOT at the van.
        [[name:AOC]] (nurse)
    """)),
    # 30
    ("health", "incident", prose("""
        Three code blues on {{G wing}} at [[organisation:HMP Forest Bank]] within 40 minutes on
        [[date:Saturday 6th July]], all suspected {{spice}} from the same batch of paper – letters addressed to
        [[name:Liam Ashworth]] ([[case_reference:A9011JS]]) dressed up as legal mail from
        '[[organisation:Pennington & Rowe Solicitors]]'. Casualties: [[name:Ashworth]], his cellmate
        [[name:Bradley Kwiatkowski]] ([[case_reference:A3377DV]]), and [[name:Shamsul Islam]]
        ([[case_reference:A4456LF]], cell 1-19). [[name:Shamsul]] had a seizure and went to
        [[organisation:Salford Royal]] under escort, discharged next day. Nurse [[name:Grace Boateng]] managed all
        three with one HCA because the second nurse was out on an escort. Learning: legal mail has to be verified
        with the firm using the number on the {{SRA}} register, not the letterhead – the letterhead number
        [[phone:0161 496 0999]] rang a mobile.
    """)),
    # 31
    ("health", "near_miss", block("""
        NIGHT → DAY HANDOVER · [[organisation:HMP Styal]] inpatient unit · [[date:12/12/23]]
        Rm 6 (moved from 2) [[name:CHEN Xiuying]] ([[case_reference:A2219GN]]) – post-op day 3, lap chole at [[organisation:Wythenshawe]]. Pain 3/10. {{Mandarin}} only, phone interp.
        Rm 2 (moved from 6) [[name:Dawn-Marie Fitton]] ([[case_reference:A0087CE]]) – 34/40. Reduced FM 03:00 → maternity assessment by escort 05:10 (2 hr wait for female officer). CTG normal, back 08:40.
        !! NEAR MISS 22:30 – rooms swapped at 21:00 (heating fault) and whiteboard not updated. {{enoxaparin}} for "Rm 2" drawn up and taken in to the wrong woman. Agency RGN [[name:Kate Oyelowo]] checked name + DOB before giving – [[name:Dawn-Marie]] said "that's not me, love". Not given. [[name:Xiuying]] got hers 22:40.
        Ask: whoever moves a patient updates the board. Datix [[case_reference:W-120442]].
        [[name:T. Ramsbottom]] RMN
    """)),
    # 32
    ("health", "success", prose("""
        Release day, [[date:Friday 24 May]]. [[name:Kyle Mc Namara]] ([[age:29]]) left [[organisation:HMP Preston]]
        with his property bag, a {{Nyxoid}} kit, long-acting {{Buvidal}} already on board (given [[date:22/05]]), a
        registered GP at [[organisation:Fishergate Health Centre]], a benefits claim started under NI
        [[ni_number:PW741936B]], and a 2pm appointment the same day at [[organisation:Inspire Preston]]. The
        {{RECONNECT}} worker [[name:Amara]] met him at the gate and drove him there. On his last two releases
        [[name:Kyle]] was on [[address:Church Street]] by 11am and using within hours, and in 2022 he overdosed on day
        two. The difference this time was starting injectable buprenorphine six weeks before release, so there was
        no Friday-afternoon script gap. Probation officer [[name:Wojciech]] rang at 4pm: 'he's at his mum's, sober'.
        Prison no [[case_reference:A5123BB]] for the audit.
    """)),
    # 33
    ("health", "incident", block("""
        LIAISON & DIVERSION – CUSTODY ASSESSMENT
        Suite: [[organisation:Shaw Lane custody suite]]     Assessor: [[name:Siobhan Rafferty]] (L&D practitioner)
        Detainee: [[name:Reuben Lovell]]   Custody no: [[case_reference:SY-24-018832]]   PNC: [[case_reference:98/112847N]]
        DOB: [[date_of_birth:04.02.1996]]   Address given: trailer, [[address:Long Sandall]] site
        Seen: [[date:15/08/2024]] 11:30
        Arrested for shoplifting. Romany Gypsy. Hears his late brother [[name:Nelson]]'s voice telling him to go to the river. Not known to {{CMHT}}. {{FME}} had said fit to interview.
        INCIDENT: released on {{RUI}} at 10:55 before L&D saw him – booking-in flag missed at shift change. [[name:Siobhan]] found [[name:Reuben]] at 11:20 heading towards the river bridge and stayed with him; crisis team ([[phone:(01302) 496 118]]) assessed at {{A&E}}, admitted informally.
        Partner [[name:Kizzy]] informed with his consent.
    """)),
    # 34
    ("health", "near_miss", prose("""
        Near miss, [[organisation:Wetherby YOI]] health centre, [[date:7th Jan]]. [[name:Abdirahman]] ([[age:17]])
        transferred in from [[organisation:Cookham Wood]]; his {{SystmOne}} record came across with the allergy field
        reading 'none known'. Reception nurse [[name:Rhiannon Pugh]] asked him anyway – he said peanuts make his
        throat swell and he'd had an {{EpiPen}} at school. She rang his old GP in Moss Side,
        [[organisation:Alexandra Park Medical Centre]] ([[phone:+44 161 496 0455]]), who confirmed anaphylaxis in
        2019. The kitchen's choice sheet already had him down for {{Thursday}}'s satay chicken. Allergy now coded,
        two EpiPens on the unit, catering manager [[name:Bev]] told. [[name:Abdi]] said he'd 'stopped telling people
        because nobody writes it down'.
    """)),
    # 35
    ("health", "success", block("""
        BED WATCH LOG – [[organisation:Royal Preston Hospital]], [[organisation:Ribble Ward]] bay 4
        Prisoner: [[name:G. Anyanwu]] ([[case_reference:A6630HW]])   Escort: [[name:Bolton]] & [[name:Cartwright]] (OSG)
        [[date:19/04]] 14:00 Pt [[age:71]], {{COPD}} exacerbation. Cuffed to officer per escort risk assessment.
        16:30 Ward sister [[name:Imelda]] asked for cuffs off to fit {{NIV}} mask. Duty governor [[name:Achebe]] phoned on [[phone:01772 496 300]], reassessed: frail, O2 dependent, cuffs removed, escort chain only.
        [[date:20/04]] 10:15 Mr [[name:Anyanwu]]'s daughter [[name:Chiamaka]] visited 30 mins, approved by governor. He cried, first visit in 2 yrs.
        [[date:21/04]] 09:00 Sats 93% on air. Back to HCU with palliative care plan started by Dr [[name:Feeney]].
        Entries by [[name:Bolton]] / [[name:Cartwright]].
    """)),
    # 36
    ("aviation", "incident", block("""
        DANGEROUS GOODS OCCURRENCE REPORT – [[organisation:Northgate Cargo Handling]], Shed 4
        Report no: [[case_reference:NCH-DG-24-0193]]        Date: [[date:28 Feb 2024]]
        MAWB: [[case_reference:176-64330125]]   HAWB: [[case_reference:SZX2405-88172]]
        Shipper: [[organisation:Shenzhen Lianfa Electronic Trading Co.]]
        Consignee: [[organisation:Pennine Gadget Supplies Ltd]], [[address:Unit 9, Valley Way, Huddersfield]] [[postcode:HD2 1GN]]
        Declared: "phone accessories", GEN cargo, 14 pcs / 212 kg
        Found: breakdown of [[case_reference:AKE 51723 EK]] ex [[flight_number:EK9917]] ([[aircraft_registration:A6-EFH]]) – one carton crushed, smell of hot plastic. Loose power banks, no {{UN3481}} marking, no lithium battery mark. Carton moved to DG cage, surface temp 46°C. Airport fire service attended 14:10, no flame.
        Staff: [[name:Haroon Mirza]] (breakdown), [[name:Chantelle Ogden]] (DG checker)
        Notified: {{CAA}} (MOR), carrier DG office, [[name:Ahmad]] at forwarder [[organisation:SkyLinx Forwarding]] [[phone:+86 755 2266 1830]]
    """)),
    # 37
    ("aviation", "near_miss", prose("""
        Near miss – dry ice missing from the NOTOC. On [[date:04/06/24]] [[flight_number:CV 7348]] ({{B747-8F}},
        [[aircraft_registration:LX-VCF]]) the loadsheet showed three PMC pallets of pharma with {{UN1845}} dry ice,
        180 kg in total, but the NOTOC printed by our load control listed only two. Ramp supervisor
        [[name:Bartek Wróbel]] noticed the third pallet, [[case_reference:PMC 40281 CV]], had the Class 9 label and
        dry ice marking on his final walk-round and stopped the close-out. Capt [[name:Ferreira]] was told before
        pushback and the NOTOC was re-issued – 42 min delay. Cause: the third pallet had been added under a split
        AWB [[case_reference:172-25792406]] entered as 'PER' only, so the DG flag never carried across. Load
        controller [[name:Jen Lowe-Harrison]] has added 'DG check on split AWBs' to the close-out checklist.
    """)),
    # 38
    ("aviation", "success", block("""
        From: [[name:Olumide Bakare]] <[[email:o.bakare@northgatecargo.co.uk]]>
        To: DG Acceptance Team
        Date: [[date:Mon 15 Jan 2024]] 07:02
        Subject: Good catch – radioactive pkg, AWB [[case_reference:618-99906085]]

        Team,
        Shout out to [[name:Summer]] on nights. [[name:Summer]] was checking a {{UN2915}} Type A package from [[organisation:Northern Isotope Services Ltd]] for [[flight_number:SQ7961]]. The {{Shipper's Declaration}} said TI 0.8, II-YELLOW, but the labels on the box said III-YELLOW, TI 1.4. She re-measured with the survey meter: 1.3. The shipper, Dr [[name:Priyanka Rao]], confirmed they had used last week's template. Re-declared and relabelled before cut-off.
        That is exactly what the cross-check is for. I've put [[name:Summer]] forward for the quarterly award.
        [[name:Olu]]
        Cargo Acceptance Manager | [[phone:+44 (0)161 496 0577]]
    """)),
    # 39
    ("aviation", "incident", prose("""
        At 03:20 on [[date:Sunday 10 March]] a road feeder truck [[vehicle_registration:PO68 ZTJ]] from
        [[organisation:Ridings Road Freight]] reversed into Dock 2 and crushed [[case_reference:AKE 88412 TK]],
        built for [[flight_number:TK6387]] and sitting on a slave pallet at the dock edge. Inside were two
        packages of paint ({{UN1263}}, Class 3); one tin split and leaked. Spill kit used by
        [[name:Gurpreet]] '[[name:Gee]]' [[name:Sandhu]] and [[name:Kofi Mensah]]; [[name:Kofi]] got paint on his
        forearm, washed for 15 minutes, SDS checked, no further treatment. Driver [[name:Rob Stringer]] said a
        banksman waved him back – no banksman was rostered on that dock. [[name:Gee]] says ULDs are left at the dock
        edge most nights because the racks are full. ULD and contents re-built for the next day's flight. Ref
        [[case_reference:NCH-OCC-24-0412]].
    """)),
    # 40
    ("aviation", "near_miss", block("""
        EXPORT SHED – SHIFT LOG – [[date:22/07/2024]] NIGHTS – Sup: [[name:Dave]] "[[name:Dibs]]" [[name:Dibnah]]
        21:05 [[flight_number:QR8187]] cut-off, 11 ULDs built.
        21:40 {{UN3090}} lithium metal batteries, AWB [[case_reference:157-35308291]], shipper [[organisation:Manchester Medical Devices Ltd]]. {{CAO}} label on. Built by [[name:Kasia]] into [[case_reference:PMC 60213 QR]].
        22:15 [[name:Kasia]] asks why that PMC is on the plan for [[flight_number:QR028]] (passenger {{B787}}) – load plan swapped it for space at 22:00. CAO package would have gone on a pax aircraft.
        22:20 Stopped by [[name:Kasia]] + [[name:Dibs]]. PMC broken down, CAO piece moved to a freighter ULD for [[flight_number:QR8187]].
        22:50 Planner [[name:Arjun Menon]]: system gave no CAO warning when moving ULD to pax flight.
        Report to DG office [[email:dgoffice@northgatecargo.co.uk]] – [[name:DD]]
    """)),
    # 41
    ("aviation", "incident", prose("""
        Corrosive spill on the import floor, [[date:9 Nov]], 11:40. During breakdown of
        [[case_reference:PAG 30911 LH]] off [[flight_number:LH8260]] ([[aircraft_registration:D-ALFG]]), handler
        [[name:Sorcha Nic Giolla Phádraig]] saw a wet patch on a fibreboard box marked {{UN1760}}, Corrosive liquid,
        n.o.s., Class 8, PG II, for consignee [[organisation:Aire Valley Plating Ltd]]. Her glove split and liquid got
        onto her wrist. Emergency shower used, 20 minutes irrigation, seen by on-site medical: superficial burn.
        Inner bottle cap only hand-tight, no absorbent material. Shipper [[organisation:Chemwerk Ludwigshafen GmbH]]
        contacted through Herr [[name:Schäfer]] on [[phone:+49 621 4960 2218]]. MOR submitted, ref
        [[case_reference:OR-2024-118807]]. [[name:Sorcha]] was back at work next shift and asked for
        gauntlet-length gloves to be stocked at every breakdown station.
    """)),
    # 42
    ("aviation", "success", prose("""
        Success at cargo screening, [[date:18/09/2023]]. A consignment from an {{unknown consignor}}, shipper
        '[[organisation:A&R Auto Spares]]', [[address:Arch 14, Gibb Street, Bradford]] [[postcode:BD4 7NW]], declared
        as 'car parts – 6 boxes', went through X-ray. Screener [[name:Amber Ellis-Gray]] saw cylinders on the image
        and opened it: four airbag inflators ({{UN3268}}) and two aerosol cans of brake cleaner ({{UN1950}}), no marks
        or labels. Shipment refused. [[name:Amber]] rang the shipper, [[name:Asif Rahman]]
        ([[phone:07723 880 145]]), who said 'it's just car bits, mate'. Forwarder
        [[organisation:Pennine Air Freight]] has retrained its counter staff. Passed to the {{CAA}} DG inspectors.
        Well done [[name:Amber]] – second week signed off on X-ray.
    """)),
    # 43
    ("aviation", "near_miss", block("""
        NOTOC / LOADING DISCREPANCY
        Flight: [[flight_number:5X 0231]]   Reg: [[aircraft_registration:N617UP]]   Type: {{B767-300F}}   Date: [[date:02MAR24]]
        Item: {{UN1072}} compressed oxygen, 2 cyl, 2.2 (5.1) – AWB [[case_reference:406-55821032]]
        NOTOC position: 14R        Actual position: 14L
        Issue: 14L is next to {{UN1993}} flammable liquid (Class 3) – oxidiser not segregated.
        Found by: [[name:Marcus Adjei]], ramp agent, badge [[case_reference:NCH-04471]], on walk-round 02:35.
        Action: cyl moved to 14R, Capt [[name:DeLuca]] briefed, NOTOC confirmed. No delay.
        Cause: loader [[name:J. Pereira-Santos]] swapped 14L/14R to fit a contour; no re-check against NOTOC.
        Reviewed by [[name:Chantelle Ogden]] (DG).
    """)),
    # 44
    ("aviation", "incident", block("""
        Teams chat export – Ramp / Load Control – [[date:11/10/2024]]
        [14:02] [[name:Liam Thornber]] (Ramp): fyi [[aircraft_registration:G-JMCL]] hold 3 – can [[case_reference:AKE 20431 R7]] has a smell, like petrol
        [14:03] [[name:Yusuf Darr]] (LC): is that the DG one? i have {{UN1170}} ethanol x4 on the NOTOC for [[flight_number:NPT601]]
        [14:04] [[name:Liam Thornber]] (Ramp): no ethanol is in 2. this is the mail can
        [14:05] [[name:Yusuf Darr]] (LC): stop loading. calling duty DG [[name:Precious]] [[phone:07700 900 214]]
        [14:09] [[name:Liam Thornber]] (Ramp): capt [[name:okafor]] asking whats going on
        [14:10] [[name:Yusuf Darr]] (LC): tell him 20 mins, offloading can, fire service on way
        [14:41] [[name:Precious]] (DG): found it – mail bag with a 1L bottle of lighter fluid, leaked. Undeclared DG in mail. Postal operator informed. Ref [[case_reference:NCH-DG-24-0311]]
        [14:43] [[name:Liam Thornber]] (Ramp): cheers. [[name:Big Al]] says can smells fine now
    """)),
    # 45
    ("aviation", "near_miss", prose("""
        Near miss with a regular shipper. [[organisation:Yorkshire Scents Ltd]], [[address:Mill 3, Dewsbury Road,
        Ossett]] [[postcode:WF5 9ND]], ships perfume ({{UN1266}}, Class 3) to Dubai every week. Their usual dispatcher
        [[name:Hope Agyeman]] was off and a temp, [[name:Will]], packed sixty 100 ml bottles into one outer with no
        {{Limited Quantity}} mark and no declaration, described as 'cosmetics'. The forwarder,
        [[organisation:Calder Freight Services]], would normally catch it, but [[name:Hope]]'s booking notes
        ('PERFUME – LQ') had been copied over from the previous week onto AWB [[case_reference:176-71352411]].
        Acceptance checker [[name:Dawid Kaczmarek]] questioned why an 'LQ' box had no LQ mark, weighed it – 8 kg of
        liquid – and held it off [[flight_number:EK 9906]]. [[name:Will]] later said he 'didn't know perfume was
        dangerous'. The shipper's training records covered only [[name:Hope]]. Flown next day, properly declared.
    """)),
    # 46
    ("aviation", "success", block("""
        From: [[name:Teresa Mwangi]] <[[email:teresa.mwangi@northgatecargo.co.uk]]>
        To: [[name:Rowan Pilkington]]; [[email:qa@northgatecargo.co.uk]]
        Date: [[date:31 Jan 2024]]
        Subject: Closure – Finding F-07 (DG training records) – Audit [[case_reference:NCH-QA-2023-14]]

        [[name:Rowan]],
        F-07 is closed. All 63 acceptance and build-up staff now hold in-date {{CBTA}} DG training. The four who were overdue ([[name:Haroon Mirza]], [[name:K. Wójcik]], [[name:Sunny Dhaliwal]], [[name:Marie-Claire Ntumba]]) completed on [[date:22/01/2024]]; certificates are in {{Q-Pulse}}.
        Also – the training matrix now flags anyone 60 days before expiry. [[name:Sunny]] built that in his own time; worth a mention at the all-hands, [[name:Rowan]].
        Regards
        [[name:Teresa]]
        Quality & Compliance Manager, [[organisation:Northgate Cargo Handling]]
        [[phone:0161 496 0150]] / mob [[phone:07700 900 983]]
    """)),
    # 47
    ("aviation", "incident", prose("""
        Security – seal mismatch on a road feeder service. Truck [[vehicle_registration:YX19 KPN]] from
        [[organisation:Humber Logistics]] arrived at Dock 7 on [[date:Tues 2 April]] at 06:10 with secure cargo for
        [[flight_number:TK6388]]. The seal number on the consignment security declaration was
        [[case_reference:0448213]]; the seal on the trailer read [[case_reference:0448218]]. Driver
        [[name:Eamonn Kavanagh]] ([[phone:+353 87 496 2210]]) said he'd stopped at services on the {{M62}} and
        'never touched the doors'. All 22 pieces were treated as unsecured and re-screened by
        [[name:Leanne Ashcroft]] and [[name:Ibrahim Diallo]] (two hours); one piece on AWB
        [[case_reference:235-18101112]] had torn shrink-wrap but nothing was found. The haulier's seal log showed the
        wrong seal had been issued from the depot – a paperwork error, not tampering – but we only knew that after
        the flight had gone 90 minutes late. Ref [[case_reference:NCH-SEC-24-0077]].
    """)),
    # 48
    ("aviation", "near_miss", block("""
        DG CHECKER HANDOVER – [[date:Fri 5th July]] – [[name:Chantelle]] to [[name:Rhod]]
        OPEN
        1. AWB [[case_reference:160-76240393]] – {{UN3373}} Biological substance Cat B, 4 pkgs to [[organisation:Leeds Teaching Hospitals]] lab. Pkg 3 outer dented, NOT opened. Held pending reply from shipper, Dr [[name:Wen Hui Tan]] ([[email:wh.tan@hk-diaglab.com.hk]]).
        2. AWB [[case_reference:160-76240334]] – also UN3373, same lab, 6 pkgs. Accepted 15:40.
        NEAR MISS: I ticked the checklist for ...0393 on the ...0334 paperwork – both Cathay, both to the same lab, four minutes apart. [[name:Abdul]] spotted the piece count (4 vs 6) before I signed. Both re-checked.
        Suggest: never two DGDs open on the desk at once.
        – [[name:Chan]]
    """)),
    # 49
    ("aviation", "incident", prose("""
        Weight discrepancy, [[flight_number:3V4412]] ({{B737-400SF}}, [[aircraft_registration:OE-IAF]]),
        [[date:13 May 2024]]. Pallet [[case_reference:PMC 11893 3V]] was entered on the build sheet at 2,180 kg; its
        real weight was 3,940 kg. Build-up handler [[name:Nico Botha]] had typed in the weight of
        [[case_reference:PMC 11839 3V]] – digits transposed. The heavy pallet was planned for position 1 (max 2,720
        kg) and was already on board when Capt [[name:Verhoeven]] queried the trim figure. Offloaded, reweighed,
        repositioned; 1h10 delay. We then found the shed scale had last been calibrated on
        [[date:14/01/2023]] – overdue. Ref [[case_reference:NCH-OCC-24-0559]]. [[name:Nico]] has been supported, not
        blamed, in line with our {{Just Culture}} policy; the real fix is a second-person weight check on anything
        going in position 1 or 2.
    """)),
    # 50
    ("aviation", "success", block("""
        MANDATORY OCCURRENCE REPORT – summary for Safety Review Board
        Occurrence ref: [[case_reference:NCH-MOR-24-031]]    ECCAIRS no: [[case_reference:202407183356]]
        Date: [[date:17 July 2024]]    Flight: [[flight_number:FX5218]]    Aircraft: [[aircraft_registration:N854FD]]
        What happened: undeclared {{UN3480}} lithium ion batteries (e-bike packs, 36V) inside a consignment declared "bicycle parts" from [[organisation:Velo North Ltd]], [[address:Unit 4, Canal Wharf, Wigan]] [[postcode:WN3 5BB]]. Found at screening by [[name:Ifeoma Chukwu]], who queried the density on X-ray.
        Why a success: refused before build-up; shipper contact [[name:Gareth]] "[[name:Gaz]]" [[name:Pritchard]] ([[phone:01942 496 773]]) booked three staff onto training with [[organisation:Hazmat Training North]] the same week; follow-up visit [[date:24/07]] found correct marks and a trained packer.
        Board recognition: [[name:Ifeoma]] – {{Safety Star}} award.
    """)),
]


def main() -> None:
    records = build_records("blind47", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
