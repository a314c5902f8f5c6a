"""Held-out blind corpus 99: just-culture incident-and-learning reports about looked-after children's
reviews and independent visitors, foster carer supervision and children's residential staff handovers;
GP practices and community pharmacy repeat prescribing; and a low-cost airline's cabin crew and ground
handling at a busy UK airport. Writing styles mix Datix-style forms, e-mails with signatures, short
candid notes, shift and delivery logs and a few chat excerpts, by many different writers and registers."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind99.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        Datix ref: [[case_reference:DX-CIC-24-0418]]
        Date of incident: [[date:14/03/2024]]
        Service: {{Children in Care}} Team, [[organisation:Harrowfield Civic Centre]]
        Category: Information governance - disclosure in error
        Description: Minutes of the {{LAC review}} for [[name:Kacper Nowak]] (DOB [[date_of_birth:02/09/2012]])
        were e-mailed to his previous foster carer, Mrs [[name:Dawn Fielding]], instead of his current carers
        [[name:Imran]] and [[name:Saira Baig]]. {{Outlook}} autocomplete picked up [[email:d.fielding@example.net]].
        Immediate action: Mrs [[name:Fielding]] phoned the {{IRO}} within the hour and confirmed she had deleted
        it unread. Reported to the {{Data Protection Officer}}; carers informed.
        Learning: type the recipient in full and check it against {{Mosaic}} before sending. The IRO,
        [[name:Priya Chaudhry]], has asked IT to clear the cached addresses for the whole team.
    """)),
    ("social_care", "near_miss", prose("""
        Quick one for the learning log. I'm an {{independent visitor}} with [[organisation:Larkspur Advocacy]]
        and have been seeing [[name:T-J]] ([[age:13]]) once a month since the summer. On [[date:Sat 19 Oct]]
        I'd planned to take him to the match at [[organisation:Cressley Town FC]]. His {{foster carer}}
        [[name:Bernie]] mentioned on the doorstep that {{birth dad}} has a season ticket in the same stand and
        the {{care plan}} says no unsupervised contact. Nobody had told me. We went bowling instead and
        [[name:T-J]] was fine about it. The {{IV handbook}} only says 'check arrangements with the carer'.
        I've asked my coordinator [[name:Anwen Pryce-Jones]] to make sure IVs get the contact section of the
        {{placement plan}}, not only the 'all about me' page. No harm done but it could have been a very
        different Saturday. [[name:ray]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Hannah Moyo]] <[[email:hannah.moyo@example.gov.uk]]>
        To: [[name:Gareth Lloyd-Evans]]
        Subject: Good practice - supervision visit, [[name:Gillespie]] household (FC ref [[case_reference:FOS-3381]])

        Hi [[name:Gareth]],

        Logging something that went well at yesterday's {{supervision}} visit with [[name:Frank]] and
        [[name:Lorraine Gillespie]]. [[name:Lorraine]] has kept a really clear {{daily log}} for [[name:Mercy]]
        ([[age:9]]), and it showed three nights of bedwetting after each {{family time}} session with her aunt.
        Because the recording was so specific we got an early referral to the {{school nurse}} at
        [[organisation:St Aidan's RC Primary]], and the {{Virtual School}} adjusted her {{PEP}} targets before
        things escalated. Could we use her log (anonymised) at the next {{carers' support group}}?

        Thanks,
        [[name:Hannah]]

        [[name:Hannah Moyo]] | {{Supervising Social Worker}} | [[organisation:Westmoor Fostering Service]]
        [[phone:07700 900412]]
    """)),
    ("social_care", "incident", block("""
        [[organisation:Beech House]] - {{handover log}}, late shift [[date:Thu 7 Nov]]
        16:05 [[name:JW]] in from college, settled, homework done.
        17:30 [[name:Kian]] refused tea, said he was "going out whatever". [[name:Mo]] talked with him in the lounge.
        19:10 [[name:Kian]] left via the side fire door while [[name:Mo]] was on the phone to {{EDT}} about
        [[name:JW]]'s contact. Door alarm isolated (faulty since the weekend, reported to maintenance only).
        19:25 {{Missing from care}} protocol started. Police informed on {{101}}, log [[case_reference:WY-24-118273]].
        Neighbour saw him get into a silver Corsa, reg [[vehicle_registration:YD18 KZP]].
        23:40 [[name:Kian]] returned by police, no injuries. {{Return Home Interview}} requested.
        Learning for us: the door alarm fault should have been escalated as a safeguarding risk, not a repair job.
        {{Registered Manager}} to consider {{Regulation 40}} notification to {{Ofsted}}.
        - [[name:S. Mensah]], {{shift lead}}
    """)),
    ("social_care", "near_miss", block("""
        {{Teams}} chat - [[organisation:Oakridge Lodge]] staff group
        [21:42] [[name:kerry.b]]: did anyone give [[name:Leah]] her {{sertraline}} tonight?? {{MAR}} isnt signed
        [21:43] [[name:Tomasz W]]: not me, was on the {{1:1}} with [[name:Jayden]] all eve
        [21:43] [[name:kerry.b]]: she says she hasnt had it but tonights one is popped out the blister
        [21:44] [[name:Nikki]] (snr): DONT give it. ringing [[name:Dee]] from days
        [21:51] [[name:Nikki]] (snr): [[name:Dee]] gave it at 5 with tea bc [[name:Leah]] was off to {{contact}},
        forgot to sign. so shes had it. logging as near miss, nearly rang {{111}} for nothing
        [21:52] [[name:kerry.b]]: omg glad we checked. will add a note to the {{medication policy}} re early doses
        [21:53] [[name:Tomasz W]]: 👍
    """)),
    ("social_care", "success", prose("""
        Positive practice from a review this week. [[name:Amara Nwachukwu]] ([[age:16]]) asked to chair the
        first half of her own {{Looked After Review}} at [[organisation:Fernleigh Children's Home]] on
        [[date:22 January]]. She'd prepared an agenda with her key worker [[name:Josie]] and used the
        {{Mind of My Own}} app to list what she wanted from her {{Pathway Plan}}. Her {{personal adviser}},
        [[name:Declan Ó Súilleabháin]], attended for the first time and agreed the {{Staying Put}}
        conversation would start now rather than at [[age:17½]]. [[name:Amara]] said afterwards it was 'the
        first review that felt like mine'. What helped: a smaller room, no laptop minutes during her part,
        and the {{IRO}} meeting her the week before. [[name:G. Achterberg]], IRO
    """)),
    ("social_care", "incident", block("""
        Incident no: [[case_reference:INC/SC/24/0917]]
        Reported by: [[name:Olusegun Adeyemi]], {{Senior Practitioner}}
        Date/time: [[date:05/02/2024]] 15:20
        Child: [[name:Reece Hartigan-Lowe]], DOB [[date_of_birth:11.06.2015]], {{looked after}} ({{Section 20}})
        What happened: The contracted taxi ([[vehicle_registration:KN71 OXD]]) did not arrive at
        [[organisation:Moorside Primary School]]. The {{passenger assistant}} had changed and the new one was
        not told [[name:Reece]] needs a named handover. He was walked to the gate by a {{TA}} and waited 35 mins
        in the rain. Foster carer [[name:Sunny Dhaliwal]] was not called until 15:50.
        Harm: distressed, no physical injury. [[name:Sunny]] says he had a very unsettled night.
        Contributing: {{EHCP}} transport section out of date; {{Transport Team}} rota change not shared.
        Actions: transport plan re-sent to school and operator; operator ref [[case_reference:TR-55812]].
    """)),
    ("social_care", "success", block("""
        Subject: Thank you - IV visit [[date:3 March]]

        Hi [[name:Faith]],

        Just to say thank you for how you handled things with [[name:Zainab]] on {{Sunday}}. When she told you
        she was worried about "being moved again" you didn't promise anything, you wrote down her words and
        rang me straight after. I passed it to her {{IRO}}, Mr [[name:Kowalczyk]], who brought her {{review}}
        forward. It turns out the {{placement}} was never at risk - a {{Placement Stability Meeting}} had been
        misdescribed to her - and she now has that in writing. That's exactly what the
        {{Independent Visitor}} role is for.

        Best wishes,
        [[name:Nadia]]

        [[name:Nadia Rahman-Clarke]]
        {{IV Coordinator}}, [[organisation:Brightpath Children's Rights Service]]
        [[phone:0113 496 0751]] | [[email:n.rahmanclarke@example.org]]
    """)),
    ("social_care", "incident", block("""
        Shift log - [[organisation:Holly Bank]] children's home, {{waking night}} [[date:12/12/23]]
        02:14 Fire alarm activated (zone 3, kitchen). Evacuated to assembly point.
        02:17 Roll call from the {{in/out board}}: 4 YP expected, 3 present. [[name:Brooke]] not accounted for.
        02:18 [[name:Callum]] (staff) went back in to check bedrooms - against {{fire procedure}}.
        02:22 {{Fire and Rescue Service}} arrived. [[name:Brooke]] confirmed by phone to be at her nan's - agreed
        overnight stay, but the board still showed her as in.
        02:40 All clear, false alarm (toaster).
        Learning: board not updated by the late shift when [[name:Brooke]] left at 18:00. [[name:Callum]]
        re-entering could have cost him badly. Refresher on {{PEEPs}} and the board at {{team meeting}}.
        Incident [[case_reference:HB-IR-0233]]. - [[name:A. Fitzgerald-Obi]], {{night care worker}}
    """)),
    ("social_care", "near_miss", prose("""
        Near miss from {{supervision}} today. At [[name:Hope]] and [[name:Will Ashworth]]'s house I noticed
        men's trainers in the hall and a car I didn't know on the drive ([[vehicle_registration:LR66 TNE]]).
        Their son [[name:Hunter]], [[age:19]], moved back home three weeks ago after leaving uni.
        [[name:Hope]] said she 'didn't think it counted' because he's family. Any adult
        {{household member}} needs an enhanced {{DBS}} and a conversation with the {{fostering team}} before
        moving in, and they have two children placed, one a {{parent and child}} placement. No concerns about
        [[name:Hunter]] himself, but we should have heard within days. I've started the DBS and written to
        the {{Fostering Panel}} adviser. I've also added a plain-English line to our
        {{Foster Carer Agreement}} summary, because the current wording clearly isn't landing.
        [[name:M. Quraishi]], SSW
    """)),
    ("social_care", "success", block("""
        HANDOVER - [[organisation:Willow Court]] - early to late - [[date:Sun 28 Apr]]
        YP1 [[name:Deniz]] ([[age:14]]): told us at breakfast he'd had messages from an unknown older lad on
        {{Snapchat}}. [[name:Ola]] sat with him, screenshots saved, nothing forwarded. {{CSE}} screening tool
        done, shared with {{MASH}} via the {{duty social worker}}. [[name:Deniz]] calm, said "glad I told someone".
        YP2 [[name:Rosie-Mae]]: good day, baking with [[name:Lucas]] (staff). {{IV}} visiting Tues.
        YP3 [[name:Precious]]: at dad's until 18:00, returned on time.
        What went well: [[name:Deniz]] chose to tell us because staff have been doing the {{online safety}}
        keywork sessions weekly. Keep going with these.
        Handover given by [[name:Ola Bankole]], received by [[name:Marek]].
    """)),
    ("social_care", "incident", prose("""
        Birth mum not invited to review. The invitation for [[name:Skye Robertson]]'s second
        {{Looked After Review}} was posted to [[address:Flat 3, 27 Wellington Terrace]], [[postcode:BD7 2LQ]],
        which mum left in August. Her new address was put in a case note on [[date:2 September]] but never
        moved into the person record in {{Liquidlogic}}, so the letter template pulled the old one. Mum,
        [[name:Kirsty Robertson]], found out from [[name:Skye]]'s {{foster carer}} the day after. She was
        understandably upset and made a formal {{complaint}}. The {{IRO}} reconvened part of the review on
        [[date:19/09/2024]]. Learning: address changes must go into the record, not a case note;
        {{business support}} will now check addresses by phone before review invites go out. Complaint ref
        [[case_reference:CF/2024/0611]].
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - nearly sent a young person's NI letter over WhatsApp. [[name:Jordan]]'s
        {{National Insurance}} number letter arrived at [[organisation:Ashgrove House]] while he was at college.
        I took a photo to send him so he could set up his bank account, then realised I was about to put
        [[ni_number:JT 48 21 93 C]], his full name and our address into a personal {{WhatsApp}} chat on my own
        phone. Didn't send. Gave him the letter in person that evening and we sat down with his
        {{personal adviser}} to open the account. Our {{data protection policy}} doesn't mention photos of
        documents on staff phones at all - raised with the {{deputy manager}}, [[name:Rhiannon]].
        [[name:Tariq]] ({{residential support worker}})
    """)),
    ("social_care", "incident", block("""
        From: [[email:bill.and.joy.okonkwo@example.com]]
        To: [[name:Sophie Tran]]
        Subject: the facebook photo

        hi [[name:Sophie]]
        sorry to email on a weekend. my sister in law put pics from [[name:Bill]]'s 60th on {{Facebook}} last
        night and [[name:Kayden]] ([[age:6]]) is in two of them, clear as day, with the [[organisation:Wheatsheaf]]
        sign behind him. we didnt know till [[name:Kayden]]'s {{social worker}} Mr [[name:Adebayo]] rang this
        morning because {{birth mum}} had seen it.
        they are taken down now and we have spoken to the family about {{privacy settings}}. we knew the rule
        but we never told the wider family, thats on us. can we go through it at {{supervision}} please and
        maybe the {{delegated authority}} form needs a bit about parties.
        [[name:Joy]] (and [[name:Bill]])

        [[name:Joy Okonkwo]]
        [[phone:07700 900 187]]
    """)),
    ("social_care", "success", block("""
        Learning record: [[case_reference:LR-CIC-0087]]
        Team: [[organisation:Northfield Children in Care Team]]
        Type: Good practice
        Summary: [[name:Mehmet Yilmaz]] ([[age:11]]) had gone 14 months without a {{Review Health Assessment}}
        or a dental check after two placement moves. At his review on [[date:08/05/24]] the {{IRO}},
        [[name:Catriona Mackie]], used the {{dispute resolution process}} and escalated to the
        {{Head of Service}} the same day.
        Outcome: the {{LAC nurse}} saw [[name:Mehmet]] within 10 days at
        [[organisation:Lyndhurst Medical Centre]]; dentist booked; his missing {{Initial Health Assessment}}
        paperwork was found and scanned.
        Why it worked: a named escalation with a deadline, not a "please chase" action in the minutes.
    """)),
    ("social_care", "incident", block("""
        [[organisation:Rowan Lodge]] daily log - [[date:Fri 16 Aug]]
        20:30 [[name:Mikey]] ([[age:15]]) very anxious after call with mum. Offered {{PRN}} {{promethazine}}.
        20:35 Given 25mg by [[name:Lee]]. Checked {{MAR}} - PRN section blank for today.
        21:50 Night staff ([[name:Agnieszka]]) found PRN had ALSO been given at 19:45 by [[name:Stacey]],
        written in the daily log but not on the MAR. Total 50mg in an hour. {{NHS 111}} called, advised to
        monitor, no further action.
        22:30 [[name:Mikey]] asleep, obs hourly overnight.
        Learning: PRN goes on the MAR at the time, and one person holds the med keys per shift.
        {{Registered Manager}} informed, {{GP}} asked to review the PRN protocol.
        Incident form [[case_reference:RL-0516]].
    """)),
    ("social_care", "success", prose("""
        Good news story for the IV scheme. We matched [[name:Hamid]] ([[age:12]]), who arrived as an
        {{unaccompanied asylum-seeking child}} last year, with a volunteer {{independent visitor}},
        [[name:Parwin Sadat]], who speaks Dari and helps out at [[organisation:Kingsmead Library]]. Six months
        on, his {{foster carers}} [[name:Graham]] and [[name:Sue Pennington]] say he chats about cricket with
        her all week. At his {{review}} on [[date:14 November]] [[name:Hamid]] asked for [[name:Parwin]] to be
        invited, the first time he's wanted anyone from outside the house there. The {{IRO}} agreed and booked
        an {{interpreter}} for the formal parts so [[name:Parwin]] could just be there for him. Matching on
        language and interests, not only on distance, really worked. - [[name:Liz]], {{IV coordinator}}
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Incident ref: [[case_reference:W-2024-03381]]
        Location: [[organisation:Castlegate Surgery]]
        Reported by: {{Clinical Pharmacist}}
        Patient: [[name:Derek Hollins]], NHS no. [[nhs_number:663 923 3215]], aged [[age:78]]
        What happened: Mr [[name:Hollins]] was discharged from [[organisation:Ward 22]],
        [[organisation:St Oswald's Hospital]] on [[date:2 April]] with {{apixaban}} started and {{warfarin}}
        stopped. The {{discharge summary}} was filed in {{Docman}} without the changes being actioned, so
        warfarin stayed on his {{repeat template}}. The {{community pharmacy}} dispensed both on
        [[date:29/04/24]]. He took both for five days before his daughter noticed the new box. Admitted with
        a {{GI bleed}}, since recovered.
        Contributing factors: workflow staff not trained to flag medication changes; no
        {{medicines reconciliation}} within 7 days of discharge.
        Actions: all discharge letters with medication changes now go to the pharmacist task list.
    """)),
    ("health", "near_miss", prose("""
        Near miss at the counter today. Two patients called [[name:Ellis]] collect from us:
        [[name:John Ellis]] at [[address:41 Tennyson Road]] and [[name:Jon Ellis]] at
        [[address:4 Tennyson Rise]]. Our {{dispensing assistant}}, [[name:Kasia]], handed [[name:Jon]]'s bag
        over after he gave his surname and street and she asked 'and you're born in the 60s?'. Our
        {{pharmacist}} [[name:Femi]] was doing the {{counselling}} for a new {{inhaler}} and opened the bag -
        it had {{methotrexate 2.5mg}} for the other Mr [[name:Ellis]]. Bag taken back before it left the
        counter. We now ask the patient to tell us their full address and DOB, never confirm it for them,
        and we've put a 'similar name' alert on both {{PMR}} records. - [[name:R. Shah]],
        {{pharmacy manager}}
    """)),
    ("health", "success", block("""
        From: [[name:Aisha Begum]] <[[email:aisha.begum3@example.nhs.uk]]>
        Sent: [[date:11 June 2024]] 13:02
        To: [[organisation:Riverside PCN]] clinical leads
        Subject: SMR catch - for the learning log

        Hi all,
        Quick good-catch for the log. During a {{Structured Medication Review}} for a resident at
        [[organisation:Meadowbank Nursing Home]] I found {{clarithromycin}} had been added as an acute by the
        {{out-of-hours}} doctor while she was on {{simvastatin 80mg}} on repeat. Her carers had noticed leg
        aches. We held the statin for the course, CK was normal, and she's fine.
        The good bit: the home's senior carer [[name:Marisol]] rang us because the {{MAR}} chart showed both
        and something "didn't look right". Worth recognising her.
        [[name:Aisha]]
        --
        [[name:Aisha Begum]] | {{Clinical Pharmacist}} | [[organisation:Riverside PCN]] | [[phone:0161 496 0382]]
    """)),
    ("health", "incident", prose("""
        Insulin missed because of the wrong nominated pharmacy. Mrs [[name:Gulshan Akhtar]] ([[age:64]]) had
        her {{EPS}} nomination changed by a receptionist who picked the wrong
        [[organisation:Hillside Pharmacy]] - there are two in the area and {{SystmOne}} lists them with the
        same name. Her {{NovoRapid}} and {{Lantus}} repeat went to the branch across town. She went to her
        usual one on [[date:Friday 9th Aug]], they had nothing, and she ran out over the weekend. Her son
        took her to the {{urgent treatment centre}} on the Sunday with a glucose of 24. Not admitted.
        Learning: receptionists now read back the pharmacy's {{ODS code}} and street with the patient when
        changing a nomination. dr [[name:p. kaur]], {{GP partner}},
        [[organisation:Larchwood Medical Practice]]
    """)),
    ("health", "success", block("""
        {{Accurx}} chat - [[organisation:Fairfield Health Centre]] reception / {{duty doc}}, [[date:Mon 15 Jan]]
        [[name:Becky]] (Recep) 10:12: pt Mrs [[name:Lindqvist]] on phone asking for early repeat of
        {{pregabalin}}, says she dropped a box in the bath. 3rd early request since {{Oct}}
        Dr [[name:Osei]] 10:14: thanks for flagging. dont issue. can you book her a call with me today?
        [[name:Becky]] 10:15: done, 11:40. she got a bit upset, said she's struggling
        Dr [[name:Osei]] 11:58: spoke to her. honest convo, she's been taking extra for pain + sleep. agreed
        {{weekly dispensing}}, referral to {{social prescriber}} and {{pain clinic}}
        Dr [[name:Osei]] 11:59: great catch [[name:Becky]] - that's exactly why we have the early request rule
    """)),
    ("health", "incident", prose("""
        Candid note. I issued {{co-amoxiclav}} to Mr [[name:Vukovic]] after a telephone consult for a chest
        infection. His {{penicillin allergy}} was recorded only as free text in an old hospital letter, not
        coded, so {{EMIS}} didn't alert. He took two doses and came out in an {{urticarial rash}}. The
        {{community pharmacist}} at [[organisation:Greenway Pharmacy]], [[name:Jas]], picked it up when he
        went back asking for {{antihistamines}}, and rang me. Switched to {{doxycycline}}; rash settled in two
        days. Our summarisers are now running a search for allergy free text in scanned letters, and I ask
        about allergies out loud on every antibiotic call. Thank you [[name:Jas]]. - [[name:Tom]]
        ({{salaried GP}}, [[organisation:Brookside Surgery]])
    """)),
    ("health", "near_miss", block("""
        [[organisation:Kestrel Pharmacy]] - near miss log
        Date: [[date:23/10/24]]
        Item: {{Propranolol 40mg}} picked, Rx was {{Prednisolone 5mg}}
        Patient: [[name:Hollie Marsh]] (repeat, {{managed repeat service}})
        Picked by: [[name:DL]]   Checked by: [[name:FA]] ({{ACT}})
        How spotted: {{barcode scan}} flagged mismatch; [[name:FA]] also saw the two "P" boxes side by side.
        Why: shelf rearranged after the wholesaler delivery; both boxes same colour; Monday rush.
        Action: separated on shelf with a look-alike shelf talker; shared at {{huddle}}.
    """)),
    ("health", "success", block("""
        Learning event: [[case_reference:LFPSE-24-88120]]
        Practice: [[organisation:Abbeyfield Medical Group]]
        What went well: our {{valproate}} audit found Ms [[name:Roxanne Duval]] ([[age:27]]),
        NHS [[nhs_number:4688197365]], on {{sodium valproate}} for epilepsy on repeat since her teens, with no
        {{Annual Risk Acknowledgement Form}}. {{Practice nurse}} [[name:Gwen]] called her the same week; she
        was planning a pregnancy. Urgent {{neurology}} referral, {{folic acid 5mg}} started, form completed.
        Why it went well: the search is built into the monthly {{QOF}} searches, so it runs without anyone
        having to remember.
        Contact: Dr [[name:Ibrahim Sesay]], [[email:ibrahim.sesay@example.nhs.uk]]
    """)),
    ("health", "incident", block("""
        From: [[name:Craig Donnelly]] <[[email:craig.donnelly@example.co.uk]]>
        To: [[email:governance.fairlea@example.nhs.uk]]
        Subject: CD incident - oxycodone early issue - EMIS no. [[case_reference:204417]]

        Hi,
        Reporting from [[organisation:Fairlea Pharmacy]]. We dispensed 56 {{oxycodone 10mg MR}} for
        Ms [[name:Keeley Grant]] on [[date:3 July]] and again on [[date:17 July]]. Both were valid scripts from
        the practice because the repeat was set to 28 days with 2 issues per {{authorisation}} and two
        different GPs signed. She took extra and was found drowsy by her partner on [[date:20 July]];
        {{naloxone}} not needed, seen in {{A&E}} and discharged. We should have spotted the interval on our
        {{PMR}}; the {{CD register}} shows both entries. Can we meet your {{prescribing lead}}?

        Regards,
        [[name:Craig]]

        [[name:Craig Donnelly]] MRPharmS, {{Responsible Pharmacist}}
        [[phone:01632 960 418]]
    """)),
    ("health", "success", prose("""
        Good outcome from a {{New Medicine Service}} call. Mr [[name:Arjun Pillai]] ([[age:58]]) was started
        on {{Trelegy Ellipta}} by his GP at [[organisation:Southgate Surgery]] for {{COPD}}. At the first
        follow-up our {{pharmacy technician}} asked him to show her how he used it, and he was breathing out
        into the device and then taking a small sip. Re-taught with a placebo device, followed up at day 14,
        and he's reporting much better mornings. We also found he was still getting his old {{Seretide}} on
        repeat, so we contacted the practice to remove it and stop him doubling up. Twenty minutes well
        spent. [[name:Shona McAllister]] / [[name:Kwame]] ({{pharmacist}})
    """)),
    ("health", "incident", block("""
        Datix: [[case_reference:DTX-118045]]
        Date reported: [[date:17/01/2025]]
        Patient: [[name:HASSAN, Yusuf]], DOB [[date_of_birth:04/11/1969]], NHS [[nhs_number:993 563 2725]]
        Summary: {{lithium}} stayed on repeat for 9 months with no {{serum lithium}}, {{U&Es}} or {{TFTs}}.
        The {{recall}} letter went to an old address ([[address:18 Carlton Street]]) and the 'bloods due'
        reminder was dismissed at each issue. Mr [[name:Hassan]] attended A&E with tremor and confusion, level
        2.1; admitted to [[organisation:Ward 7B]] for 5 days.
        Harm: moderate.
        Actions: lithium added to the {{shared care}} 'no bloods, no issue' rule in {{SystmOne}};
        {{community pharmacy}} to ask for the last level at each hand-out; address check on repeat requests.
        Reporter: [[name:L. Nwosu]], {{practice manager}}
    """)),
    ("health", "near_miss", block("""
        Delivery log - [[organisation:Parkside Chemist]] van [[vehicle_registration:BX19 HLU]] - [[date:Weds 6th March]]
        14:10 Drop 7: Mrs [[name:E. Sandhu]], [[address:Flat 12, Marlow Court]], [[postcode:LS9 8JD]] - no answer.
        14:12 Neighbour at flat 11 offered to take it. Bag had a {{fridge item}} ({{insulin}}) and a {{CD}}
        ({{Zomorph}}). Did not leave - CD and fridge lines can't go to neighbours per {{SOP}}. Card left.
        14:50 Rang Mrs [[name:Sandhu]] on [[phone:07700 900 655]] - she'd been at the {{day centre}}, son
        [[name:Gurdeep]] will collect.
        Note for team: cover driver ([[name:Danny]]) nearly said yes as the neighbour knew her name.
        Reminder at {{huddle}}.
    """)),
    ("health", "success", prose("""
        Receptionist good catch. [[name:Mark]] on our front desk took a repeat request from Mrs
        [[name:Pauline Reid]] for her husband [[name:Alan]]'s {{co-codamol}} and {{zopiclone}}. She mentioned
        in passing that [[name:Alan]] 'isn't himself' and had been sleeping in the chair since the funeral.
        [[name:Mark]] added a note for the {{duty doctor}} rather than just processing it. Dr
        [[name:Nkemelu]] phoned the same afternoon; [[name:Alan]] was very low and had been keeping tablets
        back. Same-day {{Crisis Team}} assessment, a {{Cruse}} referral, and the repeats are now
        {{7-day}} issues. Not everyone would have passed that on - the {{care navigator}} training works.
    """)),
    ("health", "incident", block("""
        From: Manager, [[organisation:Heatherlea Care Home]] <[[email:manager@heatherlea.example.co.uk]]>
        To: [[email:repeats.ashtonvale@example.nhs.uk]]
        Cc: [[organisation:Wilkes Pharmacy]]
        Subject: Resident [[name:Ivy Tremlett]] - {{MAR}} discrepancy after discharge

        Dear [[organisation:Ashton Vale Surgery]] team,

        Mrs [[name:Tremlett]] came back from hospital on [[date:21.11.24]] with {{digoxin}} stopped and
        {{bisoprolol}} reduced to 2.5mg. The {{monthly cycle}} arrived today from [[organisation:Wilkes]] with
        the old doses printed on the MAR, and two doses of digoxin were given (morning and lunchtime) before
        our {{senior carer}} [[name:Beata]] checked against the {{TTO}} letter. We have rung {{NHS 111}} and
        your duty doctor; she is being monitored and her pulse is 58.
        It looks as though the discharge changes were never added to her repeat, so the pharmacy produced
        the cycle from the old template. Please can someone confirm her current list today.

        Regards,
        [[name:Winston Clarke-Ayodele]]
        {{Home Manager}} | [[phone:0117 496 0925]]
    """)),
    ("health", "success", block("""
        Pharmacy day log - [[organisation:Marsh Lane Pharmacy]], [[date:Tue 18/06]]
        09:05 {{Spine}} down, {{EPS}} tokens not downloading. Logged with service desk, ref
        [[case_reference:INC0394877]].
        09:20 Rang [[organisation:Holmefield Surgery]] & [[organisation:Canalside Practice]] - agreed urgent items
        on paper {{FP10}}.
        11:00 [[name:Sinead]] started a paper list of waiting patients with numbers, called each back when sorted.
        13:40 Spine back. 41 tokens downloaded, all cross-checked against paper scripts to stop duplicate supply.
        16:00 No missed doses. {{Emergency supply}} used once ({{salbutamol}}) for Mr [[name:O. Petrenko]].
        What went right: calm plan early, one person owning the list. - [[name:Jude]] ({{RP}})
    """)),
    ("health", "near_miss", block("""
        Ref: [[case_reference:NM-0722]]   Practice: [[organisation:Elmhurst Family Practice]]
        Type: Near miss - patient identification
        Description: Repeat request via the {{NHS App}} for [[name:Maryam Hussain]] ({{sertraline 100mg}}) was
        about to be authorised on the record of a different [[name:Maryam Hussain]] with the same DOB
        ([[date_of_birth:15/02/1990]]) - a temporary resident record from 2019. NHS numbers differed:
        [[nhs_number:951 817 5608]] vs [[nhs_number:480-635-8177]]. The prescriber, {{ANP}}
        [[name:Ruth Calloway]], noticed the second record had {{warfarin}} and no {{mental health}} history
        and stopped.
        Action: both records checked on {{PDS}}; temp record archived; 'duplicate name' search added to the
        weekly {{data quality}} checks.
    """)),
    ("health", "incident", prose("""
        Locum note, for honesty. At [[organisation:Thornbury Road Surgery]] on [[date:4th Feb]] I
        re-authorised a {{combined pill}} ({{Rigevidon}}) repeat for a [[age:35]]-year-old without checking
        her BP or asking about migraines, because the {{pill check}} had been marked done from an
        {{online consultation}} form. She told the practice nurse six weeks later she'd had
        {{migraine with aura}} since last year, which is {{UKMEC 4}}. Switched to a
        {{progestogen-only pill}}. No harm came of it, but the harm could have been a stroke. I'll always
        ask about aura myself now and I've suggested the form makes that question mandatory.
        Dr [[name:Nilufar Chowdhury]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        Cabin Safety Report [[case_reference:CSR-24-1187]]
        Flight: [[flight_number:JV2214]]   Reg: [[aircraft_registration:G-JVLA]]   Date: [[date:09 AUG 2024]]
        Crew: {{SCCM}} [[name:Bianca Ferreira]], No.2 [[name:Oisin Kelly]], No.3 [[name:Yuki Tanaka-Hart]]
        Event: Passenger in 14C declared a severe {{peanut allergy}} at boarding. The {{nut announcement}} was
        not made because the PA script page was missing from the {{CCOM}} binder. Row 12 opened a bag of
        peanuts bought airside. Pax developed lip swelling 40 min into flight; own {{EpiPen}} used with crew
        help; {{MedLink}} consulted, no diversion. Paramedics met the aircraft.
        Learning: missing page not picked up on {{pre-flight checks}}; binder now carries a page count.
    """)),
    ("aviation", "near_miss", prose("""
        Stand 32, [[date:12 Feb]], turn of [[flight_number:JV881]]. I was driving the {{belt loader}} up to
        the rear hold and nobody was {{marshalling}} me in, because the second loader, [[name:Dom]], had been
        pulled to another stand. Belt stopped about 30cm from the {{hold door}} sill when I saw the gap close
        in the mirror. Should have stopped and waited for a {{banksman}}. Didn't, because the {{TOBT}} was
        tight and we're always told the turn is 25 minutes. Aircraft [[aircraft_registration:G-JVKD]]
        undamaged, checked by the {{engineer}}. Raised with my {{team leader}}, [[name:Gaz]]. - ramp agent,
        [[organisation:Swiftturn Ground Services]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Leanne O'Rourke]] <[[email:leanne.orourke@jetvale.example]]>
        To: Cabin Safety
        Subject: Disruptive pax managed - [[flight_number:JV 637]] [[date:27/05]]

        Hi team,
        Logging a positive one. A stag group in rows 20-23 started on their own {{duty free}} after the
        {{seatbelt signs}} went off. [[name:Ahmed]] (No.4) spotted it early and we went straight to a calm,
        friendly {{Level 1}} chat rather than waiting. I spoke to the best man, [[name:Connor]], who helped
        settle the others. No {{yellow card}}, no police on arrival, and the rest of the cabin thanked us at
        disembarkation.
        What helped: the {{CRM}} refresher last month on early intervention, and [[name:Ahmed]] telling me
        straight away.
        Thanks,
        [[name:Leanne]]

        [[name:Leanne O'Rourke]] | {{SCCM}} | Crew ID [[case_reference:42871]]
    """)),
    ("aviation", "incident", block("""
        Baggage ops log - {{T2}} make-up - [[date:Sat 3 Aug]]
        05:40 [[flight_number:JV411]] ([[aircraft_registration:G-JVMR]]) to Faro closed, 162 bags.
        06:05 {{BRS}} shows 1 bag loaded for pax not boarded ([[name:MENDES/Ricardo]], seat 7F).
        06:07 Offload requested. {{Dispatcher}} [[name:Harj]] informed the {{Captain}}.
        06:22 Bag found in hold 4 after part unload. Delay 28 min, {{slot}} lost.
        06:30 Pax found asleep at gate 14, missed {{final call}}.
        Root: bag loaded from the late cage without scanning; handheld scanner battery flat.
        Reported as security occurrence [[case_reference:SOR-2408-031]].
        - [[name:K. Dlamini]], {{baggage team leader}}
    """)),
    ("aviation", "success", block("""
        {{WhatsApp}} - [[organisation:Jetvale]] ops / [[organisation:Swiftturn]] dispatch, [[date:18 Dec]]
        [[name:Priya D]] (dispatch): [[flight_number:JV1502]] inbound 25 late, 3 {{WCHC}} pax + 1 {{WCHS}},
        {{PRM}} team only has 2 lifts free
        [[name:crewcontrol_mattk]]: ok. capt happy to board PRMs first then {{rear steps}} for everyone else
        [[name:Priya D]] (dispatch): {{Ambulift}} on stand 51 at 14:05
        [[name:Priya D]] (dispatch): all 4 PRM seated 14:19. rest boarded in 11 min
        [[name:crewcontrol_mattk]]: doors closed 14:34, only 6 min late off blocks 🙌 nice one [[name:Priya]]
    """)),
    ("aviation", "incident", block("""
        Occurrence report: [[case_reference:OR/2024/5512]]
        Aircraft: [[aircraft_registration:G-JVPB]] {{A320}}   Flight: [[flight_number:JV1038]]   Stand: 44
        Date: [[date:30 September 2024]]
        Narrative: On arrival the {{disarm}} command was given but door 2L was not disarmed; the
        {{cross-check}} was called "complete" by [[name:Tyrone]] without looking at the girt bar. When the
        {{jet bridge}} operator knocked, the door was opened from inside by [[name:Ewa Zielińska]] and the
        {{escape slide}} deployed onto the bridge. Minor wrist injury to the bridge operator
        ([[organisation:Swiftturn]]). Aircraft out of service 19 hrs.
        Crew statements taken; both crew stood down pending {{retraining}}. {{CAA}} {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", prose("""
        Honest one. Fuelling with passengers boarding on [[flight_number:JV719]],
        [[aircraft_registration:G-JVRS]], [[date:6th Jan]]. The fueller started before the flight deck told
        the cabin, and I had already let the front {{airstairs}} go to the next stand, so only the rear exits
        were clear. I realised when I smelt {{Jet A-1}} in the rear galley. Told the {{Captain}}; fuelling
        paused until the steps came back, about 4 minutes. Nothing happened, but in a fire we'd have had 180
        people and no usable forward door. Nobody was 'wrong' exactly - we all assumed someone else had
        called it. New habit: I ask 'fuelling?' at every {{crew brief}} and check the {{FOB}} page before
        releasing steps. [[name:JB]] ({{No.1}})
    """)),
    ("aviation", "success", block("""
        Medical event report - [[flight_number:JV2950]] / [[aircraft_registration:G-JVNE]] / [[date:14/07/2024]]
        Passenger: female, [[age:71]], seat 9A.
        Event: Collapse in the aft toilet at {{FL370}}, 1h10 to destination. Crew ([[name:Siobhan]],
        [[name:Kofi]]) brought the {{AED}} on standby (not needed), oxygen given. Doctor on board,
        Dr [[name:Helena Weiss]], assessed: likely {{vasovagal}}. {{MedLink}} agreed to continue. Ambulance
        met the aircraft.
        What went right: clear roles within 60 seconds, {{first aid kit}} and {{Doctor's Kit}} sealed and
        complete, and a short, steady {{PA}} from the flight deck. Her daughter wrote in to thank the crew.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Marcus Hollingworth]] <[[email:m.hollingworth@swiftturn.example]]>
        To: [[email:ops.duty@jetvale.example]]
        Subject: Incident - damaged powerchair, [[flight_number:JV1123]], PNR [[case_reference:K7QP2X]]

        Hi,
        Reporting a damage incident on today's departure. Ms [[name:Gemma Oyelowo]] travels with a
        {{powerchair}} with a {{lithium-ion battery}}. Our loader ([[name:Stefan]]) removed the battery as per
        the {{DGR}} checklist but lifted the chair by the joystick arm, snapping the controller. She was told
        on arrival in Palma that the chair was unusable for her week.
        Contributing: only one {{mobility aid}} trained agent on shift; the {{IATA}} tag instructions are in
        English only and [[name:Stefan]] has limited English.
        Actions: loan chair arranged via our Palma agent ([[phone:+34 600 481 927]]); {{PRM}} refresher booked.

        [[name:Marcus Hollingworth]]
        {{PRM Supervisor}}, [[organisation:Swiftturn Ground Services]]
        [[phone:+44 7700 900 238]]
    """)),
    ("aviation", "near_miss", block("""
        Pushback log - team C - [[date:Fri 22 Mar]]
        06:12 [[flight_number:JV302]] / [[aircraft_registration:G-JVHT]] push from stand 27, tug 114, driver
        [[name:Nasir]], headset [[name:Wojtek]].
        06:14 Headset lead came out of the socket mid-push. Flight deck called "{{set parking brake}}" - not
        heard.
        06:14 [[name:Wojtek]] saw the hand signal from the {{wingwalker}} and stopped the tug; aircraft stopped
        2 m short of the {{stand line}} for the next push.
        06:20 Comms re-established, push completed. {{Engineering}} checked tow bar, {{shear pin}} intact.
        Note: headset socket on tug 114 worn - tagged {{U/S}}. We did the right thing with hand signals but
        only because [[name:Wojtek]] was looking up. - [[name:Tariq Rahimi]], {{team leader}}
    """)),
    ("aviation", "success", prose("""
        Something that went right. On [[flight_number:JV578]] from Bucharest on [[date:2 November]] our No.3,
        [[name:Chloé]], noticed a girl who looked about [[age:15]] travelling with an older man who held both
        passports and answered every question for her. She didn't speak for the whole flight and had no bag.
        [[name:Chloé]] used the discreet {{safeguarding}} prompt card from our {{human trafficking}} training
        and told me as {{SCCM}}. The {{Captain}} radioed ahead and {{Border Force}} met the aircraft. We later
        heard from the base manager that the girl, [[age:16]], has been referred to the
        {{National Referral Mechanism}}. Huge credit to [[name:Chloé]] for trusting her gut.
        [[name:Patricia N.]]
    """)),
    ("aviation", "incident", block("""
        Cabin crew injury report
        Ref: [[case_reference:CCI-0931]]   Date: [[date:Sun 8 Sept]]
        Flight: [[flight_number:JV 4402]]   A/C: [[aircraft_registration:G-JVTW]]
        Injured: [[name:Mia Kowalski-Brennan]], crew ID [[case_reference:51906]]
        Narrative: During taxi a full {{bar trolley}} in the aft galley was not locked after the
        {{secure check}}. On a hard brake it rolled into [[name:Mia]]'s jump seat area, bruising her shin and
        ankle. She completed the flight but went to an {{urgent treatment centre}} after landing; X-ray clear.
        Why: the {{brake pedal}} was on but the {{toggle latch}} was not turned; the galley was secured from
        memory while a PRM passenger needed help.
        Action: {{safety notice}} reminding crew "pedal AND latch".
    """)),
    ("aviation", "success", block("""
        Subject: Thanks - de-icing morning [[date:29/11/23]]
        From: [[name:Callum Fraser]], {{Duty Ground Ops Manager}}, [[organisation:Jetvale]]
        To: [[organisation:Swiftturn]] {{de-icing}} team

        Morning all,
        A proper thank you for yesterday. Freezing fog and -6, 22 departures in the first wave and only one
        went outside its {{holdover time}} ([[flight_number:JV118]], re-sprayed on stand). The coordinator,
        [[name:Bogdan]], called aircraft in the order the {{pads}} could take them instead of {{TOBT}} order,
        and the Captain on [[flight_number:JV118]] thanked [[name:Bogdan]] personally for the honest call.
        Nobody rushed a spray, and the {{Type IV fluid}} stock lasted. I'll share this at the
        {{safety action group}}.
        [[name:Callum]]
        [[phone:07700 900 533]]
    """)),
    ("aviation", "incident", prose("""
        Incident, gate 18, [[date:Tuesday 14th May]]. Two of our flights were boarding from adjoining gates,
        [[flight_number:JV760]] to Kraków and [[flight_number:JV762]] to Katowice, 10 minutes apart. A
        passenger for Katowice, Mr [[name:Nowicki]], scanned his boarding pass at our gate, the scanner went
        red, and I waved him through thinking it was the scanner again, because it had been failing all
        morning. Headcount on board was 187 against 186 on the {{load sheet}}, and the {{DCS}} showed him
        boarded on neither. We found him in 31F and told the {{Captain}}. He went back to the right gate and
        made his flight, but this is a {{security}} and {{weight and balance}} issue. I was the one who said
        'just go, it's the scanner'. The scanners had been reported; nobody had swapped them. - [[name:Dani]],
        {{gate agent}}, [[organisation:Swiftturn]]
    """)),
    ("aviation", "near_miss", block("""
        Ramp {{WhatsApp}} - [[organisation:Swiftturn]] stand team east, [[date:Wed 10 Jul]]
        [[name:Lewis]]: who left a {{cargo strap}} on stand 36? found it by the nose gear after the push
        [[name:Ji-woo]]: wasnt there when we did the {{FOD walk}} at 07:30 i swear
        [[name:Lewis]]: arrival was [[flight_number:JV2031]], dep [[flight_number:JV2032]] at 08:10. dropped between
        [[name:Big Sam]]: ours. hold 1 bag was strapped, i threw the strap on the {{dolly}} and it fell off. sorry lads
        [[name:Lewis]]: no harm, it was behind the {{chocks}}. but an engine would eat that. report it pls
        [[name:Big Sam]]: done, [[case_reference:FOD-0719]]. also asking for bins on the {{GSE}}
    """)),
    ("aviation", "success", block("""
        Ramp control log - [[date:19/08/24]]
        15:32 {{Lightning alert}} stage 1 (10 km). Headsets off, ramp staff warned.
        15:38 Stage 2 (5 km) - {{ramp closure}}. All staff into buildings. 9 aircraft on stand, 3 mid-turn incl.
        [[flight_number:JV1450]] ([[aircraft_registration:G-JVAB]]) mid-fuelling - fueller stopped and cleared.
        15:40 Crews told on {{ops radio}}; pax kept on board [[flight_number:JV1450]] with {{APU}} running,
        {{PA}} given.
        16:05 All clear. Ramp reopened 16:07 after a {{headcount}} of 38 staff by team leaders.
        16:40 All departures away, max delay 52 min.
        Good: nobody stayed out "to finish the bags", and the headcount was done in full for the first time.
        - [[name:Aoife]] / [[name:Rashid]]
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind99", REPORTS))


if __name__ == "__main__":
    main()
