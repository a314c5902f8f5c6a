"""Blind held-out corpus 12: sixty hand-written narratives from London and the South East.

Each narrative is written as a practitioner would type it into an incident / learning form
(children's social care, a London teaching hospital and community services, aviation), with
identifiers marked `[[label:value]]` and must-not-redact mentions marked `{{term}}`.

Writing convention for the narratives below: lines are wrapped for readability and joined
with a single space; a line starting with `|` is a hard line break (the `|` is dropped), so
pasted e-mails, case notes and bullet lists keep their shape.

Run:  python bench/anonymiser/blind12/make_heldout_blind12.py
Writes bench/anonymiser/corpus/heldout_blind12.jsonl deterministically.
"""

from __future__ import annotations

import re
import sys
import textwrap
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse, write_records  # noqa: E402

LABELS = (
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
    "case_reference", "date_of_birth", "date", "age", "organisation",
    "vehicle_registration", "aircraft_registration", "flight_number",
)
DOMAINS = ("social_care", "health", "aviation")
KINDS = ("incident", "near_miss", "success")
OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind12.jsonl"

NI_RE = re.compile(
    r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$"
)
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$", re.I)
TITLE_RE = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|DC|DS|DI|PC|Sgt|Capt|Captain|Sister|Cllr|Rev)\b\.?\s",
    re.I,
)
# Labels whose repeated text is checked for being labelled at every occurrence.
REPEAT_CHECKED = {
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
    "case_reference", "organisation", "vehicle_registration", "aircraft_registration",
    "flight_number",
}


def flow(block: str) -> str:
    """Join wrapped lines with a space; a line starting with `|` is a hard line break."""
    lines = textwrap.dedent(block).strip("\n").split("\n")
    out = lines[0].strip()
    for line in lines[1:]:
        stripped = line.strip()
        if stripped.startswith("|"):
            out += "\n" + stripped[1:]
        else:
            out += " " + stripped
    return out


def R(domain: str, kind: str, block: str) -> tuple[str, str, str]:  # noqa: N802
    return domain, kind, flow(block)


REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ social care (24)
    R("social_care", "incident", """
        referral came into the {{MASH}} from [[organisation:St Saviour's Primary]] re
        [[name:kayden]] ([[age:6]]) who came in with a bruise on his cheek. school rang 9.10am
        but the contact got linked to the wrong child on mosaic, [[name:kayden brooks]] not
        [[name:kayden brookes]]. the right [[name:kayden]] lives at
        [[address:22 Tavistock Walk, Aylesham Estate]] [[postcode:SE15 6RD]]. wasnt picked up
        til 2.40pm so the {{home visit}} happened after he was already home with mums partner.
        no further injury seen but thats 5 hrs delay. we need to check DOB before linking, his
        is [[date_of_birth:03/11/2017]] and the other boy is 2 yrs older
    """),
    R("social_care", "near_miss", """
        On [[date:14 February 2024]] the minutes of the initial {{child protection conference}}
        for the [[name:Yilmaz]] children were prepared for circulation to all invitees,
        including {{the father}}, [[name:Mehmet Yilmaz]], who is subject to a non-molestation
        order. Page 3 contained the mother's new refuge-move address,
        [[address:Flat 9, Kestrel Court, 41 Albion Road, London]] [[postcode:N16 9PS]]. The
        chair, [[name:Helen Draycott]], noticed this during her final read before the e-mail
        was released, and the minutes were redacted and re-issued on
        [[date:15 February 2024]]. No disclosure occurred. Action: a redaction check has been
        added to the conference administration checklist. Mosaic ref
        [[case_reference:CP-118274]].
        |
        |[[name:Helen Draycott]], Child Protection Chair
    """),
    R("social_care", "success", """
        hello i want to say thank you to my PA [[name:Desta]]. I am [[age:19]] and I was in
        care since I came from Eritrea when I was [[age:15]]. When my {{Universal Credit}}
        stopped in March she came with me to the job centre on [[date:2 April]] and stayed 4
        hours until it was fixed. She also helped me move in to
        [[address:Flat 3, 18 Coldharbour Lane]] and found me a bed and a kettle. Please tell
        her manager she is the best {{personal adviser}}. From [[name:Senait Tekle]]
        [[phone:07700 900517]]
    """),
    R("social_care", "incident", """
        Young person [[name:Ahmad Zia Noori]], Afghan national, was encountered in Kent and
        given a date of birth of [[date_of_birth:01/01/2008]] by the Home Office, then
        dispersed to an adult asylum hotel in the borough. HO ref [[case_reference:N1294476]].
        For six nights he shared a room with two adult men before staff from
        [[organisation:Clearsprings Ready Homes]] referred him to us. We accepted him as a
        looked after child under {{section 20}} and placed him with Mr and Mrs
        [[name:Rahimi]], who speak Dari. An {{age assessment}} was not felt necessary as he
        is visibly a child. [[name:Ahmad]] told his social worker [[name:Kerry-Ann Bailey]]
        that nobody at the hotel asked how old he was.
    """),
    R("social_care", "near_miss", """
        From: [[name:Gemma Pollard]] <[[email:gemma.pollard@southwark.gov.uk]]>
        |To: Fostering Duty
        |Cc: [[name:Olu Bankole]]; [[name:Marcin Wójcik]]
        |Subject: placement address nearly sent to birth family
        |
        |Hi all, flagging this as a near miss. The placement plan for [[name:Jayden-Lee]]
        ([[age:8]]) was about to go to {{birth mum}} via the contact service with the carers'
        full address on p.2 ([[address:47 Ringmer Gardens]], [[postcode:SE22 8TQ]]).
        [[name:Olu]] caught it on the final read. Nothing went out.
        |
        |Thanks,
        |[[name:Gemma]]
        |[[name:Gemma Pollard]] | {{Supervising Social Worker}} | Fostering Service
        |[[phone:020 7946 0418]]
    """),
    R("social_care", "incident", """
        [[date:09/05/24]]
        |14:05 call from PC [[name:Jaswinder Gill]], custody at
        [[organisation:Brixton Police Station]], re [[name:Tariq Mahamud]] ([[age:15]]).
        Arrested 12:30, poss. offensive weapon. Crime ref [[case_reference:5230019384/24]].
        |14:20 {{appropriate adult}} requested. Nobody on the {{YOS}} rota free until 18:00.
        |16:45 tried mum [[name:Hodan]] again on [[phone:07700 900881]], no answer.
        |18:15 AA attended. Interview 18:50.
        |[[name:Tariq]] was in a cell nearly 6 hrs waiting for an AA. Not acceptable for a
        [[age:15]] yr old. Rota gap needs raising at the next partnership board.
    """),
    R("social_care", "success", """
        What went right: on a {{Friday}} at 3.20pm a Year 9 pupil,
        [[name:Precious Adebayo-Cole]], told her form tutor Mr [[name:Hussain]] she was scared
        to go home because of her stepfather. Mr [[name:Hussain]] walked her straight to our
        {{DSL}}, Ms [[name:Ferreira]], who rang the front door. The {{duty social worker}},
        [[name:Nikhil]], called back in 12 minutes, a strategy discussion was held at 4.45pm
        and [[name:Precious]] went to her aunt's that evening. Really good teamwork from
        everyone. [[organisation:Walworth Academy]], safeguarding lead
        [[name:Catarina Ferreira]] [[email:c.ferreira@walworthacademy.org.uk]]
    """),
    R("social_care", "incident", """
        went for {{CIN}} visit at [[address:flat 61 brunel hse, ledbury est]]
        [[postcode:se15 1pe]] no answer agian 3rd time. neighbour says famly left 2 wks ago.
        mum [[name:marisol]] and kids [[name:sofia]] [[age:4]] and [[name:mateo]]
        [[age:18 mths]] nobody told us, not even nursery who said [[name:sofia]] just stopped
        coming. mums number [[phone:+57 310 441 8227]] goes to voicemail think she went back
        to colombia?? plan was {{section 17}} so no order. have told my TM and done a missing
        from home alert
    """),
    R("social_care", "near_miss", """
        {{School nurse}} at [[organisation:Harris Academy Peckham]] flagged that
        [[name:Oluwaseun Adeyemi]] (known as [[name:Seun]]), [[age:12]], has been living with
        a family friend, Mrs [[name:Grace Okonkwo]], at [[address:114 Peckham Park Road]],
        [[postcode:SE15 6TR]] since [[date:September 2023]]. His parents are in Lagos (dad
        [[phone:+234 803 555 0192]]). Nobody had made a {{private fostering}} notification in
        eight months. [[name:Seun]] is well cared for and no harm identified, but the
        arrangement had never been assessed. Mrs [[name:Okonkwo]] said she did not know she
        had to tell the council. Visit completed [[date:21/05/2024]].
    """),
    R("social_care", "incident", """
        [[name:Kane]] ([[age:16]]) missing again from [[date:18 May]], found {{Monday}} by BTP at
        Margate station with £400 and two phones. DC [[name:Abena Owusu]] has done the
        {{NRM}}. The return home interview never happened because the worker was off sick and
        it wasn't reallocated. [[name:Kane]]'s mum says older boys off the
        [[address:Pembury Estate]] are running him. Car seen dropping him home:
        [[vehicle_registration:LR19 XKT]]. Taking to {{MACE}} next week.
    """),
    R("social_care", "success", """
        An adoption transition that went really well. [[name:Lily-Mae]] ([[age:2]]) moved to
        her adopters [[name:Ravi]] and [[name:Anjali Mistry]] on [[date:7 March 2024]] after a
        three week transition. {{Foster carer}} [[name:Bernadette Quinn]] made a
        {{life story book}} with photos of her first home and video-called [[name:Ravi]] and
        [[name:Anjali]] every night of intros so the faces were familiar.
        [[organisation:Adopt London South]] arranged the post-placement visit within the week.
        [[name:Lily-Mae]] settled much faster than anyone expected. Sharing as good practice.
    """),
    R("social_care", "incident", """
        Delay in strategy discussion. [[organisation:Homerton University Hospital]] ED referred
        [[name:Hasan Aydın]] ([[age:5 months]]) at 11:00 on [[date:22/01/2024]] with a bruise
        to the ear; sibling [[name:Zeynep Aydın]] ([[age:3]]). {{CAIT}} could not provide a
        rep until 16:30 and the ED consultant, Dr [[name:Mensah]], had gone off shift, so the
        strat went ahead without health. {{Section 47}} enquiries started late evening. Baby
        NHS no. [[nhs_number:449 628 8257]]. Parents [[name:Emre]] and [[name:Elif]] were left
        waiting in the department for 7 hours without an explanation.
    """),
    R("social_care", "near_miss", """
        {{HV}} here. Went to do the {{new birth visit}} for [[name:Nguyen Thi Lan]]'s baby
        ([[age:11 days]] old) at [[address:Flat 2, 9 Downs Park Road]] [[postcode:E5 8NP]].
        Family had moved to a hostel the week before, midwife knew but the {{Child Health}}
        record wasn't updated. Found them through the GP,
        [[organisation:Lower Clapton Group Practice]]. Also the interpreter booked was
        Cantonese, mum speaks Vietnamese. Baby fine, feeding well. Caught just before the 14
        day window closed.
    """),
    R("social_care", "incident", """
        From: [[name:Kemal Arslan]] <[[email:kemal.arslan@lambeth.gov.uk]]>
        |Sent: [[date:13 March 2024]] 09:12
        |To: Information Governance
        |Cc: [[name:Lauren Hayes]]; MASH Managers
        |Subject: RE: misdirected e-mail - MASH research
        |
        |Hi IG team, logging this formally. Yesterday at 16:02 [[name:Lauren]] sent MASH
        research on [[name:Blerina Hoxha]] (DOB [[date_of_birth:19.06.1991]]) and her children
        [[name:Arben]] ([[age:9]]) and [[name:Elira]] ([[age:6]]) to
        [[email:admissions@stjudes-primary.org.uk]] instead of
        [[email:admissions@stjohns-primary.org.uk]]. Outlook autocomplete offered the wrong
        address and it wasn't checked. The research included the full {{domestic abuse}}
        history, two previous refuge addresses and Ms [[name:Hoxha]]'s NI number
        [[ni_number:JH 46 28 91 C]].
        |
        |The school business manager, Mrs [[name:Patience Oduya]], rang us within the hour,
        deleted it from the inbox and deleted items, and confirmed in writing at 17:40. I have
        spoken to Ms [[name:Hoxha]] and explained; she was upset but accepts the attachment was
        not opened. IG ref [[case_reference:IG-2024-0331]]. We think this is under the
        threshold for reporting to the {{ICO}} but would like your view.
        |
        |[[name:Kemal]]
        |[[name:Kemal Arslan]] | MASH Team Manager | [[phone:020 7946 0552]]
    """),
    R("social_care", "success", """
        PA case note [[date:03/06/24]]
        |- [[name:Dawit]] ([[age:20]]) got keys today for
        [[address:Flat 7, Hollis House, 12 Stratford High Street]] [[postcode:E15 2QB]]
        |- housing officer [[name:Marguerite Oyelaran]] ([[organisation:Newham Council]]) did
        the sign-up same day
        |- HB claim started, NI [[ni_number:TW 55 01 93 A]]
        |- furniture pack ordered via {{leaving care grant}}
        |What went right: the gap was spotted at the {{Pathway Plan}} review 3 months out so no
        sofa surfing this time. [[name:Dawit]] said "first door that's mine".
    """),
    R("social_care", "incident", """
        Allegation against foster carer Mr [[name:Dean Whitlow]]: [[name:Kiara]] ([[age:13]])
        told her teacher on [[date:29 April]] that he grabbed her arm hard the night before.
        The {{LADO}} was not informed until [[date:3 May]] because the {{SSW}} was on leave and
        the message sat in her inbox. [[name:Kiara]] stayed in the placement over the weekend
        with no safety plan. Mr [[name:Whitlow]] has since been suspended from caring pending
        the investigation. Fostering ref [[case_reference:FC-2211]].
    """),
    R("social_care", "near_miss", """
        The review health assessment for [[name:Yonas Gebremedhin]] nearly went ahead with an
        Amharic interpreter, [[name:Yonas]] speaks {{Tigrinya}}. Caught by his
        {{key worker}} [[name:Hope]] at [[organisation:Brook House Supported Living]], who rang
        round and found a Tigrinya interpreter through the [[organisation:Refugee Council]] in
        time. HO ref [[case_reference:Y2209183]]. Please check language against the file, not
        the original referral.
    """),
    R("social_care", "incident", """
        hi its [[name:jodie]] from {{YOT}}. [[name:reece]] ([[age:17]]) on tag got picked up
        last nite about 11pm by a grey golf [[vehicle_registration:YD68 FMA]] outside his
        curfew address [[address:31 Broadwater Road]] [[postcode:N17 6ET]]. police say the car
        is linked to [[name:Lewis Carty]] [[age:24]] known for county lines. tag company didnt
        flag the breach til 8am cos of a system issue. [[name:reece]] back home now says he
        went to a party. need a strat and consider {{NRM}}. his mum [[name:tracey]] asked us
        not to tell police about the car but we have
    """),
    R("social_care", "success", """
        Positive practice. On [[date:11 October 2023]] [[organisation:Little Acorns Nursery]]
        rang the front door at 10:15 about [[name:Ayaan Rahman]] ([[age:3]]) who had a burn
        mark on his hand. Social worker [[name:Farhana Begum]] and PC [[name:Tom Ellery]]
        visited together by 12:30. Mum, [[name:Shirin]], was open with them, it was an iron
        accident, and she had already booked a GP appointment at
        [[organisation:Jubilee Street Practice]] that afternoon. We did {{Signs of Safety}}
        mapping with mum there and then and closed with an {{Early Help}} offer. Quick,
        proportionate and not frightening for the family.
    """),
    R("social_care", "incident", """
        Incident summary (Head of Service). Two child records were merged in error on the case
        management system on [[date:29 May 2024]] by a business support officer working
        through a duplicates report: [[case_reference:LL-7734102]] [[name:Bogdan Popescu]], DOB
        [[date_of_birth:12/08/2011]] and [[case_reference:LL-7734150]]
        [[name:Bogdan Popesku]], DOB [[date_of_birth:12/08/2012]]. The surnames and dates of
        birth differ by a single character each and the merge warning was clicked through. As
        a result a contact record about the second boy's father, including a police
        disclosure about him, became visible on the first child's file. It was read out by the
        {{IRO}} at the looked after review on [[date:6 June 2024]], in front of the first boy's
        mother, Mrs [[name:Ioana Popescu]], and his foster carer. Mrs [[name:Popescu]] raised
        it straight away and the review was paused. The records were unmerged by the
        {{Liquidlogic}} admin team the next morning and both families have been written to
        with an apology. Reported to the Data Protection Officer as a personal data breach.
        Learning: merge rights are now limited to two named super-users, and any merge needs a
        second person to confirm that the date of birth and address match.
    """),
    R("social_care", "near_miss", """
        Police {{MERLIN}} received before the bank holiday weekend for
        [[address:Flat 23, Attlee House, Brandon Estate]], [[postcode:SE17 3HU]], MERLIN ref
        [[case_reference:24MIS018822]]. Adults named: [[name:Shanice Campbell]] and
        [[name:Delroy Campbell]] (aka [[name:Dee]]). It sat unscreened in the MASH inbox for 3
        days. The child, [[name:Kai]] ([[age:2]]), wasn't on the police record so it was RAG
        rated green. Screened [[date:28/05/2024]] and stepped up once the health record showed
        [[name:Kai]] lives there. Spoke to [[name:SC]] on the phone, she is safe and has gone
        to her mum's. No further incident but it could have been very different.
    """),
    R("social_care", "incident", """
        Transport incident: [[name:Mustafa Khalil]], [[age:9]], autistic and non-verbal, was
        dropped at the wrong short breaks unit by [[organisation:Swift Cars Ltd]] (driver's
        car [[vehicle_registration:LK70 HWU]]). Staff at [[organisation:Cherry Tree House]]
        didn't know him and he was there 50 minutes before anyone rang us. His {{EHCP}} and
        transport plan both say handover must be to a named adult. {{Dad}},
        [[name:Khalid]], only found out when he rang to check. Contract manager informed.
    """),
    R("social_care", "success", """
        Really proud of this one. {{Family Group Conference}} for the [[name:Demir]] family on
        [[date:17 January]] with a Kurmanji interpreter. Grandmother [[name:Rojda]] had never
        been in a meeting about the children before, and she came up with a plan for
        [[name:Berfin]] ([[age:11]]) and [[name:Azad]] ([[age:8]]) to stay with her at
        [[address:7 Gilpin Close, Tottenham]] [[postcode:N17 0AB]] during the week. Father
        [[name:Serhat Demir]] agreed to it in the room. Our coordinator [[name:Leyla]] spent two
        sessions preparing the family beforehand. {{Child in need}} plan closed three months
        later.
    """),
    R("social_care", "near_miss", """
        {{Homes for Ukraine}} sponsor [[name:Martin Gossage]]
        ([[email:m.gossage@btinternet.com]]) e-mailed at 22:14 on a Thursday saying
        [[name:Olena Kovalenko]] and her son [[name:Artem]] ([[age:14]]) had to leave
        [[address:26 Sydenham Hill]] [[postcode:SE26 6SH]] by 9am because of "a breakdown in
        the relationship". The e-mail went to the old resettlement inbox, which nobody
        monitors after 5pm. It was only seen because [[name:Ali]] from housing options was
        still logged in and forwarded it to {{EDT}}. EDT rang [[name:Olena]] on
        [[phone:+380 67 412 9087]] and booked a room at
        [[organisation:Travelodge London Forest Hill]] for two nights. Her NI number
        ([[ni_number:SR718820D]]) was on the sponsor's e-mail for some reason. Had it not been
        forwarded, a mother and a [[age:14]] year old would have been on the street in the
        morning with nowhere to go. The old inbox has now been given an auto-reply pointing to
        the EDT number.
    """),
    # ------------------------------------------------------------------ health (22)
    R("health", "incident", """
        SBAR
        |S: bloods labelled for the wrong patient in majors on [[date:02/02/2024]].
        |B: two patients with near-identical names, [[name:Kwame Asante]], [[age:62]], MRN
        [[case_reference:RJ1-4482913]], NHS no [[nhs_number:6400695680]], and
        [[name:Kwame Ansah]], [[age:58]], in bays 4 and 5. {{Troponin}} sample from Mr
        [[name:Ansah]] was labelled with Mr [[name:Asante]]'s sticker.
        |A: Mr [[name:Asante]] nearly went to the {{cath lab}} on a raised troponin that wasn't
        his. Picked up by the cardiology {{SpR}} because his ECG didn't fit.
        |R: similar-name alert stickers; positive patient ID at the bedside every time.
    """),
    R("health", "near_miss", """
        {{Noradrenaline}} syringe made up at double strength (16mg in 50ml) for bed 6 on
        [[organisation:Victoria ICU]], Mrs [[name:Parveen Kaur Dhillon]], [[age:71]].
        {{Second checker}} [[name:Sam]] spotted the label didn't match the prescription before
        it was connected. The nurse drawing it up had been moved from
        [[organisation:Harvey Ward]] that morning and was used to the other concentration. We
        need standard concentrations across the trust. Datix [[case_reference:W184422]]
    """),
    R("health", "incident", """
        [[name:amelia]] ([[age:4]]) on [[organisation:rainbow ward]] got {{paracetamol}} twice
        within 2 hrs bc day staff gave it at 14:00 and didnt sign, then i gave it at 15:50 cos
        mum said she was hot. no harm, obs fine, {{toxbase}} checked and under threshold. told
        mum [[name:chantelle]] straight away and the reg dr [[name:okafor]]. datix done
        [[case_reference:W184519]]. signing straight after giving needs to happen ALWAYS
    """),
    R("health", "incident", """
        Infant security alarm at 03:10 on [[organisation:Lavender Ward]]. Baby of
        [[name:Fatima Bibi]] (hospital no. [[case_reference:K2291045]]) set off the tag alarm
        at the exit. A visitor, [[name:Tanvir Ahmed]], was carrying the baby towards the lift
        saying he was taking him downstairs to show family. Mum had not agreed to this.
        Security officer [[name:Gbenga]] stopped him at the doors. Police attended, CAD
        [[case_reference:1187/14JUN]]. Baby was [[age:2 days]] old. The
        {{midwife in charge}} informed the {{safeguarding team}} the same morning.
    """),
    R("health", "near_miss", """
        Letter for Mr [[name:Clive Barrington]] (DOB [[date_of_birth:14/07/1952]]) about his
        {{HbA1c}} result was printed with his old address, [[address:58 Leander Road, Brixton]],
        [[postcode:SW2 2LH]], because PAS hadn't pulled the update from the {{Spine}}.
        Receptionist [[name:Joy]] noticed the envelope didn't match the address on screen
        before it went to franking. New address confirmed with the patient on
        [[phone:020 7946 0273]].
    """),
    R("health", "near_miss", """
        Pharmacy intervention. {{Methotrexate}} 10mg prescribed DAILY on the discharge TTO for
        [[name:Nasra Abdi Farah]], [[age:67]], [[organisation:Brunel Ward]], NHS
        [[nhs_number:9160550732]]. Should be once weekly ({{Fridays}}). Caught at clinical check
        by [[name:Priyanka]] in dispensary. The prescriber was an FY1 covering from another
        team. This could have been fatal. Contacted Dr [[name:Liam O'Connor]], amended to
        weekly with {{folic acid}} on a different day, and counselled the patient with her
        daughter.
    """),
    R("health", "incident", """
        CT head performed on the wrong patient. Request was for [[name:Patrick Doherty]]
        ([[age:81]], NHS [[nhs_number:9109178627]]) in ED cubicle 12; the porter brought
        [[name:Patrick Dougherty]] ([[age:79]]) from [[organisation:Nightingale Ward]]. The
        radiographer checked name and first line of address verbally but the patient is hard of
        hearing and agreed to everything. Reported as an {{IR(ME)R}} significant accidental
        exposure to the {{CQC}}, ref [[case_reference:IRMER-0624-117]]. Duty of candour
        conversation with his daughter [[name:Siobhan]] done by Dr [[name:Kaur]].
    """),
    R("health", "incident", """
        Negative {{chlamydia}} result text meant for [[name:Thiago Alves]] was sent to
        [[phone:07700 900146]], which had been copied from a handwritten form; correct number
        is [[phone:07700 900164]]. The recipient replied "who is this??". The message had
        [[name:Thiago]]'s first name and the clinic name,
        [[organisation:Burrell Street Sexual Health Clinic]], in it. Patient informed and
        apologised to. Handwritten forms for {{SMS}} results to stop.
    """),
    R("health", "success", """
        Compliment from [[name:Dorothy Mensah-Bonsu]] about her son [[name:Kofi]]
        ([[age:28]]), who has a learning disability and autism. The LD liaison nurse
        [[name:Ruth]] met them at the main entrance for his {{colonoscopy}}, used his
        {{hospital passport}}, got him first on the list so he didn't have to wait, and let
        mum stay in recovery. [[name:Kofi]] told everyone "[[name:Ruth]] is my friend". Mrs
        [[name:Mensah-Bonsu]] said it was the first hospital visit in ten years that didn't end
        with him being held. The best interests decision was properly recorded under the
        {{Mental Capacity Act}}.
    """),
    R("health", "incident", """
        Safeguarding concern raised late. [[name:Leticia Morales]], [[age:29]], disclosed
        domestic abuse to a nurse in {{fracture clinic}} on [[date:8 March]]; her partner
        [[name:Jhon Ríos]] was in the waiting room. It was written in the notes but no referral
        was made and no {{DASH}} done. Picked up 5 days later when she came back to ED with new
        injuries. Referred to {{MARAC}} the same day and an IDVA from
        [[organisation:Solace Women's Aid]] allocated. Her safe number is
        [[phone:07700 900362]], please do NOT ring the number on EPR.
    """),
    R("health", "near_miss", """
        DN visit to Mrs [[name:Ada Nwosu]], [[age:88]], at
        [[address:12 Marden House, Pembroke Road]] [[postcode:E17 9LR]]. Her {{key safe}} code
        had been written on the visit schedule, which was left printed on the dashboard of the
        pool car [[vehicle_registration:GK21 OPV]]. Car window smashed overnight; the schedule
        was still there but could easily have been read. Code changed the same morning by her
        son [[name:Chidi]] ([[phone:07700 900728]]). Heel checked while there and
        {{Waterlow}} updated.
    """),
    R("health", "incident", """
        CAD [[case_reference:2406-1187]], {{Cat 2}} chest pain, Mr [[name:Harun Chowdhury]],
        [[age:74]], [[address:Flat 31, Collingwood House, Darling Row]], [[postcode:E1 5RE]].
        2 hours 40 min wait. We arrived 19:52 on [[date:12/01/2024]]; he was having a
        {{STEMI}}. The rapid response car had been reassigned twice. Taken to
        [[organisation:Barts Heart Centre]] for PCI and survived. His granddaughter
        [[name:Tasnim]] had called 999 four times. Crew: [[name:Ellie]] and [[name:Marcus]],
        vehicle [[vehicle_registration:LJ73 KFB]].
    """),
    R("health", "success", """
        From: [[name:Barbara Whitfield]] <[[email:barbwhitfield61@gmail.com]]>
        |To: PALS
        |Subject: Thank you
        |
        |Dear PALS, my husband [[name:Geoffrey]] was brought into {{A&E}} on [[date:3rd March]]
        after a fall. Nurse [[name:Adaeze]] and the young doctor, I think Dr [[name:Bhatt]],
        were so kind to him and to me. They spotted his {{sepsis}} very early and he is home
        now and nearly back to himself. Please pass on our thanks to them both.
        |
        |[[name:Barbara Whitfield]]
        |[[address:4 Rosendale Road]], [[postcode:SE21 8DS]]
    """),
    R("health", "success", """
        Good catch in triage: [[name:Mariam Yusuf]], [[age:32]], 34/40, phoned with a headache
        and said it was probably nothing. Midwife [[name:Sunita Patel]] asked her to come in
        anyway. BP 168/112, {{pre-eclampsia}} diagnosed, {{magnesium sulfate}} started and she
        was delivered safely by {{LSCS}} on [[date:20/04/2024]]. Baby [[name:Hamza]] is doing
        well on [[organisation:Evelina Neonatal Unit]].
    """),
    R("health", "success", """
        What went right: baby [[name:Oliver Grant]], [[age:4 months]], brought into
        [[organisation:St Thomas' Hospital]] ED by {{dad}} with a cold. Triage nurse
        [[name:Mel]] noticed a small bruise on his upper arm and followed the
        {{bruising in non-mobile infants}} protocol even though dad was in a hurry to leave. The
        {{skeletal survey}} showed two healing rib fractures. Police and children's social care
        now involved. A strong example of professional curiosity at the front door.
    """),
    R("health", "incident", """
        From: [[name:Raza, Aisha]] <[[email:aisha.raza1@nhs.net]]>
        |Sent: [[date:17 May 2024]] 07:42
        |To: ICU Consultants
        |Cc: [[name:Tomasz Nowak]]; [[name:Bukola Adeyemi-Jones]]
        |Subject: RE: delayed transfer bed 11
        |
        |[[name:Tomasz]] - for the Datix. Bed 11 (Mr [[name:Viktor Melnyk]], [[age:45]]) was
        accepted by the liver unit at [[organisation:King's College Hospital]] at 14:00
        yesterday. The ambulance booked through the transfer service was cancelled at 17:30
        without anyone telling us, and we only found out at 21:00 when we chased. He finally
        left at 23:10. His {{INR}} went from 2.6 to 4.1 while he waited and he needed a second
        unit of FFP. The family ([[name:Oksana]], wife, [[phone:+380 50 771 2304]]) were
        waiting at [[organisation:King's]] from 3pm. Datix [[case_reference:W185003]].
        |
        |[[name:Aisha]]
        |Dr [[name:Aisha Raza]], {{ICU Consultant}}, ext 4471
    """),
    R("health", "incident", """
        Tamil interpreter did not attend oncology clinic for Mrs
        [[name:Thangamani Sivakumar]] ([[age:70]]), who was being given her {{biopsy}} result.
        Her son [[name:Kavin]] ([[age:16]]) was asked to interpret instead because the clinic
        was running 90 minutes late and the {{consultant}}, Dr [[name:Pillai]], didn't want to
        rebook. [[name:Kavin]] was very upset afterwards. Family friend [[name:Vani]] rang to
        complain ([[phone:07700 900995]]). Agency [[organisation:The Big Word]] booking ref
        [[case_reference:TBW-882134]].
    """),
    R("health", "incident", """
        CD discrepancy on [[organisation:Howard Ward]]: 2 ampoules {{morphine}} 10mg
        unaccounted for in the {{CD register}} on [[date:30/04/2024]]. Last correct balance was
        checked by [[name:N. Adeyemi]] and [[name:R. Singh]] at night handover. The entry for
        [[name:Eileen Carter]] (MRN [[case_reference:RJ1-5510274]]) shows 1 amp given but 2
        signed out. {{Accountable officer}} informed.
    """),
    R("health", "success", """
        [[name:Juliana]], Brazilian, [[age:24]], came to the walk-in on [[date:10 May]] with a
        man who insisted on coming into the room. {{HCA}} [[name:Rosa]] used our routine of
        seeing everyone alone first, and [[name:Juliana]] told her she was not allowed to leave
        the flat at [[address:first floor, 287 Kingsland Road]], [[postcode:E2 8AS]] and that
        he kept her passport. We called police from the back office, an {{NRM}} referral went
        in through [[organisation:The Salvation Army]] and she was in a safe house that night.
        The routine works, please keep it.
    """),
    R("health", "incident", """
        missed insulin visit - mr [[name:desmond clarke]] [[age:79]] type 1, his visit dropped
        off the {{DN}} schedule when his care package changed on [[date:1st july]]. found by
        neighbour [[name:marcia]] at 6pm confused, BM 1.9, LAS called, {{glucagon}} given, taken
        to [[organisation:kings]] and ok now. EMIS showed the visit but the rostering system
        didnt. NHS [[nhs_number:789 800 9665]]
    """),
    R("health", "success", """
        Cardiac arrest at [[organisation:Brockwell Lido]] on [[date:14 August]]. Lifeguard
        [[name:Will]] started CPR within a minute, and an off-duty nurse called [[name:Marta]]
        ran the {{AED}}. {{ROSC}} after 2 shocks, before our crew arrived. Patient
        [[name:Dennis Oduya]], [[age:57]], was discharged from
        [[organisation:King's College Hospital]] nine days later, neurologically intact. CAD
        [[case_reference:2408-0931]]. Worth a letter from the chief exec to both of them.
    """),
    R("health", "near_miss", """
        Near miss in MRI. Mr [[name:Gary Pettit]], [[age:66]], DOB
        [[date_of_birth:02/09/1957]], was on the table about to go into the scanner when the
        radiographer [[name:Chinedu]] asked one last time about implants and he said "only my
        {{pacemaker}}". The safety questionnaire had been filled in by his wife, who ticked no.
        Not an {{MR Conditional}} device. Scan cancelled and rebooked at
        [[organisation:Royal Brompton Hospital]] with cardiac physiology support.
    """),
    # ------------------------------------------------------------------ aviation (14)
    R("aviation", "incident", """
        Baggage tug made contact with the no.2 engine cowling of {{A320}}
        [[aircraft_registration:G-EZPQ]] on stand 141, [[organisation:Gatwick North Terminal]],
        at 06:40 on [[date:3 June 2024]]. Aircraft was operating [[flight_number:EZY8231]] to
        Malaga. Driver [[name:Kevin Doyle]] of [[organisation:Menzies Aviation]] said the brakes
        felt soft. Flight cancelled and 186 pax rebooked. Engineering found a dent to the
        nacelle. Tug quarantined. Reported to the {{CAA}}, MOR
        [[case_reference:2024/06117]].
    """),
    R("aviation", "near_miss", """
        [[flight_number:EZY6317]] {{A320neo}} [[aircraft_registration:G-UZHK]] ILS 26L. late
        descent from {{ATC}}, unstable 1000ft +18kt. called {{go-around}} at 700ft, FO PF and
        flew it well. no TCAS. second approach normal. filing for trend data only.
        |Capt [[name:R. Lindqvist]]
    """),
    R("aviation", "incident", """
        Passenger manifest sent to the handling agent at [[organisation:Farnborough Airport]]
        for [[aircraft_registration:M-YGLK]] ({{Global 6000}}) listed the wrong passport for
        the principal's son, [[name:Dmitri Sokolov]] (DOB [[date_of_birth:22/10/2006]]). He was
        manifested with his father's passport number. French border police held the
        aircraft for 2 hours. Ops coordinator [[name:Charlotte Pemberton]] had copied the
        details from last month's trip. The manifest was also e-mailed unencrypted to
        [[email:ops@skylinehandling.co.uk]]. {{GAR}} amended. Our ref
        [[case_reference:QR-2024-0611]].
    """),
    R("aviation", "near_miss", """
        Student [[name:Josh]] on a solo nav from [[organisation:Redhill Aerodrome]] in
        {{PA-28}} [[aircraft_registration:G-BSVK]] climbed to 2800ft over Edenbridge and
        infringed {{controlled airspace}} for about 90 seconds. Radar called him, gave a
        heading and he was out quickly, no other traffic affected. He was using last year's
        chart. Instructor [[name:Priyesh Joshi]] has debriefed him and we have binned all old
        charts in the briefing room. Date [[date:27/03/2024]].
    """),
    R("aviation", "incident", """
        Laser attack on [[aircraft_registration:G-POLD]] ({{EC135}}) at 23:15 on
        [[date:19/11/2023]] while tasked to a high-risk missing person over Thamesmead. Green
        laser from a balcony. {{TFO}} PC [[name:Dan Whelan]] got the source on camera and
        ground units arrested a [[age:19]] year old, [[name:Connor Mayhew]], within 20 minutes.
        Pilot Capt [[name:Fiona Strachan]] had eye irritation and was stood down after landing.
        Crime ref [[case_reference:3021877/23]].
    """),
    R("aviation", "success", """
        I would like to say thank you to the assistance team at
        [[organisation:Heathrow Terminal 2]]. My father [[name:Gurdev Singh Bains]] is
        [[age:84]] and uses a wheelchair. Our flight [[flight_number:AI 161]] from Delhi landed 3
        hours late on [[date:12 February]] and we missed our connection. [[name:Jorge]] from
        the {{PRM}} team stayed with us long past the end of his shift, got {{Dad}} a blanket
        and something to eat and sorted the new booking himself. Please give him the
        recognition he deserves.
        |[[name:Harpreet Bains]], [[phone:07700 900284]]
    """),
    R("aviation", "incident", """
        Disruptive pax on [[flight_number:W6 2203]] to Bucharest, [[date:5 Jan 2024]]. Seat
        14C, Mr [[name:Adrian Munteanu]], booking ref [[case_reference:KX4R7P]], drank his own
        duty-free vodka and pushed the {{SCCM}}, [[name:Andreea]], when she refused to serve
        him more. Capt [[name:Petrov]] requested police on arrival; treated as {{Level 2}}.
        Witnesses in 14A and 14B.
    """),
    R("aviation", "success", """
        Really good decision by [[name:Amara Obi]] on her first solo circuit at
        [[organisation:Elstree Aerodrome]] in {{Cessna 152}} [[aircraft_registration:G-BOYX]].
        Engine started running rough on the downwind, she applied {{carb heat}} as trained,
        told the tower and landed without fuss. Engineer found nothing wrong, classic carb
        icing day with the dew point close to the temperature. Instructor
        [[name:Dan Kowalczyk]] was watching from the clubhouse. Textbook.
    """),
    R("aviation", "incident", """
        Fuel spill: bowser driver left the nozzle unattended and approx 40 litres of Jet A-1
        went onto stand 4 at [[organisation:London Biggin Hill Airport]] under
        [[aircraft_registration:G-LXRS]] ({{Citation XLS}}). Lead passenger Mr
        [[name:Hamid Al-Rashidi]] was already walking out to the aircraft and stepped through
        it. Airport fire service attended and the stand was closed for 2 hours. Fuel supplier
        [[organisation:Jetex]] investigating. Our ref [[case_reference:OPS-INC-0412]].
    """),
    R("aviation", "near_miss", """
        Runway incursion at [[organisation:London City Airport]]. Airside ops vehicle Ops 3
        ([[vehicle_registration:LV70 GXD]]) crossed the holding point without clearance while
        [[flight_number:BA8462]] ({{Embraer 190}}) was on short final. Tower instructed a
        {{go-around}}; estimated minimum separation 0.8nm. Driver [[name:Sean]] says he heard
        "cross" in a transmission meant for another vehicle. Standard phraseology refresher for
        all drivers booked.
    """),
    R("aviation", "near_miss", """
        Drone sighting. [[aircraft_registration:G-POLF]] at 800ft over the marshes, 2130
        local, [[date:7 July]]. Drone passed approx 50m down the right side at our level, no
        lights. Observer Sgt [[name:Kelly]] got a visual only. Reported to {{NATS}} and the
        Met. {{Airprox}} ref [[case_reference:2024/112]].
    """),
    R("aviation", "success", """
        Medical emergency on [[flight_number:EZY2198]], [[date:19/08/2024]]. Pax
        [[name:Halina Zielińska]], [[age:73]], collapsed in the aisle. Cabin crew
        [[name:Megan]] and [[name:Luiz]] brought the {{AED}} and oxygen and a doctor on board,
        Dr [[name:Kemi Adeyinka]], assisted. We spoke to {{MedLink}}, were 35 minutes out, and
        continued. Paramedics met the aircraft on stand at
        [[organisation:London Luton Airport]]. Her daughter wrote in to thank the crew.
    """),
    R("aviation", "incident", """
        {{Unaccompanied minor}} [[name:Tobi Adeleke]], [[age:11]], travelling on
        [[flight_number:VS 412]] from Lagos, was handed to the wrong adult in the arrivals
        hall at [[organisation:Heathrow Terminal 3]]. The adult, who was meeting a different
        child, noticed the name on the lanyard and brought him back to the desk after 15
        minutes. The authorised collector was his aunt, Mrs [[name:Bolanle Adeleke]]
        ([[phone:07700 900631]]); her ID had not been checked against the UM form by the
        agent on duty.
    """),
    R("aviation", "incident", """
        [[aircraft_registration:g-ceta]] {{C152}} taxied into the corner of the hangar door just
        after start up, wingtip damage. instructor [[name:bill]] was in the clubhouse, student
        [[name:tiago]] ([[age:17]]) was told to wait but thought he'd been cleared to reposition.
        no one hurt. [[name:tiago]]'s mum [[name:Luciana]] has been told. need a clear rule no
        taxi without instructor sign out at [[organisation:Damyns Hall]]
    """),
]


def covered(start: int, end: int, spans: list[dict]) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def validate(rid: str, domain: str, kind: str, text: str, spans: list[dict],
             negatives: list[dict]) -> None:
    assert domain in DOMAINS, (rid, domain)
    assert kind in KINDS, (rid, kind)
    assert 1 <= len(negatives) <= 3, (rid, len(negatives))
    words = len(text.split())
    assert 30 <= words <= 220, (rid, words)
    marks = sorted([(s["start"], s["end"]) for s in spans]
                   + [(n["start"], n["end"]) for n in negatives])
    for (_s1, e1), (s2, _e2) in pairwise(marks):
        assert e1 <= s2, (rid, "overlap", text[s2:s2 + 30])
    for s in spans:
        value = text[s["start"]:s["end"]]
        assert value and value == value.strip(), (rid, repr(value))
        if s["label"] == "nhs_number":
            assert nhs_ok(value), (rid, value)
        if s["label"] == "ni_number":
            assert NI_RE.match(value), (rid, value)
        if s["label"] == "postcode":
            assert POSTCODE_RE.match(value), (rid, value)
        if s["label"] == "name":
            assert not TITLE_RE.match(value), (rid, value)
            assert not value.endswith(("'s", "\u2019s")), (rid, value)
        if s["label"] in REPEAT_CHECKED and len(value) >= 2:
            pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)")
            for m in pattern.finditer(text):
                assert covered(m.start(), m.end(), spans), (rid, "unlabelled repeat", value)
        if s["label"] == "name":
            # each part of a multi-part name (a surname alone, a first name alone) is
            # labelled wherever it recurs in the same report
            for part in re.split(r"[\s,]+", value):
                if len(part) < 3 or part.endswith("."):
                    continue
                pattern = re.compile(r"(?<!\w)" + re.escape(part) + r"(?!\w)")
                for m in pattern.finditer(text):
                    assert covered(m.start(), m.end(), spans), (rid, "unlabelled part", part)
    for n in negatives:
        term = text[n["start"]:n["end"]]
        assert term and term == term.strip() and term == n["term"], (rid, repr(term))


def build() -> list[dict]:
    records = []
    seen: set[str] = set()
    for i, (domain, kind, marked) in enumerate(REPORTS, start=1):
        rid = f"blind12-{i:03d}"
        assert rid not in seen, rid
        seen.add(rid)
        text, spans, negatives = parse(marked, labels=LABELS)
        validate(rid, domain, kind, text, spans, negatives)
        records.append({
            "id": rid, "domain": domain, "kind": kind, "text": text,
            "spans": spans, "negatives": negatives,
        })
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate narrative"
    return records


def main() -> None:
    records = build()
    write_records(OUT, records)


if __name__ == "__main__":
    main()
