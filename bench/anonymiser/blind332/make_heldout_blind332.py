"""Held-out blind corpus 332: hand-written UK incident, near-miss and success reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

* social_care (17): a MASH front door team - contacts, police checks, strategy discussions,
  threshold decisions;
* health (17): a community mental health team - depot clinic, care coordinators, crisis
  team, duty worker;
* aviation (16): an airline crew scheduling and crew control office - fatigue reports,
  standby, positioning, hotel bookings.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, RT transcripts,
shout-outs and thank-you notes. All people, organisations, places and numbers are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind332.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (MASH)
    ("social_care", "incident", prose("""
        contact came in 0915 re [[name:kayden]] ([[age:6]]) from the {{DSL}} at
        [[organisation:Hollins Park Primary]], bruise to L cheek. i rang {{mum}} [[name:shannon]]
        b4 doing {{police checks}} which i shouldnt have, she then kept him off school 2day.
        {{duty manager}} [[name:Bev]] says it wud have gone to {{strategy discussion}} anyway but
        police were not happy as we tipped her off. {{Mosaic}} ID [[case_reference:1187342]].
        lesson - do checks + {{CP-IS}} first, dont ring parent if {{s47}} likely. talked it thru
        w {{team manager}} [[date:tues 12th]]. pls remind new starters esp agency. sorry all
    """)),
    ("social_care", "near_miss", block("""
        REPORT TYPE: Near miss
        Team: {{MASH}} - {{Front Door}}
        Reporter: [[name:Tomasz Wiśniewski]], {{Senior Practitioner}}
        Date of event: [[date:04/03/2024]]
        Child: [[name:Amber-Rose Taylor]]    DOB: [[date_of_birth:17/09/2019]]
        Address: [[address:Flat 3, 22 Cobden Terrace, Ashbury]] [[postcode:NF7 4QT]]
        Mosaic ref: [[case_reference:MASH-24-03318]]
        What happened: Contact from [[organisation:Little Wrens Nursery]] was RAG rated green by
        {{business support}} because the tick box said "no concerns re home". Free text further
        down said {{mum}}'s new partner "[[name:Dazza]]" has a {{Schedule 1}} conviction.
        Picked up on my second look at the {{end of day}} tray.
        Outcome: re-rated red, {{strategy discussion}} next morning with [[organisation:Northfold Police]]
        {{CAIT}}.
        Learning: business support should not RAG without a practitioner read of the free text.
    """)),
    ("social_care", "success", block("""
        Teams - MASH Front Door (General)
        [[name:Precious Ndlovu]]  08:52
        massive shout-out to [[name:Hope]] 🙌 yesterday she spotted that the {{DV}} notification
        for [[name:Kerry-Ann Bright]] matched an address already open to {{CSC}} under a different
        surname, linked the 2 files and got the {{IDVA}} in before [[name:Kerry-Ann]]'s {{MARAC}}
        [[name:Hope Adeyemi]]  08:55
        aw thanks!! honestly it was [[name:Luis]] on the police desk who ran the address history
        [[name:Luis Ferreira-Gomes]]  08:57
        team effort 😄 {{PNC}} was down til 10 so I used {{Niche}} instead
        [[name:Precious Ndlovu]]  08:58
        still, that's exactly what {{Working Together}} means. cake on me Friday
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 February 2024]] at approximately 16:20 I e-mailed the minutes of a
        {{strategy discussion}} concerning [[name:Oluwaseun]] and [[name:Adaeze Okonkwo]] to the
        {{Designated Safeguarding Lead}} at [[organisation:St Bede's Catholic Primary]] instead of
        [[organisation:St Bede's C of E Junior School]]. {{Outlook}} auto-complete offered
        [[email:safeguarding@stbedescp.sch.uk]] and I did not check it before sending. The
        minutes contained the children's dates of birth, the {{Section 47}} decision and
        {{police intelligence}} about their father. The receiving {{DSL}}, Mr
        [[name:Ó Briain]], phoned at 16:45 to say he had it in error; he deleted it and
        confirmed in writing the next morning. I informed my {{Team Manager}} and the
        {{Information Governance}} team, reference [[case_reference:IG-2024-0219]]. The
        {{ICO}} threshold was judged not met. I now send {{CP}} minutes via {{Egress}} only.
    """)),
    ("social_care", "near_miss", block("""
        Chronology - contact re [[name:Mia Kowalczyk]] ([[age:15]]), ref [[case_reference:MASH-24-05127]]
        11:05  contact from [[organisation:Fernhill Academy]] {{pastoral lead}}, [[name:Mia]] disclosed
               {{stepdad}} hit her with a belt last night
        11:20  {{police checks}} requested via the {{PPU}} desk
        12:40  health checks - {{GP}} [[organisation:Marsh Lane Surgery]], nil of note
        13:10  {{threshold}} met, {{strategy discussion}} booked for 16:00
        14:50  {{team manager}} [[name:Faith]] asked what time [[name:Mia]] finishes - 15:15.
               Nobody had thought about her going home before the strat.
        14:58  school asked to keep [[name:Mia]] in the pastoral base, {{duty SW}} sent out
        Near miss: she would have walked home to {{stepdad}} with no safety plan.
        Learning: always ask "when does the child go home?" at the {{threshold decision}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Rhiannon Pugh]] <[[email:rhiannon.pugh@northfold.gov.uk]]>
        To: MASH Front Door
        Sent: [[date:Fri 8 March 2024]] 17:02
        Subject: Thank you - [[case_reference:MASH-24-04102]]

        Hi all,
        Just wanted to say thanks to [[name:Gurpreet]] and [[name:Sunny]] for how they handled the
        call from the {{maternity}} {{safeguarding midwife}} at [[organisation:Northfold General]]
        yesterday. Unborn baby due in 3 weeks, {{mum}} is [[age:17]] and open to {{leaving care}}.
        They had a {{pre-birth}} {{strategy discussion}} convened within 3 hours with the
        {{midwife}}, her {{PA}} and police, and a plan in place before she was discharged.

        Kind regards
        [[name:Rhiannon]]

        [[name:Rhiannon Pugh]] | {{Practice Manager}}, {{Front Door}} | [[organisation:Northfold Council]]
        Tel [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        HANDOVER duty am -> pm   [[date:19/03/24]]
        - [[name:JK]] still waiting on callback from [[organisation:Westmoor Police]] re log
          [[case_reference:0412]] of [[date:18/03]] (DA at [[address:7 Quarry Rise, Holmebeck]])
        - [[name:Zhao]] kids - {{consent}} obtained from dad, {{Early Help}} to pick up
        - contact for [[name:Ellis]] ([[age:2 yrs]]) needs {{health visitor}} check b4 RAG
        - {{LADO}} referral re [[organisation:Sunflower Day Nursery]] - passed to {{LADO}} 12:30
        ADDED [[date:20/03]] by [[name:Marguerite]]: the contact for the [[name:Nowak]] children
        (3 sibs, {{DV}} incident with weapon) was NOT on this list. It sat in [[name:JK]]'s
        {{Outlook}} inbox overnight and was not screened within 24h. {{Police}} chased at 09:10.
        Strat held 11:00, no harm known. Please use the shared tray not personal inboxes.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat export - {{MASH}} screening
        [[name:deano]] 10:14: can u check contact for [[name:Harley Simms]] pls, goes to North locality?
        [[name:Ngozi Eze]] 10:16: which one lol there are 2 on the system
        [[name:Ngozi Eze]] 10:16: [[name:Harley Simms]] DOB [[date_of_birth:02/06/2014]] and
        [[name:Harley Sims]] DOB [[date_of_birth:02/06/2016]]
        [[name:deano]] 10:18: omg the 2014 one. I'd already attached the police {{PPN}} to the other file
        [[name:Ngozi Eze]] 10:19: detach it now and tell {{business support}}, dont send the {{IRO}} anything
        [[name:deano]] 10:25: done. moved to [[case_reference:1203377]], nothing went out
        [[name:Ngozi Eze]] 10:26: ok good. do a {{near miss}} form x
    """)),
    ("social_care", "success", block("""
        MASH Learning Review - minutes
        Date: [[date:27 March 2024]]
        Present: [[name:Faith Mbeki]] (chair, {{Head of Service}}); DS [[name:Aled Vaughan]]
        ({{PPU}}); [[name:Zainab Hussain]] ({{safeguarding nurse}}); [[name:Pat Greaves]]
        ({{Education}} {{MASH}} officer); [[name:Ewa]] (minutes)
        Apologies: [[name:Mark Devlin]] ({{IDVA}} service), [[name:Joy Achterberg]]
        1. Case: [[name:Leo]] ([[age:4]]), ref [[case_reference:MASH-24-02290]]. Contact from
        [[organisation:Oakenshaw Pharmacy]] - {{mum}} collecting {{methadone}} with child unwashed
        and underweight. Health found 3 missed {{immunisations}}, police found a {{DA}} history at
        the previous address. Decision within 6 hours, {{child in need}} assessment, no {{s47}}.
        2. Good practice noted: pharmacy contact was rare and [[name:Pat]] phoned them back to
        thank them. Chair to write to [[organisation:Oakenshaw Pharmacy]].
        3. AOB none.
    """)),
    ("social_care", "incident", prose("""
        ran {{police checks}} on [[name:Tyler Browne]] dob [[date_of_birth:03/11/2008]] for the
        {{missing episode}} contact, police desk sent back a full {{PNC}} printout for a
        [[name:tyler brown]] (no e, diff dob, lives in [[address:Kestrel Way, Greyford]]) and i
        didnt notice, put it in the case notes on [[case_reference:1176025]] and it went into the
        {{threshold}} rationale as "known to police for {{possession with intent}}". our [[name:Tyler]]
        has NO police record. picked up by [[name:anne-marie]] when {{IRO}} queried it. case notes
        corrected, sensitive info about the other lad removed + reported to {{IG}}. wasnt
        shared outside {{CSC}} thank god. pls always match on dob AND address not just name!!
        [[name:Callum]], {{MASH}} {{SW}}
    """)),
    ("social_care", "near_miss", prose("""
        A contact was received on [[date:2 April]] from [[organisation:Greyford Youth Offending
        Service]] about [[name:Yusuf Rahimi]], aged [[age:16]], who had told his {{case worker}}
        that an older male called "[[name:Shaz]]" was giving him money and a phone. The screener
        recorded the decision as "no further action - already open to {{Early Help}}". When I
        reviewed the {{NFA}} list at {{end of shift}} I saw that the named {{Early Help}}
        practitioner, [[name:Dawn Fairweather]], had left the service on [[date:15 March]] and the
        case had been sitting unallocated. Indicators of {{criminal exploitation}} were clear and
        this should have been considered under the {{CCE}} pathway. The decision was reversed, a
        {{strategy discussion}} was held with the {{Exploitation Hub}} and a {{NRM}} referral made.
        No harm is known to have come from the delay. Reference [[case_reference:MASH-24-05811]].
    """)),
    ("social_care", "success", block("""
        SHOUT-OUT BOARD 🌟
        To [[name:Will]] from {{EDT}} - thank you for the brilliant handover at 08:30 on
        [[date:Sat 6th]]. Every contact had police checks done, the {{Section 20}} placement for
        the [[name:Adebayo]] twins was written up in full, and you'd already left a voicemail for
        the {{DSL}} at [[organisation:Crowmoor High]]. Made {{Monday}} morning so much easier!
        From [[name:Bisi]], [[name:Rosa]] & [[name:Marek]] ({{Front Door}} {{day team}})
        P.S. [[name:Will]] - your {{Signs of Safety}} mapping on the twins was spot on x
    """)),
    ("social_care", "incident", block("""
        Contacts not screened within 24h - w/c [[date:15/04/24]] ({{Mosaic}} outage)
        Ref          | Child          | Received         | Screened         | Worker
        [[case_reference:C-118402]]     | [[name:A.M.]]           | [[date:15/04]] 09:12      | [[date:16/04]] 14:30      | [[name:RB]]
        [[case_reference:C-118417]]     | [[name:Jayden Cole]]    | [[date:15/04]] 11:40      | [[date:16/04]] 15:05      | [[name:RB]]
        [[case_reference:C-118433]]     | [[name:Lily-Mae Okoro]] | [[date:15/04]] 13:02      | [[date:17/04]] 09:20      | [[name:Sunita]]
        [[case_reference:C-118450]]     | [[name:Bartosz]] (unborn) | [[date:15/04]] 15:55    | [[date:16/04]] 16:40      | [[name:Sunita]]
        Cause: {{Mosaic}} down 09:00-17:00 on the Monday, paper contacts kept in the {{duty}}
        tray. Nobody logged [[case_reference:C-118433]] when the system came back; found on the
        Wednesday. No child harmed. {{Service Manager}} informed, added to the {{BCP}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Leanne Ashworth]] ({{Business Support Officer}})
        To: [[email:mashmanagers@northfold.gov.uk]]
        Date: [[date:23 April 2024]] 12:47
        Subject: near miss - {{NFA}} letter

        Hi [[name:Kwame]],
        Heads up - this morning I nearly posted the {{NFA}} outcome letter for
        [[case_reference:MASH-24-06644]] to [[address:41 Linnet Close, Ashbury]]
        [[postcode:NF3 8HW]]. That is dad's address and he is the alleged {{perpetrator}} in the
        {{DA}} contact. {{Mum}} and the kids are in a {{refuge}} and the letter mentioned the
        refuge's area. The template pulls the "main address" from {{Mosaic}} which had never been
        updated. I only noticed because the {{police notification}} had a {{flag}} on it.
        Could we get a {{do not disclose address}} warning added to the letter screen?
        Thanks
        [[name:Leanne]]
        Ext [[phone:0113 496 0772]]
    """)),
    ("social_care", "success", block("""
        Chronology - [[name:Sky Lambert]], [[age:13]], missing from home
        [[date:Thurs 2nd May]]
        21:40  [[organisation:Harrowby Police]] {{missing person}} report, log [[case_reference:2119]]
        21:55  {{EDT}} contacts {{MASH}} {{on-call}} ([[name:Ines Carvalho]])
        22:10  [[name:Ines]] checks {{CSE}} {{risk assessment}} - [[name:Sky]] linked to a
               male in a grey {{Audi}} [[vehicle_registration:YK21 RTV]]
        22:25  plate passed to police, {{ANPR}} hit at {{services}} on the {{M62}}
        23:05  [[name:Sky]] found safe with two other girls, {{PPN}} raised
        09:30  {{strategy discussion}} next day, {{return home interview}} booked
        What went well: [[name:Ines]] had the vehicle details from the previous {{strat}}
        notes in 15 mins. Police said it was the reason they found her so fast.
    """)),
    ("social_care", "incident", prose("""
        At about 14:10 on [[date:7 May]] I took a call on the {{MASH}} {{duty line}} from a man
        who said he was "DC [[name:Hargreaves]] from the {{CAIT}}" asking for the current address
        of [[name:Ruby]] and [[name:Finn Delaney]]. He had the children's dates of birth and the
        {{police log}} number so I gave him the address of the {{foster carers}}. Afterwards I
        rang [[organisation:Westmoor Police]] to check and there is no DC [[name:Hargreaves]] in
        the {{CAIT}}; the caller is believed to be the children's father, [[name:Shane Delaney]],
        who is subject to a {{non-molestation order}}. The {{foster carers}} were moved that
        evening by the {{placements}} team. I had not used the call-back procedure through the
        {{police switchboard}}. Incident ref [[case_reference:INC-24-1130]].
        Reported by [[name:Grace]] ([[name:G.W.]]), {{Social Work Assistant}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Children's Services}}
        Reported by: [[name:Mehmet Yilmaz]]   Role: {{Senior Practitioner}}, {{MASH}}
        Date/time: [[date:10/05/2024]] 15:30
        Child/young person: [[name:Chloe Baptiste]]  DOB [[date_of_birth:21/01/2011]]
        Mosaic: [[case_reference:1209931]]
        Description: The {{strategy discussion}} record for [[name:Chloe]] was started from a copy
        of another record and still contained the name "[[name:Jasmine]]" in three places and
        [[name:Jasmine]]'s school, [[organisation:Beckside Academy]]. The record was
        {{authorised}} by me and shared with police and {{health}} before the error was noticed by
        the {{school nurse}}.
        Immediate action: recalled, corrected, re-sent. [[name:Jasmine]]'s family not told yet -
        {{IG}} advising.
        Learning: always start from the blank {{template}}, never "save as".
    """)),
    # ------------------------------------------------------------------ health (CMHT)
    ("health", "incident", prose("""
        {{depot clinic}} cancelled [[date:mon 3rd]] (nurse off sick) and [[name:gary]] was never
        rebooked. his {{zuclopenthixol decanoate}} 2 wkly was 9 days overdue b4 his
        {{care coordinator}} [[name:priya]] noticed on {{SystmOne}}. by then he was hearing voices
        again + his sister rang the {{crisis team}} at 2am. admitted to [[organisation:Elmstead
        Ward]] informally [[date:wed 12th]]. NHS no [[nhs_number:588 969 6203]].
        {{Datix}} [[case_reference:W118204]] done. cancelled clinics need a proper recall list not
        post-its on the {{duty}} desk!! also nobody told the {{consultant}}. [[name:priya]] v upset,
        not her fault - she was on {{A/L}}.
    """)),
    ("health", "near_miss", block("""
        PATIENT SAFETY - NEAR MISS       Team: [[organisation:Riverside CMHT]]
        Patient: [[name:Joseph Mensah]]       NHS No: [[nhs_number:530 912 9383]]
        DOB: [[date_of_birth:09/07/1981]]     Hosp No: [[case_reference:RX4471203]]
        Other patient: [[name:Josephine Mensah]]   NHS No: [[nhs_number:796 078 3519]]
        Date: [[date:12 March 2024]]   Location: {{depot clinic}}, {{Room 2}}
        What happened: {{paliperidone palmitate}} 150 mg was drawn up for Mr [[name:Mensah]]
        from the {{clinic list}}. Ms [[name:Mensah]] was called in first because she arrived
        early. She was asked her name and said "[[name:Jo Mensah]]", which matched. The {{RMN}}
        ([[name:Aoife]]) then checked {{DOB}} against the {{prescription chart}} before
        injecting and it did not match. Ms [[name:Mensah]] is prescribed {{aripiprazole}}
        {{LAI}}, a different drug.
        No injection given. Both patients seen correctly.
        Action: 2 identifiers every time, same-surname {{alert}} added to the clinic list.
    """)),
    ("health", "success", block("""
        Teams - [[organisation:Riverside CMHT]] - Duty
        [[name:Hamza Qureshi]] 17:41
        Just want to big up [[name:Rose]] on {{duty}} today 👏 had a {{distressed caller}} ringing
        back 6 times, {{self harm}} risk rising, and she kept him talking while [[name:Bill]]
        got the {{HTT}} out to him within the hour
        [[name:Rose Tembo]] 17:44
        ahh thank you. [[name:Bill]] did the hard bit tbh, he had the {{crisis plan}} up before I'd
        even asked
        [[name:Bill Okafor]] 17:46
        we make a good team 😄 he's accepted {{home treatment}}, {{HTT}} going back 9am
        [[name:Siobhán]] 17:50
        brilliant work both. {{NICE}} would be proud 😂
    """)),
    ("health", "incident", block("""
        Chronology - welfare concern, care coordinator [[name:Dafydd Rees]]
        [[date:Tues 19/03]]
        09:15  Mrs [[name:Nguyen]] ([[name:Nguyen Thi Lan]], [[age:58]]) {{DNA}} {{CPA review}}
        09:40  home phone [[phone:01632 960775]] no answer x3
        11:30  {{joint visit}} with {{STR worker}} to [[address:14 Ferrier Court, Lowbridge]],
               no answer, post piling up, curtains closed
        11:50  {{police}} called for {{welfare check}}, log [[case_reference:0317-19032024]]
        13:05  police forced entry, [[name:Lan]] found conscious but confused, empty {{lithium}}
               boxes, taken to {{A&E}} at [[organisation:Lowbridge General]]
        Issue: her {{lithium}} level on [[date:5 March]] was 1.3 and the result was never
        actioned - sat in the {{duty}} inbox.
        Datix: [[case_reference:W118391]]
    """)),
    ("health", "incident", block("""
        From: [[name:Eilidh MacKenzie]] <[[email:eilidh.mackenzie@nhs.net]]>
        To: [[email:riversidecmht.duty@nhs.net]]
        Date: [[date:21 March 2024]] 10:03
        Subject: URGENT {{lithium}} result not actioned

        Morning,
        The lab rang me as the {{GP}} at [[organisation:Fieldgate Medical Practice]]: Mr
        [[name:Haruto Sato]] (NHS [[nhs_number:425 398 8547]]) had a {{serum lithium}} of 1.6
        on [[date:18/03]]. The {{CMHT}} prescribes under the {{shared care}} agreement and the
        result was copied to your team. I can't see any action on the {{ICE}} record.
        I have stopped his {{lithium}} for 48 hours and asked him to come in for {{U&Es}} and a
        {{TFT}}. Please can the {{care coordinator}} or {{consultant}} call me on
        [[phone:0161 496 0382]] today?
        Many thanks,
        Dr [[name:MacKenzie]]
        {{GP Partner}}
    """)),
    ("health", "success", block("""
        [[organisation:RIVERSIDE CMHT]] - {{zoning}} meeting minutes, [[date:Thursday 28th March]]
        Present: Dr [[name:Chidi Okeke]] ({{consultant psychiatrist}}, chair), [[name:Kasia Nowicka]]
        ({{team leader}}), [[name:Hunter Blake]] ({{OT}}), [[name:Joy]] ({{pharmacist}}),
        [[name:Ravi]] ({{STR}})
        Apologies: [[name:Ayesha Siddiqui]], [[name:Björn Lindqvist]] ({{AMHP}})
        Red zone:
        - [[name:M.T.]] ([[case_reference:RX5520187]]) - stepped down to amber. Good practice:
          [[name:Kasia]] arranged {{clozapine}} {{FBC}} at home on [[date:22/03]] when he refused
          to come to clinic, so {{dispensing}} was not stopped. {{Pharmacy}} ([[name:Joy]]) and
          the {{phlebotomy}} team flexed for him. First month without {{HTT}} since [[date:January]].
        - [[name:Wanjiru]] - remains red, {{Mental Health Act assessment}} requested.
        Amber: no changes.
        Actions: Dr [[name:Okeke]] to write to [[organisation:Lowbridge Pharmacy Services]] to
        thank them. [[name:Hunter]] to share the home bloods pathway at {{team meeting}}.
    """)),
    ("health", "incident", block("""
        HTT -> CMHT HANDOVER ([[organisation:Lowbridge Crisis Resolution & Home Treatment Team]])
        Pt: [[name:Darren]] "[[name:Daz]]" [[name:Pike]]   NHS [[nhs_number:489 559 0771]]   DOB [[date_of_birth:30/12/1992]]
        Addr: [[address:Flat 9 Mercer House, Tanner St, Lowbridge]] [[postcode:LB4 2XJ]]
        Discharged from {{HTT}} [[date:02/04/24]] to {{care coordinator}} [[name:Sunny Bhatt]]
        Meds: {{sertraline}} 100mg, {{quetiapine}} 50mg {{PRN}}
        Risk: "low, no current {{SI}}"
        --- added by [[name:Sunny Bhatt]] [[date:05/04/24]] ---
        Handover omitted that [[name:Daz]] had a {{ligature}} incident on [[date:29/03]] and that
        his ex-partner has a {{non-mol}}. I visited alone with no {{lone worker}} plan. He was
        calm but I only found out from the {{RiO}} free text afterwards. Please can {{HTT}}
        handovers include the full {{risk history}} not the summary line.
    """)),
    ("health", "near_miss", block("""
        DEPOT CLINIC LIST - [[date:Wed 10 April]] - Room 2 ({{RMN}} [[name:Crystal]], {{HCA}} [[name:Tunde]])
        Time  | Patient           | Drug                        | Dose   | Due
        09:30 | [[name:L. Ferreira]]       | {{Abilify Maintena}}            | 400mg  | 4-wkly
        09:45 | [[name:Pat Roche]]         | {{flupentixol decanoate}}       | 40mg   | 2-wkly
        10:00 | [[name:Ibrahim Diallo]]    | {{paliperidone}} 3-monthly      | 350mg  | 3-mthly
        10:15 | [[name:Pat Roche]]         | {{flupentixol decanoate}}       | 40mg   | 2-wkly
        NOTE ([[name:Crystal]]): [[name:Pat Roche]] listed twice - the {{booking system}} duplicated
        the {{recurring appointment}}. {{HCA}} had drawn up a second dose for the 10:15 slot.
        Not given - caught at the {{second check}}. Reported to the {{clinic admin}}.
    """)),
    ("health", "incident", block("""
        WhatsApp - "cmht duty 🙂" (personal phones)
        [[date:11/04/2024]], 19:02 - [[name:Ebru]]: anyone know if [[name:Kieran Walsh]] got his
        {{depot}}?? his mum just rang my work mobile
        [[date:11/04/2024]], 19:05 - [[name:Lwazi M]]: yeah gave it tues, his bloods were off
        though, {{prolactin}} 1400
        [[date:11/04/2024]], 19:06 - [[name:Ebru]]: thx. also he said he's staying at
        [[address:22 Bramble Street]] now
        [[date:11/04/2024]], 19:20 - [[name:Amira]]: guys we shouldnt be doing this on here
        Reporter's note ([[name:Amira Haddad]], {{Team Leader}}): patient-identifiable info
        shared in a personal WhatsApp group which includes a {{student nurse}} who has since left.
        Group deleted, {{IG}} informed, {{Caldicott Guardian}} notified.
    """)),
    ("health", "success", prose("""
        I want to record a piece of good joint working. Mr [[name:Adeyinka]], a man in his
        [[age:forties]] with {{schizoaffective disorder}}, was facing eviction from
        [[address:3 Wharf Lane, Lowbridge]] for rent arrears after his benefits stopped while he
        was on {{Section 3}} at [[organisation:Hollybank Hospital]]. His {{care coordinator}},
        [[name:Summer Oyelaran]], contacted [[name:Gareth]] at [[organisation:Lowbridge Homes]] on
        [[date:8 April]] and arranged a {{joint visit}} the same week with the {{welfare rights}}
        adviser. [[name:Gareth]] paused the possession claim, the {{UC}} claim was backdated and a
        {{s117 aftercare}} plan now covers {{tenancy support}}. Mr [[name:Adeyinka]] told his
        {{consultant}} this was the first time "everyone talked to each other". [[name:Summer]]
        has written the pathway up for the {{Community Mental Health Framework}} steering group.
    """)),
    ("health", "near_miss", prose("""
        fyi near miss on [[date:16/4]] - new {{FP10}} for [[name:faisal]] ([[case_reference:RX6610044]])
        had {{Clopixol}} 500mg weekly instead of 500mg 4 weekly!! {{junior doc}} copied it off the
        old {{Kardex}} from [[organisation:Elmstead Ward]] where it was being loaded. [[name:jade]] on
        {{depot}} clinic spotted it cos the dose looked massive for him + checked {{BNF}}. not
        given. dr [[name:sandhu]] re-wrote it same day. cud have been really nasty ({{EPSE}}s,
        {{NMS}}). pls can {{pharmacy}} check all {{depot}} scripts after discharge from {{the ward}}
        - [[name:mo]]
    """)),
    ("health", "success", block("""
        Thank-you card received by the team, [[date:19 April 2024]] (scanned, on the staff room board)

        "To [[name:Grace]], [[name:Ivy]] and the lovely lady on reception (sorry I never got your
        name!) - Thank you for not giving up on me this winter. When I stopped answering the
        phone you kept coming round, and [[name:Grace]] sat in the car with me outside
        {{A&E}} for 3 hours. I am back at work now and my {{Talking Therapies}} course starts next
        month. I didn't think I'd see my [[age:30th]] birthday and I did.
        Love [[name:Becca]] xx"

        {{Team leader}} note: card shared at {{team meeting}}. Consent from [[name:Becca]] to share
        at the {{Trust}} {{learning forum}} obtained by [[name:Ivy]].
    """)),
    ("health", "incident", block("""
        From: [[name:Hassan Farouk]], {{Medical Secretary}}
        To: {{Patient Safety Team}}
        Date: [[date:24/04/2024]]
        Subject: letter sent to previous address

        A {{clinic letter}} for Ms [[name:Aigerim Seitkali]] (NHS [[nhs_number:466 567 5597]])
        was posted on [[date:17/04/2024]] to [[address:58 Orchard Rise, Lowbridge]]
        [[postcode:LB2 6PD]], her address before she moved to a {{women's refuge}}. The letter
        mentioned her {{PTSD}} diagnosis, her {{medication}} and her {{IDVA}}'s name. The new
        address was on the {{Spine}} but our {{EPR}} had not synced.
        Her ex-partner still lives at the old address. She found out when he texted her a photo
        of the letter. Police aware (ref [[case_reference:LW-24-889102]]); {{safeguarding adults}}
        concern raised.
        [[name:Hassan]]
        Ext [[phone:0161 496 0915]]
    """)),
    ("health", "near_miss", prose("""
        On [[date:Monday 29 April]] a message was taken on the {{duty}} phone by a {{student
        nurse}} from the {{sister}} of [[name:Ahmed Karimi]], saying he had stopped his
        {{olanzapine}} and was talking about "ending it at the bridge". The message was written
        on a sticky note and put in the tray for {{care coordinator}} [[name:Faith Osei]], who was
        on leave until Wednesday. The {{duty worker}}, [[name:Rocco]], found it at 16:30 while
        clearing the tray. He phoned [[name:Ahmed]] straight away, completed a {{risk
        assessment}} and referred to the {{Crisis Team}} who saw him that evening. He is now on
        the {{HTT}} caseload. Messages with any {{risk}} content must go straight to the
        {{duty worker}} in person, not into a {{CCO}} tray.
    """)),
    ("health", "success", block("""
        Chronology - {{crisis plan}} used as intended, [[name:Yuki Tanaka]] ([[age:24]]), {{EIP}}
        [[date:03/05]] 22:10  [[name:Yuki]] rings the {{crisis line}}, hearing commands,
                              reads out her own {{relapse signature}} card
        22:20  call handler [[name:Ama Owusu]] opens the shared {{crisis plan}}
        22:25  plan says: call [[name:Hiro]] (brother) on [[phone:07700 900362]], {{PRN}}
               {{lorazepam}}, no police unless weapons mentioned
        22:40  [[name:Hiro]] arrives, [[name:Yuki]] takes {{PRN}}
        09:00  [[date:04/05]] {{EIP}} {{care coordinator}} [[name:Liam]] visits, no admission needed
        Learning: the plan written with [[name:Yuki]] in [[date:February]] worked exactly as designed.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - violence and aggression
        Location: {{depot clinic}}, [[organisation:Riverside CMHT]], [[address:Unit 4, Carr Mill, Lowbridge]]
        Date/time: [[date:08/05/2024]] 14:20
        Staff involved: [[name:Brook Adeyemi-Hart]] ({{RMN}}), [[name:Tom]] ({{HCA}})
        Patient: [[name:Craig Ellison]]   Hosp No: [[case_reference:RX3309174]]
        Description: [[name:Craig]] became agitated when told his {{depot}} could not be given
        early. He threw a chair which hit the {{sharps bin}} and pinned [[name:Tom]] against the
        door. The {{panic alarm}} in Room 2 did not work (battery flat). [[name:Brook]] used the
        {{personal alarm}} and reception called police. No injuries.
        Action: alarms tested weekly, {{clinic rooms}} to have two exits, {{risk assessment}}
        updated, {{warning flag}} added.
    """)),
    ("health", "near_miss", block("""
        Teams chat - CMHT {{duty}}
        [[name:Jack Whitfield]] 15:02: who's the {{AMHP}} for the {{MHA assessment}} on
        Mrs [[name:Obi]] tomorrow?
        [[name:Nkechi]] 15:04: [[name:Stelian]], no {{warrant}} needed, address on {{RiO}} is
        [[address:9 Heron Walk]]
        [[name:Jack Whitfield]] 15:06: wait - [[name:Chioma Obi]] moved in [[date:March]],
        [[address:9 Heron Walk]] was her old flat. it's on the {{CPA}} letter
        [[name:Nkechi]] 15:07: 😬 the {{s12 doctor}} has the old one too
        [[name:Jack Whitfield]] 15:09: ringing [[name:Stelian]] now. new address is
        [[address:Flat 2, 31 Canal Side, Lowbridge]]
        [[name:Stelian Popescu]] 15:20: thanks, updated, {{s12 doctor}} + {{police}} told. would
        have been a wasted trip and a very frightened neighbour
    """)),
    # ------------------------------------------------------------------ aviation (crew control)
    ("aviation", "incident", prose("""
        late one - crew on [[flight_number:ZP2214]]/[[flight_number:ZP2215]] went over max {{FDP}}
        by 22 mins on [[date:sat 9th]]. {{ATC}} {{slot}} delay 2h10 at the outstation, i calc'd
        {{discretion}} off the planned report time not actual (they were called in early from
        {{hotel standby}}). capt [[name:ross]] asked me twice if we were ok and i said yes. my
        error. no {{commander's discretion report}} raised bc we thought we were within limits.
        spotted by {{FTL}} audit ([[name:marta]]) on the monday. {{MOR}} submitted, ref
        [[case_reference:OCC-24-0711]]. crew fine, both got extra rest after. {{AIMS}} doesnt
        recalc when report time is changed manually - needs a fix.
        [[name:kev]] ({{crew control}}, nights)
    """)),
    ("aviation", "incident", block("""
        FATIGUE REPORT - [[organisation:Zephyr Airways]] {{FRMS}}
        Report no: [[case_reference:FR-2024-0317]]
        Crew member: [[name:Olamide Bankole]]   Crew code: [[name:OBA]]   Rank: {{First Officer}}
        Date of duty: [[date:17/03/2024]]   Flights: [[flight_number:ZP731]] / [[flight_number:ZP732]]
        Aircraft: {{A320}} [[aircraft_registration:G-ZPHB]]
        Description: 4th early in a row after two lates, report 04:45. About 3.5 h sleep. On the
        return sector I had a {{microsleep}} in the cruise; Capt [[name:Hallam]] noticed and we
        agreed {{controlled rest}} for me, then for him. The swap from lates to earlies was made
        by {{crew control}} on [[date:14/03]] with {{minimum rest}} only. Legal under
        {{ORO.FTL}} but not sensible.
        {{Samn-Perelli}}: 6    {{KSS}}: 8
        Requested: no late-to-early swaps without {{crew}} agreement.
    """)),
    ("aviation", "success", block("""
        Slack #crew-control-kudos
        [[name:hollie.b]] 06:12
        huge thanks to [[name:sunny.k]] 🙏 {{captain}} went sick at the outstation at 04:50 and
        [[name:Sunny]] had the {{airport standby}} capt ([[name:Dawn]]) on the 05:40
        {{positioning}} sector [[flight_number:ZP118]] with a seat blocked, {{hotel}} cancelled,
        and the {{FDP}} checked before I'd even finished my coffee
        [[name:sunny.k]] 06:15
        ha cheers. [[name:Dawn]] was brilliant, picked up on the 2nd ring 😅
        [[name:Mateus Oliveira]] 06:20
        {{OCC}} here - [[flight_number:ZP119]] left only 38 mins late on [[aircraft_registration:G-ZPKE]].
        that's a cancellation avoided. nice one both
    """)),
    ("aviation", "near_miss", block("""
        Positioning chronology - [[date:22 March 2024]]
        14:05  {{crew control}} books {{SCCM}} [[name:Teodora Ilieva]] and {{CC}} [[name:Jamal]]
               to {{position}} on [[organisation:Alba Regional]] [[flight_number:AB3306]]
        14:20  tickets issued - for [[date:23 March]] (wrong day in the booking tool)
        16:30  {{hotel desk}} ([[name:Niamh]]) books rooms and sees the arrival date clash
        16:35  [[name:Niamh]] flags to {{duty controller}} [[name:Fernando]]
        16:50  re-booked onto [[flight_number:AB3302]] same day, seats confirmed
        Outcome: without the catch, [[flight_number:ZP940]] next morning would have had no
        {{SCCM}} - {{minimum cabin crew}} not met, likely cancellation.
        Learning: the partner booking tool defaults to "tomorrow" after 14:00. Raised with
        [[organisation:Alba Regional]] {{interline}} desk, ref [[case_reference:IL-55821]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rohan Mehta]]
        To: [[email:crewcontrol@zephyrairways.co.uk]]
        Date: [[date:Sun 24 Mar 2024]] 03:41
        Subject: No rooms - [[organisation:Rookwood Lodge Hotel]]

        Crew control,
        Six of us (crew of [[flight_number:ZP577]]) arrived at the hotel at 01:50 and there was no
        booking under [[case_reference:RLH-88213]] or under my name. Night porter said the booking
        had been cancelled on [[date:Friday 22nd]] by "{{crew control}}". We waited 1 h 20 in
        reception until rooms were found. Our {{rest}} is now below minimum for tomorrow's
        report of 11:05. I am not fit to operate at that time and will need the report
        pushed back. {{ASR}} to follow.

        Regards,
        [[name:Rohan Mehta]]
        {{Captain}} {{A321}} | Crew code [[name:RMH]]
        Mob [[phone:07700 900417]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript - company frequency, [[date:30/03/24]] 19:42 (from {{OCC}} recording)
        CC:   [[flight_number:Zephyr 412]], {{crew control}}.
        [[flight_number:412]]:  Go ahead.
        CC:   [[flight_number:Zephyr 412]], with the new {{CTOT}} of 20:55 you'll need about 1 h 40
              of {{discretion}} to get back. Can you accept?
        [[flight_number:412]]:  Negative. Max {{discretion}} is 2 hours but we've already used 50 mins. We'd be
              over. Confirm you've done the calc from actual report?
        CC:   Stand by... Apologies, confirmed. We'll nightstop you. {{Hotel}} booking to follow.
        [[flight_number:412]]:  Copied. Crew staying with [[aircraft_registration:G-ZPNA]], {{Captain}}
              [[name:Ngata]].
        Reporter's note ([[name:Giulia Romano]], {{controller}}): I used the planned report time.
        The {{commander}} caught it. Same error as the {{MOR}} from earlier this month.
    """)),
    ("aviation", "success", block("""
        {{Fatigue Safety Action Group}} - minutes
        Date: [[date:4 April 2024]]   Location: {{OCC}} {{briefing room}}
        Present: [[name:Lars Eriksen]] ({{Head of Crew Planning}}, chair), Capt [[name:Mark Ellery]]
        ({{BALPA}} rep), [[name:Joanne]] "[[name:Jo]]" [[name:Price]] ({{cabin crew}} rep),
        Dr [[name:Anh Tran]] ({{fatigue scientist}}), [[name:Pádraig Ó Sé]] ({{crew control}})
        Apologies: [[name:Wiremu]], [[name:Amber Castellanos]] ({{Safety Manager}})
        1. Late-to-early swaps: since the rule change on [[date:1 March]] requiring {{crew}}
           consent, {{fatigue reports}} linked to roster changes fell from 14 to 3 a month.
           [[name:Pádraig]] presented the {{AIMS}} report. Group agreed this is working.
        2. Report [[case_reference:FR-2024-0317]] closed - rule change addresses it.
        3. {{Hotel standby}}: [[name:Jo]] asked for quiet rooms away from the lifts. [[name:Mark]]
           supported. Action: {{hotel desk}} to add to the contract spec.
        Next meeting: [[date:2 May]].
    """)),
    ("aviation", "incident", block("""
        STANDBY CALL-OUT LOG - {{home standby}} - [[date:06/04/2024]]
        Crew  | Name               | SBY window  | Called  | Duty
        [[name:PKS]]   | [[name:Priya Kaur Sandhu]]  | 04:00-12:00 | 05:10   | [[flight_number:ZP201]]
        [[name:WJH]]   | [[name:Will Hartley]]       | 04:00-12:00 | 07:35   | [[flight_number:ZP655]]
        [[name:FAD]]   | [[name:Faisal Al-Dosari]]   | 12:00-20:00 | 12:40   | [[flight_number:ZP318]]
        [[name:CMU]]   | [[name:Ciara Mulligan]]     | 04:00-12:00 | 12:25   | [[flight_number:ZP744]]
        Note from {{duty controller}}: [[name:Ciara]] ([[name:CMU]]) was called out 25 mins AFTER her
        {{standby}} ended - the call should have gone to [[name:FAD]]. She accepted because she
        thought she had to. This is a breach of our {{FTL}} scheme and the {{CAA}}-approved
        {{ops manual}}. Duty was reassigned before report; she was released. {{ASR}} raised.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp export - "ZP Crew Control ✈️ 🙃"
        [[date:12/04/24]], 21:14 - [[name:Gabe]]: can someone ring [[name:Lucy Fenwick]] and move
        her to the 06:10, her number's [[phone:07700 900288]]
        [[date:12/04/24]], 21:16 - [[name:Sofia Petrov]]: done, she's ok with it
        [[date:12/04/24]], 21:30 - [[name:Tariq]]: hang on, [[name:Lucy]] was on {{late}} tonight,
        landed 23:55 on [[flight_number:ZP1046]], 06:10 gives her less than {{min rest}}
        [[date:12/04/24]], 21:31 - [[name:Sofia Petrov]]: 🙈 {{AIMS}} wasnt updated with her
        delay. i'll ring her back
        [[date:12/04/24]], 21:40 - [[name:Tariq]]: and we really shouldnt be doing roster changes on
        WhatsApp - it doesnt go through the legality check
        Reported by [[name:Tariq Hussein]], {{Crew Control Supervisor}}.
    """)),
    ("aviation", "near_miss", block("""
        CREW CONTROL HANDOVER - nights -> earlies, [[date:Tue 16 Apr]]
        * [[aircraft_registration:G-ZPRT]] {{AOG}} at the outstation ({{hydraulic leak}}),
          crew of [[flight_number:ZP881]] nightstopping at [[organisation:Hotel Castell Mar]]
        * [[name:Nikolai]] ({{FO}}) called in sick 03:10, replaced by {{airport standby}}
          [[name:Anjali]]
        * {{positioning}} for [[name:Seamus]] + [[name:Abena]] on [[flight_number:ZP115]]
          NOT confirmed - check {{passenger load}}, was full at midnight
        * {{fatigue}} call from capt [[name:Brennan]] at 02:40 - removed from 06:00 duty, see
          [[case_reference:FR-2024-0402]]
        * NEAR MISS: the {{AOG}} crew's pick-up was on the handover sheet for 07:00 but the hotel
          had it as 05:00 (old time). [[name:Fatma]] rang the hotel at 04:45 and fixed it -
          crew would have been woken 2 h early into {{WOCL}}.
        Handed over by: [[name:Fatma Demir]] / Received: [[name:Josh]]
    """)),
    ("aviation", "success", prose("""
        On [[date:19 April 2024]] storms closed our main base for three hours in the afternoon
        and 23 flights were diverted or delayed. The {{crew control}} team, led by
        [[name:Oksana Hrytsenko]], re-planned 41 crew members across 17 duties without a single
        {{FTL}} exceedance. [[name:Oksana]] split the room into a {{legality}} desk, a
        {{positioning}} desk and a {{hotel}} desk, and kept a live whiteboard of every crew's
        {{FDP}} end time. Four crews were {{positioned}} by coach and two by the
        [[organisation:Northway Rail]] sleeper, and the {{hotel desk}}
        ([[name:Kofi Asante]]) found 62 rooms by 22:00. Only two flights,
        [[flight_number:ZP403]] and [[flight_number:ZP404]], were cancelled, and both were
        protected onto partner flights. The {{Flight Ops Director}} has asked for the desk
        model to be written into the {{disruption plan}}.
    """)),
    ("aviation", "incident", prose("""
        crew pick up for [[flight_number:ZP267]] was booked for 04:15 instead of 03:15 by the
        out of hours {{transport}} co. [[name:siobhan]] (me) sent the wrong time on the
        [[date:20/4]] transport sheet - copy paste from the day before. crew waited, then got
        their own taxis, reported 35 mins late, aircraft [[aircraft_registration:G-ZPKE]] went
        1h05 late + slot missed. capt [[name:okafor]] had to start {{discretion}} before they'd
        even left the ground. also the {{SCCM}} paid for her taxi on her own card, needs
        refunding asap. i now double check transport sheets against {{AIMS}} before sending.
        incident ref [[case_reference:OCC-24-0855]]
    """)),
    ("aviation", "near_miss", block("""
        CREW QUALIFICATION ALERT - near miss
        Crew member: [[name:Hyun-woo Park]]    Crew code: [[name:HWP]]    Rank: {{Captain}}
        Base: {{main base}}          Fleet: {{A320}}/{{A321}}
        Issue: rostered to operate [[flight_number:ZP602]] on [[date:28/04/2024]]. His
        {{Class 1 medical}} expired [[date:27/04/2024]]. The new certificate had been done but
        not uploaded to {{AIMS}}, so the {{crew qualification}} check showed green from the old
        record's {{grace}} flag.
        Found by: [[name:Grace Ndiaye]] ({{Crew Records}}) on a manual audit, [[date:25/04]].
        Action: certificate uploaded [[date:26/04]], {{legality}} check re-run, nothing operated.
        Root cause: the grace flag should never apply to medicals. Ticket raised with the
        {{AIMS}} vendor, ref [[case_reference:INC-778201]].
    """)),
    ("aviation", "success", block("""
        Thank you note - to the {{hotel desk}} 💐

        [[name:Bea]] and [[name:Ikechukwu]] -
        when our crew of [[flight_number:ZP950]] got stuck at the outstation on [[date:Sat 27th]]
        with the {{AOG}} on [[aircraft_registration:G-ZPNA]], you had us in a hotel within 40
        minutes at 1am, with food and a late checkout so we could get proper {{rest}}. It made a
        huge difference - nobody had to file a {{fatigue report}} for the next day's ferry flight.
        From the crew - Capt [[name:Morales]], {{FO}} [[name:Shreya]],
        [[name:Lotte]], [[name:Sione]], [[name:Bex]] and [[name:Rocky]] xx
        ({{cabin crew}})
    """)),
    ("aviation", "incident", prose("""
        On [[date:3 May]] two cabin crew were positioned by taxi from base to the outstation for
        a {{standby}}. The booked taxi, [[vehicle_registration:KX19 LMT]] from
        [[organisation:StarLine Cars]], arrived with a driver who told the crew he had already
        been driving for 12 hours. During the journey he was using his phone and drifted across
        lanes twice on the {{motorway}}. The {{SCCM}}, [[name:Hope Mwangi]], asked him to stop at
        the {{services}} and called {{crew control}}; [[name:Ali]] arranged a replacement car
        ([[vehicle_registration:LR70 HJU]]) within 30 minutes. Both crew arrived safely but their
        {{standby}} start was delayed. We have suspended [[organisation:StarLine Cars]] pending
        review and our {{supplier}} checks did not cover {{driver hours}}. Ref
        [[case_reference:OCC-24-0930]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Dominika Zielińska]] <[[email:d.zielinska@zephyrairways.co.uk]]>
        To: {{Crew Control Supervisors}}
        Date: [[date:14 May 2024]]
        Subject: Two [[name:Khan]]s - wrong crew called out

        Hi both,
        At 05:20 today I called out [[name:Imran Khan]] ({{FO}}, code [[name:IKH]]) from
        {{home standby}} for [[flight_number:ZP322]]. The {{standby}} on the list was actually
        [[name:Irfan Khan]] (code [[name:IRK]]), also an {{FO}}. [[name:Imran]] was on a
        {{day off}} after a late and had only had 5 hours sleep, but said yes. I noticed when
        I went to update {{AIMS}} and rang him back within 4 minutes; [[name:Irfan]] took the duty.
        Please can we call by crew code, not surname, on the phone script.
        Thanks,
        [[name:Dom]]
        {{Crew Controller}} | [[organisation:Zephyr Airways]] | [[phone:0113 496 0248]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind332", REPORTS))
