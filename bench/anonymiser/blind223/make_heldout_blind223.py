"""Held-out blind corpus 223: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Everyone and everything in it is invented: people,
organisations, addresses, postcodes, phone numbers, NHS and NI numbers, case references,
vehicle and aircraft registrations and flight numbers.

Three settings:
- social_care (17): a family hub and children's centre outreach service - family support
  workers, parenting groups, crèche, home visits, early help assessments, health visitors.
- health (17): a prison healthcare unit - reception screening, medication hatches, GP
  sessions, controlled drugs, hospital escorts, substance misuse workers, Code Blue/Red calls.
- aviation (16): a cargo airline's freight operation - dangerous goods acceptance, ULDs, load
  sheets and NOTOCs, night freight flights, warehouse agents, loadmasters, ramp and RT.

Each domain mixes incidents, near misses and successes (learning from good practice). Styles
are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with name handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, radio and RT transcripts, shout-outs and
thank-you notes. Names are deliberately hard: initials, nicknames, lower-case names,
possessives, hyphenated and non-Anglo names, and names that are everyday words (Hope, Joy,
Will, Bill, Faith, Sunday, Comfort, Patience, Amber, Mark, Pat, Sunny, Kit).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind223.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        hv to [[address:14 Coldharbour Walk]] w/ [[name:jess]] ({{fsw}}) abt {{10ish}}. {{mum}}
        [[name:kayleigh]] v low, baby [[name:maisie]] ([[age:9wks]]) asleep in {{moses basket}}
        rite next to {{fan heater}} on full. {{dad}} [[name:Tyler]] not meant to be at the prop
        per {{safety plan}} but his vape + trainers in hall, mum said he "just popped round".
        didnt challenge in front of baby, rang {{duty}} from car after. {{DSL}} aware. {{EHA}}
        review was due [[date:fri 12th]] - brought fwd. can some1 chase {{HV}} [[name:Shona]] re
        wt check pls she wasnt picking up. log [[case_reference:EH-40917]]. sorry rushed, got
        {{stay n play}} at 1
    """)),
    ("social_care", "near_miss", prose("""
        During the {{Incredible Years}} parenting group at [[organisation:Millbeck Children's Centre]]
        on [[date:Wednesday 6 March]], the {{crèche}} was staffed by [[name:Grace Adeyemi-Cole]]
        ({{early years practitioner}}) and one {{volunteer}}. At approximately {{11:45}} a man
        arrived asking to collect [[name:Leo]] ([[age:aged 3]]) "for his mum". He was not on the
        collection list and could not give the password. [[name:Grace]] kept [[name:Leo]] in the
        room and asked the man to wait in {{reception}}. [[name:Leo]]'s mother, Ms
        [[name:Dobrowolska]], was still in the group; she confirmed the man was her brother-in-law
        and that she had not asked him to collect. No harm came to the child. Contributing
        factors: the crèche door had been wedged open after the {{fire drill}} and the
        {{sign-out sheet}} was left on the {{front desk}}. Actions: door closer repaired, sheet now
        kept inside the crèche, reminder at Monday's team meeting. Reported to the {{DSL}},
        [[name:Faith Mbeki]], the same day. Ref [[case_reference:FH/24/0318]].
    """)),
    ("social_care", "success", block("""
        ⭐ SHOUT-OUT ⭐ (posted in the Hub Team channel)
        Massive thank you to [[name:Hope]] and [[name:Bilal]] from the {{outreach team}} for last {{Thursday}}. They noticed Mrs [[name:Ilunga]] had stopped coming to {{Baby Massage}} and hadn't collected her {{Healthy Start}} vouchers either. Instead of closing the offer they did a doorstep visit and found no gas credit, a [[age:4-month-old]] with a sore {{nappy rash}} and mum clearly exhausted.
        By 4pm they had a fuel voucher through [[organisation:Westmarsh Citizens Advice]], {{HV}} [[name:Rhiannon]] booked for the next morning, and a {{Lingala}} interpreter arranged for the {{EHA}} conversation. Mum came to {{Stay and Play}} this week and said she felt "seen".
        That's {{Early Help}} at its best – curious, kind and quick. 💛
        [[name:Dee]] ({{Hub Manager}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcus Oyelaran-Price]] <[[email:marcus.oyelaran-price@westmarsh.gov.uk]]>
        To: {{Information Governance}}
        Sent: [[date:18 April 2024]] {{16:02}}
        Subject: Misdirected email - {{EHA}} [[case_reference:EHA-22817]]

        Hi both,

        Reporting a data breach from this afternoon. I sent the draft {{early help assessment}} for the [[name:Brennan]] family to [[email:s.brennan88@mailbox.co.uk]] instead of [[email:s.brenan88@mailbox.co.uk]] - autocomplete picked the wrong contact. The attachment had the children's names, dates of birth, school ([[organisation:Orchard Vale Primary]]) and {{mum}}'s mental health history.

        I realised at 16:10 and recalled it, but it shows as delivered. I've rung the recipient on [[phone:07700 900 418]], no answer, left a voicemail asking her to delete it. My {{team manager}} and the {{DPO}} are copied in. I haven't told the family yet - advice please on who should.

        [[name:Marcus]]
        [[name:Marcus Oyelaran-Price]] | {{Family Support Worker}}
        [[organisation:Kelsall Road Family Hub]]
        [[phone:0113 496 0572]]
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat – Outreach North]
        [[name:Rose Kamara]] {{17:48}}: anyone heard from [[name:Pat]]? she was due to check in after her {{4pm}}
        [[name:Will Ferreira]] 17:50: not me. she had the [[address:Gorse Hill]] visit didnt she
        [[name:Rose Kamara]] 17:51: yes the one with the amber flag on the {{lone working}} sheet. phone going straight to voicemail
        [[name:Rose Kamara]] 17:58: ringing the house now
        [[name:Sunny Oduya]] 18:03: I'm {{team leader on call}}, following the {{escalation steps}}. [[name:Rose]] if no contact by 18:15 we ring {{101}} with the address
        [[name:Rose Kamara]] 18:09: PANIC OVER she's just rung from the {{hub landline}}. phone died, visit ran over cos {{dad}} came home and she didn't want to leave {{mum}} mid-conversation. she's fine
        [[name:Sunny Oduya]] 18:10: 👍 glad she's ok. [[name:Pat]] pls log as {{near miss}}. everyone - charge phones, take the power bank, and if a visit is running over text your buddy BEFORE it does
    """)),
    ("social_care", "incident", block("""
        ACCIDENT / INCIDENT FORM – {{Stay and Play}}
        Child's name: [[name:Oluwaseun Bakare]] (known as [[name:Seun]])
        DOB: [[date_of_birth:02/11/2021]]
        Ref: [[case_reference:CC-7719]]
        Address: [[address:Flat 3, 27 Tanyard Court, Westmarsh]] [[postcode:WM4 7RT]]
        Parent/carer present: Yes – {{dad}} ([[name:Tunde]])
        Date/time: [[date:13/05/24]] {{10:20}}
        Location: {{soft play}} area, [[organisation:Kelsall Road Family Hub]]
        What happened: [[name:Seun]] climbed onto the {{foam block}} stack while dad was changing his sister's nappy. The stack tipped and he fell approx 60cm onto the mat, bumping his forehead on the edge of the {{toy kitchen}}. Small red lump, no loss of consciousness, cried straight away and settled.
        First aid: cold compress by [[name:J.K.]] ({{first aider}}). {{Head injury}} advice sheet given and explained.
        Follow-up: dad to contact [[organisation:Tannery Row Surgery]] if vomiting or drowsy. Phoned next morning – fine.
        Learning: foam blocks now stored in the cupboard, not stacked.
        Completed by: [[name:Joy Kettering]]
    """)),
    ("social_care", "success", block("""
        TEAM AROUND THE FAMILY – REVIEW (step-down)
        Family: [[name:Nwosu-Hart]]   Ref: [[case_reference:EH-38820]]
        Date: [[date:Tues 4th June]]   Venue: {{Room 2}}, [[organisation:Millbeck Children's Centre]]
        Present: [[name:Abena Nwosu-Hart]] ({{mum}}); [[name:Mark Lindqvist]] ({{Lead Practitioner}}, {{FSW}}); [[name:Amber]] ({{health visitor}}); Mrs [[name:Okafor]] ({{SENCo}}, [[organisation:Brook Lane Infant School]]); [[name:T. Vasquez]] ({{Housing Officer}})
        Apologies: [[name:Niamh O'Rourke]] ({{CAMHS}} link worker); {{dad}}
        1. Progress: {{Signs of Safety}} scale now 8/10 (was 3/10 in {{January}}). Rent arrears plan agreed, bedtime routine for [[name:Kofi]] ([[age:4]]) working, speech referral accepted.
        2. Mum's view: "I feel like I can ask for help now without being judged."
        3. Decision: close to {{Early Help}}; universal offer from the hub continues, [[name:Amber]] stays as HV.
        Actions: [[name:Mark]] to send closure letter by [[date:14 June]]; mum to join {{Stay and Play}} on Fridays.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER – [[name:Lucy]] → [[name:Dev]] (I'm off from [[date:22/7]] for 2 wks)
        9 families open, 2 priority. Full notes on {{Mosaic}}.

        1. [[name:Petrova]] family, [[address:41 Wren Street]]. Baby [[name:Mila]] [[age:6 wks]]. NEAR MISS – the {{discharge summary}} on our file has a different {{NHS number}} ([[nhs_number:485 777 3457]]) to the {{Red Book}} ([[nhs_number:612 403 8854]]). Checked with {{HV}}: the summary belongs to another baby [[name:Mila]] born the same day on the {{postnatal ward}}. Sent back to [[organisation:Fellmouth General Hospital]] maternity and logged. Please don't use it for the HV referral.
        2. [[name:Sayed]] family – Mr [[name:Sayed]] prefers visits after 3pm (works nights). Food bank voucher due the [[date:25th]].
        3. [[name:bella]] + [[name:tommo]] (twins, [[age:2]]) – {{nan}} has them most days, her number is on file. {{Portage}} starts in {{August}}.
        Any probs ring me before {{Friday}} on [[phone:07700 900 662]]. Ta, [[name:L]]
    """)),
    ("social_care", "incident", block("""
        VISIT LOG – {{outreach}} allocation error (for incident review [[case_reference:IR-0442]])

        Date | Family | Worker | Planned | Outcome
        [[date:03/06]] | [[name:Adeleke]] | [[name:R. Haddad]] | {{home visit}} | completed
        [[date:05/06]] | [[name:Szymańska]] | unallocated | home visit | NOT DONE – worker on leave, not reassigned
        [[date:12/06]] | [[name:Szymańska]] | unallocated | {{phone call}} | NOT DONE
        [[date:19/06]] | [[name:Szymańska]] | [[name:Carys]] | home visit | done – mum says [[name:Oskar]] ([[age:11 months]]) unwell for a week, not registered with a {{GP}}

        Summary: after [[name:Rafi Haddad]]'s move to the {{Early Help}} hub on [[date:1 June]] the [[name:Szymańska]] family dropped off the allocation spreadsheet and nobody saw them for 16 days despite an open {{EHA}}. [[name:Oskar]] was seen at [[organisation:Riverside Medical Practice]] on [[date:20/06]] with an ear infection and is now well; the family is registered. Learning: allocations to be checked against {{Mosaic}} weekly by the {{team leader}}, not the spreadsheet.
    """)),
    ("social_care", "incident", block("""
        WhatsApp export – "Hub Mums & Tots 💛" (46 members, admins: hub staff)
        [[date:09/10/2024]], {{14:12}} - [[name:Hollie]] (Hub): Thanks for coming to {{Messy Play}} today everyone! Here's our rainbow wall 🌈 <photo>
        14:19 - [[phone:+44 7700 900731]]: um you can see a little boy's name and his nursery on his coat label in that pic
        14:20 - [[name:Hollie]] (Hub): oh no, so sorry – deleted for everyone 🙏
        14:26 - [[name:Tasha B]]: we all saw it tho
        Report added by [[name:Hollie Ng]], {{Family Support Worker}}: the photo showed [[name:Kacper]] ([[age:2]]) from behind with his name and the [[organisation:Little Acorns Nursery]] logo on his peg label. It was up for 8 minutes. His mum, Mrs [[name:Zielinski]], isn't in the group; I phoned her and apologised. She was upset but accepted it and doesn't want to complain. Informed {{hub manager}} and {{Information Governance}}. Learning: no photos with children in on group chats, even from behind; check {{photo consent}} first; group now set so only admins can post.
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY – joint home visit [[date:Thurs 21st Nov]]
        Workers: [[name:Ngozi Eze-Williams]] & [[name:Imran Qureshi]] ({{FSW}}s)   Family ref [[case_reference:EH-41203]]

        {{09:30}} Arrive [[address:8 Larkspur Close]]. Mum ([[name:Chelsea]]) answers; partner ([[name:Dean]]) in kitchen.
        09:45 [[name:Chelsea]] asks [[name:Ngozi]] upstairs "to look at the baby's rash". Discloses [[name:Dean]] pushed her into the door last night; bruising to upper arm seen. Scared he'll take [[name:Alfie]] ([[age:18 months]]).
        09:50 [[name:Imran]] keeps [[name:Dean]] talking downstairs about the {{2-year-old funding}} form.
        10:05 Both leave together as per {{lone working}} policy – [[name:Dean]] not alerted.
        10:12 From car: call to {{MASH}}. Advised {{strategy discussion}} likely.
        10:40 {{DASH}} completed with mum by phone (now at her sister's) – high risk. {{MARAC}} referral made, {{IDVA}} details given.
        11:30 {{DSL}} and {{team manager}} briefed.
        Learning: police had attended twice in {{October}} (logs [[case_reference:WM-2310-4471]] and [[case_reference:WM-2310-5129]]) but this wasn't shared with the hub at allocation, so we went in without knowing.
    """)),
    ("social_care", "success", block("""
        Subject: thank you!!
        From: [[email:joyandben2019@mailbox.co.uk]]
        To: [[email:kelsallroad.hub@westmarsh.gov.uk]]

        hiya can you pass this on to [[name:Mo]] and the lady from the {{sleep clinic}} (sorry forgot her name, the one with purple glasses 🙈)

        [[name:Joy]] is finally sleeping in her own bed!! 3 weeks now. when we first came to the hub I hadnt slept more than 2 hours at a time since she was born and honestly I was in a bad place. [[name:Mo]] never once made me feel like a bad {{mum}}, she came every week, did the {{sleep diary}} with me and got me into the {{Solihull Approach}} group which I was dead nervous about. also thanks for the referral to {{Talking Therapies}}, I start on the [[date:3rd]].

        love [[name:Becky]] ([[name:Joy]]'s mum) xx

        --- forwarded by [[name:Dee Harrington]] ({{Hub Manager}}): [[name:Mo]], lovely feedback, well done. The {{sleep practitioner}} was [[name:Priya]] – please share with her.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - transporting fam to {{food bank}} in pool car [[vehicle_registration:WM21 KHV]].
        {{isofix}} base in the back was for a {{group 0}} seat but baby ([[name:Zaid]],
        [[age:14mo]]) needed the bigger one. [[name:nadia]] noticed in the {{car park}} b4 we set
        off that the seat rocked forward loads. swapped w/ the one from [[vehicle_registration:YD19 PXA]]
        (other pool car) which took 20 mins so family late for their slot, they got seen anyway.
        no1 hurt. suggest car seat check goes on the {{vehicle checklist}} + label which seat is in
        which car. also the {{pool car}} booking sheet said group 1 seat so something wrong there
        too. reported to [[name:Gaz]] in {{fleet}}. - [[name:kt]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. The [[name:Rahimi]] family arrived in the area in
        {{September}} under the {{Afghan resettlement scheme}}. Mrs [[name:Rahimi]] speaks {{Dari}}
        and very little English; Mr [[name:Rahimi]] speaks some English and had interpreted at
        every appointment, including the {{new birth visit}}. {{Health visitor}}
        [[name:Sunita Ramaswamy]] and {{FSW}} [[name:Bill Okonjo]] noticed that mum looked at the
        floor and agreed to everything. At the next visit they booked a female {{Dari}} interpreter
        through [[organisation:Wordbridge Interpreting]] and saw mum on her own while dad took
        [[name:Farid]] ([[age:5]]) to [[organisation:St Ewan's Primary]]. Mum disclosed severe low
        mood and thoughts that the baby would be better off without her. [[name:Sunita]]
        completed an {{EPDS}} (score 22) and mum was seen by the {{perinatal mental health team}}
        the same day. She is now on treatment and attending the women's group. What worked:
        {{professional curiosity}}, not using family members as interpreters (in line with
        {{NICE}} guidance), and [[name:Bill]] and [[name:Sunita]] planning the visit together.
    """)),
    ("social_care", "near_miss", block("""
        #weaning-group – Slack export, [[date:Tue 8 Oct]]
        [[name:faith.okoro]] {{09:41}}: setting up the tasting table – toast, {{hummus}}, banana, {{smooth peanut butter}} (as per the {{early allergen introduction}} plan)
        [[name:sam.whitlock]] 09:44: hold on, the booking list has [[name:Aurelia]] ([[age:7 months]]) down with suspected egg AND nut allergy from the {{paediatric allergy clinic}}
        [[name:faith.okoro]] 09:45: 😳 it wasnt on the sheet I printed
        [[name:sam.whitlock]] 09:46: your printout is last week's list, her mum booked on {{Friday}} via the app. moving the PB to a separate table, I'll talk to mum when she arrives
        [[name:HanaH]] 09:52: I'll redo the list with an allergy column. Will flag at the debrief
        [[name:faith.okoro]] 11:30: all fine, [[name:Aurelia]]'s mum said thanks, she'd brought her own pouches + {{Piriton}}. she's also waiting on an {{adrenaline auto-injector}}
    """)),
    ("social_care", "success", block("""
        HUB HEROES – end of term shout-outs 🎉 (nominated by the team)
        • [[name:Precious Dlamini]] – ran the {{Dads' Group}} single-handed for six weeks while [[name:Kwame]] was off, and got three new dads to the {{Family Hub}} {{BBQ}}.
        • [[name:Kwame Asante-Boateng]] – spotted that families on the [[address:Meadowfield estate]] weren't getting the {{Holiday Activities and Food}} letters and door-knocked 40 flats with [[name:Wiktoria]].
        • [[name:Ezra]] – noticed the {{baby scales}} were reading 200g heavy at {{HV}} clinic and got them recalibrated before the [[date:Thursday 18 July]] clinic.
        • [[name:Autumn]] – our {{apprentice}}, for the {{Makaton}} signs on every door and the new {{sensory room}} rota.
        Thank you all – [[name:D.H.]], {{Hub Manager}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:Monday 2 December]] at about {{17:30}} I realised I had left my paper diary on the
        {{X12}} bus between [[organisation:Millbeck Children's Centre]] and town. The diary held
        first names and street names for about 15 families on my caseload, door codes for two
        blocks and the {{lone working}} code word. I reported it to
        [[organisation:Northway Buses]] lost property ([[case_reference:LP-558201]]) and to my
        manager, [[name:Hannah Moyo]], that evening. It was handed in on [[date:4 December]] and
        returned sealed, but we cannot be sure no-one read it. The {{Data Protection Officer}}
        assessed it as not reportable to the {{ICO}}. I know we are told not to use paper diaries;
        I had kept one because the {{laptop}} battery does not last a full day of visits. Actions:
        families with door codes informed and codes changed via [[organisation:Westmarsh Homes]];
        code word changed; I now use the work phone calendar. – [[name:Olu Adébáyọ̀]],
        {{Family Support Worker}}
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        med error {{B wing}} {{hatch}} {{am meds}}. two [[name:nowak]]s on the landing (not
        related) - [[name:Piotr Nowak]] [[case_reference:A4471DK]] & [[name:Pawel Nowak]]
        [[case_reference:A6093FZ]]. {{OSG}} shouted "[[name:nowak]]" and [[name:Pawel]] came up, i
        gave him [[name:Piotr]]'s {{mirtazapine}} 30mg from his {{named pack}}. didnt do 2nd ID
        check (photo on {{SystmOne}} + number) bc queue was kicking off & we were 25 min behind.
        realised when [[name:Piotr]] came up 5 min later. [[name:Pawel]] obs fine, {{NEWS2}} 0,
        told him + apologised, {{GP}} (dr [[name:achterberg]]) aware, advised obs at lunch +
        {{teatime}}, bit drowsy nothing more. {{duty of candour}} done. need: photo ID EVERY time
        even when rushed, and flag same-name pts on the hatch list. - [[name:sj]] {{RGN}}
    """)),
    ("health", "near_miss", prose("""
        {{Reception}} first-night screen, [[date:Friday 15 March]]. Mr [[name:Callum Strachan]]
        ([[case_reference:G2215TN]], [[age:34]]) arrived at {{20:40}} from
        [[organisation:Kenmore Magistrates' Court]] on the last van of the night; reception was one
        nurse short. The screen was completed by an {{agency nurse}} who recorded "alcohol:
        social". The {{PER}} ({{Person Escort Record}}) said "drinks 2 bottles vodka daily, last
        drink this morning" but that page was not seen. At the {{second-night screen}} on
        [[date:Sunday 17 March]], [[name:Adaeze]] ({{substance misuse nurse}}) found him sweating
        and tremulous with a {{CIWA-Ar}} score of 19. He was started on a {{chlordiazepoxide}}
        reducing regime and moved to a {{healthcare cell}} for observation. He did not have a
        seizure, but over a weekend with no medical cover this could have led to withdrawal
        seizures or {{delirium tremens}}. Learning: PER to be handed physically to the nurse;
        {{AUDIT-C}} for every new arrival; agency induction pack updated. Ref
        [[case_reference:HC-INC-2024-0217]].
    """)),
    ("health", "success", block("""
        SHOUT-OUT 👏 – {{Code Blue}}, {{D wing}}, [[date:Sat 6 April]]
        Huge thanks to [[name:Tash]] and [[name:Marek]] ({{HCAs}}) and {{Officer}} [[name:Gbemisola Adeyinka]].
        A man on the {{twos}} landing was found unresponsive after suspected {{PS}} use. Officer [[name:Adeyinka]] started {{CPR}} straight away, [[name:Tash]] brought the {{grab bag}} and {{defib}}, and [[name:Marek]] spotted pinpoint pupils and gave intranasal {{naloxone}} – it turned out there was {{heroin}} on the landing as well. He came round before the {{paramedics}} arrived, went to [[organisation:Royal Kenmore Infirmary]] and was back on the wing by [[date:8 April]].
        Calm, textbook teamwork. Thank you. 💙
        [[name:Lorraine]]
        {{Head of Healthcare}}
    """)),
    ("health", "incident", block("""
        ESCORT CHRONOLOGY – outpatient {{cardiology}} appointment
        Patient: [[name:Desmond Achebe-Lowe]], [[case_reference:A9152CR]]
        Escort: {{Officers}} [[name:Kirkby]] and [[name:Ahmed]] ([[organisation:Castlegate Secure Escorts]]); no nurse escort
        Date: [[date:23/04/2024]]

        {{08:10}} Van [[vehicle_registration:KX22 FPE]] leaves the {{gate}} 40 min late ({{escort risk assessment}} not signed).
        08:55 Arrive [[organisation:Royal Kenmore Infirmary]]; clinic has given the slot away, rebooked for 14:00.
        09:05–11:20 Waiting in the van in the hospital car park as per escort policy.
        11:20 Mr [[name:Achebe-Lowe]] reports {{chest pain}}, looks grey and sweaty.
        11:22 Officer [[name:Ahmed]] rings {{Control}} at [[organisation:HMP Fellgate]]; told to "bring him back to healthcare".
        11:31 Officer [[name:Kirkby]] decides instead to walk him to {{A&E}}, 200 m away.
        11:40 {{ECG}} in A&E – {{NSTEMI}}. Admitted to {{CCU}}; {{bed watch}} in place.
        Issues: Control staff are not clinically trained; escorts had no healthcare on-call number; patient kept in a van for over two hours. Ref [[case_reference:IR/FG/0781]].
    """)),
    ("health", "incident", block("""
        MEDICATION INCIDENT FORM
        Patient name: [[name:Ryszard Kowalczyk]]
        DOB: [[date_of_birth:11/08/1979]]
        Prison no: [[case_reference:A3308HW]]    {{NHS no}}: [[nhs_number:731 226 4905]]
        Location: {{E wing}}
        Date of incident: [[date:02/05/24]]
        Medication: {{sertraline}} 100mg, 28-day {{in-possession}} supply issued [[date:18/04/24]]
        Description: during a {{cell search}}, officers found 20 of Mr [[name:Kowalczyk]]'s sertraline tablets in the next-door cell, still in his labelled blister packs. He told me he had been "taxed" for them and had not taken any for about two weeks; reports low mood and poor sleep, denies thoughts of self-harm. His {{IP risk assessment}} was not reviewed when he moved from the {{VP unit}} to E wing.
        Actions: changed to {{not in possession}}, daily at the hatch; {{mental health in-reach}} referral; {{CSIP}} opened by wing staff; {{Safer Custody}} informed.
        Reported by: [[name:Bukola]] ({{RMN}})
    """)),
    ("health", "near_miss", block("""
        From: [[name:Anjali Ghosh]] <[[email:anjali.ghosh@calderhealth.nhs.uk]]>
        To: Dr [[name:Oyelowo]]; {{GP}} sessions inbox
        Cc: [[name:Mags Whitfield]]
        Date: [[date:Thu 16 May 2024]]
        Subject: Near miss – duplicate {{pregabalin}} – [[case_reference:A7720KL]]

        Hi Dr [[name:Oyelowo]],

        Flagging a near miss from Tuesday's GP session. Mr [[name:Jonjo Reilly]] ([[case_reference:A7720KL]]) was prescribed pregabalin 150mg BD at the session. He already had an active prescription from his {{community GP}} ([[organisation:Hartside Medical Centre]]) continued at reception as 300mg BD. Both would have printed on the {{MAR chart}} from tomorrow – 900mg a day. I picked it up at the {{clinical check}} before it went to the {{dispensary}}.

        No doses given. I've stopped the duplicate on {{SystmOne}}. Could you review and add a note? Given his history (two {{Code Blues}} linked to {{gabapentinoid}} misuse last year) I'd suggest a supervised plan.

        Thanks,
        [[name:Anjali]]
        [[name:Anjali Ghosh]] {{MRPharmS}} | {{Lead Pharmacist}}, [[organisation:Calder Health Partnership]] at [[organisation:HMP Fellgate]]
        [[phone:01632 960 481]]
    """)),
    ("health", "success", block("""
        HEALTHCARE CLINICAL GOVERNANCE – MINUTES
        [[organisation:HMP Fellgate]] Healthcare, [[date:28 May 2024]], {{Boardroom}}
        Present: [[name:Lorraine Kaczmarek]] ({{Head of Healthcare}}, chair); Dr [[name:Femi Oyelowo]] ({{GP}}); [[name:Anjali Ghosh]] ({{Lead Pharmacist}}); [[name:Ruairí Mac Giolla]] ([[organisation:Turning Tide Recovery]]); [[name:Bukola Adisa]] ({{mental health in-reach}}); Governor [[name:P. Sandhu]] ({{Safer Custody}})
        Apologies: [[name:Tash Greaves]] (HCA rep); Dr [[name:Iqbal]] ({{dental}})
        Item 3 – Learning from good practice: opt-out {{BBV}} testing in reception reached 94% in {{April}} (target 75%). 11 new {{hepatitis C}} diagnoses; 9 started on {{DAAs}} before release or transfer. [[name:Lorraine]] thanked the reception nurses, particularly [[name:Grace-Ann]], who set up the {{dried blood spot}} clinic on Saturdays. Action: share with {{NHS England}} {{Health and Justice}} commissioners ([[name:AG]]).
        Item 4 – {{Code Blue}} audit: average healthcare response 3 min 40 s; all within standard.
        Next meeting: [[date:25 June]].
    """)),
    ("health", "incident", block("""
        Teams – Healthcare Nights
        [[name:Kelechi O.]] {{22:14}}: has anyone done {{seg}} insulin? Mr [[name:Ferreira-Doyle]] ([[case_reference:A5561PB]]) teatime {{NovoRapid}} not signed on {{EPMA}}
        [[name:Joanne M]] 22:16: no 😬 {{CSU}} was locked down from 16:30 after the {{incident at height}} on {{A wing}}, we weren't allowed over
        [[name:Kelechi O.]] 22:17: his {{BM}} at 21:50 was 23.4, ketones 1.9. says he's had nothing since lunch
        [[name:Joanne M]] 22:18: ring {{OOH GP}}. I'll tell {{Oscar 1}} we're going over with an officer
        [[name:Kelechi O.]] 22:31: OOH advised correction dose per his plan + recheck in 1hr. given 22:35, witnessed by [[name:Joanne]]
        [[name:Kelechi O.]] 23:40: BM 14.2, ketones 0.6, eating toast. will Datix in the morning
        [[name:Rebecca Lund]] 07:05: thanks both. Datix ref [[case_reference:W-58113]]. Lockdowns shouldn't stop {{time-critical medicines}} – I'll raise it with the {{Duty Governor}} today.
    """)),
    ("health", "near_miss", block("""
        NIGHT → EARLY HANDOVER – [[date:Wed 12/06]]
        Nurse in charge (nights): [[name:Sunday Eze]]

        1. {{ACCT}} – [[name:Lewis Harper-Greig]] ([[case_reference:A1184QS]]), {{F wing}}, 2 obs/hr. NEAR MISS: at 03:00 the {{obs log}} already had "asleep, breathing" written for 02:00 but the {{night patrol}} officer said he hadn't done that check – the entry was for cell F3-12, not F3-22. [[name:Lewis]] was awake with a {{ligature}} made from his sheet on the bed; handed it over, no injury. {{Safer Custody}} informed, {{constant watch}} considered and not needed. Datix done.
        2. Mr [[name:Ogunleye]] – {{methadone}} 60ml, {{titration}} day 4, slept well, no signs of toxicity. {{OST}} review with [[name:Siobhán]] ({{IDTS}}) at 10:00.
        3. {{Healthcare cell}} 2 – [[name:Bashir]], {{food refusal}} day 3. Weight 71.2kg, drinking, refused bloods.
        4. {{Drug fridge}} 9.1°C at 06:00 – pharmacy aware.
        Signed: [[name:Sunday E.]], {{RMN}}
    """)),
    ("health", "incident", block("""
        {{CD register}} check – {{Treatment Room 1}}, [[date:19 June 2024]], {{07:30}}
        Drug | Register | Count | Checked by
        {{Methadone}} 1mg/ml oral solution | 2,410 ml | 2,410 ml | [[name:HK]] / [[name:JB]]
        {{Buvidal}} 64mg | 12 | 12 | [[name:HK]] / [[name:JB]]
        {{Espranor}} 8mg | 168 | 160 | [[name:HK]] / [[name:JB]]
        {{Diazepam}} 5mg | 84 | 84 | [[name:HK]] / [[name:JB]]

        Discrepancy: 8 x Espranor 8mg (one strip) unaccounted for. Last correct count 21:00 on [[date:18 June]] (nights: [[name:Beatriz Fonseca]] / [[name:Olamide Taiwo]]). The register shows 16mg given to Mr [[name:Teodorescu]] ([[case_reference:A2047NV]]) at the {{supervised consumption}} round, but his {{EPMA}} record shows 8mg. Not yet resolved. {{Head of Healthcare}} and {{CDAO}} informed; security asked for treatment room CCTV. {{NHS England}} CD report [[case_reference:CDLIN-24-0913]].
        – [[name:Hamza Khalil]] ({{Band 6}})
    """)),
    ("health", "success", block("""
        From: [[name:Ruairí Mac Giolla]] <[[email:r.macgiolla@turningtide.org.uk]]>
        To: Healthcare team, [[organisation:HMP Fellgate]]
        Date: [[date:15 July 2024]]
        Subject: thank you – release plan for [[name:DW]]

        Morning all,

        I wanted to say a proper thank you to [[name:Ola]] and [[name:Kieran]] for the release planning for [[name:DW]], who left on [[date:Friday 5 July]]. His last three releases were each followed by an {{overdose}} within a fortnight. This time he had a {{naloxone}} kit and training, a {{Buvidal}} injection the day before release so there was no gap in his {{OST}}, a community appointment booked with [[organisation:Ashgrove Drug and Alcohol Service]] for the Monday, and [[name:Ola]] rang his {{probation officer}} to make sure the appointment and the hostel matched up.

        His {{keyworker}} rang me yesterday: he attended, he's engaging, he's alive. That's down to you.

        Best,
        [[name:Ruairí]]
        {{Substance Misuse Lead}} | [[organisation:Turning Tide Recovery]] | [[phone:07700 900 157]]
    """)),
    ("health", "incident", prose("""
        At about {{14:15}} on [[date:9 July]], {{Reception}} {{Officer}}
        [[name:Gemma Pritchard-Ojo]] sustained a {{needlestick injury}} during a rub-down search of
        a new arrival. The needle was in the lining of his jacket; he had said "no" when asked about
        sharp items. [[name:Gemma]] made the wound bleed, washed it and came to the
        {{treatment room}}. I ([[name:Kamil]], {{Band 6}} nurse) did the risk assessment: the
        source, Mr [[name:Haverty]] ([[case_reference:A8830JD]]), disclosed {{injecting drug use}}
        and unknown {{hepatitis C}} status. [[name:Gemma]] went to
        [[organisation:Royal Kenmore Infirmary]] {{A&E}} for {{PEP}} assessment within the hour;
        she had not completed her {{hepatitis B}} vaccine course. Mr [[name:Haverty]] consented to
        {{BBV}} testing. Problems: no {{sharps-resistant gloves}} in reception since stock ran out
        on [[date:1 July]], and the {{occupational health}} number on the poster was out of date.
        Reported under {{RIDDOR}} by the establishment ([[case_reference:RID-2024-11930]]).
    """)),
    ("health", "near_miss", block("""
        RADIO NET LOG (extract) – [[date:20/07/24]]
        {{21:03}} {{Echo 4}}: "{{Code Red}}, Code Red, {{Bravo}} two-one-four"
        21:03 {{Hotel 1}} (healthcare): "Hotel 1 responding, {{Delta}} two-one-four"
        21:04 {{Oscar 1}}: "Negative Hotel 1, BRAVO, B for Bravo, two-one-four, read back"
        21:04 Hotel 1: "Bravo two-one-four, Hotel 1"
        21:07 Hotel 1: "On scene"
        Comment from responding nurse ([[name:Ama Owusu-Ansah]]): I misheard Bravo as Delta over the noise in the {{treatment room}}. Oscar 1 caught my readback straight away, so I lost under a minute – it could have been five if I'd run to {{D wing}}. The patient, [[name:Jordan]] ([[age:19]]), had superficial cuts to the forearm; dressed on scene, {{ACCT}} review held next morning with {{Safer Custody}}. Learning: always read back the location on Code calls; the healthcare radio earpiece has been broken since [[date:2 July]] – new one ordered.
    """)),
    ("health", "success", prose("""
        Good practice – {{reception}} screening. On [[date:2 August]] [[name:Mehmet Yıldız]], a
        {{healthcare assistant}} in reception, was screening a man transferred in from
        [[organisation:HMP Carrow Fields]], Mr [[name:Abdi]] ([[age:27]]). He mentioned three weeks
        of cough and night sweats and said his jeans were loose. [[name:Mehmet]] did not accept
        "it's just a cold", did a full set of {{NEWS2}} obs and asked the {{Band 5}} nurse to review
        before the man went to the {{first night centre}}. Mr [[name:Abdi]] was located in a
        single cell, staff used {{FFP3}} masks, and a {{chest X-ray}} was done at
        [[organisation:Royal Kenmore Infirmary]] the next day. {{Pulmonary TB}} was confirmed and
        treatment started. Because he had been isolated from arrival, {{UKHSA}} contact tracing
        covered only the escort van and one holding room instead of a whole wing.
        [[name:Mehmet]]'s curiosity probably prevented an outbreak. Shared at the
        {{health and justice}} learning forum.
    """)),
    ("health", "incident", prose("""
        pt [[name:lee gorman]] [[case_reference:A6650RX]] released from court today [[date:14/8]] -
        not back to us so no {{TTO}}s. hes on {{insulin}}, {{apixaban}} and {{olanzapine}}. nobody
        told hc he might walk from court (time served was always likely). his sis
        [[name:Kerry-Ann]] rang {{switchboard}} at 4pm asking where his meds were. gave her the
        [[organisation:Hartside Medical Centre]] number + emailed his summary to the surgery but
        their {{locum}} said earliest appt the [[date:19th]]. rang [[organisation:Oakwell Pharmacy]]
        who agreed {{emergency supply}} if he brings his release paperwork. hes at the hostel,
        [[address:9 Quarry Bank Road]] [[postcode:FM1 2HW]], [[name:kerry-ann]] taking
        him tonight. learning - court release risk never assessed for pts on
        {{time critical meds}}. prob needs a flag on {{NOMIS}}?? -[[name:bukky]]
    """)),
    ("health", "near_miss", block("""
        Teams – GP session chat, [[date:Mon 2 Sept]]
        [[name:Sofia Marchetti]] (GP) {{11:02}}: done {{F wing}} list, 14 seen. scripts on {{SystmOne}} for signing
        [[name:Thi Lan Pham]] (Pharmacy) 11:40: [[name:Sofia]] – {{amoxicillin}} for Mr [[name:Bello]] ([[case_reference:A4012GT]]): his community record says {{penicillin allergy}}, {{anaphylaxis}} in 2019 at [[organisation:St Cuthbert's Hospital]]. deliberate?
        [[name:Sofia Marchetti]] (GP) 11:43: no!! no alert popped up, I used the {{chest infection}} template. switching to {{doxycycline}} now. thank you 🙏
        [[name:Thi Lan Pham]] (Pharmacy) 11:45: the allergy was typed into free text on the {{GP2GP}} record, not coded – that's why. I'll code it and check his other entries
        [[name:Sofia Marchetti]] (GP) 11:46: please {{Datix}} it – any template that skips the allergy check needs looking at
    """)),
    ("health", "success", block("""
        💚 HEALTHCARE STARS – {{September}} nominations
        • [[name:Patience Mensah]] ({{pharmacy technician}}) – redesigned the {{C wing}} hatch queue with the wing officers so the lunchtime meds round now finishes before {{association}}. Zero missed doses all month.
        • [[name:Rocco Bianchi]] ({{HCA}}) – learned basic {{Albanian}} phrases for {{reception}} and made picture cards with [[name:Ardit]], one of our {{peer mentors}}.
        • {{Officer}} [[name:Jankowski]] – spotted a man on {{A wing}} with a swollen hot calf and walked him straight to {{triage}}; {{DVT}} confirmed at [[organisation:Royal Kenmore Infirmary]].
        • [[name:Will]] ({{IDTS}}) – stayed two hours late on [[date:Friday 13th]] so [[name:Patience]] and the release team could get a {{Buvidal}} dose in before a late-notice release.
        Winners get the famous mug ☕ and first dip in the {{Quality Street}}. – [[name:Lorraine K]], {{Head of Healthcare}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{Dangerous goods}} occurrence report [[case_reference:DGOR-24-0031]]. On
        [[date:14 January]], during build-up for [[flight_number:SKD741]], warehouse agent
        [[name:Kasia Wróbel]] noticed that a carton in a consolidation from
        [[organisation:Orbis Freight Forwarding Ltd]] (master {{AWB}}
        [[case_reference:618-40372915]]) was warm to the touch. The {{house AWB}} declared
        "computer accessories". The carton was isolated in the {{DG cage}} and opened with the
        {{DG acceptance}} supervisor, Mr [[name:Idowu]]. It held 120 loose {{lithium ion}} power
        banks with no {{UN3480}} marking, no {{Class 9}} label and no {{shipper's declaration}};
        two were swollen. The rest of the consolidation had already been built onto a {{PMC}}, so
        [[flight_number:SKD741]] was delayed 55 minutes while the pallet was broken down and
        re-screened. No fire or injury. [[name:Kasia]] was right to trust her hands over the
        paperwork. Reported to the {{CAA}} under the {{MOR}} scheme
        ([[case_reference:MOR-2024-00413]]); the forwarder's {{known consignor}} status is
        suspended pending review.
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT – {{Ground}}, [[date:03/02/24]], {{0242Z}}
        [[flight_number:SKELDON 741]]: Ground, [[flight_number:SKELDON 741]], stand 14, request push and start, {{information Delta}}
        GND: [[flight_number:SKELDON 741]], push and start approved, face east
        [[flight_number:SKELDON 741]]: Push and start approved, face west, [[flight_number:SKELDON 741]]
        (no correction from GND)
        {{Tug}} (intercom): brakes released, pushing back, tail west
        [[flight_number:BRIGHTAIR 22K]]: Ground, [[flight_number:BRIGHTAIR 22K]], holding on {{Alpha}} behind the pushing {{seven-three}}
        GND: [[flight_number:SKELDON 741]], STOP PUSH, STOP PUSH, I say again face EAST
        [[flight_number:SKELDON 741]]: Stopping, [[flight_number:SKELDON 741]]

        Commander's note (Capt [[name:Yusuf Demir]], [[aircraft_registration:G-SKDE]], {{B737-800BCF}}): our readback error, not picked up by {{ATC}} or by us. The {{tug driver}}, [[name:Lenny]], had already stopped on the {{wing walker}}'s signal. Estimated clearance to the {{B767}} on Alpha 40 m. Fourth night sector for both of us. Filed as {{ASR}} [[case_reference:ASR-24-0188]].
    """)),
    ("aviation", "success", block("""
        👏 SHOUT-OUT – {{Warehouse B}} nights, [[date:Sat 17 Feb]]
        Massive thanks to [[name:Joy Ekwueme]] ({{warehouse agent}}) and [[name:Bill]] ({{ramp supervisor}}) for Saturday night. [[name:Joy]] smelt solvent near a built-up {{PMC}} for [[flight_number:SKD318]] and wouldn't let it go to the {{dolly}} until it had been checked. [[name:Bill]] had the pallet broken down: one 20 L drum of {{UN1263}} paint ({{Class 3}}) had a split seam and was leaking into the {{shrink wrap}}. The drum was properly declared, but its outer packaging had been crushed by a heavier piece stacked on top. Spill kit used, {{airport fire service}} informed, drum offloaded, and the flight left on time with everything else.
        If that had gone on the aircraft... enough said. Proper {{just culture}} too – [[name:Joy]] reported the stacking problem against her own shift.
        – [[name:Rav]] ({{DG Manager}})
    """)),
    ("aviation", "incident", block("""
        TIMELINE – [[flight_number:SKD502]] / [[aircraft_registration:G-SKDA]] ({{B737-800BCF}}) – load shift found on arrival, [[date:21/02/2024]]
        {{01:05}} Loading complete, {{main deck}} positions A–K. {{Loadmaster}} [[name:Ivo Petrović]] signs the {{LIR}}.
        01:12 {{PIC}} Capt [[name:Strand]] accepts the {{load sheet}}.
        01:30 Off blocks. Moderate turbulence on the climb.
        03:48 On blocks. Handling agent reports the {{PMC}} in position C has moved about 15 cm aft; one {{side restraint lock}} found down.
        04:10 Engineering ([[name:Bongani]], {{B1}}) confirms lock C-R2 not engaged; no structural damage, {{ball mat}} rollers ok.
        04:40 {{Tech log}} entry made, {{MOR}} raised ([[case_reference:MOR-2024-00655]]).
        Findings: the lock check on the LIR was signed by one person for two – the second loader ([[name:Tomás]]) had been moved to another aircraft at 00:50 to cover sickness. Lighting in the aft main deck is poor and the lock indicators are hard to see.
    """)),
    ("aviation", "near_miss", block("""
        LOAD SHEET vs REWEIGH – [[flight_number:SKD226]] / [[date:02MAR]] / [[aircraft_registration:G-OJLF]]
        Pos | ULD | Load sheet kg | Reweigh kg | Diff
        A | {{PMC}} | 3,020 | 3,015 | -5
        B | PMC | 2,870 | 2,880 | +10
        C | {{PAG}} | 1,950 | 3,950 | +2,000
        D | PMC | 2,410 | 2,405 | -5
        41 | {{AKE}} | 640 | 640 | 0

        Found by {{loadmaster}} [[name:Dmitri Volkov]] when the {{main deck loader}} gave an overload warning lifting C. The {{weight slip}} for C was handwritten and the 3 read as a 1. A 2,000 kg change is outside {{LMC}} limits, so [[name:Ayesha Raza]] ({{load control}}) issued a new load sheet; trim still inside the {{envelope}}, departure 25 min late. The same error further aft could have put the {{CG}} out of limits. Action: weight slips printed from the scale, never handwritten. – [[name:Dmitri]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ferhat Aydın]] <[[email:f.aydin@tarnbrookhandling.co.uk]]>
        To: {{Ops Control}}, [[organisation:Skeldon Air Cargo]]
        Cc: [[name:Rav Gill]]
        Date: [[date:07 Mar 2024]] {{01:26}}
        Subject: [[flight_number:SKD744]] [[date:06 Mar]] – {{NOTOC}} not given to crew

        Dear all,

        Initial report. [[flight_number:SKD744]] ([[aircraft_registration:G-SKDC]]) departed at 23:52 with 180 kg of {{dry ice}} ({{UN1845}}) and two pieces of {{UN3481}} on board. The NOTOC was printed but left on the {{load control}} desk, and the commander signed the {{load sheet}} without it. Our {{load controller}}, [[name:Li Wei]], found it at 00:30. Ops Control sent the details to the crew by {{ACARS}} at 00:41 and Capt [[name:Olsen]] acknowledged. No effect on the flight, but neither the crew nor the fire service at destination would have known about the DG if something had gone wrong.

        Immediate action: NOTOC now stapled to the load sheet and handed over with it; NOTOC tick box added to the ramp agent's checklist.

        Regards,
        [[name:Ferhat]]
        {{Duty Station Manager}}, [[organisation:Tarnbrook Handling]] | [[phone:0161 496 0734]]
    """)),
    ("aviation", "success", block("""
        #load-control – Slack export, [[date:Thu 14 Mar]]
        @[[name:marta.k]] {{19:02}}: heads up [[flight_number:SKD911]] tonight has 3 x {{AKE}} with {{dry ice}} from [[organisation:Polar Pharma Logistics]], 450 kg total
        @[[name:dev.anand]] 19:05: is that on [[aircraft_registration:G-SKDF]]? the {{dry ice limit}} for the {{lower deck}} on that tail is 200 kg per hold with the {{packs}} on normal flow
        @[[name:marta.k]] 19:06: 😬 {{DCS}} didn't flag it, it only checks the total against the aircraft limit
        @[[name:dev.anand]] 19:09: split it – one AKE each in holds 1 and 4 (150 kg each), the third rolls to [[flight_number:SKD913]] at 02:10. I'll tell the customer
        @[[name:marta.k]] 19:12: done. {{NOTOC}} reissued, {{captain}} briefed
        @[[name:ollie_w]] 19:20: great catch both 👏 can one of you raise a {{hazard report}} so the DCS rule gets fixed
    """)),
    ("aviation", "near_miss", prose("""
        nr miss dock door 4 approx {{0320}}. {{RFS}} truck [[vehicle_registration:PN67 WZD]]
        reversing onto the door while [[name:deano]] was walking behind it w/ a {{pallet jack}} - no
        {{banksman}}, driver couldnt see him + reversing alarm either not working or not loud enough
        over the {{GPU}}. i shouted & banged on the trailer, driver stopped abt 1m from him.
        [[name:deano]] fine but shaken. driver ([[name:Krzysztof]], agency via
        [[organisation:Fenwick Haulage]]) said nobody told him to wait for a banksman. yellow
        walkway paint by door 4 worn off too. reported to {{shift lead}} [[name:Ade]]. pls can we
        get the alarm on that unit checked + banksman mandatory on doors 1-6. {{hi-vis}} was on so
        not a {{PPE}} thing. -[[name:mo]]
    """)),
    ("aviation", "incident", block("""
        EMPLOYEE ACCIDENT REPORT ({{RIDDOR}} screening)
        Name: [[name:Dariusz Kamiński]]
        DOB: [[date_of_birth:17/09/1988]]
        {{NI No}}: [[ni_number:JT 48 22 91 C]]
        Employee no: [[case_reference:TH-30217]]
        Home address: [[address:22 Sandpiper Road, Fellmouth]] [[postcode:FM3 8NJ]]
        Role: {{ramp agent}} ({{main deck loader}} operator)
        Date/time: [[date:11/04/2024]] {{22:40}}
        Aircraft/flight: [[aircraft_registration:EI-FKX]] / [[flight_number:SKD620]], {{stand}} 9
        Description: guiding a pallet from the loader into the {{main deck cargo door}}, his left hand was caught between the pallet edge and the {{door sill}} guide. Gloves worn. Deep cuts to two fingers.
        First aid: [[name:Comfort Asamoah]] ({{first aider}}) – dressing applied.
        Outcome: taken to [[organisation:Fellmouth General Hospital]] by taxi, 6 stitches, 4 days off work (not reportable).
        Cause: the {{PMC}} was overhanging its base by about 5 cm and should have been rejected at build-up.
        Supervisor: [[name:Ferhat Aydın]]
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP – GROUND OPERATIONS
        [[date:24 April 2024]], {{Crew Room}}, {{Hangar 2}}
        Attendees: [[name:Kit Ng]] ({{Safety Manager}}, chair); [[name:Rav Gill]] ({{DG Manager}}); [[name:Ayesha Raza]] ({{Load Control}}); Capt [[name:Helen Strand]] ({{Chief Pilot}}); [[name:Ivo Petrović]] ({{Loadmaster}}); [[name:Joy Ekwueme]] (warehouse rep)
        Apologies: [[name:Ferhat Aydın]] ([[organisation:Tarnbrook Handling]]); [[name:Sandy]] ({{Training}})
        1. {{ULD}} lock checks: since the {{two-person lock check}} began in {{March}} there have been no lock findings in 310 sectors. [[name:Kit]] thanked the loaders.
        2. {{Hidden DG}}: six undeclared lithium battery shipments intercepted in March, up from one in {{February}}, after [[name:Rav]]'s refresher for warehouse agents. [[name:Joy]] to share the "warm box" story at the next {{toolbox talk}}.
        3. {{Fatigue}}: three {{FRMS}} reports from the fourth-night pattern; [[name:Helen]] to take to the rostering review.
        AOB: {{CAA}} audit confirmed for [[date:9 May]].
    """)),
    ("aviation", "incident", block("""
        DUTY MANAGER HANDOVER – nights → days, [[date:Sun 28/04]]
        From: [[name:Gosia]]   To: [[name:Femi]]
        1. {{AOG}}: [[aircraft_registration:G-SKDC]] on stand 12. At 02:15 the {{main deck loader}} (fleet no. 4) contacted the lower fuselage aft of the cargo door while positioning. Dent approx 8 cm plus paint damage. Driver [[name:Aleks]] says the {{auto-level}} didn't cut out. Engineering ([[name:Jonah]], {{B1}}) inspected – aircraft AOG pending a {{structures}} assessment. [[flight_number:SKD408]] cancelled, freight moved to [[flight_number:SKD410]] on [[aircraft_registration:G-SKDE]]. Loader quarantined and tagged out. {{MOR}} drafted, needs sign-off.
        2. Staffing: 2 sick on nights, agency cover from 06:00.
        3. {{HMRC}} hold on 3 pieces for [[organisation:Vireo Biotech]] – paperwork is with {{Customs}}.
        Any Qs ring me after 2pm on [[phone:07700 900 285]]. [[name:G]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp – "Night Ramp 🛫" [[date:12/05/2024]]
        [01:14] [[name:Kofi A]]: who loaded {{hold 4}}?? the {{AVI}} boxes (day-old chicks) are right next to the {{AKE}} with {{dry ice}} 😡
        [01:15] [[name:Gintaras]]: {{LIR}} said 41 and 42, I just followed it
        [01:16] [[name:Kofi A]]: {{NOTOC}} has CO2 solid in 42. live animals and dry ice shouldn't share a hold, so the LIR is wrong
        [01:17] [[name:Neha]] 🌸: im in {{load control}} – will reissue. swap the AKE to hold 1 please
        [01:29] [[name:Gintaras]]: done, chicks have hold 4 to themselves 😂 <photo>
        [01:31] [[name:Kofi A]]: told the {{captain}} + new LIR on board. [[flight_number:SKD133]] off 10 min late
        [01:40] [[name:Neha]] 🌸: I'll write it up. looks like the {{DCS}} didn't flag it because the chicks were booked as {{GEN}} not AVI
    """)),
    ("aviation", "success", block("""
        From: [[name:Marguerite Osei-Lindahl]] <[[email:m.osei-lindahl@skeldonair.co.uk]]>
        To: Loadmasters
        Cc: [[name:Ivo Petrović]]
        Date: [[date:31 May 2024]]
        Subject: Thanks – [[flight_number:SKD905]] [[date:30 May]]

        [[name:Sunil]],

        I wanted to thank you properly for last night. Just before we closed up you queried the {{trim}} on the final {{load sheet}}: the {{ZFW}} {{CG}} looked further aft than you'd expect for that load. You were right – a 3,900 kg {{PMC}} had been entered in the {{DCS}} in position B when it was physically in L. With the correct position the take-off CG was outside the aft limit. We moved two pallets forward, got a new load sheet and left 30 minutes late, which is nothing.

        It takes confidence to stop a captain on a night departure, and you did it calmly and clearly. I've asked [[name:Ivo]] to use it in the next {{CRM}} session.

        Regards,
        [[name:Marguerite]]
        Capt [[name:M. Osei-Lindahl]] | {{Line Training Captain}} | [[organisation:Skeldon Air Cargo]]
    """)),
    ("aviation", "incident", prose("""
        FOD - yellow {{ratchet strap}} (our markings) found by {{airside ops}} on {{taxiway B}} at
        0540 [[date:tues 11/6]] after [[flight_number:SKD217]] ([[aircraft_registration:G-SKDA]])
        taxied out. prob came off the {{bulk hold}} door area, loader [[name:jamie-lee]] says straps
        were counted in but nobody counted them out. {{runway inspection}} found nothing else, crew
        reported no issues, {{ATC}} closed the twy for 12 min and 2 other departures were held.
        need a strap tally on the {{ramp checklist}} pls + a {{FOD bin}} by stand 6. photos sent to
        [[name:kit]] in safety. - [[name:RJ]]
    """)),
    ("aviation", "near_miss", prose("""
        {{Air Safety Report}} [[case_reference:ASR-24-0672]]. [[flight_number:SKD590]],
        {{B757-200PCF}} [[aircraft_registration:G-SKDB]], night sector, [[date:19 June]]. In the
        descent {{ATC}} cleared us to {{FL110}}. The {{first officer}}, as {{PF}}, set FL100 on the
        {{MCP}} and I, as {{PM}}, confirmed it without cross-checking the clearance. Passing FL115
        ATC queried our cleared level; we stopped the descent at FL108 and climbed back to FL110.
        No {{TCAS}} alert and no conflicting traffic. We were both on our fourth consecutive night
        and had slept badly because of building work next to the crew hotel
        ([[organisation:Harbourside Lodge]]). This is the second {{level bust}} I know of on this
        roster pattern. I ask that the {{FRMS}} group review it and that the hotel be changed.
        Submitted by the commander, [[name:Daniel Aheto]]; the first officer,
        [[name:Ingrid Solberg]], has read and agrees with this account.
    """)),
    ("aviation", "success", prose("""
        Learning report – {{DG acceptance}}. On [[date:3 July]] a consignment of
        {{radiopharmaceuticals}} ({{UN2915}}, {{Category III-Yellow}}) from
        [[organisation:Meridian Isotopes Ltd]] arrived for [[flight_number:SKD077]]. Acceptance was
        done by [[name:Aroha Ngata]], who noticed that the {{transport index}} on the labels (2.1)
        did not match the {{shipper's declaration}} (0.2). She checked the package with the
        {{dose rate meter}} and got a reading consistent with 2.1. Because the TI sets the
        separation distance from crew and {{live animals}}, loading it as declared would have put it
        too close to the {{flight deck}} bulkhead. The shipment was rejected, the shipper corrected
        the declaration and it flew the next night. [[name:Aroha]] used the checklist exactly as
        trained and did not accept "it's always 0.2" from the driver. Shared at the
        {{DG}} refresher training. – [[name:Rav Gill]], {{DG Manager}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind223", REPORTS))
