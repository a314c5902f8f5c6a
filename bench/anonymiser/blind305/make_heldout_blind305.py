"""Held-out blind corpus 305: UK incident, near-miss and success ("learning") reports.

Fifty hand-written reports in the voice of front-line practitioners typing into a
confidential reporting system, written blind (without sight of the de-identifier or of any
other corpus) so the corpus measures how well de-identification generalises.

Settings (all people, organisations, places and numbers are invented):
- social_care (17): a local-authority special guardianship support team;
- health (17): the healthcare wing of a prison (HMP);
- aviation (16): an air ambulance (HEMS) helicopter base.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, radio/RT transcripts, and
shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national agencies,
drugs, equipment, aircraft types, generic times and place types) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind305.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        rang nan ([[name:doreen]]) re contact w/ birth {{mum}} - she says {{mum}} turned up
        at [[organisation:st barnabas primary]] gates fri 3.15 n tried to take
        [[name:kayden]] ([[age:8yo]]) home. school {{DSL}} stepped in thank god, {{police}}
        not called. nobody told us til tues!! {{SGO}} says contact supervised only, 4x a yr.
        logged on {{mosaic}} under [[case_reference:SG-24-0917]]. [[name:doreen]] v shaken,
        didnt sleep, wants to know if she can get a {{prohibited steps order}}. told her ill
        ask {{legal}} + {{team manager}} ([[name:Bev]]) tmrw. also need to chase school re why
        they didnt ring us direct - they hav our duty no [[phone:01632 960418]]. [[name:kayden]]
        ok, off school today w/ tummy ache. [[name:jk]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@kettleby.gov.uk]]>
        To: {{SGO Support Duty}} <[[email:sgo.duty@kettleby.gov.uk]]>
        Subject: Near miss - letterbox letter nearly sent with carers' address
        Date: [[date:14 May 2024]] 09:42

        Hi all,

        Flagging a near miss for the log. While doing the {{letterbox contact}} post this
        morning I noticed the letter from special guardians Mr and Mrs [[name:Achterberg]] to
        birth {{dad}} had their full address on the back of the envelope
        ([[address:27 Linnet Close, Hollinsby]], [[postcode:KB7 3QE]]). It was in the
        outgoing tray ready for the {{franking machine}}. {{Letterbox}} items are supposed to
        be opened and checked by the {{letterbox coordinator}} but she's on leave and no cover
        was arranged.

        I have re-enveloped it and it has gone out under our {{PO box}}. Child's file is
        [[case_reference:SG-22-0348]] for anyone checking.

        Suggest we add a second check to the {{letterbox procedure}} when the coordinator is off.

        Thanks,
        [[name:Priya]]

        [[name:Priya Raghunathan]] | {{Senior Practitioner}}, Special Guardianship Support
        [[organisation:Kettleby Borough Council]] | [[phone:01632 960552]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Grace]] from the {{family time}} team. [[name:Hope]]
        ([[age:aged 6]]) had refused to go into the {{contact room}} for three sessions running
        because the last time she saw her birth {{dad}} he shouted at the
        {{contact supervisor}}. [[name:Grace]] visited the special guardians at home in
        [[address:Fennick Road, Low Ashby]] twice beforehand, used the {{Three Houses}} tool
        with her and let her choose the room and the snack. On [[date:Saturday 8 June]]
        [[name:Hope]] walked in holding [[name:Grace]]'s hand and stayed the full hour.
        {{Grandad}} (Mr [[name:Oyelaran]]) said it was the first time since the
        {{SGO}} was made that she talked about {{Dad}} on the way home without a meltdown.
        Small thing, big difference. Can we share the {{Three Houses}} sheets at the next
        {{practice forum}}? - [[name:Dariusz]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - medication near miss during respite
        Ref: [[case_reference:SGS-INC-0412]]

        [[date:02/07/24]]
        10:05  {{respite carer}} [[name:Marguerite Duval-Okafor]] collects [[name:Tayo]]
               ([[age:11 yrs]]) from the special guardian's home for {{overnight respite}}.
        10:20  Special guardian ({{paternal aunt}}, [[name:Funmi]]) phones to say she packed
               the {{melatonin}} but forgot the {{MAR chart}}.
        13:40  Respite carer texts {{SGO support worker}} [[name:Luke Brannigan]] asking
               whether the dose is 2mg or 3mg - she had been told 3mg verbally at pick-up.
        13:55  [[name:LB]] rings [[name:Funmi]]; label on the box says 2mg at bedtime.
        14:05  [[name:LB]] confirms 2mg to carer by text and asks her to photograph the label.
        21:00  Carer confirms 2mg given. No harm.

        Learning: {{respite}} packs to include a copy of the {{MAR}} and the
        {{pharmacy}} label every time; verbal doses not to be accepted. [[name:LB]] to raise at
        {{team meeting}}.
    """)),
    ("social_care", "incident", block("""
        [[name:Ffion Pritchard]] 09:14
        morning - bit of a problem. the {{SGO support plan}} review for [[name:Leo]] and
        [[name:Maisie]] went to the wrong email yesterday. autofill picked
        [[email:d.hartley@mailbox.co.uk]] instead of [[email:d.hartwell@mailbox.co.uk]]

        [[name:Samir Haddad]] 09:16
        oh no. how much was in it?

        [[name:Ffion Pritchard]] 09:17
        full plan, both kids' DOBs, school, {{CAMHS}} bit. tried recall but it says failed

        [[name:Samir Haddad]] 09:19
        ok need to log with {{IG}} as a {{data breach}} today, and ring Mr [[name:Hartwell]] to
        let him know before anyone else does. can you ask the other fella to delete?

        [[name:Ffion Pritchard]] 09:24
        done, {{IG}} ref [[case_reference:IG-2024-1187]]. Mr [[name:Hartley]] was nice about it,
        says he's deleted it and will confirm by email

        [[name:Samir Haddad]] 09:25
        thanks [[name:ffi]]. can we get autocomplete turned off on the team laptops pls 🙏
        i'll mention to {{IT}} and the {{DPO}}
    """)),
    ("social_care", "success", prose("""
        Learning report. Following a {{Team Around the Family}} meeting on
        [[date:19 February 2024]], {{SGO support worker}} [[name:Tomasz Wiśniewski]] and the
        {{designated teacher}} at [[organisation:Hollinsby Academy]] noticed that
        [[name:Amara]] ([[age:aged 13]]) was being excluded from lessons almost weekly and that
        every incident followed a {{contact}} weekend. [[name:Tomasz]] worked with the
        {{Virtual School}} to get a {{Personal Education Plan}}-style meeting even though she
        is not {{looked after}}, and supported her special guardian, Ms [[name:Nwachukwu]], to
        apply to the {{Adoption and Special Guardianship Support Fund}} for
        {{therapeutic life story work}}. Funding was agreed in three weeks. By the end of term
        [[name:Amara]] had no {{fixed-term exclusions}}, and Ms [[name:Nwachukwu]] says she
        feels "listened to for the first time". What helped: one named person, the school and
        the guardian in the same room, and linking the behaviour to {{contact}} rather than
        treating it as a school problem.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - Special Guardianship Support
        Ref: [[case_reference:SGS-IR-24-031]]
        Child: [[name:Rüya Demir]]            DOB: [[date_of_birth:23/11/2015]]
        Special guardian: [[name:Mehmet Yıldız]] ({{maternal uncle}})
        Address: [[address:Flat 4, Carrow House, Tanner Street, Kettleby]] [[postcode:KB2 8NH]]
        Tel: [[phone:07700 900271]]
        Date of incident: [[date:11/03/24]]
        Reported by: [[name:Aoife Brennan]], {{family support worker}}

        Description: During a {{home visit}} Mr [[name:Yıldız]] told me that {{birth mum}}'s
        partner had turned up at the flat the previous evening after a cousin posted a photo
        of [[name:Rüya]] in her school jumper online. He banged on the door for about 20 minutes.
        {{Police}} attended, log [[case_reference:KP-110324-0447]]. [[name:Rüya]] was upset but
        unhurt.

        Action: {{MASH}} contacted and {{strategy discussion}} requested; {{safety plan}}
        updated; housing transfer request sent to [[organisation:Kettleby Homes]]; advice to
        family about {{privacy settings}}. {{Team Manager}} informed same day.
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER  {{Thurs}} pm -> {{Fri}} am

        - Near miss: draft {{contact agreement}} for the [[name:Kowalczyk]] children still had
          the new nursery ([[organisation:Little Acorns Nursery]]) named in it and was about to
          go to birth {{dad}} for signing. [[name:Bill]] spotted it in {{peer check}} and took
          it out. PLEASE re-read old templates before sending anything to {{birth family}}.
        - [[name:Shanice]] (special guardian, {{nan}} to [[name:Ruby-Mae]], [[age:4yo]]) rang
          about the {{SGO allowance}} - {{financial assessment}} still outstanding, she's
          stressed. Call back on [[phone:07700 900634]] before 12.
        - Mr [[name:Adeyinka]] wants to know if the {{peer support group}} is on in half term.
        - [[name:rhys]] on leave {{Fri}}, his visits covered by [[name:Mared]].
        - {{EDT}} had nothing overnight for us.

        handed over by [[name:Bill]] 17:20
    """)),
    ("social_care", "success", block("""
        Special Guardianship Support Team - Learning Review Minutes
        Date: [[date:27 September 2024]]
        Present: [[name:Nkechi Eze]] (chair, {{Team Manager}}), [[name:Rose Tremlett]],
        [[name:Dariusz Zieliński]], [[name:Will Okafor]], [[name:Eilidh MacLeod]]
        ({{kinship carers group}} facilitator)
        Apologies: [[name:Joy]], [[name:Jamal Bakri]]

        1. Good practice - carers' group
        [[name:EM]] described how the monthly group at [[organisation:Hollinsby Family Hub]]
        picked up that one {{grandmother}} was close to giving up the placement. Other
        {{special guardians}} shared their own experience of {{teenage}} {{CPV}} and she
        agreed to a {{respite}} referral the same week. Placement stable at three months.
        2. What made it work
        {{Peer-led}}, {{crèche}} on site, {{interpreter}} booked for two carers, and the
        {{social worker}} attending only for the last half hour.
        3. Actions
        [[name:RT]] to write up as a {{practice note}}; [[name:NE]] to ask the
        {{Head of Service}} for funding to run a second group.
    """)),
    ("social_care", "near_miss", block("""
        [[date:12/08/2024]], 15:41 - [[name:Sunny]]: heads up - [[organisation:Prestige Cars Kettleby]] sent a new driver for [[name:Zara]] today, he didnt know the {{password}}. school wouldnt release her 👍
        [[date:12/08/2024]], 15:43 - [[name:Leanne W]]: good. is that the {{SEN transport}} contract?
        [[date:12/08/2024]], 15:44 - [[name:Sunny]]: yep. {{nan}} (Mrs [[name:Fairweather]]) says nobody told her about a driver change either
        [[date:12/08/2024]], 15:46 - [[name:Leanne W]]: ok that's a near miss, pls put it on the log. i'll email {{transport team}} and ask for driver changes to come through us
        [[date:12/08/2024]], 15:47 - [[name:Sunny]]: logging now. [[name:Zara]] got home fine, {{nan}} collected her herself
        [[date:12/08/2024]], 15:52 - [[name:Leanne W]]: 👍 thx. remind me to raise at {{Tuesday}} {{supervision}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:Sunday 21 April]] at approximately 19:30 special guardian Mr
        [[name:Delroy Campbell]] rang the {{Emergency Duty Team}} to report that his grandson
        [[name:Jaheim]] ([[age:aged 15]]) had not come home. A {{missing person}} report was
        made to {{police}} (log [[case_reference:KP-20240421-0655]]). [[name:Jaheim]] was
        found at 01:10 at a flat in [[address:Morley Court, Denham Road, Kettleby]] with two
        older males and was returned home by {{police}}. He had a new phone and cash.
        A {{Return Home Interview}} was completed by [[organisation:Safe Steps Kettleby]] on
        [[date:23 April]] and the {{exploitation screening tool}} indicates {{CCE}} risk.
        Referral made to {{MASH}}; {{Child Exploitation}} panel on [[date:2 May]].
        Mr [[name:Campbell]] reports he did not know who to ring out of hours and waited
        three hours before calling. Learning: {{special guardians}} are not given the
        {{EDT}} number at the time of the order. Action for {{SGO support worker}}
        [[name:Eilidh MacLeod]] to add it to the welcome pack.
    """)),
    ("social_care", "success", block("""
        Dear [[name:Kwame]] and everyone at the team,

        Just a note to say thank you. When we took on [[name:Tyler]] under the {{SGO}} we
        honestly didn't know what we were doing. You sorted the {{DLA}} forms, came to the
        {{EHCP}} {{annual review}} at [[organisation:Moorside Primary]] with us when the school
        weren't listening, and found us the {{sleep clinic}}. He now sleeps through most nights
        and so do we!

        [[name:Kwame]] you always rang back when you said you would, even the week your own
        little one was poorly. That meant a lot.

        We've put [[name:Tyler]]'s drawing of "the helping man" in with this card.

        With love,
        [[name:Faith]] & [[name:Desmond]] ({{Nanna}} and {{Grandad}})
    """)),
    ("social_care", "near_miss", block("""
        WEEKLY NEAR-MISS LOG - SGO Support   w/c [[date:03/06/24]]

        | Date | Ref | Child | Worker | What nearly happened | Action |
        |---|---|---|---|---|---|
        | [[date:03/06]] | [[case_reference:NM-0611]] | [[name:A.K.]] | [[name:Hope Adebayo]] | {{SGO allowance}} about to be paid to old bank details after carer moved | {{Finance}} re-checked, held payment |
        | [[date:04/06]] | [[case_reference:NM-0612]] | [[name:T.M.]] | [[name:Connor]] | {{birth mum}} copied into {{cc}} on meeting invite | removed before send |
        | [[date:06/06]] | [[case_reference:NM-0613]] | [[name:J-P.O.]] | [[name:Hope Adebayo]] | {{EpiPen}} found out of date before {{nursery}} trip | {{GP}} re-prescribed same day |
        | [[date:07/06]] | [[case_reference:NM-0614]] | [[name:R.S.]] | [[name:Ines]] | wrong surname on {{life story book}} cover | reprinted |

        Reviewed by: [[name:N. Eze]], {{Team Manager}}
    """)),
    ("social_care", "incident", prose("""
        home visit to mrs [[name:o'driscoll]] this am, her dog (big staffie) got out
        the kitchen n bit my left hand when i was getting the {{SGO review}} paperwork out.
        broke the skin, bleeding. went to {{minor injuries}} after, had {{tetanus}} + abx
        ({{co-amoxiclav}}). [[name:o'driscoll]] v apologetic, said the lock on the kitchen door
        is broken. grandson [[name:Callum]] ([[age:9]]) saw it and was upset, i reassured him.
        also pool car [[vehicle_registration:KX68 PLN]] got a scrape on the gate post when i
        left in a hurry, reported to {{fleet}}. address flagged on {{mosaic}} for {{lone working}}
        risk: [[address:14 Quarry Bank, Stainforth]]. need a {{risk assessment}} before next
        visit + discuss w/ [[name:sam h]]. - [[name:ines r]]
    """)),
    ("social_care", "success", prose("""
        Good practice notification. {{Family Group Conference}} coordinator
        [[name:Yasmin Choudhury-Reid]] ran an {{FGC}} for the [[name:Petrović]] family on
        [[date:5 November 2024]] after months of conflict between special guardian
        [[name:Milica Petrović]] and the children's paternal relatives, who felt they had been
        "written out". [[name:Yasmin]] met each side separately first, used an
        {{interpreter}} for {{Serbian}}, and let the family have {{private family time}}
        without professionals. They agreed a {{contact plan}} for [[name:Luka]] and
        [[name:Ana]] that includes {{Eid}} and {{Orthodox Christmas}}, and a named relative to
        provide {{respite}}. No complaints have been received since and {{the children}} say
        they like seeing their cousins. Suggest {{FGC}} is offered at every {{SGO review}} where
        there is family conflict, not only at crisis point.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Jolene Marsh]] <[[email:jolene.marsh@kettleby.gov.uk]]>
        To: [[name:Nkechi Eze]] <[[email:nkechi.eze@kettleby.gov.uk]]>
        Subject: lone working - incident yesterday
        Sent: [[date:Wed 16 Oct]] 08:03

        [[name:Nkechi]],

        Writing this up as asked. I was at [[address:3 Beacon Row, Low Ashby]] yesterday for a
        {{support plan}} review with the special guardian. About 40 minutes in, the
        children's birth {{father}} arrived, clearly drunk, and stood in the hallway between
        me and the front door. He was shouting about the {{court}} and wouldn't let me leave
        for about ten minutes. I tried the {{lone working app}} alarm but it had logged me out
        overnight and didn't trigger. Guardian rang {{999}}; he left before {{police}} came.
        {{Incident number}} [[case_reference:KP-151024-1120]].

        I'm ok, a bit shaky. I've booked {{EAP}} and would like to do joint visits there
        for now.

        Thanks,
        [[name:Jo]]
        [[name:Jolene Marsh]], {{Social Worker}} | [[phone:01632 960337]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly a big 1 today - putting together [[name:Precious]]'s {{life story book}} n the
        photo printer spat out a pic of a DIFFERENT kid from the shared drive (same first
        name, other [[name:Precious]] on [[name:Will]]'s caseload). i almost glued it in!!
        caught it bc the birthday cake said [[age:5]] and ours is [[age:7]]. no one saw it,
        nothing left the office. think folders need surnames not first names + {{DOB}}
        ({{GDPR}} too tbh). have told [[name:Will]], he's renaming his. can {{IT}} lock down the
        {{shared drive}}? pls add to {{team meeting}} agenda [[date:thurs 14th]]. ta,
        [[name:amber]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        CODE BLUE - CHRONOLOGY   [[organisation:HMP Thornmoor]] Healthcare
        Patient: [[name:Dwayne Fitzgerald-Hughes]]   Prison no: [[case_reference:A4821DK]]
        Location: {{B wing}}, {{landing}} 2, cell 2-14      Date: [[date:18/01/2024]]

        21:42  {{Code Blue}} called on {{radio}} by {{night OSG}} [[name:Mark]] - patient found
               unresponsive on cell floor, suspected {{PS}}.
        21:44  {{Cell unlock}} authorised by {{Oscar 1}}; {{night nurse}}
               [[name:Giedrė Kazlauskienė]] attends with {{grab bag}} and {{AED}}.
        21:46  {{GCS}} 6, RR 6, pinpoint pupils. {{Naloxone}} 400mcg IM.
        21:49  RR 12, {{GCS}} 10. {{999}} called, {{CAD}} [[case_reference:WAS-180124-2291]].
        22:15  {{Paramedics}} on scene, {{NEWS2}} 7.
        22:40  Conveyed to [[organisation:St Aldric's Hospital]] {{ED}} with two officers on
               {{bed watch}}.

        Learning: the {{naloxone}} used was the last one in the {{grab bag}} and the
        restock had not been logged since the previous {{Code Blue}}. Pharmacy now checks bags
        daily. Reported by [[name:G.K.]] {{RN}}.
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{methadone}} to the wrong Mr [[name:Khan]] at the {{hatch}} this am!!
        we've got 2 on {{C wing}} now - [[name:Imran Khan]] [[case_reference:A7730FP]]
        ({{methadone}} 60ml) n [[name:Shahid Khan]] [[case_reference:A1962RT]] (not on {{OST}}
        at all). officer shouted "[[name:Khan]]" n the wrong one came up, i'd already poured
        it. checked {{ID card}} + photo on {{SystmOne}} like we're meant to n it didnt match so
        didnt give. no harm. but theres no same-name alert on the wing list + {{hatch}} was mad
        busy, 1 nurse for 90 pts. can we get {{same name}} flags on the {{IDTS}} list pls.
        [[name:pat]] ({{RGN}})
    """)),
    ("health", "success", prose("""
        Massive thank you to Officer [[name:Hussein]] on {{D wing}} and {{HCA}}
        [[name:Joy Mensah]]. On [[date:Tuesday 5 March]] Officer [[name:Hussein]] noticed that
        Mr [[name:Lindqvist]], a [[age:67-year-old]] on the {{over-50s landing}}, hadn't come out
        for {{association}} and was "talking nonsense". Rather than putting it down to drink
        he rang {{Healthcare}}. [[name:Joy]] went straight up, did a full set of obs:
        temp 39.1, HR 124, BP 88/50, {{NEWS2}} 8. She escalated to the {{duty GP}}, started the
        {{sepsis six}} and the {{ambulance}} took him to [[organisation:St Aldric's Hospital]]
        within the hour. He had {{urosepsis}} and was on {{ITU}} for two days but is now back
        on the wing. The {{consultant}} said another few hours could have been fatal. Great
        teamwork between {{discipline staff}} and healthcare. - [[name:Ashkan]]
        ({{Clinical Lead}})
    """)),
    ("health", "incident", block("""
        INCIDENT FORM ({{Datix}})                 Ref: [[case_reference:PHP-INC-24-0562]]
        Patient name:  [[name:Tomás Ó Briain]]
        DOB:           [[date_of_birth:09/04/1981]]
        NHS no:        [[nhs_number:401 023 2188]]
        Prison no:     [[case_reference:A5508HX]]
        Location:      {{A wing}}, cell 1-07
        Date/time:     [[date:22/02/24]] 17:30
        Category:      {{Medication}} - omitted dose

        Description: {{Type 1 diabetic}} on {{Lantus}} and {{NovoRapid}}. The wing went into
        {{lockdown}} after a fight and the 17:00 {{insulin}} round did not happen; officers
        told the nurse cells could not be unlocked. Found at 20:40 with {{BM}} 24.6 and
        {{ketones}} 1.9. Insulin given per protocol, hourly {{BM}} overnight, no admission.

        Learning: {{time-critical medicines}} list to be given to {{Oscar 1}} at every
        {{lockdown}} so diabetics are unlocked first.

        Reported by: [[name:Ashkan Rahimi]], {{Band 6}} {{Clinical Lead}}
    """)),
    ("health", "near_miss", block("""
        [[name:Thanh Nguyen]] 10:02
        has anyone done the {{IP risk assessment}} for [[name:Kofi Boateng]]? he's just come
        from [[organisation:HMP Greyhaven]] with 28 days of {{pregabalin}} in his property

        [[name:Rosa Delgado-Marín]] 10:05
        no!! he can't have that {{in possession}}, it's {{NIP}} only here. {{reception}} let it
        through??

        [[name:Thanh Nguyen]] 10:06
        {{reception nurse}} was off, the {{reception officer}} bagged it with his property and it
        went to the wing with him

        [[name:Rosa Delgado-Marín]] 10:08
        ok get it back before {{lunch unlock}}. i'll ring the {{SO}} on {{B wing}}

        [[name:Thanh Nguyen]] 10:31
        got it, all 56 caps there, counted with officer [[name:Dave]]. logged as near miss
        [[case_reference:PHP-NM-24-0118]]

        [[name:Rosa Delgado-Marín]] 10:33
        nice one [[name:Thanh]]. we need a {{reception}} rule for when there's no nurse on
    """)),
    ("health", "success", prose("""
        Learning from excellence: {{hepatitis C}} {{high intensity test and treat}} week,
        [[date:8-12 July 2024]], [[organisation:HMP Thornmoor]]. Over five days the
        {{BBV nurse}} [[name:Ifeoma Chukwu]] and three {{peer workers}} from
        [[organisation:Clearway Peer Support]] offered testing to every man on the
        establishment. 412 men were tested, 19 had active infection and 17 started
        {{DAA}} treatment ({{sofosbuvir/velpatasvir}}) before the end of the week. What worked:
        peer workers, including former resident [[name:Lenny]], went cell to cell on every
        landing instead of waiting for {{apps}}; {{point-of-care}} {{RNA}} testing gave results
        in an hour; and the {{Governor}} let the team use the {{chapel}} as a clinic so nobody
        had to be escorted to {{Healthcare}}. [[name:Ifeoma]] has written the week up for the
        {{regional}} {{NHS England}} {{health and justice}} team so other prisons can copy it.
    """)),
    ("health", "incident", block("""
        From: [[name:Hamza Siddiqui]] <[[email:hamza.siddiqui@penhallowhealth.co.uk]]>
        To: {{Healthcare Governance}} <[[email:governance@penhallowhealth.co.uk]]>
        Subject: IG incident - wrong letter in escort pack
        Date: [[date:Mon 29 April 2024]] 16:10

        Hi,

        The {{escort pack}} for Mr [[name:Varga]] ([[case_reference:A3317BN]]) going to the
        {{fracture clinic}} at [[organisation:St Aldric's Hospital]] today contained a
        {{clinic letter}} for a different patient, Mr [[name:Vargas]]
        ([[case_reference:A9045LC]]), which included his {{HIV}} status and {{NHS number}}.
        The {{escort officers}} handed the pack to the clinic {{receptionist}}, who spotted the
        name and gave it back. The letter had been filed in the wrong paper record by admin.

        Reported to our {{DPO}}. I have spoken to Mr [[name:Vargas]] this afternoon and
        apologised. We will stop sending paper records on escorts and print a summary from
        {{SystmOne}} instead.

        Regards,
        [[name:Hamza]]
        {{Head of Healthcare}}, [[organisation:HMP Thornmoor]]
        [[organisation:Penhallow Health Partnership]] | [[phone:01632 960781]]
    """)),
    ("health", "near_miss", block("""
        NIGHT HANDOVER - {{Inpatient Unit}}   [[date:03/09/24]]

        Bed 1  [[name:Szymański]] [[case_reference:A2286WE]] - {{ACCT}} open, obs 4x hourly,
               settled, ate supper.
        Bed 2  [[name:O.B.]] - {{alcohol withdrawal}}, {{CIWA}} 6, last {{chlordiazepoxide}} 22:00.
        Bed 3  empty (deep clean).
        Bed 4  [[name:Ricky Tull]] [[case_reference:A7154NC]] - {{cellulitis}} R leg.
               NEAR MISS: {{amoxicillin}} prescribed by {{locum GP}} Dr [[name:Fenella Crabtree]]
               but pt has a documented {{penicillin allergy}} ({{anaphylaxis}}). Not given -
               [[name:Faith]] checked the {{allergy}} banner on {{EPMA}} before pouring.
               Dr [[name:Crabtree]] rang back, changed to {{clarithromycin}}. Datix done.
        Bed 5  Mr [[name:Ebrahimi]] transferred to {{Bed Watch}} at [[organisation:St Aldric's]].

        Handed over: [[name:Faith]] -> [[name:Sunny]] 07:30
    """)),
    ("health", "success", block("""
        Mental Health {{In-Reach}} {{MDT}} - Minutes
        Date: [[date:10 October 2024]]
        Attendees: Dr [[name:Priyanka Anand]] ({{consultant psychiatrist}}), [[name:Mo Farouk]]
        ({{RMN}}), [[name:Kasia Nowicka]] ({{psychologist}}), {{SO}} [[name:Hollis]]
        ({{Safer Custody}}), [[name:Bridget]] ({{chaplaincy}})
        Apologies: [[name:Amber Leigh]]

        1. Case review - Mr [[name:Adewale]] ([[case_reference:A6612QS]])
        14 {{self-harm}} incidents in August, none in September. [[name:KN]] described the
        {{DBT}}-informed plan agreed with him, daily check-ins from his {{key worker}}, and a
        {{Listener}} from the {{Samaritans}} scheme on the same landing. {{ACCT}} closed
        [[date:2 October]].
        2. What worked
        Same two staff every day, plan written in his words, and {{Safer Custody}} agreeing
        to keep him on his own wing rather than moving him to the {{CSU}}.
        3. Actions
        [[name:MF]] to present at the next {{Safer Custody}} meeting; Dr [[name:Anand]] to share
        with the {{regional}} {{forensic}} network.
    """)),
    ("health", "incident", prose("""
        needlestick at {{bloods clinic}} 14:20 - pt jerked his arm as i withdrew n the 21g went
        into my thumb thru the glove. pt is [[name:Gary Prendergast]] aka [[name:Gazza]]
        [[case_reference:A8871MV]], known {{hep C}} +ve not yet treated. bled it, washed it,
        rang {{occ health}} who said go to {{ED}} for {{PEP}} assessment. went to
        [[organisation:St Aldric's]] on my break, bloods taken, {{hep B}} booster given. {{sharps bin}}
        was on the other side of the room bc the {{treatment room}} is being painted + no
        {{safety needles}} in stock since the [[date:6th]]. [[name:Gazza]] was fine about
        giving consent for his bloods. not happy tbh, this was avoidable. [[name:dani]] ({{HCA}})
    """)),
    ("health", "near_miss", block("""
        CONTROLLED DRUGS - WEEKLY DISCREPANCY LOG        w/e [[date:24/11/24]]

        Date       Drug                   Issue                      Found by   Outcome
        [[date:18/11]]      {{Methadone}} 1mg/ml     balance 12ml short         [[name:RH]]         measuring error, corrected
        [[date:19/11]]      {{Buvidal}} 128mg        dose due not on list       [[name:PK]]         given same day
        [[date:20/11]]      {{Espranor}} 8mg         2 wafers booked to [[case_reference:A4402TS]]   [[name:RH]]         should be [[case_reference:A4420TS]], amended
        [[date:22/11]]      {{Pregabalin}} 150mg     {{CD cupboard}} key missing  [[name:Olu]]        found in {{SO}} office

        No harm in any entry. Key issue: two men on {{Espranor}} with near-identical prison
        numbers on {{G wing}}. Names now read back at the {{hatch}}. Signed off
        [[name:R. Hennessy]], {{Pharmacy Lead}}.
    """)),
    ("health", "incident", prose("""
        On [[date:14 August 2024]] Mr [[name:Abdi Warsame]] ([[age:aged 34]],
        [[case_reference:A4470KJ]]) presented at the {{treatment room}} with {{chest pain}}
        radiating to his jaw. An {{ECG}} at 10:48 showed {{ST elevation}} and {{999}} was called
        at 10:52. The {{ambulance}} arrived at 11:20 but departure was delayed 38 minutes
        because no {{escort officers}} were available due to {{regime}} staffing; the
        {{Duty Governor}} had to stand down a visits session to release two staff. He had
        {{PCI}} at [[organisation:Kingsmere Cardiac Centre]] and survived, but the
        {{door-to-balloon}} time was outside the {{NICE}} target. Learning: an {{emergency
        escort}} must be released immediately whatever the {{regime}}; this has been raised
        with {{HMPPS}} and declared a {{serious incident}}, [[case_reference:SI-2024-0093]].
        Nurse [[name:Bartosz Kowalczyk]] and the {{paramedic}} are commended for their care.
    """)),
    ("health", "success", block("""
        APPLICATION (General) - to: Healthcare
        Name: [[name:Lee Okonjo]]     No: [[case_reference:A2031TF]]     Cell: E3-22

        i just want to say thank you to nurse [[name:Joy]] and Dr [[name:Amin]] the {{dentist}}.
        my tooth {{abscess}} was doing my head in for 2 weeks and i couldnt sleep, [[name:Joy]]
        got me on the {{emergency list}} and gave me {{paracetamol}} and {{ibuprofen}} that
        night. the dentist took it out next day and explained everything. also [[name:Bartek]]
        in {{pharmacy}} for sorting my {{inhaler}} when the {{canteen}} sheet went missing.
        first time in 3 sentences anyone in {{healthcare}} has listened proper.
        cheers
        [[name:Lee]]
    """)),
    ("health", "near_miss", block("""
        RADIO LOG - transcribed from {{body-worn camera}} review, [[date:07/12/24]]

        19:02  {{Echo 4}}:  {{Code Red}}, {{Code Red}}, {{F wing}} threes, cell 3-09.
        19:02  {{Control}}: All stations, {{Code Red}} F wing threes. {{Hotel 1}} respond.
        19:03  Control:   {{Hotel 1}}, {{Hotel 1}}, radio check.
        19:04  Echo 4:    Echo 4 to Control, no healthcare on scene, {{bleeding}} from forearm.
        19:05  {{Hotel 2}}: Hotel 2 received, on my way from {{Healthcare}}.
        19:08  Hotel 2:   On scene. Patient [[name:Aaron Kerrigan]] alert, superficial
                          laceration, {{steri-strips}}, no {{hospital}} needed.

        Near miss: {{Hotel 1}} ([[name:Rukhsana]], night nurse) had her radio on the
        {{admin channel}} after a {{fire drill}} and did not hear the call. Response delayed
        about three minutes. Mr [[name:Kerrigan]] ([[case_reference:A3390YH]]) was not
        harmed. Radio checks now at start of shift.
    """)),
    ("health", "incident", prose("""
        WHAT HAPPENED: Mr [[name:Callaghan]] ([[case_reference:A6043PZ]], NHS
        [[nhs_number:612 845 3074]]) was released directly from {{Crown Court}} on
        [[date:Friday 13 September]] and did not come back through [[organisation:HMP Thornmoor]],
        so he left without his {{TTOs}} - {{Espranor}} ({{buprenorphine}}) and
        {{levetiracetam}} for {{epilepsy}}. Two days later he had a {{seizure}} at a hostel
        in [[address:Mill Lane, Ashwell]] and was admitted to
        [[organisation:Westmarch General Hospital]]. WHY: court release was not passed to
        {{Healthcare}} until the {{Monday}}; the {{discharge}} checklist assumes everyone
        returns to the prison; nobody contacted his {{community drug team}}. ACTIONS:
        {{Head of Healthcare}} to agree a court-release alert with {{OMU}}; high-risk patients
        going to court to take a {{7-day}} supply in sealed property; {{RECONNECT}} referral at
        every court date. Reported by [[name:Oluwaseun Adeyemi]], {{release nurse}}.
    """)),
    ("health", "success", prose("""
        Good news story from the {{release planning}} clinic. Mr [[name:Brooks]]
        ([[age:52]]) was due out on [[date:4 December]] after eleven years, with {{COPD}},
        {{type 2 diabetes}} and on {{methadone}}. [[name:Seun]] started planning eight weeks
        before: registered him with [[organisation:Carrow Lane Surgery]], booked his first
        {{GP}} appointment for the day after release, set up a {{bridging prescription}} with
        [[organisation:Ashwell Community Pharmacy]], gave him a {{naloxone}} kit and showed his
        sister how to use it, and got {{RECONNECT}} to meet him at the gate. The {{probation}}
        officer said it was the smoothest release she'd seen. He rang the wing last week to say
        he is still on his {{inhalers}} and hasn't missed a dose. [[name:Seun]]'s checklist is
        being adopted as the standard for all {{pre-release}} reviews.
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Fenella Crabtree]] <[[email:f.crabtree@penhallowhealth.co.uk]]>
        To: [[name:Ashkan Rahimi]] <[[email:a.rahimi@penhallowhealth.co.uk]]>
        Subject: bloods filed to wrong record - caught
        Date: [[date:Thu 16 Jan 2025]] 11:27

        [[name:Ashkan]],

        Heads up. {{U&Es}} for [[name:Mohammed Ali]] ([[case_reference:A1108GD]], DOB
        [[date_of_birth:02/02/1990]], NHS [[nhs_number:725 190 4683]]) were filed to the other
        [[name:Mohammed Ali]] on {{J wing}} ([[case_reference:A1180GD]], DOB
        [[date_of_birth:02/02/1999]], NHS [[nhs_number:538 602 7190]]). I nearly started the
        wrong man on {{ramipril}} dose changes - only noticed because an {{eGFR}} of 38 made no
        sense for a fit [[age:25-year-old]]. Moved the result, nobody harmed.

        Could we make the lab form require the {{NHS number}}, not just name and DOB?

        Thanks,
        [[name:Fenella]]
        {{Salaried GP}}, [[organisation:Penhallow Health Partnership]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT TRANSCRIPT - {{Radar}} frequency, [[date:03/04/24]]

        14:21:05  [[flight_number:Helimed 61]]: {{Radar}}, [[flight_number:Helimed 61]], {{PAN PAN}}, bird strike,
                  windscreen cracked, continuing to [[organisation:St Aldric's]] {{HLS}}, request priority.
        14:21:12  Radar: [[flight_number:Helimed 61]], roger {{PAN}}, no known traffic, {{QNH}} 1009.
        14:21:18  [[flight_number:Helimed 61]]: {{QNH}} 1009, [[flight_number:Helimed 61]].
        14:26:40  [[flight_number:Helimed 61]]: Landed at the {{HLS}}, cancel {{PAN}}, thanks for your help.

        Narrative: [[aircraft_registration:G-WVHA]] ({{AW169}}) struck a large bird, probably a
        {{buzzard}}, at about 800 ft on the transit with a {{trauma}} patient on board. The
        left windscreen cracked but held. Captain [[name:Callum Strachan]] continued to the
        {{major trauma centre}}, ten minutes away, rather than divert to a field. Patient
        handed over stable. Aircraft grounded by {{engineering}} at
        [[organisation:Skyreach Helicopter Services]]; {{MOR}} raised,
        ref [[case_reference:SKY-MOR-24-0117]].
    """)),
    ("aviation", "near_miss", prose("""
        drone at scene!! landing at [[organisation:Ashwell RFC]] pitch for a {{cardiac arrest}}
        ([[age:58yo]]), {{tc}} ([[name:digger]]) spotted it at about 300ft on {{short finals}}
        over the {{clubhouse}}. we went around n came in from the other side. some lad filming
        with his {{drone}} from the car park, {{police}} told, log [[case_reference:WP-0612-0193]].
        pt already had {{ROSC}} by the time we got in, {{land crew}} from
        [[organisation:Westmarch Ambulance Service]] had it sorted. no harm but if [[name:digger]]
        hadnt been looking right at it we'd have flown straight into it. {{NOTAM}} wouldnt
        have helped, its a random bloke. {{MOR}} done. [[name:cs]]
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Siân Llewelyn]] ({{HEMS TC}}). On the night of
        [[date:19 January]] we were tasked to a {{farm accident}} at
        [[address:Pen-y-Bryn Farm, Cwm Ddu]]. The farmer's son had picked a field for us on
        the phone. On the {{recce}} under {{NVG}}, [[name:Siân]] called "wires, two o'clock,
        crossing the field" - a {{power line}} that is not on our {{landing site database}}
        and was invisible on the {{FLIR}} at that angle. Captain [[name:Ingrid Solberg]] broke
        off, we found a safer field 400m away and the {{land crew}} drove the team across.
        Textbook {{CRM}}: clear call, no hesitation, pilot acted on it straight away. The line
        has now been added to the {{database}} and reported to the {{DNO}}. Thank you
        [[name:Siân]]! - [[name:Fiona]] ({{Safety Manager}})
    """)),
    ("aviation", "incident", block("""
        CONTROLLED DRUG INCIDENT - HEMS
        Incident no:  [[case_reference:WVAA-CD-24-007]]
        Date:         [[date:11 June 2024]]
        Mission:      [[case_reference:CAD 240611-0873]]
        Aircraft:     [[aircraft_registration:G-WVHB]]
        Crew:         Dr [[name:Anand Venkataraman]], {{CCP}} [[name:Marek Nowak]],
                      {{pilot}} [[name:Will Ashdown]]
        Patient:      [[name:Eleanor Whitcombe]], DOB [[date_of_birth:30/08/1957]],
                      NHS [[nhs_number:487 331 0628]]
        Scene:        [[address:12 Orchard Way, Little Thaxby]] [[postcode:AW7 2RU]]

        Description: On restock after the job, the {{CD register}} showed two 10mg
        {{morphine}} ampoules used and three remaining, but only two were in the sealed
        {{drug pouch}}. Aircraft, kit bags and the {{response car}}
        ([[vehicle_registration:WV23 RRX]]) searched; not found. Possible the ampoule was
        dropped at scene during {{CPR}}.
        Actions: reported to the {{CDAO}} and {{police}} per {{SOP}}; pouch seals changed to
        numbered tags; [[name:MN]] and Dr [[name:Venkataraman]] statements taken.
    """)),
    ("aviation", "near_miss", block("""
        CHRONOLOGY - fuel delivery near miss, [[date:Sat 27 July]]

        07:40  {{Base Engineer}} [[name:Pieter van der Merwe]] off sick; no cover arranged.
        09:12  Tanker from [[organisation:Airfuel Direct Ltd]] ([[vehicle_registration:AE19 FWD]])
               arrives for the weekly {{Jet A-1}} top-up of the {{bowser}}.
        09:14  New driver starts connecting a hose from the {{AVGAS 100LL}} compartment.
        09:15  {{TC}} [[name:Kenji Watanabe]] sees the red grade label on the hose and stops him.
        09:20  Driver confirms tanker is split-load and he picked the wrong coupling.
        09:40  Correct {{Jet A-1}} delivered; {{fuel sample}} clear and bright, signed off by
               [[name:KW]] and the {{duty pilot}}.

        Outcome: no contamination. If AVGAS had gone into the {{bowser}}, both aircraft could
        have been fuelled with it before the {{daily water check}}. Actions: deliveries only
        with the engineer or a trained {{TC}} present; supplier asked to brief drivers on
        {{helicopter}} sites. [[name:Pieter]] to update the {{fuel SOP}}.
    """)),
    ("aviation", "success", prose("""
        Learning from a good outcome, [[date:2 September 2024]]. [[flight_number:Helimed 62]]
        ([[aircraft_registration:G-WVHB]], {{AW169}}) was tasked at 23:10 to a
        [[age:19-year-old]] trapped under a tractor on a remote farm track above
        [[address:Nether Combe]]. Cloud base was marginal. Captain [[name:Tariq Mahmood]]
        briefed a go/no-go point before departure and flew the {{NVG}} transit with the
        {{TC}} monitoring the {{TAF}} trend. At scene the crew used the {{searchlight}} and
        the farmer's vehicle headlights to mark the landing area. {{Pre-hospital doctor}}
        [[name:Hannelore Becker]] and {{CCP}} [[name:Bill Okereke]] gave {{blood products}}
        and a {{pelvic binder}} on scene and the patient was at [[organisation:St Aldric's Hospital]]
        {{ED}} 47 minutes after the call. He went home six weeks later. The debrief credited
        the pre-briefed decision point and calm {{CRM}}; nobody felt pressured to continue.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ekaterina Volkova]] <[[email:e.volkova@skyreach-heli.co.uk]]>
        To: {{Safety Office}} <[[email:safety@skyreach-heli.co.uk]]>
        Subject: Laser illumination - [[flight_number:Helimed 62]] - [[date:22/10/24]]

        Hi all,

        At 20:14 climbing out of the [[organisation:Westmarch General Hospital]] {{HLS}} in
        [[aircraft_registration:G-WVHA]] we were hit by a green {{laser}} from the area of
        [[address:Harcourt Road, Ashwell]]. The {{TC}}, [[name:Sunny Bhogal]], took it in the
        left eye through the {{NVG}} and was dazzled for about a minute. I was {{PF}} and kept
        my head in, no loss of control. We told {{Radar}} and the {{police}} attended with
        {{NPAS}} overhead; incident log [[case_reference:WP-221024-1402]].

        [[name:Sunny]] saw the {{occupational health}} optometrist the next day - no damage.
        {{MOR}} submitted to the {{CAA}}.

        Cheers,
        [[name:Katya]]
        Captain [[name:Ekaterina Volkova]] | {{Line Pilot}} | [[phone:07700 900815]]
    """)),
    ("aviation", "near_miss", block("""
        #base-ops
        [[name:rose.d]]  16:02
        task in for [[flight_number:Helimed 61]], {{RTC}} on the {{dual carriageway}} near
        [[address:Thaxby Cross]], crew been told you're coming

        [[name:tariq.m]]  16:03
        hang on, who told them? haven't done the wx check yet. snow showers all round the base

        [[name:rose.d]]  16:04
        sorry - {{HEMS desk}} on the call passed it straight to the {{land crew}}, my bad

        [[name:tariq.m]]  16:06
        declining, cloud base 400ft at [[address:Thaxby]]. pls get a {{critical care car}} going

        [[name:fi.gallacher]]  16:09
        car en route with [[name:Marek]], eta 25. logging as a near miss, ref
        [[case_reference:WVAA-SR-0382]]. {{land crew}} held on for us for ~15 min instead of
        leaving for {{ED}}. no harm but could've been

        [[name:tariq.m]]  16:10
        👍 we need "aircraft requested" not "aircraft coming" until the pilot says yes
    """)),
    ("aviation", "success", block("""
        QUARTERLY SAFETY REVIEW MEETING - MINUTES
        Date: [[date:12 December 2024]]    Venue: {{crew room}}
        Present: [[name:Fiona Gallacher]] ({{Safety Manager}}, chair), [[name:Tariq Mahmood]]
        ({{Chief Pilot}}), Dr [[name:Anand Venkataraman]] ({{Medical Director}}),
        [[name:Pieter van der Merwe]] ({{Base Engineer}}), [[name:Grace Adeleke-Moss]]
        ({{HEMS desk}})
        Apologies: [[name:Ingrid Solberg]], [[name:Faith Chikwanha]]

        1. Good catch - {{landing site database}}
        Volunteer [[name:Ronnie Pask]] has spent 200 hours checking every school and playing
        field in the database against {{satellite imagery}} and phone calls. 31 sites had new
        obstacles ({{floodlights}}, a wind turbine, {{3G pitch}} fencing).
        2. Discussion
        [[name:TM]] said two crews have already avoided sites he flagged. Agreed this is the
        best safety improvement of the year.
        3. Actions
        [[name:FG]] to nominate [[name:Ronnie]] for the charity's volunteer award;
        {{SMS}} to record the database review as a {{hazard control}}.
    """)),
    ("aviation", "incident", block("""
        DAY -> NIGHT HANDOVER   [[date:08/02/25]]

        AIRCRAFT: [[aircraft_registration:G-WVHB]] serviceable, fuel 70%, {{NVG}} checked, {{NVIS}}
        lighting ok. [[aircraft_registration:G-WVHA]] still in {{hangar}} ({{windscreen}}).

        CAR: [[vehicle_registration:WV23 RRX]] OFF ROAD. Collision 13:50 on {{blue lights}} at
        the junction of [[address:Station Road and Mill Lane, Ashwell]] - a van pulled out and
        clipped the front nearside. {{CCP}} [[name:Bill Okereke]] driving, Dr
        [[name:Hannelore Becker]] passenger. Both checked at {{ED}}, bruising only.
        {{Police}} ref [[case_reference:WP-080225-0771]]. {{Dashcam}} footage saved to the
        {{safety drive}}. Spare car collected from [[organisation:Westmarch Ambulance Service]]
        fleet, no {{blood fridge}} in it so bloods go in the aircraft only tonight.

        DRUGS: {{ketamine}} and {{rocuronium}} restocked, {{CD}} checked with
        [[name:HB]].

        Handed over by [[name:Tariq]] to [[name:Hope]] 19:00
    """)),
    ("aviation", "near_miss", block("""
        WEEKLY NEAR-MISS LOG - [[organisation:Wessex Vale Air Ambulance]]   w/c [[date:11/03/24]]

        | Date  | Aircraft | Location | What happened | Reported by |
        |-------|----------|----------|---------------|-------------|
        | [[date:14/03]] | [[aircraft_registration:G-WVHA]] | {{the pan}} | {{FOD}} - plastic bag blown across during start, shut down | [[name:K.W.]] |
        | [[date:15/03]] | [[aircraft_registration:G-WVHA]] | [[address:Thaxby Recreation Ground]] | spectators walked towards the {{tail rotor}} while {{rotors running}} | [[name:Digger]] |
        | [[date:17/03]] | [[aircraft_registration:G-WVHB]] | [[organisation:St Aldric's]] {{helipad}} | {{fire cover}} not in place on arrival, held in the {{hover}} | [[name:Sunny B]] |
        | [[date:17/03]] | [[aircraft_registration:G-WVHB]] | {{hangar}} | {{tow bar}} left attached during pre-flight | [[name:Pieter]] |

        All reviewed. Repeat theme: {{cordon}} at public sites - raise with {{land crew}} leads.
        Reviewed by [[name:F. Gallacher]], {{Safety Manager}}
    """)),
    ("aviation", "incident", prose("""
        dropped object :( lifting from scene at [[address:Brackley Common]] in
        [[aircraft_registration:G-WVHA]], got a {{DOOR}} caption at about 20ft, rear cabin
        door not fully latched. [[name:wil]] put it straight back down. the {{sats probe}} n the
        small {{monitor}} pouch had slid out the gap onto the grass, found both, no damage,
        nobody underneath. doc ([[name:hannelore]]) had closed it, i didnt do my {{door check}}
        bc we were rushing with a {{time-critical}} pt. my fault tbh. {{engineering}} checked the
        latch, fine. {{MOR}} in, ref [[case_reference:SKY-MOR-24-0139]]. lesson: {{TC}} does
        doors. always. even when its busy. [[name:sb]]
    """)),
    ("aviation", "success", block("""
        To everyone at [[organisation:Wessex Vale Air Ambulance]],

        On [[date:Sunday 16 June]] my husband [[name:Gareth]] came off his motorbike on the
        lane near [[address:Hollow Ford, Cwmteg]]. I was told later that the road ambulance
        was 40 minutes away and that your helicopter, [[flight_number:Helimed 61]], got to
        him in 14.

        Dr [[name:Anand]] and [[name:Marek]] gave him a {{blood transfusion}} in a field and
        took him to the {{major trauma centre}}. He spent nine days in {{ITU}} and had
        three operations on his leg. He is home now, walking with a stick and driving me mad.

        The {{consultant}} told us he would not have survived the journey by road. We will
        never be able to thank you enough. Our grandchildren have done a sponsored walk and
        raised £640 for you.

        With all our love,
        [[name:Mererid Hughes]] and family
    """)),
    ("aviation", "near_miss", block("""
        RT / {{intercom}} transcript, [[flight_number:Helimed 62]], [[date:09/08/24]]

        15:33:02  Radar:  [[flight_number:EZY47TR]], descend altitude 4000 ft, {{QNH}} 1014.
        15:33:06  [[flight_number:EZY47TR]]: Descend 4000 ft, 1014, [[flight_number:EZY47TR]].
        15:33:10  Radar:  [[flight_number:Helimed 62]], traffic one o'clock, two miles, crossing
                          left to right, indicating 1500 ft, not on frequency.
        15:33:14  [[flight_number:Helimed 62]]: Looking, [[flight_number:Helimed 62]].
        15:33:20  (intercom) {{TC}}: Got it, {{low wing}}, level with us, closing.
        15:33:22  (intercom) {{TCAS}}: "Traffic, traffic."
        15:33:23  (intercom) {{PF}}: Descending.
        15:33:40  [[flight_number:Helimed 62]]: Traffic passed 300 ft above, now clear.

        Summary: {{PA-28}} [[aircraft_registration:G-BSKT]] was later identified by {{ATC}};
        the pilot had not called {{Radar}} and was squawking 7000 only. Captain
        [[name:Tariq Mahmood]], {{TC}} [[name:Kenji Watanabe]]. {{Airprox}} filed with the
        {{UKAB}}, ref [[case_reference:AX-2024-166]].
    """)),
    ("aviation", "incident", prose("""
        On [[date:21 November 2024]], mission [[case_reference:CAD 241121-1044]], a
        [[age:41-year-old]] man with a severe head injury from a fall at
        [[address:Kestrel Industrial Estate, Ashwell]] was anaesthetised at scene ({{RSI}}) and
        placed on the {{transport ventilator}}. Twelve minutes into the flight in
        [[aircraft_registration:G-WVHA]] the ventilator showed a low-battery alarm and then
        shut down. {{CCP}} [[name:Fiona Gallacher]] switched to {{bag-valve-mask}}
        ventilation via the {{ETT}} within 20 seconds and Dr
        [[name:Jean-Baptiste Mukendi]] kept {{ETCO2}} in target for the rest of the transfer.
        The aircraft's {{inverter}} lead had been left in the {{kit room}} after a battery
        test, so the ventilator had been running on internal battery all day. No harm to the
        patient. Actions: {{daily checks}} now include confirming the ventilator is on
        aircraft power; {{spare battery}} added to the airway bag; reported on the {{SMS}} as
        [[case_reference:WVAA-MED-24-052]].
    """)),
    ("aviation", "success", block("""
        [[date:04/10/2024]], 21:47 - [[name:Pieter]]: {{generator}} swapped on [[aircraft_registration:G-WVHB]], {{ground run}} ok, paperwork in the {{tech log}}. going home to sleep 😴
        [[date:04/10/2024]], 21:49 - [[name:Hope Ferreira]]: legend. thought we'd be offline till Monday
        [[date:04/10/2024]], 21:50 - [[name:JB]]: you're a hero [[name:Piet]] 🙌
        [[date:05/10/2024]], 06:58 - [[name:Hope Ferreira]]: first job 06:55, [[flight_number:Helimed 61]] to a {{paediatric}} {{cardiac arrest}} in [[address:Little Thaxby]]. wouldn't have had an aircraft without last night
        [[date:05/10/2024]], 07:40 - [[name:Fiona Gallacher]]: putting this in the {{Good Catch}} book. {{AOG}} to serviceable in 6 hrs with the part driven over from [[organisation:Skyreach Helicopter Services]] by [[name:Dev]]. thank you both
        [[date:05/10/2024]], 07:41 - [[name:Pieter]]: just doing my job 😂 coffee's on me {{Tuesday}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind305", REPORTS))
