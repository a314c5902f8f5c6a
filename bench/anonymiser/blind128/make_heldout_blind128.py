"""Held-out blind corpus 128: just-culture incident and learning reports, written blind.

Setting: UK adoption, kinship and special guardianship teams; a paediatric emergency
department and children's wards; an airline's flight operations, dispatch and crew control.
Style: the ordinary mix staff really type -- rushed lower-case notes with typos, careful
narratives, chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style chat,
incident forms with field labels, handover sheets, tech-log extracts, debrief notes and
praise or shout-outs. Identifiers are marked `[[label:value]]`; must-not-redact mentions
(roles, agencies, frameworks, clinical terms, equipment, aircraft types) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind128.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        letterbox letter for [[name:kayden]] went out to birth {{mum}}s old address [[address:22 Fennel Rd]]
        instead of the new one in [[postcode:BD7 4HN]]. picked up on [[date:12/03]] when it came back {{RTS}}.
        {{adoption support}} worker [[name:tash]] had updated {{Mosaic}} but the {{letterbox}} spreadsheet isnt
        linked so admin used the old one. no harm as far as we know, new tenant sent it back unopened.
        ref [[case_reference:MOS-448120]]. we need one source of truth for addresses, raising at team mtg thurs
    """)),
    ("social_care", "success", block("""
        Shout-out 🌟
        Massive thanks to [[name:Bronwen Pryce]] in the {{Kinship Assessment}} team for the {{viability}} on the
        [[name:Oyelaran]] family. {{Grandad}} was adamant he wouldn't talk to "{{the social}}", and [[name:Bronwen]] sat
        with him in his allotment shed for an hour before she even opened her laptop. By the end he'd agreed to a
        {{Family Group Conference}} and the {{special guardianship}} assessment is now going ahead.
        Proper relationship-based practice. Thank you [[name:Bron]] x
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ruth Abernethy]] <[[email:ruth.abernethy@calderbridge.gov.uk]]>
        To: SGO Support Team
        Subject: near miss - draft support plan

        Hi all,

        Flagging a near miss from [[date:Tuesday 4th June]]. The draft {{SGO support plan}} for [[name:Leila]] ([[age:6]])
        was about to go to birth dad for comment via his {{solicitor}} and still had the name of her new school,
        [[organisation:St Aidan's RC Primary]], in section 3. [[name:Marek]] on admin noticed when he was doing the
        {{redaction}} check, which is exactly what the checklist is for. Nothing left the building.

        Could we all please remember the plan goes out in full, so the {{schedule of redactions}} needs doing
        before {{manager sign-off}}, not after?

        Thanks,
        [[name:Ruth]]

        [[name:Ruth Abernethy]] | Senior Practitioner, {{Special Guardianship}}
        [[organisation:Calderbridge Permanence Service]]
        [[phone:01422 558301]] | [[phone:07712 904662]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - [[name:Dembélé]] / [[name:Kowalczyk]] kinship arrangement   LCS [[case_reference:2290417]]

        [[date:03/02/24]] 22:40  {{EDT}} place [[name:Amara]] ([[age:4]]) with maternal aunt [[name:Jolanta Kowalczyk]],
                          [[address:9 Heron Way]], [[postcode:NG5 1DX]], under {{Reg 24}}.
        [[date:05/02/24]]        {{Duty SW}} requests {{PNC}} and {{DBS}} checks for aunt and partner.
        [[date:19/02/24]]        Aunt's checks back clear. Partner's form never sent - lost between duty and kinship team.
        [[date:11/03/24]]        Chased. Partner [[name:Dariusz]] has a {{domestic abuse}} conviction from 2019.
        [[date:12/03/24]]        {{Strategy discussion}}. Safety plan agreed, [[name:Dariusz]] moves to his brother's.

        Learning: nobody owns the Reg 24 checks after an out-of-hours placement. Agreed duty holds them
        until the {{transfer meeting}}.
    """)),
    ("social_care", "near_miss", block("""
        [09:12] [[name:Femi Adebayo]]: morning, quick one - the {{CPR}} for [[name:Ellis]] has a para about [[name:Rocco]]'s {{foetal alcohol}} diagnosis in the health section?? think its copy paste from the sibling template
        [09:14] [[name:Siân Morgan]]: oh no. thats mine. it hasn't gone to {{panel}} has it
        [09:14] [[name:Femi Adebayo]]: no, panel is the [[date:18th]]. caught it on my {{QA}} read
        [09:15] [[name:Siân Morgan]]: fixing now, thank you!! will check the rest for anything else from [[name:Rocco]]'s file
        [09:20] [[name:Siân Morgan]]: sorted. also found his {{GP}} listed as [[name:Ellis]]'s. changed both
        [09:21] [[name:Femi Adebayo]]: 👍 lets raise the template thing at {{team meeting}}, templates shouldnt carry names over
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Permanence & Adoption
        Date of incident: [[date:Sat 14 September 2024]]
        Location: foster carers' home, [[address:Tŷ Gwyn, 3 Llys Derwen]], [[postcode:CF24 3PL]]
        Child: [[name:R.J.]]   DOB: [[date_of_birth:02/11/2017]]
        Reported by: [[name:Gwen Hopkins]] ({{supervising social worker}})
        Description: Birth father [[name:Lee Pritchard]] came to the door at approx 11am asking to see his son.
        Carers did not open the door, rang {{999}} and then {{EDT}}. He left before police arrived.
        Crime ref [[case_reference:2400318812]]. Child was upstairs and did not see him.
        How was the address known: under review - possibly a photo of the school uniform posted on
        {{Facebook}} by a relative.
        Immediate actions: {{safety plan}} updated, {{contact}} suspended pending review, {{life story work}} paused.
        WCCIS ref: [[case_reference:7730921]]
    """)),
    ("social_care", "success", prose("""
        Good catch worth sharing. Before {{adoption panel}} on [[date:27 February]], our {{medical adviser}}
        Dr [[name:Nkechi Obi]] re-read the {{Adoption Health Assessment}} for [[name:Hope]] ([[age:2]]) against the
        birth mother's {{antenatal}} records and noticed the {{hepatitis C}} screen had never been repeated after
        birth. She rang the prospective adopters, Mr and Mrs [[name:Fairweather]], herself to explain, arranged the
        test through [[organisation:Moorside Surgery]], and the result came back negative before the {{match}} went
        to panel. The adopters said afterwards it was the first time they felt nobody was hiding anything from
        them. Thank you [[name:Nkechi]].
    """)),
    ("social_care", "incident", prose("""
        When the {{life story book}} for [[name:Tyler-Jay]] was handed to his adopters at the {{celebration hearing}},
        it still contained a photo of his birth family's front door with the house number visible
        ([[address:41 Cromwell Street]]) and his birth surname, [[name:Mahoney]], on a birthday card. The book had
        been through two drafts. The {{family finder}} who started it, [[name:Aoife Brennan]], left before the final
        version and it was finished by an agency worker with no {{handover}}. The adopters spotted it themselves and
        gave it back to us. The team now uses a {{redaction checklist}} signed off by the {{team manager}}, and life
        story work is set up in {{Liquidlogic}} as a task with a named owner rather than a case note.
        Looking back, the problem was not one person. The book sat in a shared drive folder with no version control,
        the agency worker was never told it had not been checked, and the {{adoption support}} manager assumed the
        family finder had signed it off before she left. The adopters have been generous about it, but they told us
        they now worry about what else might be in the file. We have offered a meeting with the {{Head of Service}}
        and a fresh copy of the book, and we will ask them to help us review the checklist.
    """)),
    ("social_care", "near_miss", block("""
        [[date:21/08/2024]]
        17:52 - [[name:Shaz]]: uncle's turned up at reception for the baby, says mum agreed he can take her
        17:53 - [[name:Kev O'Neill]]: has he been assessed? nothing on {{LCS}} for him
        17:53 - [[name:Shaz]]: no, he's not the {{connected person}} we approved, thats the nan
        17:54 - [[name:Kev O'Neill]]: then he cant take her. ring nan, baby doesnt leave with him, and get the {{duty manager}}
        17:58 - [[name:Shaz]]: nan on her way from [[address:Brookfield Avenue]]. uncle was ok about it tbh
        18:05 - [[name:Kev O'Neill]]: good call. case note it pls and let the {{IRO}} know tomorrow. {{Reg 24}} doesnt cover him
    """)),
    ("social_care", "incident", block("""
        KINSHIP TEAM - FRIDAY HANDOVER [[date:05/07]]
        On call w/e: [[name:Priya Chaudhry]] [[phone:07956 213448]]

        [[name:Walker]] children (SGO, gran [[name:Maureen Walker]]) - gran rang, allowance not paid. Finance say {{SGO allowance}}
          stopped after {{annual review}} wasn't logged. INCIDENT logged, emergency payment agreed by [[name:DW]].
        [[name:Baptiste]] - [[name:Jaden]] ([[age:15]]) missing from [[address:18 Orchard Rise]] last night, back 2am.
          {{Return home interview}} booked Mon.
        [[name:Nasir]] family - {{FGC}} Tues at [[organisation:Eastfield Family Hub]], Dari interpreter confirmed.
        [[name:Chloe K]] - {{viability}} due [[date:12/07]], not started. Pls flag to {{ATM}}.

        Nothing else urgent. Phone is charged!
    """)),
    ("social_care", "success", block("""
        Debrief - supervised {{family time}}, [[date:Wed 9 Oct]]
        Present: [[name:Will Ashworth]] ({{contact supervisor}}), [[name:Nadia Haddad]] (SW), {{foster carer}}

        What happened: birth mum arrived very upset after a court letter. [[name:Will]] moved the session from the
        {{contact centre}} room into the garden, gave her 10 mins with him first, and [[name:Summer]] ([[age:8]]) and her
        brother then had a good hour with her - biscuits, football, photos.
        What went well: [[name:Will]] read it early, used {{PACE}}, stuck to the {{contact plan}} without being rigid.
        Learning: add a check-in with parents before sessions to the family time procedure.
        [[name:Nadia]] to take to {{practice forum}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:2 May 2024]] at about 4pm I sent the final {{PAR}} for Mr [[name:Adeyemi]] and Mr
        [[name:Clarke-Hollis]] to what I thought was their shared address, [[email:adeyemiclarke@gmail.com]].
        Autofill picked [[email:adeyemi.clark@gmail.com]] instead, which belongs to a stranger. I realised when
        they replied asking who we were. I rang the {{IG team}} straight away, tried to recall the message (it
        failed) and wrote asking the recipient to delete it, which they confirmed the next morning. The couple were
        told by my manager [[name:Grace Otieno]] the same day. Logged as [[case_reference:IG-2024-0517]] and
        reported to the {{ICO}} by the {{DPO}}. I have now switched off autocomplete in {{Outlook}}.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - SGO allowance set-up
        Carer: Ms [[name:Blessing Nwosu]]
        Child: [[name:Precious]] ([[age:11]]), {{SGO}} made [[date:28/06/24]]
        NI no. on our form:    [[ni_number:JK 48 21 93 C]]
        NI no. on {{DWP}} letter: [[ni_number:JK 48 21 39 C]]
        What happened: the {{means test}} was about to be run against the wrong NI number (last digits swapped
        when typed from a phone call). [[name:Tomasz]] in {{payments}} noticed the mismatch with the {{DWP}}
        letter on the scanned docs and held the set-up.
        Why it matters: the allowance would have been assessed on someone else's benefits.
        Change: NI numbers copied from documents only, never from phone calls.
    """)),
    ("social_care", "success", prose("""
        just wanted to say {{IRO}} [[name:Bill Rafferty]] emailed to say the {{later life letter}} [[name:Jas]] wrote
        for [[name:Mia]] is the best hes read in 20 yrs. honest, warm, no jargon, explains the {{care proceedings}}
        in words a [[age:12]] yr old will get. [[name:Jas]] is going to share how she does it at the {{Regional
        Adoption Agency}} practice day and its going in the {{Adoption UK}} newsletter. well done!!
    """)),
    ("social_care", "incident", prose("""
        Short note for the learning log. On [[date:16 January]] a {{Section 20}} agreement for a toddler going into a
        {{kinship}} placement was signed by a parent who, looking back, did not have {{capacity}} at the time; she had
        been drinking. Nobody checked because it was a late-evening placement and the {{out of hours}} worker was on
        their own. The placement is stable and the agreement was redone properly on [[date:18 January]] with an
        {{advocate}} present. We are adding a capacity prompt to the {{s20}} form.
    """)),
    ("social_care", "near_miss", prose("""
        nursery staff at [[organisation:Little Acorns Nursery]] wouldnt release [[name:rosie]] to the contact taxi bc
        the reg [[vehicle_registration:YX19 KDF]] wasnt the one on the {{transport booking}}
        ([[vehicle_registration:YA68 TPN]]). turns out the firm swapped car and driver w/o telling us. nursery did
        exactly the right thing, rang {{duty}} on [[phone:0113 496 0872]] and we confirmed via the {{password}}
        system before she went. {{family time}} started 20 min late, no harm. have asked {{commissioning}} to
        make firms notify changes.
    """)),
    ("social_care", "success", prose("""
        {{Early Permanence}} worked as it should for baby [[name:Oluwaseun]], born [[date_of_birth:3 March 2024]] at
        [[organisation:Royal Calder Infirmary]]. Because the {{FfA}} carers, [[name:Dan]] and [[name:Aled Price-Jones]],
        were approved and matched before the birth, he went straight from the {{neonatal unit}} to them on day four
        instead of a short-term placement first. The {{hospital social worker}}, [[name:Thandiwe]], made sure birth
        mum had her own time with him on the ward and a {{memory box}}. Birth mum has since told her
        {{solicitor}} she is glad he has "one family, not three". Placement order granted [[date:19 August]].
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Datix ref: [[case_reference:DW-118342]]
        Area: [[organisation:Riverside Children's Emergency Department]]
        What happened: two unrelated children with the same surname, one in {{resus}}, one in {{majors}}:
          [[name:Ayaan Hussain]] ([[age:3]]) NHS [[nhs_number:564 439 0292]]
          [[name:Zara Hussain]] ([[age:5]]) NHS [[nhs_number:276 282 4982]]
        [[name:Ayaan]]'s bloods were labelled with [[name:Zara]]'s addressograph. Lab flagged the {{group and save}}
        against her historical group and rejected it ({{WBIT}}). Both re-bled. No transfusion given.
        Contributing: labels printed in advance at the {{triage}} desk; no {{similar name alert}}.
        Actions: labels printed at the bedside only; name-alert sticker on the board.
    """)),
    ("health", "near_miss", prose("""
        near miss - iv {{paracetamol}} prescribed 2250mg for a 15kg [[age:3]]yo, shud be 225mg (15mg/kg).
        decimal slipped on {{EPMA}}. staff nurse [[name:Rose]] picked it up at the {{second check}}, pharmacist
        [[name:ifeoma]] confirmed and dr re-prescribed. not given. bed 6 [[organisation:Puffin Ward]] [[date:28/2]].
        datix done. we need a {{max dose alert}} in {{Cerner}} for under 50kg, cant rely on ppl at 4am
    """)),
    ("health", "success", prose("""
        Shout-out to {{HCA}} [[name:Joy Mensah]] on [[organisation:Kingfisher Ward]], who felt that [[name:Sky]]
        ([[age:9]] months) was "just not right" at the 3am obs even though her {{PEWS}} was only 2. [[name:Joy]]
        woke the nurse in charge, who called the reg. {{Sepsis}} screen done, {{lactate}} 4.1, {{IV antibiotics}}
        in within the hour and a transfer to {{PICU}} before morning handover. [[name:Sky]] is home now. Trust
        your gut, and thank you [[name:Joy]].
    """)),
    ("health", "near_miss", block("""
        [[organisation:Rainbow Ward]]  NIGHT -> DAY HANDOVER  [[date:Thu 7/11]]
        Bed 1  [[name:Maxim Petrenko]] [[age:14]]y  {{DKA}} day 2, off {{variable rate insulin}}, {{ketones}} 0.8, eating. Dad staying.
        Bed 3  [[name:Amelia-Rose Thompson]] [[age:6]]y  # {{supracondylar}} post {{MUA}}, neurovasc obs 2hrly ok
        Bed 4  [[name:Ibrahim]] [[age:11]]m  bronchiolitis, {{high flow}} weaned to 1L
        Bed 7  baby [[name:Quinn]] - NEAR MISS: {{heparin}} flush found drawn up unlabelled in the {{sodium chloride}}
               tray. Not used. Binned + datix'd. Pls remind everyone about labelling.
        Safeguarding: bed 3 {{MASH}} check done, known to CSC ([[case_reference:MOS 3390125]]), no concerns re this injury.
        NIC nights: [[name:Shirley]]
    """)),
    ("health", "incident", block("""
        Ulysses ref: [[case_reference:ULY-77213]]
        Date/time: [[date:19/04/2024]] 01:30
        Location: Paeds ED, cubicle 4
        Patient: [[name:Lacey-Mae Booth]]  DOB [[date_of_birth:14/09/2022]]  NHS No [[nhs_number:1642348333]]  Hosp No [[case_reference:RX4418702]]
        What happened: [[age:19]] month old with {{head injury}} after "falling off the sofa". Seen and discharged by
        a locum. The {{CP-IS}} flag (child on a {{child protection plan}}) was showing on {{Symphony}} but was not
        opened. Health visitor [[name:Dawn Ellery]] raised it next morning when she got the {{discharge summary}}.
        Harm: none known. {{Strategy meeting}} held [[date:19/04/2024]] pm.
        Reported by: Dr [[name:Kwame Asante]]
    """)),
    ("health", "near_miss", block("""
        [02:10] [[name:Kasia]] (bed mgr): any chance of a bed on {{CAU}}? [[age:16]]yo overdose in ED, adult side want him on [[organisation:Ward 22]]
        [02:12] [[name:Olu]] (paeds reg): he's under {{CAMHS}} and still a child, he comes to us
        [02:13] [[name:Kasia]]: [[organisation:Nightingale Ward]] is full tho
        [02:15] [[name:Olu]]: then he stays in ED paeds side til we make a bed. not going to an adult bay with no {{RMN}}
        [02:16] [[name:Kasia]]: ok fair. will escalate to {{site manager}}
        [02:40] [[name:Olu]]: bed made, moving him at 3. {{NAC}} infusion running, 2nd bag
    """)),
    ("health", "success", prose("""
        Pharmacist [[name:Mark Liang]] spotted that [[name:Oscar]] ([[age:7]]) had {{co-amoxiclav}} charted for a
        {{cellulitis}} despite a {{penicillin allergy}} (anaphylaxis, 2021) in the GP summary from
        [[organisation:Hawthorn Medical Practice]]. The allergy had never been carried across to our {{EPR}}
        because the admission was clerked from the ED notes. First dose was due 30 minutes later. He changed it
        with the team to {{clindamycin}} and updated the allergy record. Simple, quick, and potentially
        life-saving. Well done [[name:Mark]].
    """)),
    ("health", "incident", block("""
        Timeline - delayed escalation, [[organisation:Seacole Ward]], [[date:23/01/25]]
        19:00  [[name:Harvey]] ([[age:4]]) admitted with {{gastroenteritis}}, PEWS 1
        22:00  PEWS 3 (HR 160, CRT 3s). Not escalated - nurse told reg was in resus
        00:00  obs not done, bay busy
        02:00  PEWS 6, drowsy, {{Glasgow Coma Scale}} 13. Reg Dr [[name:Tan]] attends
        02:15  {{blood gas}}: pH 7.21, glucose 2.6. {{fluid bolus}} 10ml/kg, {{dextrose}}
        03:30  improving, moved to {{HDU}} bed
        Learning: if the reg is tied up, escalate straight to the consultant. Use {{SBAR}}. Missed 00:00 obs
        should themselves trigger a review.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Hannah Gallagher]] <[[email:hannah.gallagher4@nhs.net]]>
        Sent: [[date:14 October 2024]] 16:02
        To: Paeds Discharge Team
        Subject: near miss - letter nearly to wrong GP

        Hi team,

        Quick one. The {{discharge letter}} for [[name:Noah Kaur-Bains]] ([[nhs_number:188 855 3537]]) was about to go
        to [[organisation:Parkview Surgery]] because that's what our {{PAS}} had. Mum mentioned at the bedside they'd
        moved to [[organisation:Park Lane Surgery]] in the summer. {{PDS}} on the {{Spine}} was already updated; our
        system just hadn't synced. Please check the GP on the Spine, not just PAS, before sending.

        Thanks
        [[name:Hannah]]
        {{Paediatric Discharge Coordinator}}
        [[phone:0161 496 0384]]
    """)),
    ("health", "incident", prose("""
        [[name:Bella]] ([[age:18]] months) climbed over the {{cot side}} on [[organisation:Dolphin Ward]] at about
        05:40 on [[date:2 August]] and fell to the floor. {{Mum}} was asleep in the {{parent bed}} and the nurse was
        in the next bay. Seen by the SHO straight away; {{neuro obs}} for four hours were normal and no {{CT}} was
        needed under the {{NICE}} head injury guidance. Mum was upset but understanding. The cot was one of the
        older ones with lower sides that we thought had all been replaced. A {{falls risk assessment}} had not been
        done because she was admitted overnight. Estates are now checking every cot on the ward.
        On reflection, we also missed a chance earlier in the night: the {{HCA}} had noticed her pulling herself up
        on the rail at 02:00 and mentioned it at the {{safety huddle}}, but nobody moved her to a {{high-sided cot}}
        because none were free and we did not think to borrow one from the next ward. We will add "climbing" as a
        specific prompt on the huddle sheet and keep a spare high-sided cot on the unit.
    """)),
    ("health", "success", prose("""
        big thank you to [[name:Lowri]] our {{play specialist}} who spent 40 mins with [[name:Theo]] ([[age:5]]) before his
        {{lumbar puncture}} using the {{Buzzy}} and bubbles. no {{sedation}}, no {{Entonox}}, done first time. mum in
        tears (good ones). - Dr [[name:Yusuf]]
    """)),
    ("health", "near_miss", prose("""
        On [[date:9 March]] we were about to transfer a [[age:12]]-year-old with a {{head injury}} from resus to {{CT}}
        on {{oxygen}}. The {{CD cylinder}} on the trolley had been signed as checked on the morning list, but ODP
        [[name:Callum Baird]] looked at the gauge before we left and it was showing a quarter, roughly ten minutes'
        worth. He swapped it before we moved. With the usual wait for the {{lift}} we would probably have run out on
        the way. The morning check only asks "cylinder present", not the contents, so the {{checklist}} is being
        changed.
    """)),
    ("health", "incident", prose("""
        {{drugs fridge}} in the {{treatment room}} found at 14°C on [[date:3rd Nov]]. temp log not signed since
        [[date:31 Oct]]. {{insulin}} and {{vaccines}} quarantined, {{pharmacy}} advised, stock replaced. alarm had been
        switched off at some point (nobody knows when). {{estates}} fixed the door seal.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - resus 2, [[date:11/12/24]] 14:05-14:41
        Patient: [[age:8]] wk infant, {{bradycardia}} -> arrest. {{ROSC}} at 6 min.
        Went well:
        - Team lead Dr [[name:Eilidh MacLeod]] called roles out loud before the baby arrived
        - {{pre-alert}} from ambulance meant {{adrenaline}} drawn up and {{Broselow}} tape ready
        - scribe [[name:Niamh]] read out times every 2 min
        - mum had a named nurse ([[name:Gift]]) with her the whole time
        Even better if:
        - {{IO}} needles were in the wrong drawer of the {{resus trolley}} (restocked after a previous case)
        - {{PICU}} retrieval number not on the wall
        Actions: trolley layout photo on lid; numbers laminated. [[name:Eilidh MacLeod]] to feed back at {{M&M}}.
    """)),
    ("health", "incident", prose("""
        [[name:Alfie]] ([[age:10]]) on [[organisation:Ward 11]] had {{maintenance fluids}} running at 85 ml/hr instead of
        58 ml/hr for about six hours overnight on [[date:15/05]]. The digits were transposed when the {{Alaris}} pump
        was programmed, and the {{drug library}} wasn't used because staff didn't see fluids as "a drug". Picked up
        at the 06:00 {{fluid balance}} review by SN [[name:Okonkwo]]. {{Sodium}} 134, no harm. All pumps now to be run
        through the library including plain fluids, and rate checked at every handover.
    """)),
    ("health", "near_miss", prose("""
        [[name:ruby]] [[age:2]] brought in by nan ?swallowed something from the tv remote. triaged {{yellow}} on
        {{Manchester Triage}} as well child foreign body. {{button battery}} not thought about until [[name:jamal]] (ENP) asked
        to see the remote at 20:15 - battery missing. {{xray}} showed {{halo sign}} in oesophagus, to theatre at
        [[organisation:St Bride's Children's Hospital]] inside 2hrs. would have waited 3+ hrs otherwise. need
        ?button battery = red regardless of symptoms
    """)),
    ("health", "success", prose("""
        Shout-out to the night team on [[organisation:Kestrel Ward]] for getting a {{professional interpreter}} (Tigrinya,
        via {{LanguageLine}}) at 3am instead of asking [[name:Selam]]'s [[age:13]]-year-old brother to translate for the
        {{consent}} for her {{appendicectomy}}. It took an extra 25 minutes but her dad, Mr [[name:Tesfaye]], understood
        the risks and asked good questions. The {{surgical reg}}, Dr [[name:Ó Faoláin]], waited without complaint. This is how
        it should be done every time, not just when it's easy.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", block("""
        ASR [[case_reference:ASR-2024-03318]]
        Flight: [[flight_number:ZQ417]]  {{EDI}}-{{AGP}}   Date: [[date:11/05/24]]
        Aircraft: [[aircraft_registration:G-ZQLA]] ({{A320}})
        Dispatcher: [[name:Ciarán Doyle]]
        Summary: {{OFP}} released with {{trip fuel}} calculated on the {{A321}} performance file after a late tail swap.
        {{Captain}} queried block fuel 1.2t lower than expected at briefing. OFP re-run on correct type;
        extra fuel uplifted, 18 min delay. Fuel would not have gone below {{final reserve}}, but
        {{alternate}} fuel would have been eroded.
        Cause: tail swap updated the reg in the {{flight planning system}} but not the aircraft type.
    """)),
    ("aviation", "incident", block("""
        [09:41] [[name:Gaz]] (crew control): FO [[name:Petra Novak]] rang in, her duty yday finished 23:50 not 22:30 - late arrival on [[flight_number:ZQ882]]
        [09:42] [[name:Gaz]]: and she's just operated [[flight_number:ZQ301]]/[[flight_number:ZQ302]] off a 06:10 report. that's 10h40 rest
        [09:44] [[name:Anjali]] (duty mgr): checked {{AIMS}}, actuals never came across from {{ACARS}}. she's right, {{minimum rest}} not met
        [09:45] [[name:Anjali]]: thats an {{FTL}} exceedance, we have to report it. pls take her off the afternoon and put standby on
        [09:47] [[name:Gaz]]: standby FO [[name:Rhys Llewellyn]] called, ETA 10:30
        [09:52] [[name:Anjali]]: thanks. I'll do the report and ask IT why {{ACARS}} times didn't post
    """)),
    ("aviation", "success", prose("""
        Good catch from [[name:Mehmet Yılmaz]] on the night dispatch desk. Checking {{NOTAMs}} for
        [[flight_number:ZQ1156]] to Kraków on [[date:30 January]] he noticed a runway closure for {{ILS}} maintenance
        from 0200 to 0500 that our {{flight planning system}} had filtered out because of a wrong validity code.
        The planned arrival was 0235. He re-planned with a later departure and extra {{holding fuel}}, briefed the
        crew directly and raised a ticket with the supplier. Without him the crew would have found out on
        {{ATIS}} on descent. Thank you [[name:Mehmet]].
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG EXTRACT  [[aircraft_registration:EI-FZQ]]
        Page [[case_reference:04417]] item 2   [[date:14 JAN 25]]   STN {{DUB}}
        Defect: #2 {{pack}} fault on taxi in.
        Action: deferred {{MEL}} 21-51-01 Cat C. Ops restriction: max FL250, no ops where OAT > 25C.
        Eng: [[name:S. Kavanagh]]

        Ops note: aircraft then planned by dispatch onto [[flight_number:ZQ7720]] to {{LPA}} (forecast 27C).
        The {{Captain}} found the restriction on the {{tech log}} at the walk-round. Swapped to [[aircraft_registration:EI-FZR]],
        55 min delay. The {{ops control}} screen shows MEL items but not the restrictions attached to them.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Declan Ward]]
        To: [[name:Lorna McIntyre]]
        Subject: Data incident [[case_reference:DI-0932]] - crew list to hotel

        Hi [[name:Lorna]],

        As discussed, the {{night-stop}} booking for [[date:6 March]] went to the front desk at
        [[organisation:Hotel Bahía Sur]] with the full {{crew manifest}} export attached instead of the rooming list.
        It had names, {{staff numbers}}, DOBs and home addresses of six crew, including Capt [[name:Idris Bello]]'s
        address in [[postcode:M14 6RW]]. The hotel confirmed deletion the same day. All six crew have been told and
        the {{DPO}} has logged it. The template in {{Crew Services}} has now been changed so the export can't be
        attached by mistake.

        Regards
        [[name:Declan Ward]]
        Crew Services Manager
        [[email:declan.ward@halcyonair.co.uk]] | [[phone:+44 161 496 0733]]
    """)),
    ("aviation", "success", block("""
        Debrief notes - [[flight_number:ZQ2290]] diversion, [[date:17/07/24]]
        Crew: Capt [[name:Helen Achterberg]], FO [[name:Kofi Boateng]], {{SCCM}} [[name:Eilis]]
        - Pax ([[age:67]]) suspected {{stroke}} 40 min after departure. [[name:Eilis]] did the {{FAST}} check, PA for a doctor, one onboard
        - {{MedLink}} advice: divert. Capt chose {{BOD}} - nearest suitable with a stroke unit
        - Ops control ([[name:Summer Hale]]) had an ambulance at {{stand 14}} and the handling agent briefed before landing
        - On the ground 38 min after first call
        Went well: early decision, clear {{NITS}} brief, cabin kept calm
        Improve: the {{defib}} was checked but the {{medical kit}} seal log was out of date
    """)),
    ("aviation", "near_miss", block("""
        [[date:09 NOV]]  [[flight_number:ZQ564]]  [[aircraft_registration:G-ZQLE]]  {{LGW}}-{{FNC}}
        0612  {{loadsheet}} issued: 174 pax, all standard adult weights
        0618  SCCM headcount 174 - matches
        0620  dispatcher [[name:Ama Owusu]] sees 31 of them are a {{rugby}} club booked as one group,
              all in rows 20-30. Group booking hadn't been flagged for {{actual weights}}
        0626  actual weights requested from the club organiser; +1.9t vs standard
        0634  {{LMC}} raised, {{MACTOW}} moved aft, {{trim}} still within limits
        0640  Capt [[name:Ferreira]] informed, accepted revised figures
        Learning: sports groups are meant to trigger actual weights automatically; the flag
        only works if the booking uses the sports-group code.
    """)),
    ("aviation", "incident", prose("""
        taxi for the {{positioning crew}} ([[vehicle_registration:BD21 XHM]]) went to the wrong hotel, the one by the
        other terminal. crew rang {{crew control}} on [[phone:0161 496 0219]] at 04:50, we got a second car out but
        [[flight_number:ZQ3302]] went 42 mins late. {{taxi booking}} form has a free text box for the hotel and
        someone typed "{{Premier Inn}} airport" which there are two of. pls use the {{drop-down}}. - [[name:jd]]
    """)),
    ("aviation", "incident", block("""
        MOR No: [[case_reference:MOR 2024/14587]]
        Occurrence: hard landing, 2.1g recorded
        Date: [[date:28/09/2024]]
        A/C: [[aircraft_registration:G-ZQLB]] {{A321neo}}
        Flight: [[flight_number:ZQ1877]] {{BRS}}-{{FAO}}
        PF: FO [[name:Jonah Whitlock]]   PM: Capt [[name:Rachida Benali]]
        Narrative: gusting crosswind 24kt. Short {{windshear}} caution at 50ft, PF reduced pitch and the aircraft
        landed firmly. {{Go-around}} considered but caution cleared. {{Load report}} generated; aircraft
        grounded for {{hard landing inspection}}, no damage found, back in service next day.
        Crew reviewed {{FDM}} data together with the {{flight safety}} team.
    """)),
    ("aviation", "success", prose("""
        Shout out to {{crew control}} on [[date:Saturday 22nd]]. With the storm closing two bases before 8am,
        [[name:Jade]], [[name:Mohammed]] and [[name:Tiff]] re-crewed 31 sectors without a single {{commander's discretion}}
        request and every crew legal under {{FTL}}. They phoned every crew member themselves rather than relying on
        {{Crew Portal}} notifications, and [[name:Tiff]] kept a running log so the {{duty pilot}} could see the whole picture.
        Nobody was asked to fly tired. Thank you all.
    """)),
    ("aviation", "near_miss", prose("""
        After a tail swap at {{STN}} on [[date:20/03/25]], the ops control system showed [[flight_number:ZQ640]] on
        [[aircraft_registration:G-ZQLD]], but the aircraft on the gate was [[aircraft_registration:G-ZQLF]], which had
        an open {{ADD}} for the {{APU}}. The {{EFB}} had pulled the weight and balance for the wrong airframe.
        Captain [[name:Sinéad Fitzgerald]] noticed at the walk-round that the reg on the {{OFP}} didn't match the one
        on the nose. Dispatch ([[name:Wojciech]]) re-issued everything and the {{ground power}} requirement was arranged.
        Eleven minute delay.
    """)),
    ("aviation", "incident", prose("""
        Commander's report, [[flight_number:ZQ119]] {{GLA}}, [[date:4 Dec]], wet-leased {{B737-800}}
        [[aircraft_registration:N417KL]]. {{Type II}} de-icing fluid finished 06:41. We then got a {{CTOT}} and held
        on the taxiway; I worked out the {{holdover time}} wrongly from the table (used light snow, it was moderate)
        and took off at 07:19, about eight minutes beyond the real {{HOT}}. No {{pre-takeoff contamination check}}
        was done. Nothing untoward happened but it should have been a return for a re-spray. Raising this so
        others know the lessor's tables are laid out differently from ours. Capt [[name:A. Nowak]]
    """)),
    ("aviation", "near_miss", block("""
        [16:02] [[name:Bex]] (dispatch): pax on [[flight_number:ZQ808]] at check-in with a {{POC}}, no {{MEDIF}} on the booking
        [16:04] [[name:Tariq]] (handling): says he booked it by phone. model not on our {{approved list}}
        [16:05] [[name:Bex]]: battery spec? if it's over 160Wh it can't go
        [16:09] [[name:Tariq]]: 99Wh x2 spares, pics sent. pax contact [[phone:+34 612 448 907]]
        [16:12] [[name:Bex]]: ok checked with {{DG}} duty, fine in cabin, spares in hand luggage only, terminals taped
        [16:14] [[name:Bex]]: captain told. pls add a {{NOTOC}} entry. and someone check why phone bookings skip the MEDIF
    """)),
    ("aviation", "success", prose("""
        I want to recognise {{First Officer}} [[name:Aisha Rahman]]. Descending into a busy {{TMA}} we were given "descend
        altitude 7000 feet, {{QNH}} 1003", and I read back and set 1013. She challenged it straight away, calmly,
        and asked {{ATC}} to confirm. A 300ft error at that level, with traffic stacked above and below, could easily
        have given us a {{TCAS}} {{RA}}. Speaking up to a captain with 20 years more experience is not always easy, and
        she did it exactly as our {{CRM}} training describes. - Capt [[name:Malcolm Dunbar]]
    """)),
    ("aviation", "near_miss", block("""
        DANGEROUS GOODS OCCURRENCE - NEAR MISS
        Flight: [[flight_number:ZQ2054]]   Date: [[date:13/02/25]]   A/C: [[aircraft_registration:G-ZQLC]]
        What: {{NOTOC}} showed {{UN3480}} {{lithium ion batteries}} (cargo aircraft only label) planned into hold 4
        on a passenger flight. Should never have been accepted for a pax aircraft.
        Found by: {{load controller}} [[name:Bartosz Wiśniewski]] during final loading check. Package offloaded.
        Why: cargo acceptance was done by a new agent at the {{cargo shed}} who missed the {{CAO}} label.
        Actions: agent retrained on {{IATA DGR}}; acceptance checklist now requires a second signature for Class 9.
        Ref: [[case_reference:DGO-25-0061]]
    """)),
    ("aviation", "incident", prose("""
        Fatigue report. Fourth early report in a row, all 05:00 starts, the last two after late finishes because of
        delays. During the cruise on the second sector on [[date:30 April]] I realised I had no memory of the last few
        minutes; I think I had a {{microsleep}}. The {{Captain}} was awake and monitoring, and we agreed afterwards we
        should have used {{controlled rest}} properly. I have since been given two days off and this report has gone
        to the {{FRMS}} group. The {{roster}} pattern meets the {{FTL}} limits on paper but it does not feel safe.
        I want to be clear I am not blaming crew control, who were trying to hold the programme together during
        a week of disruption. But I was too tired to notice how tired I was, and I did not call in fatigued on the
        morning because I did not want to let the crew down. I have talked to my union rep and to the
        {{fatigue safety action group}}, and I would like the late-finish-then-early pattern looked at across the
        whole base rather than just my line.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind128", REPORTS))


if __name__ == "__main__":
    main()
