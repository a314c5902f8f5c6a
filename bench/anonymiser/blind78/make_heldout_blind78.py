"""Held-out blind corpus 78: fostering/kinship care, outpatient clinics and air traffic control.

Social care reports come from fostering, adoption and kinship teams (supervising social workers,
foster carers, panel minutes, contact supervisors); health reports from sexual health,
ophthalmology, dermatology and general outpatient clinics (appointment letters, referral e-mails,
clinic lists); aviation reports from towers, approach units and airfield operations (airspace
infringements, wildlife control, ramp and runway events). The voice is that of busy writers:
e-mail threads with signatures and phone numbers, minutes with attendee lists, clinic lists typed
as text, ATC occurrence reports with times and callsigns, shorthand, initials and typos.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind78.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        From: [[name:Niamh O'Connell-Reyes]] <[[email:niamh.oconnell-reyes@brackenfield.org.uk]]>
        To: Duty Team
        Sent: [[date:12 March 2024]] 16:42
        Subject: unapproved babysitter - [[case_reference:FC-2024-0318]]
    """) + "\n\n" + prose("""
        Hi all, just back from an unannounced visit to Mr and Mrs [[name:Adeyemi]] at
        [[address:27 Tanners Row]], [[postcode:LS12 4QT]]. Their {{foster child}} (boy, aged
        [[age:9]]) was left with a neighbour, "Aunty [[name:Bev]]", for about 3 hrs on
        [[date:Saturday 9 March]] while they went to a wedding. [[name:Bev]] isnt approved and
        has never had a {{DBS}} check. [[name:Funmi]] was upset, she thought {{delegated
        authority}} covered it. Ive gone through the {{safer caring policy}} with them both and
        logged it on {{Mosaic}}. Needs picking up at their {{annual review}}.
    """) + "\n\n" + block("""
        [[name:Niamh]]
        {{Supervising Social Worker}}, [[organisation:Brackenfield Fostering Service]]
        [[phone:07700 900418]]
    """)),
    ("social_care", "near_miss", block("""
        FOSTERING PANEL - MINUTES (extract)
        Date: [[date:Thursday 18 April 2024]]
        Present: [[name:Margaret Iyer]] ({{Independent Chair}}), Dr [[name:Tomasz Wojcik]]
        ({{Medical Adviser}}), [[name:Grace Mbatha]] ({{Panel Adviser}}), [[name:Peter Lowe]]
        ({{independent member}}), [[name:Sunny Dhaliwal]] ({{ADM}} rep)
        Apologies: [[name:Jade Ferris]]

        Item 4 - near miss
        Panel papers for the [[name:Okonkwo-Hart]] kinship assessment ({{Form C}}) were e-mailed
        to a former panel member's personal address. Picked up by [[name:GM]] within 20 mins,
        recall requested, recipient confirmed deletion in writing.
        IG ref [[case_reference:IG-0457]].

        Actions
        - [[name:GM]] to send all papers via the {{Egress}} workspace only
        - [[name:Sunny]] to update the {{panel distribution list}} by [[date:2 May]]
    """)),
    ("social_care", "success", block("""
        Subject: thank you!!
        From: [[email:rose.and.tim.kowalczyk@mailbox.example.co.uk]]
    """) + "\n\n" + prose("""
        Hi [[name:Dawn]], just wanted to say a massive thank you to [[name:Hope Achterberg]] who
        supervised the contact at [[organisation:Millbrook Family Centre]] on {{Sunday}}.
        [[name:T]] was really unsettled on the way in and [[name:Hope]] clocked it straight
        away, slowed everything down, let him bring his {{Jellycat}} dog in and kept mum
        focused on the
        {{contact plan}}. First contact in months where he came out smiling. Please pass this
        on to her manager, she deserves it. We'd like it noted for our {{Form F}} update too.
        [[name:Rose]] & [[name:Tim]] ({{foster carers}} for [[name:T]])
    """)),
    ("social_care", "incident", block("""
        CONTACT RECORD - supervised contact, [[organisation:Ashgrove Contact Centre]]
        Date: [[date:03/06/2024]]   Supervisor: [[name:Kwame Boateng]]
        Child: [[name:Leah]] ([[age:6]])   Ref: [[case_reference:CR-88214]]

        13:58 birth father (Mr [[name:D. Slater]]) arrived, smelt strongly of alcohol
        14:02 raised with him, he said it was "last night's". started per {{risk assessment}}
        14:20 Mr [[name:D. Slater]] tried to photograph [[name:Leah]] in school jumper
        14:21 intervened, reminded of {{contact agreement}} - no photos. he got verbally aggressive
        14:25 contact ended early, [[name:Leah]] taken to {{quiet room}} with foster carer
        14:40 {{duty manager}} informed, {{EDT}} not needed
        Note: jumper shows school logo. Advised carer to use plain clothes for contact.
        [[name:KB]]
    """)),
    ("social_care", "near_miss", block("""
        [WhatsApp - Foster carer / SSW]
        [21:14] [[name:Carol W]]: hiya sorry to msg late, [[name:Aisha]] back from {{respite}} with
        [[name:Frank]] & [[name:Pauline]] and her {{melatonin}} bottle looks lower than it should
        [21:15] [[name:Carol W]]: [[name:frank]] says he gave it at 7 but the {{MAR sheet}}
        isnt signed so i nearly gave her another 3mg
        [21:17] [[name:Simi]]: good call not giving it. Don't give tonight's dose. ring {{111}} if
        she's drowsy or odd
        [21:18] [[name:Carol W]]: ok x she's fine just sleepy
        [21:40] [[name:Simi]]: spoke to [[name:Frank]], he confirmed 7pm dose given. I'll book a
        {{medication refresher}} for the respite carers. logging as near miss
        [[case_reference:NM-2291]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Reported by: [[name:Oluwaseun Bakare]], {{Supervising Social Worker}}
        Date of incident: [[date:27/07/2024]]
        Location: {{foster home}}, [[address:Fernleigh, 3 Quarry Close]], [[postcode:NE23 6PL]]
        Young person: [[name:Callum R]], DOB [[date_of_birth:14/02/2010]]
        Ref: [[case_reference:MIS-2024-117]]

        Description: [[name:Callum R]] left the home after an argument about his phone at approx
        22:30. Carers (Mr & Mrs [[name:Whitlock]]) rang {{the police}} at 23:15 after checking his
        usual places, in line with the {{Philomena Protocol}}. He was found at 01:40 at a friend's
        on [[address:Bolam Street]]. {{Return home interview}} done by [[organisation:Open Door
        Youth Project]]. No {{CSE}} indicators but strategy meeting requested.
    """)),
    ("social_care", "success", prose("""
        Kinship team - good practice note. Mrs [[name:Evelyn Addo-Mensah]] ([[age:67]]) came
        forward for her grandsons in {{January}} after a late-night {{Police Protection}}.
        Our {{Viability assessment}} was done in 4 days and the full {{Special Guardianship}}
        assessment within 14 weeks, well ahead of the {{26-week}} court timetable. [[name:Lorna
        Brisbane]] ({{kinship social worker}}) arranged a {{Staying Close}} style support package,
        a 2nd-hand double buggy from [[organisation:Hartside Baby Bank]] and {{Pupil Premium Plus}}
        for the eldest at [[organisation:St Cuthbert's RC Primary]]. SGO granted
        [[date:22 May 2024]]. Grandma says she "finally feels like someone's got her back".
        Ref [[case_reference:KIN-0614]].
    """)),
    ("social_care", "near_miss", prose("""
        {{letterbox}} near miss - our {{Letterbox Coordinator}} [[name:Mark Penhaligon]] was
        checking the annual letter from adopters Mr and Mr [[name:Fairweather-Obi]] before it went
        to birth mum. One of the photos showed [[name:Ellie-May]] in a uniform with the
        [[organisation:Holly Bank Primary]] crest clearly visible and the back of the envelope had
        their return address ([[address:9 Sandpiper Way]], [[postcode:CH49 2RU]]).
        [[name:Mark]] removed the photo and re-enveloped it. He has asked the {{adoption support}}
        team to add a photo checklist to the {{letterbox agreement}} leaflet. case no
        [[case_reference:AD/2023/0457]]. No info left the agency.
    """)),
    ("social_care", "incident", block("""
        Reported by: [[name:Gemma Lightfoot]] (escort)
        Location: outside [[organisation:Westgate Academy]]
        Date: [[date:Tue 10 Sept]]
        Vehicle: {{school taxi}}, reg [[vehicle_registration:YP19 KHD]], [[organisation:Ace Cars]]

        What happened: driver dropped [[name:Jayden]] ([[age:12]]) at the main gate of the wrong
        site - [[organisation:Westgate Academy]] has two campuses. [[name:Jayden]] has {{ASD}} and
        wandered towards the {{bus station}}. A teacher recognised his {{lanyard}} and took him
        in. Foster carer [[name:Bill Hanratty]] told at 09:20. {{Transport team}} informed, driver
        stood down pending review. Route sheet for [[vehicle_registration:YP19 KHD]] only had
        the school name, no campus.
    """)),
    ("social_care", "success", block("""
        DEBRIEF - placement stability meeting, [[date:Friday 4 October]]
        Attendees: [[name:Will Ashdown]] ({{SSW}}), [[name:Faith Ndlovu]] (child's SW),
        [[name:Chloe]] & [[name:Darren Moss]] (carers), [[name:Anjali]] ({{virtual school}})

        What went well
        - carers asked for help early instead of giving 28 days notice
        - {{Therapeutic parenting}} consult with [[organisation:Stepping Stones CAMHS LAC Team]]
          booked within a week
        - [[name:Faith]] got the {{PEP}} moved forward so school agreed a {{reduced timetable}}
        Outcome: placement held, 3 months on [[name:Kai]] is sleeping through and back full time.
        [[name:Will]] to share at {{carers support group}}.
    """)),
    ("social_care", "near_miss", block("""
        Supervision notes - {{parent and child placement}}
        Carer: [[name:Yasmin Haddad]]   SSW: [[name:K.O.]]   Date: [[date:14.11.24]]

        * baby (6 wks) found asleep on {{V-shaped pillow}} on the sofa with mum, both asleep
        * [[name:Yasmin]] woke mum, moved baby to {{Moses basket}}. no harm
        * mum had been up all night, {{Lullaby Trust}} safer sleep advice repeated
        * smoke alarm upstairs not working - [[name:Yasmin]] replaced battery same day
        * [[name:K.O.]] to tell {{Children's Guardian}} and update the {{risk assessment}}
        * referral to [[organisation:Little Steps Health Visiting Team]] for extra visit
    """)),
    ("social_care", "incident", prose("""
        Data breach - adoption. On [[date:6 Feb]] the {{Child Permanence Report}} for baby
        [[name:Ruby]] was sent by our admin [[name:Tariq]] to the prospective adopters in full,
        including birth mum's current address ([[address:Flat 4, 118 Coronation Road]],
        [[postcode:BS3 1RT]]) and her {{NI number}} [[ni_number:JK 48 21 63 C]]. The adopters
        rang [[name:Jo Pemberton]] ({{Adoption Team Manager}}) next morning to flag it, which
        was decent of them. Copy retrieved and destroyed. {{ICO}} self-assessment done, not
        reportable per our {{DPO}}. Birth mum informed by her SW. [[name:Tariq]] very shaken,
        supported. Redaction step now added to the {{Adoption Panel}} checklist.
        Ref [[case_reference:DP-24-031]].
    """)),
    ("social_care", "success", block("""
        Nomination - {{Foster Carer of the Year}}
        Nominee: [[name:Winston Clarke-Barnes]], [[organisation:Oakhaven Fostering]]
        Nominated by: [[name:Priya Raman]] ({{SSW}}), [[phone:01632 960518]]
    """) + "\n\n" + prose("""
        [[name:Winston]] has been a {{Staying Put}} carer for 2 young people this year. When
        [[name:Dre]] turned 18 and started at [[organisation:Tyneside College]] he sat up with him
        filling in {{Universal Credit}} forms and drove him to his first shifts. He also
        mentors 3 newly approved carers in the {{Mockingbird}} hub. [[name:Dre]] said "he never
        gave up on me". Simple as that.
    """)),
    ("social_care", "incident", prose("""
        {{LADO}} referral made [[date:19/08/2024]]. Young person [[name:S.B.]] ([[age:14]])
        told her school {{DSL}} that foster carer Mr [[name:Gareth Pryce]] grabbed her arm during
        an argument about curfew and left a mark. [[name:S.B.]] moved to an emergency
        {{foster home}} same day under {{Section 20}}. [[name:Gareth]]'s account is that he
        held her arm to stop her leaving into traffic on [[address:Cardigan Road]]. Strategy
        discussion held with {{the police}} and {{LADO}}; carer suspended from new placements
        pending outcome. His partner [[name:Dai]] ({{second carer}}) is being supported by
        [[organisation:FosterTalk]]. Case [[case_reference:LADO-1932]].
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hannah Szymanska]]
        To: [[email:kinship.duty@calderbrook.gov.uk]]
        Subject: consent form - [[name:Mia]] [[name:Gallagher]]
    """) + "\n\n" + prose("""
        Hi, quick one. Nan (Mrs [[name:Gallagher]]) took [[name:Mia]] to the {{eye clinic}}
        today and they nearly did {{dilating drops}} without consent because the
        {{delegated authority}} form on their system was the old one from the previous
        {{foster home}}. [[name:Mia]]'s {{NHS number}} is [[nhs_number:834 047 5282]] if you need
        it for the letter. Nan had a copy of the {{Interim Care Order}} in her bag so it got
        sorted, but can we send the clinic the up to date form please.
        Thanks [[name:Hannah]], {{Family Support Worker}}, [[phone:020 7946 0773]]
    """)),
    ("social_care", "success", block("""
        Introductions timeline - [[name:Oskar]] ([[age:2]]) to adopters [[name:Leila]] &
        [[name:Ben Farahani]]
        Day 1 ([[date:Mon 2 Dec]]) adopters meet [[name:Oskar]] at {{foster home}}, 1 hr
        Day 3  adopters do bathtime, foster carer [[name:Marjorie]] on hand
        Day 5  [[name:Oskar]] visits new home, naps there
        Day 7  {{mid-point review}} - all agree to continue, {{IRO}} attended by Teams
        Day 10 move day. [[name:Marjorie]] stays for lunch, leaves blanket + {{life story book}}
        Follow-up: [[name:Marjorie]] to visit in 2 wks, per {{UP Transitions}} model.
        Notes by [[name:Ife Ogunleye]], {{adoption social worker}}
    """)),
    ("social_care", "incident", prose("""
        after contact at [[organisation:Riverside Children's Centre]] on [[date:11 Jan]] foster
        carer [[name:anita]] noticed a silver car following her onto the ring road. She recorded
        the reg [[vehicle_registration:KN68 WFB]] on her dashcam. It belongs to birth mum's new
        partner ([[name:Lee Marsh]]) - she pulled into the {{Tesco}} car park and he drove off.
        [[name:anita]] then went home the long way round. Police {{101}} log
        [[case_reference:PL-0110-2451]]. Contact centre staff didn't stagger leaving times as per
        the {{safety plan}}. We have now moved contact to [[organisation:Elmfield Contact
        Service]] and carers leave 20 mins before mum. [[name:Lee Marsh]] now known to
        {{MARAC}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        [[organisation:Castlegate Sexual Health Clinic]]
        [[address:Unit 2, 40 Harbour Parade]], [[postcode:PL4 0DW]]   Tel [[phone:01632 960241]]

        [[date:18 January 2024]]
        Dear Mr [[name:Adebayo]], your appointment for {{HIV PrEP}} review is confirmed for
        [[date:Wednesday 31 January]] at 10:40.

        Datix note added underneath by {{Band 6}} nurse [[name:Cerys]]:
        This letter went to Mr [[name:Adebayo]]'s old address, which his ex-partner still lives
        at. He'd asked for {{text only}} contact, flagged on {{Lilie}} but the letter template
        overrode it. Patient very distressed. [[case_reference:DATIX 77412]].
    """)),
    ("health", "near_miss", block("""
        Reported by: {{Staff Nurse}} [[name:Amara Osei]]
        Location: [[organisation:Brookvale Eye Unit]], injection room 2
        Date: [[date:22/02/2024]]
        Category: wrong site - prevented

        Mrs [[name:Doreen Fitch]] ([[age:81]]) listed for {{Eylea}} into the LEFT eye. Marking
        arrow was on the right. At the {{WHO checklist}} "stop moment" Mrs [[name:Fitch]] said
        "it's my good eye you're pointing at". Checked the {{OCT}} and clinic letter - left eye
        confirmed. Re-marked, procedure done. {{Injector nurse}} and Dr [[name:Lim]] debriefed.
        Hospital no [[case_reference:BV4471286]].
    """)),
    ("health", "success", block("""
        From: Dr [[name:Hamid Qureshi]]
        To: [[email:derm.2ww@northfield-nhs.example.net]]
        Subject: re: teledermatology - Mr [[name:P. Okoro]]
    """) + "\n\n" + prose("""
        Just to feed back on this one - I sent the {{dermoscopy}} photo through the
        {{Advice & Guidance}} route on a Friday afternoon thinking it was a {{seborrhoeic
        keratosis}}. [[name:Rose Allardyce]], your {{Skin Cancer CNS}}, flagged it within 2 hours
        and he was seen in the {{2WW}} clinic on [[date:Tuesday 12 March]]. Histology came back
        as {{melanoma}} 0.6mm, fully excised. He's [[age:44]] with two kids. Really grateful.
        [[name:Hamid]], [[organisation:Parkside Medical Practice]]
    """)),
    ("health", "incident", block("""
        OUTPATIENT CLINIC LIST - {{Rheumatology}} - [[date:Mon 8 Apr]] - Dr [[name:Haversham]]
        Time   Name                    Hosp no        Reason
        09:00  [[name:PATEL, Sunil]]            [[case_reference:K334190]]   {{RA}} f/u
        09:20  [[name:O'NEILL, Bridget]]        [[case_reference:K218806]]   {{gout}} new
        09:40  [[name:CHAUDHRY, Asma]]          [[case_reference:K590012]]   {{methotrexate}} r/v

        Incident: this list (plus 14 more names) was found by a patient on the shared printer in
        {{Outpatients B}} waiting area and handed to reception. Printed at 07:52, not collected.
        Reported by clinic coordinator [[name:Ellis]]. Printer now set to {{Follow-Me print}}.
    """)),
    ("health", "near_miss", prose("""
        sexual health - results text near miss. {{HCA}} [[name:Jade]] was about to send a
        positive {{chlamydia}} result text via {{SH:24}} to Ms [[name:Kowalski]] when she
        noticed the mobile on the screen ([[phone:07700 900562]]) was different to the one on the
        {{consent to text}} form ([[phone:07700 900526]]). Digits transposed at booking.
        [[name:Jade]] rang the form number, confirmed identity with DOB, gave result and booked
        {{doxycycline}} treatment. Flagged to {{Clinic Lead}} Dr [[name:Fenella Ross]].
        Datix [[case_reference:W-12093]].
    """)),
    ("health", "success", prose("""
        Good catch - {{glaucoma}} validation. During the {{waiting list validation}} for the
        {{follow-up backlog}} at [[organisation:St Aldhelm's Hospital]] {{Optometrist}}
        [[name:Bilal Rahman]] found Mr [[name:Leonard Ashby]] ([[age:73]]), NHS no
        [[nhs_number:135 667 1330]], who had been given no follow-up after a cancelled clinic in
        2022. {{IOP}} was 34 in the right eye when seen on [[date:5 June 2024]]. Started on
        {{latanoprost}} and listed for {{SLT}}. [[name:Bilal]]'s searches found 11 more
        patients with no booked follow-up; all now seen. Shared at the {{Ophthalmology}} audit
        day.
    """)),
    ("health", "incident", block("""
        Datix [[case_reference:DX-558120]]
        Area: {{Dermatology}} minor ops, [[organisation:Greenhill Treatment Centre]]
        Date: [[date:9/5/24]]
        Reported by: Sister [[name:Grace Adjei]]
    """) + "\n\n" + prose("""
        Two {{punch biopsy}} pots from the morning list went to {{histopathology}} with the
        labels swapped: Mr [[name:Jonas Petersen]] and Mr [[name:Jonah Peterson]], seen 10 mins
        apart. Lab spotted the site on the request form (back vs scalp) didn't match the
        specimen description. Both re-biopsied. {{Two-person check}} at labelling now
        mandatory. [[name:Grace]] has apologised to both patients under {{Duty of Candour}}.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Lucy Tremayne]] <[[email:lucy.tremayne2@nhs.net]]>
        To: [[email:ophthal.referrals@stmarys-eye.example.nhs.uk]]
        Subject: RECALL - urgent referral
    """) + "\n\n" + prose("""
        Sorry all, please ignore/delete my {{e-mail}} at 11:03. I sent the referral for
        Mrs [[name:Halima Yusuf]] (DOB [[date_of_birth:03/09/1958]]) to
        [[email:lucy.tremayne@nhs.net]], which is a different [[name:Lucy Tremayne]] in another
        trust - the {{NHSmail}} autofill picked her. She's replied to say deleted. Correct referral
        now sent to [[email:ophthal.referrals@stmarys-eye.example.nhs.uk]]. Reported on
        {{Datix}}. [[name:Lucy]], {{Practice Manager}}, [[organisation:Harbourside Surgery]],
        [[phone:01632 960377]]
    """)),
    ("health", "success", block("""
        [Reception chat log - [[organisation:Mill Street Sexual Health]]]
        17:31 [[name:Ayo]] (reception): walk-in asking about {{PEP}}, says exposure last night
        17:32 [[name:Ayo]]: clinic closes 18:00, last slot gone - send to {{A&E}}?
        17:33 Nurse [[name:Rhiannon]]: no send him through, {{PEPSE}} within 72h, i'll see him
        17:58 Nurse [[name:Rhiannon]]: first dose {{Truvada}} + {{raltegravir}} given, 5 day pack,
        {{HIV}} baseline taken, f/u booked
        18:05 [[name:Ayo]]: great. he said thank u for not turning him away
    """)),
    ("health", "incident", block("""
        Timeline - fall in {{eye clinic}}, [[organisation:Lansdowne Outpatients]], [[date:14 Aug]]
        10:05 Mr [[name:Gordon Blackwood]] ([[age:88]]) given {{tropicamide}} both eyes
        10:10 sent back to main waiting room, no escort, walking stick
        10:40 called for {{fundoscopy}} by {{HCA}} from the far door
        10:41 tripped on {{wheelchair}} footplate, fell onto left hip
        10:45 {{Clinical Nurse Specialist}} [[name:Olu]] attended, obs stable
        11:30 x-ray: no fracture. daughter [[name:Janice]] collected him
        Learning: dilated patients to sit in sub-wait near room 4. Datix
        [[case_reference:DX-560034]]
    """)),
    ("health", "near_miss", prose("""
        Mrs [[name:Aneesa Begum]] listed for excision of a {{BCC}} at the dermatology
        minor surgery list on [[date:2nd October]]. Her {{allergy}} to {{chlorhexidine}}
        was in an old clinic letter but not on the {{EPR}} allergy banner. The {{skin prep}}
        tray had been laid up with {{ChloraPrep}}. {{Healthcare Assistant}} [[name:Faith Mwale]]
        re-read the referral at the sign-in, spotted it and swapped to {{povidone-iodine}}.
        Banner updated by Dr [[name:Skelton]]. Reported as near miss, ref
        [[case_reference:NM/DERM/0912]].
    """)),
    ("health", "success", prose("""
        Compliment received via {{PALS}} for the {{Outpatients}} team at [[organisation:Queen's
        Road Hospital]]: "my father Mr [[name:Ngoc Tran]] speaks only {{Vietnamese}}. The booking
        team saw the flag on his referral and booked a face-to-face interpreter, not the
        phone line, for his appointment on [[date:Friday 7 June]]. The interpreter,
        [[name:Mai]], stayed for the {{ECG}} and the blood test too. Dr [[name:Abernethy]] drew a
        diagram. For the first time Dad understood his {{heart failure}}." - from his son,
        [[name:Duc]].
    """)),
    ("health", "incident", prose("""
        safeguarding - {{under 16}} attender. [[name:J]] ([[age:15]]) came to the
        {{young people's clinic}} at [[organisation:The Hub, Victoria Place]] on [[date:Sat 20
        July]] for {{emergency contraception}}. Said partner was "about 22" and picks her up from
        school in a white van. {{Spotting the Signs}} proforma was completed but the referral to
        the {{MASH}} wasn't sent until the Tuesday because the only {{safeguarding lead}} was on
        leave and locum Dr [[name:Aziz]] wasn't sure of the process. [[name:J]] wasn't seen by
        {{Children's Social Care}} until [[date:25 July]]. Clinic now has a weekend
        {{safeguarding}} on-call number. Incident [[case_reference:SG-24-0088]].
    """)),
    ("health", "near_miss", block("""
        Reported by: {{Theatre Practitioner}} [[name:Rosa Delgado-Byrne]]
        Location: [[organisation:Westbury Day Surgery Unit]], cataract list
        Date: [[date:13/11/2024]]
    """) + "\n\n" + prose("""
        {{IOL}} for Mr [[name:Felix Amankwah]] was pulled as +21.5D but the {{biometry}}
        printout said +25.1D. [[name:Rosa]] spotted it reading back at the {{lens check}}.
        The {{IOL}} store is sorted by power and the two boxes sit side by side. Surgeon
        Mr [[name:Kapoor]] paused, correct lens fetched. Also found the {{IOLMaster}} printout was
        for the fellow eye. Hosp no [[case_reference:WB0093318]].
    """)),
    ("health", "incident", prose("""
        Missed monitoring bloods - {{methotrexate}} (via [[organisation:Derwent Dermatology
        Service]]). Ms [[name:Kelly Ann Frost]] ([[age:38]], NHS [[nhs_number:744 321 6955]])
        on 20mg weekly for {{psoriasis}} had no {{FBC}}/{{LFT}} for 5 months after her GP at
        [[organisation:Tollgate Surgery]] declined the {{shared care}} request and the letter was
        scanned but nobody actioned it. Found on [[date:3 March]] when she came for {{biologics}}
        review - ALT 142. Methotrexate held, hepatology advice sought. Reported by {{CNS}}
        [[name:Bronwen]]. Ref [[case_reference:DX-551760]].
    """)),
    ("health", "success", block("""
        Meeting notes - {{virtual clinic}} pilot review, [[date:28/03/2024]]
        Present: Dr [[name:Mark Oyelaran]], [[name:Sunita]] (booking), [[name:Frank Delaney]]
        ({{Outpatient Manager}}), [[name:Joy]] ({{Patient Partner}})

        * 412 {{dermatology}} follow-ups reviewed by photo, 61% discharged to {{PIFU}}
        * waiting list down from 19 to 9 wks
        * no harm found on 3-month audit
        * [[name:Joy]]: patients liked not taking time off work, want better {{NHS App}} info
        * [[name:Frank]] to take to [[organisation:Outpatient Transformation Board]]
    """)),
    ("health", "near_miss", prose("""
        telephone clinic - Dr [[name:Nwachukwu]] called "Mr [[name:John Davies]]" from the
        {{ENT}} list. The man who answered confirmed his name but when asked for DOB
        gave [[date_of_birth:12/01/1949]]; the list had [[date_of_birth:21/10/1954]].
        There are 2 [[name:John Davies]] on {{PAS}} with similar numbers and the wrong phone
        ([[phone:01632 960904]]) had been pulled through. Call ended before any results were
        discussed. Correct patient rung. {{Two identifiers}} check worked as intended.
        Raised with {{Medical Records}}, [[case_reference:DX-549977]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        ATC OCCURRENCE REPORT - airspace infringement
        Unit: [[organisation:Wessex Radar]]   Date: [[date:17 Aug 2024]]
        Ref [[case_reference:OR-24-1187]]
        1412 {{primary contact}} 7000 squawk, 2nm inside {{CTR}} at 2400ft, not talking
        1413 {{Frequency Monitoring Code}} not set. traffic info to [[flight_number:EZY81TQ]]
        on {{ILS}} 26, 4nm
        1414 [[flight_number:EZY81TQ]] given avoiding action, right 30 deg
        1416 infringer contacted on {{Guard}} 121.5 - {{C152}} [[aircraft_registration:G-BYKR]]
        1419 [[aircraft_registration:G-BYKR]] left CTR to south
        Pilot said {{SkyDemon}} battery died. Reported via {{MOR}}.
        Controller: [[name:T. Hallworth]]
    """)),
    ("aviation", "near_miss", block("""
        Reported by: {{Airfield Ops Officer}} [[name:Kieran Doyle]]
        Location: {{holding point}} A1, {{runway}} 09
        Date: [[date:03 Nov 2023]]
    """) + "\n\n" + prose("""
        {{Follow-me}} vehicle "Ops 3", reg [[vehicle_registration:WX17 PFO]], driven by
        [[name:Dev]], crossed the {{stop bar}} at A1 after mishearing "hold short" as "cross".
        {{ATCO}} [[name:Sophie Marchetti]] saw it on {{ASMGCS}} and cancelled the take-off
        clearance for [[flight_number:LOG23H]], which had not started its roll. Vehicle cleared
        in 40 sec. [[name:Dev]] off driving pending refresher. {{Read-back}} discipline
        briefed to all airside drivers. Ref [[case_reference:RI-2023-014]].
    """)),
    ("aviation", "success", block("""
        WILDLIFE CONTROL LOG - [[organisation:Maplethorpe Airport]] - [[date:Tue 23 April]]
        05:40 {{runway inspection}}, approx 200 {{lapwing}} on grass east of TWY C
        05:42 [[name:Wes]] (BCU) dispersed with {{distress call}} + {{pyrotechnics}}
        05:55 birds back on grass. {{Tower}} asked to hold [[flight_number:TOM2741]]
        06:02 2nd dispersal with {{Scarecrow}} unit, birds moved off airfield to NE
        06:06 [[flight_number:TOM2741]] departed, no strikes
        Note: {{long grass policy}} cut 2 wks late on that strip - raised with [[name:Hollie]] in
        Estates. Good teamwork w/ tower
    """)),
    ("aviation", "incident", prose("""
        Level bust. [[flight_number:RYR4HK]] ({{B738}}) cleared to FL070 on the {{SID}} by
        [[organisation:Thamesview Approach]], read back "seven zero" correctly, but climbed to
        FL084 before the {{STCA}} alerted against an {{ATR72}} [[flight_number:BEE1284]] at
        FL090. Controller [[name:Ross Fairbairn]] issued descent and traffic info; min sep
        2.1nm/600ft. Captain [[name:Novak]] said the {{FCU}} was set to FL100 from the previous
        clearance and the {{First Officer}} was heads-down. Occurrence
        [[case_reference:MOR-2024-33218]], [[date:Sunday 26 May]].
    """)),
    ("aviation", "near_miss", block("""
        Tower watch log [[date:08/07/2024]]  {{ATCO}}: [[name:Lina Haddad]] ([[name:LH]])
        16:21 [[flight_number:EXS45KL]] and [[flight_number:EXS54KL]] both on frequency
        16:23 clearance to line up intended for [[flight_number:EXS45KL]], answered by
        [[flight_number:EXS54KL]] which started rolling towards {{RWY}} 27
        16:23 [[name:LH]] stopped [[flight_number:EXS54KL]] before the {{stop bar}}
        16:30 {{callsign confusion}} warning passed to both crews
        Note - third time this month. Asked [[name:Frank]] ({{ATC Watch Manager}}) to raise
        with operator for a {{callsign change}}.
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Amelia Hart-Singh]]
        To: [[email:tower.feedback@kingsfold-atc.example.co.uk]]
        Subject: thanks for last Thursday
    """) + "\n\n" + prose("""
        Dear team, I was the Captain of [[flight_number:BAW97PW]] on [[date:16 January]] when
        we declared a {{PAN}} for a hydraulic fault. The controller on {{Approach}} (I think
        called [[name:Gareth]]?) gave us extended vectors and time to run the {{QRH}} without
        any fuss, and tower had the {{RFFS}} in position before we asked. Smooth landing, no
        one hurt, passengers never knew. Please pass on our thanks.
        [[name:Amelia]], {{A320}} fleet
    """)),
    ("aviation", "incident", block("""
        {{FOD}} report  [[case_reference:FOD-0419]]
        Found by: [[name:Jason Mbeki]], {{Airside Operations}}
        Where: {{RWY}} 05, about 600m from threshold
        When: [[date:19 Feb 2024]], 07:45 ({{runway inspection}})
        Object: 30cm strip of tyre tread
    """) + "\n\n" + prose("""
        Last departure before inspection was [[flight_number:TOM3382]], {{B737}}
        [[aircraft_registration:G-TAWK]]. Operator contacted and aircraft inspected at
        destination - left main #3 tyre delaminated. Runway closed 12 mins for a full sweep by
        [[name:Jason]] and [[name:Tunde]]. No other damage. Reported under {{Just Culture}}.
    """)),
    ("aviation", "near_miss", prose("""
        {{drone}} sighting. at 19:52 on [[date:Fri 12 July]] the crew of [[flight_number:LOG8MD]]
        on a 4nm final to RWY 24 at [[organisation:Ashcombe Airport]] reported a {{quadcopter}}
        passing 100ft below, left side. {{ATCO}} [[name:Precious Nyathi]] stopped departures and
        warned the next arrival. Police attended the fields near [[address:Pit Lane,
        Lower Marsham]]; no operator found. {{Airprox}} filed by the Captain. Ref
        [[case_reference:UAS-24-061]]. Reminder in the {{NOTAM}} about the {{FRZ}}.
    """)),
    ("aviation", "success", block("""
        Airside ops debrief - fuel spill, Stand 14, [[date:2 August]]
        Who: [[name:Bogdan Petrescu]] (ramp), [[name:Dawn Whitaker]] ({{Duty Airside Manager}}),
        [[organisation:Skyline Fuels]] driver
        - approx 60L {{Jet A-1}} from hose coupling, fuelling [[aircraft_registration:G-EZRT]]
        - [[name:Bogdan]] hit the {{deadman}} within seconds, stopped flow
        - {{RFFS}} on scene in 2 min, {{spill kit}} + {{absorbent}} used, drain covered
        - stand back in use 50 min, zero passengers affected (not yet boarded)
        - [[name:Dawn]]: textbook response, shout-out at next {{safety forum}}
    """)),
    ("aviation", "incident", block("""
        ATC Occurrence - loss of separation
        Unit: [[organisation:Northern Terminal Control]]  Sector: {{LAM}}
        [[date:29/09/2024]]  [[case_reference:LOS-2024-0072]]
        1801:10 [[flight_number:EZY63RN]] desc FL110, [[flight_number:VIR2LK]] FL100 same trk
        1801:40 {{STCA}} alert, controller ([[name:OJ]]) busy with {{handover}}
        1802:05 [[flight_number:EZY63RN]] {{TCAS RA}} climb, reports RA
        1802:50 clear of conflict. closest 2.4nm / 500ft
        Trainee [[name:Oliver Jakes]] ([[name:OJ]]) on position with mentor [[name:Hope Rennie]].
        Mentor intervened late. {{TRM}} review requested.
    """)),
    ("aviation", "near_miss", prose("""
        airspace infringement avoided. A glider, {{ASK21}} [[aircraft_registration:G-DHKP]] from
        [[organisation:Longmynd Soaring Club]], was climbing in a thermal toward the base of the
        {{CTA}} (3500ft) at 13:06 on [[date:1st June]]. The pilot, [[name:Sunil Mehra]], had set
        the {{Listening Squawk}} 4572 and was on our frequency. Radar ([[name:Chris]]) saw him
        at 3300ft and called him. He stopped climbing and flew south. Pilot told us he
        had misjudged his {{altimeter}} setting. {{MOR}} not needed but logged
        [[case_reference:LS-0601]].
    """)),
    ("aviation", "success", block("""
        ATC shift summary - [[date:Wed 6 March 2024]] - {{Tower}}
        [[aircraft_registration:G-OPLM]] ({{PA28}}) squawked {{7600}} at 1120, 8nm W, no reply.
        Student {{ATCO}} [[name:Neha Balasubramanian]] spotted it, used {{light signals}} from
        the {{VCR}} after coordinating with approach, held [[flight_number:EZY13KT]] on stand.
        [[aircraft_registration:G-OPLM]] joined overhead and landed at 1132 on a green.
        Instructor [[name:Will Fenwick]]: "calm and by the book". Pilot's radio was a loose
        {{PTT}} lead. Written up for {{unit bulletin}}.
    """)),
    ("aviation", "incident", block("""
        Reported by: {{Wildlife Control Unit}} ([[name:Ahmed Siddiqui]])
        Location: [[organisation:Fenwold Regional Airport]], RWY 33 threshold
        Date: [[date:Thurs 14 Dec 2023]]
    """) + "\n\n" + prose("""
        At 22:47 the crew of [[flight_number:LOG71DS]] reported a {{muntjac}} on the {{runway}}
        after landing. {{Tower}} closed the runway. [[name:Ahmed]] found a gap under the
        perimeter fence at the [[address:Coldharbour Lane]] boundary. Deer was removed by
        [[name:Ahmed]] and {{RSPCA}}. Runway inspected and reopened at 23:25,
        [[flight_number:LOG74DS]] delayed 30 min. Fence contractor [[organisation:Hartley
        Fencing Ltd]] booked.
    """)),
    ("aviation", "near_miss", block("""
        Ground movement - wrong turn
        13:12 [[flight_number:JET2KR]] cleared to stand 31 via K, L
        13:14 aircraft turned onto M instead of L ({{taxiway}} signs obscured by works)
        13:14 GMC [[name:Ruth Osei-Bonsu]] ("[[name:RO]]") noticed on {{SMR}}, told crew to stop
        13:15 {{A321}} stopped 40m short of a {{tug}} towing [[aircraft_registration:G-JZHC]]
        13:20 follow-me ([[vehicle_registration:AV21 OPS]]) led aircraft to stand
        Works signage raised with [[organisation:Brayfield Airport]] ops. Log
        [[case_reference:GM-24-355]]
    """)),
    ("aviation", "incident", prose("""
        laser attack on final. At 21:03 on [[date:10 October]] [[flight_number:BAW2361]]
        reported a {{green laser}} illuminating the flight deck at 1500ft, 5nm final, from an
        area NE of the field near [[address:Harrowdene Estate]]. First Officer [[name:Aiyana
        Brooks]] had glare and after-images and handed control to the Captain. {{Approach}}
        ([[name:Stu]]) warned following traffic and informed police, ref
        [[case_reference:CAD-2310-0921]]. The {{helicopter}} from the {{NPAS}} did not
        find the source. {{Laser}} report sent to {{the CAA}}. [[name:Aiyana]] was taken
        off the next sector and seen by the company {{AME}}.
    """)),
    ("aviation", "success", block("""
        Medical diversion - [[date:Saturday 21 September]] - [[organisation:Eastholme Approach]]
        1604 [[flight_number:TOM46P]] {{MAYDAY}}, passenger cardiac arrest, requests nearest
        1605 {{Approach}} ([[name:Kasia Nowak]]) gave direct to RWY 27, 18 track miles
        1606 coordinated with tower, 2 arrivals held, {{ambulance}} to stand 4
        1615 landed; {{paramedics}} on board at 1618
        1700 pax [[age:62]]-year-old male, {{ROSC}} achieved, taken to hospital
        Crew rang the tower to say thank you. [[name:Kasia]]'s handling put in {{unit awards}}.
    """)),
]


def main() -> None:
    records = build_records("blind78", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
