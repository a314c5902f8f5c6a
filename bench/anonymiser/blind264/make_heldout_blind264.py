"""Held-out blind corpus 264: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. All people, organisations, places and numbers are invented.

Settings:
- social_care (17): a children's rights and participation team and a children in care council -
  young people's forums, advocates, surveys, events.
- health (17): a sexual assault referral centre (SARC) - crisis workers, forensic examiners,
  ISVAs, police, follow-up care.
- aviation (16): an air display / airshow organiser's safety team - flying display directors,
  crowd line, marshals, pilots, weather holds.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe and aligned tables, RT transcripts, shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national agencies,
medical terms, drugs, aircraft types, generic days and times, acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind264.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        {{cicc}} mtg [[date:tues 4th]] - quick note b4 i forget
        - [[name:kez]] ([[age:15]]) v upset, [[name:dylan m]] read out bits of her survey answers to the whole group
        - survey was meant 2 be anon but paper copies had names printed at top (my fault, used the {{mail merge}} template from last yr)
        - took her out w/ [[name:sunny]] ({{advocate}}), calmed down after 20 mins, says she still wants to come {{next mth}}
        - need to let her {{IRO}} + {{SW}} know, [[name:dylan]] needs a chat re confidentiality too
        - all paper forms now in locked cab in {{participation office}}, anon online version from now on
        - {{DSL}} not needed, no disclosure in what was read out
        logged by [[name:JB]], {{participation officer}}
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Saturday 9 March]] the {{Children in Care Council}} held its spring residential at
        [[organisation:Thornbury Edge Outdoor Centre]]. During the evening session a volunteer
        photographer, [[name:Hollis Achterberg]], began uploading group photos to the council's public
        photo-sharing page before the {{consent register}} had been checked. Two of the young people
        pictured live in {{confidential placements}}, and one, [[name:Tiegan]] ([[age:13]]), has a
        {{non-molestation order}} protecting her from a birth parent. The {{participation lead}},
        [[name:Grace Ndiaye-Oduya]], noticed the album was public at {{21:40}} and had it taken down at
        {{21:52}}. The page analytics show no views or shares, and nothing identifying [[name:Tiegan]]'s
        placement was visible. Learning: photos stay on the {{encrypted tablet}} until two staff have
        checked consent; volunteers now get a short briefing on {{looked after children}} and why faces
        and backgrounds matter. Reported to the {{Designated Safeguarding Lead}} and to
        [[name:Grace]]'s line manager, [[name:Osei]].
    """)),
    ("social_care", "success", block("""
        Teams > Children's Rights & Participation > General
        [[name:Mo Rahman]]  16:02
        Massive shout-out to [[name:Faith]] and [[name:Tomasz Wiśniewski]] for {{Takeover Day}} on [[date:Fri 15 Nov]] 🎉
        [[name:Mo Rahman]]  16:03
        23 young people took over the {{Corporate Parenting Board}}, grilled the {{Director of Children's Services}} about {{pocket money}} and the {{setting-up-home allowance}}, and got a YES to free bus passes for care leavers up to [[age:25]]
        [[name:Faith]]  16:05
        thank u!! [[name:ellie-mae]] ([[age:17]]) chaired the Q&A and was amazing. [[name:Tomasz]] did all the {{easy read}} packs overnight
        [[name:Tomasz Wiśniewski]]  16:06
        team effort 💪 and thanks [[name:Pat]] in {{comms}} for sorting the {{BSL}} interpreter
        [[name:Pat Onyango]]  16:09
        anytime! photos (consented ones only 😉) going on the intranet {{Monday}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rhiannon Pryce-Edwards]] <[[email:r.pryce-edwards@brackenfield.gov.uk]]>
        To: {{Children's Rights Service}} - managers
        Sent: [[date:14 May 2024]] 09:12
        Subject: Data breach - advocacy referral to wrong carer - [[case_reference:CRS-ADV-0417]]

        Hi both,

        Yesterday I emailed the advocacy referral for [[name:Kayden Obi]] (DOB [[date_of_birth:02/11/2009]]) to his previous {{foster carer}}, Mrs [[name:Hallworth]], instead of his current carers. The form had his {{care plan}} summary, his new address ([[address:17 Orchard Rise, Kelsey Vale]] [[postcode:KV3 8TP]]) and his {{family time}} arrangements.

        Mrs [[name:Hallworth]] rang at 10:30 and confirmed she deleted it unread. I have told [[name:Kayden]]'s {{social worker}} and {{IRO}}, completed the {{data breach}} form, and {{Information Governance}} have logged it as [[case_reference:IG-2024-0388]]. {{Outlook}} autocomplete picked the old '[[name:Hallworth]]' entry - I've cleared my cached contacts and asked IT to remove ex-carers from the shared address book.

        Thanks,
        [[name:Rhiannon]]
        {{Children's Rights Officer}}
        [[organisation:Brackenfield Borough Council]]
        [[phone:01632 960 417]]
    """)),
    ("social_care", "near_miss", block("""
        CHILDREN IN CARE COUNCIL - PLANNING MEETING
        Date: [[date:Thurs 6 June]]    Venue: {{Youth Hub}}, room 2
        Present: [[name:Joy Asante]] (chair, {{participation worker}}), [[name:Bill Ferreira]] ({{advocacy manager}}), young people's reps [[name:Amber]], [[name:Rafi]] and [[name:K.L.]]
        Apologies: [[name:Siobhán Ní Bhriain]] ({{IRO}}), [[name:Will Garside]] ({{Virtual School}})

        Item 3 - Summer fun day
        [[name:Bill]] said the minibus booked for the day ([[vehicle_registration:KX19 PLU]]) failed its {{pre-use check}} on {{Monday}}: {{MOT}} expired in {{April}}. It would have carried 14 young people and 3 staff on the motorway. The hire firm, [[organisation:Gately Coach & Van Hire]], has swapped it for [[vehicle_registration:KY21 DMO]]. [[name:Amber]] asked who normally checks this - nobody did.
        Action: [[name:Joy]] to add MOT/insurance check to the {{event risk assessment}} template.

        Item 4 - {{Bright Spots}} survey results
        Deferred to [[date:4 July]].
    """)),
    ("social_care", "success", prose("""
        Good practice to share. [[name:Daniyal]] ([[age:16]]) wanted to complain that staff at his
        {{children's home}} took everyone's phones at {{9pm}}. His {{independent advocate}},
        [[name:Hope Mensah]], helped him write the complaint in his own words, went with him to the
        {{Stage 1}} meeting with the {{registered manager}} on [[date:22/04/24]], and made sure he got
        the outcome in writing. The home has changed its policy for all four young people living there
        and now agrees phone times in each {{placement plan}}. [[name:Daniyal]] said it was the 'first
        time an adult actually listened'. [[name:Hope]] stuck with this through three cancelled meetings
        and a change of manager. Bringing to the {{advocacy}} team meeting as {{UNCRC}} {{Article 12}}
        in action. - [[name:Becks]], {{team manager}}
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - CiCC trip to [[organisation:Marlow Point Trampoline Park]], [[date:27 July 2024]]
        10:00  Minibus left {{Youth Hub}} with 9 {{YP}}, staff [[name:Dariusz]] and [[name:Femi Adebayo-Clarke]]
        11:15  Arrived, counted 9 in
        12:40  Headcount at lunch = 8. [[name:Ro]] ([[age:12]]) missing
        12:42  [[name:Femi]] searched {{foam pit}} area and toilets, [[name:Dariusz]] stayed with group
        12:51  Park staff did a {{tannoy}} call, no response
        12:58  Rang {{EDT}} / {{manager on call}} ([[name:Nkechi]]), advised ring police if not found by 13:10
        13:04  [[name:Ro]] found in car park sitting in a taxi ([[vehicle_registration:WU68 XBN]]) with the driver, who said he was waiting for a fare and had let her in out of the rain
        13:06  [[name:Ro]] back with group, said she was 'bored'
        13:20  Police informed on {{101}}, log [[case_reference:CAD 4471-270724]]. [[name:Ro]]'s {{social worker}} and carers told
        Learning: headcount every 30 mins and at every room change; buddy pairs; {{Missing from Care}} protocol followed; return chat with [[name:Ro]] done by her {{advocate}}.
    """)),
    ("social_care", "near_miss", block("""
        Exported chat "CiCC crew 2024" - submitted by [[name:Marek Kowalczyk]] ({{participation officer}}) as a near miss, nothing was sent
        [[date:03/10/2024]], 19:47 - [[name:Shaz]]: hiya is tmrw forum still at the {{library}}??
        [[date:03/10/2024]], 19:52 - Aunty [[name:Bee]]: yes {{5pm}}! I'll send round the contact list so u can sort lifts between u x
        [[date:03/10/2024]], 19:53 - [[name:Marek K]]: WAIT dont send that [[name:Bee]] it has everyones home addresses + placement details
        [[date:03/10/2024]], 19:53 - [[name:Marek K]]: some young people cant have where they live shared, there are {{court orders}}
        [[date:03/10/2024]], 19:55 - Aunty [[name:Bee]]: omg sorry 🙈 not sent. will ask {{foster carers}} to sort lifts
        [[date:03/10/2024]], 20:10 - [[name:Marek K]]: np. reminder to all staff in here: this group has YP in it, nothing from {{LCS}} or the {{LAC}} list goes in here ever
        [[date:03/10/2024]], 20:12 - [[name:Shaz]]: 👍
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - Children's Rights & Participation Service
        Ref: [[case_reference:CRP/24/061]]
        Reported by: [[name:Lowri Vaughan]]    Role: {{Independent Visitor}} co-ordinator
        Young person: [[name:Jayden Olusegun]]    DOB: [[date_of_birth:19.08.2008]]
        Placement address: [[address:Flat 3, 41 Canal Street, Kelsey Vale]]  [[postcode:KV1 2DW]]
        NHS no: [[nhs_number:401 023 7856]]
        Date of incident: [[date:11/09/2024]]
        Description: [[name:Jayden]]'s volunteer {{Independent Visitor}}, [[name:Terry Ashdown]], took [[name:J]] back to his own house for tea during their visit without telling anyone. [[name:Jayden]] enjoyed it and says nothing worrying happened, but this is outside the {{IV agreement}} and Mr [[name:Ashdown]]'s {{DBS}} and risk assessment cover community visits only. His wife and adult son were also there and are not checked.
        Action: visits paused; Mr [[name:Ashdown]] spoken to [[date:12/09]]; {{LADO}} consulted - threshold not met; refresher training booked. {{IRO}} and {{social worker}} informed.
    """)),
    ("social_care", "success", prose("""
        This year's {{annual wellbeing survey}} for children in care got 61% returns, up from 19% last
        year. The difference was that young people designed it. Four {{CiCC}} members -
        [[name:Summer Blake]], [[name:Arjun]], [[name:Nia-Rose Campbell]] and [[name:Lukas]] - rewrote
        every question, cut it from 48 questions to 15, and added emoji scales for the {{under-11s}}.
        Our research partner [[organisation:Open Doors Youth Research CIC]] ran two sessions on
        {{data protection}} and {{informed consent}} so the group understood what 'anonymous' really
        means. Foster carers were asked not to help fill it in, and {{residential}} staff gave private
        time and a sealed envelope. [[name:Summer]] presented the results to the
        {{Corporate Parenting Panel}} on [[date:10 October]] and the panel agreed three actions. Worth
        copying: pay young people for their time (vouchers), and let them veto questions.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - advocacy duty phone, w/e [[date:18 Oct]]
        To: [[name:Paddy]]   From: [[name:Aisling]]
        - duty mob [[phone:07700 900 382]], charger in top drawer
        - NEAR MISS: phone was left on {{Do Not Disturb}} {{Sat}}. [[name:Cal]] ([[age:17]], {{supported lodgings}}) left a voicemail at {{22:14}} saying his landlady told him to leave. Not picked up till {{Sun}} 8am. Luckily he went to his mate's. {{EDT}} sorted an emergency bed Sun afternoon. Pls check {{DND}} is OFF every shift!!
        - [[name:Priya-Leigh]] ([[age:16]], [[organisation:Beckfield Road children's home]]) wants an advocate for her {{LAC review}} [[date:Weds 23rd]], {{IRO}} is Mr [[name:Fontaine]]
        - [[name:Mikey]] chasing outcome of his complaint, ref [[case_reference:COMP-3391]], due back [[date:25/10]]
    """)),
    ("social_care", "incident", block("""
        #crp-team  |  [[date:Wed 20 Nov]]
        @[[name:gracie.h]]  10:14  has anyone sent the {{Bright Spots}} raw data anywhere? [[organisation:Kelsey Vale College]] just emailed to say thanks for "the survey file"
        @[[name:ollie_tran]]  10:16  i sent them the summary slides??
        @[[name:gracie.h]]  10:17  it's the .xlsx not the slides. tab 3 has the free text incl 2 {{disclosures}} with first names 😬
        @[[name:ollie_tran]]  10:18  oh no. must have attached the wrong file. ringing them now
        @[[name:Wendell Osagie]]  10:31  college {{DSL}} (Ms [[name:Abara]]) has deleted it from inbox + deleted items, confirmed in writing. logged with {{IG}} as [[case_reference:IG-2024-0512]]
        @[[name:Wendell Osagie]]  10:33  @[[name:ollie_tran]] not a blame thing - pls add the "final check" step before any external send. both YP whose disclosures were in there are already known to {{MASH}}
        @[[name:ollie_tran]]  10:35  will do, sorry all
    """)),
    ("social_care", "success", prose("""
        big thank u to [[name:rose]] + [[name:nathaniel]] from the {{cicc}} who presented to the
        {{fostering panel}} on [[date:5th dec]] about what makes a good first night in a new placement.
        they brought the 'welcome box' idea (toothbrush, charger, snacks, a note from the carer) and
        panel loved it. [[name:rose]] was nervous but did the whole thing with no notes!! {{head of service}}
        has agreed to fund a welcome box for every new placement from {{jan}}. also thanks to
        [[name:gareth]] from the {{fostering team}} for the practice run the night b4. proud of u both
        🥹 - [[name:ness]] ({{participation}})
    """)),
    ("social_care", "incident", block("""
        CiCC Awards Evening, [[date:12 December 2024]] - dietary/medical sheet (copy attached to incident [[case_reference:CRP/24/088]])
        | YP | Age | Needs | Carer contact |
        | [[name:Zainab]] | [[age:11]] | nut allergy, {{EpiPen}} x2 | [[phone:07700 900 618]] |
        | [[name:Oisín]] | [[age:9]] | {{coeliac}} | [[phone:07700 900 244]] |
        | [[name:T-J]] | [[age:14]] | none | [[phone:07700 900 903]] |
        | [[name:Marley]] | [[age:12]] | {{halal}} | [[phone:07700 900 157]] |
        What happened: the caterer, [[organisation:Hartley & Daughters Catering]], labelled the brownies "nut free" but used ground almonds. [[name:Zainab]] ate half of one and her lips swelled within 5 mins. [[name:Dom]] ({{first aider}}) gave the {{adrenaline auto-injector}}, 999 called, {{paramedics}} took her to [[organisation:Kelsey Vale General Hospital]] {{A&E}} with her carer. Discharged same night.
        Learning: allergens checked against this sheet by a named staff member, not just the caterer's label.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Faith Adeyemi-Brooks]]
        To: [[name:Joel]]; [[name:Chantelle]]
        Date: [[date:Mon 13 Jan 2025]]
        Subject: CiCC elections form - caught before launch

        Hi [[name:Joel]], hi [[name:Chantelle]],

        Just logging this so it's on record. The online ballot for {{CiCC}} chair was due to go out to 140 young people {{Tuesday}}. When [[name:Kofi]] ([[age:15]], one of our {{young inspectors}}) tested it, he noticed it asked for full name, date of birth AND home postcode, and the responses sheet was set to 'anyone with the link can view'. Any young person could have seen where the others live, including children in {{secure}} or {{confidential placements}}.

        No real responses had been collected. I've removed DOB and postcode, restricted the sheet to our team, and [[name:Chantelle]] is adding a {{DPIA}} screening step to our events checklist. [[name:Kofi]] gets a voucher and a mention at the next {{Corporate Parenting Panel}}!

        [[name:Faith]]
        {{Participation & Engagement Lead}}
        [[phone:07700 900 540]]
    """)),
    ("social_care", "success", block("""
        LEARNING REPORT - good practice
        Service: {{Children's Rights & Participation}}
        Submitted by: [[name:Ifeoma Chukwu]] ({{senior advocate}})
        Date: [[date:28/02/2025]]
        Summary: After the {{CiCC}} told us that {{LAC reviews}} felt 'like a meeting about me without me', three young people ([[name:Jordan]], [[name:Leah]] and [[name:Sunny Baptiste]]) co-wrote a one-page 'My Review, My Way' form with the {{IRO service}}. Young people choose where the review happens, who comes, and what gets talked about first.
        Outcome: in the first quarter 34 reviews used it; 29 were chaired or co-chaired by the young person. One {{IRO}}, Ms [[name:Kaczmarek]], said her reviews were shorter and better attended, and {{social workers}} said plans were more realistic.
        Spread: [[name:Sunny]] presented it at the regional IRO conference; two neighbouring councils have asked for the template.
    """)),
    ("social_care", "incident", prose("""
        laptop bag stolen from my car ([[vehicle_registration:LV17 HRE]]) on the retail park
        [[date:thurs 20/3]] approx {{6.45pm}}, back window smashed. laptop is encrypted ({{BitLocker}})
        so prob ok BUT my paper notebook was in there - notes from 3 advocacy visits today w/ first names,
        placements and [[name:Alfie]]'s new school. reported to police, crime ref
        [[case_reference:WC/25/031187]]. rang [[name:Bill]] (my {{mgr}}) who said log it as a
        {{data breach}} tonight. will tell the 3 YP + their {{SWs}} tmrw. [[name:Alfie]] is on a {{CP}}
        plan so his sw needs to know asap re school. lesson: i know we're not meant to use paper
        notebooks, will type straight into {{LCS}} from now. - [[name:Nadia]]
    """)),
    # ------------------------------------------------------------------ health: SARC (17)
    ("health", "incident", block("""
        late shift [[date:sat 12th]] - {{CW}} notes
        2 clients in same evening, both police referrals. swabs for client 2 ([[name:Mel]]) had client 1's ref [[case_reference:SARC-24-1187]] printed on the {{chain of evidence}} labels - should have been [[case_reference:SARC-24-1188]]. label printer was still on the last job
        spotted by {{SOIT}} officer DC [[name:Farrant]] when she was signing for the samples at handover
        {{FME}} Dr [[name:Baptiste-Léger]] relabelled with a witnessed correction, both signed, {{exhibit bags}} resealed
        client 1 ([[name:Aaliyah]]) samples checked too, all correct
        rang {{crisis manager}} [[name:Hyun-woo]], {{datix}} done
        printer now gets cleared before every client + 2 person check on labels b4 sealing
    """)),
    ("health", "near_miss", prose("""
        A client, [[name:Yasmin Haddad]] ([[age:19]], NHS [[nhs_number:720 451 9639]]), attended the
        {{Emergency Department}} at [[organisation:St Cuthbert's Hospital]] on [[date:2 February]] before
        being referred to us. The ED nurse collected an {{early evidence kit}} urine sample because of
        possible {{drug-facilitated sexual assault}}, but it went into the general sample fridge without a
        label and was due to be binned at the end of the night shift. Our {{crisis worker}},
        [[name:Rosalind]], rang the ED to ask about it when [[name:Yasmin]] mentioned 'the pot'. The
        nurse in charge, Sister [[name:Mwale]], found it at {{06:50}}, ten minutes before the fridge
        clear-out. It was bagged, labelled and handed to the police with a continuity statement from
        Sister [[name:Mwale]]. {{Toxicology}} later detected {{GHB}}. Learning: we have sent the ED a
        one-page {{EEK}} guide and asked for a {{SARC}} sticker on their fridge.
    """)),
    ("health", "success", block("""
        From: [[name:Claire Beaumont-Aziz]] <[[email:c.beaumont-aziz@larkspurcentre.org.uk]]>
        To: [[name:Thandiwe Moyo]]
        Cc: {{ISVA}} team
        Date: [[date:7 August 2024]]
        Subject: Thank you

        Dear [[name:Thandiwe]],

        I want to put on record my thanks for the way you supported [[name:Niamh]] through the trial at [[organisation:Wexmoor Crown Court]] last week. You arranged the {{pre-trial visit}}, got {{special measures}} agreed for a {{screen}} and {{live link}}, and sat with her through two days of {{cross-examination}}. [[name:Niamh]] told me she 'would have walked out on day one' without you. You also spotted that the {{Witness Service}} had her old surname on their list and got it changed before she arrived.

        Whatever the verdict, this was ISVA work at its best.

        Best wishes,
        [[name:Claire]]
        {{Service Manager}}, [[organisation:The Larkspur Centre]]
    """)),
    ("health", "incident", block("""
        Timeline - interpreter confidentiality incident, ref [[case_reference:LC-INC-0093]], [[date:19/05/2024]]
        14:05  Client Mrs [[name:Azadeh Rostami]] arrives with {{SOIT}} officer; needs {{Farsi}} interpreter
        14:20  Telephone interpreter booked via [[organisation:LinguaBridge Ltd]]
        14:40  Interpreter joins by phone, introduces herself as [[name:Shirin]]
        14:44  Client becomes distressed, says [[name:Shirin]] is a family friend of her husband (the suspect)
        14:45  {{Crisis worker}} [[name:Kwame]] ends the call
        14:46  Client worried [[name:Shirin]] will tell the family. Reassured; {{safety plan}} reviewed with {{IDVA}} by phone
        15:35  Face-to-face interpreter from a different agency arrives, {{forensic medical examination}} starts
        17:10  Client discharged to {{refuge}} (address not recorded here)
        Actions: [[name:Kwame]] reported to agency, who confirm [[name:Shirin]] is bound by their {{code of conduct}} and removed from our bookings. We now tell clients the interpreter's first name before connecting and offer an out-of-area interpreter where the community is small.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Client: [[name:Demi Carrow]]    DOB: [[date_of_birth:14/03/2001]]    Age: [[age:23]]
        NHS No: [[nhs_number:612 884 3026]]    SARC ref: [[case_reference:SARC-24-0762]]
        GP: [[organisation:Millbrook Lane Surgery]]
        Date/time: [[date:30/06/2024]] 11:20
        What nearly happened: {{FNE}} was about to give {{levonorgestrel}} 1.5 mg {{emergency contraception}}. {{Crisis worker}} [[name:Jo]] double-checked the medication list and saw the client takes {{carbamazepine}} for {{epilepsy}} - an {{enzyme inducer}}, so the standard dose may not work.
        Outcome: FNE [[name:Gurpreet]] discussed options; client chose a {{Cu-IUD}}, fitted by [[organisation:Wexmoor Sexual Health]] the same day. {{PEPSE}} not indicated.
        Learning: medication reconciliation box moved to the top of the {{proforma}}; {{BNF}} interaction check before any EC is given.
    """)),
    ("health", "incident", block("""
        [Teams chat - SARC admin & ISVA, [[date:Tue 3 Sept]]]
        [[name:Leanne Fitzgerald]] 09:14: morning - client [[name:Bethan]] just rang in tears. her follow-up appt letter went to her home address and her partner opened it
        [[name:Leanne Fitzgerald]] 09:15: record says NO POST, text only to [[phone:07700 900 771]]
        [[name:Jakub]] 09:18: 😔 was that the batch I printed yesterday? the {{mail merge}} pulls from {{SystmOne}} not our {{case management system}}
        [[name:Jakub]] 09:19: the no-post flag doesn't carry across
        [[name:Ama]] ({{ISVA}}) 09:25: I'm on the phone with her now. partner isn't the suspect but she hadn't told him. she's ok-ish, wants to see me {{Thursday}}
        [[name:Leanne Fitzgerald]] 09:40: logged as [[case_reference:LC-INC-0101]]. all letters paused till the merge is fixed, texts only
    """)),
    ("health", "success", prose("""
        shout out to [[name:precious]] on nights [[date:fri 18th]] - [[age:15yo]] came in w/ {{mum}}
        after a disclosure at school, v scared of the exam and kept saying she wanted to go home.
        [[name:precious]] sat with her for nearly 2 hrs, explained the {{body map}} using the doll, let
        her pick the music + a hoodie from the {{comfort box}}, and never rushed her. {{paeds FME}}
        Dr [[name:Lindqvist]] said it was the calmest exam she's done in ages and the {{colposcope}}
        bit was over in 10 mins. followed up by {{CYP ISVA}} [[name:Kemi]] on mon. great work all 💜
        - [[name:gail]] ({{shift lead}})
    """)),
    ("health", "incident", block("""
        SHIFT HANDOVER - forensic suite, nights -> days, [[date:Sun 6 Oct]]
        From: [[name:Marguerite]] ({{crisis worker}})   To: [[name:Sanjay]] / [[name:Ebony]]
        1. INCIDENT: {{forensic room}} 2 used at {{03:10}} for client [[case_reference:SARC-24-1302]] BUT the {{decontamination}} log for the previous client was not signed off. Can't confirm the room was cleaned to {{DNA}}-free standard. {{FME}} Dr [[name:Ogunleye]] has noted the possible contamination risk on the {{forensic proforma}}; police (DS [[name:Whitlock]]) informed, log [[case_reference:WX-0610-0047]].
        2. Room 1 cleaned, signed, restocked.
        3. {{PEPSE}} starter packs: 2 left - please order today.
        4. [[name:Ebony]] pls ring client [[name:Fran]] re her 10am, she wants to move it.
    """)),
    ("health", "near_miss", block("""
        [[organisation:LARKSPUR CENTRE]] - MONTHLY GOVERNANCE MEETING - [[date:11 March 2025]]
        Present: [[name:Claire Beaumont-Aziz]] (chair), Dr [[name:Ilse Verhoeven]] ({{clinical lead}}), [[name:Thandiwe Moyo]] ({{ISVA}} manager), DI [[name:Roscoe]] ({{police}})
        Apologies: [[name:Hyun-woo Park]], [[name:Faith Mbatha]] ({{commissioning}})

        Item 2 - Near miss: disclosure request
        A {{CPS}} request for ISVA notes for client [[case_reference:SARC-24-0514]] under the {{third party material}} protocol was nearly answered by sending the whole file, including notes from {{counselling}} sessions. [[name:Thandiwe]] stopped it at sign-off.
        Agreed: all {{disclosure}} requests go to the ISVA manager; notes reviewed against the request line by line; the client is told before anything is sent.

        Item 3 - {{FSR Code}} audit
        Deferred to [[date:8 April]].
    """)),
    ("health", "incident", block("""
        From: [[name:Pieter van der Berg]] <[[email:p.vanderberg@larkspurcentre.org.uk]]>
        To: [[email:sarc.manager@larkspurcentre.org.uk]]
        Date: [[date:Mon 21 Oct 2024]] 08:05
        Subject: Fridge temp excursion - vaccine stock

        Hi,

        Arrived this morning to find the {{medicines fridge}} at 14.2°C (max recorded 15.1°C over the weekend). The door had not shut properly after the {{Saturday}} night client. {{Hepatitis B vaccine}} x4 vials quarantined; pharmacy at [[organisation:Wexmoor General Hospital]] advise discard. One dose was given at 23:00 Sat from that fridge, so I've asked {{FME}} Dr [[name:Kowalski]] to contact the client to arrange a repeat dose. {{Ulipristal}} and {{PEPSE}} packs are room temperature and unaffected.

        Datix [[case_reference:LC-INC-0118]]. New door alarm ordered.

        [[name:Pieter]]
        {{Clinical Nurse Specialist}}
    """)),
    ("health", "success", prose("""
        Following a review of missed follow-up appointments, the SARC agreed a pilot with
        [[organisation:Harcourt Road Medical Practice]] so that clients who consent can have their
        two-week {{STI screening}} and three-month {{HIV}} and {{syphilis}} bloods at their own GP rather
        than coming back to the centre. Between [[date:1 April]] and [[date:30 September]], 22 clients
        consented and 19 completed all follow-up, compared with about half previously. The
        {{practice nurse}} lead, [[name:Joy Kamau]], set up a discreet template on the GP system so the
        reason never shows on the appointment screen. One client, [[age:aged 58]], said she 'wouldn't have
        come back into the city'. Our {{ISVA}} [[name:Ravi]] and {{FNE}} [[name:Orla]] trained the
        practice team. Recommendation: extend to the other three practices in the {{PCN}}.
    """)),
    ("health", "incident", block("""
        Sample storage audit - carried out [[date:04/11/2024]] by [[name:Ebony Lewis-Grant]]
        | Ref | Kit | Taken | Retention | Consent form | Issue |
        | [[case_reference:SARC-22-0417]] | full {{forensic kit}} | [[date:13/08/2022]] | 2 yrs | missing | past retention, no consent on file |
        | [[case_reference:SARC-22-0433]] | {{EEK}} | [[date:21/08/2022]] | 2 yrs | signed | ok - extension signed |
        | [[case_reference:SARC-23-0108]] | full {{forensic kit}} | [[date:02/03/2023]] | 7 yrs | missing | scanned copy not found |
        | [[case_reference:SARC-22-0490]] | {{toxicology}} | [[date:30/09/2022]] | 2 yrs | signed | past retention - should have been destroyed |
        Summary: 2 kits held past the consented period, 2 with no consent form on file. Breach of our {{FSR}} {{Code of Practice}} procedures and {{UK GDPR}}. Both affected clients contacted via their {{ISVA}}; kit [[case_reference:SARC-22-0490]] destroyed with a witness on [[date:05/11/2024]]. Retention dates now on a shared calendar with monthly checks.
    """)),
    ("health", "near_miss", block("""
        On-call FME group (WhatsApp) export, submitted by [[name:Hyun-woo Park]] ({{crisis manager}})
        [[date:22/12/2024]], 17:02 - [[name:Hyun-woo Park]]: quick check - who's 1st on-call for [[date:24th]] nights? rota says [[name:Callum]] but I think he swapped
        [[date:22/12/2024]], 17:10 - [[name:Callum R]]: swapped with [[name:Tosin]] weeks ago, should be on {{eRoster}}?
        [[date:22/12/2024]], 17:14 - [[name:Tosin]]: yes I took [[date:24th]] for [[date:27th]] with [[name:Callum]]... but I'm on annual leave [[date:24th]]-[[date:26th]] 😬 totally forgot
        [[date:22/12/2024]], 17:20 - Dr [[name:Ilse Verhoeven]]: I'll cover nights. everyone please check your swaps are actually on the system, we can't run a {{SARC}} without an {{FME}} over Christmas
        [[date:22/12/2024]], 17:21 - [[name:Hyun-woo Park]]: thank you! logging as near miss. {{eRoster}} fixed + checked to [[date:2 Jan]]
    """)),
    ("health", "success", block("""
        {{Learning from Excellence}} nomination - from DS [[name:Kerry-Ann Whitlock]], [[organisation:Wexmoor Police]]
        Nominees: [[name:Ama Boateng]] ({{ISVA}}) and PC [[name:Liam O'Driscoll]] ({{SOIT}})
        What happened: a woman [[age:aged 82]] with mild {{dementia}} reported being raped by a care worker. [[name:Ama]] and [[name:Liam]] arranged a home visit with a {{registered intermediary}}, recorded a proper two-stage capacity assessment under the {{Mental Capacity Act}}, and did the {{ABE}} interview at her daughter's kitchen table with portable kit. The {{forensic examination}} was done by {{FME}} Dr [[name:Achebe]] at the SARC with her daughter present, at her pace over two days. Suspect arrested [[date:9 January]].
        Why it matters: older victims are rarely referred to SARCs at all. This should be our standard.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - [[organisation:The Larkspur Centre]]
        Ref: [[case_reference:LC-INC-0127]]
        Client name: [[name:Kieran Doyle-Mbeki]]    DOB: [[date_of_birth:07/07/1998]]
        NHS: [[nhs_number:485 777 3104]]    NI: [[ni_number:JT 48 21 96 B]]
        Address: [[address:22 Weaver's Yard, Hollinsby]]    Postcode: [[postcode:WX9 4LR]]
        Date: [[date:17/01/2025]]
        Description: Client has a {{learning disability}}. At {{16:20}} the {{forensic consent form}} was signed by his support worker, [[name:Gemma]], not by him, and the exam started. {{FNE}} [[name:Oluwaseun]] stopped at {{16:35}} when she realised. Capacity was then assessed properly ({{MCA}}); with {{easy read}} support he had capacity and gave his own consent, and the exam restarted at 17:05. The {{mouth swab}} taken before 16:35 is retained but flagged to police.
        Note: [[name:Kieran]]'s ISVA is supporting his {{CICA}} claim, hence NI number recorded.
    """)),
    ("health", "near_miss", prose("""
        nearly sent [[name:Ruby]] home in a taxi booked on the SARC account - booking name shows on the
        driver's screen as '[[organisation:LARKSPUR SARC]]'. driver ([[organisation:Swift Cars]], reg
        [[vehicle_registration:YD70 KTW]]) was already outside, [[name:Ruby]] lives in a small village
        and doesnt want neighbours to know. spotted by [[name:Babajide]] ({{receptionist}}) at the door
        when he read the screen. cancelled, rebooked under the generic account w/ ref
        [[case_reference:TX-5521]]. told [[organisation:Swift Cars]] to change our account name
        permanently. nobody saw it this time. {{crisis worker}} to check booking name on every
        {{taxi}} from now. {{SOIT}} and {{ISVA}} aware.
    """)),
    ("health", "success", block("""
        CALL LOG SUMMARY - 24/7 helpline, [[date:Wed 15 Jan]]
        Call handler: [[name:Mags]] ({{CW}})
        00:12  Caller gives first name [[name:Jade]], says she is [[age:20]]
        00:13  C: "I don't know if it counts, it was my boyfriend"
        00:14  CW: explained we see anyone, no need to report to police to come in
        00:20  Agreed {{self-referral}}; assault was {{Monday}} night so {{forensic window}} still open
        00:27  {{PEPSE}} risk discussed - condom not used
        00:31  Booked in for 10:00; taxi arranged
        Outcome: attended 09:50, PEPSE started 58 hours post-assault (inside 72 hrs), {{forensic samples}} stored for 2 yrs without a police report. [[name:Mags]] kept her on the line for 19 mins while she decided. Good practice: {{trauma-informed}} language, no pressure to report.
    """)),
    # ------------------------------------------------------------------ aviation: airshow (16)
    ("aviation", "incident", block("""
        RT TRANSCRIPT (extract) - display frequency, [[date:Sat 14 June]], Day 1
        {{Flying Display Director}}: [[name:Graham Oyelaran-Price]]
        15:41:05  [[aircraft_registration:G-CKVX]]: "Display Control, [[aircraft_registration:G-CKVX]] pair, running in from the south, two minutes."
        15:41:12  {{FDD}}: "[[aircraft_registration:G-CKVX]] pair, display area is yours, {{QNH}} 1012, wind 240 at 15."
        15:44:30  FDD: "Number two, you're inside the {{display line}}, pull out, pull out."
        15:44:33  [[aircraft_registration:G-BYHU]]: "Two, pulling out."
        15:44:40  FDD: "Knock it off, knock it off. Pair hold south, 2000 feet."
        15:44:46  [[aircraft_registration:G-CKVX]]: "Knock it off, holding south, 2000."
        NOTE: No.2 ({{Yak-52}} [[aircraft_registration:G-BYHU]], pilot [[name:Lars Henningsen]]) crossed the 230 m display line by an estimated 60 m during the opposition pass, towards the {{crowd line}}. Display stopped. Pilot stood down for Day 2 pending review by his {{DAE}}. {{MOR}} filed, ref [[case_reference:MOR-2025-11402]].
    """)),
    ("aviation", "near_miss", prose("""
        marshal post 6 (north car park fence) approx {{13.20}} sat: bloke flying a drone over the crowd,
        about 100ft up, during the {{Spitfire}} slot. told him to land it, he refused till [[name:Amber]]
        (post 7) came over w/ the radio. {{FDD}} said he'd hold the next act if it wasnt down in 2 mins.
        landed ok. name given as [[name:Craig Pellow]], car [[vehicle_registration:BF66 ROA]]. police
        ({{event liaison}} PC [[name:Dineen]]) took details + the drone. there's a
        {{flight restriction zone}} for the show on the {{NOTAM}} so he had no business flying it. could
        of been v bad if it went into the {{display box}} - [[name:woody]] ({{marshal}})
    """)),
    ("aviation", "success", block("""
        [Teams - #safety-team]
        [[name:Imogen Stroud]] 18:44
        Huge thanks to [[name:Ade]] and the {{met desk}} today. Cloud base came down to 800ft at 14:10 - [[name:Ade]] called the {{weather hold}} 10 min before it hit, every display pilot was on the ground or holding clear, no-one pushed it
        [[name:Barty]] 18:46
        +1. the {{PA}} commentary team kept the crowd happy through the 40 min hold. [[name:Sunny Okoro]] on the mic did a quiz 😂
        [[name:Ade]] 18:50
        team effort - {{FDD}} backed the call straight away and the {{Extra 300}} and {{Harvard}} pilots both said thanks for the early warning. went {{GREEN}} to {{AMBER}} to {{RED}} in about 20 mins so we'd have been caught out
        [[name:Imogen Stroud]] 18:52
        putting this forward for the [[date:28 June]] {{safety review}} as good practice
    """)),
    ("aviation", "incident", prose("""
        At approximately {{11:35}} on [[date:Sunday 15 June]], a grey {{Audi}} estate, registration
        [[vehicle_registration:EK20 MWL]], drove through {{Crash Gate 3}}, which had been left unlocked
        after a {{fire tender}} exercise, and onto the {{perimeter track}} while the {{Chipmunk}} was
        taxiing out. The driver, Mr [[name:Desmond Ackroyd-Pell]], said he was looking for the
        {{disabled parking}}. {{Airside}} marshal [[name:Precious Nwachukwu]] waved him down about 150 m
        from the aircraft and the pilot held position. {{ATC}} were informed and the display sequence
        was delayed by six minutes. The gate was locked and a marshal posted there for the rest of the
        weekend. Root cause: nobody was assigned to re-secure the gate after the exercise. Reported to
        the {{Flying Control Committee}} and notified to the {{CAA}}.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - fuel bowser near spectator queue, [[date:Sat 2 Aug]]
        09:30  {{Avgas}} bowser ([[vehicle_registration:AJ14 FYV]]) parked by contractor [[organisation:Northfold Aviation Fuels]] on hardstanding behind {{Hangar 2}}
        10:15  Gates open. {{Hospitality chalet}} overflow queue forms along the fence 20 m from the bowser
        10:40  Marshal [[name:Joss]] sees children leaning on the fence and a man smoking in the queue
        10:42  [[name:Joss]] radios {{Safety Officer}} [[name:Rukhsana Qureshi]]
        10:50  Queue moved, {{No Smoking}} signs up, smoker asked to put it out
        11:05  Bowser moved to the {{fuel farm}} by driver [[name:Tadeusz]]
        Learning: site plan had the bowser at the fuel farm but the contractor was never sent the plan. {{RFFS}} cover was not positioned for that spot. Fuel contractor now attends the 08:00 briefing.
    """)),
    ("aviation", "success", block("""
        From: [[name:Graham Oyelaran-Price]] <[[email:fdd@saltmarshairshow.co.uk]]>
        To: marshals list
        Date: [[date:16 June 2025]]
        Subject: Thank you - crowd line weekend

        All,

        From the tower it's easy to forget you're out there for nine hours in the sun. This weekend we had zero {{crowd line}} breaches across 27 displays, and every {{weather hold}} and restart went to plan.

        Special mention to [[name:Hope Adjei]] and [[name:Kit Farraday]] on the {{secondary crowd line}} by the beach, who calmly moved about 60 people off the dunes before the {{Hawk}} display, and to [[name:Will]] at {{Post 12}}, who spotted a child under the barrier during the {{Sea Fury}} and had her back with her dad in seconds.

        Please send any near misses to [[name:Rukhsana]] by {{Friday}} - the {{FCC}} reads every one.

        Regards,
        [[name:Graham]]
        {{Flying Display Director}}
        [[organisation:Saltmarsh Airshow Ltd]]
        [[phone:07700 900 455]]
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT
        Event: [[organisation:Saltmarsh Airshow]] - Day 2
        Injured person: [[name:Marcus Thorne-Adebayo]]    Role: volunteer {{marshal}}
        DOB: [[date_of_birth:23/01/1964]]    Age: [[age:61]]
        Address: [[address:Flat 9, Kingfisher Court, 4 Harbour Road, Saltmarsh]]    Postcode: [[postcode:SM4 2NE]]
        Phone: [[phone:07700 900 826]]
        Date/time: [[date:15/06/2025]], approx 16:05
        What happened: standing at {{Post 4}} by the {{flight line}} during engine start of {{P-51 Mustang}} [[aircraft_registration:G-SHWN]]. {{Propwash}} blew an unweighted {{traffic cone}} into his shin. Cut and bruising. Treated at the on-site {{medical centre}}, no hospital needed.
        Cause: post sited inside the propwash zone; cones not weighted.
        Action: post moved back 15 m, sandbags on all cones. Witness: [[name:Leroy]] (post 5).
        Completed by: [[name:R. Qureshi]], {{Safety Officer}}
    """)),
    ("aviation", "near_miss", block("""
        Marshals - Crowd Line North (WhatsApp), [[date:Sat 5 July]]
        14:02 - [[name:Dawn Halloran]]: crowd line tape down between posts 9 and 10, kids through onto the grass 🙈
        14:02 - [[name:Dawn Halloran]]: about 6 of them heading for the {{display line}} markers
        14:03 - [[name:Stevie B]]: on my way with {{hi-vis}}, tell {{FDD}}
        14:03 - [[name:Dawn Halloran]]: radio'd [[name:Graham]], he's holding the {{Gazelle}} at the {{holding point}}
        14:06 - [[name:Stevie B]]: all back behind, parents found, tape re-staked. stake had been pulled out to peg a picnic blanket 🤦
        14:07 - [[name:Dawn Halloran]]: [[name:Graham]]'s releasing the display. can someone bring spare stakes + a mallet to 9
        14:15 - [[name:Mustafa]]: done 👍
    """)),
    ("aviation", "incident", block("""
        POST-SHOW SAFETY DEBRIEF - [[organisation:Saltmarsh Airshow Ltd]]
        Date: [[date:Mon 16 June 2025]]
        Attendees: [[name:Graham Oyelaran-Price]] ({{FDD}}), [[name:Rukhsana Qureshi]] ({{Safety Officer}}), [[name:Imogen Stroud]] (ops), Sqn Ldr (retd) [[name:Felix Amankwah]] ({{FCC}} chair), [[name:Ade]] ({{met}})
        Apologies: [[name:Mark Ellery]] ({{airfield manager}}), [[name:Grace]] (commentary)

        1. Display line infringement by [[aircraft_registration:G-BYHU]] ({{Saturday}}) - see {{MOR}} [[case_reference:MOR-2025-11402]]. Pilot has agreed retraining with his {{DAE}} before his next show.
        2. Birds: gulls over the beach end at low tide; two pilots reported close passes. Bird control shift to be added at low water.
        3. Spectator ([[age:74]]) collapsed with heat exhaustion at 14:50, taken to [[organisation:Eastmere District Hospital]], discharged same day. Water points ran dry by 14:00. Action [[name:Imogen]]: double water points + shade.
        4. Next meeting [[date:30 June]].
    """)),
    ("aviation", "success", block("""
        DAY 2 DISPLAY LOG - [[date:15/06/2025]] - all slots flown as briefed, no deviations
        Slot  Time   Type                Reg / Flight    Pilot
        1     13:00  {{Chipmunk}}        [[aircraft_registration:G-BXCU]]          [[name:Annika Sorensen]]
        2     13:15  {{Extra 300}}       [[aircraft_registration:G-ZXTR]]          [[name:J. Millar]]
        3     13:35  {{Harvard}}         [[aircraft_registration:G-TXAN]]          [[name:Kwabena Asare]]
        4     14:00  {{Gazelle}}         [[aircraft_registration:G-HELX]]          [[name:Ruth Lewandowska]]
        5     14:20  {{Yak-52}} (solo)   [[aircraft_registration:G-CKVX]]          [[name:Tom Brightwater]]
        6     14:45  {{A321}} flypast    [[flight_number:RLX417]]          [[organisation:Ravel Air]] crew
        7     15:00  {{Spitfire}}        [[aircraft_registration:G-SPTF]]          [[name:Rowena Hale]]
        Notes: every slot started within 2 min of plan thanks to the {{holding}} brief and {{ATC}} co-ordination. Weather {{GREEN}} all day. Thanks to [[name:Ade]] and the tower team.
    """)),
    ("aviation", "near_miss", block("""
        #ops-airliner-flypast  |  [[date:Fri 13 June]]
        @[[name:imogen.s]] 09:02  confirming [[organisation:Ravel Air]] flypast tmrw is [[flight_number:RLX417]], running in from the north at 14:45, {{NOTAM}} window 14:40-14:55
        @[[name:felix.a]] 09:10  hold on - the NOTAM times are {{UTC}}. 14:40Z is 15:40 {{BST}}. our running order has the flypast at 14:45 local
        @[[name:imogen.s]] 09:12  🤔 so we'd have had an {{A321}} turning up an hour before its airspace window, in the middle of the {{Extra 300}} slot
        @[[name:graham.op]] 09:20  good catch. I'll call the airline ops desk ([[name:Nuno]]) and {{ATC}} at [[organisation:Eastmere Airport]] and move it to 15:45 local. [[flight_number:RLX417]] crew brief amended. logging as near miss
        @[[name:imogen.s]] 09:41  done. crew confirmed. {{running order}} v7 out, all times now shown local AND Z
    """)),
    ("aviation", "incident", block("""
        MEDICAL/WELFARE HANDOVER - Day 1 to Day 2, [[date:14/06/2025]]
        From: [[name:Corinne]] ({{welfare lead}})   To: [[name:Tobi]]
        - 11 heat-related casualties today incl. a [[age:6-year-old]] boy who fainted in the queue for the {{cockpit}} tours. Seen in the {{medical tent}}, parents (Mr and Mrs [[name:Adewale]]) took him home ok.
        - LOST CHILD: [[name:Poppy]] ([[age:4]]) found after 25 min at the {{Hangar 2}} {{static display}}, back with her nan. {{Lost Child Point}} sign was hidden behind a burger van - needs moving first thing.
        - wheelchair tipped on the {{track matting}} near {{Gate B}}, minor graze, [[name:Elif]] from first aid dealt with it. matting edge needs taping.
        - welfare refs [[case_reference:SAS25-W-014]] to [[case_reference:SAS25-W-019]] all on the log.
        - tmrw forecast 29°C: extra water points agreed with [[name:Imogen]].
    """)),
    ("aviation", "success", prose("""
        On [[date:Saturday 5 July]] the {{Flying Display Director}}, [[name:Graham Oyelaran-Price]],
        cancelled the final three displays, including the {{Spitfire}} and {{Hurricane}} pair, when a
        line of {{cumulonimbus}} approached from the south-west faster than forecast. The decision was
        made at {{16:20}} with the {{met}} adviser [[name:Adeyinka Coker]] and the
        {{Flying Control Committee}}. Visiting pilots Capt [[name:Sorensen]] and [[name:Bogdan Ilie]]
        were given {{diversion}} options early and both landed at [[organisation:Eastmere Airport]]
        before the {{gust front}} arrived at 16:48 with 45 kt gusts. Marshals moved the crowd back from
        the {{crowd line}} in advance and the commentary team explained why. No injuries and no damage.
        Some spectators complained on social media, but the call was right. Good practice to share:
        an early, visible decision, and pilots never pressured to 'just do one more'.
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[date:Sun 6 July]], display freq, 14:31-14:33
        14:31:10  [[aircraft_registration:G-HELX]]: "Display, [[aircraft_registration:G-HELX]], north hold, 500 feet."
        14:31:40  [[aircraft_registration:G-ZXTR]]: "Display, [[aircraft_registration:G-ZXTR]] arriving north hold, descending 500 for run-in."
        14:31:45  FDD ([[name:Graham]]): "[[aircraft_registration:G-ZXTR]], STOP descent, maintain 1500, {{Gazelle}} holding north at 500."
        14:31:50  [[aircraft_registration:G-ZXTR]]: "Maintaining 1500, visual with the helicopter."
        NOTE: both aircraft were briefed to the north hold at different levels, but the {{Extra 300}} pilot ([[name:J. Millar]]) was flying from the Day 1 hold plan ({{500 ft}}). Separation estimated 400 m horizontal when the {{FDD}} intervened. Daily {{hold plan}} now carries a version number and is read back on {{RT}} at check-in.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Felix Amankwah]] <[[email:felix.amankwah@saltmarshairshow.co.uk]]>
        To: [[name:Graham Oyelaran-Price]]; [[name:Rukhsana Qureshi]]
        Date: [[date:Tue 8 July 2025]]
        Subject: Pilot flew without valid DA / missed briefing

        Graham, Rukhsana,

        During the paperwork audit after the weekend I found that the pilot of the {{Pitts S-2}} [[aircraft_registration:G-PTTS]], [[name:Cormac Ó Súilleabháin]], was not on the signed {{pilots' briefing}} attendance list for {{Sunday}}, and his {{Display Authorisation}} had expired on [[date:30 June]]. He flew his slot at 15:20. Nothing went wrong in the air, but he should not have flown. The validation check was done by phone on {{Friday}} by [[name:JW]] from the old spreadsheet. I've spoken to [[name:Cormac]]; he had sent his renewal to the {{CAA}} but it had not been issued.

        Proposal: DA expiry checked against the CAA list on the day, face to face, and no briefing signature = no slot. This needs to go in the {{MOR}} too.

        [[name:Felix]]
        Chair, {{Flying Control Committee}}
    """)),
    ("aviation", "success", prose("""
        massive thanks to all 42 marshals + the car park crew for [[date:sat 5th]] + [[date:sun 6th]].
        special shout to [[name:faith]] + [[name:tiny]] on {{gate c}} who got 300 cars off site in under
        40 mins after the storm cancel, no one hurt, {{police}} happy. and [[name:mo]] who found a
        lost {{hearing aid}} in the long grass lol. bacon butties on us next yr. {{FDD}} [[name:graham]]
        says the {{crowd line}} was the best hes seen in years. see u all at the
        [[organisation:Wexmoor Vintage Fly-In]] - [[name:dawn]] ({{chief marshal}})
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind264", REPORTS))
