"""Held-out blind corpus 339: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Three settings:
- social_care (17): a children with disabilities social work team - short breaks, direct
  payments, transitions to adult services, carers' assessments.
- health (17): a hospital endoscopy unit - sedation, bowel preparation, biopsies, recovery,
  consent.
- aviation (16): a parachute and skydiving drop zone - jump pilots, loads, tandem instructors,
  packers and riggers.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind339.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        sc rpt - short break overnight @ [[organisation:larkspur]]. [[name:kayden]] ([[age:9yo]])
        arrived {{fri}} w/o his {{melatonin}} and the {{epilepsy}} {{rescue plan}} wasnt in his bag.
        {{mum}} ([[name:shannon]]) says she handed both to the {{taxi escort}}, escort says nothing
        was handed over. staff rang {{out of hours}} {{GP}} at {{21:40}} and got the
        {{buccal midazolam}} protocol emailed over from [[organisation:Brackley Road Surgery]]. no
        seizure thank god. log ref [[case_reference:CWD/24/1187]]. need a clear sign-off for meds
        at handover pls. {{team manager}} to raise w/ [[organisation:Swiftline Transport]] - 2nd
        time this term. [[name:dee]] ({{SW}})
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 March]] I was preparing the quarterly {{direct payment}} for the
        [[name:Haidari]] family ([[case_reference:DP-30417]]) when I noticed the payment schedule
        still held the bank details of the previous {{personal assistant}},
        [[name:Hope Okonkwo]]. [[name:Hope]] stopped working for the family in {{January}} and the
        new {{PA}} is employed through [[organisation:Kindred Care Agency Ltd]]. Had the run gone
        through, roughly £1,900 would have gone to [[name:Hope]]'s account rather than to the
        agency, leaving the family unable to pay for {{short breaks}} over {{Easter}}. I stopped
        the payment and checked the {{support plan}}, which had been updated correctly on
        [[date:2 February]]; the change had simply not been passed to {{finance}}. I have spoken to
        Mrs [[name:Haidari]] and to [[name:Callum Reyes]] in the
        {{Direct Payments Support Service}}. Suggest the {{review form}} triggers an automatic task
        to {{finance}} whenever a PA changes.
    """)),
    ("social_care", "success", block("""
        [{{Teams}} - {{CWD Team}} channel] 16:02
        [[name:Marisol Ibáñez-Ward]]: Massive shout out to [[name:Sunny]] 🙌 who has stuck with
        [[name:Tyrese]] ([[age:17]]) through the whole {{transition}} to {{adult social care}}.
        {{Adults}} kept bouncing the referral bc no {{Care Act assessment}}, so [[name:Sunny]]
        booked the joint visit herself, got the {{OT}} from [[organisation:Wexmoor Council]]
        {{Adult Services}} along and sorted {{continuing healthcare}} screening the same week.
        [[name:Tyrese]]'s {{mum}} said it's the first time nobody's made her repeat his story.
        He starts at [[organisation:Fenwick College]] in {{September}} with his {{PAs}} carried
        over. That's what good looks like!!
        [[name:Gbenga O]].: 👏👏 well done [[name:Sunny]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rosalind Achterberg]] <[[email:r.achterberg@wexmoor.gov.uk]]>
        To: {{Information Governance}}
        Sent: [[date:Tuesday 9 April 2024]] 11:18
        Subject: Data breach - {{carer's assessment}} letter

        Hi,

        Reporting a breach. The outcome letter for [[name:Declan Furey]]'s {{carer's assessment}}
        ([[case_reference:CA-24-0552]]) was posted to [[address:14 Orchard Rise, Brackley]]
        [[postcode:WX7 2LN]], which is his old address. He moved to
        [[address:3 Tanner's Yard, Brackley]] [[postcode:WX7 4QB]] in {{February}} and the change
        was recorded on {{Mosaic}}, but the letter template pulled the old
        {{correspondence address}}. The new occupant rang on [[phone:01632 960 447]] this morning
        and has returned it unopened, she says. The letter names his son [[name:Ollie]],
        [[age:aged 12]], and mentions his {{autism}} diagnosis and {{EHCP}}.

        I've told Mr [[name:Furey]] and apologised. {{Caldicott Guardian}} informed? Not sure
        whose job that is.

        [[name:Rosalind]]
        {{Senior Practitioner}}, {{Children with Disabilities}}
    """)),
    ("social_care", "near_miss", block("""
        Near miss - {{home to school transport}} / {{short break}} pick-up
        Child: [[name:Amara Nwachukwu-Bell]] ([[age:7]])   Ref: [[case_reference:CWD-118204]]

        15:10  {{Minibus}} [[vehicle_registration:WX68 KTD]] collects [[name:Amara]] from
               [[organisation:Fernlea Academy]] for tea-time {{short break}}.
        15:35  Arrives [[organisation:Larkspur House]]. {{Escort}} signs 3 children off the bus.
        15:50  {{Support worker}} [[name:Faith Mensah]] does headcount vs {{booking sheet}}:
               4 expected, 3 in.
        15:52  [[name:Faith]] phones driver on [[phone:07700 900318]]. Driver still in car park.
        15:54  [[name:Amara]] found asleep, strapped in her {{wheelchair}} at the back of the bus,
               {{tail lift}} side. Unharmed.
        16:05  {{Duty manager}} informed, {{mum}} phoned.

        Learning: escort counted seats, not children. Walk-through check of the vehicle before
        signing off. Thanks to [[name:Faith]] for doing the count straight away.
    """)),
    ("social_care", "success", block("""
        Transition Planning Panel - minutes, [[date:22/05/24]]
        Present: [[name:Grace Adeyemi]] (Chair, {{Head of Service}}), [[name:Tomasz Wójcik]]
        ({{transitions worker}}), [[name:Lindiwe Dube]] ({{SENCo}}, [[organisation:Oakhollow School]]),
        [[name:Pat Rourke]] ({{Adult Social Care}}), Dr [[name:Sabeen Qureshi]] ({{community paediatrician}})
        Apologies: [[name:Mark Ellery]] ({{IRO}}), [[name:Bill Naughton]] ({{CAMHS}})

        1. [[name:Jayden]] ([[case_reference:CWD-097731]]) - turns [[age:18]] on [[date:3 August]].
        {{Supported living}} tenancy at [[address:Flat 2, 41 Ropewalk, Brackley]] agreed;
        {{Shared Lives}} as back-up. [[name:TW]] confirmed the {{Care Act}} assessment is complete
        and the {{direct payment}} continues without a gap - first transition this year with no
        break in funding. Chair thanked [[name:Tomasz]] and [[name:Pat]] for the joint work.
        Action: [[name:GA]] to share the model with the {{0-25 service}} pilot.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Short Breaks}} ({{family-based}})
        Name of child: [[name:Ravi Chaudhary]]
        DOB: [[date_of_birth:04/11/2013]]
        {{NHS}} No: [[nhs_number:401 023 7139]]
        Ref: [[case_reference:CWD-102566]]
        Address: [[address:27 Kiln Lane, Wexmoor]] [[postcode:WX3 9HJ]]
        Carers: [[name:Joy]] & [[name:Alan Pemberton]] ({{approved short break carers}})
        Date/time: [[date:Sat 18th May]], approx 08:15
        What happened: During the morning transfer from bed to {{shower chair}} using the
        {{ceiling hoist}}, the {{sling}} loop on the left side slipped off the {{spreader bar}}.
        [[name:Ravi]] dropped c. 20cm onto the bed. No visible injury but very distressed.
        [[name:Joy]] stopped the transfer and rang the {{OT}} out-of-hours line.
        Immediate action: hoist out of use, {{LOLER}} check booked, parents informed,
        {{manual handling}} refresher requested for both carers.
        Reported by: [[name:Alan Pemberton]]
    """)),
    ("social_care", "near_miss", block("""
        {{WhatsApp}} export - "{{CWD duty}} 🚗" - [[date:19/06/2024]]
        08:47 - [[name:Keisha]]: morning! off to [[name:Liam Carter]]'s for the {{CIN}} visit at 9
        08:49 - [[name:Bogdan]]: which one?? there's 2 kids called [[name:Liam Carter]] on {{Mosaic}}
        08:50 - [[name:Keisha]]: the one at [[address:5 Heron Court]]? [[age:aged 6]], {{cerebral palsy}}
        08:52 - [[name:Bogdan]]: no!! thats the one closed to us in {{March}}. yours is
        [[case_reference:CWD-110093]], {{Duchenne}}, lives [[postcode:WX5 1ES]]
        08:53 - [[name:Keisha]]: omg. the address on my diary invite is the old one. turning round
        08:55 - [[name:Bogdan]]: will flag to [[name:Ngozi]] - {{business support}} copied the wrong
        record into the invite. a {{DOB}} check wd have caught it
        09:20 - [[name:Keisha]]: at the right house now. {{mum}} fine. pls put on the {{near miss}} log
    """)),
    ("social_care", "success", prose("""
        Forwarded by {{practice manager}} - card received from a family: "To [[name:Ifeoma]] and
        everyone at the {{disabled children's team}}, I wanted to say thank you. When
        [[name:Ruby]] came out of [[organisation:St Brannoc's Children's Hospital]] after her
        {{spinal fusion}} we had no idea how we would manage at home. [[name:Ifeoma]] did our
        {{carer's assessment}} the same week, sorted the {{direct payment}} so {{Auntie}}
        [[name:Precious]] could be paid as her {{PA}}, and got {{Equipment Services}} to fit the
        {{profiling bed}} before {{discharge}}. For the first time in years I feel like someone is
        on our side. Love from [[name:Maggie]], [[name:Dev]] and [[name:Ruby]] ([[age:11]]) xx"
        Sharing as good practice: early assessment before discharge prevented a delayed discharge
        and a family breakdown.
    """)),
    ("social_care", "incident", block("""
        HANDOVER - duty desk, {{Thursday}} pm -> {{Friday}} am
        1. [[name:Mila Kowalczyk]] ([[age:2]]) [[case_reference:CWD-121450]] - non-mobile,
        {{SMA type 1}}. {{Nursery}} ([[organisation:Little Acorns Day Nursery]]) rang 14:30 re
        fingertip-type bruising L upper arm. {{Non-mobile child}} protocol -> {{MASH}} referral
        15:05, {{strategy discussion}} 16:30 with DC [[name:Hartley]] and {{paediatrician}}
        Dr [[name:Oyelaran]]. {{CP medical}} booked 10:00 tomorrow at
        [[organisation:Wexmoor General Hospital]]. Parents aware of referral, not yet told of
        medical - agreed under {{S47}}. [[name:Mila]] staying with {{maternal gran}}
        ([[name:Beata]]) at [[address:8 Coldharbour Walk, Wexmoor]] tonight, safety plan signed.
        2. [[name:J.K.]]'s {{short break}} review moved to [[date:Tues 4th]] - no issues.
        - [[name:Rose]] ({{duty senior}})
    """)),
    ("social_care", "near_miss", block("""
        {{Direct payments}} audit Q1 - exceptions ([[name:AB]] / [[name:Hamza]])

        | Ref | Family | Issue | Risk | Action |
        |---|---|---|---|---|
        | [[case_reference:DP-28810]] | [[name:McIntyre]] | £3,200 unspent, no {{contingency}} agreed | overpayment | {{clawback}} letter |
        | [[case_reference:DP-29154]] | [[name:Olusegun]] | PA [[name:Faisal]] paid cash, NI [[ni_number:PW 73 10 58 A]] not on {{payroll}} | {{HMRC}} liability for parent | refer to [[organisation:PeoplePay Payroll Ltd]] |
        | [[case_reference:DP-30002]] | [[name:Sørensen]] | {{DBS}} for PA expired [[date:01/03/24]] | safeguarding | PA suspended till renewed |
        | [[case_reference:DP-30561]] | [[name:Aziz]] | {{support plan}} not reviewed in 14 months | drift | review booked |

        Near miss: row 3 - PA had been working 6 weeks without a valid {{DBS}}. Caught only
        because of the audit. Suggest {{DBS}} expiry is added to the {{Mosaic}} dashboard.
    """)),
    ("social_care", "success", prose("""
        Learning from practice. During a {{carer's assessment}} for Ms [[name:Nadia Belkacem]],
        whose son [[name:Idris]] ([[age:15]]) has {{Lennox-Gastaut syndrome}}, the
        {{social worker}} [[name:Ewan McCracken]] asked about the whole household rather than only
        the {{parent carer}}. It emerged that [[name:Idris]]'s sister [[name:Yasmin]],
        [[age:aged 12]], was doing night-time {{seizure}} checks several times a week and had been
        late to [[organisation:Brackley Park Academy]] on 19 occasions since {{September}}.
        [[name:Ewan]] made a {{young carers}} referral to [[organisation:Wexmoor Young Carers]]
        with consent, increased {{overnight short breaks}} from two to four a month, and asked the
        {{school nurse}} to check in weekly. A review on [[date:10 July]] found [[name:Yasmin]]'s
        attendance back at 97% and she has joined a young carers' group. A
        {{whole-family approach}} prompt is being added to our {{carers' assessment}} template.
    """)),
    ("social_care", "incident", prose("""
        lone working incident. visit to [[address:52 Delph Street]] {{4pm}} for {{CIN}} review.
        {{dad}} ([[name:gary]]) was drunk i think, shouting, stood in the doorway and wouldnt let
        me leave for abt 10 mins. {{kids}} ([[name:Harley]] [[age:6]] + [[name:Skye]] [[age:4]],
        both {{ASD}}) were upstairs. i said i needed to ring my {{manager}} and he moved. got in
        car ([[vehicle_registration:LP19 XWC]]) and drove to [[organisation:Fenmart]] car park,
        rang [[name:Aoife]] ({{TM}}) on [[phone:07700 900552]]. {{buddy system}} didnt work - my
        {{lone worker device}} was flat. no injuries. kids safe as far as i can tell, {{police}}
        not called. [[name:Aoife]] says poss {{strategy}}?? will discuss 2moro. ref
        [[case_reference:LW-0093]]. pls can we stop doing solo visits to this family. -
        [[name:priya]]
    """)),
    ("social_care", "near_miss", block("""
        #cwd-resource-panel  ({{Slack}})
        [[name:jonah.fairweather]]  10:14
        before anyone panics - i just sent tomorrow's {{resource panel}} pack to
        [[email:panel@brackleyfamilysupport.org]] instead of the internal list 😬
        [[name:Wren Abiodun]]  10:15
        what's in it?
        [[name:jonah.fairweather]]  10:16
        6 cases. full names, {{DOBs}}, diagnoses, home addresses. incl [[name:Teodor]]
        ([[case_reference:CWD-099812]]) who's {{LAC}}
        [[name:Wren Abiodun]]  10:17
        ok recall now + ring them. [[name:Gwen]] in {{IG}} is in today
        [[name:jonah.fairweather]]  10:25
        recall failed (external). their office manager [[name:Ifan Pryce]] confirmed it's
        deleted unread from inbox + deleted items, will email confirmation
        [[name:Wren Abiodun]]  10:31
        thanks. {{near miss}} not breach if confirmed unread. log it pls. {{autocomplete}}
        strikes again - can we get external addresses flagged in {{Outlook}}?
    """)),
    ("social_care", "success", block("""
        Emergency {{short break}} - [[date:Friday 12 July]]
        16:02  {{Mum}} ([[name:Aylin Demir]]) rings {{duty}}: being admitted tonight for surgery,
               no family able to care for [[name:Kerem]] ([[age:14]], {{PMLD}},
               {{gastrostomy}} fed).
        16:10  {{Duty SW}} [[name:Will Ashdown]] checks {{Short Breaks}} beds -
               [[organisation:Larkspur House]] full.
        16:25  [[name:Will]] calls [[organisation:Thistledown Lodge]] (neighbouring authority
               unit). Bed free, nurse on shift trained in {{enteral feeding}}.
        16:40  {{Head of Service}} approves {{spot purchase}}.
        17:30  [[name:Kerem]] collected by [[name:Will]] and {{Mum}}'s friend [[name:Dilek]];
               feed regime, {{health passport}} and meds travel with him.
        18:45  Settled at [[organisation:Thistledown]].
        Learning: an up-to-date {{health passport}} meant no delay. [[name:Will]] stayed until
        [[name:Kerem]] was settled. Great teamwork.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Oisín Mac Giolla]] <[[email:oisin.macgiolla@wexmoor.gov.uk]]>
        To: [[name:Grace Adeyemi]]
        Cc: {{Adult Social Care}} {{Transitions}} inbox
        Date: [[date:28 August 2024]]
        Subject: {{Incident}} - gap in care at 18

        [[name:Grace]],

        [[name:Chantelle Ruiz]]'s children's {{direct payment}} ended automatically on her
        birthday, [[date:19 August]], but the adult {{personal budget}} was never approved because
        the {{Care Act}} assessment wasn't allocated after the referral in {{April}}. Her PAs
        ([[name:Amber]] and [[name:Lerato]]) worked 9 days unpaid and have now stopped. {{Mum}} has
        had to drop her shifts at [[organisation:Hollins Bakery]]. [[name:Chantelle]] has
        {{Rett syndrome}} and needs 2:1 for all {{personal care}}. Refs
        [[case_reference:CWD-088420]] / adults [[case_reference:ASC-551093]].

        I've asked for an emergency interim payment. Can we raise this at the
        {{Transition Panel}}? It's the third one this year.

        [[name:Oisín]]
        {{Senior Social Worker}} | [[phone:01632 960 213]]
    """)),
    ("social_care", "near_miss", block("""
        Duty log - [[date:03/09/24]] - [[name:Sandeep]] ({{duty}})
        Call from {{PA}} [[name:Crystal Hanlon]] re [[name:Eli Brandt-Mensah]] ([[age:10]]),
        [[case_reference:CWD-104717]]. The {{MAR}} sheet the family wrote for the PAs says
        {{baclofen}} 10ml twice daily, but the {{pharmacy}} label on the new bottle says 5ml. Dose
        was reduced at {{neurology}} clinic on [[date:22 August]] and the sheet never updated.
        [[name:Crystal]] spotted it before the evening dose, rang {{dad}}, gave 5ml as per label.
        No harm. Good catch by [[name:Crystal]].
        Actions: ask parents to forward clinic letters; {{MAR}} template for {{direct payment}}
        PAs; passed to [[name:JT]] for the {{PA training}} session.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt [[name:Derek Almond]] [[age:71yo]] hosp no [[case_reference:K4471823]] for
        {{colonoscopy}}. given {{midazolam}} 5mg + {{fentanyl}} 100mcg in room 2 - above our unit
        max for over 70s (2mg/50mcg). sats dropped to 84% in {{recovery}}, RR 6, not rousable to
        voice. {{naloxone}} 200mcg IV given by Sister [[name:Kaur]], came round in 2 mins.
        {{flumazenil}} not needed. {{endoscopist}} was a locum (Dr [[name:Baptiste]]) and says no
        one told him about our {{sedation policy}}. pt fine, {{obs}} normal, discharged 17:00 with
        wife. {{Datix}} [[case_reference:W-220981]] done. locums need the policy at induction pls
        - [[name:mo]] {{RN}}
    """)),
    ("health", "near_miss", prose("""
        At the {{WHO}} {{safety checklist}} {{sign in}} for the 10:30 slot on [[date:6 February]],
        the {{consent form}} for Mrs [[name:Valentina Russo]] ([[case_reference:RX0093321]]) was
        for a {{flexible sigmoidoscopy}}, whereas the referral from
        [[organisation:Ashgrove Medical Practice]] and the booking were for a full
        {{colonoscopy}} with {{split-dose}} {{bowel prep}}. Consent had been taken at the
        {{pre-assessment}} clinic by a {{trainee}} who used the previous patient's form as a
        template. The {{nurse endoscopist}}, [[name:Faith Amoah]], stopped before any
        {{sedation}} was given and re-consented Mrs [[name:Russo]] with an {{Italian}}
        interpreter on the phone, explaining the risks of {{perforation}} and missed lesions
        properly. The procedure then went ahead. No harm. Learning: consent forms must be
        started blank for each patient, and the checklist worked as intended.
    """)),
    ("health", "success", block("""
        ⭐ STAR OF THE WEEK - {{Endoscopy}} ⭐
        Nominated by: Dr [[name:Helen Sato]]
        Nominee: [[name:Chidi Eze]] ({{HCA}})

        At the {{pre-assessment}} phone call on [[date:Mon 15th]], [[name:Chidi]] asked
        Mr [[name:Lindqvist]] ([[age:79]]) to read out his tablet boxes rather than just asking
        "any blood thinners?". He read out {{Eliquis}}, which wasn't on the {{GP}} summary from
        [[organisation:Marlow Street Surgery]] - it had been started by a {{cardiologist}} at
        [[organisation:Penhallow Heart Centre]] three weeks earlier. [[name:Chidi]] flagged it to
        the {{anticoagulation}} nurse, {{apixaban}} was held for 48h per {{BSG}} guidance, and the
        {{polypectomy}} of a 25mm polyp went ahead safely on [[date:18 March]]. Without this it
        could easily have been a {{post-polypectomy bleed}}. Thanks [[name:Chidi]]!
    """)),
    ("health", "incident", block("""
        SPECIMEN INCIDENT
        Patient name: [[name:Aleksandra Nowak]]
        DOB: [[date_of_birth:12/07/1958]]
        NHS no: [[nhs_number:485 777 3457]]
        Hosp no: [[case_reference:RX2210457]]
        Address: [[address:Flat 9, Marram House, Quay Road, Wexmoor]] [[postcode:WX1 3PT]]
        Procedure: {{OGD}} + {{biopsies}} ({{Barrett's}} surveillance, {{Seattle protocol}})
        Date: [[date:02/10/24]]
        Description: 4 {{biopsy pots}} labelled with this patient's details reached
        {{histopathology}} containing tissue from the previous patient on the list
        (Mr [[name:Tunde Bakare]], {{duodenal biopsies}} for ?{{coeliac}}). Pre-printed labels
        for both patients had been left on the {{endoscopy trolley}} between cases. Both
        patients will need repeat procedures.
        Reported by: [[name:L. Ferreira]], {{Band 6}}
    """)),
    ("health", "near_miss", block("""
        Timeline - {{bowel prep}} and {{hypoglycaemia}}
        Pt: Mr [[name:Gurpreet Sandhu]], [[age:64]], {{type 1 diabetes}} on an {{insulin pump}}.
        Ref [[case_reference:RX3380126]]

        [[date:Wed 20 Nov]]
        18:00  Starts {{Plenvu}} dose 1 as per the leaflet. The pack posted to him did NOT
               include our {{diabetes}} insert.
        21:15  Son ([[name:Harjit]]) rings the {{endoscopy}} {{advice line}}: dad shaky and
               sweaty, {{BG}} 3.1.
        21:20  Nurse [[name:Bernadette O'Shea]] talks them through {{hypo}} treatment with
               clear sugary fluids and a reduced basal rate. BG 5.8 at 21:45.
        22:30  [[name:Bernadette]] rings back, BG 7.2, plan for dose 2 agreed.
        Next day: procedure went ahead, no further hypos.

        Learning: {{booking team}} to use a checklist so every patient on insulin gets the
        {{diabetes}} sheet and a {{DSN}} call before prep.
    """)),
    ("health", "success", block("""
        Endoscopy {{Governance}} meeting - [[date:17 January]]
        Attendees: [[name:Hannah Mbeki]] ({{Lead Nurse}}), Dr [[name:Arjun Pillai]]
        ({{Clinical Lead}}), [[name:Ana Ribeiro]] ({{recovery}}), [[name:Ciarán Daly]] ({{JAG}} lead)
        Apologies: [[name:Summer Whitlock]] ({{decontamination}}), [[name:Joe Okafor]]

        1. Minutes of last meeting agreed.
        2. {{Capnography}} audit: since {{ETCO2}} monitoring was introduced for all {{ERCP}} and
        deep sedation lists on [[date:1 September]], zero {{naloxone}} uses in 312 cases, against
        5 in the same period last year. [[name:HM]] thanked [[name:Ana]] and the {{recovery}} team
        for pushing this through.
        3. {{Patient experience}}: 98% would recommend ({{FFT}}).
        Action: [[name:AP]] to present at the {{JAG}} visit and regional network.
    """)),
    ("health", "incident", block("""
        From: [[name:Kofi Asante-Darko]] <[[email:kofi.asante-darko@nhs.net]]>
        To: {{Cellular Pathology}} reception
        Subject: Lost specimen - [[case_reference:W-231447]]

        Colleagues,

        A {{colonic polyp}} removed at {{colonoscopy}} on [[date:Thursday 14 November]] for
        Mrs [[name:Winifred Okoro]] (hosp no [[case_reference:RX1077562]], NHS
        [[nhs_number:612 840 3956]]) has not been received by the lab. The {{specimen bag}} was
        signed out to a {{porter}} at 15:40 per our tracking book, but you have no receipt. The
        polyp was 18mm, {{sessile}}, ?{{high-grade dysplasia}}. Mrs [[name:Okoro]] may need a
        repeat procedure and {{Duty of Candour}} applies. Could you check the
        {{pneumatic tube}} log and the {{cut-up}} room?

        Regards,
        [[name:Kofi]]
        {{Unit Manager}}, [[organisation:Harcourt Endoscopy Unit]],
        [[organisation:Wexmoor General Hospital]] | [[phone:01632 960 781]]
    """)),
    ("health", "near_miss", block("""
        {{Teams}} chat - {{Recovery}} / {{Admissions}} - [[date:05/03/2024]]
        [[name:Nkechi Obi]] 14:52: is {{bay 4}}'s lift home sorted? Mrs [[name:Dlamini]]
        [[name:Tom Hale]] 14:53: yes she said her {{husband}} is collecting
        [[name:Nkechi Obi]] 14:58: just checked. he's in the {{car park}} in the PASSENGER seat.
        it's her car and he doesn't drive
        [[name:Tom Hale]] 15:00: 😳 she had {{midazolam}} 3mg. no driving for 24h
        [[name:Nkechi Obi]] 15:02: talking to them now. {{daughter}} [[name:Thandeka]] can come at
        17:00, keeping her in {{second stage recovery}}
        [[name:Tom Hale]] 15:04: I'll put it on the {{near miss}} log. we only ask "who's
        collecting", not "who's driving"
        [[name:Nkechi Obi]] 15:05: agreed, ask at {{pre-assessment}} too
    """)),
    ("health", "success", prose("""
        Card on the staff room board, typed up for the learning bulletin: "Dear
        [[name:Bronwen]], [[name:Sunil]] and the lovely lady in {{recovery}} with the purple hair
        (I think [[name:Mags]]?). I am [[age:58]] and put off my {{colonoscopy}} for ten years
        because of a bad experience and my past. You let me have {{Entonox}} instead of
        {{sedation}} so I felt in control, you had a female {{chaperone}} the whole time and you
        stopped every time I said. The {{polyp}} was nothing nasty. Please tell your managers.
        With thanks, [[name:Rhiannon Pugh]], [[address:Ty Gwyn, Felin Road, Llanderwen]]."
        Learning: offering {{gas and air}} and a named {{chaperone}} at {{pre-assessment}} for
        {{trauma-informed}} care.
    """)),
    ("health", "incident", block("""
        {{SBAR}} handover - endoscopy to [[organisation:Farrow Ward]]
        S: [[name:Harold Pennington]], [[age:83]], hosp no [[case_reference:RX0458810]].
        {{ERCP}} today for {{CBD stones}}; {{abdominal pain}} ++ and {{tachycardia}} in
        {{recovery}}.
        B: {{sphincterotomy}} performed, difficult cannulation, procedure 70 mins.
        A: ?{{perforation}} - {{CT}} at 16:20 shows {{retroperitoneal air}}. {{Surgical registrar}}
        Mr [[name:Okonjo]] reviewed, conservative management for now.
        R: {{NBM}}, IV {{antibiotics}}, {{NEWS2}} hourly, surgical review overnight.
        NOK: daughter [[name:Wendy]] [[phone:07700 900914]], aware.
        Handed over by [[name:Ines]] (endoscopy) to [[name:Bartek]] (ward) 17:05.
    """)),
    ("health", "near_miss", block("""
        {{Decontamination}} tracking exceptions - week of [[date:8 July]]

        Scope   Type              Issue                                   Found by
        {{C-14}}    {{colonoscope}}       {{AER}} cycle fail, not re-run             [[name:Mark]]
        {{G-07}}    {{gastroscope}}       used before {{leak test}} logged          [[name:Hollie]]
        {{D-02}}    {{duodenoscope}}      {{drying cabinet}} time expired (>72h)     [[name:Mark]]

        G-07 was used on pt [[case_reference:RX5521780]] at 09:10 on [[date:10 July]] before the
        leak test was recorded. AER log later showed the full cycle completed, so risk low;
        {{IPC}} advised no further action. The barcode scanner in room 3 has been broken since
        [[date:3 July]], {{EBME}} job [[case_reference:EB-77120]].
    """)),
    ("health", "success", prose("""
        Mr [[name:Piotr Zieliński]], [[age:46]], attended for {{gastroscopy}}. His {{GP}} letter
        noted {{Polish}} as his first language but no interpreter had been booked. Staff nurse
        [[name:Ama Boateng]] noticed at {{admission}} that he was nodding through the questions.
        Rather than using his son ([[age:15]]) to interpret, she booked a
        {{telephone interpreter}} through [[organisation:LinguaLink Services Ltd]]. It emerged
        that he had eaten at 07:00 and thought "{{biopsy}}" meant he had cancer. The procedure was
        rebooked for [[date:29 April]] with a face-to-face interpreter and done under
        {{throat spray}} only. He told us he would have walked out otherwise. Learning: an
        {{Accessible Information Standard}} flag on {{PAS}} should trigger interpreter booking
        automatically.
    """)),
    ("health", "incident", prose("""
        fall in {{recovery}} approx 11:50. pt [[name:bernard fitzsimmons]] ([[age:88]]) tried to
        get off the {{trolley}} by himself to go to the toilet after {{OGD}} w/ {{sedation}},
        {{cot sides}} were down bc he seemed 'awake'. slid to floor, hit R elbow. no head injury,
        {{obs}} stable. seen by {{FY2}}, {{X-ray}} no fracture. daughter [[name:linda]] informed on
        [[phone:07700 900127]]. we were 2 nurses down (1 sick, 1 on {{IV training}}).
        {{falls risk assessment}} not done at admission as it isnt on the endoscopy
        {{pathway}}. datix [[case_reference:W-229004]]. - [[name:Ade]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Ffion Haf Roberts]] <[[email:ffion.roberts3@nhs.net]]>
        To: [[name:Esther Kwarteng]]; {{Booking Team}}
        Subject: Near miss - wrong {{bowel prep}} for {{CKD}} patient

        Hi [[name:Esther]],

        Mr [[name:Ashok Venkataraman]] ({{eGFR}} 24, {{CKD stage 4}}, ref
        [[case_reference:RX6620314]]) was posted {{Picolax}} for his colonoscopy on
        [[date:Friday 7th]]. Our protocol says {{sodium picosulfate}} is contraindicated below an
        eGFR of 30 and he should have had {{Moviprep}}. His renal nurse at
        [[organisation:Kingsreach Renal Unit]] spotted the box at a dialysis review and rang us
        before he started it. New prep couriered the same day.

        The {{booking system}} defaults to Picolax and nobody checked the {{renal}} flag.
        Can we remove the default?

        Diolch,
        [[name:Ffion]]
        {{Pre-assessment Sister}}
    """)),
    ("health", "incident", block("""
        {{WhatsApp}} - "Endo nurses 💙" - [[date:21/10/24]]
        07:31 [[name:Joanne M]]: 2 off sick. no {{sedation}}-trained nurse for room 3 list
        07:33 [[name:Sunny Okafor]]: {{bank}} said no one. agency?
        07:40 [[name:Joanne M]]: Dr [[name:Feld]] says he'll do the list with the {{HCA}} on
        monitoring 🙄
        09:15 [[name:Sunny Okafor]]: pt in room 3 desatted to 82% under {{conscious sedation}},
        [[name:Zeynep]] ran over from room 1. fine now but that's exactly what shd never happen
        09:20 [[name:Joanne M]]: stopping room 3 list. 6 pts cancelled 😞 will {{Datix}}
        09:22 [[name:Zeynep]]: pls also escalate to [[name:Ruth]] ({{matron}}) - {{BSG}}
        standard is a trained nurse per room for sedation lists
    """)),
    ("health", "success", block("""
        Event review - [[date:Tues 11 June]], {{main waiting area}},
        [[organisation:Harcourt Endoscopy Unit]]
        09:42  Mr [[name:Yusuf Karimi]] ([[age:52]]), waiting for {{OGD}} for {{dyspepsia}},
               vomits dark material in the toilet. {{Receptionist}} [[name:Bea]] presses the
               {{emergency bell}}.
        09:43  Staff nurse [[name:Ruairí Doyle]] attends, recognises ?{{coffee-ground vomit}};
               pale and clammy. {{Glasgow-Blatchford}} score calculated: 11.
        09:45  Moved to bay 1, two large-bore {{cannulas}}, bloods incl {{group and save}}.
        09:55  BP 92/60, {{fluid}} bolus. {{GI registrar}} Dr [[name:Kaveh Rostami]] informed.
        10:20  {{Urgent OGD}}: {{bleeding duodenal ulcer}}, {{adrenaline injection}} + clips.
        Learning: excellent recognition and escalation by non-clinical staff. [[name:Bea]] had
        done the {{deteriorating patient}} e-learning the week before.
    """)),
    ("health", "near_miss", block("""
        Nurse handover - am list -> pm list, room 2
        - NB TWO patients called Mr [[name:Evans]] today:
          [[name:Gareth Evans]], DOB [[date_of_birth:03/02/1961]], [[case_reference:RX4410978]]
          = {{colonoscopy}}
          [[name:Gareth Evans]], DOB [[date_of_birth:19/09/1974]], [[case_reference:RX4471032]]
          = {{OGD}} + {{PEG}} check
        - 12:55 {{HCA}} brought the wrong Mr [[name:Evans]] from the {{admissions lounge}} for
          the colonoscopy slot. Picked up at {{time out}} by [[name:Priyanka]] checking the
          {{wristband}} against the list - this patient had NOT taken any {{bowel prep}}.
        - {{name alert}} now added on {{PAS}} for both. Use full 3-point ID every time.
        - [[name:Sian]] -> [[name:Kwame]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT transcript (from {{ATC}} recording) - [[date:17/08/2024]], Load 9
        14:31:05 [[aircraft_registration:G-HFDZ]]: [[organisation:Wexmoor Radar]],
                 [[aircraft_registration:G-HFDZ]], two minutes to drop, {{FL150}}, request drop
        14:31:12 ATC: [[aircraft_registration:G-DZ]], hold off drop, traffic is
                 [[flight_number:NMA214]], an {{Embraer 190}} seven miles east, {{FL140}}
        14:31:18 [[aircraft_registration:G-DZ]]: cleared to drop, [[aircraft_registration:G-DZ]]
        14:31:40 [[aircraft_registration:G-DZ]]: four jumpers away
        14:31:44 ATC: [[aircraft_registration:G-DZ]], negative, you were NOT cleared, I said
                 hold. [[flight_number:NMA214]], turn left heading 040 immediately
        14:31:52 [[flight_number:NMA214]]: left 040, [[flight_number:NMA214]]

        Pilot's note: I misheard "hold off drop" as "drop" and gave the {{green light}}. No
        {{airprox}} filed by the airline. {{MOR}} submitted by me ([[name:Kit Marchetti]]) to the
        {{CAA}}. Ref [[case_reference:HPC-OR-24-019]].
    """)),
    ("aviation", "near_miss", prose("""
        gear check load 4 - {{TI}} [[name:rob]] had his {{drogue release}} handle routed under
        the {{chest strap}} instead of on top. tandem {{pax}} [[name:Lorna]] ([[age:62]]) all
        hooked up ok otherwise. spotted by [[name:Fitz]] doing the {{pin check}} in the
        {{boarding area}}, not at the {{equipment check}} in the {{hangar}} where it shd have been.
        if he'd had to pull in freefall it cd have been a {{horseshoe}} or a {{drogue-in-tow}}.
        [[name:rob]] was rushing after 6 loads straight with no break. {{manifest}} need to enforce
        a rest after 5 tandems. aircraft [[aircraft_registration:G-OJMP]], {{Caravan}}. -
        [[name:Kasia]]
    """)),
    ("aviation", "success", block("""
        📣 Shout-out from the {{packing shed}}
        Big thanks to [[name:Minh Anh]] who, while packing [[name:Bill Osei]]'s {{main}} on
        [[date:Sunday 2nd]], spotted a burr on one of the {{slider}} grommets that had already
        nicked two {{lines}}. Most people would have packed it and moved on. She grounded the
        rig and walked it over to our {{rigger}} [[name:Dusty]] at
        [[organisation:Canopy Craft Rigging Ltd]], who replaced the slider and the two
        {{line set}} sections. [[name:Bill]] says he'd had hard openings and {{line twists}} on the last
        three jumps and never thought to mention it.
        Cheers [[name:Minh Anh]] 🙏 - [[name:Cal]] ({{CI}})
    """)),
    ("aviation", "incident", prose("""
        On [[date:Saturday 6 July]] an {{AFF}} student, [[name:Oluwadamilare Adeyinka]]
        ([[age:24]]), on his {{Level 4}} jump from [[aircraft_registration:G-DRPZ]]
        ({{Pilatus PC-6}}), landed off the {{drop zone}} in a field of cattle at
        [[organisation:Lower Ashcombe Farm]], roughly 1.5km downwind. The {{spot}} was long
        because the upper winds had increased to 30kt after the morning {{wind drifter}} was
        thrown, and his {{student radio}} was silent because the battery had not been changed.
        His instructors, [[name:Hunter Blaine]] and [[name:Marguerite Lavoie]], lost sight of him
        under canopy. He landed {{downwind}} and sprained his left ankle. The farmer,
        Mr [[name:Trelawney]], drove him back in his truk. The {{Chief Instructor}} stood down
        student jumping for the day. Learning: radio battery check on the student kit list and
        a fresh drifter when winds change. Reported to {{British Skydiving}},
        [[case_reference:BS-IR-24-0612]].
    """)),
    ("aviation", "near_miss", block("""
        Load 6 - weight and balance near miss - [[date:Sun 21 April]]
        Aircraft [[aircraft_registration:G-HFDZ]] ({{Cessna 208B}}), pilot [[name:Anneliese Vogt]]

        10:05  {{Manifest}} closes load 6: 14 slots incl 3 tandem pairs.
        10:12  Camera flyer [[name:Chase]] added late by {{manifest}} without telling the pilot.
        10:18  Jumpers board; tandem pairs sit at the rear by the {{door}}.
        10:20  During taxi [[name:Anneliese]] notices the nose light and elevator heavy, stops.
               Load sheet shows 15 on board, {{CG}} outside the aft limit.
        10:24  [[name:Chase]] and one fun jumper ([[name:Eero]]) moved to next load; remaining
               tandems moved forward.
        10:31  Take off. Normal flight.
        Learning: no late additions after the {{load sheet}} is signed. {{Chief Pilot}} to brief
        {{manifest}} staff.
    """)),
    ("aviation", "success", block("""
        {{DZ}} {{Safety Committee}} - [[date:09/11/2024]]
        Present: [[name:Cal Whitford]] ({{CI}}), [[name:Anneliese Vogt]] ({{Chief Pilot}}),
        [[name:Teodora Ilić]] ({{S&TA}}), [[name:Miles]] (packers' rep), [[name:Ngaio Parata]]
        (instructors' rep)
        Apologies: [[name:Destiny Okoro]] ({{manifest}}), [[name:RB]]

        1. Season summary: 11,420 jumps, 2 reportable injuries (down from 7 last year).
        2. Landing pattern: since the new {{landing pattern}} brief and the {{windsock}} by the
           {{student area}} went in on [[date:4 May]], zero {{off-landings}} by {{A licence}}
           holders. [[name:TI]] and [[name:NP]] thanked for the briefings.
        3. {{Hook turns}}: one {{low turn}} injury ([[case_reference:HPC-24-027]]) discussed.
        Actions: [[name:CW]] to share the brief with [[organisation:Skyreach Tadcombe]].
    """)),
    ("aviation", "incident", block("""
        DZ INJURY REPORT
        Name: [[name:Guillermo Ortega Ruiz]]
        DOB: [[date_of_birth:22/01/1990]]
        {{British Skydiving}} membership no: [[case_reference:304117]]
        Address: [[address:11 Chapel Fold, Tadcombe]] [[postcode:HG4 6DW]]
        Emergency contact: [[name:Inés]] (partner) [[phone:07700 900264]]
        Jump no: 87   Load: 12   Aircraft: [[aircraft_registration:G-OJMP]]
        Description: hard landing after a {{low turn}} (approx 80ft) to avoid another canopy on
        {{final approach}}. Suspected {{ankle fracture}}. {{First aid}} by
        [[name:Joy-Ann Baptiste]], ambulance called 15:22, taken to
        [[organisation:Tadcombe Royal Infirmary]].
        Witnesses: [[name:S. Kaur]], [[name:Hamish]]
        Reported by: [[name:TB]] ({{S&TA}})
    """)),
    ("aviation", "near_miss", block("""
        {{WhatsApp}} "[[organisation:HPC]] pilots ✈️" - [[date:02/06/2024]]
        06:58 [[name:Kit]]: morning. FYI did the {{fuel drains}} on
        [[aircraft_registration:G-HFDZ]], LH wing {{sump}} had a good slug of water 😬
        07:01 [[name:Anneliese]]: how much??
        07:02 [[name:Kit]]: 4 full jars before it ran clear. {{filler cap}} seal on LH tank is
        perished and it chucked it down overnight
        07:04 [[name:Anneliese]]: who flew the last load yesterday?
        07:05 [[name:Marco]]: me. didnt drain after the refuel, sorry, it was the sunset load
        07:07 [[name:Anneliese]]: not a blame thing but that's exactly how you lose an engine at
        200ft with 14 on board. aircraft {{AOG}} till [[organisation:Westvale Aero Engineering]]
        replace the seal. drains after EVERY refuel pls
    """)),
    ("aviation", "success", block("""
        From: [[name:Penny Whitlow]] <[[email:pennywhitlow58@mailbox.co.uk]]>
        To: [[email:info@highfoldskydive.co.uk]]
        Subject: THANK YOU!!

        Hi all,

        I did my charity {{tandem}} on [[date:Sat 14th September]] for
        [[organisation:Brightwater Hospice]] and wanted to say a huge thank you to [[name:Drew]],
        my instructor. I'm [[age:73]] and was terrified because of my {{hip replacement}}, but he
        talked me through the {{sitting landing}} twice and we slid in like a dream. Thanks too
        to [[name:Jules]] on {{manifest}} who rebooked me twice because of the {{weather}}, and to
        the {{camera flyer}} for the video. I raised £2,140!

        Love,
        [[name:Penny]] x
    """)),
    ("aviation", "incident", block("""
        From: [[name:Teodora Ilić]] <[[email:t.ilic@highfoldskydive.co.uk]]>
        To: {{Chief Instructor}}; {{Safety Committee}}
        Subject: Incident [[case_reference:HPC-24-031]] - tandem hard landing

        Tandem pair landed hard at 16:48 on [[date:Friday 23 August]]. {{TI}}
        [[name:Ray Kettering]] turned onto finals at about 100ft when a gust hit; the passenger,
        a [[age:68-year-old]] woman (manifest ref [[case_reference:TAN-5583]]), did not lift her
        legs and landed on her bottom. She had lower back pain and tingling, so we did not move
        her. {{Spinal precautions}}, {{999}} called, {{air ambulance}} not needed. She was taken
        by road ambulance; our {{DZ}} truck [[vehicle_registration:YK17 HFD]] escorted it to the
        gate. X-ray later showed a {{compression fracture}} of L1.

        Reported to {{British Skydiving}}. [[name:Ray]] stood down pending review.

        [[name:Teodora]]
        {{S&TA}}, [[organisation:Highfold Parachute Centre]] | [[phone:01632 960 905]]
    """)),
    ("aviation", "near_miss", block("""
        Manifest audit - [[date:Sunday 18 August]], aircraft [[aircraft_registration:G-DRPZ]]
        ({{Pilatus Porter}}), pilot [[name:Hunter]]

        Load | Slots | Manifest wt (kg) | Actual wt (kg) | Notes
        7    | 9     | 812              | 901            | pax [[name:Ahmed]] 118kg vs 95 declared; [[name:Ashleigh-Rae]] no kit wt
        8    | 9     | 790              | 802            | ok
        9    | 8     | 745              | 768            | camera [[name:Sonny]] ballast not added

        Load 7 was 89kg over manifest on a 29°C afternoon with a {{density altitude}} of about
        2,400ft. [[name:Hunter]] noticed a long ground roll and a slow climb and flew a lower
        {{jump run}}. Within {{MTOW}}, but margins were gone. Learning: weigh all {{tandem}}
        passengers on the scales at check-in; no {{self-declared}} weights.
    """)),
    ("aviation", "success", block("""
        RT - [[organisation:Highfold Radio]] ({{A/G}}), [[date:12 October]]
        15:02 [[aircraft_registration:G-OJMP]]: [[organisation:Highfold Radio]], [[aircraft_registration:G-MP]],
              rough running engine passing 6,500ft, jumpers will exit now overhead, then
              returning to land
        15:02 [[organisation:Highfold Radio]]: [[aircraft_registration:G-MP]], roger, runway 25, wind 240 8
              knots, no other traffic
        15:03 [[aircraft_registration:G-MP]]: eleven jumpers away, descending
        15:07 [[aircraft_registration:G-MP]]: on final 25, {{partial power}}
        15:08 [[organisation:Highfold Radio]]: [[aircraft_registration:G-MP]], land at your discretion
        Note: pilot [[name:Sunita Rao-Blackwood]] got all jumpers out at a safe height over the
        {{DZ}} and landed with partial power. {{Engineers}} found a cracked {{exhaust}} and a
        loose {{magneto}} lead. Textbook {{emergency}} handling - thank you.
    """)),
    ("aviation", "incident", prose("""
        {{canopy collision}} approx 800ft over the {{hangar}} on load 11. [[name:jamie]] ({{fun
        jumper}}, 340 jumps, {{Sabre 2}} 150) and [[name:mehmet]] ({{B licence}}) were both
        setting up for the same {{landing area}} and neither was looking. [[name:jamie]]'s {{slider}}
        wrapped round [[name:mehmet]]'s {{end cell}}, they separated after a few secs and both landed
        under {{main}}. [[name:mehmet]] landed hard, grazed knee + wrist, {{first aid}} only.
        [[name:jamie]] fine. both on the same {{exit order}} group, {{break-off}} was late.
        [[name:gaz]] saw it all from the {{peas}}. need a {{canopy skills}} brief at the morning
        {{DZ}} brief - [[name:T]]
    """)),
    ("aviation", "near_miss", block("""
        #manifest-ops ({{Slack}})
        [[name:destiny.o]] 09:12
        @[[name:teodora]] rig check at {{manifest}} - [[name:Faisal Rahimi]]'s {{reserve}}
        data card says repack due [[date:12 May]]. that's 3 weeks ago
        [[name:teodora]] 09:14
        has he jumped today?
        [[name:destiny.o]] 09:14
        no, was about to go on load 2. system shows green bc someone put the {{AAD}} service
        date in the repack field
        [[name:teodora]] 09:16
        ok, he's grounded till the {{rigger}} repacks. can you check every rig in the system for
        the same field error? also cc [[name:Dusty]]
        [[name:destiny.o]] 09:40
        found 2 more. both {{students}}' hire kit, not jumped. logged as {{near miss}}
    """)),
    ("aviation", "success", block("""
        Learning review - {{reserve ride}} handled well, [[date:Thursday 1 May]]
        Jumper: [[name:Storm Adjei]], {{consolidation}} jumps after {{A licence}}
        13:12:00  Exit from [[aircraft_registration:G-HFDZ]] at 13,000ft.
        13:13:05  Deploys at 4,000ft. Main opens with {{line twists}} and starts spinning.
        13:13:15  Tries to kick out twists; spin worsens. Checks altitude.
        13:13:20  {{Cutaway}} at 2,800ft, {{reserve}} deploys cleanly at ~2,200ft.
        13:16     Lands on the {{DZ}}. Ground crew [[name:Hope]] recovers the main by
                  {{quad bike}}; {{freebag}} found by [[name:Ricky]] in the next field.
        Learning: [[name:Storm]] had done {{EP}} drills in the {{hanging harness}} that morning
        with [[name:Ngaio]]. Decision made above hard deck. Well done all.
    """)),
    ("aviation", "near_miss", prose("""
        At approximately 15:40 on [[date:24 May]], during the climb of load 14 in
        [[aircraft_registration:G-OJMP]], [[organisation:Tadcombe Approach]] asked the pilot,
        [[name:Hunter Blaine]], to hold the jumpers at 10,000ft for a {{Cessna Citation}}
        ([[flight_number:VXJ318]]) routing into the nearby {{air display}}. The display had a
        {{NOTAM}} that was not briefed at the morning {{DZ brief}} and had not been picked up by
        the {{Chief Pilot}}. [[name:Hunter]] held for 12 minutes, jumpers exited after
        [[flight_number:VXJ318]] had passed, and there was no loss of separation. The risk was
        that a less experienced pilot might have run in on the original plan. Learning: the
        {{NOTAM}} and {{AIC}} check is now a signed item on the {{daily ops}} sheet, and pilots
        will check {{SkyDemon}} before the first lift.
    """)),
]  # end REPORTS

if __name__ == "__main__":
    write_records(OUT, build_records("blind339", REPORTS))
