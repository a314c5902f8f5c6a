"""Blind held-out corpus 24: Yorkshire and the Humber and East Anglia.

Fifty hand-written reports set in Leeds, Bradford, Hull, Sheffield, Norwich, Ipswich, Peterborough and
King's Lynn: social care (20), health (20) and aviation at Leeds Bradford, Humberside and Norwich (10).
The set is success-heavy (compliments passed on, thank-you e-mails, good-catch write-ups) with incidents
and near misses mixed in. Voices: pasted e-mail threads with replies and signatures, meeting minutes
with attendee lists of names and initials, supervision notes, unpunctuated voice-to-text dictations,
and foster carers' and parents' own words.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import build_records, write_records  # noqa: E402
from markup import flow as P  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind24.jsonl"


def E(s: str) -> str:
    """E-mails, minutes and forms: keep line breaks; a line indented further continues the one above."""
    out: list[str] = []
    for line in textwrap.dedent(s).strip().split("\n"):
        if line.startswith("  ") and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line.rstrip())
    return "\n".join(out)


REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ social care (20)
    ("social_care", "success", E("""
        From: [[name:Janet Ackroyd]] <[[email:janet.ackroyd@leeds.gov.uk]]>
        Sent: [[date:14 March 2024]] 09:12
        To: [[organisation:Fostering North]] (all)
        Subject: FW: thank you!!

        Morning all - passing this on from our carers [[name:Pam]] and [[name:Derek Hollins]], lovely to read
          on a Thursday. [[name:J]] x

        [[name:Janet Ackroyd]] | {{Supervising Social Worker}} | [[organisation:Fostering North]] |
          [[phone:0113 378 4420]]

        -----Original Message-----
        From: [[name:pam hollins]] <[[email:pamderek62@btinternet.com]]>
        Sent: [[date:13 March 2024]] 21:47
        To: [[name:Janet Ackroyd]]
        Subject: thank you!!

        hi [[name:janet]] just a quick one to say thank you for sorting the {{respite}} so quick for [[name:Tyler]].
          he came back from the weekend at [[organisation:Hawthorn House]] chattering about the canal boat and hes
          slept through 3 nights now which is a first since he came to us. please say thanks to [[name:Kofi]] there
          he was brilliant with him and rang me sat night without me asking. [[name:Derek]] says the
          {{life story}} session helped as well
        [[name:Pam]] x
    """)),
    ("social_care", "success", E("""
        SUPERVISION RECORD
        Supervisee: [[name:Imran Qureshi]] (SW)   Supervisor: [[name:Hannah Lister]] (TM)
        Date: [[date:02/05/2024]]   Team: [[organisation:Keighley Children's Locality]]
        1. Caseload - 17 (2 CP, 6 CIN, 9 CLA). None unallocated.
        2. Reflective case discussion - the [[name:Bibi]] family ([[case_reference:LCS 4471902]]). [[name:IQ]] used
          {{Signs of Safety}} mapping with mum and maternal gran, danger statement written in Urdu and English.
          [[name:Zainab]] ([[age:14]]) told [[name:IQ]] it was the first time she felt listened to. Scaling moved
          from 3 to 7. [[name:HL]] noted this as really strong direct work and asked [[name:IQ]] to share the
          template at the Thurs huddle.
        3. Wellbeing - [[name:IQ]] tired after the [[name:Akhtar]] court bundle, {{TOIL}} agreed.
        4. Actions: [[name:HL]] to nominate [[name:IQ]] for the team practice award; [[name:IQ]] to book the
          {{PLO}} refresher.
        Signed [[name:HL]] / [[name:IQ]]
    """)),
    ("social_care", "incident", P("""
        voice note transcribed please excuse errors this is [[name:carl hebden]] waking night at
        [[organisation:Marfleet Lodge]] on [[date:saturday the 17th of august]] at about 2 15 am young person
        [[name:Kai-Leigh Robson]] who is [[age:15]] got out through the laundry window the window restrictor was
        found snapped and had not been put on the {{maintenance log}} i followed the {{missing from care}} protocol
        rang 101 log number [[case_reference:24 000 81 93]] and the on call manager [[name:Shaz Begum]]
        [[name:Kai-Leigh]] came back at 5 40 brought back by PC [[name:Danby]] she said she had been at her
        boyfriend [[name:jordans]] on [[address:Preston Road]] she was offered a {{return home interview}} and a
        hot drink and went to bed restrictor now fixed by estates end of note
    """)),
    ("social_care", "near_miss", E("""
        Near miss - homecare MAR chart
        Reported by: [[name:Lorraine Stubbs]], care coordinator, [[organisation:Brightside Homecare]],
          [[phone:0114 296 0385]]
        Service user: Mr [[name:Frank Pashley]], [[age:88]], [[address:41 Wensley Street, Sheffield]]
          [[postcode:S4 8JE]], NHS no [[nhs_number:480 601 7272]]
        On [[date:6.2.24]] carer [[name:Dawn]] (new starter, shadowing [[name:Bev]]) went to give [[name:Frank]]
          his teatime meds and noticed the {{dosette}} had been filled with the old {{warfarin}} dose, not the
          reduced one from the anticoag clinic letter dated [[date:1/2/24]]. [[name:Dawn]] did not give, rang the
          office, I rang the pharmacy and they confirmed the change hadnt been actioned. New pack delivered same
          evening. No harm. Really proud of [[name:Dawn]] for trusting her gut on day 3. Fed back to [[name:Bev]]
          and to [[name:Franks]] daughter Mrs [[name:Ivy Marsden]].
    """)),
    ("social_care", "success", E("""
        Compliment received via the {{Early Help}} inbox, typed as sent, passed to [[name:Lauren Mace]] (FSW)
          and her manager:

        "I never thought id be writing one of these. when [[name:Lauren]] first came round to our flat on
          [[address:Mile Cross Road]] I didnt want to know, I thought she was there to take [[name:Ruby]] and
          [[name:Alfie]] off me. She wasnt. she sat on the floor with [[name:Alfie]] and his trains and helped me
          fill in the form for the {{DLA}}, came with me to [[name:Ruby]]'s {{EHCP}} meeting at
          [[organisation:Catton Grove Primary]] when I was shaking. [[name:Ruby]] is [[age:7]] now and reading. we
          have a routine. Thank you [[name:Lauren]] your a star. from [[name:Stacey-Ann]] ([[name:Ruby]] and
          [[name:Alfies]] mum)"

        Forwarded by [[name:Neil Guthrie]], Team Manager, [[organisation:Norwich North Locality]], [[date:24 Jan]].
    """)),
    ("social_care", "success", E("""
        CIN Review Meeting - Minutes
        Child: [[name:Mason Kerridge]] (DOB [[date_of_birth:11/09/2016]])   Ref: [[case_reference:SCC-CIN-20931]]
        Venue: [[organisation:Sprites Primary]], Ipswich   Date: [[date:Weds 10 April 2024]]
        Present: [[name:Gemma Folkard]] (SW) [[name:GF]]; Mrs [[name:Tracy Kerridge]] (mum) [[name:TK]];
          Mr [[name:Okonkwo]] ({{SENCo}}) [[name:CO]]; [[name:Bill Sayer]] (school nurse) [[name:BS]];
          [[name:Anika Dutta]] (Home-Start volunteer) [[name:AD]]
        Apologies: Dr [[name:Ferris]] (GP, [[organisation:Chantry Vale Surgery]])
        1. Progress - [[name:TK]] said things are "night and day". Attendance 96% (was 71%). [[name:CO]] reported
          [[name:Mason]] now in {{nurture group}} 3 mornings and settled.
        2. [[name:BS]] - {{enuresis}} clinic referral done, seen.
        3. Agreed: plan ends, step down to universal services. [[name:GF]] thanked [[name:AD]] for the weekly
          visits - [[name:TK]] said [[name:AD]] was "the one who got me out the house".
        Minutes: [[name:GF]]
    """)),
    ("social_care", "incident", E("""
        Incident ref: [[case_reference:PCC-IG-2024-0117]]
        Category: Information governance - letter to wrong address
        Summary: Outcome letter for a {{Section 42}} enquiry about Mrs [[name:Maureen Tilley]]
          (DOB [[date_of_birth:03.07.1941]], {{Mosaic}} ID [[case_reference:7719284]]) was posted on
          [[date:19/02]] to [[address:17 Gladstone Street, Peterborough]] [[postcode:PE1 2BQ]] - her previous
          address - instead of [[organisation:Fernlea Care Home]], [[address:Thorpe Road]]. The current occupant,
          a Mr [[name:Vasile Popescu]], phoned the contact centre on [[date:21/02]] and handed it back unopened to
          the duty worker [[name:Kirsty Loft]]. Cause: address not updated when [[name:Maureen]] moved. {{ICO}}
          threshold not met per IG lead ([[name:Dev Sharma]]). [[name:Maureen]] and her son [[name:Gary]] informed
          by [[name:Kirsty]] [[date:22/02]], apologised.
        Learning: address check at enquiry closure added to the checklist.
    """)),
    ("social_care", "success", E("""
        Foster carer daily log - [[date:Sun 7th July]] - written by [[name:Sue]] for [[name:Amara]]'s SSW
          [[name:Tom Rix]]

        Good day!! [[name:Amara]] (nearly [[age:12]]) asked if she could help cook so we did jollof rice using
          her aunties recipe that [[name:Tom]] got from the {{family time}} supervisor. She rang Auntie
          [[name:Blessing]] on video after and showed her, [[name:Blessing]] cried. First time [[name:Amara]] has
          talked about home without getting upset. Went to the Walks in the afternoon with our [[name:Ellie]] and
          the dog. [[name:Amara]] did her {{melatonin}} herself at 8 and was asleep by 9. I know we had a tricky
          June with the {{PEP}} and school so wanted to log a good one.
        [[name:Sue Fenwick]], [[address:14 Chapel Row, Terrington St Clement]] [[postcode:PE34 4LN]]
    """)),
    ("social_care", "near_miss", E("""
        MASH near miss - learning summary (no harm)
        On [[date:28/11/23]] a police {{PPN}} came into the {{MASH}} for a child recorded as
          "[[name:Leo Brannigan]], DOB [[date_of_birth:04/06/2019]]". A search on that DOB found no open case so
          the contact was rated green for info only. Next morning [[name:Naz Hussain]] (MASH social worker)
          re-ran the search by address - [[address:9 Kirkstall Hill Court]], [[postcode:LS5 3JQ]] - and found
          [[name:Leo]] open to [[organisation:Leeds West CP team]] under the correct DOB
          [[date_of_birth:06/04/2019]] (day and month swapped by the reporting officer). Child protection plan
          for neglect, SW [[name:Rachel Oduya]]. [[name:Naz]] rang [[name:Rachel]] within the hour and info was
          shared same day. Ref: [[case_reference:LCC-MASH-88231]].
        Learning: always search on two identifiers; day/month swaps are common. [[name:Naz]] praised at the
          {{daily MASH meeting}} by [[name:Sandra]] (Team Mgr).
    """)),
    ("social_care", "success", E("""
        Thank you card - transcribed for the compliments log, [[organisation:Heaton Grange Nursing Home]],
          [[date:3 Oct]]

        To all the staff upstairs,
        Words cant say how grateful we are for the care you gave our Dad, [[name:Wilf Sunderland]], in his last
          weeks. Special thanks to [[name:Grace]] on nights who sat with him and held his hand when we couldnt get
          there in time, and to Nurse [[name:Adebayo]] who explained the {{syringe driver}} to us so gently. Dad
          always said {{grace}} before his tea and it made us smile that his favourite carer had the same name.
          The {{end of life}} care was first class.
        With love, [[name:Maxine]], [[name:Carl]] and the grandkids

        Logged by: [[name:Faith Mortimer]] (Deputy Manager)
    """)),
    ("social_care", "incident", E("""
        Family time incident - notes from debrief with supervisor
        Worker: [[name:Chantelle Gray]] (family time worker) | Supervisor: [[name:Pete Ibbotson]]
        Child: [[name:Harley-Rose Whitworth]], [[age:4]], ref [[case_reference:20-118847]]
        On [[date:Tues 14/5]] dad ([[name:Ryan Whitworth]]) arrived at the Sharrow centre smelling strongly of
          alcohol and slurring. [[name:CG]] did not start the session, kept [[name:Harley-Rose]] in the play room
          with the foster carer Mrs [[name:Omolade]] and asked [[name:Ryan]] to leave. He shouted and kicked the
          door. [[name:CG]] pressed the alarm; [[name:Ryan]] left before police came. [[name:Harley-Rose]] was
          upset but settled with the carer. [[name:Pete]] said [[name:CG]] did exactly what the
          {{family time agreement}} says. Agreed [[name:CG]] to write to [[name:Ryan]] re conditions; flagged to
          SW [[name:Amy Lindqvist]] for the {{LAC review}}. [[name:CG]] shaken - offered {{EAP}}.
    """)),
    ("social_care", "success", E("""
        From: [[name:Dean Cawkwell]]
        Sent: Friday, [[date:7 June 2024]] 16:02
        To: [[organisation:Hull Leaving Care Team]]
        Subject: RE: RE: [[name:Jayden]] - keys!!!

        Just to close the loop - [[name:Jayden]] picked up his keys at 3pm for
          [[address:Flat 6, Orchard Court, 22 Sculcoates Lane]] [[postcode:HU5 1DT]]. Grinning ear to ear.
          Massive thanks to [[name:Lisa]] at the housing office and to [[name:Moses]] for the
          {{setting up home allowance}} push.
        [[name:Dean]]

        [[name:Dean Cawkwell]] | Personal Adviser | [[phone:01482 615 337]] | [[email:dean.cawkwell@hullcc.gov.uk]]

        > From: [[name:Moses Ssempala]]
        > Sent: [[date:5 June 2024]] 11:20
        > Grant approved, £2,000 - [[name:Jayden]] can order the bed and cooker today. Good work [[name:Dean]],
          this has been 8 months coming. [[name:M]]
        >
        > > From: [[name:Dean Cawkwell]]
        > > Sent: [[date:4 June 2024]] 09:41
        > > Tenancy offered for [[name:Jayden]] (care leaver, [[age:19]], {{Staying Close}}). Can we fast-track?
          NI number [[ni_number:JT 40 81 22 B]] now on file for the {{UC}} claim.
    """)),
    ("social_care", "near_miss", E("""
        Safeguarding concern - early intervention / near miss
        Raised by: [[name:Kerry-Ann Hewitt]], senior carer, [[organisation:Sprowston Homecare]]
        Adult: Mr [[name:Leonard]] ([[name:Len]]) [[name:Bircham]], [[age:79]],
          [[address:12 Wroxham Road, Sprowston]], [[postcode:NR7 8TZ]]
        On [[date:23rd Jan]] [[name:Kerry-Ann]] noticed [[name:Len]]'s post had three letters from a payday
          lender and [[name:Len]] said "the lad from the drive" had been helping with his bank card.
          [[name:Len]] has {{vascular dementia}}. [[name:Kerry-Ann]] rang the {{duty line}} (case ref
          [[case_reference:NCC-ASC-302215]]) and spoke to [[name:Priya Venkatesh]], who contacted the bank and
          arranged a {{Lasting Power of Attorney}} conversation with his niece [[name:Hope Chilvers]]. Card
          cancelled before any large transaction. [[name:Len]] said afterwards "that girl [[name:Kerry]] saved my
          bacon".
    """)),
    ("social_care", "success", E("""
        IRO footnote to LAC review 4, [[date:18.03.2024]] - [[name:Chloe Mwangi-Baker]] ([[age:15]])
        IRO: [[name:Siobhan Carr]]. Child's SW: [[name:Will Fairweather]].
        [[name:Chloe]] chaired part of her own review today from a list she wrote with [[name:Will]] on the drive
          over. Her words (with permission): "[[name:will]] is the first social worker who actually comes when he
          says. he took me to see my brother [[name:Kieran]] even when it wasnt his day. I want it written down
          that he is good at his job." Carers Mr and Mrs [[name:Amoah]] report no missing episodes since the move
          in November. I want to recognise [[name:Will]]'s consistency - this is what {{relational practice}}
          looks like. Plan: {{care plan}} remains long-term fostering; {{permanence}} to be confirmed.
        [[name:Siobhan Carr]], Independent Reviewing Officer
    """)),
    ("social_care", "incident", E("""
        INCIDENT - school transport
        Date/time: [[date:12/09/2023]], approx 08:20
        Vehicle: minibus [[vehicle_registration:YE19 KXW]], driver [[name:Barry Normington]], passenger assistant
          [[name:Joy Asante]]
        Child: [[name:Oliver]] "[[name:Ollie]]" [[name:Thackray]], [[age:10]], attends
          [[organisation:Broomfield South SILC]]
        [[name:Ollie]] has {{autism}} and a {{PEG}}; his seat harness was found unbuckled on arrival,
          [[name:Joy]] had checked it at pick up on [[address:Harehills Lane]]. [[name:Ollie]] probably undid it
          himself on the {{ring road}}. No injury. Mum ([[name:Carla]]) informed by school at 9.05 on
          [[phone:07700 914 322]].
        Actions: buckle guard to be fitted; [[name:Joy]] and [[name:Barry]] to do checks at lights per policy.
        Reported by [[name:Joy]], reviewed by [[name:Martin Teale]] (Transport Ops).
    """)),
    ("social_care", "success", E("""
        Good practice note - Shared Lives
        {{Shared Lives}} carer [[name:Daisy Okoro]] (Bretton) has supported Mr [[name:Bernard Quince]],
          [[age:46]], who has {{Down's syndrome}}, since his move out of residential care last spring. At his
          review on [[date:05/03/24]] [[name:Bernard]] told reviewing officer [[name:Sam Gill]] he wanted a job;
          [[name:Daisy]] found him a volunteer placement at the [[organisation:Green Backyard]] and went with him
          on the bus {{every Wednesday}} until he was confident. [[name:Bernard]] now travels alone. His sister
          (Mrs [[name:Rose Quince-Adair]], tel [[phone:01733 554 109]]) emailed [[name:Sam]]: "[[name:Bernie]] has
          never been so happy, please tell [[name:Daisy]]." [[name:Sam]] passed it to the panel chair.
        Case no. [[case_reference:PCC/SL/0642]]; NI no. [[ni_number:SH 72 19 04 A]] (for PIP review)
    """)),
    ("social_care", "success", E("""
        Text from mum to Early Help worker [[name:Shabana Rafiq]], copied into case notes (EH ref
          [[case_reference:55/20817]]) with mums consent [[date:19.7.24]]:

        "hiya [[name:shabana]] its [[name:Kelly]]. just wanted to say [[name:Tyson]] got his certificate today for
          100% attendance this half term!!! he was buzzing. I no I was a nightmare at the start but the
          {{triple P}} stuff actually works lol. bedtime is 7.30 now and hes not been late once. Me and
          [[name:Darren]] are doing the housing forms this wknd. thank u for not giving up on us x"

        [[name:SR]] note: huge change since the {{TAF}} in January. Plan to close at next TAF on
          [[date:6 Sept]] with school ([[organisation:Lower Fields Primary]]) as {{lead professional}}. Shared
          with TM [[name:Rukhsana]].
    """)),
    ("social_care", "near_miss", P("""
        Near miss hoist sling reablement West Norfolk ref [[case_reference:WN-REA-1193]] dictated by OT voice to
        text. client Mrs [[name:Summer Ransome]] age [[age:67]] at home [[address:3 Lynn Road Gaywood]] after hip
        # carers [[name:Bogdan]] and [[name:Priti]] arrived for the am call [[date:tues 4th]] found the
        {{sling}} delivered by the equipment service was a large not the medium i assessed for on the
        [[date:2nd]] they stopped and rang me before transferring which is exactly right had she been hoisted in a
        large she could have slipped through the legs i got the right sling out by 1pm client stayed in bed safe
        had breakfast meanwhile thanks to [[name:Bogdan]] for checking the label tagged to equipment provider
        {{OT}} [[name:Lydia Marsh-Whitaker]]
    """)),
    ("social_care", "success", E("""
        Minutes - Introductions midway review, [[date:22 Feb 2024]], via Teams
        Present: [[name:Ngozi Eze]] (adoption SW, [[name:NE]]), [[name:Kath Drabble]] (child's SW, [[name:KD]]),
          [[name:Paul]] and [[name:Martin Fairclough-Shaw]] (adopters, [[name:PFS]]/[[name:MFS]]),
          [[name:Mel Brown]] (foster carer, [[name:MB]])
        Child: [[name:Skye]], [[age:2]] yrs 4 months. Adoption ref [[case_reference:ASY-2023-0418]]
        - [[name:MB]]: [[name:Skye]] went to [[name:Paul]] for a nappy change without looking for [[name:Mel]]
          first - big moment. Routines handed over well, {{transition plan}} on track.
        - [[name:KD]]: {{life story}} work started; [[name:Mel]]'s video of [[name:Skye]]'s first steps to go in
          the book.
        - [[name:MFS]] asked about {{letterbox contact}} with birth mum; [[name:NE]] to confirm.
        - Agreed: move day stays [[date:Thurs 29 Feb]]. Everyone thanked [[name:Mel]] for the handover diary.
        Next review: [[date:Tues 27th]], [[name:NE]] to chair.
    """)),
    ("social_care", "incident", E("""
        SSW record - unplanned contact via social media
        Carer: [[name:Tina Brocklesby]] (Bransholme). Child: [[name:Dionne]], [[age:13]], CLA,
          [[case_reference:LCS 8830127]]
        [[name:Tina]] rang me [[date:Mon 2/10]] at 7pm - she had seen messages on [[name:Dionne]]'s phone from
          her birth dad ([[name:Shane Pickering]]) on Snapchat arranging to meet in town at the weekend. Contact
          with dad is currently suspended by the court. [[name:Tina]] stayed calm, did not confiscate the phone,
          and told [[name:Dionne]] she had to share it. I informed {{EDT}} (ref [[case_reference:EDT/23/4471]])
          and [[name:Dionne]]'s SW [[name:Farah Nazir]] first thing Tues. Police made a welfare visit to
          [[name:Shane]]. Logged under {{delegated authority}}; [[name:Tina]]'s {{safer caring plan}} updated to
          include phone checks agreed with [[name:Dionne]].
        [[name:Alison Goforth]], SSW
    """)),
    # ------------------------------------------------------------------ health (20)
    ("health", "success", E("""
        From: {{PALS}}, [[organisation:Leeds Teaching Hospitals]]
        To: Ward Manager; Sister [[name:Niamh Doherty]]
        Sent: [[date:03 April 2024]] 10:15
        Subject: Compliment - ref [[case_reference:PALS/COMP/24/1187]]

        Dear [[name:Niamh]],
        Please share with your team. We received the below from Mr [[name:Geoffrey Allott]] about his wife.
        "My wife [[name:Margaret]] was on your ward at the [[organisation:LGI]] after her {{stroke}}. A young
          nurse called [[name:Aisha]] and the healthcare assistant [[name:Stefan]] washed her hair on her
          birthday because she said she felt like a person again. Dr [[name:Lam]] took time on a Sunday to
          explain the {{thrombectomy}} to our daughter [[name:Sophie]] in Australia on FaceTime. Thank you all."
        Kind regards,
        [[name:Bernadette]]
        Patient Advice and Liaison Service | [[phone:0113 206 4372]]
    """)),
    ("health", "near_miss", E("""
        Datix [[case_reference:412887]] - near miss, specimen labelling - [[organisation:Northern General]], AMU
        Two patients with the same surname in bays 3 and 4: Mr [[name:Dennis Hague]] (NHS
          [[nhs_number:974 786 0112]]) and Mr [[name:Derek Hague]] (NHS [[nhs_number:197 364 6544]]), both born
          in [[date_of_birth:1950]]. {{FY1}} Dr [[name:Ellis]] took bloods from [[name:Dennis]] and pre-printed
          labels were picked up for [[name:Derek]]. Phlebotomist [[name:Marta Nowak]] noticed the mismatch when
          she checked the wristband against the label, before the sample left the bay. Bloods re-labelled; the
          {{INR}} result would otherwise have gone to the wrong {{warfarin}} patient.
        Actions: "same name" alert on the board; label at the bedside, never pre-print.
        Thank you [[name:Marta]] - great catch.
        Reported by: Charge Nurse [[name:Tomasz Wrobel]], [[date:12/01/24]]
    """)),
    ("health", "incident", E("""
        INCIDENT REPORT - Inpatient fall with harm
        [[organisation:Hull Royal Infirmary]], Ward 110 (elderly care)
        Pt: [[name:Edna Spofforth]], [[age:91]], MRN [[case_reference:H0482217]], NHS no. [[nhs_number:845 516 3178]]
        Date/time: [[date:27/12/2023]] 03:40
        Found on floor beside bed by HCA [[name:Jolene Wray]] on her 2-hourly round. Pt had got up to use the
          toilet; {{bed rails}} not in use per assessment, {{falls sensor}} mat not switched on after the bed
          move from bay 2 at 23:00. Head lac 2cm, on {{apixaban}} so CT head - no bleed. Daughter Mrs
          [[name:Beverley Eastwood]] informed 07:15 by nurse in charge [[name:Ama Boateng]].
        Learning: sensor mat check added to bed-move checklist. Duty of candour letter sent by matron
          [[name:K. Nicholson]].
    """)),
    ("health", "success", P("""
        dictated in the car sorry for typos visit to mr [[name:abdul karim]] at
        [[address:58 Earlham Green Lane]] [[postcode:NR5 8HF]] for leg dressing he has been on our books 2 years
        and today for the first time the {{venous leg ulcer}} on the left is healed completely full credit to
        student nurse [[name:Ellie-Mae Burrows]] who suggested the {{compression}} hosiery kit with the zip because
        he couldnt manage the other one with his arthritis and hed been taking them off mr [[name:karim]] said to
        tell [[name:Ellie]] he is going to the eid party at the mosque on the [[date:10th]] will copy to
        [[name:Jen]] the practice educator for her {{PAD}} NHS number [[nhs_number:644 588 9069]]
        [[name:Hannah Tuttle]] district nurse [[organisation:Norwich West neighbourhood team]]
    """)),
    ("health", "near_miss", E("""
        Near miss ID: [[case_reference:ESNEFT-W-20931]] - [[organisation:Ipswich Hospital]]
        Patient: Mr [[name:Oluwaseun Adeyemi]], [[age:58]] (DOB [[date_of_birth:21.08.1965]]), Hosp no.
          [[case_reference:D2204518]]
        On admission [[date:8 Nov]] the admitting doctor (Dr [[name:Harriet Pyke]], {{FY2}}) transcribed
          {{NovoRapid}} 40 units TDS instead of 4 units TDS from the GP list
          ([[organisation:Two Rivers Medical Centre]]). Ward pharmacist [[name:Chidi Obi]] queried it at 14:10
          before the first dose; no dose given. Patient's wife [[name:Funmi]] confirmed 4 units. Dr [[name:Pyke]]
          corrected the chart and reflected well.
        Learning: "U" for units never written; {{EPMA}} dose-range alert requested for insulin. [[name:Chidi]]
          nominated for the Going the Extra Mile award.
        Reported by: Sister [[name:Gail Rushbrook]], [[phone:01473 702 118]]
    """)),
    ("health", "success", E("""
        Subject: Thank you to the Birth Centre team x
        From: [[name:Jade]] & [[name:Arturas]] <[[email:jadeandart2019@gmail.com]]>
        Date: Sun, [[date:18 Feb 2024]] 20:31

        To everyone at [[organisation:Peterborough City Hospital]] Birth Centre,
        Our little girl [[name:Amber Lukauskaite-Pell]] was born on [[date_of_birth:11/02/24]] at 04:52, 7lb 2oz.
          We want to thank midwife [[name:Precious]] for staying past the end of her shift so she could see
          [[name:Amber]] arrive, and {{student midwife}} [[name:Orla]] who never left my side and talked me
          through the {{gas and air}}. When [[name:Amber]]'s sats dipped the {{neonatal}} team were there in
          seconds and Dr [[name:Banerjee]] explained everything to [[name:Art]] really calmly. We're home now in
          Werrington and doing great.
        [[name:Jade]], [[name:Arturas]] ([[name:Art]]) & [[name:Amber]] xxx
    """)),
    ("health", "incident", E("""
        Incident: delayed conveyance / handover - SI screening
        Patient: Mrs [[name:Nasreen Akhtar]], [[age:72]], [[address:19 Whetley Lane, Bradford]]
          [[postcode:BD8 9HP]]. NHS [[nhs_number:397 783 5238]]
        GP: Dr [[name:M Sood]], [[organisation:Picton Medical Centre]]
        [[date:Fri 12 Jan 2024]]: [[name:Nasreen]]'s son [[name:Asif]] rang 999 at 18:12 with chest pain;
          {{Category 2}} call. Crew arrived 21:05 (ambulance ref [[case_reference:1120334]]). Handover at
          [[organisation:BRI]] delayed a further 2h10 due to corridor care. Troponin raised, {{NSTEMI}}. PCI next
          day, discharged well. [[name:Asif]] complained via PALS; Dr [[name:Sood]]'s practice also raised it.
          Meeting held [[date:30/01]] with [[name:Asif]] and [[name:Nasreen]] by Lead Nurse
          [[name:Fiona Crabtree]].
        Learning: release-to-respond protocol; {{cohort area}} staffing reviewed.
    """)),
    ("health", "success", E("""
        [[organisation:QEH]] - Patient Safety Learning Forum, minutes, [[date:Thurs 16 May 2024]]
        Attendees: Dr [[name:Rajesh Menon]] ([[name:RM]], chair), [[name:Lucy Bunting]] ([[name:LB]], Patient Safety
          Partner), Dr [[name:Sian Pritchard]] ([[name:SP]]), [[name:Wendy Gotts]] ([[name:WG]], Practice
          Educator), [[name:Emeka Nwosu]] ([[name:EN]], theatre {{ODP}})
        Apologies: [[name:Jo-Anne Kerrison]]
        Item 3 - Good catch of the month: [[name:EN]] spotted during the {{WHO checklist}} sign-in that the
          consent form said left but the site mark was on the right knee. Theatre paused, consultant
          re-consented, correct side operated on. [[name:RM]] praised [[name:EN]] for speaking up. [[name:LB]]
          asked for the patient's view: she said she was "glad someone checked twice".
        Item 4 - [[name:WG]] to add the case to {{human factors}} training.
        Actions: [[name:RM]] to write to [[name:EN]]'s manager. Minutes: [[name:WG]]
    """)),
    ("health", "near_miss", E("""
        Near miss - CAMHS appointment letter
        Young person: [[name:Tegan-Louise Marsden]] ([[age:16]]), DOB [[date_of_birth:30/01/2008]],
          NHS [[nhs_number:989 424 8969]], CAMHS ref [[case_reference:CAM-L-77310]]
        Admin ([[name:Becky]]) prepared a letter for [[name:Tegan]]'s {{CAPA}} choice appointment using the
          address on the referral: [[address:48 Beeston Road]], [[postcode:LS11 6AD]]. Clinician
          [[name:Oisin Gallagher]] read the notes before sending and saw [[name:Tegan]] had moved to her nans in
          Middleton after a {{safeguarding}} concern about mums partner - the letter would have gone to the house
          where he lives. Letter held, address confirmed with the school nurse ([[name:Leanne]]) and {{GP}}, sent
          to nans instead. [[name:Oisin]] logged it on Datix ([[case_reference:W-34481]]); team agreed a "safe
          address" check on every referral. Good practice - thanks [[name:Oisin]] and [[name:Becky]].
    """)),
    ("health", "success", E("""
        Compliment passed on by ward manager to the ward team. Posted on the hospital feedback site by a parent,
          shared with permission.

        "Our son [[name:Reuben]] ([[age:6]]) came in to [[organisation:Sheffield Children's]] with {{DKA}} on
          [[date:2nd Dec]] and was diagnosed type 1. We were terrified. The diabetes nurse
          [[name:Mariam Sadiq]] spent two hours with us on the first night with an orange and a pen showing us
          injections. The play specialist ([[name:Hollie]] I think?) made [[name:Reuben]] a superhero cape with
          his {{Libre}} sensor on it. Dr [[name:Whitehouse]] rang us at home on [[date:Christmas Eve]] to check
          his numbers. We're home in Hillsborough managing. Please thank them. - [[name:Ross]] and
          [[name:Jenna Platt]]"

        Ward manager note: shared at huddle [[date:18/12]], nominated [[name:Mariam]] for the {{Star Award}}.
          - [[name:Deb H.]]
    """)),
    ("health", "incident", E("""
        Incident - patient AWOL, detained under s3 MHA
        [[organisation:Hellesdon Hospital]], acute ward. Patient: [[name:Connor Blyth]], [[age:27]],
          NHS [[nhs_number:702 831 0590]], ward ID [[case_reference:NSFT-P-118203]]
        [[date:Sunday 21/04]] at 15:20 [[name:Connor]] left through the courtyard gate when it was propped open by
          a contractor. Noticed missing at 15:35 {{observation}} check by HCA [[name:Marek]]. NIC
          [[name:Yvonne Carrow]] informed police (ref [[case_reference:NC-21042024-0412]]) and [[name:Connor]]'s
          mum [[name:Angela]] at 15:50. [[name:Connor]] returned at 19:10 - his mum drove him back from her house
          at [[address:7 Beeston Lane, Old Catton]]. {{Section 17 leave}} not granted at the time. No harm.
        Actions: estates to fit self-closer; contractor induction to include {{AWOL}} risk. Reviewed by Modern
          Matron [[name:Sunil Dhar]].
    """)),
    ("health", "success", E("""
        Clinical supervision - notes (1:1), [[date:09/10/2023]]
        Supervisee: [[name:Rachael Stothard]] (Band 6 DN)   Supervisor: [[name:Olu Fashola]] (Band 7, Team Lead,
          [[organisation:East Hull Neighbourhood Nursing]])
        Discussed: end of life care for "Mr [[name:G]]" ([[name:George]]) at home in Sutton. [[name:RS]]
          coordinated {{just in case medicines}}, liaised with [[organisation:Dove House Hospice]] and got the
          {{DNACPR}} form sorted before the weekend. [[name:George]] died peacefully on the Saturday with his wife
          [[name:Mavis]] and the dog on the bed as he wanted. [[name:Mavis]] sent a card: "[[name:Rachael]] made it
          possible for him to die in his own home". [[name:OF]] fed back that [[name:RS]]'s documentation was
          exemplary.
        [[name:RS]] reflection: emotionally drained; [[name:OF]] suggested a {{Schwartz Round}}.
        Next supervision: 6 weeks. Signed [[name:RS]] / [[name:OF]]
    """)),
    ("health", "near_miss", E("""
        Near miss: allergy. [[organisation:Bradford Royal Infirmary]] ED, majors
        Patient: [[name:Sky Holdsworth]], [[age:34]], hosp no. [[case_reference:BRI-7730214]],
          NHS [[nhs_number:946 683 7222]]
        Documented {{penicillin}} allergy (anaphylaxis, 2015). [[date:Sat 9 March]] c. 02:00 -
          {{co-amoxiclav}} IV prescribed for query {{cellulitis}} by locum Dr [[name:Theo Van der Berg]]; the
          allergy banner did not show on the paper drug chart as EPR was down. Staff nurse [[name:Yusuf Patel]]
          checked the red wristband and asked [[name:Sky]] before drawing up. Not given; changed to
          clarithromycin. [[name:Sky]] said "I'm glad he asked." [[name:Theo]] apologised and has completed the
          allergy e-learning. Lesson: during EPR downtime the red wristband check is the last line.
        Logged by [[name:Yusuf]], [[date:09/03/24]]
    """)),
    ("health", "success", E("""
        From: [[name:Chris Peacock]] <[[email:chris.peacock@esneft.nhs.uk]]>
        Sent: [[date:29 August 2024]] 13:05
        To: ED Nursing Team; [[name:Rhiannon Gilbey]]
        Subject: RE: thank you from a patient

        Lovely - [[name:Rhiannon]], I'll pop this in your appraisal file. [[name:Chris]]
        [[name:Christopher Peacock]] | Matron, Emergency Department | [[organisation:Ipswich Hospital]] |
          [[phone:ext 5521]]

        From: [[name:Rhiannon Gilbey]]
        Sent: [[date:29 August 2024]] 11:47
        Subject: FW: thank you from a patient
        Forwarding as asked x [[name:RG]]

        From: [[email:mark.fairbrother1@outlook.com]]
        Sent: [[date:28 August 2024]] 22:10
        Dear nurse [[name:Rhiannon]] and the doctor with the purple glasses (Dr [[name:Chen]]?), I came in on
          Friday with my dad [[name:Walter]] after his fall. You spotted he had {{delirium}} not dementia and got
          the {{UTI}} treated. He is back to himself. I was in bits and you made me a tea and phoned my sister
          for me. Thank you. [[name:Mark Fairbrother]]
    """)),
    ("health", "incident", E("""
        SEA (significant event analysis) - abnormal result not actioned
        Practice: [[organisation:Thistlemoor Medical Centre]]. SEA no. [[case_reference:TMC-SEA-24-03]]
        Patient: Mrs [[name:Agnieszka Zielinska]], DOB [[date_of_birth:14/11/1979]], NHS [[nhs_number:709 945 7454]]
        A low {{ferritin}} and Hb of 79 reported [[date:04/03/24]] was filed "no action" by a {{locum}} on a day
          the usual GP (Dr [[name:Oyelaran]]) was on leave. Patient re-presented [[date:02/04/24]] breathless;
          admitted to [[organisation:Peterborough City Hospital]] for transfusion, iron deficiency anaemia,
          {{OGD}} arranged. Recovered. Her husband [[name:Tomasz]] translated; apology given in person by
          Dr [[name:Oyelaran]] and practice manager [[name:Leanne Sharpe]].
        Learning: all abnormal results buddied when a locum files; monthly task audit by [[name:Priya]]
          (pharmacist) and [[name:Leanne]].
        Discussed at clinical meeting [[date:17 April]] - [[name:AO]], [[name:LS]], [[name:PK]], [[name:JT]].
    """)),
    ("health", "success", E("""
        For the compliments file - [[organisation:St Gemma's Hospice]], community team
        Passed on verbally by Mrs [[name:Patience Oyedepo]] to [[name:Dawn Ellerby]] (CNS) at the bereavement
          follow-up call on [[date:14/06]]:
        Her husband [[name:Ade]] ([[name:Adebayo Oyedepo]], [[age:63]], NHS [[nhs_number:701 429 4954]]) died at
          home [[date:30/05]] with the {{syringe driver}} running and the family around him. She wanted us to
          know that the night the {{hospice at home}} HCA [[name:Joseph]] came out at 2am "was the first time I
          was not frightened". She also asked that thanks go to their GP Dr [[name:Ruth Kaye]] at
          [[organisation:Street Lane Practice]] who visited every Friday.
        [[name:Dawn]] has shared this with [[name:Joseph]] and the team lead [[name:Marcus Wren]].
          [[name:Patience]] has been offered {{bereavement support}} and said she'll think about it.
    """)),
    ("health", "near_miss", E("""
        Near miss - NG tube placement. [[organisation:Royal Hallamshire Hospital]], neuro ward.
          Datix [[case_reference:W-556120]]
        Pt: Mr [[name:Kwame Mensah-Bonsu]], [[age:66]], post {{stroke}}. {{NG tube}} re-passed by F2
          Dr [[name:Imogen Stacey]] on nights [[date:15/7]]. Aspirate pH 6, so she requested a chest X-ray.
          At 07:30 handover day nurse [[name:Phoebe Larkin]] found the feed had been set up at 05:00 by an agency
          nurse (agency ref [[case_reference:AG-4471]]) before the X-ray had been reviewed. [[name:Phoebe]]
          stopped the feed at once. X-ray then showed the tube in the right main bronchus. Tube removed; the
          pump had alarmed and paused so almost nothing had run. Son [[name:Kofi]] informed by
          Dr [[name:Stacey]]. {{Never Event}} averted.
        Learning: "not for use" tag on NG tubes until placement is confirmed.
    """)),
    ("health", "success", E("""
        Good practice - reasonable adjustments
        Written by [[name:Jade Thurlow]], Learning Disability Liaison Nurse, [[organisation:QEH]]
        Mr [[name:Darren]] "[[name:Dazza]]" [[name:Cobb]], [[age:41]], has a {{learning disability}} and a fear of
          needles. He needed a {{colonoscopy}}. With his support workers from [[organisation:Walpole House]]
          ([[name:Shannon]] and [[name:Ravi]]) we did a hospital passport, two practice visits to the unit, first
          on the list on [[date:Weds 12 June]], and sedation agreed at a best interests meeting under the
          {{Mental Capacity Act}} on [[date:29/05/2024]]. Endoscopist Mr [[name:Haddad]] let [[name:Dazza]] hold
          the scope first. Procedure completed, polyps removed. [[name:Dazza]] said "that was alright that" and
          asked for a photo with Mr [[name:Haddad]]. [[name:Shannon]] emailed after: "he told everyone at tea".
        Hospital no. [[case_reference:QE-0937124]]
    """)),
    ("health", "incident", E("""
        Incident ref [[case_reference:HEY-IR-2024-06631]] - discharge letter given to wrong patient
        On [[date:01/08/2024]] a discharge letter for Mrs [[name:Joyce Ellerker]] (NHS [[nhs_number:339 919 8787]],
          [[address:52 Cottingham Road]], [[postcode:HU6 7RX]]) was handed to a different patient, Mrs
          [[name:Joyce Ellerby]], in the discharge lounge at [[organisation:Castle Hill Hospital]]. Mrs
          [[name:Ellerby]] noticed the wrong name at home and rang the ward on [[phone:01482 875 209]]. Ward clerk
          [[name:Sinead Cassidy]] retrieved it the same afternoon and the letter went to Mrs [[name:Ellerker]]'s
          GP ([[organisation:Newland Health Centre]]) electronically. Both patients contacted by Deputy Sister
          [[name:Priya Lal]]; apology and {{duty of candour}} for Mrs [[name:Ellerker]]. IG informed; not
          reportable to the {{ICO}}.
        Learning: two-identifier check when handing over paper letters; {{discharge lounge}} print queue split.
    """)),
    ("health", "success", E("""
        Thank you from the partners - [[organisation:Bowthorpe Health Centre]] staff newsletter
        Huge shout-out to receptionist [[name:Kimberley]] "[[name:Kim]]" [[name:Dack]]. On [[date:Mon 11th]] a
          man rang for his wife Mrs [[name:Hollie Barwick]] (aged [[age:29]], 2 weeks postpartum) asking for a
          routine appt next week because she was "a bit shivery and confused". [[name:Kim]] remembered the
          {{sepsis}} prompt card from the training Dr [[name:Faraji]] ran in January, asked the {{red flag}}
          questions and put the call straight through to the {{duty doctor}}, Dr [[name:Ines Moreira]], who
          arranged a 999. [[name:Hollie]] was treated for sepsis from a wound infection at the
          [[organisation:N&N]] and is home with baby [[name:Arlo]]. Her husband [[name:Jamie]] dropped chocolates
          in on Friday "for the lady on the phone".
        [[name:Kim]], we are so proud of you. - Dr [[name:Faraji]], Dr [[name:Moreira]], Dr [[name:Whitlam]] and
          all the team
    """)),
    # ------------------------------------------------------------------ aviation (10)
    ("aviation", "success", E("""
        From: Customer Relations, [[organisation:Leeds Bradford Airport]]
        To: PRM Services Supervisor - [[name:Nadia Khaliq]]
        Date: [[date:22 July 2024]]
        Subject: Compliment - [[case_reference:CR-24-3391]]

        Hi [[name:Nadia]], please pass on. Mrs [[name:Eileen Dobson]] flew out with her husband
          [[name:Clifford]], who has {{Alzheimer's}}, on [[flight_number:LS 811]] on [[date:19 July]]:
        "My husband got separated from me at the {{security lane}} while I was putting my shoes back on. Your
          colleague [[name:Ben]] found him by the toilets, calm and chatting, and brought him to the gate.
          [[name:Ben]] then waited with us until boarding on [[flight_number:LS 811]] and told the crew about the
          {{sunflower lanyard}}. We had a lovely holiday. Thank you [[name:Ben]]."
        Kind regards,
        [[name:Tom Ashworth]], Customer Relations Advisor
    """)),
    ("aviation", "near_miss", E("""
        Occurrence report (internal) - near miss, refuelling
        Location: [[organisation:Humberside Airport]], helipad 2. Aircraft: AW189 [[aircraft_registration:G-OHBX]],
          flight [[flight_number:BHL41]] (offshore crew change)
        Date: [[date:03/02/2024]], 06:50 local
        Refueller [[name:Gavin Shipley]] (fuel ID [[case_reference:4419]]) connected the bowser to
          [[aircraft_registration:G-OHBX]] while the {{APU}} was running and before the {{bonding lead}} was
          attached. The {{first officer}}, [[name:Ana Ferreira]], saw from the cockpit and signalled stop.
          Bonding lead attached, refuel continued; no spill, no ignition. [[name:Gavin]] reported straight away
          and was open about rushing for the 07:15 slot.
        Actions: checklist card fitted in bowser [[vehicle_registration:YX68 FTU]]; briefing to all refuellers.
        Reported by [[name:G. Shipley]]; reviewed by Safety Manager [[name:Ravi Mistry]]
    """)),
    ("aviation", "incident", E("""
        Ground occurrence - [[organisation:Norwich Airport]], Stand 5
        Date: [[date:14/11/2023]] approx 17:40. Aircraft: {{Embraer 175}} [[aircraft_registration:G-KELN]]
          operating [[flight_number:KL 1516]]
        Baggage tug (fleet no. T12, reg [[vehicle_registration:AY63 KJO]]) driven by ramp agent [[name:Lee Gotts]]
          clipped the rear cargo door sill while positioning the belt loader. [[name:Lee]] stopped and reported
          to the dispatcher [[name:Mandy Foulger]], who held the aircraft. Engineer [[name:Piotr Zając]]
          inspected: 3 cm dent, outside limits, aircraft {{AOG}} overnight and passengers rebooked. [[name:Lee]]
          said the low sun was in his eyes and the {{wing walker}} was on the other side.
        Investigation ref [[case_reference:NWI-GO-23-118]]. Actions: second marshaller for cargo door approach
          in low sun; [[name:Lee]] supported, no blame.
    """)),
    ("aviation", "success", E("""
        Crew room noticeboard - "Thank you" of the month ([[organisation:Leeds Bradford]] base)
        Flight [[flight_number:LS1293]] to Alicante, [[date:6 August]], [[aircraft_registration:G-JZHT]]
          ({{Boeing 737-800}}). Captain [[name:Oliver Stainthorpe]], SCCM [[name:Gemma Rhodes]], crew
          [[name:Kelsey]], [[name:Arjun]], [[name:Faye]].
        Letter from Mr [[name:Hussain Rehman]]: "My daughter [[name:Safa]], aged [[age:8]], had a severe allergic
          reaction at 37,000 feet. [[name:Gemma]] and [[name:Arjun]] were with us within seconds, used her
          {{EpiPen}} and oxygen, and [[name:Gemma]] asked for a doctor on board. Captain [[name:Stainthorpe]] came
          on the PA and said he had spoken to {{MedLink}} and we would divert if needed. [[name:Safa]] was
          recovered by landing. Your team saved her life."
        Base manager: [[name:Gemma]], [[name:Arjun]] and crew - outstanding. [[name:Oliver]] - great CRM.
          - [[name:Claire B]]
    """)),
    ("aviation", "near_miss", E("""
        ATC occurrence - runway incursion prevented
        [[organisation:Norwich Airport]], [[date:29/09/2023]] 10:12Z, RWY 27 in use.
        Airfield ops vehicle "Ops 2" ([[vehicle_registration:VN21 KXE]]), driver [[name:Sean Kettle]], read back
          "cross runway 27" when the clearance from ADC [[name:Harriet Moy]] was "hold short runway 27".
          [[name:Harriet]] caught the incorrect {{readback}}, repeated "HOLD SHORT" and the vehicle stopped at the
          {{stop bar}}. At the time a {{Cessna 172}} ([[aircraft_registration:G-BNWL]]) was on short final.
          [[name:Sean]] said he heard "cross" because he expected it - he had crossed at the same point twice that
          morning.
        Ref [[case_reference:NWI-ATC-0923-07]]. Learning: expectation bias; vehicles to read back holding
          instructions in full. [[name:Harriet]] commended by the watch manager.
    """)),
    ("aviation", "success", E("""
        From: Capt. [[name:Martin Oxley]] (CFI), [[organisation:Humber Flight Training]]
        To: ATC Watch Manager, [[organisation:Humberside Airport]]
        Subject: Thanks re [[aircraft_registration:G-HFTA]] on [[date:12 May]]

        Hi [[name:Lorna]],
        A thank you to your controller on the afternoon watch, I think it was [[name:Callum]]? Our student
          [[name:Priyanka Sethi]] (first solo nav) got a rough-running engine near Brigg and declared {{PAN}}.
          [[name:Callum]] was superb, calm, gave her direct to runway 20, kept the frequency clear and had fire
          cover positioned. She landed fine. Carb icing - she'd missed {{carb heat}} in the descent; debriefed.
        [[name:Martin]]
        [[name:Martin Oxley]] | Chief Flying Instructor | [[phone:07700 900 517]]

        Reply:
        [[name:Martin]] - thanks, passed to [[name:Callum Reeve]] and logged as a compliment. Glad
          [[name:Priyanka]] is OK. We'll use the tape in {{TRM}} training if she's happy.
        [[name:Lorna Skelton]], ATC Watch Manager
    """)),
    ("aviation", "incident", E("""
        Incident - damaged mobility aid
        Flight: [[flight_number:FR3342]] (inbound). Passenger: Ms [[name:Keeley Armitage]], [[age:38]], powered
          wheelchair user ({{Permobil M3}}). Booking ref [[case_reference:QX7PLM]].
        On arrival [[date:2 Sept 2023]] at 21:35 the chair came back to the aircraft door with the joystick
          snapped. Ground handling supervisor [[name:Dariusz Wiśniewski]] met [[name:Keeley]] at the steps,
          apologised, and arranged a manual chair and a taxi home
          ([[address:Flat 2, 11 Ashgrove Mews, Horsforth]] [[postcode:LS18 4QD]]) at the handler's cost. The
          {{lithium battery}} had been disconnected correctly; probable damage in the hold, loaded on its side.
          [[name:Keeley]]'s OT at [[organisation:Seacroft Wheelchair Service]] ([[name:Jonah Leach]]) arranged a
          loan chair next day.
        Ref: [[case_reference:LBA-GH-0923-044]]. Actions: loading briefing for {{PRM}} equipment; "this way up"
          tags.
    """)),
    ("aviation", "near_miss", P("""
        voice memo transcript airside ops [[organisation:humberside airport]] right its [[name:dale]] here on the 6
        am inspection [[date:friday 8th march]] found a piece of metal about a foot long on {{taxiway alpha}} near
        the hold for runway 20 looks like part of a bowser panel i picked it up and told tower [[name:lorna]] who
        held [[flight_number:KL1552]] the {{Embraer}} [[aircraft_registration:PH-EXK]] until id cleared the area
        then did a second sweep nothing else found put it in the {{FOD}} bin and photographed it later matched to
        a missing panel off fuel bowser [[vehicle_registration:YX15 RBZ]] which is now off the road till fixed
        good shout by tower holding it [[name:dale wilkinson]] ops officer
    """)),
    ("aviation", "success", E("""
        From: [[name:Stuart Blofeld]] <[[email:s.blofeld@norwich-aero-eng.co.uk]]>
        Sent: [[date:17 January 2024]] 08:30
        To: Hangar 2 - B1/B2 Engineers
        Cc: Quality - [[name:Natasha Yeo]]
        Subject: Good catch - [[aircraft_registration:G-NWCA]]

        All,
        During the A-check on [[aircraft_registration:G-NWCA]] ({{Dash 8 Q400}}) on nights [[date:15/16 Jan]], B1
          engineer [[name:Femi Adeola]] found chafing at the No.2 engine fuel line clamp, not on the task card.
          [[name:Femi]] raised a defect (TL ref [[case_reference:118-44]]) and an {{MOR}} has gone to the
          {{CAA}}. Shift lead [[name:Rob]] stopped the aircraft going out on [[flight_number:LM461]] at 06:40.
          [[name:Femi]]'s eye for detail almost certainly prevented a fuel leak in flight - nominated for the
          quarterly safety award. Thanks also to [[name:Rob Teasdale]] for backing the call.
        [[name:Stuart]]
        [[name:Stuart Blofeld]] | Base Maintenance Manager | [[organisation:Norwich Aero Engineering]] |
          [[phone:01603 411 870]]

        > From: [[name:Natasha Yeo]]  Sent: [[date:17 Jan 2024]] 09:02
        > Seconded! Great example of just culture. [[name:N]]
    """)),
    ("aviation", "success", E("""
        [[organisation:LBA]] Terminal Ops - weekly safety meeting minutes, [[date:Tue 13 August 2024]]
        Present: [[name:Helen Shackleton]] ([[name:HS]], Duty Terminal Manager, chair), [[name:Jamal Idris]]
          ([[name:JI]], Security Team Leader), [[name:Amy Wu]] ([[name:AW]], police liaison),
          [[name:Nathan Brear]] ([[name:NB]], Customer Service)
        1. Good news - lost child, [[date:Sat 10 Aug]]. [[name:Freddie]], [[age:5]], separated from his grandad
          in {{departures}} at 05:50 during the peak. [[name:NB]] called a {{Code Adam}}; [[name:JI]]'s team
          locked the exit lanes within 90 seconds and security officer [[name:Tanisha Boyle]] found
          [[name:Freddie]] near the play area 4 minutes later, holding a {{Paddington}} toy from the shop.
          Reunited with grandad (Mr [[name:Keith Outhwaite]]); family flew on time on [[flight_number:BY6215]].
          [[name:HS]] thanked all; [[name:Tanisha]] to get a commendation. [[name:AW]]: no police action.
        2. Actions: [[name:JI]] to review CCTV times against the log; [[name:NB]] to add a "last seen" form to
          the PA desk.
    """)),
]


def main() -> None:
    records = build_records("blind24", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
