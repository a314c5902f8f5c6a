#!/usr/bin/env python3
"""Blind held-out corpus 16: a month of confidential just-culture reports from Yorkshire and the North East.

Sixty hand-written narratives (children's social care, health, aviation) in the shared inline mark-up:
`[[label:value]]` is an identifier span and `{{term}}` a mention that must not be redacted. Running the
script validates every report and writes `bench/anonymiser/corpus/heldout_blind16.jsonl` deterministically.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import REPEATABLE, build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind16.jsonl"

POSTCODE = re.compile(r"^(LS|BD|HD|HX|WF|S|HU|YO|DN|NE|SR|TS|DH|DL)\d{1,2}[A-Z]? ?\d[A-Z]{2}$")
TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|Sgt|Capt|Captain|Sister|Nurse|Cllr|Rev)\b\.?",
                   re.I)


def flow(block: str) -> str:
    """Join wrapped source lines into prose; a blank line in the source becomes a line break."""
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(block).strip())
    return "\n".join(" ".join(p.split()) for p in paragraphs)


REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ children's social care
    ("social_care", "incident", """
        Reporting as the {{IRO}} for [[name:Aaliyah Begum-Rashid]] (DOB [[date_of_birth:03/02/2013]], LCS ref
        [[case_reference:CS-4471902]]). Her second review was due by [[date:04/10/2024]] under the {{Care
        Planning Regulations 2010}} but was not convened until [[date:22/10/2024]]. The allocated worker in
        [[organisation:Bradford East Locality Team]] went off sick in mid-September and the case sat
        unallocated for 19 days; nobody told me or [[name:Aaliyah]]'s carers. At the review [[name:Aaliyah]],
        who is [[age:11]], said she "didn't know who her social worker was any more". Her school
        ([[organisation:Frizinghall Grange Academy]]) had no updated contact for the team either. No physical
        harm identified, but the statutory timescale was missed and the child's voice was not heard for nearly
        a month. I have raised it through the dispute resolution protocol (stage 1) and copied in the team
        manager. Timeline for the record: allocated worker signed off on [[date:13/09/2024]]; the team manager
        emailed me on [[date:02/10/2024]] to say the case was "being held"; I asked for a date the same day
        and the first room available was [[date:22/10/2024]]. The carers rang me twice in that period because
        contact with birth mum had been cancelled and nobody could tell them why. Recommendation: any
        unallocated looked after child with a review due within 28 days should be flagged to the IRO service
        automatically, not left for us to find out.
    """),
    ("social_care", "success", """
        What went right. Really proud of my staff team at [[organisation:Hollybank House]] this month.
        [[name:Tyler]] ([[age:15]]) went missing from placement on {{Friday}} night ([[date:11 October]])
        after a row about his phone. Night staff [[name:Jodie]] and [[name:Marcus Oyelaran]] followed the
        missing from care protocol to the letter: searched, rang his known associates, reported to police
        within the hour (log [[case_reference:NYP-20241011-0873]]) and [[name:Jodie]] remembered that
        [[name:Tyler]] had mentioned a lad called [[name:Connor]] who lives off [[address:Bishopthorpe Road]].
        Police found him there at 02:40, safe and a bit sheepish. No telling off when he got back, just toast
        and bed. {{Return Home Interview}} done by [[name:Priya]] from [[organisation:Catch22]] within 72
        hours and he actually talked to her. This is what consistent relationships look like. Credit to the
        whole team.
    """),
    ("social_care", "incident", """
        I am writing as a parent advocate with [[organisation:Family Rights Sheffield]], supporting
        [[name:Žaneta Lakatošová]] and her partner [[name:Dušan Lakatoš]]. At the {{initial child protection
        conference}} on [[date:9 October]] the social work report was only in English, was not shared with
        them beforehand, and no Slovak interpreter was booked even though the file says [[name:Žaneta]] needs
        one. The {{chair}} went ahead anyway. Mum agreed to things she did not understand - afterwards she
        asked me if it meant "they take the baby". Their youngest, [[name:Kristián]], is [[age:4 months]] old.
        The family live on [[address:Staniforth Road]] in Darnall and mum's mobile is [[phone:07700 900418]],
        but the social worker had an old number, so she never got the texts about the conference time either.
        Please can somebody look at how interpreter bookings are checked before a conference goes ahead.
        Families like this one already don't trust us.
    """),
    ("social_care", "near_miss", """
        near miss - nearly gave [[name:Kayden]] his brother's {{melatonin}} last night, same pharmacy, same
        size bottle, only the name on the label different. Caught it because [[name:Kayden]] said "thats not
        mine it hasn't got the moon sticker" (he can't read yet, hes [[age:6]]). Both boys placed with us
        since [[date:2nd Sept]]. [[name:Rio]]'s dose is 3mg, [[name:Kayden]] isn't prescribed any. Could the
        {{supervising social worker}} ask the pharmacy to do different coloured lids or something. We are
        [[name:Dawn]] and [[name:Pete Hirst]], foster carers, [[address:14 Laburnum Grove, Ossett]]
        [[postcode:WF5 9QJ]] if anyone needs to ring back.
    """),
    ("social_care", "incident", """
        Pasting the chain below as asked by the reporting team.

        -----

        From: [[name:Sarah Ketteringham]] <[[email:sarah.ketteringham@calderdale.gov.uk]]>

        Sent: [[date:15 October 2024]] 16:52

        To: DSL, [[organisation:Brighouse Ridge High School]]

        Subject: RE: [[name:Mia Crowther]] - concern

        Hi, just to confirm following management oversight we are not progressing to {{S47}}; the referral has
        been stepped down to Early Help. Thanks, [[name:Sarah]]

        -----

        From: DSL

        Sent: [[date:15 October 2024]] 12:10

        [[name:Mia]] ([[age:13]]) disclosed this morning that mum's new partner, [[name:Lee]], has been
        messaging her on Snapchat late at night and asked her to delete the messages. She showed her form
        tutor one screenshot. We are asking for a strategy discussion.

        -----

        My concern as {{Designated Safeguarding Lead}}: the decision was made by email within five hours with
        no strategy discussion and no police checks, and I only found out because I chased. [[name:Mia]]'s DOB
        ([[date_of_birth:27/06/2011]]) is also wrong on their system, they have her in year 8.
    """),
    ("social_care", "success", """
        What went well: joint home visit to the [[name:Karim]] family on [[date:3/10]] and for once the
        interpreter actually spoke Sorani (last two times we were sent a Kurmanji speaker and mum just
        nodded). [[name:Shvan]] and [[name:Hêvî Karim]] were finally able to tell us properly about
        [[name:Rebaz]]'s nightmares and bedwetting since they moved out of the asylum hotel. He's [[age:8]].
        Referred to {{CAMHS}} the same afternoon and the GP at [[organisation:Holderness Road Surgery]] saw
        him on the {{Monday}}. Small thing but booking the right dialect made the whole visit worth it. Asked
        the interpreting service to put the dialect on the family's file so it sticks.
    """),
    ("social_care", "incident", """
        Incident at [[organisation:Meadow View Children's Home]], [[date:19/10/24]] approx 21:15. Young person
        [[name:JD]] ([[age:14]]) restrained by two staff after smashing the office window with a chair.
        Standing hold as per {{Team Teach}}, lasted about 4 minutes, but [[name:JD]]'s wrist was bruised
        afterwards and he said staff "bent it back". Staff involved [[name:K. Mahmood]] and [[name:Ben
        Lister]]. Body map done, [[name:JD]] taken to minor injuries at [[organisation:Pontefract Hospital]],
        x-ray clear. Debrief with [[name:JD]] didn't happen until 2 days later because the manager was on
        leave and the deputy was covering nights. Reg 40 notification sent to {{Ofsted}}, {{LADO}} consulted
        and no further action on the staff. Learning: debrief within 24 hrs regardless.
    """),
    ("social_care", "near_miss", """
        EDT near miss. Call at 01:30 from police about [[name:Harley-Rose Gill]], aged [[age:2]], found at
        [[address:Flat 6, Ridley Court, Blyth]] [[postcode:NE24 3HT]] with dad who was intoxicated. Our system
        showed no open involvement so I nearly closed it as advice only. Something didn't sit right so I rang
        the out of hours mobile for the next authority along and it turned out she's been on a {{child
        protection plan}} with [[organisation:North Tyneside Council]] since the summer - the transfer-in
        conference hadn't happened so the record was only on their system. Child moved to nan's at
        [[address:22 Cowpen Road]] for the night with a safety plan. Lesson: always ask the neighbouring LAs.
        {{CP-IS}} should have flagged it if the alert had been put on.
    """),
    ("social_care", "success", """
        Just logging something that went right. [[organisation:Little Acorns Nursery]] in Beeston rang the
        {{MASH}} on [[date:7 October]] because [[name:Zosia Nowak]] ([[age:3]]) had a mark on her forearm that
        looked like a burn. Her {{key worker}} [[name:Gemma]] had done the body map properly, spoken to mum
        using a telephone interpreter rather than asking [[name:Zosia]]'s big brother to translate, and mum,
        [[name:Katarzyna]], explained it was the oven door and showed a photo she'd taken the day it happened
        plus the 111 call record. Checks done, closed the same day, no drama, and mum thanked the nursery for
        asking rather than assuming. Textbook.
    """),
    ("social_care", "incident", """
        sent the {{Child and Family Assessment}} for the [[name:Hussain]] children to the wrong person. meant
        for mum [[name:Shazia Hussain]] ([[email:shazia.h1990@outlook.com]]) but outlook autofilled
        [[email:shaziahussain@gmail.com]], a different woman entirely. It had the kids names, school
        ([[organisation:Manningham Park Primary]]), mums new address [[address:41 Carlisle Road]],
        [[postcode:BD8 8BE]] and even her NI number [[ni_number:NH 52 04 87 C]]. Recalled it within 10 mins
        but it had been opened. Told my manager and IG straight away. The kids dad is under a {{non mol}} and
        doesnt know the new address, if the wrong [[name:Shazia]] knows the family this is a real risk. 27
        cases each in our team at the moment and I was doing this at 7pm. Please look at the autofill, this
        will happen again.
    """),
    ("social_care", "near_miss", """
        Near miss - attendance. [[name:Vanesa Horváthová]] (Y10) at [[organisation:Ashton Vale Academy]] had
        been off for three weeks, marked as "extended holiday - Slovakia" on the word of a cousin at the gate.
        We were about to take her off roll. Our {{EWO}}, Mrs [[name:Balogová]], went round to [[address:7
        Popple Street]] on the {{Tuesday}} and found [[name:Vanesa]] at home looking after [[name:Radek]] and
        [[name:Samuel]] ([[age:2]] and [[age:4]]) because mum had been in the [[organisation:Northern
        General]] since a c-section. Nobody had told school. [[name:Vanesa]] is now back in and has a young
        carers assessment booked. Learning: a relative saying "holiday" is not verification, and {{CME}}
        checks have to come before removal from roll.
    """),
    ("social_care", "success", """
        what went right — [[name:Yousef Alkhatib]] got his keys today!! [[age:19]], his first tenancy of his
        own, a one bed at [[address:3 Thornhill Court, Dewsbury]] [[postcode:WF13 2LS]]. Took nine months of
        chasing [[organisation:Kirklees Homes and Neighbourhoods]] but the {{Pathway Plan}} actually delivered
        for once. Also finally got his NI number corrected ([[ni_number:JT 46 81 93 C]]) which the Home Office
        paperwork had with two digits swapped, which is why his Universal Credit kept failing. [[name:Yousef]]
        asked me to put in that his {{personal adviser}} never gave up on him (that's me, lol). Setting up gas
        and electric with him on [[date:28 Oct]]. Massive day.
    """),
    ("social_care", "incident", """
        Taxi picking up [[name:Brooke]] ([[age:15]]) from [[organisation:Kader Academy]] on
        [[date:16/10/2024]] was not the {{DBS}}-checked driver on the contract. [[name:Brooke]] told her
        foster carer that "[[name:Mo]]" drove her instead and gave her his Snapchat. Car reg
        [[vehicle_registration:NK19 XEF]], firm is [[organisation:Boro Cars]]. We flagged to commissioning
        back in September that sub-contracting was going on. Police informed (ref
        [[case_reference:CL-24-118837]]), {{LADO}} informed, contract suspended pending review.
        [[name:Brooke]]'s carers ([[name:Jan]] and [[name:Trevor Allinson]]) have been brilliant and she's
        safe, but she's been groomed before and this is exactly the risk in her plan.
    """),
    ("social_care", "near_miss", """
        Contact centre near miss. Supervised contact for [[name:Lily-Mae]] and [[name:Alfie Sugden]] at
        [[organisation:Northgate Family Centre]], Halifax on [[date:12/10]]. Grandad [[name:Terry Sugden]]
        arrived with dad. Dad has no direct contact under the {{Section 8}} order. Reception let both of them
        through because [[name:Terry]] is on the approved list and nobody checked who was with him. I
        recognised dad in the corridor from a previous session before the children arrived and stopped it.
        Contact went ahead with grandad only after I rang the {{allocated social worker}}. We only hold a name
        and DOB for restricted adults ([[name:Darren Sugden]], [[date_of_birth:11.03.1990]]) - we need photos
        at reception.
    """),
    ("social_care", "success", """
        Good practice to share. [[organisation:Sheffield Children's Front Door]] took a call from
        [[organisation:Tapton School]] on [[date:1 Oct]] saying a Y11 student, [[name:Ka Yan Lau]], had been
        living with a family friend since her parents went back to Hong Kong in the summer. This is {{private
        fostering}} and nobody had notified us. Worker [[name:Ruth Ogunleye]] visited within 7 working days,
        met the carer, Mrs [[name:Chan]], at [[address:88 Crookes Valley Road]] [[postcode:S10 1BA]], and saw
        [[name:Ka Yan]] on her own with a Cantonese interpreter. Parents joined by video call. Assessment and
        notification all completed within the timescales in the {{Children (Private Arrangements for
        Fostering) Regulations 2005}}. [[name:Ka Yan]] said it was "the first time anyone asked me since they
        left".
    """),
    ("social_care", "incident", """
        Incident. [[name:Jayden Fairclough]] ([[age:16]], DOB [[date_of_birth:02/04/2008]], NHS
        [[nhs_number:552 258 8675]]) moved to an unregistered placement in a holiday let at
        [[address:Raithwaite Lane, Sandsend]] [[postcode:YO21 3ST]] on [[date:17 October]] because there were
        no secure beds anywhere in the country. Placement authorised under a {{DoL order}} from the High
        Court. Staff provided by [[organisation:Keystone Care Solutions Ltd]] were all agency and 3 of the 4
        had never met him. Within 24 hours he'd got out through a bathroom window and was found by police on
        the West Cliff at 4am. Nobody at the placement had a copy of his {{care plan}} or knew about his
        epilepsy medication. Case ref [[case_reference:LCC-CIC-208871]]. Raising this because the placement
        was agreed at 7pm on a {{Thursday}} by a duty manager who had never met [[name:Jayden]].
    """),
    ("social_care", "near_miss", """
        lone working near miss ({{Early Help}}) [[date:24/10]]. went to do a {{TAF}} review at [[address:Flat
        2, 19 Beverley Road, Hull]] [[postcode:HU3 1XH]] with [[name:Chantelle Dunn]]. Her ex, [[name:Kieran
        Bell]], was there which isnt on any of our systems. he stood between me and the door shouting about
        "social taking the kids". I said I was leaving and he let me go. The buddy system didnt work, my buddy
        had gone home at 5 and I forgot to text in, so nobody noticed I hadnt checked out until gone 8. The
        kids ([[name:Kaiden]] [[age:5]], [[name:Skye]] [[age:3]]) were in the room for all of it. I'm ok, bit
        shaken. Need a proper out of hours check in not a mate.
    """),
    ("social_care", "success", """
        Just a good news one. [[name:Tanvir]] ([[age:9]], {{autism}}, non-verbal) has refused to go into
        [[organisation:Rainbow Lodge]] for respite since the summer. {{Short breaks}} worker [[name:Nasima
        Khatun]] spent two sessions at home with mum, [[name:Rahima Begum]], making a visual timetable in
        Bengali and English and a one-page sensory passport for the staff. First overnight back on
        [[date:26/10/2024]] went brilliantly and [[name:Tanvir]] slept right through. Mum said it was her
        first full night's sleep in two years. This should be standard for every child starting at the unit,
        not down to one worker going the extra mile.
    """),
    ("social_care", "incident", """
        Adoption letterbox incident. On [[date:8 October 2024]] a letter from birth mother [[name:Stacey
        Pratt]] to her son (adopted in 2019, now called [[name:Oliver]], birth name [[name:Riley]]) was
        forwarded to the adopters without the identifying details being removed. Her new address, [[address:5
        Wren Close, Stockton-on-Tees]] [[postcode:TS18 4PG]], and mobile [[phone:07700 900762]] were on the
        letterhead of her support worker's letter. The letterbox coordinator at [[organisation:Adopt North
        East]] had been covering two posts since the summer. The adopters, Mr and Mrs [[name:Whitfield]], have
        been very understanding and returned the original. Breach reported to the {{ICO}}. Birth mother
        informed by her {{adoption support}} worker. Checklist now requires a second reader for every
        exchange.
    """),
    ("social_care", "near_miss", """
        Near miss. Room check at [[organisation:Cedar House]], [[address:41 Queen Alexandra Road, Sunderland]]
        [[postcode:SR2 9BT]], found [[name:Ellie]]'s dressing gown cord tied to the wardrobe rail. She is
        [[age:14]] and on {{level 2 observations}} after self harm last week. The staff member on obs,
        [[name:Paul McAllister]] ("[[name:Macca]]"), was five minutes late for the check because he was
        covering the kitchen as we were one down - agency worker cancelled at 4pm. [[name:Ellie]] said she
        hadn't decided to do anything. No injury. {{CAMHS}} crisis team came out. Wardrobe rails in all rooms
        are being swapped for collapsible ones this week, which we asked for in the spring.
    """),
    ("social_care", "incident", """
        Reporting a data breach. {{MARAC}} minutes from [[date:10/10/24]] went to 31 agencies and included the
        refuge address for [[name:Roisin Doherty]] and her children [[name:Cian]] and [[name:Aoife]] -
        [[address:Ashgrove, 9 Lime Tree Avenue, Doncaster]] [[postcode:DN4 5AR]]. The minute taker copied it
        straight from the {{IDVA}} notes. The perpetrator, [[name:Seán Doherty]], has a cousin who works for
        one of the housing providers on the circulation list. Family moved to another refuge the same day,
        kids out of school for a week. Coordinator now strips locations before sending. Can we stop addresses
        going into case summaries at all?
    """),
    ("social_care", "success", """
        What went right: initial {{child protection conference}} for baby [[name:Zayn Mahmood]] ([[age:6
        weeks]]) on [[date:30 October 2024]]. Our service has a poor track record of leaving fathers out. This
        time the worker, [[name:Imran Qureshi]], traced dad, [[name:Adnan Mahmood]], through his {{probation
        officer}}, arranged a separate slot because of the non-mol, and dad's views were in the report in his
        own words. The chair, [[name:Helen Brough]], said it was the first time in 11 years she'd heard a
        father's voice that clearly in conference. Dad is now booked on [[organisation:Kirklees Fathers
        Matter]] starting next month.
    """),
    # ------------------------------------------------------------------ health
    ("health", "incident", """
        agency RN, first night on [[organisation:Bramham Ward]] at [[organisation:Leeds General Infirmary]].
        handover was 10 mins for 28 pts. Bed 14, mr [[name:pickersgill]], [[age:87]], was on the board as NBM
        but nobody said he was also on IV {{co-amoxiclav}} due at 22:00 - not on the handover sheet and the
        eObs didnt flag it. found it at 02:00 when I finally had a minute to look at EPMA. Dose given 4 hrs
        late. no harm, his {{NEWS2}} stayed at 1. I was on my own with one HCA for 2 bays because the other
        nurse was on a 1:1. datix [[case_reference:W204417]]. Not blaming anyone just there was no way to do
        it safely.
    """),
    ("health", "success", """
        Pharmacist, discharge lounge at [[organisation:Hull Royal Infirmary]]. Caught a tenfold error on the
        TTO for Mrs [[name:Jean Cawood]] (hosp no [[case_reference:H1183920]], NHS [[nhs_number:952 494
        2526]]): {{warfarin}} written as 50mg instead of 5mg. Checked against her yellow book and the
        anticoagulation clinic letter, bleeped the {{FY1}} who corrected it within ten minutes. What went
        right: the lounge nurse held the TTO until pharmacy had screened it even though patient transport was
        waiting outside, and the crew agreed to wait. Nobody pressured anyone. That's the culture we want.
    """),
    ("health", "incident", """
        Practice manager reporting. On [[date:02/10/2024]] one of our receptionists at [[organisation:Beeston
        Hill Medical Centre]] read out blood results to the wrong patient. We have four patients registered
        called [[name:Mohammed Iqbal]]. She checked name and postcode, but two of them live on [[address:Lady
        Pit Street]], [[postcode:LS11 6AZ]]. The caller ([[name:Mohammed Iqbal]], DOB
        [[date_of_birth:14/05/1961]]) was told his {{HbA1c}} was 92 and that the doctor wanted to start
        insulin. The result belonged to the [[name:Mohammed Iqbal]] born [[date_of_birth:01/09/1987]]. He came
        in the next day very distressed. We now check date of birth and NHS number before giving any results
        over the phone. {{Caldicott Guardian}} informed.
    """),
    ("health", "near_miss", """
        Near miss, community midwifery. Booking for [[name:Ramona Dužda]] ([[age:19]]), second pregnancy, at
        [[address:31 Greenbank Road, Darlington]] [[postcode:DL3 6EJ]]. Mum speaks Slovak and Romani, partner
        [[name:Marek]] was interpreting. When I came back with a phone interpreter to do the {{Whooley
        questions}} she told me she'd bled at 8 weeks and had a previous {{stillbirth}} at 34 weeks -
        [[name:Marek]] had told me "no problems". She would have stayed on the low-risk pathway. Now booked
        into consultant clinic at [[organisation:Darlington Memorial Hospital]]. Learning for me: the policy
        says never use family to interpret at booking and it's right, but when Language Line is a 40 minute
        wait and you've six more visits it's tempting.
    """),
    ("health", "incident", """
        ED registrar, [[organisation:Sunderland Royal Hospital]], night of [[date:11 October]]. A
        [[age:34]]-year-old woman, [[name:Kirsty Bainbridge]], waited 3h10 in the ambulance queue. The crew
        ([[name:Gaz]] and [[name:Lou]], [[organisation:NEAS]]) had recorded a {{NEWS2}} of 7 and flagged
        possible sepsis at the door, but the ambulance handover tool only shows arrival time and "category",
        not the score, so she wasn't pulled forward. When she came in her lactate was 5.1 and BP 78/40.
        {{Sepsis Six}} completed within 40 minutes of her coming through the doors, but antibiotics were given
        about 3.5 hours after the crew's first set of obs. She went to ITU and has since been stepped down.
        The crew did everything right. The system hid the information we needed to prioritise. Suggest the
        handover screen shows NEWS2 prominently for every patient in the queue. Timeline from the ePR and our
        system: crew obs 23:05, arrival 23:20, handover 02:30, first ED obs 02:41, lactate 02:55, antibiotics
        02:59. I have spoken to [[name:Kirsty]] and her partner, apologised, and explained we are reviewing
        it.
    """),
    ("health", "success", """
        Good news from [[organisation:Cheviot Ward]] at [[organisation:Wansbeck General Hospital]] - no falls
        with harm for a whole month, first time in over a year. We started {{bay tagging}} properly in
        September and our {{healthcare assistants}} have really owned it. Special mention to [[name:Bev
        Robson]] who has worked out who needs a low bed and a sensor mat before the doctors have even clerked
        them. [[name:Edna]] in bay 3, who is [[age:93]] and used to fall nearly twice a week at home, hasn't
        had a single one. Her daughter brought in a tin of Quality Street for the staff. Proud of this team.
    """),
    ("health", "incident", """
        The {{Section 136}} suite at the [[organisation:Becklin Centre]] was full so [[name:Dilan Ahmed]]
        ([[age:27]]) was held in the back of a police van outside {{A&E}} for 2h40 on [[date:20/10]]. Van
        [[vehicle_registration:YJ71 KPU]]. He was very distressed, asking for his mum in Kurdish and banging
        his head on the cage. Eventually assessed in the department at [[organisation:St James's University
        Hospital]] by the duty {{AMHP}}, [[name:Joanne Teale]], who arrived at 03:10. Not the crew's fault and
        not the ED's. There are 2 beds in the 136 suite for the whole city. Needs regional escalation.
    """),
    ("health", "near_miss", """
        near miss at the pharmacy ([[organisation:Parkside Pharmacy]], Middlesbrough). Nearly handed
        [[name:Jason Heslop]]'s {{methadone}} to his brother [[name:Dean]] who came in saying it was "for our
        [[name:Jase]]". No collection consent on the PMR. [[name:Dean]] had a letter from the prescriber but
        it was for a different week. My {{locum}} tech nearly did it because the queue was out the door. Rang
        the prescriber at [[organisation:Recovery Connections]] to confirm, then said no. [[name:Dean]] wasn't
        happy. Supervised consumption only from now on for this one.
    """),
    ("health", "incident", """
        NICU, [[organisation:Jessop Wing]]. Expressed breast milk labelled for [[name:Amelia Kowalska]] was
        given to [[name:Noah Hussain]] (NHS [[nhs_number:769 483 3696]]) in the next cot on
        [[date:14/10/2024]] at the 06:00 feed. Both on 5ml two-hourly via {{NG}} tube. Both mums' milk was in
        the same fridge drawer in the same colour syringes and the labels look almost identical. Picked up by
        the day nurse at handover checking the feed chart. Microbiology advised, both mums informed and
        consented to bloods for {{HIV}} and hepatitis as per policy. [[name:Noah]]'s mum, [[name:Safa]], very
        upset. Barcode scanning for EBM is still not live on our unit.
    """),
    ("health", "success", """
        District nursing, Upper Wharfedale - what went right. Mr [[name:Walter Metcalfe]] (NHS
        [[nhs_number:446 103 0164]]) at [[address:High Laithe Farm, Kettlewell]] [[postcode:BD23 5RJ]] is end
        of life and his {{just in case medications}} were due to run out over the weekend. Forecast was snow
        and the road over from Grassington was likely to close. The GP at [[organisation:Dales Health Centre]]
        wrote up the scripts on the {{Thursday}}, the pharmacy turned them round same day, and his neighbour
        [[name:Hannah]] picked them up on her quad. We set up the {{syringe driver}} before the snow came. His
        daughter (mobile [[phone:07700 900125]]) said he was comfortable all weekend and died at home as he
        wanted.
    """),
    ("health", "incident", """
        {{IR(ME)R}} incident: CT head performed on the wrong patient at [[organisation:Bradford Royal
        Infirmary]] on [[date:5 October]]. Two ladies with the surname [[name:Patel]] in ED at the same time.
        [[name:Hetal Patel]] ([[age:71]]) was scanned instead of [[name:Harsha Patel]] ([[age:68]]). The
        porter had the wrong request card, and at the scanner the radiographer asked "are you Mrs
        [[name:Patel]]?" and she said yes - she is hard of hearing and her English is limited. Extra dose
        about 2mSv, no clinical harm expected. Notified to the {{CQC}}. We have gone back to full positive ID
        - name, DOB and address said by the patient - no closed questions.
    """),
    ("health", "near_miss", """
        Near miss. {{Cat 2}} call to "[[address:12 Station Road]]" - there are three in our patch. CAD sent us
        to the Great Ayton one. Patient was actually at [[address:12 Station Road, Stokesley]] [[postcode:TS9
        5AH]]. Call handler had the right postcode but the address lookup took the first match. Lost 14 mins.
        Patient, [[name:Bill Harker]], [[age:79]], {{FAST}} positive on arrival, taken to [[organisation:James
        Cook University Hospital]] and did get {{thrombolysis}}, so hopefully ok. Ask: make the postcode and
        address have to agree before dispatch.
    """),
    ("health", "success", """
        Success from the learning disability liaison team at [[organisation:Scarborough Hospital]].
        [[name:Josh Lumb]] ([[age:24]], {{Down's syndrome}}, non-verbal) needed bloods and a cannula before a
        planned scope and the last two attempts had been abandoned. We made a {{reasonable adjustments}} plan
        with his mum, [[name:Kerry]]: first slot of the day, side room, his iPad, numbing cream on an hour
        before, mum holding his hand, and one experienced phlebotomist ([[name:Anita]]) rather than whoever
        was free. Done first time, no restraint, no tears. [[name:Josh]] gave everyone a thumbs up.
    """),
    ("health", "incident", """
        Incident. [[name:Dorothy Mary Hinchcliffe]] ([[age:88]]), resident at [[organisation:Moorlands View
        Care Home]], [[address:Moor Lane, Netherton]], [[postcode:HD4 7JF]], had a valid {{ReSPECT}} form
        saying not for {{CPR}}. On [[date:18 October 2024]] she collapsed and the night carer started CPR and
        rang {{999}} because the form was in the office filing cabinet, not in her room folder. The paramedics
        continued for about 20 minutes before the form was found. Her daughter, [[name:Lynne]], is very
        distressed that her mum's wishes weren't respected. Her NHS number ([[nhs_number:4262008460]]) was on
        the form and the crew could have checked the shared care record, but they couldn't get access on the
        night. Home manager has moved all forms to the front of the care plans.
    """),
    ("health", "near_miss", """
        Near miss in theatres at [[organisation:Harrogate District Hospital]]. [[name:Paweł Zieliński]] had a
        documented {{penicillin}} allergy (anaphylaxis) in the paper notes but nothing on the EPR allergy
        banner. Cefuroxime drawn up for prophylaxis. At sign in our {{ODP}}, [[name:Sam]], asked him again and
        he said "the one that made me swell up at the dentist". Switched to teicoplanin. Banner still blank
        until I fixed it myself. Hosp no [[case_reference:RCD4417723]].
    """),
    ("health", "incident", """
        Health visiting, Keighley. Mum [[name:Nazia Bibi]] and children [[name:Ayaan]] ([[age:3]]) and
        [[name:Zara]] ([[age:11 months]]) moved to [[address:27 Devonshire Street, Keighley]] [[postcode:BD21
        2AU]] from Birmingham at the start of September. Records from the previous health visiting team only
        arrived on [[date:23 October]] and showed [[name:Zara]] is on a {{child protection plan}} for neglect.
        We had done the transfer-in contact by phone and put them on {{universal}}. So nearly seven weeks with
        nobody seeing the baby. Notified [[organisation:Bradford Children's Social Care]] the same day and
        visited that afternoon. Baby underweight but otherwise ok. Paper-based transfer between trusts is not
        safe.
    """),
    ("health", "success", """
        Shout out to the triage nurse at [[organisation:Royal Victoria Infirmary]] children's {{A&E}} on
        [[date:27/10]]. [[name:Rama Haddad]] ([[age:7]]) came in with "tummy ache". Nurse noticed fruity
        breath and that mum kept saying "water, water", and did a {{capillary glucose}} (28) and ketones
        before anything else. New diagnosis of {{DKA}}, on the paeds ward within the hour. Mum, [[name:Lina]],
        said the GP had told her twice it was a bug.
    """),
    ("health", "incident", """
        Incident on [[organisation:Hadrian Ward]], [[organisation:St Nicholas Hospital]]. [[name:Liam Tait]],
        detained under {{Section 3}}, went on escorted leave on [[date:16 October]] with a {{student nurse}}
        only. The leave form said two escorts but nobody cross-checked it at the door. He ran at the Metro
        station and was missing for six hours. Found by police at his mum's on [[address:Hotspur Street]],
        Heaton. Police log [[case_reference:NP-20241016-1442]]. Mum's landline [[phone:0191 498 0876]] was on
        his file and nobody rang it for over 3 hours. He was unharmed but it could easily have gone
        differently.
    """),
    ("health", "near_miss", """
        Practice manager, near miss. Receptionist nearly emailed a {{fit note}} for [[name:Craig Shotton]] to
        [[email:craig.shotton@hotmail.co.uk]] - his actual address is [[email:craig_shotton87@hotmail.com]].
        The first belongs to another patient of ours with the same name at [[organisation:Fishburn and
        Sedgefield Surgery]]. The system picked it from a previous contact. She noticed because the address on
        that contact was [[address:4 Front Street, Sherburn Hill]] [[postcode:DH6 1PA]] and ours lives in
        Fishburn. Small, but the other man is on our vulnerable adults register and gets letters about his
        {{safeguarding}} plan to that email.
    """),
    ("health", "incident", """
        domiciliary care incident, insulin missed. Mr [[name:Ghulam Rasool]] ([[age:76]], type 1) at
        [[address:88 Whitehall Road, Dewsbury]] [[postcode:WF12 9AQ]]. Carer from [[organisation:HomeFirst
        Care Kirklees]] on the [[date:4th Oct]] teatime call was new and not signed off for {{insulin}}
        prompting. She left a note in the folder for the DN. DN never saw it. Son [[name:Tariq]] found him
        drowsy at 10pm, BM 26, taken to [[organisation:Dewsbury and District Hospital]] and kept overnight,
        {{DKA}} avoided just about. New carers should not be put on insulin calls on their own, full stop.
    """),
    ("health", "success", """
        What went right - major trauma. [[name:Connor Dixon]], [[age:17]], came off his motorbike
        ([[vehicle_registration:YA66 ZRK]]) on the A66 near Bowes on [[date:13 October]]. [[organisation:Great
        North Air Ambulance]] on scene in 19 minutes, blood given on scene, and the {{pre-alert}} to
        [[organisation:James Cook University Hospital]] was clear and early. Trauma team assembled before he
        landed, {{massive haemorrhage protocol}} already activated, CT within 12 minutes of arrival, theatre
        within the hour. Splenectomy and pelvic fixation, he's on the ward now and talking. Textbook teamwork
        across three organisations.
    """),
    ("health", "incident", """
        Forwarding the email below as requested, then my comments.

        > From: [[name:Jo Pearson]] <[[email:joanne.pearson7@nhs.net]]>

        > To: Safeguarding Adults Team

        > Date: [[date:22/10/2024]] 09:14

        > Patient [[name:Harpreet Kaur]], bed 9 on [[organisation:Aire Ward]], disclosed domestic abuse from
        her husband on nights. She asked staff not to let him visit. It wasn't on the handover and he was let
        in after hours again last night. Please advise. [[name:Jo]]

        My comments: her husband, [[name:Jaspal Singh Sandhu]], was still on the visitor list at
        [[organisation:Calderdale Royal Hospital]] 48 hours after she disclosed. No {{DASH}} was done and no
        {{MARAC}} referral until we got involved. Ward staff did not know who to tell out of hours. Her
        discharge address is still the marital home, [[address:17 Savile Park Road, Halifax]] [[postcode:HX1
        3EA]] - needs sorting before she goes. We now have a flag on the electronic record.
    """),
    ("health", "near_miss", """
        {{WBIT}} near miss at [[organisation:Scunthorpe General Hospital]]. Group and save labelled as
        [[name:Kathleen Dunn]] (hosp no [[case_reference:K2091145]], DOB [[date_of_birth:22/12/1949]], NHS
        [[nhs_number:598 731 9110]]) grouped as A Pos, historic group O Neg. Lab rejected and asked for a
        repeat. The sample was actually from the lady in the next bed, [[name:Maureen Ward]]. HCA had
        pre-printed labels for both patients in her tunic pocket and labelled away from the bedside. Nobody
        harmed thanks to the {{two-sample rule}}. Reported to {{SHOT}}.
    """),
    ("health", "success", """
        Good practice: MMR catch-up clinic at [[organisation:Page Hall Medical Centre]] on [[date:19/10]]. Our
        Roma community health worker, [[name:Ivan Gaži]], spent the week before knocking on doors and doing
        voice notes in Slovak and Romani explaining what the vaccine is and isn't. 41 children vaccinated in
        one morning, including all four of the [[name:Pompa]] children who had never had an {{MMR}} at all.
        Parents brought their {{Red Book}} or nothing and we just checked the record on the spot.
        [[name:Ivan]] deserves a medal.
    """),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", """
        LBA rwy 32, [[flight_number:LS873]], [[aircraft_registration:G-JZHX]] ({{B737-800}}). Lined up,
        tractor cutting grass on the runway edge at the far end, not on freq. {{FO}} spotted it. Held, told
        tower. Works vehicle should have been off. NFA.
    """),
    ("aviation", "incident", """
        ramp incident stand 7 NCL about 0615 [[date:9/10]]. belt loader touched the aft cargo door on
        [[aircraft_registration:G-EZWK]] ([[flight_number:EZY6451]]) when driver reversed off, small dent
        maybe 3cm. driver was [[name:jamie]] new starter 2nd week, no {{banksman}} cos we were 2 short on
        shift. told captain straight away, aircraft {{AOG}} till engineering came out. delayed 2hrs.
        [[organisation:Swissport]] know. honestly been saying about staffing for weeks
    """),
    ("aviation", "near_miss", """
        Offshore helicopter base at [[organisation:Humberside Airport]], [[date:3 October]]. During check-in
        for the 07:10 to the Ravenspurn field, x-ray picked up a vape and two spare lithium batteries in
        passenger [[name:Grzegorz Wójcik]]'s hold bag. He works for [[organisation:Petrofac]] and said nobody
        had told him. Aircraft was [[aircraft_registration:G-CHCZ]], an {{AW139}}. Items removed, flight left
        on time. What went right: screener spotted it. What didn't: the {{dangerous goods}} briefing video is
        English only and about a third of the pax on that run are Polish.
    """),
    ("aviation", "incident", """
        Flying club report, [[organisation:Sherburn Aero Club]]. Student [[name:Toby Ackroyd]] on his first
        solo navigation exercise on [[date:15/10/2024]] infringed the Leeds Bradford CTR in
        [[aircraft_registration:G-BSYO]] ({{PA-28}}), about 2nm inside before Leeds Radar called him. He had
        selected the wrong waypoint on his tablet and followed it. He's [[age:17]] and very shaken. His
        instructor, [[name:Dave Ibbotson]], has debriefed him. {{MOR}} submitted, ref
        [[case_reference:2024/10/0812]]. Before first solo nav we will now do a dual flight round the CTR
        boundary with every student.
    """),
    ("aviation", "incident", """
        Engineering, [[organisation:Jet2]] hangar at LBA, night shift [[date:21 Oct]]. Torch found in the no.2
        engine intake of [[aircraft_registration:G-JZHP]] on the captain's walkround before the first sector.
        The tool board showed all torches back because the one signed out to [[name:R. Bhatti]] had been
        returned - this was a personal torch from someone's own kit. Could have been a {{FOD}} event on a
        {{B737-800}}. Personal tools now banned airside and all toolboxes audited. {{Part 145}} quality
        informed.
    """),
    ("aviation", "success", """
        What went right: [[flight_number:LS1447]] Newcastle to Palma, [[date:6 October]]. Passenger in 23C,
        Mrs [[name:Patricia Rowe]] ([[age:62]]), became unresponsive about an hour in. {{SCCM}} [[name:Kelly]]
        took charge straight away, PA for a doctor, and a GP on holiday, Dr [[name:Ahmed Jaber]], came
        forward. Blood sugar was 2.1, {{hypoglycaemia}}, gave glucose gel from the kit and she came round
        within 10 minutes. Captain considered diverting to Bordeaux, MedLink advised continuing. Crew kept her
        husband calm the whole time. Well done all.
    """),
    ("aviation", "near_miss", """
        Teesside. [[flight_number:KL1564]] ([[aircraft_registration:PH-EXW]], {{Embraer 175}}) rejected
        take-off at about 80kt on [[date:2 October]] after a flock of lapwings crossed the runway. No strike
        found on inspection. The bird control unit had been stood down 20 minutes earlier for a break with no
        cover. Airfield ops at [[organisation:Teesside International Airport]] reviewing the rota. Crew
        handled it well.
    """),
    ("aviation", "incident", """
        Dep NCL [[date:17/10]], [[flight_number:LOG57R]], {{ATR 72}}. Clrd 4000ft, I read back 5000. Not
        picked up by ATC. FO flying, caught it himself passing 4200, descended. No {{TCAS}}. Fatigue factor:
        4th early in a row, 0445 report. Raised with [[organisation:Loganair]] crewing.
    """),
    ("aviation", "incident", """
        {{PRM}} passenger Mr [[name:Eamon Kelly]] ([[age:81]]), booking ref [[case_reference:K7QXPM]], arrived
        at LBA on [[flight_number:EI3322]] from Dublin on [[date:25/10]] and was left on board for 50 minutes
        after everyone else got off because the {{ambulift}} was sent to another stand. Cabin crew stayed with
        him, which was good, but he'd been asking for the toilet since descent and was very upset by the time
        we got him off. His daughter has complained. Allocation is being done off a whiteboard on busy days.
    """),
    ("aviation", "success", """
        Success story for the club. [[name:Siobhan Gallagher]] ({{PPL}}, about 60 hours) had rough running at
        2,500ft near Rothbury in [[aircraft_registration:G-OKTA]], a {{Cessna 172}}, on [[date:12 October]].
        Carb icing. She did exactly what we drill: {{carb heat}}, picked a field, told Newcastle Radar, kept
        flying the aircraft. Engine cleared, she diverted to [[organisation:Eshott Airfield]] and landed
        without drama. She's written it up for the newsletter. Anyone who wants to talk to her about it, ring
        me, [[name:Phil]], on [[phone:0191 498 0432]]. - [[organisation:Northumbria Flying Group]]
    """),
    ("aviation", "incident", """
        Tech log / planning incident, [[organisation:Eastern Airways]] at Teesside.
        [[aircraft_registration:G-CMEI]] ({{E170}}) flew three sectors with an expired {{MEL}} item (APU bleed
        valve, cat C) because the rectification interval was entered in the planning system as due
        [[date:30/10]] instead of [[date:20/10]]. Picked up by [[name:Kev Mulholland]] on the night shift on
        [[date:23/10]] when he was checking the deferred defects for the next day. Aircraft grounded until
        fixed. Looks like a simple typo but nothing in the system cross-checks the date against the MEL
        category. Reported to the {{CAA}} via MOR.
    """),
    ("aviation", "near_miss", """
        Near miss at the heliport, [[organisation:Humberside Airport]]. Fuel bowser
        [[vehicle_registration:YR16 VHN]] crossed taxiway B without clearance while
        [[aircraft_registration:G-VINB]] ({{S-92}}) was air-taxiing in, about 150m away. Pilot saw it and
        held. Driver, [[name:Ali]], from [[organisation:World Fuel Services]], said his radio was on the wrong
        frequency after a battery change. Nobody challenged it from the tower as they were dealing with an
        inbound. Airside ops briefing all drivers on {{radio checks}}.
    """),
    ("aviation", "success", """
        What went right on [[flight_number:LS1291]] to Tenerife, [[date:29/10]], LBA. Our dispatcher
        [[name:Ola]] noticed the final {{loadsheet}} showed 180 pax but the gate count was 186 - six late
        joiners from a connecting coach had been added at the gate but not passed to load control. Loadsheet
        reissued, trim recalculated, 8 minute delay. Could have been a weight and balance error on a full
        {{A321}}. Good spot. Any questions to [[email:lba.ops@aerohandling-uk.com]]
    """),
    ("aviation", "incident", """
        Drone sighting about 1.5nm final rwy 25 at NCL on [[date:31 October]] at 17:40, reported by the crew
        of [[flight_number:TOM6KP]], {{Boeing 737 MAX 8}}. Estimated 200ft below, passed down the right side.
        ATC informed, next two arrivals warned. [[organisation:Northumbria Police]] attended, ref
        [[case_reference:NP-20241031-1188]]. They traced a lad of [[age:16]] flying from the field behind
        [[address:Ponteland Road]] with a new drone, his dad said he had no idea about the {{flight
        restriction zone}}. Reported to the {{UK Airprox Board}}.
    """),
]


def main() -> None:
    records = build_records("blind16", [(domain, kind, flow(marked)) for domain, kind, marked in REPORTS])
    assert len(records) == 60, len(records)
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        assert 1 <= len(rec["negatives"]) <= 3, (rid, len(rec["negatives"]))
        for span in spans + rec["negatives"]:
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            assert not before.isalnum() and not after.isalnum(), (rid, "cuts a word", span)
        for span in spans:
            value, label = text[span["start"]:span["end"]], span["label"]
            assert label != "postcode" or POSTCODE.match(value), (rid, value)
            assert label != "name" or not TITLE.match(value), (rid, value)
            if label not in REPEATABLE and label != "age":
                for hit in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
                    assert any(s["start"] <= hit.start() and hit.end() <= s["end"] for s in spans), \
                        (rid, "unlabelled repeat", value)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
