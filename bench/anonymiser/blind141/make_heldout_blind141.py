"""Held-out blind corpus 141: just-culture incident and learning reports from UK services.

Setting: a county's children in need and child protection locality team; a community hospital's
rehabilitation ward and the district nursing team; a regional airport's fire and rescue service
and its apron control. Style: what staff really type: rushed lower-case notes with typos, careful
narratives, chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style chat,
incident forms with field labels, handover sheets, debrief notes, tech-log extracts, praise and
shout-outs. All people, places and references are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind141.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        visit to [[address:27 Thornbury Rd]] today w/ {{PC}} [[name:Hollis]]. kids [[name:Kayden]] ([[age:6]])
        and [[name:Summer]] ([[age:3]]) home alone approx 40 mins, {{mum}} [[name:Shannon]] at the shop she says.
        no food in fridge apart from milk. i did not have the {{safety plan}} on me bc {{Mosaic}} was down all
        morning so couldnt check who the agreed {{family network}} carer was. rang duty TM, she read it out to me.
        learning - print the plan b4 any {{unannounced visit}}. Mosaic ref [[case_reference:2219874]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 7 March]] the invitation letters for the {{Initial Child Protection Conference}} for
        [[name:Amelia-Rose Dunne]] were prepared from {{Liquidlogic}}. The system still held {{dad}}'s old address at
        [[address:Flat 3, 88 Calloway Street]], [[postcode:NR3 2HX]], even though we had known since the
        {{strategy discussion}} that there was a {{non-molestation order}} and that {{mum}} had moved.
        [[name:Bernadette]] in business support noticed the envelope address matched the one flagged in the case notes
        and stopped it going in the post tray. Nothing was sent. Learning: addresses for both parents need checking
        against the latest {{case note}}, not just the person record, and anyone with a protective order should have
        the address warning flag set. Ref [[case_reference:LL-0448213]].
    """)),
    ("social_care", "success", block("""
        From: [[name:Niamh O'Sullivan]]
        Sent: [[date:02 April 2024]] 16:47
        To: [[organisation:North Locality CIN/CP]]
        Subject: shout out - [[name:Tendai]]

        Hi all,

        Just wanted to say a proper thank you to [[name:Tendai Mutasa]] for yesterday. She picked up a {{Section 47}}
        at 3.30pm, got the {{strategy discussion}} convened with {{police}} and the {{school nurse}} within the hour,
        and still managed to see both children at school before they went home. The {{body map}} and {{chronology}}
        were on the system by 7. The {{IRO}} said it was one of the clearest referrals she'd read.

        This is what good looks like.

        [[name:Niamh]]
        [[name:Niamh O'Sullivan]] | {{Team Manager}}, [[organisation:North Locality Children in Need & Child Protection Team]]
        [[phone:01632 960 418]] | [[email:niamh.osullivan@westshire.gov.uk]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY EXTRACT – [[name:Bailey-Kowalski]] children (Mosaic [[case_reference:1983320]])
        [[date:12/01/24]] 09:10  Referral from [[organisation:St Anselm's Catholic Primary]] {{DSL}} – [[name:Oskar]] ([[age:8]]) bruise to cheek, says "dad did it"
        [[date:12/01/24]] 11:45  {{MASH}} RAG rated red, passed to locality
        [[date:12/01/24]] 15:20  {{strategy discussion}} – {{police}}, health, SW [[name:D. Achterberg]]. Agreed joint {{Section 47}}
        [[date:13/01/24]] --:--  no visit. Allocated SW off sick, not reallocated
        [[date:15/01/24]] 10:00  {{child protection medical}} at [[organisation:Riverside Children's Centre]] – 3 day delay
        [[date:15/01/24]] 16:00  {{mum}} [[name:Agnieszka]] told paed bruise was from a fall off the bunk bed
        [[date:16/01/24]] 09:30  benefit check requested for dad [[name:Marek Bailey-Kowalski]], NI [[ni_number:SP 61 44 07 B]]

        Learning: sickness on a live S47 must trigger same-day reallocation by duty {{TM}}. Medical should have been
        within 24h. Crime ref [[case_reference:CR/0041277/24]].
    """)),
    ("social_care", "near_miss", block("""
        [09:14] [[name:Priya Sandhu]]: anyone know if the [[name:Mensah]] kids are still on a {{CP plan}}?? school asking if they can go on the residential
        [09:15] [[name:Gaz]]: stepped down to {{CIN}} at review conf last wk i think
        [09:15] [[name:Priya Sandhu]]: not on {{Mosaic}}, still says CP
        [09:17] [[name:Gaz]]: hang on checking the minutes
        [09:21] [[name:Gaz]]: my bad – it was EXTENDED not stepped down. {{core group}} on the [[date:19th]]
        [09:22] [[name:Priya Sandhu]]: ok glad i checked. school were about to send the consent form to {{dad}} who's not supposed to know where they are 😬
        [09:23] [[name:Hope]] ({{TM}}): thanks both. reminder always check the {{conference minutes}} not memory pls
    """)),
    ("social_care", "success", prose("""
        Massive thank you to [[name:Will]] from the {{Edge of Care}} team who sat with [[name:Jayden]] ([[age:15]]) in
        {{A&E}} till 2am on [[date:Sat 16th]] when {{CAMHS}} couldn't come out. Kept him calm and got him to agree a
        {{safety plan}} with his {{nan}}. Proper going above and beyond.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / LEARNING FORM
        Date of incident: [[date:23/10/2023]]
        Reported by: [[name:Marcus Adeyemi-Clarke]], {{Senior Practitioner}}
        Team: [[organisation:Eastgate Locality CP Team]]
        Child: [[name:Lily-Mae Turner]]   DOB: [[date_of_birth:04/06/2019]]   LCS ID: [[case_reference:LCS-7712094]]
        Category: Information sharing

        What happened:
        {{Transfer-in conference}} from another LA. Their {{child protection plan}} said no contact with the
        {{maternal uncle}}. Our {{Early Help}} worker had not been sent the plan and arranged for uncle to collect
        [[name:Lily-Mae]] from [[organisation:Little Acorns Nursery]] on [[date:20 Oct]]. Nursery manager [[name:Sharon]]
        phoned us to check first because uncle wasn't on the collection list.

        Harm: none
        Action: {{Early Help}} copied into all CP transfer-ins going forward; nursery thanked.
    """)),
    ("social_care", "incident", prose("""
        On the evening of [[date:Tuesday 14 November]] my car ([[vehicle_registration:KP67 XWD]]) was broken into
        outside my home and my work bag was taken. It had my {{encrypted laptop}} in it, which I reported straight away
        to the {{IT service desk}}, but also a paper copy of the {{ICPC report}} for the [[name:Hussain]] family which I
        had printed to go through with {{mum}} at the {{home visit}} that afternoon and had not shredded. The report had
        the children's names, dates of birth and school on it. I rang the out of hours {{team manager}} and we informed
        the {{Data Protection Officer}} the next morning. Police crime number [[case_reference:WS-23-118845]]. The family
        were told in person by my manager [[name:Gareth Pryce]]. I know we are not meant to take paper copies out and I
        did it because mum struggles to read on a screen. Learning for me and the team: use the tablet with a large font,
        or read it through with her in the office beforehand. Written by [[name:Ffion Roberts]], {{Social Worker}}.
    """)),
    ("social_care", "success", prose("""
        good catch by [[name:Zainab]] on duty today - she noticed 3 {{PPN}}s for different addresses were all the same
        bloke, [[name:Dean Whitlow]] DOB [[date_of_birth:11/09/1991]], and each one had a different partner with a baby
        under one. none of them had been linked on the system. she raised with the {{MARAC}} coordinator and {{MASH}} and
        now all 3 households have had contact from an {{IDVA}} and the {{health visitor}}. really good
        {{professional curiosity}}.
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER – [[date:Fri 9 Feb]]
        Outgoing: [[name:JB]]   Incoming ({{EDT}}): [[name:Kasia W]]

        1. [[name:Ruby Okonkwo-Smith]] ([[age:14]]) – missing since 16:00, {{police}} aware ([[case_reference:MISPER 24-0311]]). {{Return home interview}} needed when found.
        2. [[name:Ellis]] family, [[address:5 Pennant Way]], [[postcode:SA12 7PD]] – {{section 20}} agreed by {{mum}} today, placement not yet confirmed. !! [[name:JB]] forgot to send the {{placement request}} before 4 – flagged to EDT at 17:05, EDT sourcing.
        3. Nothing else outstanding.

        Call [[name:JB]] on [[phone:07700 900 482]] if needed.
    """)),
    ("social_care", "success", prose("""
        Learning from practice: the [[name:Nowak]] family were stepped down from a {{child protection plan}} to
        {{Child in Need}} at the review conference on [[date:28 February 2024]] after 14 months. What made the difference
        was the {{family group conference}} in the autumn, where {{paternal grandmother}} [[name:Halina]] and {{mum}}'s
        friend [[name:Grace Appiah]] agreed a rota so that there was always another adult around at bath time and bedtime
        for [[name:Zofia]] ([[age:2]]). The {{health visitor}} from [[organisation:Millbrook Health Visiting Team]] said
        home conditions are the best she has seen. The social worker used {{Signs of Safety}} scaling with the family at
        every visit and {{dad}} said it was the first time anyone had shown him what “good enough” looked like.
    """)),
    ("social_care", "incident", prose("""
        rang [[organisation:Kingsmead Academy]] re [[name:tyler]]s attendance - 41% this term. {{attendance officer}}
        ms [[name:reid]] said they sent 2 letters to {{mum}} but never told us as they thought {{Early Help}} had closed??
        EH closed in oct but case open to us since [[date:3/11]] under {{s17}}. so 5 wks of no school and nobody joined
        it up. have asked school to add us to their {{CPOMS}} alerts and booked a {{professionals meeting}} for
        [[date:weds 17th]]. [[name:tyler]] is [[age:11]] and has an {{EHCP}} so this is a big deal
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:b.mcallister@westshire.gov.uk]]
        To: [[email:cpconferences@westshire.gov.uk]]
        Date: [[date:11 June 2024]]
        Subject: RE: conference pack - near miss

        Hi [[name:Olu]],

        Quick one so it gets logged. When I was checking the {{conference report}} for the [[name:Idowu]] children before
        it went to parents I found 2 pages of {{police checks}} for a different family stapled in the middle (the
        [[name:Fairclough]] family, same {{IRO}}, same day conference). Pulled them out, nothing went out. Think it
        happened at the printer in {{business support}}.

        Can we go back to one pack per envelope and a second checker for {{redaction}}?

        Thanks
        [[name:Bronagh]]
        [[name:Bronagh McAllister]] – {{Social Worker}}, CIN/CP North
        Mobile [[phone:07700 900 731]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Delroy]] at [[organisation:Hollybank Family Centre]]. At supervised contact on
        [[date:Mon 22nd]] {{dad}} arrived smelling strongly of alcohol. [[name:Delroy]] calmly stopped the contact before
        the children came through, kept them in the {{playroom}} with a {{family support worker}}, and phoned the allocated
        worker and {{police}} as per the {{contact agreement}}. The children ([[age:4]] and [[age:7]]) didn't see
        anything. His recording was factual and timed to the minute. Exactly what the {{written agreement}} was for.
    """)),
    ("social_care", "incident", block("""
        WhatsApp screenshot pasted into incident log by {{TM}}:

        [[name:Kel]]: u seen [[name:Aaliyah]] today?
        [[name:Sky]]: yeh at [[address:41b Marsh Lane]]. mum kicked off again, bf was there
        [[name:Kel]]: the one from [[postcode:LS9 8QT]]?? hes not meant to be there
        [[name:Sky]]: yep. will put on system tmrw

        Issue: case information shared on personal phones, and a breach of the {{written agreement}} not recorded on
        {{Mosaic}} for 2 days. {{Data protection}} and {{safeguarding}} concern. Both workers spoken to in {{supervision}};
        team reminded to use {{Teams}} on work phones only.
    """)),
    ("social_care", "near_miss", prose("""
        During a {{Section 47}} visit on [[date:5 August]] the family's first language was Sorani. The visit had been
        booked with a telephone {{interpreter}}, but when the line dropped the eldest son, [[name:Rebin]], aged
        [[age:13]], offered to translate for his {{mother}}. The worker, [[name:Yusuf Al-Hashimi]], recognised that using
        a child to interpret during a child protection enquiry could put him in an impossible position and could distort
        what {{mum}} was able to say. He paused the visit, rebooked a face-to-face interpreter for the next morning, and
        agreed a {{safety plan}} in the meantime once the line was back. No harm resulted. Learning shared at the team
        meeting: always have a backup {{interpreting service}} number and never use children or {{family members}} to
        interpret.
    """)),
    ("social_care", "incident", prose("""
        missed {{core group}} deadline for [[name:Connor Boyle]] - minutes not circulated within 5 wkg days as SW
        [[name:Aisling]] on {{annual leave}} and {{cover}} not arranged. {{IRO}} escalated via {{dispute resolution}}.
        learning: TMs to check CG diary before agreeing leave. case [[case_reference:MOS 2045512]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX – [[case_reference:DW-48213]]
        Location: [[organisation:Brecon Ward]], [[organisation:Ashdown Community Hospital]]
        Date/time: [[date:03/02/2024]] 02:40
        Patient: Mr [[name:Stanley Rees]], [[age:84]]   Hosp no: [[case_reference:RX0093341]]
        Category: Slip/trip/fall – unwitnessed

        Description:
        Pt found on floor beside bed by {{HCA}} [[name:Blessing]]. {{bed rails}} down, {{falls sensor}} mat unplugged
        (cleaner had moved it pm). Pt c/o L hip pain. {{NEWS2}} 3. Reviewed by {{out of hours GP}}, transferred to acute
        for {{X-ray}}, no fracture.

        Immediate action: sensor mat checks added to night {{safety huddle}}.
        Reported by: [[name:K. Nwachukwu]], {{Staff Nurse}}
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{insulin}} to wrong pt on my rounds this am. Two pts on my list called [[name:Margaret Hughes]],
        one at [[address:12 Orchard Rise]] one at [[address:Ty Gwyn, Heol y Felin]]. went into {{SystmOne}} and picked the
        wrong record, dose was different ({{Lantus}} 18 units vs 26). only realised when i checked the {{MAR chart}} in the
        house and DOB didnt match. checked NHS no ([[nhs_number:809 729 7043]]) and gave correct dose. {{Band 6}}
        [[name:Rhian]] says we need a name alert on the caseload. [[name:Ollie]] {{DN}}
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Rose]] on nights on [[organisation:Cavell Ward]] who noticed Mrs [[name:Adeyinka]] was just
        "not herself" at 3am even though her {{NEWS2}} was only 2. [[name:Rose]] did a full set of {{obs}} again at 4,
        spotted a new temp and rising resps, and escalated straight away using {{SBAR}}. {{Sepsis Six}} started within the
        hour and she went to the acute with suspected {{urosepsis}}. Family have written in to say thank you. Trust your
        gut!
    """)),
    ("health", "incident", prose("""
        Patient: Mr [[name:Desmond Clarke]], [[age:79]], NHS [[nhs_number:782 255 9397]],
        [[address:Flat 9, Lancaster House, Ridley Road]], [[postcode:BS5 6JN]]. Housebound, known to the
        [[organisation:Eastville District Nursing Team]] for {{leg ulcer}} care twice weekly. On [[date:19 January]] his
        daughter rang to say he had a sore on his heel. On visit a {{category 3 pressure ulcer}} was found on the left
        heel. Review showed that his {{Waterlow}} score had not been repeated since his discharge from hospital in
        December, when his mobility had dropped, and no {{pressure relieving}} equipment had been ordered. Visits were
        short because the team was down two nurses that month and the focus was on the leg dressing only. Actions:
        {{heel offloading boots}} and an {{air mattress}} delivered the same day, {{tissue viability}} referral made,
        Waterlow reassessment added as a mandatory step after any hospital discharge. {{Ulysses}} ref
        [[case_reference:ULY-2024-00871]].
    """)),
    ("health", "near_miss", block("""
        [[organisation:Brecon Ward]] – NIGHT HANDOVER [[date:Sun 14/04]]

        Bay 1
        Bed 2  [[name:Doreen Fitzgerald]] ([[age:91]])  {{#NOF}} repair day 12. {{Sara Stedy}} x2. {{DNACPR}} in notes. Eating well.
        Bed 3  Mr [[name:Gill]] ([[age:76]])  post CVA, {{NG feeds}} – pump alarmed x3, {{PEG}} discussion w family Weds
        Bed 4  [[name:Eileen O'Donnell]] ([[age:88]])  !! {{enoxaparin}} charted 40mg at 18:00 but already given at 10:00 by day staff (two charts in folder – old chart not struck through). NOT given again. Dr [[name:Osei]] aware, {{Datix}} done.

        Bay 2 – all settled, nil of note.

        Handed over by [[name:Tash]] to [[name:Dominika]]
    """)),
    ("health", "success", block("""
        Subject: Thank you – OT/physio weekend pilot
        From: [[name:Gwen Parry-Jones]] <[[email:gwen.parryjones@nhs.net]]>
        Date: [[date:Friday 10 May 2024]]

        Dear team,

        Just sharing some good news. Since the {{weekend therapy}} pilot started on [[organisation:Willow Ward]] in March,
        average {{length of stay}} has dropped from 26 to 21 days, and we've had no falls on a Saturday or Sunday for 8
        weeks. Special thanks to [[name:Kofi]] and [[name:Magda]] for covering the first rotas and to the {{HCAs}} who have
        been doing {{sit-to-stand}} practice with patients between sessions. The {{Friends and Family Test}} comments have
        been lovely.

        Kind regards,
        [[name:Gwen]]
        {{Therapy Lead}}, [[organisation:Ashdown Community Hospital]]
    """)),
    ("health", "incident", block("""
        Timeline – delay to {{syringe driver}} set-up, pt [[name:Albert Kowalczyk]] (NHS [[nhs_number:970 104 0597]])

        [[date:22/11]] 16:10  {{GP}} at [[organisation:Parkside Medical Practice]] agrees {{anticipatory meds}}, prescription sent to pharmacy
        [[date:22/11]] 17:30  Pharmacy has no {{midazolam}} in stock
        [[date:22/11]] 19:45  Family ring {{SPOC}}, pt agitated, in pain
        [[date:22/11]] 21:15  {{Evening DN}} visits – no meds in house. Contacts 111 / OOH GP
        [[date:23/11]] 00:40  Meds obtained from on-call pharmacy [[organisation:Boots Hillside]] by son
        [[date:23/11]] 01:30  Syringe driver started by [[name:Siobhán]] and [[name:Carys]]

        Learning: check stock before the prescription is sent for {{end of life}} meds; use the local
        {{palliative care}} stockist list.
    """)),
    ("health", "near_miss", block("""
        [[name:Becca]] 07:52
        anyone doing [[address:3 Mill Cottages]] today? key safe code has changed and isnt on the notes

        [[name:Jas]] 07:55
        me. who changed it?

        [[name:Becca]] 07:56
        daughter. she rang {{SPOC}} yest but it went in a {{task}} not the {{key safe}} field on {{EMIS}}

        [[name:Jas]] 07:58
        ok thanks. she's on {{IV antibiotics}} at 9 so wd have been stuck on the doorstep 🙃 have updated it

        [[name:Lauren B]] 08:10
        will raise at {{huddle}}, 2nd time this month
    """)),
    ("health", "success", prose("""
        Good catch: on [[date:6th March]] our {{pharmacy technician}} [[name:Imran Chaudhry]] was doing
        {{medicines reconciliation}} for a new admission to [[organisation:Holly Ward]] and spotted that the discharge
        letter from the acute listed {{clarithromycin}} alongside {{warfarin}}, with no plan for extra {{INR}} checks. He
        flagged it to the ward doctor, INR was checked next morning and was 5.8. Warfarin held, no bleeding.
        [[name:Imran]], thank you - this could have been very serious.
    """)),
    ("health", "incident", prose("""
        At around 14:15 on [[date:Saturday 27 July]] Mrs [[name:Bridget Fahy]] ([[age:82]]), who has
        {{vascular dementia}} and is under a {{DoLS}} authorisation, left [[organisation:Brecon Ward]] through the side
        door by the {{day room}}, which had been propped open by a contractor fixing the air conditioning. She was missed
        at 14:40 when her tea was brought round. Staff searched the grounds and the {{nurse in charge}} called {{police}}
        at 14:55 using the {{Herbert Protocol}} form the family had completed on admission. She was found by a passer-by
        at the bus stop on [[address:Coldharbour Lane]] at 15:30, cold but unhurt. Police log
        [[case_reference:0419 27/07/24]]. The form with her photo made a real difference. Learning: contractors to be
        briefed on door security and escorted on wards with {{dementia}} patients; side doors now alarmed.
    """)),
    ("health", "near_miss", block("""
        Incident type: Near miss – specimen labelling
        Team: [[organisation:Larkfield District Nursing Team]]
        Date: [[date:08.10.23]]
        Reporter: [[name:Chidi Eze]] ({{Band 5}})

        Took {{bloods}} from two pts in the same {{sheltered housing}} block, [[address:Beaumont Court]]: Mrs
        [[name:Yvonne Baptiste]] flat 4 and Mr [[name:Derek Lowe]] flat 11. Pre-printed labels were in the same bag. At the
        {{phlebotomy}} drop-off I re-checked the forms and realised I had put Mrs [[name:Baptiste]]'s label on
        Mr [[name:Lowe]]'s {{U&E}} tube. Tubes discarded, both pts re-bled next day, explained and apologised
        ({{duty of candour}} not triggered as no harm).

        Learning: label at the bedside, one pt at a time, never pre-label.
    """)),
    ("health", "success", prose("""
        Card received {{Tuesday}} from the family of a gentleman we looked after at home in his last weeks: "To all the
        district nurses who came out day and night, you let {{Dad}} die in his own bed with his dog on his feet, exactly
        as he wanted. Nothing was too much trouble." The team had worked with the {{GP}}, the {{hospice at home}} team and
        {{Marie Curie}} night sitters, and put the {{ReSPECT form}} and {{just in case}} meds in place early. Reading it
        out at the [[date:12 Sept]] huddle.
    """)),
    ("health", "incident", prose("""
        pt on [[organisation:Willow Ward]] bed 6 (Mr [[name:T. Mensah-Bonsu]]) slipped partly out of {{hoist}} sling
        during transfer to chair at about 11. 2 staff present, lowered him to floor safely, no injury. sling was a
        medium - hes been assessed for large, it says so on the {{moving and handling}} plan above the bed but the large
        ones were all in the laundry. we have 2 large slings for whole ward!! {{physio}} reassessed pm. escalated to
        Sr [[name:Hannah]], {{Datix}} [[case_reference:DW-48877]]. need more slings ordered asap pls, this keeps
        happening. [[name:amy]] {{HCA}}
    """)),
    ("health", "near_miss", prose("""
        Mr [[name:Gerald Whitaker]], [[age:87]], was due for discharge from [[organisation:Holly Ward]] on
        [[date:Friday 21 June]] with a {{package of care}} of four calls a day. The discharge was confirmed on the ward
        whiteboard and {{patient transport}} booked for 11:00. At 10:20 his niece, [[name:Abigail]], rang to ask what
        time the carers would be starting; the ward clerk checked and found the care agency,
        [[organisation:Brightside Homecare]], had not accepted the package and had emailed the {{discharge hub}} on
        Wednesday saying they had no capacity. The email had gone to a shared inbox no-one was checking because of
        sickness. Transport was cancelled and Mr [[name:Whitaker]] stayed until {{reablement}} could start on the
        Tuesday. No harm, but he was upset. Learning: no discharge with a package of care until the
        {{nurse in charge}} has written confirmation that the package starts that day; the hub inbox now has a named
        owner each day.
    """)),
    ("health", "success", prose("""
        huge well done to lates on [[date:2/5]]. 2 {{admissions}}, 1 {{fall}}, a pt with {{chest pain}} needing
        {{999}} and still every {{intentional rounding}} chart done and {{fluid balance}} up to date. no agency, 1
        {{HCA}} down. you are all stars ⭐
    """)),
    ("health", "incident", block("""
        MISSED VISIT REPORT
        Patient: [[name:Euphemia Grant]]   DOB: [[date_of_birth:17/03/1939]]   NHS No: [[nhs_number:897 665 2975]]
        Address: [[address:22 Jubilee Terrace]], [[postcode:CF24 3LU]]   Tel: [[phone:029 2049 7713]]
        Visit due: [[date:31/12/2023]] – {{catheter}} change + {{continence}} review

        What happened: visit was on the {{SystmOne}} schedule but dropped off the {{e-rostering}} list when the bank
        holiday rota was uploaded. Not picked up until Mrs [[name:Grant]] rang {{SPOC}} on [[date:2 Jan]] with
        {{bypassing}} and abdominal pain. Visited same day, catheter blocked, changed, {{UTI}} treated by GP.

        Reported by: [[name:Callum MacLeod]], {{Team Leader}}
    """)),
    ("health", "success", block("""
        Hot debrief – {{cardiac arrest}}, [[organisation:Cavell Ward]], [[date:18/08/24]]
        Present: Dr [[name:Nadia Haddad]], [[name:Lucy Tran]] (NIC), [[name:Pawel]], [[name:Femi]], {{HCA}} [[name:Grace]]

        What went well
        - [[name:Grace]] found pt, shouted for help, started {{CPR}} within a minute
        - {{defib}} pads on, first shock at 3 min
        - [[name:Pawel]] managed the {{airway}} with an {{i-gel}} and kept the timings
        - 999 call made in first minute; {{ROSC}} before paramedics arrived

        Even better if
        - {{resus trolley}} check sheet had a gap from Sunday (suction tubing missing - found in bay 3)
        - family not called until after transfer
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT – APRON
        Ref: [[case_reference:ASR-2024-0217]]
        Date: [[date:14 FEB 24]]   Time: 06:42 local
        Location: {{Stand 7}} / taxilane Alpha
        Aircraft: {{B737-800}} [[aircraft_registration:G-JZHK]], [[flight_number:LS853]]
        Vehicle: {{RFFS}} {{Major Foam Tender}}, call sign Rescue 2

        Narrative:
        Rescue 2 returning from the {{runway inspection}} crossed behind [[flight_number:LS853]] as {{pushback}}
        commenced. Headset operator [[name:Dan Whelan]] stopped the push. Approx 25m separation. Apron had cleared the
        push; {{ATC}} had cleared Rescue 2 on a different frequency, neither aware of the other.

        Reporter: [[name:R. Kaczmarek]], {{Apron Controller}}
    """)),
    ("aviation", "success", prose("""
        Shout out to {{Blue Watch}} for the {{Full Emergency}} on [[date:Sat 9th]]. [[flight_number:LM417]]
        ({{Saab 340}}, [[aircraft_registration:G-LGNO]]) reported a {{hydraulic failure}} on approach.
        {{Watch Manager}} [[name:Carl Jennings]] had all three appliances at their {{RVP}}s four minutes before
        touchdown. Aircraft landed safely and stopped on the runway; crew did a {{walk-round}} and checked for
        {{hot brakes}} with the {{thermal imaging camera}} before the tow. Runway open again in 38 minutes. Textbook.
        – [[name:Sue]] ({{SAFO}})
    """)),
    ("aviation", "incident", prose("""
        during {{BA}} drill in the {{smoke house}} [[date:tues]] {{FF}} [[name:mcgrath]] ran low on air - the
        {{low pressure warning}} whistle went at 55 bar and he was still 2 rooms in. entry control board ({{ECB}}) showed
        his time of whistle wrong by 10 mins because the {{tally}} was put in late. got out fine. need refresher on ECB
        for whole of red watch and tally in BEFORE you go in. [[name:Stu]]
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Lerato Dlamini]]
        To: Apron Control; Airside Ops
        Date: [[date:Mon 03/06/2024]] 11:08
        Subject: FOD – Stand 12

        All,

        At 10:35 during the {{FOD walk}} on {{Stand 12}} I found a {{baggage tag}} and a chock strap right in front of the
        no.2 engine intake position. {{A321}} [[aircraft_registration:G-POWN]] was due on stand at 10:50
        ([[flight_number:EZY6422]] from Alicante). Removed and reported to {{Apron Control}}. The {{ground handler}}
        ([[organisation:Skyway Ground Services]]) had done their own walk at 10:15 and signed it off.

        Photos attached. Can we look at how the handler's sign-off is checked?

        Thanks
        [[name:Lerato]]
        {{Airside Safety Officer}}
        [[phone:07700 900 215]]
    """)),
    ("aviation", "incident", block("""
        FUEL SPILL – {{stand 4}} – [[date:21/09/23]]

        13:02  Bowser [[vehicle_registration:YX18 PLO]] ({{Jet A-1}}) refuelling {{ATR 72}} [[aircraft_registration:EI-FMK]] ([[flight_number:EI3241]])
        13:09  Overwing {{nozzle}} dropped, approx 60 L spilt under left wing
        13:10  Fueller [[name:Kenny]] hits emergency stop, calls {{Apron Control}}
        13:11  Apron to {{RFFS}}: spill, Local Standby not declared
        13:14  Rescue 1 on scene, {{spill kit}} deployed, pax boarding halted
        13:38  Area declared safe, pax boarding resumed
        14:05  [[flight_number:EI3241]] departs 52 mins late

        Issue: boarding had already started with pax walking across the apron before Apron told the dispatcher.
        Dispatcher [[name:Aoife Brennan]] only found out when the crew stopped pax at the steps.
        MOR filed: [[case_reference:MOR 2023/14587]]
    """)),
    ("aviation", "near_miss", block("""
        [[name:Danny P]]: heads up, P3 ({{Panther}}) foam tank gauge reading full but it's actually about half. found it on {{daily checks}}
        [[name:Big Mo]]: 😳 since when
        [[name:Danny P]]: no idea, last {{foam test}} was the [[date:2nd]]
        [[name:Sian]]: have u told the {{WM}}? we're {{CAT 7}} with only 2 appliances if P3 goes off the run
        [[name:Danny P]]: yep he's on to {{ATC}} now to drop to CAT 6 while we refill
        [[name:Big Mo]]: good shout mate
    """)),
    ("aviation", "success", prose("""
        On the afternoon of [[date:4 January 2024]] a passenger collapsed in the departure lounge after security.
        {{RFFS}} crew were on scene within 3 minutes; {{Crew Commander}} [[name:Priyanka Nair]] and firefighter
        [[name:Tomasz Zieliński]] found him in {{cardiac arrest}} and started {{CPR}}. The terminal {{AED}} delivered
        two shocks and he had a pulse before the {{ambulance}} arrived. He was later discharged from hospital. What went
        well: the AED locations on the new terminal plan, a clear radio call, and security moving the crowd back. The
        family, from Galway, have written to the airport to thank the crew.
    """)),
    ("aviation", "near_miss", prose("""
        Bizjet {{Citation XLS}} [[aircraft_registration:N614QS]] arrived 22:10 on the [[date:17th]] and was given
        {{stand 21}} by apron, which is a {{code B}} stand. {{Follow-me}} driver [[name:Abdul-Rahman Saeed]] noticed on the
        way that wingtip clearance to the lighting mast would be tight, stopped short and asked apron to check. Turns
        out the stand planning system had the type down as a Citation Mustang. Re-allocated to stand 19, handling agent
        told on [[phone:+1 305 555 0187]]. No contact. Apron controller on duty [[name:Nia]] raised it for the
        {{stand planning}} data to be checked against the {{AIP}} stand list.
    """)),
    ("aviation", "incident", block("""
        AIRSIDE VEHICLE INCIDENT
        Date: [[date:07/07/2024]]   Time: 15:25
        Stand: {{Stand 3}}
        Vehicle: {{baggage tug}}, reg [[vehicle_registration:WU21 HMV]], fleet no. 27
        Driver: [[name:Jordan Ellis-Hart]] ([[organisation:Skyway Ground Services]])
        Aircraft: {{E195}} [[aircraft_registration:G-CIXW]] operating [[flight_number:T3 611]]
        Damage: {{airstairs}} handrail bent, no aircraft damage. Engineering check done, aircraft released

        Description: driver turned too tight with 3 {{baggage carts}} behind, rear cart swung into the stairs. Driver had
        his {{hi-vis}} hood up in the rain and said he didn't see the stairs in his mirror.
        {{Airside driving permit}} suspended pending retraining.
        Reported by: [[name:Mags]] – {{Duty Manager}}
    """)),
    ("aviation", "success", prose("""
        Good catch by [[name:Bill]] in apron control on [[date:Thursday 12 Dec]]. Watching the {{CCTV}} during the
        turnaround of [[flight_number:TOM4516]] he noticed the aft {{cargo door}} on the {{737 MAX}} was still open as the
        {{tug}} connected for {{pushback}}. Radioed the dispatcher, door closed, push delayed 2 mins. [[name:Bill]], top
        job.
    """)),
    ("aviation", "near_miss", prose("""
        During the first-light {{runway inspection}} on [[date:2 March]], {{RFFS}} vehicle Rescue 4 was cleared by the
        {{Tower}} to enter runway 27 at {{holding point}} B2 to remove bird strike remains. The driver,
        {{Crew Manager}} [[name:Gareth Lloyd-Evans]], read back the clearance correctly but then went past the
        {{stop bar}}, which was still lit, thinking the clearance covered it. The Tower controller saw it straight away and
        stopped the vehicle. There was no traffic within 10 miles at the time. [[name:Gareth]] reported it himself, and in
        the debrief said he had been rushing because of a {{bird hazard}} call. Learning: a lit stop bar means stop,
        whatever the clearance; ask the Tower to switch it off. Reported as an {{MOR}}
        ([[case_reference:MOR-2024-0388]]).
    """)),
    ("aviation", "success", block("""
        DEBRIEF – {{Emergency Exercise}} "Osprey" – [[date:Wed 16 Oct 2024]]

        Attendees: {{SAFO}} [[name:J. Okoro]], WM [[name:Halliday]], CM [[name:Aled]], [[name:Fiona McKenzie]] ({{Airport Duty Manager}}), [[organisation:Dyfed Fire and Rescue]] liaison, apron control ([[name:Chen Wei]])

        Good:
        - {{crash alarm}} to first appliance moving: 41 sec
        - {{casualty triage}} with {{SALT}} cards worked well
        - mutual aid from [[organisation:Dyfed Fire and Rescue]] arrived at RVP North in 14 min

        Improve:
        - {{Airport Emergency Plan}} radio channel 3 overloaded
        - apron control lost track of two buses moving pax
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT – [[aircraft_registration:G-ISLK]]   Sector: [[flight_number:LM 624]]   [[date:28/05/24]]
        Crew: {{Captain}} [[name:Moira Kerr]], {{FO}} [[name:Ravi Shah]]
        Defect: bird strike on landing rwy 09, {{L/H}} landing light lens cracked, blood on {{nose gear}}
        Action: {{RFFS}} attended for {{runway sweep}}, remains collected (gull x2). {{wildlife control}} informed late -
        25 min after the event as Apron thought Tower had done it and vice versa.
        Engineer: [[name:P. Sutherland]]

        Note from ops: whoever takes the first call owns the call to wildlife control.
    """)),
    ("aviation", "near_miss", prose("""
        {{VDGS}} on {{stand 9}} failed at 19:40 on [[date:Sunday 25/08]] just as [[flight_number:KL1087]]
        ({{Embraer 175}}, [[aircraft_registration:PH-EXF]]) was taxiing in. Apron control called for a {{marshaller}}
        but the only trained marshaller on shift, [[name:Kwabena]], was on his break off site. The {{Captain}} held on
        the taxiway for 9 minutes. [[name:Kwabena]] came back and marshalled it on. Nobody was hurt, but if the aircraft
        had been told to continue it would have been a stand entry without guidance. Roster now needs two
        marshal-trained staff on every shift. – [[name:Eleri Hughes]], {{Apron Control}}
    """)),
    ("aviation", "incident", prose("""
        Roller door on bay 2 at the fire station jammed half open during a {{Local Standby}} at 02:15 on
        [[date:11/11/23]] ({{A320}} [[aircraft_registration:G-EZWX]], [[flight_number:EZY1836]], {{cargo smoke warning}}).
        {{Panther}} 2 couldn't get out until the door was forced manually, so only two appliances were at the
        {{standby positions}} when the aircraft landed, which is below our {{response category}}. Aircraft landed
        normally, false warning. The door had been reported faulty on [[date:3 Nov]] but the job was still open with
        estates. Sub Officer [[name:Wayne Tully]] has asked for a daily door test on the {{shift change checklist}}.
    """)),
    ("aviation", "success", block("""
        [[name:Fi]] 23:48: massive thanks to [[name:rav]] & [[name:Mark]] tonight, {{de-icing}} rig broke down with 4 departures waiting and they had the second rig fuelled and out in 20 mins
        [[name:Fi]] 23:48: all 4 away inside {{night quota}} and {{holdover}} times all ok
        [[name:Mark]] 23:50: team effort, the {{Type I fluid}} top-up was already done thanks to days. {{ATC}} were great too
        [[name:Fi]] 23:51: still. 👏 [[date:19/01]] was a good night
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind141", REPORTS))


if __name__ == "__main__":
    main()
