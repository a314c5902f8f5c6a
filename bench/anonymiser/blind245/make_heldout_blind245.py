"""Held-out blind corpus 245: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that scores on it
measure how well the de-identifier generalises. Every person, organisation, place and number
is invented. Three settings:

- social_care (17): an emergency foster placement and out-of-hours placements team - night
  duty placement officers, emergency carers, police protection, first-night visits, belongings
  and medication handovers.
- health (17): a hospital's acute kidney and urology ward - catheters, nephrostomies, fluid
  balance charts, theatre lists, discharge letters, ward clerks.
- aviation (16): an airline's cabin crew base - cabin managers, rostering, medical events on
  board, galley incidents, unruly passengers, crew room briefings.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (WhatsApp, Teams, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe and aligned-column tables, RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks an identifier, `{{term}}` a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind245.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        night duty [[date:02/03]] - rang by {{police}} re 2 sibs taken into {{police protection}},
        [[name:kayden]] ([[age:9]]) and [[name:mia-rose]] ([[age:4]]). mum arrested at
        [[address:14 Pellow Close, Dunmere]]. placed w {{emergency carers}} [[name:bev]] &
        [[name:Tony Farrant]] approx {{01:30}}. problem - [[name:mia-rose]]'s {{inhaler}} not
        brought, PC [[name:Oyelaran]] said it was 'in the flat somewhere'. [[name:bev]] rang
        {{EDT}} at {{03:10}} as [[name:mia-rose]] wheezy. advised {{111}} -> went to {{A&E}} at
        [[organisation:Dunmere General]], seen + discharged w {{salbutamol}}. no harm but
        avoidable. police log [[case_reference:WP-0302-0117]]. learning: belongings/meds
        checklist needs doing AT the door not after, officers wont always go back in.
        [[name:kayden]] asked for his school jumper, also left behind. {{placement officer}}:
        [[name:sk]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ngozi Achebe-Lewis]] <[[email:ngozi.achebe-lewis@harrowden.gov.uk]]>
        To: {{Out of Hours Placements}}
        Sent: [[date:Sat 11 May]] 07:52
        Subject: near miss - wrong child's meds nearly handed over

        Hi [[name:Will]],
        Logging this as a {{near miss}} for the {{Tuesday}} learning huddle. Last night two
        unrelated children came into {{emergency placement}} within an hour of each other, both
        from the same {{custody suite}}. The {{police}} passed me two paper bags of medication.
        One was labelled for [[name:Amara Osei]] ([[age:12]], {{sertraline}}) and the other had
        no label at all, just a blister pack of {{melatonin}}. I nearly gave the unlabelled bag to
        carer [[name:Faith Mbeki]] for [[name:Lukas]] - only stopped because [[name:Faith]]
        queried why a [[age:7-year-old]] would be on melatonin with no {{ADHD}} or sleep
        diagnosis on the {{referral}}. Checked with the {{GP}} ([[organisation:Ravensholme Medical Practice]])
        first thing: it belonged to [[name:Amara]] too.
        Suggest: no unlabelled meds accepted without a call to the prescriber or {{pharmacist}},
        and bags sealed and named at the {{custody suite}}. Ref [[case_reference:OOH-24-1189]].

        Thanks,
        [[name:Ngozi]]
        {{Night Duty Placement Officer}}
        [[organisation:Harrowden Borough Council]] | [[phone:01632 960 418]]
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace]] and [[name:Hamid Rezaei]] on the {{emergency carers}} rota.
        On [[date:Friday 19th]] they took a [[age:15yo]] at {{23:40}} after a
        {{placement breakdown}}, no notice, and by the time I did the {{first-night visit}} at 10
        the next morning [[name:Dexter]] had eaten, had his phone charged, and [[name:Grace]] had
        rung [[organisation:Holbrook Academy]] to say he'd be late but IN. [[name:Hamid]] drove
        him back to his old carers' to collect his console and school shoes so nothing got 'lost
        in the move' this time. Small stuff, but [[name:Dexter]] told his {{IRO}} it was the first
        placement where someone asked what he wanted for breakfast. This is what good looks like
        and it's exactly what {{Ofsted}} mean by the child's {{lived experience}}. - [[name:Pat]]
        ({{team manager}}, {{OOH placements}})
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - unplanned move, [[name:Zofia Wiśniewska]] (DOB [[date_of_birth:14/08/2010]])
        Ref: [[case_reference:EP/3371]]

        {{21:05}}  {{MASH}} call: {{Section 20}} agreed by mum, emergency bed needed.
        {{21:40}}  Bed found with [[name:Shirley]] & [[name:Ken Adeyinka]], [[address:7 Tolley Row, Marsh End]], [[postcode:WV9 4PD]].
        {{22:15}}  Taxi booked via [[organisation:Castle Cabs]], reg [[vehicle_registration:KX19 VMB]]. No escort available.
        {{22:50}}  Driver rang - {{YP}} refusing to get out, says 'not going to strangers'.
        {{23:30}}  {{Duty SW}} [[name:R. Haddad]] attends. [[name:Zofia]] agrees to stay after a call with her {{aunt}}.
        {{00:10}}  Carers note no {{placement plan}} and no {{delegated authority}} form. [[name:Zofia]]'s {{EpiPen}} not with her.
        {{01:20}}  {{EpiPen}} collected from mum's address by police and dropped at carers.

        Outcome: no harm. Issues: child transported alone at night, paperwork not sent, EpiPen
        missed at the door. For discussion at {{Monday}} team meeting.
    """)),
    ("social_care", "near_miss", block("""
        [[date:03/11/2024]], 02:14 - [[name:Jas]] OOH: anyone awake on here? need a bed tonight for a [[age:6 yr old]], {{police protection}}, no meds known
        [[date:03/11/2024]], 02:16 - [[name:Holly Brennan]]: yes we can. room made up. details?
        [[date:03/11/2024]], 02:17 - [[name:Jas]] OOH: [[name:Ibrahim Al-Sayed]], [[date_of_birth:22/01/2018]], from [[address:Flat 3, 41 Garnet Street]], dad arrested
        [[date:03/11/2024]], 02:17 - [[name:Jas]] OOH: sorry!! wrong chat, deleting
        [[date:03/11/2024]], 02:18 - [[name:Jas]] OOH: This message was deleted
        [[date:03/11/2024]], 02:19 - [[name:Sunny]]: 👀 saw it before it went
        [[date:03/11/2024]], 02:21 - [[name:Holly Brennan]]: DM me [[name:Jas]], we'll have him
        ---
        Note added by [[name:Jaswinder Kaur Bains]] ({{night duty placement officer}}): I posted
        the child's details to the 38-member carers' {{WhatsApp}} group instead of the one-to-one
        chat with [[name:Holly]]. Deleted in under a minute but seen by at least one carer.
        Reported to {{IG}} team, ref [[case_reference:IG-7742]]. Asking for the group to be used
        for availability only - no names, no {{DOB}}s, no addresses.
    """)),
    ("social_care", "success", prose("""
        Learning report - successful same-night placement within the family network. At
        approximately {{22:00}} on [[date:14 February]] the {{out-of-hours placements team}}
        received a request for an emergency foster placement for [[name:Aleksander]]
        ([[age:11]]) following his grandmother's admission to
        [[organisation:Harrowden Royal Infirmary]]. Rather than default to the next available
        bed, {{night duty placement officer}} [[name:Dawn Pilkington-Ayre]] checked the
        {{genogram}} held on file and identified a paternal uncle, Mr [[name:Bogdan Nowak]], who
        had previously been assessed as a {{connected person}}. Mr [[name:Nowak]] was contacted at
        {{22:35}}, a {{Regulation 24}} visit was completed by the {{emergency duty social worker}}
        by {{00:40}}, and [[name:Aleksander]] slept at a familiar address with his school uniform
        and {{asthma}} medication. His {{allocated social worker}}, [[name:Chiamaka]], noted the
        following week that school attendance was unaffected. The learning is simple: check the
        family network before the carer list, even at midnight. [[name:Dawn]]'s approach will be
        shared at the {{Signs of Safety}} practice forum.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - OUT OF HOURS PLACEMENTS
        Name of child: [[name:Tyler-James Okoro]]
        DOB: [[date_of_birth:30.06.2012]]
        Ref: [[case_reference:HBC-CIN-204417]]
        Address (placement): [[address:22 Larch Avenue, Kelsby]] [[postcode:DN7 3QF]]
        Carer: [[name:Rose Kettering]]   Tel: [[phone:07700 900733]]
        Carer NI (for {{fostering allowance}}): [[ni_number:JT 48 27 19 C]]
        Date of incident: [[date:27/09/2024]]
        Reported by: [[name:M. Ferreira]], {{placement officer}}

        What happened: Child placed at {{21:15}} under {{police protection}}. Bag of belongings from
        previous carer included a {{penknife}} and a vape. Carer found them at {{23:00}} while
        unpacking with child. Carer removed items and rang {{EDT}}. Child upset that belongings were
        searched, punched a door; small graze to knuckles, cleaned by carer. [[name:Rose]] stayed up
        with him till {{01:30}}.

        Action: {{LADO}} not required. Previous carer's agency ([[organisation:Brightwater Fostering]])
        informed. {{Social worker}} to discuss belongings check with {{IRO}}.
    """)),
    ("social_care", "near_miss", block("""
        OOH -> DAY TEAM HANDOVER  [[date:Sun 8 Dec]]  from [[name:Eero]] (night duty)

        1. [[name:Precious Adebayo]] ([[age:13]]) - placed {{23:10}} w Mr & Mrs [[name:Lindqvist]],
           {{first-night visit}} due today. Settled. On {{Concerta}}? - not confirmed, pls chase {{GP}}.
        2. NEAR MISS - sibling [[name:Nia]] ([[age:2]]) - carer [[name:Bill Tranter]] arrived at the
           {{custody suite}} w no {{car seat}}. {{Police}} offered to 'just strap her in the back'. I said
           no, {{EDT}} {{social worker}} brought a seat from the office store, 40 min delay. No harm.
           Need seats in every duty car, not just one in the office.
        3. [[name:Precious]] asked for phone charger + her {{Quran}}, both left at home - police log
           [[case_reference:PL/0812/339]] - can day team arrange collection?
        4. Mobile for Mr [[name:Lindqvist]] [[phone:07700 900126]] (landline out of order).

        [[name:Eero]]
    """)),
    ("social_care", "success", block("""
        Subject: thank you - [[name:Marguerite]] and the night team

        Dear all,
        Just a note from me as {{Head of Service}} to say thank you. On the night of
        [[date:2-3 April]] the team placed five children from two families after the {{police}}
        {{joint visit}}, all before 3am, with every child's belongings, medication and school
        details logged on the {{handover sheet}}. [[name:Marguerite Olabisi]] co-ordinated from the
        {{duty desk}}, [[name:Kwabena]] drove the youngest two himself with their own {{car seats}},
        and [[name:Ivy]] from {{business support}} - who wasn't even on shift - answered her phone to
        unlock the {{medication cabinet}} at [[address:Unit 4, Fenner Court]].
        When {{Ofsted}} ask us what a child's experience of care looks like on a night like that,
        I'll point them to this.

        Best wishes,
        [[name:Siobhán Ní Bhriain]]
        {{Head of Service, Children in Care}}
        [[organisation:Harrowden Borough Council]]
    """)),
    ("social_care", "incident", block("""
        OOH PLACEMENTS - INCIDENT REVIEW MINUTES
        Date: [[date:17 January 2025]]
        Present: [[name:Faith Olawale]] (Chair, {{Service Manager}}), [[name:Tom Brearley]] ({{EDT}}),
        [[name:Mirela Popescu]] ({{Fostering}}), DS [[name:Holloway]] ({{Public Protection Unit}})
        Apologies: [[name:Amber Kowalczyk]], {{IRO}} service

        Item 1: Incident [[case_reference:INC-0114]] - child returned to unsafe address
        Summary: [[name:Demi]] ([[age:15]]) placed with {{emergency carers}} [[name:Gift]] &
        [[name:Chinedu Eze]] on [[date:9 Jan]]. At {{06:00}} [[name:Demi]] left the placement and
        went to the address of an adult known to police for {{CCE}}. Carers reported her missing at
        {{06:10}} as per {{missing protocol}}. Police located [[name:Demi]] at 11:30. No
        {{return home interview}} offered for four days.
        Discussion: [[name:TB]] noted the {{placement plan}} did not include the {{CSE}}/CCE risk
        flags held by {{MASH}}. [[name:MP]] said the carers had not been told about the adult's address.
        Actions: (1) MASH flags to be pasted into every OOH placement request - [[name:TB]].
        (2) {{RHI}} within 72 hrs, escalate if missed - [[name:FO]].
    """)),
    ("social_care", "near_miss", block("""
        #ooh-placements
        [[name:danny.w]]  01:47
        heads up - emergency carer at [[address:The Old Forge, Pike Lane]] says the {{DBS}} for her adult son hasnt come back?? he moved home last wk. we've got a [[age:9yo]] going there in 20 min
        [[name:amina.h]]  01:49
        stop the taxi. use [[name:Joy]]'s bed instead, she's on {{standby}}
        [[name:danny.w]]  01:50
        taxi stopped at the services. driver [[name:Gary]] bringing her back to the office
        [[name:amina.h]]  01:52
        good shout. log it as a near miss pls + tell the {{supervising social worker}} in the morning. household members on the {{Form F}} are out of date
        [[name:danny.w]]  02:30
        done - ref [[case_reference:NM-2025-044]]. child ([[name:Keeley]]) at [[name:Joy]]'s, had toast, asleep
    """)),
    ("social_care", "incident", prose("""
        Summary of incident: On [[date:Saturday 22 June]] at approximately {{19:30}},
        {{emergency foster carer}} Ms [[name:Adaeze Nwankwo-Price]] received [[name:Ollie]]
        ([[age:aged 10]]) from his father's home following {{police protection}}. The attending
        officer handed over a carrier bag containing a bottle of {{methylphenidate}} with 14
        tablets. The carer was not asked to sign for the medication and no count was recorded. On
        [[date:24 June]] the {{supervising social worker}}, [[name:Rhiannon Pryce-Jones]],
        completed a stock check and found 11 tablets, consistent with the doses given. However, the
        father later alleged that 28 tablets had been in the bottle and that the carer had 'taken
        them'. Because no count had been recorded at handover, we could not evidence what was
        received. The allegation was referred to the {{LADO}} and closed with no further action on
        [[date:8 July]]. Ms [[name:Nwankwo-Price]] found the process very distressing.
        Recommendation: all {{controlled drugs}} to be counted and signed for jointly at handover,
        using the {{MAR chart}} in the emergency pack. Reference [[case_reference:CP-LADO-0631]].
    """)),
    ("social_care", "success", block("""
        [[name:Oluwaseun Adeyemi]]  [[date:12/10]] 23:58
        Beds confirmed for the [[name:Haidari]] brothers with [[name:Hope]] - bunks made up
        [[name:Leilani Kahale]]  [[date:13/10]] 00:02
        brilliant. they eat {{halal}} only, does [[name:Hope]] know?
        [[name:Oluwaseun Adeyemi]]  [[date:13/10]] 00:03
        yep, she's rung her neighbour [[name:Mehmet]] who runs the corner shop - he's opening up for her
        [[name:Leilani Kahale]]  [[date:13/10]] 00:05
        also the older one ([[name:Farid]], [[age:14]]) speaks {{Dari}}, not much {{English}}
        [[name:Oluwaseun Adeyemi]]  [[date:13/10]] 00:07
        booked the {{interpreting line}} for the {{first-night visit}} at 10am. [[name:Hope]] also found a {{Dari}} picture book for the little one lol
        [[name:Leilani Kahale]]  [[date:13/10]] 00:09
        this is exactly the stuff that goes in the {{learning log}}. thanks [[name:Seun]] 🙌
    """)),
    ("social_care", "incident", block("""
        BELONGINGS & MEDS HANDOVER AUDIT - OOH placements, week ending [[date:31/05/2025]]
        Child | Placed with | Meds on arrival? | Belongings? | Issue
        [[name:A.K.]] ([[age:8]]) | [[name:Summer Doyle]] | Yes - {{Epilim}} | 1 bag | none
        [[name:Reuben]] ([[age:16]]) | [[name:Frank Osei-Bonsu]] | No | none | {{insulin}} pen left at [[organisation:Meadowlands Children's Home]]
        [[name:Lily-Mae]] ([[age:3]]) | [[name:Summer Doyle]] | n/a | nappies only | no {{red book}}
        [[name:Tomasz]] ([[age:12]]) | [[name:Grace Adu]] | Yes | school bag | none

        INCIDENT: [[name:Reuben]]'s insulin. Police removed him from the home at 20:00 under
        {{PPO}}; staff thought the pen was in his coat. [[name:Frank]] noticed at tea time next
        day, rang {{EDT}}, {{out of hours GP}} advised {{A&E}}. Blood glucose 19.4, no {{DKA}}.
        One missed dose. Ref [[case_reference:INC/2025/0518]].
    """)),
    ("social_care", "near_miss", prose("""
        hiya its [[name:Sandy]] ({{emergency carer}} on [[address:Birchfield Rd]]) - just flaggin
        somethin from lastnite. taxi turned up w [[name:jayden]] ([[age:10]]) at 12.40 but the
        driver had my OLD address from 2 yrs ago on his sheet ([[address:9 Cawley Gardens]]) and
        only found me cos i rang the office when they were late. he'd already knocked on the door
        there and a man answered, driver nearly left [[name:jayden]] with him!!! thank god
        [[name:Bear]] (my husband, [[name:Barnaby]] lol) was watching for the cab and rang
        {{EDT}}. pls can someone update the {{carers database}} asap. [[name:jayden]] fine, ate 2
        bowls of cereal and slept till 9. his {{SW}} is Ms [[name:Achterberg]] i think? {{first
        visit}} not booked yet. cheers, [[name:sandy]] x
    """)),
    ("social_care", "success", block("""
        LEARNING FROM GOOD PRACTICE - Ref [[case_reference:GP-OOH-019]]
        Date: [[date:5th March 2025]]   Team: {{Emergency Placements}} ({{out of hours}})
        Staff: [[name:Raúl Domínguez]] ({{night duty placement officer}}); carers [[name:Autumn]] and [[name:Kofi Mensah]]

        What happened
        [[name:Isla]] ([[age:7]]) is {{autistic}} and mostly non-verbal. She came into care at {{01:00}}
        after her mother was admitted to the {{mental health unit}} at [[organisation:Ashgrove Hospital]].
        [[name:Raúl]] found her {{communication passport}} attached to her {{EHCP}} on the system and
        sent it to the carers before the taxi arrived.

        What went well
        - [[name:Autumn]] dimmed the lights, kept the TV off and used the {{PECS}} cards from the
          passport; [[name:Isla]] was asleep by 02:30.
        - [[name:Kofi]] collected her weighted blanket and ear defenders from home with police at 09:00.
        - [[name:Raúl]] rang [[organisation:Wrenfield Primary]] at 08:00 and spoke to the {{SENCO}},
          Mrs [[name:Tibbs]], so school expected her.
        - No {{restraint}}, no {{A&E}} attendance.

        Why it matters
        Five minutes reading one document turned a frightening night into a manageable one.
    """)),
    ("social_care", "incident", block("""
        CASE NOTE - [[case_reference:LCS-558210]]
        Child: [[name:Eli Stanković]]   DOB: [[date_of_birth:03/03/2014]]   NHS no: [[nhs_number:485 777 3457]]
        Author: [[name:Pádraig Moran]], {{EDT}} {{Senior Practitioner}}
        Date: [[date:Tue 15 Oct 2024]]

        [[name:Eli]] ([[age:10]]) was placed at 22:00 on [[date:12/10]] with {{emergency carer}}
        [[name:Mark Henshaw]] ([[organisation:Kestrel Fostering]]). The {{first-night visit}} should
        have happened on [[date:13/10]] but was never allocated because the {{out-of-hours}}
        handover e-mail went to a day-team inbox that had been closed. [[name:Eli]] went to school on
        [[date:14/10]] and told his teacher he 'didn't know if anyone knew where he was'. The {{DSL}}
        rang {{MASH}}. Visit done by me the same afternoon; [[name:Eli]] is safe and wants to stay
        with [[name:Mark]] until his nan is out of hospital.
        Learning: handover to a named person by phone, not inbox only. {{Working Together}} is
        clear the child must be seen. Inbox list updated.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        nights [[date:20/11]] - bed 6 mr [[name:okafor]] L {{nephrostomy}} bag found disconnected
        at 0415, dressing soaked, pt didnt notice. reconnected w new bag, site clean, {{IR}} aware.
        o/p not recorded for approx 6hrs so {{fluid balance}} for the night is basically a guess -
        pt is on the {{AKI}} pathway so this matters. {{HCA}} [[name:tash]] had emptied it at 2200
        + said the connector felt loose. no one escalated. {{F1}} informed, {{U&Es}} repeated,
        {{creatinine}} stable 182. pls can we get the lock-in connectors back in stock, were
        using the generic ones from {{Bay 4}}. [[name:ck]] {{RN}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Anjali Raghunathan]] <[[email:a.raghunathan@kelvedon.nhs.uk]]>
        To: [[organisation:Brackenfield Ward]] sisters
        Cc: {{Theatre Coordinator}}
        Date: [[date:Thu 6 Feb 2025]] 14:12
        Subject: NEAR MISS - two patients called [[name:Khan]] on the {{theatre list}}

        Hi all,
        This morning the {{porter}} arrived to take Mr [[name:Imran Khan]] (bed 14, {{TURP}}) to
        theatre but was handed the notes for Mr [[name:Yusuf Khan]] (bed 3, {{ureteroscopy}}).
        Staff nurse [[name:Beatriz Lopes]] spotted it at {{sign-in}} on the {{WHO checklist}}
        because the wristband hospital number ([[case_reference:K0482716]]) didn't match the notes
        ([[case_reference:K0519903]]). No harm - both patients went to theatre in the right order.
        Contributing: the {{ward clerk}} printed the list by surname only; both have the same
        {{consultant}}, Mr [[name:Venkataraman]]; the {{name alert}} sticker wasn't on either board.
        Please use full name + hospital number on the board and flag same-name patients at the
        {{safety huddle}}.

        Thanks
        [[name:Anjali]]
        {{Ward Manager}}, [[organisation:Brackenfield Ward]]
        [[organisation:Kelvedon General Hospital]] | [[phone:01632 960552]]
    """)),
    ("health", "success", prose("""
        Massive thank you to [[name:Joy]] our {{ward clerk}} on
        [[organisation:Hester Lowry Ward]]. On [[date:Tuesday 3rd]] we had 9 discharges and the
        {{pharmacy}} {{TTOs}} were stuck. [[name:Joy]] rang every patient's {{GP}} practice to
        check the {{discharge letters}} had actually gone through, and found 3 that had bounced,
        including Mrs [[name:Ilse van der Berg]]'s - she's on {{tacrolimus}} after her
        {{renal transplant}} and her letter had the old dose. [[name:Joy]] flagged it to Dr
        [[name:Chowdhury]] ({{SHO}}) who corrected it before she left. That could have been a
        really serious error in the community. [[name:Joy]] - you're a star ⭐ - from all the
        nurses on {{nights}} and days, esp. [[name:Rosa]] and [[name:Kemi]] xx
    """)),
    ("health", "incident", block("""
        TIMELINE - {{clot retention}} post {{TURP}}, bed 9
        Patient: [[name:Harold Ssempala]]   Hosp no: [[case_reference:K0377152]]   NHS: [[nhs_number:623 190 4571]]
        [[date:14/03/2025]]
        {{18:00}}  Returned from theatre, {{3-way catheter}}, {{continuous bladder irrigation}} running.
        {{20:30}}  Irrigation bag changed by {{agency nurse}}. {{Fluid balance chart}} not updated (in/out).
        {{22:45}}  Pt c/o lower abdo pain, catheter bypassing. Output 50ml in 2 hrs.
        {{23:10}}  Night {{charge nurse}} [[name:Kieran]] finds irrigation running but not draining.
        {{23:20}}  {{Urology registrar}} Dr [[name:Nakamura]] bleeped. Bladder washout, large clots removed.
        {{23:55}}  Draining freely, {{haematuria}} improving.
        Harm: moderate (pain, extra procedure).
        Cause: irrigation input not reconciled against output, so the deficit wasn't spotted for
        2 hours. Agency nurse hadn't used a {{CBI}} chart before.
        Action: CBI competency check for all temporary staff before allocation to post-TURP patients.
    """)),
    ("health", "near_miss", block("""
        Renal ward nurses (Teams chat)
        [[name:Beatriz Lopes]]  09:12
        anyone know if bed 11's {{gent}} level came back? due {{gentamicin}} at 10
        [[name:Tomás Ferreira]]  09:14
        no level sent yesterday I think. {{pharmacist}} [[name:Hollie]] asked about it on the round
        [[name:Beatriz Lopes]]  09:15
        ugh ok holding it. her {{creat}} went up 140 -> 196 overnight
        [[name:Ama Boateng]] ({{FY2}})  09:31
        thanks for holding - level sent, it's {{nephrotoxic}} so we'll switch to {{co-amoxiclav}} after a chat with {{micro}}. pls {{datix}} as near miss
        [[name:Tomás Ferreira]]  09:33
        on it. the {{gent chart}} was in the folder but blank for [[date:12 May]]
        [[name:Beatriz Lopes]]  09:40
        logged - [[case_reference:W-2025-11873]]
    """)),
    ("health", "success", prose("""
        Good practice report. Mrs [[name:Faith Ogunleye]] ([[age:67]]) was due for discharge from
        [[organisation:Hester Lowry Ward]] on [[date:Friday 9 August]] with a new right
        {{nephrostomy}}. Late on {{Thursday}}, {{staff nurse}} [[name:Pat Gallagher]] realised the
        {{district nursing}} team covering her postcode ([[postcode:HX4 7RW]]) had not received a
        {{referral}} and had no experience of nephrostomy care. Rather than delay discharge,
        [[name:Pat]] arranged a video call with the {{community nurse}}, [[name:Erin]], and
        demonstrated a bag change and dressing at the bedside with Mrs [[name:Ogunleye]]'s
        daughter present. She also sent a spare supply of bags and {{Y-connectors}} home with the
        {{discharge letter}}. Mrs [[name:Ogunleye]] rang the ward on [[date:12 August]] to say the
        first community visit had gone well and the site was clean. Learning: a nurse-to-nurse
        handover for unusual devices prevents readmission. The {{ward manager}} has added this to
        the {{discharge checklist}}.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Ward: [[organisation:Brackenfield Ward]] (acute kidney & urology)
        Date/time: [[date:02/06/2024]] 03:20
        Patient name: [[name:Nguyen Thi Lan]]
        DOB: [[date_of_birth:19/11/1951]]   Hospital no: [[case_reference:K0612045]]
        Address: [[address:58 Calder Terrace, Holmfirth Bridge]], [[postcode:HD9 2LT]]
        Category: Fall / {{medical device}}
        Description: Pt ([[age:72]]) mobilising to toilet overnight, tripped on {{catheter}} tubing;
        catheter bag hooked to the bed frame, not a {{catheter stand}}. Catheter partially pulled,
        traumatic {{haematuria}}. No other injury, no head strike. Reviewed by Dr
        [[name:Reza Tehrani]] ({{SHO}}), catheter replaced by {{urology nurse specialist}}.
        Family (son [[name:Minh]], [[phone:07700 900561]]) informed at 08:00.
        Reporter: [[name:Lerato Dlamini]], {{RN}}
        Severity: low harm
    """)),
    ("health", "near_miss", block("""
        NIGHT -> DAY HANDOVER  [[date:Sat 21/09]]  [[organisation:Brackenfield]]
        {{Bay 2}}
        - Bed 7 [[name:Gwen]] ([[age:84]]) - {{AKI}} stage 3, {{hyperkalaemia}}. NEAR MISS: K+ 6.8
          phoned thru by lab at 01:40 to the ward phone, taken by {{bank HCA}}, written on a paper
          towel!! Found by me at 03:00. {{ECG}} - peaked T waves. Treated per
          {{hyperkalaemia protocol}} by night {{SHO}} ([[name:Kwame]]). Repeat K+ 5.6 at 06:00.
          No harm but 80 min delay. {{Datix}} [[case_reference:W-2025-10552]]
        - Bed 8 Mr [[name:Dragomir]] - {{nephrostomy}} draining well, for {{antegrade stent}} {{Mon}}
        {{Bay 3}}
        - Bed 12 [[name:Ravi Chandrasekhar]] - {{TURP}} day 1, {{TWOC}} tomorrow
        Critical results must go to the nurse in charge. Bank staff induction sheet doesn't say
        this - I've emailed Sister [[name:Maeve]].
        [[name:Dolores]] (night NIC)
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE ({{Greatix}})
        Nominee: [[name:Sunny Dhaliwal]], {{ward clerk}}, [[organisation:Hester Lowry Ward]]
        Nominated by: [[name:Lorna]] ({{Band 6}})
        Date: [[date:28 October 2024]]
        What happened: [[name:Sunny]] noticed that two patients booked for the [[date:29/10]]
        {{PCNL}} list hadn't had their {{MRSA screen}} results entered, and the {{theatre list}}
        was about to be finalised at 16:00. [[name:Sunny]] cross-checked the list against the
        {{pre-assessment}} spreadsheet, rang the clinic and got both swabs confirmed as taken, so
        neither patient was cancelled on the day. One of them, Mr [[name:Brightwell]], had already
        been cancelled twice.
        Why it was excellent: not in the job description, but [[name:Sunny]] understood what a
        third cancellation would mean to him.
        Shared at: {{safety huddle}}, {{urology}} {{M&M}}
    """)),
    ("health", "incident", block("""
        UROLOGY / RENAL GOVERNANCE MEETING - MINUTES
        [[date:11 December 2024]], {{Seminar Room 2}}
        Present: Mr [[name:O. Venkataraman]] (chair, {{consultant urologist}}), Dr
        [[name:Charlotte Brady-Okeke]] ({{renal registrar}}), [[name:Anjali Raghunathan]]
        ({{ward manager}}), [[name:Marek]] ({{pharmacist}}), [[name:Hope Kariuki]] ({{clinical educator}})
        Apologies: Dr [[name:Eastwood]], [[name:Lorna Fitzsimmons]]

        1. Incident [[case_reference:W-2024-09931]] - {{contrast}} given to {{AKI}} patient
        Pt ([[age:58]]) listed for {{CT urogram}} on [[date:2 Dec]]. {{eGFR}} 24 at the time;
        request form carried the previous month's eGFR (61). No {{pre-hydration}}. Creatinine rose
        210 -> 348 over 48h; {{haemofiltration}} not required, recovered. Moderate harm.
        Discussion: [[name:CB]] said the radiology request pulls the last eGFR 'on file', not the
        latest. [[name:Marek]] confirmed no nephrotoxic medicines review was done.
        Actions: {{IT}} to fix auto-populate ([[name:OV]] to escalate); contrast checklist on the
        ward ([[name:AR]]).
    """)),
    ("health", "near_miss", prose("""
        quick one for the log - doing the {{discharge letter}} for bed 15 (mr [[name:baptiste]])
        on {{EPR}} and the {{TTO}} list auto-pulled meds from his last admission
        ([[date:4/1/24]]) incl {{ramipril}} and {{metformin}} which were STOPPED this admission bc
        of the {{AKI}}. only noticed bc {{pharmacist}} [[name:Zainab]] had left a note on the drug
        chart. if it had gone out the {{GP}} would've restarted both. letter corrected before he
        left, no harm. think this is a known issue w the template? [[name:will]] ({{F1}},
        {{urology}})
    """)),
    ("health", "incident", block("""
        Subject: Prolonged fasting - {{CEPOD}} list
        From: [[name:Dagny Halvorsen]]
        Sent: [[date:Wednesday 17 April 2024]] 08:41

        Dear {{Matron}},
        Reporting as an incident: Ms [[name:Blessing Mwale]] ([[age:34]], obstructed kidney, for
        {{ureteric stent}}) was kept {{nil by mouth}} from 02:00 on [[date:16/04]] until 20:30 -
        over 18 hours - because she was bumped down the emergency list three times. Nobody on the
        ward re-checked with theatres after 12:00, so she wasn't offered a drink or
        {{IV fluids}}. Her {{lactate}} was 2.9 by the time she went. She was understandably upset
        and told the {{anaesthetist}} she'd been 'forgotten'.
        We need a named nurse to check theatre timings every 4 hours for {{NBM}} patients, and a
        {{sip til send}} approach where the anaesthetist agrees.

        Regards,
        [[name:Dagny]]
        {{Theatre Coordinator}} - [[organisation:Kelvedon General Hospital]]
    """)),
    ("health", "success", block("""
        FLUID BALANCE CHART AUDIT - [[organisation:Brackenfield Ward]]
        Audit lead: [[name:Aroha Tane]]   Period: [[date:1-14 July 2024]]

        Week    Charts checked   Fully completed   24h totals done
        Wk 1          40               22                25
        Wk 2          40               35                37

        What changed in week 2: [[name:Aroha]] and {{HCA}} [[name:Bill Ashworth]] added a 'totals at
        06:00' prompt to the {{safety huddle}} board and swapped the old paper chart for the
        {{NEWS2}}-linked one. [[name:Bill]] also laminated a 'how to measure {{nephrostomy}} output
        separately' guide for each bedside. Three {{AKI}} patients were escalated earlier in week 2
        because {{oliguria}} (<0.5 ml/kg/hr) was picked up on time.
        Thanks to the night team, esp. [[name:Dolores]] and [[name:Faisal]], who did most of the
        06:00 totals.
        Next: re-audit in {{September}}.
    """)),
    ("health", "incident", prose("""
        ward clerk note [[date:Fri 7th]]: sent the {{discharge summary}} for [[name:R. Okonjo]] to
        the wrong {{GP surgery}} - system had his old practice ([[organisation:Millbrook Surgery]])
        not the new one ([[organisation:Castlegate Medical Centre]]). [[organisation:Millbrook]]
        rang to say they'd got it. they've deleted + confirmed in writing. patient told by
        {{nurse in charge}} [[name:Kieran Doyle]] today, not happy but understood. {{IG}} incident
        logged [[case_reference:IG-24-0318]]. my fault partly - I didn't check {{the Spine}} before
        sending, was covering 2 wards. have now got a sticky note on my screen: CHECK GP ON SPINE.
        - [[name:Mags]]
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{nephrostomy}} flush. On the late shift of [[date:3 November]],
        {{student nurse}} [[name:Ivy Mensah-Boateng]] was preparing a 10 ml flush for Mr
        [[name:Hallström]]'s left nephrostomy under the supervision of {{staff nurse}}
        [[name:Jae-won Park]]. The sterile pot she had filled was labelled
        '{{sodium chloride 0.9%}}' but had been filled from a bottle of {{chlorhexidine aqueous}}
        stored on the same shelf of the {{clean utility}}. [[name:Jae-won]] noticed the smell at the
        {{second check}} before anything was drawn into the syringe. Nothing was given. The two
        bottles are the same size with similar blue labels. The {{clean utility}} has since been
        reorganised with cleaning solutions on a separate, labelled shelf and the incident was
        shared at the {{safety huddle}}. [[name:Ivy]] was supported and has written a reflective
        account. Ref [[case_reference:W-2024-10288]].
    """)),
    ("health", "success", prose("""
        ⭐ Star of the month - [[name:Mark Ojukwu]], {{HCA}}, [[organisation:Brackenfield Ward]].
        On a busy night in {{February}} [[name:Mark]] noticed that [[name:Edna]], one of our
        long-stay patients with a {{long-term catheter}}, was 'not herself' - quieter, not
        finishing her tea, and her urine was darker and cloudy. Her {{NEWS2}} was only 2, but
        [[name:Mark]] trusted his gut and told the nurse in charge, [[name:Grace Oduya]].
        [[name:Grace]] asked the {{SHO}} to review; {{lactate}} came back 3.1 and [[name:Edna]] was
        started on the {{Sepsis Six}} within the hour. She was home 5 days later. [[name:Mark]] says
        he 'just knows what she's like'. That's the point. Well done [[name:Mark]], from
        [[name:Anjali]] and the whole team 💙
    """)),
    ("health", "incident", block("""
        SBAR - incident [[case_reference:W-2025-12204]]
        S: Mr [[name:Tariq Mahmood-Hale]] ([[age:49]]), hosp no [[case_reference:K0788214]], moved
        overnight from [[organisation:Hester Lowry Ward]] to {{Ward 22}} ({{medical outlier}}) at 01:30
        on [[date:23/02/2025]] for a bed. His right {{nephrostomy}} had been clamped for
        {{nephrostogram}} prep and the clamp was not removed.
        B: Obstructed kidney, {{urosepsis}} on admission, on {{Tazocin}}. Receiving nurse was told
        'nephrostomy, all fine'.
        A: At 09:00 pt in loin pain, temp 38.7, nephrostomy output zero since 00:00. Clamp found by
        {{outreach}} nurse [[name:Fiona]]. Unclamped, 400ml drained. {{Blood cultures}} sent.
        R: No patient with a nephrostomy moves ward overnight without a device-specific handover;
        'clamped until' sticker on tubing. Escalated to {{site manager}} [[name:Thandiwe Nkosi]].
        Reported by: [[name:Keoni]] ({{charge nurse}})
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        flt [[flight_number:ZQ 418]] [[date:12/07]] - {{galley}} incident, {{fwd galley}}.
        {{oven}} 2 door came open on descent when a {{trolley}} was pushed against it, tray of hot
        casseroles fell and [[name:kasia]] ({{No.3}}) got a burn to her left forearm approx 5cm.
        {{burn gel}} from the {{FAK}} applied, then cooled under water for 20 min after landing.
        {{CM}} [[name:Dev]] did the {{ASR}}. oven latch on [[aircraft_registration:G-ZPKE]] has been
        written up twice before in the {{tech log}}?? [[name:kasia]] seen at airport medical +
        went home, not fit for the return sector. crew swapped from {{standby}} ([[name:Roisin]]).
        felt like it could've been a lot worse tbh. - [[name:jb]]
    """)),
    ("aviation", "incident", block("""
        RT EXTRACT - {{ASR}} [[case_reference:ASR-25-0613]]
        Flight [[flight_number:ZQ1162]] / [[aircraft_registration:G-ZPLR]] / [[date:09 JUN 25]] / {{A321neo}}
        14:02:10 ZQ: {{PAN PAN}} PAN PAN PAN PAN, [[flight_number:Zephyr 1162]], medical emergency, [[age:62-year-old]] male, chest pain, request diversion
        14:02:25 {{ATC}}: [[flight_number:Zephyr 1162]], roger PAN, turn right heading 090, descend {{FL150}}, advise intentions
        14:02:40 ZQ: right 090, FL150, nearest suitable please, [[flight_number:Zephyr 1162]]
        14:03:05 ATC: [[flight_number:Zephyr 1162]], nearest suitable is 85 miles, ambulance will meet you
        CABIN NOTES ({{CM}} [[name:Hélène Marchetti]]):
        Pax Mr [[name:G. Ashdown]], seat 7A, grey and sweaty. {{AED}} attached, no shock advised.
        {{Doctor}} on board (Dr [[name:Oyinlola]]) gave {{aspirin}} and {{GTN}} from the {{EMK}}.
        {{Oxygen}} via {{portable O2 bottle}}. Landed 14:31, {{paramedics}} met the aircraft on stand.
        Pax's wife travelled with him. Crew debrief done; [[name:Hélène]] offered {{CISM}}.
    """)),
    ("aviation", "success", prose("""
        Shout-out from the base 📣 Huge well done to [[name:Amber Whitlock]] and crew on
        [[flight_number:ZQ 207]] ([[date:Sat 22nd]]). A stag party of 14 had pre-drunk in the
        terminal and one of them got aggressive with [[name:Tendai]] at row 18 over the
        {{duty free}} trolley. [[name:Amber]] used the {{de-escalation}} stuff from the {{SEP}}
        refresher word for word - moved him to the {{rear galley}}, gave him water, got the best
        man on side - and the {{captain}} only needed a verbal warning over the {{PA}}: no
        {{restraint kit}}, no diversion. Police met the flight anyway and took details, but no
        arrests. {{Ground staff}} at boarding have been reminded about the signs of intoxication.
        Proud of you all - [[name:Bill]] ({{Base Manager}})
    """)),
    ("aviation", "incident", prose("""
        On [[date:4 August 2024]], during the cruise phase of [[flight_number:ZQ 552]] operated by
        [[aircraft_registration:G-ZPMD]], a male passenger in seat 23C became verbally abusive after
        being refused further alcohol. Cabin crew member [[name:Yasmin El Idrissi]] gave the first
        verbal warning at {{13:20}}. At {{13:34}} the passenger pushed her against the
        {{aft galley}} trolley, causing bruising to her lower back. The {{cabin manager}},
        [[name:Ross Kirkpatrick]], informed the {{captain}}, Capt [[name:Ines Albuquerque]], who
        authorised use of the {{restraint kit}}. The passenger was restrained by [[name:Ross]] and
        two able-bodied passengers and remained restrained until landing. Police boarded on
        arrival. [[name:Yasmin]] was offered {{peer support}} ({{CISM}}) at the base and took two
        days' sick leave. A {{Level 2}} {{disruptive passenger}} report and an {{MOR}} were filed
        ([[case_reference:DPR-0824-17]]). The passenger has been banned by
        [[organisation:Zephyrline]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:18/01/2025]], 05:12 - [[name:Ewelina Nowicka]]: guys the new roster has me on [[flight_number:ZQ 091]] at 06:00 but I landed at 01:40 from the Tenerife night 🙃
        [[date:18/01/2025]], 05:13 - [[name:Deano]]: thats not legal surely?? min rest?
        [[date:18/01/2025]], 05:15 - [[name:Ewelina Nowicka]]: 10h min at home base under our {{FTL}} scheme. I've had 3.5
        [[date:18/01/2025]], 05:20 - [[name:Sinéad O'Hanlon]] {{CM}}: don't report. ringing {{crewing}} now
        [[date:18/01/2025]], 05:31 - [[name:Sinéad O'Hanlon]] {{CM}}: crewing say the {{rostering system}} didn't pick up the 2h delay on the inbound so it used planned times. replacing you from standby ([[name:Faith]])
        [[date:18/01/2025]], 05:32 - [[name:Ewelina Nowicka]]: ty 🙏 going back to sleep lol
        [[date:18/01/2025]], 05:40 - [[name:Sinéad O'Hanlon]] {{CM}}: I'll put a {{fatigue report}} in. everyone check your rest after any delay, the system doesn't always catch it
    """)),
    ("aviation", "success", prose("""
        Positive report - medical event, [[flight_number:ZQ 336]], [[date:27/03/2025]].
        Approximately two hours into the sector, a [[age:9-year-old]] passenger travelling with
        her father became drowsy and sweaty. Crew member [[name:Gideon Asante]] recognised possible
        {{hypoglycaemia}} when her father mentioned she had {{type 1 diabetes}} and her
        {{insulin pump}} had alarmed earlier. [[name:Gideon]] gave orange juice and biscuits from
        the {{galley}}, then used the father's {{glucose meter}}: 2.8 mmol/L. The
        {{cabin manager}}, [[name:Lucía Fernández-Ruiz]], informed the {{flight deck}} and contacted
        {{ground-based medical support}} via {{satcom}}, who advised repeat checks every 15
        minutes. Glucose rose to 6.1 within 20 minutes and the child recovered fully; no diversion
        was needed. Crew completed a {{medical incident report}}
        ([[case_reference:MED-25-0088]]). Shared as good practice: listening to the parent,
        treating early, and recording each reading on the {{medical log}}.
    """)),
    ("aviation", "incident", block("""
        CABIN CREW SAFETY REPORT
        Reporter: [[name:Haruto Sato]]   Staff no: [[case_reference:ZL-40817]]
        Position: {{No.4}} (rear)
        Date: [[date:30/10/2024]]   Flight: [[flight_number:ZQ 780]]   A/C: [[aircraft_registration:G-ZPKE]] ({{A320neo}})
        Phase: climb
        Event: {{smoke/fumes}} - 'dirty socks' smell in rear cabin at approx 3000ft
        Narrative: Smell reported by pax in row 29. I and [[name:Ngozi]] (No.3) both noticed it,
        mild headache and dry throat. Informed CM [[name:Ben Adeyemi-Clarke]] via {{interphone}} at
        14:08. {{Flight deck}} donned {{oxygen masks}} and returned to stand. {{Engineering}} found an
        {{APU}} oil leak. Both of us seen by {{occupational health}} next day - bloods fine.
        Ill effects: headache approx 6 hrs
        Actions taken: {{PA}} to passengers, {{PBE}} located but not used.
        Submitted to {{CAA}} as {{MOR}}: yes
    """)),
    ("aviation", "near_miss", block("""
        CREW ROOM BRIEFING NOTES - [[date:Mon 2 Sept]], 05:15 report
        CM: [[name:Ola]]   Crew: [[name:Will Farraday]], [[name:Dimitra]], [[name:robin]] (new joiner)
        Flights: [[flight_number:ZQ 114]]/[[flight_number:ZQ 115]]   A/C [[aircraft_registration:G-ZPNB]]
        - {{SEP}} question: location of the {{BCF}} at door {{2R}}
        - Specials: 1 {{WCHS}}, 1 {{UM}} ([[name:Oscar]], [[age:11]]), {{nut allergy}} row 6
        - NEAR MISS FROM LAST WEEK (read out by [[name:Ola]]): on the same rotation, a UM's form said
          'collected by {{mum}}' but a different adult was waiting at the gate. The {{dispatcher}}
          checked ID against the form before handing over and it wasn't the named person - child
          kept airside with {{ground staff}} until mum arrived 40 min later. Never hand a UM to
          anyone not on the form, whatever they say.
        - Reminder: nut announcement on the {{PA}} before service
        - [[name:robin]] to shadow [[name:Dimitra]] on the bar
    """)),
    ("aviation", "success", block("""
        From: [[name:Priya Venkatesh]] <[[email:priya.venkatesh@zephyrline.co.uk]]>
        To: [[name:Frankie Delacroix]]; [[name:Chidi Obi]]
        Subject: Thank you - [[flight_number:ZQ 645]] [[date:14 Nov]]

        [[name:Frankie]], [[name:Chidi]],
        The captain's report landed on my desk this morning and I wanted to say thank you
        personally. When the {{lithium battery}} in a passenger's {{power bank}} started smoking in
        the overhead locker at row 12, you had the {{fire containment bag}} and {{BCF}} out in under
        a minute. [[name:Chidi]] fought it while [[name:Frankie]] moved the passengers and kept the
        {{flight deck}} updated on the {{interphone}}. No one was hurt and the
        {{thermal runaway}} was contained. The {{captain}} said your comms were textbook.
        I've put you both forward for a {{Chief Executive's Award}}.

        Best,
        [[name:Priya]]
        {{Cabin Services Base Manager}}, [[organisation:Zephyrline]] | [[phone:0113 496 0721]]
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - turbulence injury, [[flight_number:ZQ 902]], [[date:21/05/2024]]
        Aircraft [[aircraft_registration:G-ZPRT]] ({{Boeing 737-800}})   CM [[name:Nkechi Umeh]]
        10:42  {{Seatbelt sign}} ON, {{flight deck}} PA 'light chop'. Service continuing per {{SOP}}.
        10:49  Unforecast {{moderate turbulence}}. [[name:Lars Gundersen]] ({{No.2}}) thrown against
               trolley at row 9, hits head; trolley brakes were not on.
        10:50  [[name:Nkechi]] calls flight deck - 'crew injured, secure the cabin'.
        10:53  [[name:Lars]] conscious, cut above left eye. {{First aid}} by [[name:Bea]] from {{FAK}}.
        11:05  Pax in 9D reports wrist pain - trolley rolled onto arm. Ice given.
        11:40  Landed. {{Paramedics}} for [[name:Lars]] (glued wound, {{concussion}} advice) and 9D.
        Contributing: 'light chop' PA sounded optional; brakes off while serving.
        {{RIDDOR}} / staff injury form: [[name:Lars Gundersen]], NI [[ni_number:RW 74 02 91 B]]
        Ref [[case_reference:CSR-24-1130]]
    """)),
    ("aviation", "near_miss", prose("""
        hi [[name:Jules]], putting this in as a {{near miss}} cos im not sure where else. on my
        {{pre-flight checks}} this morn ([[date:wed 9th]]) for door {{2L}} i found the
        {{portable O2 bottle}} reading nearly empty (under 500 psi) but the previous crew had
        signed the {{cabin defect log}} as checked!! told the {{CM}} [[name:Tolu]], engineering
        swapped it 15 mins before boarding. if we'd had a medical or a {{decompression}} on the
        way to Dalaman that bottle would've been useless. the {{checklist}} just says 'present'
        not 'pressure in green'? maybe worth changing. flt was [[flight_number:ZQ 871]], a/c
        [[aircraft_registration:G-ZPNB]]. thanks, [[name:mo]] x
    """)),
    ("aviation", "incident", block("""
        Subject: Passenger burn - hot water spill, [[flight_number:ZQ 319]]
        From: [[name:Consolata Wanjiru]] ({{Cabin Manager}})
        To: {{Base Safety}}
        Date: [[date:02 Mar 2025]]

        Hi [[name:Rocky]],
        Reporting a passenger injury on today's [[flight_number:ZQ 319]] ([[aircraft_registration:G-ZPMD]]).
        During the hot drinks service a cup of tea tipped off the trolley top when the aircraft
        moved and landed on a [[age:4-year-old]] in 14D, scalding her thigh through her leggings.
        {{No.3}} [[name:Emre Yıldız]] cooled it with cold water from the {{galley}} for 20 minutes
        and I spoke to {{ground medical support}}, who said keep cooling and cover with
        {{cling film}}. Mum was calm but understandably upset. {{Paramedics}} met the aircraft and
        the child was taken to [[organisation:Larkspur Children's Hospital]] as a precaution.
        We weren't using lids on drinks because the lids hadn't been loaded by
        [[organisation:Skyfare Catering]] - noted on the catering sheet.

        Thanks,
        [[name:Consolata]]
        {{CM}}, crew no. [[case_reference:ZL-31902]]
    """)),
    ("aviation", "success", block("""
        CABIN CREW BASE MEETING - MINUTES
        Date: [[date:12 February 2025]]   Location: {{crew room}}
        Attendees: [[name:Bill Okonedo]] ({{Base Manager}}), [[name:Teresa Lim]] ({{Safety Rep}}),
        [[name:Grace]] ({{union rep}}), [[name:Kaito]], [[name:Mark Sullivan]], [[name:Divya]]
        Apologies: [[name:JK]], [[name:Faith Amankwah]]

        1. Good catch - [[flight_number:ZQ 440]] medical event ([[date:3 Feb]])
        [[name:TL]] presented: passenger had {{anaphylaxis}} after eating a shared snack.
        [[name:Kaito]] found the passenger's own {{EpiPen}} in her handbag within 2 min and
        [[name:Divya]] gave a second dose from the {{EMK}} after {{ground medical}} advice. No
        diversion, pax walked off. Crew had done the anaphylaxis {{e-learning}} the week before.
        Action: share at all briefings - [[name:TL]]
        2. Galley equipment: new {{oven}} latches fitted on 3 aircraft - [[name:BO]] to confirm rest.
        Next meeting: [[date:12 March]]
    """)),
    ("aviation", "near_miss", block("""
        DOOR MODE NEAR MISS - [[flight_number:ZQ 226]] / [[aircraft_registration:G-ZPLR]] / [[date:06/08/2024]]
        Door | Crew                        | Armed at 'doors to automatic'?   | Cross-check
        {{1L}}   | [[name:Sasha Ivanova]] ({{CM}})  | Yes                              | with 1R
        {{1R}}   | [[name:Deepak]]                  | NO - distracted by pax in row 1  | signalled 'armed' in error
        {{2L}}   | [[name:Marisol]]                 | Yes                              | with 2R
        {{2R}}   | [[name:Femi]]                    | Yes                              | with 2L
        Found: during the {{all-stations}} check [[name:Sasha]] saw the {{slide armed}} indicator at
        1R was not showing. Door armed before taxi. If we'd had an evacuation, the slide would not
        have inflated automatically. [[name:Deepak]] reported himself straight away - thank you.
        Learning: arm the door physically, then cross-check by eye, not by thumbs-up.
        Ref [[case_reference:CSR-24-0977]]
    """)),
    ("aviation", "incident", prose("""
        ugh. [[flight_number:ZQ 508]] last nite ([[date:27th]]) - pax in 31F vaping in the rear
        {{lav}}, {{smoke detector}} went off, {{No.4}} [[name:Keisha]] had to do the whole
        {{lav fire}} drill w the {{BCF}} ready. wasnt a fire but the guy then refused to sit down
        + called [[name:Ade]] a racist slur in front of a family. {{CM}} [[name:Lwazi]] gave the
        {{level 1}} warning card, {{capt}} did a {{PA}}, police met us at stand + arrested him.
        [[name:ade]]'s ok-ish but shaken, he's off tomorrow. report ref
        [[case_reference:DPR-0325-04]]. honestly the amount of vapes we confiscate on the party
        flights now... - [[name:jas]]
    """)),
    ("aviation", "success", block("""
        Subject: Safeguarding - possible trafficking concern, [[flight_number:ZQ 1407]] [[date:19 Sept]]
        To: {{Security & Safeguarding}}
        From: [[name:Anneliese Brandt]], {{CM}}

        Good afternoon,
        For the learning log: crew member [[name:Honor Blake]] noticed a teenage girl (stated age
        [[age:16]]) travelling with an older man who answered every question for her, held both
        passports and didn't let her go to the toilet alone. [[name:Honor]] passed a note to her in
        the {{galley}} asking if she was OK; she wrote 'no'. I informed the {{captain}}, who asked
        {{ATC}} to request police on arrival. {{Border Force}} and police met the aircraft. The girl
        was taken into {{police protection}} and the man arrested. Police log ref
        [[case_reference:CAD 4471-19SEP]].
        [[name:Honor]] had completed the {{trafficking awareness}} {{e-learning}} only a month ago.
        Huge credit to her - calm, discreet and brave.

        [[name:Anneliese Brandt]]
        {{Cabin Manager}} | [[phone:07700 900884]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind245", REPORTS))
