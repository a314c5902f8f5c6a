"""Held-out blind corpus 153: just-culture incident, near-miss and learning reports.

Settings: a local authority's adoption and special guardianship support team (letterbox, SGO
allowances, post-order support, contact, court work); a community district nursing service and
palliative care at home (syringe drivers, anticipatory medicines, pressure care, expected deaths);
a helicopter emergency medical service (air ambulance) with its dispatch desk (tech log, ATC and
crew transcripts, blood products, landing sites, rapid response car). Written blind, the way UK
staff type: rushed lower-case handover notes, WhatsApp and Teams threads, e-mails with signatures,
incident forms, chronologies, handover tables, minutes, debriefs, shout-outs and thank-you cards.
Every person, place, organisation and number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind153.jsonl"

REPORTS = [
    ("social_care", "incident", prose("""
        handover fri pm - letterbox issue, sorry its long. the annual {{letterbox}} letter from adopters
        [[name:kerry-ann]] and [[name:dom]] went out tues but it went in their own envelope, not repackaged
        by us, so the return addr ([[address:22 Foxglove Rise, Kelderby]] [[postcode:KD4 7RW]]) was on the
        back. {{birth mum}} ([[name:Leanne Platt]]) rang {{duty}} thurs to say thanks and that its "nice to
        know theyre in [[address:kelderby]] now". so she has the town and the street. [[name:shaz]] told the
        adopters this morning, they are v upset, kids ([[age:6]] and [[age:4]]) are at
        [[organisation:Kelderby Meadows Primary]] which is 5 mins from the house. ive done the
        {{data breach form}} to {{Information Governance}} and started a risk assessment with the
        {{team manager}}. [[name:leanne]] has a hx of turning up at addresses, see the {{Signs of Safety}}
        mapping on file [[case_reference:ADS-0419-22]]. monday: school to be told, {{police}} marker on the
        address requested, and the {{letterbox co-ordinator}} going back to opening and checking every
        envelope. not blaming anyone, the checklist just doesnt say check the envelope. - [[name:mags]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT / NEAR MISS REPORT - Adoption & SGO Support
        Ref: [[case_reference:IR/ASGS/2024/117]]
        Date of incident: [[date:09/10/2024]]
        Reported by: [[name:Tunde Bakare]], {{SGO support worker}}
        Team: [[organisation:Harrowfield Adoption and Special Guardianship Support Team]]
        Category: Information sharing - wrong recipient

        What happened:
        The annual {{SGO allowance}} means-test review for special guardian [[name:Pauline Mottram]]
        (NI [[ni_number:JR 62 48 15 C]]) was posted to her sister-in-law [[name:Denise Mottram]] at
        [[address:8 Larch Walk, Thornleigh]] [[postcode:TH2 9EJ]]. Both relatives are on the child's record
        as "Mrs [[name:P/D Mottram]]" and the {{Mosaic}} address picker defaulted to the wrong one. The
        letter showed [[name:Pauline]]'s income and benefits and the child's name and DOB
        ([[name:Tyler-Jay]], [[date_of_birth:21/06/2015]]). [[name:Denise]] opened it and rang the team.

        Contributory factors: two carers with the same surname and initial; the picker shows address but
        not first name; letters batch-printed late on a {{Friday}} afternoon.

        Learning / actions: full-name check against the {{financial assessment}} before printing; raised
        with {{ICT}}. Reported to {{Information Governance}}: Yes. {{ICO}} threshold: under review.
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - ASF applications]
        [[name:Gemma Holroyd]] 10:42
        @[[name:Rashid]] before I submit the {{Adoption Support Fund}} app for [[name:Summer]] can you
        eyeball the attachments? portal times out after 20 mins
        [[name:Rashid Mahmood]] 10:51
        the {{therapeutic parenting}} quote is fine but the {{adoption support assessment}} attached is for
        the other [[name:Summer]] - [[name:Summer Lockwood]], DOB [[date_of_birth:02/02/2017]]. yours is
        [[name:Summer-Rae Doyle]] isnt it
        [[name:Gemma Holroyd]] 10:53
        omg yes. both files are called "[[name:Summer]] ASA final.docx" on the {{shared drive}} 🙈
        [[name:Rashid Mahmood]] 10:55
        happens. rename them with the case number not first names? theirs is
        [[case_reference:ASF-24-03318]], [[name:Summer-Rae]]'s is [[case_reference:ASF-24-03342]]
        [[name:Gemma Holroyd]] 11:02
        done + resubmitted. would have sent another child's therapy history to the {{ASF}} team. logging it
        as a near miss and suggesting at {{team meeting}} we name files by {{Mosaic}} ID only
    """)),
    ("social_care", "success", prose("""
        Shout-out 🌟 to [[name:Blessing Adeyemi]] from the whole team. When [[name:Ioan]] ([[age:13]]) was
        close to placement breakdown over the {{summer holidays}}, [[name:Blessing]] pulled together a
        {{DDP}}-informed support plan in a week, got the {{virtual school}} head and {{CAMHS}} into one room
        at [[organisation:Cwrt Helyg Community Centre]], and did two evening visits herself so his mums
        [[name:Ffion]] and [[name:Catrin Pryce-Jones]] weren't on their own at the worst time.
        [[name:Ioan]] started at [[organisation:Highfield Park Academy]] in {{September}} and the mums say
        it is the first term in two years without an exclusion. What worked: one plan, one lead, and the
        same {{therapeutic parenting}} language used by everyone, including the school's
        {{designated teacher}}. Nominated for the {{Star Award}}. From [[name:Jas]] and all of us 💜
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Kian Walsh]] ([[age:14]]), {{special guardianship order}} with maternal aunt [[name:Roisin Walsh]]

        [[date:Thu 14 Nov]]
        13:10 [[name:Kian]] rings [[name:Roisin]] from school upset - {{birth dad}} [[name:Gary Pickles]] has messaged him on Snapchat about the cancelled {{supervised contact}}.
        14:35 [[organisation:St Anselm's Catholic High]] report [[name:Kian]] not in period 5.
        14:50 [[name:Roisin]] rings {{duty}} on [[phone:01632 960418]]. Duty worker [[name:Olu]] advises report missing to {{police}} on 101.
        15:20 Reported missing, police ref [[case_reference:NY-20241114-0623]].
        17:45 [[name:Olu]] rings [[name:Gary]] on [[phone:07700 900532]] - no answer.
        19:05 [[name:Kian]] found by police at [[name:Gary]]'s flat, [[address:Flat 3, 41 Cattle Market Street, Brackenvale]] [[postcode:BV1 4NQ]]. Home 20:30.

        [[date:Fri 15 Nov]]
        {{Return home interview}} by [[name:Olu]]. {{MASH}} - no {{strategy discussion}} needed.

        Learning: the contact cancellation went to [[name:Gary]] by letter only and [[name:Kian]] heard it from dad first. Next time tell child and carer the same day, with a plan for the feelings.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hannah Szymańska]] <[[email:hannah.szymanska@harrowfield.gov.uk]]>
        To: [[email:virtualschool@harrowfield.gov.uk]]
        Sent: [[date:03 March 2025]] 16:12
        Subject: RE: PEP - near miss, please read

        Hi both,

        Flagging a near miss so we can learn from it. Replying about [[name:Amy]]'s {{PEP}} I typed "Am" in the Cc box and Outlook autocompleted to [[name:Amanda Osei]] <[[email:amanda.osei84@gmail.com]]> - {{birth mum}}, who emailed us last year about {{letterbox}}. I only noticed because the address went grey (external). The email had the adoptive surname and the school ([[organisation:Brook Lane Junior School]]) in it.

        Asks: can {{IT}} switch off autocomplete for external addresses on the team mailbox, and can birth family contacts be kept on a "do not suggest" list?

        Thanks,
        [[name:Hannah]]

        [[name:Hannah Szymańska]] (she/her)
        {{Adoption Support Social Worker}}
        [[organisation:Harrowfield Adoption and Special Guardianship Support Team]]
        [[phone:01632 960771]] | use {{Egress}} for anything sensitive
    """)),
    ("social_care", "success", block("""
        Minutes - Learning Review (good practice): transition of the [[name:Nowak]] sibling group
        Date: [[date:22/01/2025]], [[organisation:Kelderby Family Hub]], Room 2
        Present: [[name:Marcia Bennett-Ogunleye]] (Chair, {{Team Manager}}), [[name:Piotr]] and [[name:Agnieszka Nowak]] (adopters, item 1 only), [[name:Liam O'Driscoll]] (SW), [[name:Sunita Rai]] ({{foster carer}}), Dr [[name:Ngozi Eze]] ({{CAMHS}} psychologist)
        Apologies: [[name:Bethan]] ({{virtual school}})

        1. What went well
        Three children ([[age:2]], [[age:5]] and [[age:7]]) moved over 12 days rather than the usual 5, agreed at {{matching panel}}, using the {{Moving to Adoption}} model. [[name:Sunita]] kept visiting after the move, which the eldest said made it "not a goodbye".

        2. What we would change
        {{Life story}} books were not ready at move; [[name:Liam]] to complete by [[date:31 March]].

        Actions
        - [[name:LO'D]] to write a one-page practice note for the {{adoption support}} wiki.
        - [[name:MB-O]] to share at the {{RAA}} practice forum.
    """)),
    ("social_care", "incident", prose("""
        What happened: the {{special guardianship}} assessment on [[name:Oakley Fairweather]] (DOB
        [[date_of_birth:17/08/2019]]) went into the court bundle for [[case_reference:BV24P00871]] at
        [[organisation:Brackenvale Family Court]] without the guardian's contact details redacted. Paternal
        grandmother [[name:Madge Fairweather]] had moved after {{domestic abuse}} from {{birth mum}}'s
        partner, and her new mobile [[phone:07700 900263]] and the name of [[organisation:Riverside Nursery]]
        were on page 14. {{Birth mum}}'s solicitor served the bundle on her client on [[date:6 February]].
        [[name:Madge]] got three calls that night from a withheld number. Why it happened: the assessing
        worker was agency and left the week before filing, the {{SGO}} template has no redaction prompt, and
        {{legal services}} assumed the team had checked. Actions so far: new number arranged, {{police}}
        {{MARAC}} referral, nursery alerted, template changed so contact details sit in a separate
        confidential annex. Reported by [[name:Ravinder Gill]], {{Practice Manager}}.
    """)),
    ("social_care", "success", block("""
        DEBRIEF - [[name:Asante-Boateng]] family, post-order support
        Facilitator: [[name:Corinne]] | Notes: [[name:Ed Whitlock]]

        Background: [[name:Jayden]] ([[age:9]]) adopted 2021; violent outbursts at home since {{Year 4}}, adopters [[name:Kwame]] and [[name:Esi]] said in {{September}} they "could not keep going".

        What worked
        * {{Adoption Support Fund}} application turned round in 9 working days.
        * {{Theraplay}} with [[organisation:Riverside Therapeutic Services]] plus {{CAMHS}} consultation to the school rather than a separate referral.
        * [[name:Ed]] met [[name:Kwame]] fortnightly at 7pm, after his shifts - flexible hours mattered.
        * {{Sensory}} assessment by the {{OT}} gave the school something practical.

        Outcome: no police call-outs since [[date:12 October]]; family say they now feel "on the same side as school".

        Learning to spread: evening slots, and one shared plan instead of three.
    """)),
    ("social_care", "incident", block("""
        DUTY HANDOVER - Adoption Support - [[date:Mon 7 Apr]]

        | Family | Issue | Action / who |
        | [[name:Haddad]] [[case_reference:ADS-1187]] | {{Theraplay}} cancelled by provider 3x, family not told - mum found out on the doorstep | [[name:Yusuf]] ringing provider + family today |
        | [[name:Begum]]/[[name:Ahmed]] (SGO) | nan [[name:Rukhsana]] (NI [[ni_number:PK730952A]]) asking about {{SGO allowance}} backdating | finance - [[name:DK]] |
        | [[name:Marsh]] [[case_reference:ADS-0962]] | ** INCIDENT ** [[name:Ellie-Mae]] ([[age:15]]) disclosed self-harm to mum Fri night after second therapy no-show. {{A&E}} at [[organisation:Brackenvale General]], discharged with {{CAMHS}} follow-up | incident form done - [[name:Yusuf]]. Allocated SW back Weds |
        | [[name:Ilunga]] | request for {{life story}} work, waiting list 14 wks | told family, no action |

        Learning for team mtg: provider cancellations go to the allocated worker's inbox only, and two of them were on leave. Ask providers to copy the {{duty}} inbox every time.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - {{duty}} 2day. woman rang about 11 said she was the {{health visitor}} for baby
        [[name:Rosa]] and needed the adopters new address as "the system hasnt updated". gave her name as
        [[name:Michelle Cartwright]] and a mobile [[phone:07700 900874]]. i had the address on screen and
        was literally about to read it out when [[name:Chiamaka]] passed me a post-it saying CALL BACK. rang
        [[organisation:Brackenvale 0-19 Service]] via the main switchboard - no [[name:Michelle]] on their
        team. that mobile is on {{Mosaic}} as birth maternal aunt, [[case_reference:MOS 448210]]. told
        {{team manager}}, {{police}} informed, adopters warned, alert added. learning for everyone: ALWAYS
        call back via a switchboard number you look up yourself, never the number the caller gives, even
        if they sound like a professional and use the right jargon ({{0-19}}, {{red book}} etc). well done
        [[name:chi]] x
    """)),
    ("social_care", "success", block("""
        Thank-you card received [[date:18/12/2024]], typed up for the compliments log

        "To [[name:Rhiannon]] and everyone at the {{SGO support}} team,
        When the girls came to us I was [[age:71]] and hadn't done a nappy since 1989. You never once made me feel too old. The {{kinship}} carers group at [[organisation:Thornleigh Methodist Hall]] gave me friends, and [[name:Rhiannon]] sorting the {{special guardianship allowance}} meant I could stop the night shifts. [[name:Princess]] is reading now and [[name:Tia]] has settled at [[organisation:Oakfield Infants]]. Merry Christmas.
        Love, [[name:Winston]] (Grandad) x"

        Note from [[name:RJ]]: the learning here is the {{peer support}} group - please keep signposting every new {{special guardian}} in the first {{month}}.
    """)),
    ("social_care", "incident", prose("""
        Incident summary for the {{safeguarding}} log. On [[date:Saturday 8 June]] the adopters of
        [[name:Mason]] ([[age:8]]) attended {{direct contact}} with his older brother at
        [[organisation:Gatehouse Family Contact Centre]]. {{Birth dad}} [[name:Darren Hulme]] is not approved
        for contact but was waiting in the car park when the family left. He photographed their car, a blue
        Kia with registration [[vehicle_registration:YK19 PBU]], and that afternoon posted the photo on
        Facebook asking "anyone know where this lives". The centre worker, [[name:Joy Mensah]], saw him but
        assumed he was collecting someone else. Contributory: contact was moved from
        {{Friday}} to {{Saturday}} with one day's notice, the centre had no exit plan, and
        [[name:Darren]] knew the venue from older brother's social media. Actions: {{police}} report
        [[case_reference:BV-24-091183]], Facebook post reported and removed, adopters advised re new
        plates via {{DVLA}}, future contact at a venue with staggered exits. Learning: contact plans need a
        leaving plan.
    """)),
    ("social_care", "near_miss", block("""
        [Teams] Data quality channel
        [[name:Debs Quayle]]: {{Mosaic}} has flagged a possible duplicate and wants to merge [[name:Zain Hussain]] [[case_reference:MOS 447035]] DOB [[date_of_birth:11/03/2016]] with [[name:Zayn Hussain]] [[case_reference:MOS 447752]] DOB [[date_of_birth:12/03/2016]]. Same surname, same {{GP}} ([[organisation:Ashby Lane Surgery]]). ok to merge?
        [[name:Wasim]]: NO!! different children, one is adopted one is on an {{SGO}} with his {{uncle}}. not related as far as i know
        [[name:Debs Quayle]]: phew. the tool says 94% match so it was going to suggest auto-merge at month end
        [[name:Wasim]]: that would have put an adopted child's birth name and history on a file a {{birth family}} member can see through {{subject access}}. can we switch auto-merge off for adoption files?
        [[name:Debs Quayle]]: raising with the {{systems team}} now and logging it as a near miss
    """)),
    ("social_care", "success", prose("""
        Good practice note. Since {{April}} post-order requests have gone through one {{duty}} triage rather
        than waiting for allocation, and the [[name:Taylor-Reid]] family shows why it matters. Mum
        [[name:Chantelle]] emailed on a {{Tuesday}} night that [[name:Riley]] ([[age:11]]) had been excluded
        for the third time. {{Duty}} worker [[name:Ahmed Farouk]] rang back the next morning, used the
        {{adoption support assessment}} template as a conversation not a form, and spoke to the
        {{designated teacher}} at [[organisation:Castlemoor Academy]] the same day. The school agreed a
        reduced timetable with {{emotion coaching}} sessions and the {{virtual school}} funded a
        {{trauma-informed}} training session for staff. By the end of term [[name:Riley]] was back full
        time. [[name:Chantelle]] said it was "the first time anyone picked up the phone before it got
        worse". Learning: fast triage plus one early call to school saves months.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Sophie Lam]]
        To: Adoption Support duty
        Date: [[date:Wed 19 Feb 2025]]
        Subject: Incident - unplanned contact via Instagram, case [[case_reference:ADS-0733-19]]

        Hi team,

        Logging this as an incident. [[name:Freya]] ([[age:15]], adopted aged [[age:3]]) was messaged on Instagram by her birth sister [[name:Kayleigh Burrows]], [[age:19]]. Adoptive dad [[name:Gareth]] found the messages on [[date:17 February]]; they had been chatting for about six weeks and [[name:Kayleigh]] had sent photos of {{birth mum}}. [[name:Freya]] has been self-isolating in her room and refused school ([[organisation:Thornleigh Grammar]]) for two days.

        We knew [[name:Kayleigh]] had been searching (she wrote to {{letterbox}} in 2023) but it was not in the adopters' {{support plan}} and no-one had talked to [[name:Freya]] about it.

        Plan: joint visit tomorrow, {{CAMHS}} consultation, {{life story}} work brought forward.

        [[name:Sophie]]
        {{Senior Practitioner}}
    """)),
    ("social_care", "near_miss", prose("""
        Supervision notes, [[name:Natalia]] with [[name:Kofi]], [[date:28/11/2024]]. Near miss discussed:
        the final {{SGO}} report for [[name:Lily-Grace Atherton]] ([[age:2]]) was uploaded to the court
        portal draft folder with the {{foster carer}}'s home address, [[address:57 Pennycress Close,
        Ashworth Moor]] [[postcode:AM7 3HX]], in the chronology. {{Legal services}} spotted it at their
        pre-filing check the day before the hearing and it was pulled. {{Birth parents}} have made threats
        towards the carer before (see {{strategy meeting}} [[date:3 September]]). [[name:Kofi]] said he
        copied the chronology from the {{Looked After}} file and did not notice the address line. Agreed
        learning: the chronology template will use "carer's address (confidential)" by default; redaction
        checklist to be ticked and initialled before anything goes to {{legal}}; [[name:Natalia]] to raise
        with the {{service manager}} whether {{Mosaic}} can mask carer addresses in exports. No blame, good
        catch by legal.
    """)),
    ("health", "incident", prose("""
        Incident narrative. Patient [[name:Edna Fairclough]], [[age:87]], NHS No [[nhs_number:710 469 9988]],
        at home at [[address:3 Willow Garth, Thornleigh]] [[postcode:TH4 8BL]], {{end of life}}, on a
        {{T34 syringe driver}} with {{midazolam}} and {{morphine sulfate}} over 24 hours. At the 18:30 visit
        the battery showed 40% and was not changed, as there was no spare in the {{just in case}} box. The
        pump alarmed at about 02:00; her son [[name:Graham]] did not know what the alarm meant and rang
        {{111}}, who passed it to the {{out of hours}} district nurse. The nurse arrived at 05:50, so
        [[name:Edna]] had roughly four hours without infusion and was agitated and in pain when seen. New
        battery fitted, {{breakthrough}} doses given, settled by 07:00. She died peacefully two days later.
        Contributory: no spare 9V batteries on the [[organisation:Thornleigh North Neighbourhood Team]]
        car; battery check not on the evening visit prompt. Actions: spares on every car, a line added to
        the {{syringe driver}} checklist, and a family leaflet explaining alarms. [[name:Graham]] has been
        told, apologised to under {{Duty of Candour}}.
    """)),
    ("health", "incident", prose("""
        handover eve - PLEASE READ. mr [[name:o'neill]] ([[name:Francis]], nhs [[nhs_number:5638859330]])
        didnt get his 17:00 {{insulin}} visit. he dropped off the list on {{SystmOne}} when the visit was
        moved to a new {{template}} on mon and noone spotted it on the allocation sheet. carer found him
        at 21:40 sweaty + confused, {{BM}} 2.1, rang 999. {{paramedics}} gave {{glucagon}} and he was ok,
        not conveyed. ive rung his daughter [[name:bernie]] on [[phone:07700 900147]] and apologised. have
        done the {{Datix}} ([[case_reference:W-118204]]). tomorrow can someone pls cross check EVERY
        {{insulin}} pt on the list against the {{diabetes}} register, i found one more (mrs [[name:akhtar]]
        - no sorry her [[name:shabana akhtar]] is on, fine). lesson: when we move visits between templates
        someone needs to count before and after. thx [[name:ceri]]
    """)),
    ("health", "near_miss", block("""
        [WhatsApp] DN South Team 💉
        [[date:12/02/2025]], 15:04 - [[name:Precious]]: Near miss just now at [[name:GH]]'s house. {{Anticipatory meds}} delivered from [[organisation:Kelderby Late Night Pharmacy]] - box says {{morphine sulfate}} 30mg/ml, {{chart}} says 10mg/ml. Haven't given anything
        [[date:12/02/2025]], 15:06 - [[name:Jo Whitehead]]: good spot!! ring the pharmacy and the GP, don't use it
        [[date:12/02/2025]], 15:15 - [[name:Precious]]: pharmacist says they were out of 10mg/ml and "thought we'd work it out". GP Dr [[name:Iqbal]] rewriting
        [[date:12/02/2025]], 15:17 - [[name:Jo Whitehead]]: 3x the dose if anyone drew up 1ml. I'll do the {{Datix}} and email the {{CD accountable officer}}
        [[date:12/02/2025]], 15:40 - [[name:Tomasz]]: worth a team reminder - always check strength on the box against the {{MAR}}, not just the drug name
        [[date:12/02/2025]], 15:41 - [[name:Precious]]: 👍 correct stock here now, {{CD}} book signed
    """)),
    ("health", "success", prose("""
        Shout-out to the [[organisation:Ashworth Moor District Nursing Team]] and the
        [[organisation:Meadowbank Hospice at Home]] nurses. [[name:Abdul Rahman]] ([[age:79]]) had said
        for months that he wanted to die at home in [[address:Beech Street]] with his family round him, and
        it was on his {{ReSPECT}} form. When he deteriorated on a {{Sunday}}, [[name:Nasreen]] from the
        hospice team arranged a {{Sylheti}} interpreter by phone so his wife could ask her questions
        herself, [[name:Lewis]] set up the {{syringe driver}} within an hour and the {{GP}} at
        [[organisation:Beech Street Medical Practice]] did a same-day home visit. He died two days later in
        his own bed with his sons and grandchildren there. His son [[name:Shahid]] wrote to say the nurses
        "treated Abba like their own dad". Learning: interpreter booked early, {{anticipatory medicines}}
        in the house a week before they were needed, and everyone knew the plan.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM (Datix extract)
        Ref: [[case_reference:DX-2024-55107]]
        Patient: [[name:Violet Ashcroft]]   DOB: [[date_of_birth:04/09/1936]]   NHS: [[nhs_number:369 914 3546]]
        Location: patient's home
        Category: {{Pressure ulcer}} - {{category 3}}, left heel
        Date identified: [[date:26/11/2024]]
        Reporter: [[name:Mehwish Chaudhry]], {{Community Staff Nurse}}

        Description: {{Waterlow}} 22 on [[date:11/11/2024]]. {{Dynamic air mattress}} and {{heel offloading boots}} requested same day from [[organisation:Brackenvale Community Equipment Service]]; delivery was booked for 8 working days. Heel checked twice weekly; {{category 2}} noted on [[date:19/11/2024]], deteriorated to {{category 3}} by [[date:26/11/2024]].

        Immediate action: {{TVN}} referral, escalated equipment as urgent (delivered next day), daily visits.

        Contributing factors: equipment urgency criteria do not include {{end of life}} or {{Waterlow}} above 20; escalation route not known to bank staff.

        Harm level: moderate. {{Duty of Candour}}: completed with daughter [[name:Janice]].
    """)),
    ("health", "incident", block("""
        Timeline - expected death, [[name:Norman Kettlewell]], [[age:91]], [[address:Flat 12, Ashgrove Court, Brackenvale]] [[postcode:BV3 2LS]]

        [[date:Sun 2 Mar]]
        06:10 Daughter [[name:Tracey]] finds dad not breathing, rings 999 in panic.
        06:22 Ambulance crew arrive. {{DNACPR}} form not in the house (it went to hospital in his bag on [[date:Fri 28 Feb]] and was not returned). Crew start {{CPR}} as per policy.
        06:40 Crew contact {{111}} {{clinical navigator}}, who finds {{ReSPECT}} decision on the {{shared care record}}. CPR stopped.
        07:30 {{Out of hours}} DN [[name:Aurelie]] attends, completes {{verification of expected death}}.
        08:15 [[name:Tracey]] rings the team on [[phone:01632 961 552]] upset that "they broke his ribs".

        Issues: original form left the house; crews cannot rely on electronic record at the scene; family not told to keep the form with him.
        Actions: ward discharge checklist to include "DNACPR returned"; the team to give families a copy for the fridge.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Kerry-Louise Bradshaw]] <[[email:kerry-louise.bradshaw@nhs.net]]>
        To: DN Team Leaders
        Date: [[date:Tue 21 Jan 2025]]
        Subject: Lone working near miss - please share

        Yesterday evening I visited [[address:14 Cinder Lane, Kelderby]] [[postcode:KD2 6FA]] for a {{catheter}} change. The {{patient}}'s nephew was there, had been drinking, and blocked the door when I went to leave. I pressed the {{lone worker device}} and the {{call centre}} rang my mobile and then {{police}}. He moved before they arrived and I left.

        The call centre asked for my car and I had to look at the keys - it's a pool car, [[vehicle_registration:BD70 XLK]], and they have my own car on file. That would have slowed the police down.

        Asks:
        1. Pool car reg to be updated on the {{lone worker}} system at sign-out.
        2. Flag on {{SystmOne}} for this address: double-up visits.

        [[name:Kerry-Louise]]
        Band 6, [[organisation:Kelderby West Neighbourhood Team]]
        [[phone:07700 900 611]]
    """)),
    ("health", "success", block("""
        {{Gold Standards Framework}} meeting - [[organisation:Ashby Lane Surgery]]
        [[date:5 February 2025]], 13:00, practice library
        Attendees: Dr [[name:Fiona McAllister]] ({{GP}} lead), [[name:Sean Ó Dálaigh]] ({{District Nurse}} lead), [[name:Aditi Kulkarni]] ({{Palliative CNS}}, [[organisation:Meadowbank Hospice]]), [[name:Becky]] ({{care coordinator}}), [[name:Jon-Paul Evans]] ({{community matron}})

        Register review
        - 23 patients on register, 6 red, 9 amber.
        - 4 deaths since last meeting, all in {{preferred place of death}}.

        Good practice to share
        [[name:Sean]] described getting {{anticipatory medicines}} in before the weekend for all red patients. [[name:Aditi]] says the hospice advice line logged zero urgent calls from this practice over {{Christmas}}.

        Actions
        - [[name:Becky]] to send the red list to {{out of hours}} each {{Friday}}.
        - [[name:JPE]] to pilot {{ReSPECT}} conversations at {{care home}} reviews.
    """)),
    ("health", "incident", prose("""
        Summary for {{CD}} incident. At the {{Tuesday}} visit to [[name:Derek Tollitt]] (NHS
        [[nhs_number:267 023 6251]]), the {{controlled drugs}} stock check found 62ml of {{oxycodone}}
        {{oral solution}} 5mg/5ml where the record said 150ml. No doses were missing from the administration
        record. His wife [[name:Maureen]] said their grandson [[name:Callum]] ([[age:19]]) had been staying.
        The nurse, [[name:Hollie Brennan]], did the right thing: didn't challenge anyone in the house,
        recorded it, and rang the team lead. We informed the {{CD accountable officer}} and the {{police}}
        (ref [[case_reference:WY-45120339]]), and made a {{safeguarding adult}} referral because
        [[name:Derek]] now had no {{breakthrough}} pain relief in the house. The GP switched to a
        {{patch}} and stock is now in a lockable box. Learning: weekly stock counts are too infrequent when
        someone new is living in the house; ask at every visit who is staying.
    """)),
    ("health", "success", block("""
        Debrief - fast-track discharge, 48 hours ward to home
        Patient: [[name:Grace Ogunbiyi]], [[age:64]], {{metastatic}} {{breast cancer}}, wanted to go home to [[address:Raglan Road, Brackenvale]]
        Present: [[name:Harriet Moss]] (ward sister, [[organisation:Ward 22, Brackenvale General]]), [[name:Suleiman]] ({{discharge coordinator}}), [[name:Lowri]] ({{DN}})

        Went well
        - {{CHC fast track}} signed by consultant on the {{Thursday}} morning, approved same day.
        - [[name:Lowri]] did a joint assessment on the ward so the family met the DN before discharge.
        - {{Hospital bed}} and {{pressure-relieving mattress}} delivered before the ambulance arrived.
        - {{Just in case}} meds sent with the patient, not left to the GP.

        Could be better
        - {{Patient transport}} came at 19:45, late for the carers' first call.

        [[name:Grace]] died at home nine days later with her husband [[name:Femi]]. He said the team "gave us back a week together".
    """)),
    ("health", "incident", prose("""
        Wrong-patient entry. On [[date:14 October]] a {{wound care}} visit for [[name:Margaret Hughes]]
        (DOB [[date_of_birth:30/05/1941]], NHS [[nhs_number:945 829 1437]]) was recorded on the
        {{SystmOne}} record of another [[name:Margaret Hughes]] (DOB [[date_of_birth:30/05/1944]], NHS
        [[nhs_number:776 791 3783]]), who lives two streets away in [[address:Carr Lane, Ashworth Moor]].
        The second patient's record then showed a {{leg ulcer}} and {{compression bandaging}} she has
        never had, and her {{GP}} at [[organisation:Moorside Health Centre]] nearly referred her to
        {{vascular}}. Found when the nurse on the next visit, [[name:Kat]], couldn't find the ulcer. Both
        records corrected, both patients and the GP informed. Contributory: search by name and year only
        on a tablet with poor signal; the patient banner is small on the mobile app. Learning: confirm
        three identifiers (name, DOB, NHS number) before every entry, especially on {{mobile working}}.
    """)),
    ("health", "near_miss", block("""
        TWILIGHT HANDOVER  [[date:08/04/2025]]   team: [[organisation:Brackenvale Central DN Team]]

        Pt            | Visit                    | Note
        [[name:R. Kowalczyk]]  | {{IV antibiotics}} (virtual ward) | NEAR MISS - see below
        [[name:B. Achterberg]] | {{insulin}} 17:30        | BM 8.4, fine
        [[name:P. Nnamdi]]     | {{syringe driver}} check | settled, family coping
        [[name:E. Spencer-Hall]] | {{catheter}} bypassing  | changed, 14ch

        NEAR MISS: [[name:Kowalczyk]] started on {{co-amoxiclav}} IV by the {{virtual ward}} today. Home notes have NKDA but the hospital letter in the folder says {{penicillin allergy}} (rash 2019). [[name:Anj]] noticed before drawing up, rang the virtual ward consultant, switched to {{clarithromycin}}. Allergy status updated. Datix [[case_reference:W-118377]] done by [[name:AB]].
    """)),
    ("health", "success", prose("""
        Card from the family of [[name:Betty Lomax]], left at the base on [[date:3 January]], shared with
        permission: "To the lovely nurses who came to Mum every day from {{October}}. Special thanks to
        [[name:Siân]] who never once rushed, to [[name:Kelechi]] who made her laugh about her dreadful
        jokes, and to the night nurse whose name we never got who sat with us at 3am. You let Mum stay in
        the house she had lived in for 60 years at [[address:9 Chapel Fold, Thornleigh]]. With love from
        [[name:Pam]], [[name:Colin]] and the grandchildren." Team lead note: [[name:Betty]]'s {{end of life}} care
        was complex ({{heart failure}}, {{diuretic}} infusion at home, two {{hospice}} admissions avoided)
        and this is a good example of {{continuity of carer}} - the same three nurses most days.
    """)),
    ("health", "success", prose("""
        thank you thread from the snow week (copied from our team chat for the learning log) - massive
        thanks to [[name:Big Steve]] and the [[organisation:Kelderby 4x4 Response]] volunteers who drove us
        {{Tuesday}} to {{Thursday}} when the cars couldnt get up the moor roads. we got to every {{insulin}}
        and {{syringe driver}} patient, no missed visits at all. [[name:marta]] walked the last half mile to
        [[address:Top Farm, Ashworth Moor]] ([[postcode:AM3 9PY]]) with the {{anticipatory meds}} in a rucksack (please dont do that
        again without ringing in!!). {{ops}} at the base ([[name:Dee]] and [[name:Kwabena]]) rang round
        every family the night before to check they had stock and a plan. learning: the {{winter plan}}
        list of {{priority patients}} actually works when its kept up to date, and we need the 4x4 number
        ([[phone:07700 900 388]]) on the {{lone worker}} card not just in [[name:Steve]]'s phone
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{out of hours}} callback. On [[date:Saturday 15 March]] the daughter of
        [[name:Leonard Fitzpatrick]] (NHS [[nhs_number:773-594-6880]]) rang {{111}} at 22:10 because his
        pain was escalating. The {{111}} call handler recorded her number as [[phone:07700 900 4O2]] (letter
        O, not a zero), so when the {{OOH}} district nurse tried to call back the number failed. The
        nurse, [[name:Niamh Gallagher]], found the landline [[phone:01632 960 935]] on the {{SystmOne}}
        record and got through at 23:05. {{Breakthrough}} {{oxycodone}} was given at 23:40. The daughter
        said she had nearly taken him to {{A&E}}. Had the landline not been on the record the callback
        would have failed. Learning shared with the {{111}} provider: read back numbers digit by digit;
        and for our own team, always check the record for a second contact number before closing a
        failed callback.
    """)),
    ("health", "success", block("""
        Teams chat - DN South students & preceptees
        [[name:Aoife Brennan-Lutterworth]] 09:14
        Shout-out to [[name:Yemi]] (2nd year student) 👏 Yesterday at Mr [[name:Lister]] - no wait, at our {{leg ulcer}} patient on the [[address:Highfield estate]] she noticed he was more confused than last week and asked to do a full set of obs. {{NEWS2}} 7, temp 38.9, {{sats}} 91%.
        [[name:Aoife Brennan-Lutterworth]] 09:16
        She rang 999 with me supervising and gave a cracking {{SBAR}} handover. Pt went to [[organisation:Brackenvale General]] with {{sepsis}} from the leg, started {{IV antibiotics}} within the hour. Ward says he's improving.
        [[name:Gurdeep]] 09:20
        Brilliant. This is why we do obs and not just dressings 🙌
        [[name:Yemi]] 09:31
        Thank you!! I just remembered the {{sepsis}} teaching from uni
    """)),
    ("health", "incident", block("""
        From: [[name:Ollie Chan]] <[[email:oliver.chan3@nhs.net]]>
        To: IG Team <[[email:brackenvale.ig@nhs.net]]>
        Date: [[date:24 April 2025]] 11:48
        Subject: Possible data breach - discharge summary sent to wrong nhs.net address

        Hello,

        This morning I emailed a {{district nursing}} discharge summary for [[name:Iris Duckworth]] (NHS [[nhs_number:250 910 1404]], DOB [[date_of_birth:15/07/1939]]) to what I thought was her GP practice, [[organisation:Moorside Health Centre]]. Autocomplete picked [[email:moorside.reception@nhs.net]], a practice with the same name in a different {{ICB}}. They replied to say they had deleted it.

        The summary included her {{safeguarding}} history and her {{key safe}} location.

        I've informed my team lead ([[name:Zuzana]]) and will do the {{Datix}}. Could you advise whether this needs reporting to the {{ICO}}, and whether we should ask the family to change the key safe code?

        Thanks,
        [[name:Ollie]]
        {{Community Staff Nurse}}
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-HVMA]] ({{H145}})   Sector page 0417
        Date: [[date:11/09/2024]]   Base: [[organisation:Fellside Airbase]]
        Pilot: [[name:D. Okafor]]   Engineer: [[name:M. Lindqvist]]

        Defect: During shutdown after the [[flight_number:Helimed 47]] tasking, No.2 engine {{chip detector}} caution illuminated momentarily. Not reported in flight. Crew entered it in the {{tech log}} at 16:52 after the next crew had already accepted the aircraft for the evening shift.

        Action: Aircraft withdrawn 17:10. {{Chip detector}} removed, debris found (fine particles), sent for analysis. Engine change required. Cover from [[aircraft_registration:G-KMAA]] from 21:00.

        Learning (from the {{just culture}} review): the caution showed during the {{post-shutdown}} checks when the pilot was helping carry the patient to the {{ED}}; it was remembered later. {{SOP}} amended: {{tech log}} entries completed before leaving the aircraft, and the {{MEL}} check at handover must include a verbal "any cautions" question.
        {{MOR}} submitted to the {{CAA}}: [[case_reference:MOR-2024-11862]]
    """)),
    ("aviation", "near_miss", block("""
        RTF transcript (from {{ATC}} recording), [[date:17 May 2025]], times UTC

        1412:05 [[flight_number:Helimed 48]]: [[organisation:Kelderby Radar]], [[flight_number:Helimed 48]], {{HEMS}} priority, inbound landing site [[address:Hollin Bank Farm]], two thousand feet, squawking {{0020}}.
        1412:12 [[organisation:Kelderby Radar]]: [[flight_number:Helimed 48]], {{Traffic Service}}, traffic one o'clock three miles, opposite direction, unverified one thousand nine hundred feet, believed to be a {{light aircraft}}.
        1412:40 [[flight_number:Helimed 48]]: Looking.
        1413:02 [[organisation:Kelderby Radar]]: [[flight_number:Helimed 48]], traffic twelve o'clock one mile, same level.
        1413:06 [[flight_number:Helimed 48]]: Visual, descending, avoiding.
        1413:30 [[flight_number:Helimed 48]]: Traffic passed about two hundred metres, we'll be filing an {{Airprox}}.

        Note by pilot [[name:Cat Moreau]]: the other aircraft was later identified as [[aircraft_registration:G-BYKT]], not talking to any unit. Reported to the {{UKAB}}, ref [[case_reference:2025/143]]. Lesson: {{TCAS}} gave the alert only seconds before visual contact in the haze.
    """)),
    ("aviation", "success", prose("""
        Debrief notes, night tasking [[date:2 December]]. Crew: pilot [[name:Hamish Urquhart]], {{TCM}} /
        paramedic [[name:Priya Venkataraman]], doctor [[name:Jakob Eriksen]]. Tasked 21:40 to a
        motorcyclist vs lorry on the [[address:A6120 near Brackenvale Bridge]]. {{NVG}} approach to an
        unlit lay-by with wires on the east side. What went well: [[name:Priya]] spotted the wires on the
        {{recce}} orbit and called them early; [[name:Hamish]] chose a field landing 300m away and
        {{police}} brought the team forward in a patrol car. Patient, [[age:34]], had a {{tension
        pneumothorax}} - {{thoracostomy}} and {{prehospital blood}} given on scene, {{RSI}} before flight.
        On the {{CT}} table at [[organisation:Royal Brackenvale Infirmary]] 68 minutes after the call.
        Learning: the {{sterile cockpit}} rule during the recce worked; the crew want the wires added to
        the {{hazard map}} for that road. Good {{CRM}} all round.
    """)),
    ("aviation", "incident", block("""
        DISPATCH DESK CHRONOLOGY - incident [[case_reference:HEMS-250308-014]]
        [[date:08/03/2025]]
        10:02 999 call to ambulance service, {{CAD}} shows "male [[age:60s]], collapsed, farm".
        10:05 {{HEMS dispatcher}} [[name:Nav Sidhu]] flags, speaks to caller. Caller gives {{what3words}} as ///lamps.strong.tables.
        10:08 [[flight_number:Helimed 47]] tasked with that location.
        10:26 Aircraft lands. No patient. Location is a field 11 miles away in the wrong valley.
        10:29 Caller re-contacted: correct words ///lamp.strong.tables. Crew re-tasked.
        10:41 Aircraft on scene at [[address:Low Gill Farm, Kelderby]] [[postcode:KD6 1ZN]]. {{Cardiac arrest}} by now, {{ROSC}} achieved, flown to [[organisation:Brackenvale General]].

        Delay: approx. 25 minutes.
        Learning: {{what3words}} plural/singular errors are known; dispatcher to read back and cross-check the location against the {{CAD}} address and the {{AML}} phone location before tasking. The caller's {{AML}} matched the farm - it was not checked.
        Reported by: [[name:N. Sidhu]] (self-report)
    """)),
    ("aviation", "near_miss", block("""
        [WhatsApp] Crew room chat
        [[date:22/06/2025]], 19:02 - [[name:Macca]]: Heads up - drone over the [[organisation:Royal Brackenvale Infirmary]] {{helipad}} as we came in at 18:40. Maybe 50ft above the pad, held off for a minute and it went towards the car park
        [[date:22/06/2025]], 19:04 - [[name:Sadia]]: seriously?? we'd have been right through it on {{short finals}}
        [[date:22/06/2025]], 19:05 - [[name:Macca]]: yep. rang hospital security ([[phone:01632 963 200]]), they found a lad with a controller by the multi-storey. police attended
        [[date:22/06/2025]], 19:09 - [[name:Fergus]]: I'll do the {{ASR}} and the {{MOR}}. Anyone get a pic?
        [[date:22/06/2025]], 19:10 - [[name:Sadia]]: no, too busy looking at it. ops please put a {{NOTAM}} request in for the {{FRZ}} signage
        [[date:22/06/2025]], 19:30 - [[name:Fergus]]: done, ref [[case_reference:ASR-0925]]. Well handled [[name:Macca]] 👍
    """)),
    ("aviation", "incident", block("""
        INCIDENT REPORT
        Ref: [[case_reference:BMAA-IR-0311]]
        Date: [[date:19 July 2024]]
        Reporter: [[name:Ruth Oyelaran-Baines]], {{Critical Care Paramedic}}
        Category: Clinical - {{blood products}} / cold chain

        Description: The {{Credo cube}} carrying 2 units of {{red cells}} and 2 of {{plasma}} was left on the aircraft in direct sun for 70 minutes while the crew waited on scene at [[organisation:Ashworth Moor Showground]]. At return to base the {{temperature logger}} showed 11.4°C (limit 10°C). Units quarantined and returned to [[organisation:Brackenvale General Blood Bank]] - all four discarded.

        Contributing: very hot day (31°C), long scene time, no shade on the aircraft, cube not taken to the casualty tent.

        No patient harm. Waste of four donor units.

        Action: blood box stays with the clinical team on scene; hot-weather {{SOP}} to be written; {{logger}} alarm set to sound at 8°C.
        Reviewed by: Dr [[name:Wei Chen]] ({{Medical Director}})
    """)),
    ("aviation", "success", prose("""
        Huge shout-out to [[name:Kirsty-Anne]] on the dispatch desk. On [[date:Wednesday 5 Feb]] she was
        screening {{CAD}} and saw a 999 call coded as a fall from a child's trampoline, nothing that would
        normally trigger us. She listened to the call and heard mum say the boy ([[age:7]]) had "gone
        floppy and wasn't talking", so she rang back and got the full story. {{HEMS}} tasked 4 minutes
        later, [[flight_number:Helimed 48]] on scene in 11. The doctor found a {{head injury}} with a
        falling {{GCS}}; {{RSI}} on scene and straight to the {{paediatric major trauma centre}} at
        [[organisation:St Hild's Children's Hospital]]. The neurosurgeons said the time saved mattered.
        This is exactly what {{active dispatch}} is for. [[name:Kirsty-Anne]] - thank you. 🚁
    """)),
    ("aviation", "incident", prose("""
        aircraft off line (weather) so we were on the {{rapid response car}} [[vehicle_registration:BK68 FTD]] - on blue lights to a {{cardiac arrest}} at [[address:Mill Lane, Thornleigh]]. at the
        junction with the high street a silver Golf [[vehicle_registration:YA21 OWM]] pulled out while we
        were crossing on red. low speed, his nearside wing into our front bumper. no one hurt. [[name:Gav]]
        was driving, Dr [[name:Siobhan Keogh]] in the front. exchanged details with the driver
        ([[name:Andrzej]]) and carried on to the job, patient had {{ROSC}} by the time we got there.
        learning for us: the {{sirens}} were on wail not yelp at the junction and the driver said he never
        heard us. reminder in the {{emergency driving}} policy is yelp/phaser at junctions. insurance
        claim [[case_reference:CLM/552190]] and {{vehicle damage}} form done, car off road 3 days.
    """)),
    ("aviation", "near_miss", prose("""
        near miss refuel - [[date:14/08]]. diverted into [[organisation:Kelderby Flying Club]] for fuel on
        the way back from [[organisation:St Hild's Children's Hospital]]. their man ([[name:Ron]]) brought
        the {{bowser}} over and had the nozzle in his hand when [[name:tj]] noticed it said {{AVGAS 100LL}}
        on the side not {{Jet A-1}}. [[name:ron]] said "its all the same stuff". it isnt. the right bowser was
        round the back. we didnt take any fuel from the wrong one. [[name:TJ]] and [[name:Mo]] stopped it,
        checked the fuel sample after and it was clear and straw coloured. learning: pilot or TCM to
        physically check the {{fuel grade}} label AND the {{fuel sample}} before any uplift at an
        unfamiliar site, not trust the ground handler. adding [[organisation:Kelderby Flying Club]] to the
        {{site brief}} with a note. [[aircraft_registration:G-HVMA]] ok, no defect
    """)),
    ("aviation", "success", block("""
        From: Dr [[name:Tariq Al-Shammari]] <[[email:tariq.alshammari@nhs.net]]>
        To: [[email:clinicalgovernance@bmaa.org.uk]]
        Date: [[date:Mon 10 March 2025]]
        Subject: Thank you - patient from [[address:Ashworth Moor]] quarry

        Dear colleagues,

        I wanted to feed back on the patient you brought to our {{ED}} on {{Saturday}} (your record [[case_reference:PRF-25-00871]]; our NHS number [[nhs_number:699 176 8367]]). A [[age:52]]-year-old quarry worker with a crushed pelvis. Your team had a {{pelvic binder}} on, two units of {{prehospital blood}} and {{TXA}} in, and a clear {{ATMIST}} handover that meant we went straight to {{CT}}. He is now on the ward and expected to walk.

        The prealert from your {{dispatch desk}} 20 minutes out let us get the {{trauma team}} and {{interventional radiology}} ready.

        Please pass my thanks to the crew.

        Best wishes,
        [[name:Tariq]]
        Consultant in Emergency Medicine, [[organisation:Royal Brackenvale Infirmary]]
    """)),
    ("aviation", "incident", prose("""
        Incident: landing on the playing field of [[organisation:Thornleigh St Mary's CE Primary]] on
        [[date:4 October]] for a pupil with {{anaphylaxis}}. The field was picked from the {{HLS}}
        database and the school had been rung by the {{dispatch desk}} to clear it. On approach the crew
        saw the {{PE}} class had gone in, but not a gazebo left up on the far side behind a hedge.
        {{Downwash}} lifted it and it struck a teaching assistant, [[name:Bernadette Kowalski]], on the
        arm (bruising, seen by our doctor on scene). The child, [[age:9]], was treated with
        {{adrenaline}} and flown to [[organisation:Brackenvale General]]. Pilot [[name:Owain Rees]] said
        the gazebo was hidden in the {{recce}} by the hedge shadow. Contributing: the dispatch script
        asks schools to clear "people and vehicles" but says nothing about loose items; no ground contact
        on the radio. Learning: script changed to "people, vehicles and anything that can blow away", and
        crews to consider a higher {{recce}} orbit at school sites. {{RIDDOR}} not required; reported
        internally and to the school's head, Mr [[name:Adeleke]].
    """)),
    ("aviation", "near_miss", block("""
        [Teams] Rostering & ops
        [[name:Kenji Wallace]] ({{pilot}}) 06:12: Flagging fatigue before I start. Swapped onto today's day shift after last night's standby call-out at 02:30 - I'll have had about 4.5 hrs sleep. Rota shows it as compliant because the call-out wasn't logged against my {{FTL}}.
        [[name:Leanne Doherty-Mills]] ({{ops manager}}) 06:20: Thanks for saying. You're right, the standby call isn't in the system. Stand down till 12:00, [[name:Hamish]] will cover the first half.
        [[name:Hamish Urquhart]] 06:24: on my way, 35 mins
        [[name:Leanne Doherty-Mills]] 06:31: [[aircraft_registration:G-KMAA]] offline until [[name:Hamish]] arrives - {{dispatch}} informed. Logging as a near miss: the {{rostering system}} doesn't pull standby call-outs from the {{ops log}}, so {{flight time limitations}} could be breached without anyone seeing it.
        [[name:Kenji Wallace]] 06:33: cheers. {{just culture}} working as it should 👍
    """)),
    ("aviation", "incident", prose("""
        Handover mix-up at the {{MTC}}. Two patients from the same {{RTC}} on the
        [[address:A59 at Kelderby Top]] were flown in 12 minutes apart, one by us on
        [[flight_number:Helimed 47]] and one by the neighbouring service. Both arrived as "unknown male".
        Our patient had the temporary ID [[case_reference:Unknown Male Alpha 7731]] and was given 100mg of
        {{ketamine}} and 80mg of {{rocuronium}} on scene; the {{ED}} wrote our drug doses on the other
        patient's chart, and the {{trauma team}} nearly gave that patient a second dose of ketamine
        believing he had had none. Caught by the {{ED}} pharmacist. Our patient was later identified as
        [[name:Dariusz Nowicki]], DOB [[date_of_birth:09/01/1991]], NHS [[nhs_number:517 783 8919]].
        Learning: wristbands with our {{PRF}} number applied on scene before flight, and the
        {{ATMIST}} must start with the band number. Reported jointly; lead reviewer Dr [[name:Wei Chen]].
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP - minutes
        [[date:15 January 2025]], [[organisation:Fellside Airbase]] briefing room
        Present: [[name:Leanne Doherty-Mills]] (Chair), [[name:Cat Moreau]] ({{Head of Flight Ops}}), [[name:Ifeoma]] ({{Safety Manager}}), [[name:Gurpal Singh]] ({{Dispatch Lead}}), [[name:Ewan Baird]] ({{Chief Engineer}}), [[name:Kirsty-Anne]] (dispatcher rep)
        Apologies: Dr [[name:Wei Chen]]

        1. HLS survey project - CLOSED. Ground crew and volunteers visited 212 {{HLS}}s in {{Q4}}; 31 wire hazards added to the {{hazard map}}, 9 sites withdrawn. Thanks to [[name:Ewan]] and the volunteer team.
        2. {{what3words}} read-back: zero location errors since the dispatch change in {{March}}.
        3. {{Airprox}} [[case_reference:2025/143]] - {{UKAB}} outcome awaited.
        4. {{Reporting culture}}: 64 reports this year vs 41 last; 70% from crew self-reports. [[name:Ifeoma]] attributes this to feedback within 7 days.

        AOB: none. Next meeting [[date:16 April]].
    """)),
    ("aviation", "near_miss", block("""
        Transcript - crew intercom ({{CVR}} extract for the safety review), [[aircraft_registration:G-HVMA]], [[date:30/10/2024]]

        PILOT ([[name:OR]]): Landing site in sight, field north of the farm buildings. Turning final.
        {{TCM}} ([[name:Baz]]): Happy with the field. Hang on - poles, poles, two o'clock, wires running across the field towards the track.
        PILOT: Going around. Power in.
        TCM: Clear of wires, climbing through two hundred.
        DOCTOR ([[name:Naomi]]): Didn't see them at all.
        TCM: Neither did I on the first orbit, the poles are inside the hedge line.
        PILOT: We'll take the field south side, approach from the east.

        Note: {{landowner}} Mr [[name:Illingworth]] later rang on [[phone:+44 7700 900 219]] to say the wires were a new supply to his barn, put in last month. Not on the {{hazard map}}. Passed to the {{DNO}} and added to the map. Good {{CRM}}: the {{go-around}} was called and flown without debate.
    """)),
    ("aviation", "success", prose("""
        Good outcome, shared for learning. On [[date:27 August]] a passenger on [[flight_number:LS1392]]
        from Alicante collapsed on the jet bridge at [[organisation:Brackenvale Airport]]. The airport
        fire service started {{CPR}} and used their {{AED}}; the {{HEMS}} dispatcher picked up the call from
        the {{CAD}} and tasked [[flight_number:Helimed 48]], which landed {{airside}} on stand 9 with an
        escort from airport ops - the first time we have used the {{airside landing}} procedure agreed last
        year. Patient [[name:Fatima Zahra Benali]], [[age:58]], French national, had {{ROSC}} after two shocks
        and was flown to [[organisation:Royal Brackenvale Infirmary]] for {{PCI}}. Her husband
        [[name:Karim]] flew over that evening with help from the airline and is contactable on
        [[phone:+33 6 48 27 91 05]]. What made it work: the {{airside}} procedure, a named airport ops
        contact ([[name:Daz Pemberton]]) and practising it in the {{table-top exercise}} in {{spring}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind153", REPORTS))
