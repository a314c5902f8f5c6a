"""Held-out blind corpus 253: UK incident, near-miss and learning reports, written blind.

Fifty reports as front-line staff type them into a confidential reporting system, in three settings:

- social_care (17): a multi-agency safeguarding hub (MASH) front door - contacts from schools and
  police, threshold decisions, strategy discussions and consent;
- health (17): a district nursing team - wound care, insulin visits, pressure ulcers, end-of-life
  visits, key safes and lone working;
- aviation (16): a helicopter offshore shuttle operator - North Sea installations, HUET training,
  passenger manifests, weather holds and helideck crews.

Styles are deliberately mixed: rushed lower-case notes, formal narratives, timed chronologies, forms
with Name/DOB/Ref/Address fields, e-mails with headers and signatures, Teams/WhatsApp/Slack exports
with handles, handover notes, minutes with attendance and apologies, pipe-separated tables, RT
transcripts, shout-outs and thank-you notes. Every person, organisation, place and number is
invented. Identifiers are marked `[[label:value]]`; must-not-redact mentions `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind253.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
        contact came in {{08:40}} from [[organisation:st aidans RC primary]] re [[name:kayden]] ([[age:6yo]]) - bruise L
        cheek, told {{TA}} 'daddy done it wiv the remote'. {{DSL}} mrs [[name:o'neill]] emailed the {{duty inbox}}
        instead of ringing. nobody picked it up til {{11:55}} bc whole {{front door}} was in the {{MASH}} meeting n no1
        covering the inbox. by then school had let him go home at lunch w dad (half day, {{INSET}} pm). rang police, log
        [[case_reference:CAD-4471-1203]], {{strategy discussion}} 14:10 w DC [[name:jarvis]], {{s47}} agreed.
        [[name:kayden]] seen at home 16:30 by [[name:priya]] + [[name:dele]], safe, {{mum}} back by then. no harm but we
        lost 3 hrs. need someone named on the inbox during meetings pls!! ref [[case_reference:MASH-25-00871]]
    """)),
    ("social_care", "near_miss", block("""
        CONTACT RECORD - {{MASH}} FRONT DOOR
        Ref: [[case_reference:MASH/24/05512]]
        Child: [[name:Amara Nwosu-Kelly]]
        DOB: [[date_of_birth:17/09/2011]] (age [[age:12]])
        Address: [[address:Flat 3, 22 Wainwright Close, Northmoor]] [[postcode:NM4 2QT]]
        School: [[organisation:Harrowfield Academy]]
        Referrer: Mr [[name:Deshawn Pryce]], {{Head of Year}} 8
        Parent: [[name:Chidinma Nwosu]] ({{mum}})
        Parent aware of referral: Y
        Consent: Y (per referrer)

        Near miss note: on call-back Mr [[name:Pryce]] said he had NOT actually spoken to {{mum}}; the box was ticked
        because the form defaults to Y. Case was about to go to {{Early Help}} with consent assumed. Picked up at
        the {{threshold}} check by [[name:Hope]] ({{Team Manager}}). No {{significant harm}} indicators so consent is
        needed; [[name:Hope]] rang [[name:Chidinma]] on [[date:9 April]] and she agreed. Asked IT to remove the
        default on the {{online referral form}}.
    """)),
    ("social_care", "success", block("""
        [{{Teams}}] {{MASH Front Door}} > General
        [[name:Ifeoma Chukwu]]  16:02
        big shout out to [[name:Grace]] on the {{police desk}} today. {{PPN}} came in overnight for [[address:14 Linnet Way]]
        (surname [[name:Barczak]]) and she remembered a school contact from this morning for a different surname at the
        same address - [[name:Mila]] ([[age:7]]) at [[organisation:Fernbrook Primary]]. linked them, {{strategy discussion}}
        pulled forward to {{13:00}} instead of tomorrow
        [[name:Rafa Mendes]]  16:05
        +1 DS [[name:Whitlock]] said it was the quickest joined-up {{s47}} decision she's had from us
        [[name:Grace Oduya]]  16:09
        aw thanks both. honestly it was the {{MARAC}} flag on {{LCS}} that made me look twice
    """)),
    ("social_care", "incident", prose("""
        On [[date:21 January]] a {{strategy discussion}} was held for [[name:Tomasz Wójcik]] ([[age:13]]) following a
        disclosure to a {{youth worker}} at [[organisation:The Junction Youth Project]]. Attendees were the {{MASH}}
        {{social worker}}, DS [[name:Arkwright]] and the {{0-19 practitioner}}. Education was not invited because the
        {{DSL}} line at [[organisation:Castlegate High]] went to voicemail and no alternative contact was tried. It later
        emerged that [[name:Tomasz]]'s younger sister [[name:Zofia]] ([[age:9]]) had three concerns logged on {{CPOMS}} at
        [[organisation:Castlegate Primary]], including a comment about {{dad}}'s drinking, which would have changed the
        decision from {{single agency}} to a joint {{Section 47}}. The decision was revisited on [[date:23 January]].
        Learning: the {{front door}} should try the deputy {{DSL}} or the school office before proceeding without
        education, and the minutes should record why a partner was absent.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Will Ashdown]] <[[email:will.ashdown@northmoor.gov.uk]]>
        To: {{MASH Managers}}
        Sent: [[date:Tue 14 May 2024]] 17:48
        Subject: near miss - outcome letter nearly to wrong parent

        Hi all,
        Flagging a near miss from today. The {{NFA}} outcome letter for [[case_reference:MASH/24/06130]] was generated
        to the address on the child's record, which is {{dad}}'s ([[name:Gareth Lomax]], [[address:9 Pit Lane, Cresswell]]).
        There is a {{non-molestation order}} and {{mum}} and the children moved to a {{refuge}} in {{March}}. Our admin
        [[name:Bernadette]] noticed the {{DA marker}} and held it back before it went into the post tray.
        Root of it: the {{address history}} on {{LCS}} wasn't updated from the {{IDVA}} referral. Can we add an
        address check to the closure step please?

        Thanks
        [[name:Will]]

        [[name:Will Ashdown]] | {{Senior Practitioner}} | [[organisation:Northmoor Children's Services]]
        [[phone:01632 960447]]
    """)),
    ("social_care", "success", block("""
        STRATEGY DISCUSSION - MINUTES
        Date: [[date:03/06/2024]]  Time: {{10:30}} ({{Teams}})
        Child: [[name:Lily-Mae Hartigan]] ([[age:8]]), ref [[case_reference:MASH/24/07741]]
        Present: [[name:Faith Adeyemi]] (Chair, {{Team Manager}}); DC [[name:Lochlan Reid]] ({{CAIT}});
        [[name:Sunita Rao]] ({{Named Nurse}}, [[organisation:Kingsmere Hospital]]); [[name:Mark Tobin]] ({{DSL}},
        [[organisation:Oakfield Junior School]])
        Apologies: Dr [[name:Ahmed]] ({{GP}}, [[organisation:Beck Lane Surgery]])
        Summary: [[name:Lily-Mae]] told her class teacher that {{mum}}'s boyfriend 'locks her in the bathroom'. Police
        have no record of the boyfriend under the name given.
        Outcome: {{Section 47}} single agency, visit today. {{Achieving Best Evidence}} interview not needed yet.
        What went well: although Dr [[name:Ahmed]] could not attend, the surgery sent a written {{health chronology}}
        by 09:45 so the meeting had {{GP}} information, and [[name:Mark]] brought the child's own words verbatim
        (recorded on {{CPOMS}} at the time).
    """)),
    ("social_care", "incident", block("""
        Chronology - learning review (draft)  [[case_reference:LR-2024-019]]
        [[date:02/11]] 23:14  {{PPN}} from police: verbal argument at [[address:41b Sefton Row]], [[name:Shauna Bright]]
                      and partner [[name:Connor Mulgrew]], baby [[name:Ruby]] ([[age:4 months]]) present. Graded
                      {{standard}} (no injury).
        [[date:03/11]] 09:20  {{PPN}} triaged by {{MASH}} {{police desk}}, {{RAG}} amber, {{Early Help}} info letter.
        [[date:03/11]] 15:00  No check of [[name:Connor]]'s history - 2 prior DA incidents with a previous partner in
                      another force area.
        [[date:05/11]] 02:40  Second call, [[name:Shauna]] assaulted, baby in the room. [[name:Connor]] arrested.
        [[date:05/11]] 08:55  {{strategy discussion}}, {{s47}}, {{safety plan}} with {{maternal grandmother}}.
        Issue: {{RAG}} done on the single incident; cross-border {{PND}} check not done as per the triage guide.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat export - [[name:Jo Kaminski]], [[name:Sunny Bhatt]] - [[date:11/07/2024]]
        [[name:Jo Kaminski]] 11:02: school {{DSL}} at [[organisation:Riverside Free School]] says she can WhatsApp me a
            photo of the injury lol, shall i give her my number
        [[name:Sunny Bhatt]] 11:03: nooo don't! not on a personal phone. ask her to upload to the {{secure portal}}
        [[name:Jo Kaminski]] 11:03: ugh ok the portal was down earlier tho
        [[name:Sunny Bhatt]] 11:05: then get her to describe it + do a {{body map}}, we'll get the photo properly
            later. {{GDPR}} nightmare otherwise
        [[name:Jo Kaminski]] 11:06: fair. logging it as a {{near miss}} so [[name:Rosa]] knows the portal's flaky
    """)),
    ("social_care", "success", block("""
        Dear [[name:Joy]],

        Just a quick note from all of us on the {{front door}} to say thank you for your referral about [[name:Aarav]]
        ([[age:11]]) last week. You gave us his words exactly as he said them, what you had already tried, that you
        had talked to {{dad}} and he agreed to the referral, and a clear {{Signs of Safety}} picture of what a good day
        looks like for him. It meant the {{duty social worker}} could make a {{threshold}} decision in under an hour
        and get {{Early Help}} out to the family the same day rather than another round of calls.

        It's exactly the kind of referral we use in {{induction}} for new staff (anonymised, don't worry!).

        With thanks,
        [[name:Pat]] and the {{MASH}} team, [[organisation:Northmoor Children's Services]]
        cc: Mrs [[name:Delaney]], {{Headteacher}}, [[organisation:Brookside Primary]]
    """)),
    ("social_care", "incident", prose("""
        [[date:18/03]] contact frm [[organisation:Hollins Park Academy]] re [[name:bogdan popescu]] [[age:14]], not in
        school 3 wks. school said {{mum}} ([[name:oana]]) told them fam had moved to another {{LA}}. contact {{NFA}}'d
        same day as 'moved out of area', nobody checked w the other LA or the {{CME}} officer. [[date:15/04]] police
        {{missing episode}} - he was found in town, fam actually moved 2 streets away to [[address:7 Ferris Court]]
        [[postcode:NM2 8LD]]. never left the area. 4 wks lost, no education, and now {{CCE}} concerns (seen w older
        lads, new phone, cash). {{strategy discussion}} held, {{NRM}} being considered. learning: cant close as
        'moved' w/o verifying - ring the other LA's {{front door}} + tell {{CME}}. [[case_reference:MASH/25/01984]] /
        police [[case_reference:MISPER 25-3312]]
    """)),
    ("social_care", "incident", block("""
        Front door daily tracker - [[date:Wed 6 Nov]] (extract for {{incident review}})
        Ref             | Child          | Age | Source             | RAG   | Decision
        [[case_reference:MASH/24/11203]]  | [[name:T. Mensah]]      | [[age:15]]  | {{police PPN}}         | green | {{NFA}} - info only
        [[case_reference:MASH/24/11207]]  | [[name:Esme Colley]]    | [[age:3]]   | {{health visitor}}     | amber | {{Early Help}}
        [[case_reference:MASH/24/11210]]  | [[name:Idris Bakr]]     | [[age:10]]  | school             | red   | strategy
        Note: [[case_reference:11203]] was graded green by the {{police desk}} because the {{PPN}} listed
        [[name:T. Mensah]] as a witness; the narrative showed he was the one threatened with a knife by a
        [[age:17-year-old]]. Regraded red on [[date:8 Nov]] after the {{YOT}} worker rang; {{strategy discussion}} the
        same day. 48 hrs lost. Agreed: all knife-related PPNs to be RAG'd by a {{social worker}}, not the police desk
        alone.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{duty}} team, [[date:Fri 29/11]] 16:45
        From: [[name:Rob]]   To: {{EDT}} + {{Monday}} duty

        1. [[name:Keira Walsh-Obi]] ([[age:15]]) - {{missing}} since 13:00, police aware ([[case_reference:MISPER 24-8871]]).
           {{Return home interview}} needed when found.
        2. [[name:Harvey]] & [[name:Ellis Crane]] ([[age:5]] & [[age:7]]) - {{welfare check}} requested from police,
           NOT yet done. {{Mum}} not answering.
        3. [[case_reference:MASH/24/12004]] - awaiting {{GP}} info, consent given.

        NEAR MISS: this note was first saved in the closed-cases folder by mistake. {{EDT}} only found it because
        [[name:Bill]] rang at 18:10 asking about the [[name:Crane]] kids. Item 2 would otherwise have sat till
        {{Monday}}. Please use the handover template on the {{shared drive}} and ring {{EDT}} for anything live.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. A school contact came in about [[name:Feven]] ([[age:10]]), who had told her teacher
        at [[organisation:St Columba's Primary]] that she was frightened of 'the church men' visiting the home. {{Dad}},
        [[name:Yonas Tesfaye]], speaks limited English. Rather than ring him in English or use her older brother to
        translate, [[name:Aoife]] from the {{front door}} booked a {{Tigrinya}} {{telephone interpreter}}
        ([[name:Selam]]) and talked through what we were worried about, what the school had seen and what would happen
        next. [[name:Yonas]] gave informed consent to checks with the {{GP}} and {{health visitor}}, and explained the
        visitors were elders praying for his late wife. No {{significant harm}}; {{Early Help}} and a {{bereavement}}
        referral for [[name:Feven]]. {{Ofsted}} feedback last year said consent conversations were our weak spot; this
        one was recorded in his own words on [[date:12 February]].
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Siddiqui]] <[[email:nadia.siddiqui@northmoor.gov.uk]]>
        To: {{Information Governance}}
        Sent: [[date:25/09/2024]] 13:02
        Subject: DATA BREACH - minutes sent to wrong recipient

        At 12:31 I emailed the {{strategy discussion}} minutes for [[case_reference:MASH/24/09377]] to
        '[[name:Sam Hughes]]'. Autocomplete picked [[email:sam.hughes@ashbrook-lettings.co.uk]] instead of DC
        [[name:Sam Hughes]] ([[email:samantha.hughes@wessexvale.police.uk]]). The minutes name two children
        ([[name:Leo]], [[age:6]], and [[name:Maisie Conlon]], [[age:9]]), {{mum}}'s address and the {{MARAC}}
        discussion. I realised at 12:40, tried {{recall}} (failed) and phoned [[organisation:Ashbrook Lettings]]; the
        recipient, a different [[name:Sam Hughes]], confirmed deletion by reply at 12:58. I had sent it from my phone
        between visits and not via {{secure email}}. Reported to my {{Team Manager}} and the {{DPO}}; I've cleared my
        autocomplete list.

        [[name:Nadia]]
        [[name:Nadia Siddiqui]] | {{Social Worker}}, {{MASH}} | [[phone:07700 900318]]
    """)),
    ("social_care", "near_miss", block("""
        TELEPHONE CONTACT LOG
        Caller: PC [[name:Okonjo]], [[organisation:Wessex Vale Police]]
        Taken by: [[name:mo]] ({{MASH}} {{business support}})  [[date:07/01/25]] 19:20
        Re: [[name:Jayden Fitzpatrick]], [[age:16]], [[address:Flat 12 Ravensworth House, Tanner St]]
        Info: [[name:Jayden]] found in a car with two adult males, {{cannabis}} and cash. {{CCE}} concerns. {{NRM}}?
        Action: system flagged as a possible duplicate of a contact from [[date:05/01/25]] ({{CME}}). Was about to
        merge and close.
        Near miss: {{duty senior}} [[name:Ngozi]] spotted this was a NEW incident with new adults named, not a
        duplicate. Went to {{strategy discussion}} on [[date:08/01/25]]. The duplicate-check screen only shows child
        name + DOB, not the content - raised with the {{LCS}} team.
    """)),
    ("social_care", "success", block("""
        #mash-edt-liaison   [[date:Sat 15 Mar]]
        @[[name:dan.k]]  22:14  {{EDT}} here. {{PPN}} just landed for [[name:Hollie]] ([[age:14]]), disclosed at a
          party, at [[organisation:Kingsmere Hospital]] {{A&E}} now w/ police
        @[[name:dan.k]]  22:15  anyone know if there's an open plan? {{LCS}} shows {{CIN}} ref
          [[case_reference:CIN-0442]] but no worker
        @[[name:leah_m]]  22:19  not on shift but saw this - she's ours, allocated to [[name:Tariq]] in the {{CIN team}},
          {{safety plan}} says {{mum}}'s sister [[name:Bernie]] is the safe adult, [[phone:07700 900562]]
        @[[name:dan.k]]  22:20  legend. calling her now
        @[[name:dan.k]]  23:05  {{ISVA}} booked, {{SARC}} tomorrow, [[name:Hollie]] staying with her aunt tonight.
          thanks [[name:Leah]]
    """)),
    ("social_care", "success", prose("""
        good practice note for team mtg - [[name:amber]] ({{DSL}} at [[organisation:little acorns nursery]]) rang in
        about [[name:noah]] ([[age:2]]) - nappy rash not treated, same clothes all wk, {{mum}} v low. she had already
        done the {{graded care profile}} and spoken to mum abt a referral before ringing. consent given, {{health
        visitor}} ([[name:sunny]]) already aware. we went straight to {{Early Help}} w a {{perinatal mental health}}
        referral for mum. {{threshold}} clear, no delay, family engaged from day 1. {{joint visit}} w HV on
        [[date:3rd june]]. this is what a good nursery referral looks like - pls share w the {{Early Years}} team
    """)),
]

HEALTH = [
    ("health", "incident", prose("""
        missed {{insulin}} visit [[date:sun 12th]]. mr [[name:hollis]] ([[age:82]], {{T2}} on {{Humulin I}} 24 units am)
        wasnt on the weekend list - {{SystmOne}} task was ended [[date:10/01]] by mistake when his {{venous leg ulcer}}
        visits were discharged, both were on the same task. daughter [[name:karen]] found him drowsy at 14:00, {{CBG}}
        2.9, gave {{glucogel}}, rang {{111}}. ok in the end, no admission. we only found out {{monday}}. {{Datix}}
        [[case_reference:W-223418]]. [[name:bev]] has split the tasks now. shd insulin pts have their own separate task
        ALWAYS. - [[name:lou]] ({{band 6}})
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT - {{District Nursing}}, [[organisation:Eastgate Neighbourhood Team]]
        Patient: [[name:Doreen Ashworth]]   DOB: [[date_of_birth:04/02/1939]]   NHS No: [[nhs_number:451 238 7609]]
        Address: [[address:2 Mill Fold, Heptonby]] [[postcode:HX7 4BN]]
        Date/time: [[date:14/08/2024]] 08:50
        Staff: [[name:Marisol Reyes]] ({{RN}}), [[name:Tendai]] ({{HCA}}, observing)
        What happened: new pen was {{Tresiba}} 200 units/ml (discharged from [[organisation:Calder Royal Infirmary]]
        {{Ward 9}} on [[date:13/08]]). Our {{insulin administration record}} still said 100 units/ml, 'dial 36 units'.
        [[name:Tendai]] asked why the pen label was a different colour. Checked with {{pharmacy}} - the dose counter on
        a {{U200}} pen shows the dose in units so 36 would still be right, BUT the record was wrong and the old
        {{U100}} pens were still in the fridge.
        Action: old pens returned, record rewritten, {{GP}} asked to update the {{repeat prescription}}.
        Harm: none.
    """)),
    ("health", "success", block("""
        *** SHOUT OUT ***
        To: [[name:Precious]] ({{HCA}}), [[organisation:Eastgate Neighbourhood Team]]
        From: [[name:Helen Marsh]], {{Tissue Viability Nurse}}

        On a routine {{catheter}} visit to Mr [[name:Gyamfi]] on [[date:2 October]], [[name:Precious]] noticed he was
        sitting in the same chair as last week and checked his heels even though skin checks weren't on the care plan.
        She found {{non-blanching erythema}} on the left heel ({{category 1}}), redid his {{Waterlow}}, started the
        {{SSKIN}} bundle and got a {{pressure-relieving cushion}} and {{heel offloading boots}} delivered the same day.
        A week on, the skin is intact. That's a {{pressure ulcer}} prevented, not treated. Thank you!
    """)),
    ("health", "incident", block("""
        LONE WORKING INCIDENT - timeline ({{Datix}} [[case_reference:W-224901]])
        [[date:19/12/2024]]
        16:30  [[name:Siân Pritchard]] ({{RN}}), last visit of the day, [[address:Upper Heyrod Farm, Moss Lane]],
               pool car [[vehicle_registration:YK21 HTP]].
        16:45  Should have logged off on the {{lone worker app}}; no signal at the farm.
        17:20  Car slides into the verge on [[address:Moss Lane]] in {{sleet}}, no phone signal. [[name:Siân]] not injured.
        17:30  {{Buddy}} ([[name:Jess]]) assumed [[name:Siân]] had gone home - no call made, {{escalation}} step missed.
        18:55  [[name:Siân]] walks to the main road, rings base; {{on-call manager}} [[name:Ade Okafor]] answers.
        19:10  Partner collects her. Car recovered [[date:20/12]].
        Issues: buddy system not followed; app {{amber alert}} went to a shared inbox not monitored after 17:00.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rachel Obi]] <[[email:rachel.obi2@nhs.net]]>
        To: [[name:Gary Fenwick]] <[[email:gary.fenwick@nhs.net]]>
        Date: [[date:Mon 3 Mar 2025]] 09:12
        Subject: key safe codes on visit list - near miss

        [[name:Gary]],
        {{Friday}} PM the printed visit list was left on the kitchen table at Mrs [[name:Kowalczyk]]'s
        ([[address:31 Beacon Road]]). It had the {{key safe}} codes for all 11 patients on that run in the notes
        column, including two {{end of life}} patients. Her son [[name:Piotr]] rang it in this morning and
        [[name:Dom]] collected it. Nothing suggests anyone used the codes, but we've asked families to change them
        where we can, and the {{key safe}} at [[address:Flat 6, Orchard Mews]] has been changed today.
        Can we stop printing codes at all? They're already on {{SystmOne}} under access.
        Thanks, [[name:Rachel]]
        [[name:Rachel Obi]] | {{Team Leader}}, [[organisation:Westbrook District Nursing]] | [[phone:01632 960871]]
    """)),
    ("health", "incident", prose("""
        On the night of [[date:8 July]] the {{syringe driver}} for Mr [[name:Alun Beddoes]] ([[age:67]], {{metastatic
        pancreatic cancer}}) alarmed 'end of infusion' at 02:10. The family rang the {{out-of-hours}} line. The
        {{twilight nurse}} attended at 03:25 but there were no {{anticipatory medicines}} in the house: the
        {{just-in-case}} box had been prescribed by the {{GP}} at [[organisation:Priory Road Surgery]] on
        [[date:5 July]] but never collected from [[organisation:Holloway's Pharmacy]]. He was distressed and agitated
        for around three hours until {{midazolam}} and {{morphine sulfate}} were obtained from the on-call stock at
        [[organisation:St Brigid's Hospice]]. His wife [[name:Glenys]] said that night was 'the worst of all of it'.
        He died peacefully on [[date:10 July]]. Learning: a {{JIC}} checklist is being added to the first {{end of
        life}} visit, and the visiting nurse must confirm the box is physically in the house, not just prescribed.
    """)),
    ("health", "success", block("""
        Card received by the team [[date:22/05/2025]] - shared with the family's permission

        To [[name:Faith]], [[name:Olu]] and all the district nurses,
        Thank you for looking after {{Mum}} ([[name:Edna Rowbotham]]) in her last weeks at [[address:Greenacre Cottage]].
        She wanted to die at home and you made that happen. [[name:Faith]], you sat with us the night the
        {{syringe driver}} went in and explained every medicine. [[name:Olu]] came back after his shift to check on
        {{Dad}}. You even remembered her budgie's name. We will never forget your kindness.
        Love from [[name:Carol]], [[name:Stephen]] and all the [[name:Rowbotham]] family x

        Team note: {{preferred place of death}} achieved; {{ReSPECT}} form and {{DNACPR}} were in place early, which the
        family said stopped a {{999}} call in the last 24 hrs. To share at the {{Gold Standards Framework}} meeting.
    """)),
    ("health", "incident", block("""
        [WhatsApp] DN girls 💉
        [[date:06/06/2024]], 13:41 - [[name:Kerry-Ann]]: <photo> what do we reckon to this, {{sacral}} on mrs
        [[name:dunne]] at [[address:Hawthorn Court]]
        [[date:06/06/2024]], 13:42 - [[name:Mags]]: looks {{cat 3}} now hun 😬 {{slough}} at the base
        [[date:06/06/2024]], 13:44 - [[name:Tash W]]: shd that be on here?? thought we weren't allowed pics on
        personal phones
        [[date:06/06/2024]], 13:45 - [[name:Kerry-Ann]]: work phone camera broke again
        [[date:06/06/2024]], 13:52 - [[name:Tash W]]: pls delete, do a {{TVN}} referral on {{SystmOne}} with the trust
        ipad
        Reported by [[name:Tash]]. Image deleted by all 9 group members on [[date:07/06]] (confirmed by {{team lead}}).
        Mrs [[name:Dunne]]'s daughter informed; no harm so {{Duty of Candour}} not triggered, {{Caldicott Guardian}}
        informed.
    """)),
    ("health", "near_miss", block("""
        DN HANDOVER  am -> pm   [[date:Thurs 9th]]
        - Mr [[name:Derek Shaw]] ([[address:4 Hill Top]]) - {{BD insulin}} 17:00 {{NovoMix 30}} 18u - am dose DONE
        - Mr [[name:Dennis Shaw]] ([[address:4 Hill Top Close]]) - {{leg ulcer}} dressing only, NO insulin,
          {{diet controlled}}
        - [[name:Ivy]] @ [[address:Bridge Farm]] - {{catheter}} bypassing, pls take a spare {{Foley}} 14ch
        - Mrs [[name:Nakamura]] - {{PEG}} site check, lives alone, {{key safe}} (code on {{SystmOne}})
        !! near miss this am: [[name:Abi]] had the {{insulin}} pen out at [[name:DENNIS Shaw]]'s before checking DOB -
        he said 'I don't have injections love'. Both men are on the list as 'Mr [[name:D Shaw]], [[address:Hill Top]]'.
        I've added an alert 'NAME ALERT - 2 x [[name:D SHAW]]' and DOBs to both. Check 3 identifiers every time pls!!
        - [[name:Nat]]
    """)),
    ("health", "success", block("""
        PRESSURE ULCER {{RCA}} PANEL - minutes, [[date:17 October 2024]]
        Present: [[name:Janine Cole]] ({{Lead Nurse}}, chair), [[name:Yusuf Demir]] ({{TVN}}), [[name:Rose Lamb]]
        ({{Team Leader}}, [[organisation:Westbrook District Nursing]]), [[name:Bea]] ({{Patient Safety}})
        Apologies: [[name:Gwen Harper]], [[name:K. Ostrowski]]
        Case: [[case_reference:PU-2024-0381]], Mrs [[name:Lomas]], [[age:91]], {{category 3}} {{sacral}} ulcer.
        Findings: {{Waterlow}} done on first visit and repeated weekly; {{SSKIN}} plan in place; {{dynamic mattress}}
        ordered day 1 and chased twice; patient has capacity and declined night repositioning, with a documented
        {{MCA}}-compliant conversation and her daughter present.
        Outcome: ulcer judged UNAVOIDABLE. Panel noted the documentation by [[name:Rose]]'s team as exemplary - to be
        used as a teaching example for {{preceptorship}}.
    """)),
    ("health", "incident", block("""
        SNOW - missed/late visits [[date:08/01/2025]]  ({{business continuity}} log)
        Patient            | Visit type        | Planned | Actual     | Impact
        [[name:J. Barraclough]]     | {{insulin}} (am)      | 08:00   | 11:40      | {{CBG}} 19.2, no {{DKA}}
        [[name:H. Begum]]           | {{wound care}}        | 10:00   | not done   | dressing left 72h, {{strikethrough}}
        [[name:Frank Ibbotson]]     | {{EoL}} review        | 13:00   | phone only | family coped
        [[name:Alma Kovacs]]        | {{insulin}} (pm)      | 17:00   | 17:20      | none
        Only 2 of 6 pool cars had winter tyres; [[name:Sunil]] walked 2 miles to the first insulin visit. The
        {{prioritisation tool}} wasn't used until 10:15 because the {{coordinator}} was on leave and no deputy was
        named. {{Datix}} [[case_reference:W-230116]].
    """)),
    ("health", "near_miss", block("""
        Subject: FW: Discharge referral - [[name:Theodore Baptiste]] - NO INSULIN PLAN
        From: [[name:Nkechi]] ({{DN coordinator}})
        To: {{Discharge Liaison}}, [[organisation:Calder Royal Infirmary]]
        Date: [[date:27/02/2025]]

        Hi,
        We received a referral at 15:50 today for Mr [[name:Baptiste]], NHS [[nhs_number:6173029456]], discharged from
        {{Ward 22}} this afternoon, new to {{insulin}}. The referral says 'DN to give insulin OD' with no dose, no pen
        type and no {{CBG}} targets. The {{TTO}}s in his bag had {{Lantus}} but the {{discharge letter}} says
        {{Abasaglar}}. Our nurse [[name:Grace Kimani]] rang the ward before giving anything and the {{FY1}} confirmed
        14 units {{Abasaglar}}. It would have been very easy to guess. Please can insulin referrals use the
        {{insulin passport}} template?
        Kind regards
        [[name:Nkechi Adebayo]]
        {{DN Coordinator}}, [[organisation:Westbrook District Nursing]]
        [[phone:01632 960 219]]
    """)),
    ("health", "incident", prose("""
        eol visit 21:30 to mrs [[name:pearl osei]] ([[age:88]]) for {{breakthrough}} pain - {{key safe}} code didnt
        work. family had changed it after a scam call + not told us. no answer at door, shes bedbound. rang son
        [[name:kwame]] x3 - voicemail. waited 40 mins in the car in the dark (lone working, no {{buddy}} on
        twilights). eventually the next door neighbour ([[name:fran]]) had a key. gave {{oramorph}} 22:25. pt had
        been in pain approx 2 hrs. not her fault or the familys. we need a 2nd key holder on every eol pt + a 'tell
        us if the code changes' prompt in the {{welcome pack}}. {{Datix}} [[case_reference:W-231077]] - [[name:ola]],
        {{twilight}} {{RN}}
    """)),
    ("health", "success", block("""
        [Teams] [[organisation:Westbrook DN]] - Team chat
        [[name:Rose Lamb]]  [[date:Wed 16 Apr]] 12:10
        Want to say well done to our student [[name:Elif]] today. In {{leg ulcer}} clinic Mr [[name:Hargreaves]] said
        he 'just felt a bit off'. [[name:Elif]] did a full set of obs anyway - {{NEWS2}} 6, temp 38.9, HR 118,
        confused about the date. She used {{SBAR}} to hand over to me, we rang {{999}} and said {{sepsis}} - he was in
        {{Resus}} within the hour and has {{cellulitis}} with a bacteraemia.
        [[name:Yusuf Demir]]  12:24
        That's brilliant. {{Think Sepsis}} in action 👏
        [[name:Elif Şahin]]  12:31
        thank you!! I was scared I was overreacting but [[name:Rose]] always says escalate
    """)),
    ("health", "near_miss", prose("""
        Near miss - lone working. On [[date:Tues 4th]] I went to a new patient, Mr [[name:Lenny Vickers]], at
        [[address:19 Coldwell Street]] for a first {{wound assessment}}. The referral from the {{GP}}
        ([[organisation:Abbeydale Medical Practice]]) said nothing about risk. A man who wasn't the patient answered,
        said [[name:Lenny]] was 'asleep upstairs' and that I should come in and wait. There was a large dog loose and
        he had clearly been drinking. I said I'd forgotten some equipment, went back to the car and used the
        {{amber alert}} on my {{lone worker device}}. The control room rang me within 2 minutes. Later found out from
        the surgery that there is a {{violence marker}} on the brother's record at the same address which hadn't been
        shared with us. Now a {{two-person visit}} and the {{risk assessment}} is flagged on {{SystmOne}}. -
        [[name:Chloe]] ({{Band 5}})
    """)),
    ("health", "incident", prose("""
        Incident summary: Mrs [[name:Gwendolyn Price-Ward]], [[age:78]], {{MS}}, NHS [[nhs_number:724 815 3060]],
        developed a {{category 4}} pressure ulcer to the sacrum between [[date:3 November]] and [[date:24 November]]. A
        {{dynamic air mattress}} was requested from [[organisation:Medequip North]] on [[date:4 November]] as a
        48-hour priority. It was delivered on [[date:19 November]]: the order went in as 'standard' because the online
        form defaulted to standard and the order was not chased. During the delay she was on a {{static foam
        mattress}} and {{repositioning}} depended on a care agency ([[organisation:Bluebell Homecare]]) who were
        visiting twice rather than four times daily due to staffing. The team did escalate to the {{care
        coordinator}} twice. {{Safeguarding}} concern raised ({{organisational neglect}}); {{Duty of Candour}} letter
        sent to her husband [[name:Cyril]] on [[date:28 November]]. Ref [[case_reference:W-229355]].
    """)),
    ("health", "success", prose("""
        shout out to [[name:mohammed]] + [[name:ros]] who ran the {{doppler}} / {{ABPI}} refresher at the team base on
        [[date:thurs 20th]]. since then weve done ABPIs on 7 {{leg ulcer}} pts who'd been in {{bandages}} for months
        w/o one. 2 came back low (under 0.8) so went to {{vascular}} instead of {{compression}} - could have done real
        harm. [[name:Ros]] also made a laminated crib sheet for the cars. would be good to get this in the
        {{Learning Together}} bulletin. - [[name:Pat K]] ({{clinical lead}})
    """)),
]

AVIATION = [
    ("aviation", "incident", prose("""
        Flight [[flight_number:NLH412]], {{S-92}} [[aircraft_registration:G-NLHC]], [[organisation:Kinmuir Heliport]]
        to [[organisation:Corrin Bravo]], [[date:12 March 2025]]. Passenger weights for the {{manifest}} were taken from
        the client's booking data instead of being weighed at {{check-in}}, because the scales at desk 2 had failed
        calibration that morning and the {{check-in supervisor}} ([[name:Gillian Moir]]) applied the old standard-weight
        table in error. On arrival the {{HLO}} weighed the freight and hold baggage, which came to 138 kg more than
        manifested. The {{commander}}, Capt [[name:Ewan Strachan]], recalculated: take-off mass had been within limits
        but with a reduced margin he had not briefed for, in gusting conditions on a {{restricted deck}}. The {{first
        officer}}, [[name:Inês Carvalho]], raised the {{MOR}} to the {{CAA}}. Actions: no departures with uncalibrated
        scales; standard-weight tables removed from the desks. Ref [[case_reference:ASR-25-0147]].
    """)),
    ("aviation", "near_miss", block("""
        RT extract - {{helideck}} frequency, [[organisation:Skerry Alpha]], [[date:04/11/24]] (deck radio recording)
        07:51  [[flight_number:21K]]: [[organisation:Skerry Alpha]], [[flight_number:Northlight 21K]], five miles, request deck status.
        07:51  {{HLO}}: [[flight_number:21K]], deck is green, wind 230 at 22, {{QNH}} 1004, nine off, eleven to load.
        07:53  [[flight_number:21K]]: [[flight_number:21K]] on finals.
        07:53  [[flight_number:21K]]: Going around, going around, crane boom over the north edge.
        07:54  {{HLO}}: Apologies [[flight_number:21K]], deck is RED, crane not stowed. Stand by.
        07:58  {{HLO}}: [[flight_number:21K]], crane now stowed and locked, deck is green.
        08:00  [[flight_number:21K]]: Landed.
        Note (Capt [[name:Morag Lindqvist]], {{commander}}): the {{first officer}}, [[name:Piotr Zieliński]], saw the
        boom moving at about 200 ft. The {{crane operator}} had not been told we were inbound; the {{radio room}} and
        the crane were on different channels. {{MOR}} raised; installation reviewing its crane/helicopter interface
        procedure against {{CAP 437}}.
    """)),
    ("aviation", "success", block("""
        THANK YOU - passenger feedback, forwarded by [[organisation:Seaforth Survival Centre]]
        Course: {{HUET}} with {{CA-EBS}} ({{OPITO}} {{FOET}}), [[date:5-6 Feb]]
        Instructor: [[name:Callum Baird]] ('[[name:Cal]]')

        Passenger [[name:Tomás Ó Briain]] wrote: 'I failed the {{capsize}} twice last time and was ready to give up
        offshore work. [[name:Cal]] took me back to the shallow end, did the {{EBS}} drill at the side of the pool
        until I was bored of it, then the {{window escape}} one step at a time. Passed first go.'
        [[name:Cal]] also noticed [[name:Tomás]]'s {{survival suit}} neck seal was split and swapped it before the
        {{dunker}} - on a real ditching that would have let the water in.
        Well done [[name:Cal]] - [[name:Morven]], {{Passenger Services}}, [[organisation:Northlight Helicopters]]
    """)),
    ("aviation", "incident", block("""
        Occurrence timeline - [[case_reference:ASR-24-0902]]   [[date:Fri 18 Oct]]
        06:05  Pax [[name:R. Mackay]] checks in for [[flight_number:NLH206]] to [[organisation:Dunmore Venture]].
               {{POB system}} shows {{BOSIET}} / {{HUET}} in date.
        06:40  Boards [[aircraft_registration:G-NLHF]] ({{AW189}}).
        07:55  On arrival the {{HLO}} scans his card: {{FOET}} expired [[date:09/10/2024]]. The record had a
               typo in the expiry year.
        08:10  {{OIM}} informs ops; pax flown back on the same aircraft.
        Cause: manual entry by the client's {{training coordinator}} when he changed employer. The check-in agent
        ([[name:Lorna]]) relied on the system and did not check the physical card, which our procedure allows.
        Action: card scan at {{check-in}} mandatory from [[date:1 Nov]].
    """)),
    ("aviation", "near_miss", block("""
        From: Duty Ops <[[email:ops.kinmuir@northlight-heli.co.uk]]>
        To: [[name:Siobhan Reilly]] <[[email:s.reilly@tarnside-energy.com]]>
        Date: [[date:Tuesday 21 January 2025]] 07:14
        Subject: Manifest near miss - [[flight_number:NLH318]]

        Morning [[name:Siobhan]],
        Heads up on a near miss at {{check-in}} this morning. Your booking for [[flight_number:NLH318]] to
        [[organisation:Corrin Bravo]] was for '[[name:David Thomson]]' with no employee number. There are two people
        called [[name:David Thomson]] on our system - one with [[organisation:Harbrae Drilling]] and one with
        [[organisation:Ostra Subsea]] on [[organisation:Skerry Alpha]]. The wrong one was pulled onto the
        {{manifest}}, so the wrong {{BOSIET}} and {{offshore medical}} were shown. Our agent [[name:Lorna]] spotted
        the employer mismatch on his {{ID card}} at the {{security}} desk, so nobody boarded for the wrong
        installation. Could you add the {{employee ID}} to all bookings please?
        Regards
        [[name:Kenny Flett]]
        {{Duty Operations Controller}} | [[organisation:Northlight Helicopters]] | [[phone:01632 960118]]
    """)),
    ("aviation", "incident", prose("""
        eng note - [[aircraft_registration:G-NLHA]] {{S-92}}, nightstop [[date:27/08]]. found a 7/16 {{spanner}} on the
        {{MGB}} deck under the {{cowling}} at the daily, cowling had been closed + signed on the {{CRS}} by previous
        shift after the {{oil cooler}} job. no damage, tool not from our {{tool control}} boards - it was a contractor's
        own kit ([[organisation:Hallgarth Aero Services]]). {{FOD}} walk done, borescope found nothing. a/c flew
        [[flight_number:NLH101]] 2hrs late. [[name:gav]] + [[name:Dmitri]] aware. need contractors on shadow boards same
        as us. {{MOR}} raised - [[name:Stu]] ({{B1}})
    """)),
    ("aviation", "success", block("""
        [{{Teams}}] Ops Room - [[date:14 Dec]]
        [[name:Hamish Grant]] 10:02  {{TAF}} amended, fog forecast at the {{heliport}} from 12z. 3 outbound still to go
        [[name:Aga Nowak]] 10:04  [[flight_number:NLH230]] crew already briefed [[organisation:Strathbeg Airport]] as
            {{alternate}}, adding 400 kg fuel
        [[name:Hamish Grant]] 10:05  ta. [[flight_number:NLH232]] + [[flight_number:NLH234]] - hold or go?
        [[name:Ravi]] 10:11  client happy to hold [[flight_number:232]]/[[flight_number:234]], pax stay in the
            {{departure lounge}}, food sorted
        [[name:Aga Nowak]] 12:47  [[flight_number:230]] diverted to [[organisation:Strathbeg Airport]], {{RVR}} 150 m
            at base. all 16 pax safe on the ground, coach booked
        [[name:Hamish Grant]] 12:50  nice work all. early call on the fuel made that a non-event. putting it in as a
            {{good catch}} for the {{safety bulletin}}
    """)),
    ("aviation", "near_miss", block("""
        HELIDECK OCCURRENCE FORM
        Installation: [[organisation:Corrin Bravo]]      Duty holder: [[organisation:Tarnside Energy]]
        Date: [[date:29/01/2025]]   Time: 17:48 (night)
        Flight: [[flight_number:NLH244]]   Aircraft: [[aircraft_registration:G-NLHD]] ({{H175}})
        Reported by: Capt [[name:Beatriz Almeida]]
        {{HLO}}: [[name:Duncan Rennie]]
        Description: on approach the {{TD/PM circle}} lighting was not lit, only the {{perimeter lights}}. {{HLO}} had
        confirmed 'deck lighting on' by radio. Crew went around at 300 ft and held off; deck crew found a tripped
        breaker in the {{helideck lighting}} panel. Landed 18:06.
        Contributing: {{HLO}} checked the lights from the {{radio room}} panel indicator, not visually.
        Actions: visual check added to the {{HLO}} checklist; {{HCA}} informed.
    """)),
    ("aviation", "incident", block("""
        Shuttle log - [[aircraft_registration:G-NLHE]] ({{AW139}}), [[date:07/05/2025]] (extract for {{safety review}})
        Flight | Sector                        | Sched | Actual | POB off/on | Remarks
        [[flight_number:NLH551]] | [[organisation:Skerry Alpha]] - [[organisation:Skerry Charlie]]  | 09:00 | 09:04 | 0/7 | -
        [[flight_number:NLH552]] | [[organisation:Skerry Charlie]] - [[organisation:Skerry Delta]] | 09:30 | 09:31 | 6/5 | 5 off, not 6
        [[flight_number:NLH553]] | [[organisation:Skerry Delta]] - [[organisation:Skerry Alpha]]  | 10:10 | 10:25 | 6/0 | {{rotors running}} refuel
        Narrative: pax [[name:Jonas Eriksen]] was manifested off at [[organisation:Charlie]] on [[flight_number:NLH552]] but stayed on
        board and got off at [[organisation:Delta]] with his work party. The [[organisation:Charlie]] {{HDA}} counted 5 off against 6 manifested and
        didn't report it until the {{radio room}} reconciled {{POB}} at 10:05. For 35 minutes [[organisation:Charlie]]'s {{POB}} showed him
        on board; in a {{muster}} he would have been searched for on the wrong installation. Crew headcount was
        against the total, not per installation. {{MOR}} [[case_reference:MOR-25-0388]].
    """)),
    ("aviation", "success", block("""
        From: {{OIM}}, [[organisation:Dunmore Venture]]
        To: [[organisation:Northlight Helicopters]] {{Flight Operations}}
        Subject: Thank you - medevac [[date:Sat 2 Aug]] ([[flight_number:NLH901]])

        Captain [[name:Ruaridh MacLeod]], [[name:Ana Petrović]], and the engineers on shift,
        On behalf of everyone on board, thank you for {{Saturday}} night. Our {{medic}} called it at 21:40 as a
        suspected {{heart attack}} in one of our scaffolders, [[name:Joe]] ([[age:54]]). You were on our deck at
        22:52 in {{sea state}} 6 with the {{SAR}} aircraft committed elsewhere, and handed him over at
        [[organisation:Grampian Royal Infirmary]] just after midnight. He had a {{stent}} fitted the next morning.
        [[name:Joe]] is home now and asked me to pass on that the crew "talked to him the whole way".
        With thanks,
        [[name:Lars Henriksen]]
        {{Offshore Installation Manager}}, [[organisation:Dunmore Venture]]
    """)),
    ("aviation", "near_miss", block("""
        Deck radio log - [[organisation:Skerry Alpha]], [[date:16/09/24]], {{rotors running refuel}} of
        [[flight_number:Northlight 34P]]
        14:12  {{HLO}} ([[name:Sandy]]): [[flight_number:34P]], deck, passengers clear, fuel team approaching.
        14:14  [[flight_number:34P]]: Deck, [[flight_number:34P]], confirm {{bonding lead}} attached before fuelling.
        14:14  {{HLO}}: Stand by... negative, negative, lead not on. Stop fuelling.
        14:15  {{HDA}} ([[name:Kieran]]): Fuelling stopped. About 30 seconds in.
        14:17  {{HLO}}: [[flight_number:34P]], bonding lead now on, recommencing.
        14:21  {{HLO}}: [[flight_number:34P]], fuelling complete, 600 kg uplifted, caps on, hose clear.
        Note: the {{commander}} (Capt [[name:Agnieszka Lis]]) could see from the cockpit that the bonding reel hadn't
        moved. [[name:Kieran]] was on his second trip as {{HDA}} and did the {{fuel team}} checklist from memory.
        {{Static discharge}} risk. Installation to use the laminated checklist every time; {{HCA}} informed.
    """)),
    ("aviation", "incident", prose("""
        On [[date:3 February]], flight [[flight_number:NLH330]] ([[aircraft_registration:G-NLHB]], {{H175}}) from
        [[organisation:Kinmuir Heliport]] to [[organisation:Skerry Charlie]], the cabin heating stuck on high after
        start-up. About 40 minutes in, the {{first officer}}, [[name:Yasmin Haddad]], checked the cabin camera before
        descent and saw that the passenger in seat 4C ([[name:C. Duthie]]) had unzipped his {{immersion suit}} to the
        waist and loosened his {{lifejacket}}. The {{commander}} made a {{PA}} and he re-zipped before the approach; the
        {{HLO}} confirmed all suits closed at disembarkation. In a ditching his suit and {{CA-EBS}} would not have
        protected him as designed. Cause: {{heater control valve}} defect (tech log [[case_reference:TL-0330-118]]). The
        passenger said he didn't know the suit had to stay zipped; the {{safety video}} says so but the {{check-in}}
        brief does not. {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", block("""
        OPS HANDOVER  day -> night   [[date:10/10/24]]
        - Fog all afternoon ({{TAF}} {{BKN002}}, {{RVR}} 300 m). [[flight_number:NLH240]], [[flight_number:NLH242]]
          cancelled, pax rebooked tomorrow.
        - [[flight_number:NLH244]] now planned 19:30 if the {{METAR}} lifts, crew Capt [[name:Olivia Brandt]] / FO
          [[name:Tom Reyes]].
          NEAR MISS: roster tool shows their {{FDP}} ending 22:10 but hasn't counted 4 hrs {{airport standby}} this
          morning. Properly calculated they run out at 20:40 - a 19:30 departure to [[organisation:Corrin Bravo]] and
          back would bust {{FTL}}. Caught by [[name:Ishaan]] doing a manual check. Night crew Capt
          [[name:Neil Cormack]] / FO [[name:Hye-jin Park]] to take [[flight_number:244]] instead.
        - [[aircraft_registration:G-NLHD]] {{AOG}} - {{tail rotor gearbox}} chip light, eng ([[name:gav]]) on it,
          update 21:00.
        Roster tool defect reported to {{crew planning}} (ticket [[case_reference:RST-7781]]).
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP - minutes, [[date:11 June 2025]]
        Attendees: [[name:Fiona Leask]] ({{Head of Safety}}, chair), Capt [[name:Sunny Dhillon]] ({{Chief Pilot}}),
        [[name:Hope McAllister]] ({{Passenger Services}}), [[name:JP Vasseur]] ({{Training Manager}}),
        [[name:Mark Ogundipe]] (aviation adviser, [[organisation:Tarnside Energy]])
        Apologies: [[name:Ali Rahimi]], [[name:B. Strand]]

        Item 3 - {{HUET}} failures and no-shows (learning / success)
        Since {{March}}, [[name:Hope]]'s team phone every first-time passenger the week before their course to talk
        through the {{dunker}}, {{CA-EBS}} and what to expect. Centre data: first-attempt failures down from 9% to 3%
        and no-shows from 14 to 2 a month. [[name:JP]] noted anxious candidates are now flagged to instructors in
        advance. [[name:Mark]]: client keen to roll this out to their other contractors.
        Action: [[name:Hope]] to write up for the {{Step Change in Safety}} forum. Owner: [[name:FL]]. Due:
        [[date:31/07]].
    """)),
    ("aviation", "incident", block("""
        #checkin-team   [[date:Mon 24 Mar]]
        @[[name:kirsty.b]] 05:31  printer on desk 2 dead AGAIN. emailed the [[flight_number:NLH206]] +
          [[flight_number:NLH208]] manifests to my own email ([[email:kirstyb1991@gmail.com]]) so i could print
          from my phone at the kiosk
        @[[name:alan_r]] 05:40  [[name:kirsty]] those have DOBs, passport nos and next of kin on 😬
        @[[name:kirsty.b]] 05:41  oh god. didnt think
        @[[name:mags.d]] 06:02  ok no panic. logged as a {{data incident}} [[case_reference:DPI-0325-07]] for the
          {{DPO}}. [[name:kirsty]] pls delete from sent, inbox and deleted items on the phone + gmail, screenshot
          for me. not a blame thing, the printer's been logged 4 times
        @[[name:mags.d]] 06:05  and {{IT}} - can we get a {{secure print}} queue on the kiosk pls. {{ICO}} clock is
          72 hrs so I'll decide on reporting by lunch
    """)),
    ("aviation", "success", prose("""
        good {{CRM}} today, worth sharing. [[flight_number:NLH415]] [[aircraft_registration:G-NLHC]] outbound to
        [[organisation:Dunmore Venture]]. my {{FO}} ([[name:will tennant]], 3rd month on type) said he wasnt happy w
        the {{MGB oil temp}} - still in the green but 6 degrees higher than the same leg last week. id have pressed on
        tbh. he pulled up the {{HUMS}} trend on the {{EFB}} and it had been creeping for 3 flights. we turned back at
        30 nm, landed 09:12. eng found the {{oil cooler fan}} bearing breaking up. right call and i told him so. pls
        use in the {{CRM}} refresher, new FOs need to hear that speaking up works. {{ASR}}
        [[case_reference:ASR-25-0311]] - captain [[name:d. ferreira]]
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind253", REPORTS))
