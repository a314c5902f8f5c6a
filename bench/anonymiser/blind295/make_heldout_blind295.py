"""Held-out blind corpus 295: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) as practitioners
type them into a confidential reporting system. Three settings:

- social_care (17): a safeguarding front door (contact, referral, MASH screening, EDT);
- health (17): a hyper-acute / acute stroke unit (thrombolysis, swallow screens, falls, TTOs);
- aviation (16): business jet charter (ops control, FBOs, crews, tech log, RT).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with name handles, handover notes,
minutes with attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you
notes. All people, organisations, places and numbers are invented; NHS numbers pass mod-11.

`[[label:value]]` marks an identifier and `{{term}}` a must-not-redact mention (roles,
agencies, frameworks, clinical terms, drugs, aircraft types, generic days and times).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind295.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        front door notes - contact in {{11:40}} from [[organisation:ashgrove academy]] {{DSL}} re yr 9
        girl [[name:kayleigh]] ([[age:14yo]]) who told her {{form tutor}} at lunch that {{mums}} bf hit
        her with a belt last nite. i opened the contact on {{Mosaic}} but searched by surname + addr
        only and it autofilled her cousin [[name:kayla brennan]] who lives at the same house
        [[address:14 Tannery Row]] since the 2 families moved in 2gether. so the {{strat disc}}
        request + police checks went out under [[case_reference:CR-88214]] ([[name:kayla]]) not
        [[case_reference:CR-88271]]. {{team manager}} [[name:Sunny]] spotted the age didnt match the
        {{chronology}} abt 2hrs later & we re-sent, no harm to child as {{MASH}} police hadnt actioned
        it yet but the strat was delayed til after school finished. lesson - always search by {{DOB}}
        not addr, esp {{HMO}} / shared households. sorry for typos writing this on the hoof
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 7 March]] the {{front door}} received a contact from
        [[organisation:Millbrook Surgery]]. Dr [[name:Farah Siddiqui]] reported that a
        [[age:3-year-old]], [[name:Maisie-Rose Hallett]], had been brought in by her mother with
        bruising to the left ear and cheek, explained as a fall from a sofa. The contact was initially
        screened by an {{Advanced Practitioner}} as "{{Universal}} - advice given" because the address
        on the contact ([[address:Flat 3, 22 Osier Lane]]) did not match any open record. Before
        closure, {{business support}} ran the routine sibling check and found that an older brother,
        [[name:Jaxon Hallett]], had been subject to a {{child protection plan}} at a previous address
        until [[date:June 2022]]. The contact was re-screened and, because bruising to the ear is a
        {{TEN-4}} site, it went to a {{strategy discussion}} the same afternoon and a {{CP medical}}
        was arranged. Ms [[name:Hallett]] was seen with the children that evening. Contributory
        factor: screening relied on an address match and did not search the mother's or siblings'
        names. Recommendation: every contact involving an injury to an under-5 is checked against
        all household names before a {{RAG}} rating is given.
    """)),
    ("social_care", "success", block("""
        SHOUT OUT 🎉
        Massive thank you to [[name:Hope]] in {{business support}} on the {{front door}} this week.
        On [[date:Tues 12th]] she noticed that two contacts that came in 40 mins apart - one from the
        {{ambulance service}} and one from [[organisation:St Columba's RC Primary]] - were about the
        same family even though the child's name was spelt differently ([[name:Eilidh]] /
        [[name:Ayla]]) and one had the old address. She linked them, flagged to the {{duty manager}}
        and the case went straight to a {{strategy discussion}} instead of sitting as two separate
        {{Early Help}} contacts. That's exactly the professional curiosity {{Working Together}} talks
        about. Also thanks to [[name:Grace]] and [[name:Bilal]] for turning the {{MARAC}} research
        round before 5.
        Nominated by [[name:Dev]] ({{Team Manager}}, {{MASH}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Tomasz Wiśniewski]] <[[email:t.wisniewski@harrowfield.gov.uk]]>
        To: Front Door Managers
        Sent: [[date:19 February 2024]] {{16:52}}
        Subject: Incident - outcome letter e-mailed to wrong parent

        Hi all,

        Logging this as an incident under the {{information governance}} process (IG ref
        [[case_reference:IG-2024-0117]]).

        Following the {{MASH}} outcome for [[name:Noah Pike]] ([[case_reference:LCS 4471920]]) the
        outcome letter was meant to go to his mother, Ms [[name:Lindiwe Mthembu]], at
        [[email:lindiwe.m82@fastmail.co.uk]]. It went instead to the e-mail held for the father,
        Mr [[name:Darren Pike]], still on the record from an old {{Early Help}} episode. Mr
        [[name:Pike]] is subject to a {{non-molestation order}} and the letter contained her new
        address in [[address:Kestrel Court, Dunmere]] and the name of her {{refuge}} worker.

        Actions so far: recall attempted (failed), {{DPO}} informed, mum contacted by the {{IDVA}} and
        {{safety plan}} reviewed, police informed at {{16:30}}. Contact details now corrected.

        [[name:Tomasz]]
        {{Senior Practitioner}}, Front Door
        [[organisation:Harrowfield Council Children's Services]] | [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        Near miss - PPN not screened over weekend
        Ref: [[case_reference:NM/FD/0342]]

        Fri [[date:22/03]]
        {{23:14}}  Police attend {{DA}} incident at [[address:41 Brackenfield Road, Ottersby]]
               [[postcode:HF4 7RD]]. Victim [[name:Shannon Keough]] ([[age:26]]), suspect
               [[name:Lee Varley]]. Children present: [[name:Riley]] ([[age:6]]) and
               [[name:Ava-Mae]] ([[age:18 months]]). {{DASH}} = high.
        Sat [[date:23/03]]
        {{02:40}}  {{PPN}} submitted to the {{MASH}} inbox by PC [[name:Okafor]].
        Mon [[date:25/03]]
        {{08:55}}  {{Duty social worker}} [[name:Wren]] finds the PPN in the "{{Junk}}" folder - a new
               mail rule was filtering attachments from the police domain.
        {{09:20}}  PPN RAG'd red; {{EDT}} had not been notified over the weekend.
        {{10:05}}  Contact with Ms [[name:Keough]] via the {{IDVA}}; suspect remanded, children safe
               with {{maternal gran}}.
        {{11:30}}  IT ticket raised; rule removed.
        No harm, but a high-risk PPN sat unseen for ~54 hrs. Suggest a daily junk check at 9am and
        an EDT copy on all high-risk PPNs.
    """)),
    ("social_care", "success", block("""
        Teams export - MASH huddle chat, [[date:8 May]]
        [10:02] [[name:Grace Oyelaran-Smith]]: new one from {{HV}} - [[age:11wk]] old, {{non-mobile}},
        1cm bruise on upper arm, mum says sibling grabbed her
        [10:03] [[name:Pat Gorman]] (Police): checking now
        [10:04] [[name:Jess]] ({{MASH health}}): {{GP}} notes show one {{A&E}} attendance for "rolled
        off bed" at [[age:6 wks]]
        [10:06] [[name:Pat Gorman]] (Police): dad has a caution for assault 2019, nothing else
        [10:07] [[name:Grace Oyelaran-Smith]]: ok calling a {{strat}} for 10:30, can you both join?
        need a {{CP medical}} today under the {{bruising protocol}}
        [10:08] [[name:Jess]] (MASH health): yep will ring {{community paeds}} on call
        [10:31] [[name:Grace Oyelaran-Smith]]: strat done, {{S47}} agreed, medical 2pm at
        [[organisation:Kingsmead General]]
        Learning: contact to S47 decision in under 30 mins because all 3 agencies were on the same
        chat rather than passing e-mails.
    """)),
    ("social_care", "incident", block("""
        CONTACT / REFERRAL FORM - INCIDENT NOTE ATTACHED
        Child: [[name:Oluwaseun Adebayo-Clarke]] (known as [[name:Seun]])
        DOB: [[date_of_birth:04/11/2013]]
        NHS no: [[nhs_number:401 023 2188]]
        Ref: [[case_reference:CR-90155]]
        Address: [[address:Flat 9, Larchmont House, Weaver Street, Ottersby]] [[postcode:HF2 3NB]]
        School: [[organisation:Ottersby Park Academy]]
        Referrer: {{School Nurse}} [[name:Agnieszka Zielińska]]

        INCIDENT: when the form was keyed the DOB was entered as [[date_of_birth:11/04/2013]] (the
        school template uses US format). {{Mosaic}} then matched [[name:Seun]] to a closed
        {{Early Help}} record for a different child with the same name, and the {{CAMHS}} history
        on that record was copied into his {{Child and Family Assessment}}. Found by the allocated
        {{social worker}} on the first {{home visit}} when mum said [[name:Seun]] had never been seen by
        CAMHS. Record split, assessment corrected, {{Caldicott Guardian}} informed.
    """)),
    ("social_care", "near_miss", block("""
        FRONT DOOR HANDOVER - {{PM}} to {{twilight}}   [[date:Wed 3rd]]
        Written by: [[name:JK]]

        1. [[name:Ibrahim]] ([[age:15]]) - {{missing}} x3 this month, {{CSE}} screening tool done,
           {{amber}}. Waiting on [[organisation:Westmoor Police]] intel.
        2. [[name:Lacey]] & [[name:Tyler Dunn]] - school contact re {{neglect}}. NOT consented yet,
           {{mum}} not answering. DO NOT share w/ {{health visitor}} until consent or manager
           override.
        3. Baby [[name:Boateng]] (unborn, {{EDD}} [[date:14 June]]) - pre-birth contact from
           {{midwife}} [[name:Efua]], needs {{pre-birth assessment}} decision.

        NEAR MISS: at {{16:10}} I nearly e-mailed the whole contact for item 2 to the HV team group
        address because the consent box was still ticked from the old contact in {{Jan}}. Only
        caught it because [[name:R.B.]] asked why consent was recorded when mum hadn't picked up.
        Can we make the consent field reset on every new contact? - [[name:JK]]
    """)),
    ("social_care", "incident", block("""
        MINUTES - Front Door learning review (incident [[case_reference:INC-55830]])
        Date: [[date:2 April 2024]], {{14:00}}, {{Conference Room 2}}
        Present: [[name:Faith Mensah]] ({{Head of Service}}, chair), [[name:Bill Harcourt]]
        ({{Team Manager}}), [[name:Marek Nowak]] ({{Senior Practitioner}}), [[name:Sunny Dhillon]]
        (Police MASH {{DS}}), [[name:Ruth O'Callaghan]] ({{Named Nurse}})
        Apologies: [[name:Chioma Eze]] (Education Safeguarding), [[name:Gareth Lloyd-Price]]
        ({{LADO}})

        1. Summary. A contact from [[organisation:Brookside Nursery]] on [[date:5 March]] about a
        [[age:4yo]] with repeated unexplained injuries was closed to {{universal services}} without a
        check of the {{chronology}}. The child re-presented on [[date:20 March]] with a fractured wrist.
        2. Discussion. [[name:MN]] noted screening was done on a 3-worker shift with 61 contacts
        waiting. [[name:SD]] confirmed police held two previous {{DA}} call-outs. [[name:RO'C]] said the
        {{GP}} record showed missed immunisations.
        3. Actions. [[name:BH]] - re-audit nursery contacts closed NFA in {{Feb/Mar}} by
        [[date:19 April]]. [[name:FM]] - escalate staffing to the {{DCS}}.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. On [[date:11 January]] the {{front door}} received a {{PPN}}
        about a family who had recently arrived from Afghanistan. The {{duty social worker}},
        [[name:Nasrin Haidari]], noticed that on the police visit the [[age:12-year-old]] son,
        [[name:Farid]], had been used to interpret for his mother, [[name:Zarghona]], including
        during questions about his father's violence. Rather than ringing the mother and relying on
        [[name:Farid]] again, [[name:Nasrin]] booked a {{Dari}} telephone interpreter through
        [[organisation:LinguaLink Ltd]] and arranged a joint call with the {{IDVA}} while he was at
        school. [[name:Zarghona]] disclosed further concerns she had not felt able to raise in front
        of her son and agreed to a referral to [[organisation:Ottersby Women's Aid]]. Points of
        learning: children should never be used as interpreters in safeguarding conversations;
        interpreter costs should not be a barrier at the {{contact stage}}; and a one-line note in the
        {{case summary}} about preferred language stopped the same mistake happening again at the
        {{Child and Family Assessment}}.
    """)),
    ("social_care", "incident", block("""
        Dip sample of {{RAG}} ratings - w/c [[date:15/01/24]] - incident raised [[case_reference:DATIX 77412]]

        Contact ref | Child            | Age | Referrer              | RAG given | Audit RAG
        [[case_reference:C-30118]]    | [[name:Harvey Lomax]]     | [[age:9]]   | [[organisation:Fernlea Primary]]       | {{Green}}     | {{Green}}
        [[case_reference:C-30124]]    | [[name:Precious Ndlovu]]  | [[age:13]]  | {{School nurse}}          | {{Green}}     | {{Amber}}
        [[case_reference:C-30131]]    | [[name:Kacper W.]]        | [[age:16]]  | [[organisation:Westmoor Police]]       | {{Amber}}     | {{Red}}
        [[case_reference:C-30140]]    | [[name:Summer-Lily Gray]] | [[age:2]]   | {{HV}}                    | {{Green}}     | {{Red}}

        Auditor's note ([[name:A. Rahman]]): 3 of 4 under-rated. [[case_reference:C-30140]] (toddler,
        3rd contact in 6 wks, dad's {{substance misuse}}) should have gone to {{strat}}. All four
        were rated by the same {{agency worker}} on their second day, before any {{induction}} to our
        {{threshold document}}. Not a blame issue - a system one.
    """)),
    ("social_care", "near_miss", block("""
        Texts - EDT worker to on-call manager, Sat night [[date:27 July]]

        21:47 [[name:Mark]]: placing [[name:Tiana]] ([[age:8]]) with {{nana}} [[name:Joy]] tonight
        under {{s20}}? police have her at the station, mum arrested. [[name:Joy]] happy to have her, lives at
        [[address:6 Rookery Close]]
        21:49 [[name:Beata]]: have u done checks on the household?
        21:52 [[name:Mark]]: {{PNC}} on [[name:Joy]] clear
        21:53 [[name:Beata]]: and anyone else living there??
        22:05 [[name:Mark]]: police say {{uncle}} [[name:Dwayne]] stays most nights. he's flagged -
        conviction for {{sexual assault}} of a child 2016
        22:06 [[name:Beata]]: then not [[name:Joy]]'s house tonight. any {{connected carers}} on file?
        22:31 [[name:Mark]]: no. {{foster carer}} Mrs [[name:Okonjo]] can take her, 15 mins away
        22:33 [[name:Beata]]: agreed. log it as a near miss pls

        Learning: {{Regulation 24}} viability checks must cover everyone in the household, not just
        the carer. {{EDT}} checklist updated.
    """)),
    ("social_care", "success", block("""
        From: [[email:frontdoor.qa@castlebridge.gov.uk]]
        To: Mr [[name:Ferreira]]
        Date: [[date:Mon 9 September]]
        Subject: Thank you - your referral on [[date:5/9]]

        Dear Mr [[name:Ferreira]],

        Thank you for the referral you made as {{Designated Safeguarding Lead}} at
        [[organisation:Holy Trinity CE Academy]] about [[name:Kyle]] and his sister [[name:Faith]].
        It was one of the clearest we have had this term: the children's own words, what had already
        been tried through {{Early Help}}, {{mum}}'s view and whether she consented, and a
        {{Signs of Safety}} style summary of worries and strengths. The {{duty social worker}} made a
        threshold decision within the hour without ringing you back. With your permission we would
        like to use an anonymised version in our {{DSL}} training.

        With thanks,
        [[name:Rosa Fairweather-Ngata]]
        {{Quality Assurance Lead}}, {{Front Door}}
        [[organisation:Castlebridge Council]]
    """)),
    ("social_care", "incident", prose("""
        incident - letter to wrong addrss. on [[date:Tuesday 14th]] i sent the {{NFA}} letter for the
        [[name:Dimitrov]] family to the old addr [[address:88 Chantry Walk]] [[postcode:CX12 3PB]] which
        is where dad ([[name:Stefan]]) still lives. mum [[name:Radka]] moved out 3 wks ago after the
        {{DV}} incident and is at her sisters now, and the letter had her new {{postcode}} in the
        body bc i copy pasted from the police {{PPN}}. dad rang the office on {{thurs}} asking "why is
        [[name:radka]] living on [[address:Sedgemoor Drive]]". told {{TM}} and {{IDVA}} straight away,
        police did a welfare visit, mum and the kids [[name:Viktor]] ([[age:7]]) and [[name:Ema]]
        ([[age:4]]) went to {{refuge}} same day. {{ICO}} breach report being done by {{IG}}. i know i
        should of checked the {{address history}} screen but we had 70+ contacts that day and no
        {{business support}} cover
    """)),
    ("social_care", "near_miss", prose("""
        Near miss: duplicate records not linked. A contact from [[organisation:Ottersby College]]
        concerned [[name:Muhammad Al-Hashimi]], date of birth [[date_of_birth:03/04/2008]], reported as
        {{missing from education}}. The screening worker searched the case management system and
        found no record. Two days later a police contact for "[[name:Mohammed Alhashimi]]", DOB
        [[date_of_birth:04/03/2008]], was matched to an existing record which showed a previous
        {{National Referral Mechanism}} referral and an allocated worker in the {{Exploitation Team}}.
        The {{business support officer}}, [[name:Kwame]], spotted the similarity because he had
        processed both contacts. The records were merged after checks with the college and the
        {{Home Office}}. Had they not been linked, the college contact would have been closed to
        {{universal services}} and the {{child criminal exploitation}} risk would not have been shared
        with the {{Designated Safeguarding Lead}}. Recommendation: fuzzy matching for transliterated
        names and for swapped day and month in dates of birth.
    """)),
    ("social_care", "success", block("""
        #frontdoor-wins ({{Slack}})
        [[name:rosie.b]]  09:12
        lovely call on the {{consultation line}} this morning from [[name:Rose]] at
        [[organisation:Little Acorns Nursery]] - worried about a [[age:2yo]] who keeps coming in
        hungry and in the same clothes. Talked it through with the {{threshold document}}: no
        injuries, {{mum}} engaging, new baby at home. Agreed it's {{Early Help}} not a {{CP}}
        referral, and [[name:Rose]] will start an {{EHA}} with mum and link in the
        {{health visitor}}.
        [[name:dan_k]]  09:20
        nice 👏 that's 4 consultations this week that didn't need a contact
        [[name:rosie.b]]  09:21
        she said she'd been scared to ring us in case we "took the kids"! took time to explain
        what the {{front door}} actually does
    """)),
    ("social_care", "near_miss", block("""
        CALL LOG - {{consultation line}}
        Date/time: [[date:16/10/2023]] {{13:25}}
        Call handler: [[name:Kofi A.]]
        Caller gave name: "[[name:Julie Marsh]], {{school nurse}}, [[organisation:Greyfriars Academy]]"
        Child asked about: [[name:Lily-Mae Sutton]], [[age:10]]
        Summary: caller asked whether [[name:Lily-Mae]] had moved to a {{foster placement}} and which
        school she now attends. Could not give a work number, said she was "on her mobile"
        ([[phone:07700 900563]]). [[name:KA]] asked for the school switchboard to call back - caller
        hung up.
        Check: [[organisation:Greyfriars]] confirm no school nurse called [[name:Julie Marsh]]. The
        number matches one held for the child's {{paternal aunt}} on the {{Child Arrangements Order}}
        file.
        Outcome: nothing disclosed. {{Placement team}} and {{IRO}} informed; police log
        [[case_reference:WP-231016-0442]].
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        bay 3 bed 2 mr [[name:kowalczyk]] ([[case_reference:K4417823]]) adm overnight w L {{MCA}}
        {{infarct}}, {{NIHSS}} 9, {{dysarthria}}. {{swallow screen}} NOT done as night staff had 2
        thrombolysis calls. on the 8am {{med round}} agency nurse gave his {{atorvastatin}} +
        {{amlodipine}} with water, he coughed n went grey, sats 86%. {{outreach}} called, {{CXR}}
        showed R lower lobe {{aspiration pneumonia}}, on {{IV abx}} now and {{NBM}}. i was nurse in
        charge, [[name:tosin]] (HCA) raised it straight away. nil by mouth sign wasnt above the bed as
        we ran out of the laminated ones. pls can we restock the signs + make the swallow screen part
        of the admission checklist. wife [[name:halina]] informed by the {{SpR}} dr [[name:adeyemi]]
        at 11ish
    """)),
    ("health", "near_miss", block("""
        Code stroke - chronology (near miss, thrombolysis dose)
        Pt: [[name:Gwendolyn Price-Ashby]], [[age:81]], {{MRN}} [[case_reference:RKG-2290415]]
        [[date:14/09]]
        {{15:02}}  Ambulance pre-alert: {{FAST}} positive, {{LKW}} {{14:20}}.
        15:18  Arrived {{ED}} resus, straight to {{CT}}. Not weighed - crew estimated 95 kg.
        15:31  {{CTA}}: no bleed, no {{LVO}}. NIHSS 12.
        15:36  Stroke {{registrar}} Dr [[name:Oyelowo]] prescribes {{tenecteplase}} from the top
               weight band using the estimate.
        15:39  {{Stroke nurse}} [[name:Cerys]] asks for the patient to be weighed on the CT trolley
               scales because she looks slight - actual weight 64 kg.
        15:41  Dose re-prescribed for the correct band, double-checked by [[name:Cerys]] and the
               {{ED pharmacist}}.
        15:43  Bolus given. {{Door-to-needle}} 25 min.
        Near miss: roughly a 40% overdose of a {{thrombolytic}} would have been given. Weigh every
        thrombolysis patient; estimated weights from handover are not good enough.
    """)),
    ("health", "success", block("""
        ⭐ GREATIX ⭐
        To: [[name:Blessing Chukwuemeka]], {{HCA}}, [[organisation:Aldous Ward]]
        From: [[name:Ffion]] ({{Ward Manager}})

        On [[date:Sunday 2nd]] during the {{14:00}} {{obs round}} [[name:Blessing]] noticed that Mrs
        [[name:Dorothy Ames]] in bed 11, admitted the day before with a {{TIA}}, was slurring and
        couldn't lift her cup with her right hand. She didn't wait for the next set of obs - she
        pressed the buzzer and put out an {{in-hospital code stroke}}. {{CT}} within 15 minutes,
        {{thrombectomy}} at [[organisation:St Aelred's Neuroscience Centre]] by 16:40, and
        [[name:Dorothy]] went home nine days later walking with a stick.

        Thank you [[name:Blessing]] - that is what {{FAST}} and "time is brain" look like in real life 👏
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Aurelio Santangelo]] <[[email:aurelio.santangelo@nhs.net]]>
        To: [[email:stroke.governance@kingsmead.nhs.uk]]
        Cc: {{Clinical Director}}; {{Radiology}} Governance
        Date: [[date:Fri 23 Feb 2024]] {{08:47}}
        Subject: Datix [[case_reference:W118842]] - delayed CTA report, thrombectomy missed

        Dear colleagues,

        Overnight on [[date:22/02]] a [[age:67-year-old]] man (NHS [[nhs_number:728 391 0468]])
        presented with right-sided weakness and {{aphasia}}, onset {{23:05}}. The plain {{CT}} was
        reported promptly, but the {{CTA}} sat unreported for 2 h 10 min because the teleradiology
        provider, [[organisation:Telerad Direct Ltd]], did not flag it as a code stroke. When read at
        {{02:05}} it showed an {{M1 occlusion}}. By then his {{ASPECTS}} had fallen and the
        {{interventional neuroradiology}} team at [[organisation:St Aelred's]] declined transfer.

        I have asked for the code-stroke flag to be mandatory on the request and for our
        {{on-call registrar}} to review CTA images directly rather than wait for a report.

        [[name:Aurelio]]
        {{Consultant Stroke Physician}}, [[organisation:Kingsmead General Hospital]]
    """)),
    ("health", "near_miss", block("""
        INCIDENT FORM (near miss)
        Patient name: [[name:Abdul Karim Miah]]
        DOB: [[date_of_birth:17.08.1946]]
        NHS number: [[nhs_number:612 580 4348]]
        Hospital no: [[case_reference:K2201987]]
        Location: [[organisation:Fenwick Ward]] ({{HASU}}), bed 6
        Date of event: [[date:30/11/2023]]
        Reported by: [[name:Łucja Kamińska]], {{Staff Nurse}}

        Description: Mr [[name:Miah]] was admitted with a {{primary intracerebral haemorrhage}}. His
        wristband had been printed from the record of an earlier patient in bed 6,
        [[name:Abdul Miah]] (different DOB), who had an {{ischaemic stroke}} with {{AF}} and was
        prescribed {{apixaban}}. The {{eMAR}} therefore showed apixaban due at {{18:00}}. I checked
        DOB verbally with his son before giving and it did not match. Not given. An
        {{anticoagulant}} in an {{ICH}} could have been fatal.
        Immediate action: new wristband, pharmacy informed, {{EPR}} records separated.
    """)),
    ("health", "near_miss", block("""
        NIGHT HANDOVER - HASU  [[date:Sat 16th]]   NIC: [[name:Mags]]
        Bed 1  Mr [[name:Osei]] [[age:72]]  L {{PACS}}, day 2 post {{thrombolysis}}. {{BP}} target
               <180/105. NBM, {{NG}} passed 19:00, pH 4.5, OK to use.
        Bed 2  [[name:Rose Whitlock]] [[age:88]]  {{TACS}}, {{end of life care}}, daughter
               [[name:Hazel]] staying overnight.
        Bed 3  [[name:Yusuf]] [[age:45]]  {{posterior circulation}} stroke, vertigo++, {{falls risk}}.
        Bed 4  Mrs [[name:Szabo]] [[age:79]]  {{ICH}} on {{warfarin}}, reversed with {{Beriplex}}, neuro
               obs hourly.

        NEAR MISS 02:10 - agency RN went to start the {{NG feed}} for bed 1 relying on the 19:00 pH
        check. Mr [[name:Osei]] had been pulling at the tape. [[name:Mags]] re-checked before the feed:
        aspirate pH 7, tube at 35 cm not 55 cm. Feed held, tube re-passed and {{CXR}} confirmed. Check
        position before every feed, not only after insertion.
    """)),
    ("health", "incident", block("""
        Stroke Unit Falls Huddle - minutes
        Date: [[date:12 June]] | Venue: {{seminar room}}, Level 4
        Attendees: Sister [[name:Norah Quigley]] (chair), [[name:Danny Ho]] ({{Physiotherapist}}),
        [[name:Aisling]] ({{OT}}), Dr [[name:Ferhat Yıldız]] ({{FY2}}), [[name:Pat]] ({{Matron}})
        Apologies: [[name:Kerry-Ann Bishop]] ({{Falls Lead}})

        Incident [[case_reference:DX-66190]] - unwitnessed fall, bed 9, [[date:09/06]] approx {{03:30}}.
        Mr [[name:Leonard Shaw]], [[age:77]], R {{hemianopia}} and {{visual neglect}}, tried to walk to
        the toilet on his blind side, hit the bedside table. X-ray: {{fractured neck of femur}},
        transferred to {{orthopaedics}}.
        - [[name:DH]]: {{bed sensor}} alarm was not plugged in; the unit has 4 sensors for 28 beds.
        - [[name:NQ]]: 2 RNs + 1 {{HCA}} on nights, bay not cohorted.
        - Dr [[name:Yıldız]]: lying/standing BP not done on admission.
        Actions: [[name:KAB]] to bid for 6 more sensors; bays with {{neglect}} patients to be cohorted
        near the nurses' station.
    """)),
    ("health", "success", block("""
        Teams - Code Stroke channel - [[date:4 Oct]]
        [13:02] [[name:Harriet Lowe]] (ED stroke nurse): pre-alert 12 mins out, [[age:59]]M, {{LKW}}
        12:30, {{FAST}}+ L face/arm, no {{anticoagulants}}
        [13:03] [[name:Ikenna Obi]] (stroke reg): CT aware?
        [13:04] [[name:Siân]] ({{CT radiographer}}): scanner held for you
        [13:15] [[name:Harriet Lowe]]: on the trolley, weighed on the ambulance stretcher 82kg, straight to CT
        [13:21] [[name:Ikenna Obi]]: no bleed, NIHSS 14, giving {{tenecteplase}} in the scanner
        [13:26] [[name:Ikenna Obi]]: bolus in. {{DTN}} 11 mins 🎉
        [13:27] [[name:Bernadette Achterberg]] ({{Consultant}}): brilliant. CTA shows {{ICA}} T -
        calling [[organisation:St Aelred's]] for {{thrombectomy}} now
        Learning: pre-alert + scanner held + weight taken in the ambulance bay = fastest DTN this year.
    """)),
    ("health", "incident", block("""
        Swallow screen within 4 h of arrival - {{SSNAP}} spot check, [[organisation:Fenwick Ward]], {{Q3}}

        Hosp no  | Patient            | Arrived            | Screened      | Notes
        [[case_reference:K3301145]] | [[name:E. Lindqvist]]      | [[date:03/08]] 10:15 | 11:02         | -
        [[case_reference:K3301298]] | [[name:Mohinder Gill]]     | [[date:04/08]] 22:40 | 05:10         | >4 h, night
        [[case_reference:K3302014]] | [[name:Agnes McBride]]     | [[date:06/08]] 14:05 | 15:00         | -
        [[case_reference:K3302230]] | [[name:Joseph Mwangi]]     | [[date:07/08]] 02:30 | 21:45         | 19 h NBM

        Incident: Mr [[name:Mwangi]] ([[case_reference:K3302230]]) was {{nil by mouth}} for 19 hours
        with no {{IV fluids}} prescribed. Creatinine rose from 88 to 164 ({{AKI}} stage 2). Only one
        nurse on the unit was {{dysphagia}} trained that day; the {{SLT}} was on leave.
        Action: train 6 more {{RNs}} in bedside screening by end of {{October}}; fluids prompt added
        to the NBM order set.
    """)),
    ("health", "near_miss", block("""
        Transcript of recorded bleep call, {{switchboard}} line 2, [[date:21/01/2024]] {{04:12}}

        ED: Hi, it's [[name:Chloe]] in {{resus}}, code stroke, [[age:70s]] lady, left-sided weakness,
        husband says last seen normal at 2am.
        Reg (Dr [[name:Banerjee]]): OK so we're in the window. CT?
        ED: On her way now.
        Reg: If CT's clear I'll thrombolyse, prep {{alteplase}}.
        ED: ...actually the husband's just said he heard her go to the bathroom at 2, he didn't see
        her. She was fine at bedtime, about 10.
        Reg: Right - so {{last known well}} is 22:00, not 02:00. That's a {{wake-up stroke}}. Hold the
        alteplase, I'll request {{MRI}} {{DWI-FLAIR}} mismatch.

        Reporter's note ([[name:Chloe]]): we nearly thrombolysed 6+ hours from LKW on a
        second-hand history. Suggest the {{ED proforma}} asks "seen or heard?".
    """)),
    ("health", "success", prose("""
        Good practice report from the stroke unit. Mrs [[name:Gurpreet Kaur Sandhu]], [[age:74]], was
        admitted with a left {{MCA}} stroke and expressive {{aphasia}}. She speaks {{Punjabi}} and
        limited English, and on the first day staff had been relying on her granddaughter,
        [[name:Simran]], who is [[age:16]], to interpret. The {{speech and language therapist}},
        [[name:Imogen Tate]], booked a face-to-face interpreter from [[organisation:Voice Bridge
        Interpreting]] for the {{aphasia}} assessment so that language difficulties caused by the
        stroke could be separated from a language barrier. She then made a picture-based
        {{communication passport}} in Punjabi and English with [[name:Simran]] and Mrs
        [[name:Sandhu]]'s son, [[name:Harjit]]. Nursing staff said it transformed {{mealtimes}}
        and {{pain assessment}}. The passport template has been shared with the {{MDT}} and the
        {{Stroke Association}} volunteer service.
    """)),
    ("health", "incident", prose("""
        tto issue - mrs [[name:o'driscoll]] dc'd [[date:fri 3rd]] w/o {{apixaban}} on the {{TTO}}
        despite new {{AF}} on {{ECG}} and {{CHA2DS2-VASc}} 5. plan in notes was start at day 14 post
        stroke (= [[date:the 8th]]) but nobody put it on the {{discharge summary}} and the {{GP}}
        letter just said "consider anticoag". [[organisation:Riverside Medical Practice]] picked it up
        when her daughter [[name:niamh]] rang asking if mum should be on a blood thinner. by then she
        had another {{TIA}} on [[date:the 11th]]. readmitted to {{AMU}}. no lasting harm but could have
        been much worse. {{FY1}} who did the summary was covering 2 wards. think we need a
        pharmacist check of every stroke dc or a "deferred meds" box on the template
    """)),
    ("health", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@kingsmead.nhs.uk]]>
        To: [[name:Femi]]; Stroke Ward Sisters
        Date: [[date:6 March]]
        Subject: Two patients called Mr [[name:Ali]] - near miss with MRI result

        Hi [[name:Femi]],

        Raising this as a near miss ([[case_reference:DX-67014]]). We currently have Mr
        [[name:Tariq Ali]] in bed 4 and Mr [[name:Rashid Ali]] in bed 14. The {{MRI}} report "no
        acute infarct - likely {{stroke mimic}}" was read out at the {{board round}} as bed 14 when it
        belonged to bed 4. The {{SHO}} had started the discharge letter for Mr [[name:Rashid Ali]],
        who has a confirmed {{lacunar infarct}}, before {{physio}} queried it. Nothing was changed on
        the drug chart.

        Can we add {{name alert}} stickers and separate the two patients' bays?

        Thanks,
        [[name:Priya]]
        {{Stroke Specialist Nurse}}
    """)),
    ("health", "success", block("""
        Learning from excellence - card received [[date:28/04]]

        "To everyone on [[organisation:Aldous Ward]],
        Dad ([[name:Winston Campbell]]) came in unable to speak or move his right side and left
        walking to the car. Special thanks to [[name:Sunny]] on nights who sat with him when he was
        frightened, [[name:Marguerite]] who always explained his tablets, [[name:Joy]] the
        {{dietitian}} who got him eating again, and the physio [[name:Will]] who never gave up.
        You treated him like family.
        Love, [[name:Carlene]] & [[name:Devon]]"

        Shared at {{safety huddle}}. Themes to keep: {{continuity}}, explaining {{medicines}}, early
        {{rehab}} and {{nutrition}}.
    """)),
    ("health", "incident", block("""
        Chronology - post-thrombolysis BP not managed ([[case_reference:SI-2023-144]])
        Patient: Mr [[name:Daniel Okoro-Reyes]], [[age:63]]
        [[date:18 Nov]]
        {{19:40}}  {{alteplase}} completed. Plan: {{BP}} <180/105 for 24 h, obs every 15 min for 2 h.
        20:00  BP 176/98.
        20:15  Obs not recorded - nurse [[name:T.M.]] at a {{cardiac arrest}} in bay 2.
        21:10  BP 212/114, headache. {{NEWS2}} 3 - not escalated (BP not scored by NEWS2 as high).
        22:25  Next obs: {{GCS}} 13, new vomiting.
        22:30  Registrar called, {{labetalol}} started.
        22:55  {{CT}}: {{symptomatic ICH}}.
        Outcome: transferred to {{neurosurgery}}; died 4 days later.
        Findings: one RN for 4 thrombolysed patients; no BP-specific escalation trigger in the e-obs.
    """)),
    ("health", "near_miss", block("""
        #stroke-pharmacy ({{Slack}})
        [[name:amira.k]]  11:05
        heads up - bed 12 ([[case_reference:K5590021]]) TTO has {{clopidogrel}} 75mg + {{aspirin}} 75mg
        with no stop date. minor stroke, so {{DAPT}} for 21 days then clopidogrel alone per {{NICE}}
        [[name:tunde.okafor]]  11:09
        good spot. he was loaded on [[date:2 May]] so aspirin should stop [[date:23 May]]. will amend
        [[name:amira.k]]  11:11
        👍 also his {{PPI}} was only added for DAPT so stop that with the aspirin
        [[name:tunde.okafor]]  11:20
        done. sorry, copied the {{TTO}} from the {{eMAR}} without reading the plan
        [[name:amira.k]]  11:22
        np - logging as a near miss so we can get a DAPT duration field in the e-discharge
    """)),
    ("health", "success", block("""
        SAFETY HUDDLE - [[organisation:Fenwick Ward]] - [[date:Tues 7 Nov]] {{08:30}}
        Present: [[name:Faith]] (NIC), [[name:Obinna]], [[name:Małgorzata]], [[name:Jun]],
        Dr [[name:Kapoor]]
        Staffing: 1 RN short on lates, bank requested.
        Falls: 0 in 48 h. Pressure ulcers: 0.
        GOOD CATCH: at 06:15 [[name:Faith]] was asked to put out a {{code stroke}} for Mrs
        [[name:Eleni Papadakis]] (bed 7), who was newly drowsy with slurred speech. Before calling she
        checked a {{capillary glucose}} - 1.9 mmol/L. {{IV glucose}} given and symptoms resolved in
        10 min. Her {{gliclazide}} had not been reduced when she stopped eating. Avoided an
        unnecessary {{CT}} and {{thrombolysis}} call-out.
        Learning: glucose check before every in-hospital code stroke ({{ABCDE}} first).
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        catering incident - [[date:sat 18th]] [[flight_number:HLX401]] [[aircraft_registration:G-HLCY]]
        ({{Challenger 350}}). lead pax booking had a {{severe nut allergy}} for his son [[name:Leo]]
        ([[age:9]]) on the {{trip sheet}}. caterer [[organisation:Cloud Kitchen Catering]] sent the std
        canape box w/ satay chicken. i checked the labels on the trays but the satay dip was in a
        separate unlabelled pot in the {{galley}} chiller. [[name:leo]] had 2 bites, lips tingling +
        blotchy. gave {{antihistamine}} from the {{first aid kit}}, {{EpiPen}} ready, captain
        [[name:Rhys]] got {{MedLink}} on the {{satphone}} - advised continue + monitor, settled in 20
        min. landed ok, mum v upset (rightly). should have opened every pot myself. cc {{cabin host}}
        lead + ops. also pls can we stop accepting unlabelled items from any caterer
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (from the {{ATC}} unit's tape) - [[date:02 Dec]], aircraft
        [[aircraft_registration:G-SKRX]], {{Phenom 300}}, callsign [[flight_number:HALCYON 41B]]

        {{1614:05}}  ATC:  [[flight_number:HALCYON 41C]], descend {{flight level}} 90.
        1614:09  [[flight_number:41B]]:  Descend FL90, [[flight_number:HALCYON 41B]].
        1614:15  ATC:  [[flight_number:HALCYON 41B]], negative, maintain FL120, that was for
                       [[flight_number:41C]].
        1614:19  [[flight_number:41B]]:  Maintain 120, [[flight_number:HALCYON 41B]], apologies.

        Narrative: I was {{PF}}. Autopilot was already selected down and we left FL120 by about 150 ft
        before the {{FO}}, [[name:Inês Carvalho]], queried the {{read-back}} and ATC corrected us. No
        {{TCAS}} alert. Our sister aircraft was 20 nm behind on the same frequency as
        [[flight_number:41C]]. Two callsigns differing only in the last letter into the same
        {{TMA}} on the same evening is a
        trap - suggest ops plan them with different numbers. {{MOR}} not required per the
        {{Safety Manager}}, internal report only.
    """)),
    ("aviation", "success", block("""
        SHOUT-OUT from the Ops Room 🙌

        Huge thanks to [[name:Will Tennant]] ({{B1 engineer}}) who on [[date:Thursday 5th]] did the
        {{walkround}} on [[aircraft_registration:G-OWTN]] after a late arrival and found a bent
        {{pitot}} probe and feathers in the {{static port}} - a {{bird strike}} the crew hadn't felt.
        The aircraft was due out at 06:00 for a 4-sector day. [[name:Will]] raised it in the
        {{tech log}}, got the spare from stores and had it changed, leak-checked and released by 05:20.
        No delay, and no unreliable airspeed over the Alps.

        Also kudos to [[name:Grace]] in {{crewing}} and [[name:Bill]] in {{stores}} who answered the
        phone at 2am. This is what a {{just culture}} looks like when it works.
        - [[name:Cath]] ({{Ops Manager}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Chloé Marchetti]] <[[email:c.marchetti@halcyonjets.co.uk]]>
        To: {{DPO}}; {{Head of Ops}}
        Date: [[date:11 August 2024]] 09:14
        Subject: Data incident - wrong passenger documents sent to handler

        Hi both,

        Yesterday ([[date:10 August]]) for [[flight_number:HLX522]] ([[aircraft_registration:M-AVLN]],
        {{Global 6000}}) I sent the {{APIS}} data and {{GenDec}} to [[organisation:Rivage Handling]]
        with the passport scans for the previous day's party (Mr [[name:Haddad]] and family, 5 pax)
        attached instead of the correct ones. The handler spotted the names didn't match and deleted
        them, and confirmed this in writing, but it is still a disclosure of special category data for
        a minor ([[age:4]]). Cause: both trips used the same {{shared drive}} folder template and I
        attached from the wrong sub-folder under time pressure.

        Happy to discuss. I've reported it on the {{SMS}} portal too.

        [[name:Chloé]]
        {{Flight Support Coordinator}}
        [[organisation:Halcyon Jet Charter Ltd]] | M: [[phone:07700 900127]]
    """)),
    ("aviation", "near_miss", block("""
        {{FDP}} near-exceedance - [[flight_number:SKR72P]] / [[aircraft_registration:G-KFOX]]
        ({{Citation XLS+}}), [[date:19 April]]

        05:30  Crew report (Capt [[name:Lukas Brandt]], FO [[name:Adaeze Nwosu]]). Max FDP 12:15.
        06:30  Pax no-show. Broker says 30 min.
        09:40  Pax arrive (3 h 10 late). Slot re-requested.
        10:25  Off blocks. Planned on-blocks 15:50, ie FDP 10:20 - OK.
        13:05  Destination {{ATC}} strike, 70 min holding advised.
        13:20  Ops duty officer [[name:Oisín]] calculates FDP would end 17:05 before {{taxi-in}} -
               beyond max without {{commander's discretion}}.
        13:25  Capt [[name:Brandt]] declines discretion: both crew awake since 03:45.
        13:50  Diverted to the planned {{alternate}}; pax onward by car.
        Near miss: original plan had no buffer for strikes published in the {{NOTAM}} that morning.
        Suggest broker is told a hard "latest departure" time for every trip.
    """)),
    ("aviation", "success", block("""
        WhatsApp - "[[organisation:Halcyon]] Crew Ops" - [[date:14/01/24]]
        [18:52] [[name:Dean Morley]]: destination {{RVR}} 250 m and dropping, {{fog}} forecast all
        night, below our {{CAT I}} minima. not departing tonight
        [18:53] [[name:Nadia]] Ops: understood. client's PA is asking if you can "just try"
        [18:55] [[name:Dean Morley]]: no. alternate also forecasting fog. happy to go 0700 tmrw
        [18:58] [[name:Nadia]] Ops: spoke to Mr [[name:Castellano]]'s PA [[name:Bea]] - not thrilled
        but accepts. hotel + {{crew rest}} sorted
        [19:01] [[name:Tom H]] ({{Chief Pilot}}): 100% right call [[name:Dean]], we back you.
        no commercial pressure on weather decisions ever.
        [19:02] [[name:Dean Morley]]: thanks [[name:Tom]]
        Learning: commander's decision supported in writing by the {{Chief Pilot}} within 10 minutes.
        Two other operators that night made three approaches each and diverted.
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Ref: [[case_reference:HJC-SR-2024-031]]
        Aircraft: [[aircraft_registration:G-OWTN]]     Type: {{Citation XLS+}}
        Flight: [[flight_number:HLX310]] (positioning)   Date: [[date:03/03/2024]]
        Location: [[organisation:Meridian Aviation Services]] {{FBO}}, {{stand}} 4
        Reporter: [[name:Ahmed Qureshi]], {{Captain}}

        Description: the aircraft was being pushed back into the hangar by the FBO's {{tug}} with
        me in the flight deck as {{brake rider}}. No {{wing walker}} was assigned on the left side. The
        left {{winglet}} contacted the hangar door frame at walking pace. Damage: winglet tip cap
        cracked, {{nav light}} lens broken. Aircraft {{AOG}} for 2 days.
        {{MOR}} filed with the {{CAA}}.
        [[organisation:Meridian]] say their wing walker was pulled to marshal a
        {{helicopter}} arrival. Our {{ground handling}} agreement does not say how many wing walkers
        are required for hangar moves. Cost approx 38k.
    """)),
    ("aviation", "near_miss", prose("""
        MEL near miss. [[aircraft_registration:2-BRRY]] ({{Learjet 45}}) had a {{wing anti-ice}}
        valve defect deferred under the {{MEL}} as a category C item on [[date:1 November]], expiring
        at the end of [[date:11 November]]. On [[date:12 November]] the aircraft was planned for
        [[flight_number:SKR118]] with forecast {{icing}} en route. The defect was still open because
        the part was held at customs. Ops planning did not see the expiry because the {{tech log}}
        summary in the planning software only shows open defects, not their expiry dates.
        [[name:Priti Venkataraman]] in {{Tech Records}} noticed it on the morning {{CAMO}} report at
        06:10 and phoned the duty captain, [[name:Gideon]], who was already doing his pre-flight.
        Aircraft not released; a swap to [[aircraft_registration:G-ZENA]] cost 90 minutes. Request:
        MEL expiry to show on the planning board in red.
    """)),
    ("aviation", "incident", block("""
        SAFETY REVIEW BOARD - minutes - [[date:21 May 2024]]
        Attendance: [[name:Joanna Wiśniewska-Hart]] ({{Safety Manager}}, chair),
        [[name:Graham Pettifer]] ({{Accountable Manager}}), [[name:Kit Adebowale]] ({{Chief Pilot}}),
        [[name:Mo Farouk]] ({{Head of Ground Ops}})
        Apologies: [[name:Bill Stroud]] ({{CAMO}}), [[name:Ruby Sato]] ({{Compliance Monitoring Manager}})

        Item 1 - [[case_reference:OR-2024-019]] fuel uplift error, [[aircraft_registration:G-KFOX]],
        [[date:12 May]].
        Crew requested 2,400 kg; the outstation fueller delivered 2,400 litres (about 1,920 kg). The
        fuel docket was in litres and was not cross-checked against the {{gauges}}. Shortfall noticed
        in the cruise on the {{FMS}} fuel prediction; crew diverted for fuel, landed with
        {{final reserve}} intact.
        [[name:KA]]: add a gauge-vs-docket check to the {{SOP}} and the {{QRH}}-style card.
        [[name:MF]]: brief all fuel agents that requests are in kg.
        [[name:JWH]]: share as a {{safety bulletin}}. {{MOR}} submitted [[date:13 May]].
    """)),
    ("aviation", "success", prose("""
        Good practice. On [[date:30 September]] during [[flight_number:HLX880]]
        ([[aircraft_registration:G-HLCY]]) a [[age:71-year-old]] passenger developed central chest pain
        and sweating 40 minutes into the flight. The {{cabin host}}, [[name:Sorcha Doyle]], gave
        {{oxygen}} and {{aspirin}} per the {{first aid}} protocol, attached the {{AED}} pads as a
        precaution and kept the flight deck updated. Captain [[name:Halvorsen]] and the {{first
        officer}}, [[name:Kwabena]], contacted {{MedLink}}, who advised an immediate diversion. They
        declared a {{PAN}}, requested priority and an ambulance, and were on the ground 22 minutes
        later. The passenger was found to have a {{STEMI}} and was stented within the hour. The
        family wrote to thank the crew. Learning points: early use of ground medical support, clear
        {{CRM}} between cabin and flight deck, and a well-stocked kit (the aspirin had been re-added
        after an audit only last month).
    """)),
    ("aviation", "near_miss", block("""
        Load sheet check - [[flight_number:SKR204]] - [[aircraft_registration:G-ZENA]]
        ({{Challenger 605}}) - [[date:17/06]]

        Seat | Pax               | Declared kg | Bags declared | Bags actual
        1A   | [[name:A. Okonkwo]]        | 85          | 20            | 41 (golf)
        1B   | [[name:Bunmi Okonkwo]]     | 65          | 20            | 38 (golf)
        2A   | [[name:Sebastián Ruiz]]    | 90          | 20            | 44 (golf)
        2B   | [[name:Hugo Ruiz]] ([[age:14]]) | 55     | 10            | 35 (golf)
        3A   | [[name:Marcus Trent]]      | 95          | 20            | 29
        3B   | [[name:Liv Trent]]         | 60          | 20            | 26

        Near miss: the {{load sheet}} used declared bag weights (110 kg), actual 213 kg, all in the
        aft {{baggage hold}}. FO [[name:Tamsin]] thought four {{golf bags}} looked heavy and asked the
        handler to weigh them. Re-calculated {{CG}} was within limits but close to the aft limit.
        Declared weights are not good enough for sports equipment - weigh it.
    """)),
    ("aviation", "near_miss", block("""
        OPS CONTROL HANDOVER  day -> night  [[date:Fri 9 Aug]]
        - [[aircraft_registration:G-HLCY]] back at base, tech log clear, {{GPU}} on.
        - [[flight_number:HLX605]] 20:30 dep with Mr & Mrs [[name:Delacroix-Whyte]] + nanny, {{PPR}}
          confirmed, catering loaded.
        - [[aircraft_registration:M-AVLN]] positioning in, {{ETA}} 21:15, crew [[name:JB]]/[[name:SL]].

        NEAR MISS at 17:40: client chauffeur (black Range Rover [[vehicle_registration:LR21 KXP]]) was
        waved {{airside}} by FBO security without an escort or {{airside driving permit}}, drove onto
        the {{apron}} and passed within about 3 m of [[aircraft_registration:M-AVLN]]'s left wing as it
        taxied onto stand. Marshaller stopped the aircraft. Raised with
        [[organisation:Meridian Aviation Services]] duty manager [[name:Sandeep]] - he says security
        thought we had pre-booked an escort. We hadn't. Please do not offer "car to aircraft" to any
        client until [[organisation:Meridian]] confirm the escort process in writing.
        - [[name:Hannah L-B]]
    """)),
    ("aviation", "success", block("""
        Subject: Thank you - [[flight_number:SKR9Q]] on [[date:24 Dec]]

        Dear [[name:Karim]],

        A quick note to thank you and the team at [[organisation:Atlas Executive Handling]] for
        [[flight_number:SKR9Q]] on [[date:Christmas Eve]]. With heavy snow and only one {{de-icing}} rig
        working, you got our {{Type IV}} {{anti-icing}} done within the {{holdover time}} and moved
        us up the queue when the crew explained their {{FDP}} limit. Your agent [[name:Yasmin]] also
        noticed that a passenger had left her {{insulin}} pen in the lounge and ran it out to the
        aircraft before the door closed. The crew and client were full of praise.

        Merry Christmas to you all.

        Best regards,
        [[name:Hannah Lindgren-Booth]]
        {{Ops Controller}}, [[organisation:Skyreach Executive Aviation]]
        T: [[phone:+44 1632 960771]] | [[email:ops@skyreach-exec.co.uk]]
    """)),
    ("aviation", "near_miss", block("""
        #ops-planning ({{Slack}})
        [[name:joe.mensah]]  06:40
        FPL filed for [[flight_number:SKR330]] 0830 dep
        [[name:faith_o]]  06:52
        @[[name:joe.mensah]] which reg did you file? {{Eurocontrol}} ack shows
        [[aircraft_registration:G-SKRZ]] but the trip is on [[aircraft_registration:G-SKRX]]
        [[name:joe.mensah]]  06:55
        😬 copied last night's {{ATC flight plan}} and didn't change item 18.
        [[aircraft_registration:SKRZ]] is in the hangar for its {{C-check}}
        [[name:faith_o]]  06:56
        cancel + refile pls, and check the {{SELCAL}} and {{PBN}} fields too, they're different
        aircraft fit
        [[name:joe.mensah]]  07:04
        refiled, {{ACK}} received, crew briefed
        [[name:faith_o]]  07:05
        ta. logging it on the {{SMS}} - a second pair of eyes on flight plans would've caught it
    """)),
    ("aviation", "incident", block("""
        Cabin smoke event - chronology - [[case_reference:HJC-SR-2024-058]]
        [[date:7 July]] - [[flight_number:HLX217]] - [[aircraft_registration:G-HLCY]] - 6 pax, {{FL410}}
        14:22  Cabin host [[name:Sorcha Doyle]] smells burning plastic near seat 3B.
        14:23  Smoke from the {{seat pocket}}. Passenger Mr [[name:Jordan Vale]] says his {{vape}}
               and a spare {{power bank}} are in there.
        14:23  [[name:Sorcha]] informs the flight deck, puts on {{fire gloves}}, uses the water
               {{extinguisher}}, moves the items into the {{containment bag}} and douses them.
        14:25  Captain [[name:Rhys Pritchard]] declares {{PAN PAN}}, descends, runs the {{QRH}}
               smoke checklist.
        14:41  Smoke clear; continued to destination with the bag monitored.
        15:10  Landed, met by the {{RFFS}}. No injuries; seat pocket and cushion scorched.
        Findings: pax were not briefed on {{lithium battery}} rules at boarding, and the
        {{dangerous goods}} card sits in the same seat pocket. {{MOR}} filed.
    """)),
    ("aviation", "success", prose("""
        quick one for the {{safety team}} - want to big up [[name:ines]] (FO) for
        [[flight_number:HLX77]] on [[date:the 4th]]. i was {{PF}}, {{ATC}} kept us high on the approach
        and at 500ft we were +25kt and 1.5 dots high on the {{glideslope}}. [[name:ines]] called
        "unstable, go around" exactly like the {{SOP}} says and i went round. 2nd approach was fine.
        honestly i was about to press on - classic {{plan continuation bias}} and im the one with
        9000 hrs. she's been with us 4 months and still called it on a {{captain}} old enough to be
        her dad. pls use this in {{CRM}} training (with her ok). also the {{stabilised approach}}
        criteria card on the {{flight deck}} is the old version, needs updating. - [[name:rp]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind295", REPORTS))
