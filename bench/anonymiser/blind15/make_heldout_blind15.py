"""Blind held-out corpus 15: sixty hand-written North West England just-culture reports.

A month's cross-section of what a confidential reporting system covering Greater Manchester, Lancashire,
Merseyside and Cumbria might receive: children's social care, health and aviation; incidents, near misses
and "what went right" reports. Each narrative is written with inline mark-up (see ../markup.py):
`[[label:value]]` for an identifier span and `{{term}}` for a must-not-redact mention.

Source lines inside a narrative are soft-wrapped: lines of one paragraph are joined with a single space,
and paragraphs (separated by a blank line) are joined with a newline. Running the script writes
../corpus/heldout_blind15.jsonl deterministically and validates every record.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import LABELS, REPEATABLE, build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind15.jsonl"

POSTCODE = re.compile(r"^(M|BL|OL|SK|WN|WA|L|CH|PR|BB|LA|CA|FY)\d{1,2}[A-Z]? ?\d[ABD-HJLNP-UW-Z]{2}$",
                      re.IGNORECASE)
TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS|Sgt|Capt|Captain|Prof|Sister|Nurse|Cllr|Rev)\b\.?",
                   re.IGNORECASE)
# Labels whose exact text must be labelled wherever it recurs in the same report, beyond those
# build_records already checks (ages are short numbers that legitimately recur as counts, doses and
# times, so they are left out of that check).
RECURRING = set(LABELS) - REPEATABLE - {"age"}

REPORTS: list[tuple[str, str, str]] = []


def add(domain: str, kind: str, marked: str) -> None:
    """Register one narrative; soft-wrapped lines are joined, blank lines become newlines."""
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(marked).strip())
    body = "\n".join(" ".join(line.strip() for line in para.splitlines()) for para in paragraphs)
    REPORTS.append((domain, kind, body))


# --------------------------------------------------------------------------------------------------
# 001-010
# --------------------------------------------------------------------------------------------------

add("social_care", "incident", """
[[name:Kayden Brierley]] ([[age:14]]) went missing from [[organisation:Hollins Brow]] (our
{{residential home}}) at approx 21:40 on [[date:2nd March]]. staff didnt ring it in to police till 23:55
because the shift lead thought he'd gone to his mums on [[address:Ainsworth Road, Radcliffe]] - he hadnt,
mum ([[name:Leanne]]) hadnt seen him since {{Friday}}. Found by patrol at 02:10 near the retail park, cold
and clearly under the influence. Return home interview not done within 72 hrs as the worker was off sick
and nobody picked it up. This is the 3rd time this month. The missing from care protocol says ring within
the hour where there are {{CSE}} concerns, which there are for [[name:kayden]]. Not a criticism of the night
staff, they were 2 down, but we need to sort this.
""")

add("health", "incident", """
Datix [[case_reference:W218847]]

Pt Mrs [[name:Edna Pilkington]] ([[age:84]]), hosp no [[case_reference:RBH0471923]], lives at
[[address:3 Tonge Fold Road]], [[postcode:BL2 6AW]]. Admitted to ward D3 at
[[organisation:Royal Bolton Hospital]] with a {{UTI}} and new confusion. At 22:00 on [[date:05/03/2024]] she
was given 10 units of {{NovoRapid}} instead of her usual {{Levemir}}. Both pens were in the same drawer of the
drug trolley and look very similar under the night lighting. The nurse was agency and had not worked on our
ward before. BM at 02:00 was 2.3, treated per hypo protocol and she recovered fully. Family informed the next
morning by Dr [[name:Okafor]]. Pens have now been separated and we have asked pharmacy about different
coloured storage bins.
""")

add("aviation", "near_miss", """
I was PM on [[flight_number:LS865]] MAN-PMI, {{Boeing 737-800}} [[aircraft_registration:G-JZBK]], night
departure. We were cleared to taxi to holding point A2 for 23R. With the works lighting on Alpha the
stop bar was hard to pick out and the captain continued past the turn we should have taken. I called it
and we stopped about 20m short of the stop bar, ATC had not noticed. No conflict, but with an {{A320}} on
short final it could easily have been an incursion. The taxi diagram in the {{NOTAM}} did not match what was
actually coned off. ASR [[case_reference:ASR-24-0388]] filed and I have spoken to the duty ops manager at
[[organisation:Manchester Airport]].
""")

add("social_care", "success", """
What went right: {{Family Group Conference}} for the [[name:Hussain]] children on [[date:14 March]]. Dad
([[name:Tariq]]) had refused to engage with anyone from the LA for months but agreed to an FGC once the
coordinator met him at the mosque rather than the office. Grandma came from Rochdale, two aunties from
Blackburn and an uncle dialled in from Lahore. The family came up with their own plan for school runs and
for [[name:Zainab]] ([[age:9]]) staying with aunty [[name:Nasreen]] on the nights mum works. The plan was
better than anything we would have written. Credit to the coordinator [[name:Ruth Ashworth]] who did 4 home
visits beforehand. Recommend we offer FGC earlier, before it gets to a {{Child Protection Plan}}.
""")

add("health", "near_miss", """
Two patients in AMU bay 4 with the same surname - Mr [[name:Mohammed Iqbal]] (bed 22) and Mr
[[name:Imran Iqbal]] (bed 24), not related. Phlebotomist took the {{group and save}} from bed 24 but printed
the label off the bed 22 list. Lab rejected it as the group didn't match the historical group on file for
[[name:Mohammed Iqbal]] ([[nhs_number:485 777 3457]]). If it had been a first sample with no history it would
have gone through and could have ended in a wrong blood transfusion. Name alert now on the whiteboard.
Please can we get the wristband scanners on AMU fixed, they have been broken since {{January}}.
""")

add("social_care", "incident", """
I am absolutely furious about this. The court bundle for the final hearing went out to ALL parties
unredacted, including dad's solicitor, and it had mum's new refuge address on page 212 -
[[address:Flat 3, 27 Moss Lane East]], [[postcode:M15 5DL]]. Mum ([[name:Chantelle Okonkwo]]) fled him after
the last assault and she has a {{non-molestation order}}. The {{paralegal}} in legal services says they never
got our redaction schedule but I emailed it on [[date:19/02/24]], I have the sent item.

What happened as far as I can work out:

- [[date:19/02]] I send the redaction schedule to the shared legal inbox

- [[date:26/02]] bundle paginated, nobody checks it against the schedule

- [[date:28/02]] bundle served on all parties by email

- [[date:4/03]] mum gets a text from dad's cousin saying "we know where you are now"

- [[date:5/03]] emergency move by [[organisation:Manchester Women's Aid]], no notice

The kids ([[name:Tiana]] and [[name:Malachi]]) have lost their school places AGAIN, second time this year.
[[name:Tiana]] is [[age:7]] and asked me if daddy is coming to get them. Mum has been through enough. Somebody
needs to take responsibility for this and it should not be mum and the kids paying for it.
Case ref [[case_reference:LCS-1183420]].
""")

add("aviation", "incident", """
Student solo circuits at [[organisation:City Airport Manchester]] (Barton), {{Piper PA-28}}
[[aircraft_registration:G-BRVK]]. On the climb out from 26R at about 400ft the student
([[name:Jakub Wiśniewski]]) took a bird strike, a pigeon we think, to the windscreen, which cracked but
did not fail. He flew a tight circuit and landed safely, textbook to be honest. Nobody hurt, windscreen
replaced. Bird scaring was not done that morning because the airfield ops guy was on leave and no cover was
arranged. Instructor: [[name:Dave Hindle]] ({{CFI}} informed). MOR submitted [[case_reference:MOR 202403117]].
""")

add("health", "success", """
Want to flag some brilliant practice. On nights [[date:9-10 March]], [[name:Precious]] ({{HCA}}, bank) was
doing obs on Mr [[name:Stanisław Nowak]] on Ward 12 at [[organisation:Wythenshawe Hospital]]. His {{NEWS2}}
was only 3 but she said he just "wasn't right", he was picking at his sheets and his wife had said on the
phone he was never like this. She escalated to the nurse in charge who got the SHO to review, lactate was
4.6 and he was started on the {{sepsis six}} within the hour. Went to HDU, now back on the ward and doing
well. [[name:Precious]] deserves recognition for this, she trusted her gut and she spoke up.
""")

add("social_care", "near_miss", """
Near miss - nearly sent core group minutes to the wrong [[name:Kerry]]. Copy of the draft:

From: [[name:Gemma Thornley]] <[[email:gemma.thornley@wigan.gov.uk]]>

To: [[email:kerry.halliwell82@gmail.com]]

Subject: minutes for [[name:Alfie]]

Hi [[name:Kerry]], please find attached the minutes from the {{core group}} on [[date:Tuesday 27th]]. Any
questions give me a ring on [[phone:01942 404118]].

Outlook autofilled and I had picked [[name:Kerry Halliwell]], who is one of our foster carers, instead of
[[name:Kerry Hurst]] who is [[name:Alfie]]'s mum. Only noticed because the preview showed the gmail address.
The minutes have the full {{chronology}} in them including mum's mental health history, so it would have been
a reportable breach. Suggest we turn off autocomplete for external addresses, two others in the team have
said it has happened to them too.
""")

add("health", "incident", """
Long lie. [[name:Margaret Entwistle]], [[age:91]], lives alone at [[address:4 Holden Street, Accrington]]
[[postcode:BB5 1HW]]. Fell at about 18:00 on [[date:11/03]], pressed her pendant alarm, call centre rang 999
at 18:07. Categorised as {{Category 3}}. Ambulance arrived 00:52. She was on the kitchen floor for nearly 7
hours, a neighbour sat with her. In ED at [[organisation:Royal Blackburn Hospital]] her CK was 8000+, {{AKI}}
stage 2, pressure damage to L hip. The clinical hub rang back twice but she told them she was "alright love"
both times, which is what she always says. Our frail elderly fallers need a different response.
Reporter: GP, [[organisation:Peel House Medical Practice]].
""")

# --------------------------------------------------------------------------------------------------
# 011-020
# --------------------------------------------------------------------------------------------------

add("social_care", "incident", """
Nursery ([[organisation:Little Acorns Day Nursery]], Leyland) noticed fingertip bruising to the upper arm of
[[name:Ollie]] (aged [[age:2]]) on the Monday morning. Key worker photographed and body mapped it properly but
the manager did not ring {{MASH}} until the Wednesday because she "wanted to speak to mum first". Mum's
explanation (fell off the sofa) was not consistent with the marks. By the time the
{{child protection medical}} was done on [[date:20th March]] the bruises had faded.

Child: [[name:Oliver Jackson]], DOB [[date_of_birth:04/01/2022]], NHS [[nhs_number:4872309162]],
[[address:18 Towngate, Leyland]], [[postcode:PR25 2LQ]].

Nursery manager has now redone her DSL training. Need to remind settings you don't delay a referral to
talk to the parent where it might put the child at risk.
""")

add("aviation", "success", """
HEMS task to a cardiac arrest in Skelmersdale on [[date:7 March]]. We ([[organisation:NWAA]],
[[aircraft_registration:G-NWKC]], {{H145}}) landed on the playing field of [[organisation:Lathom High School]]
at 12:35 in the middle of lunch. Really want to thank the school - the site manager [[name:Gary]] had the
kids inside within about two minutes of hearing us, and two teachers stood at the corners of the field
keeping it clear. The patient, Mr [[name:Derek Shaw]] ([[age:58]]), got {{ROSC}} on scene and was flown to
[[organisation:Liverpool Heart and Chest Hospital]]. 18 mins on the ground and zero issues with people
approaching the aircraft, which is rare. Suggest a thank-you letter from the charity.
Pilot: Capt. [[name:S. Mercer]]
""")

add("health", "incident", """
Mrs [[name:Hodan Warsame]] ([[age:29]], G3P2) attended antenatal clinic at
[[organisation:North Manchester General]] at 34/40 for growth scan results. She speaks limited English and no
interpreter was booked despite it being flagged on the referral, so her husband interpreted. The registrar
explained the {{IUGR}} and the plan for induction, but on the way out Mrs [[name:Warsame]] asked the {{HCA}}
if the baby was "finished" - she had understood that the baby had died. She was extremely distressed. We got a
Somali telephone interpreter through [[organisation:LanguageLine]] and went through everything again.
Hosp no [[case_reference:NMG2284613]]. Learning: family members should not interpret clinical information.
This is already in the {{interpreting policy}} but clinic was running 90 mins behind.
""")

add("social_care", "success", """
What went right: [[name:Yonas Tesfamariam]], an unaccompanied young person from Eritrea, was found by {{BTP}}
at Lime Street station on [[date:2/3/24]] late on a Saturday night. EDT found an emergency placement with
Mr and Mrs [[name:Adeyemi]] in Kirkby, who got a Tigrinya-speaking neighbour to come round. On the Monday the
allocated worker [[name:Siobhan]] did not rush into an age assessment even though the {{Home Office}} wanted
one - she let him sleep, got him registered with a GP, an ESOL place at
[[organisation:Knowsley Community College]] and a referral to [[organisation:Refugee Council]]. When the
{{Merton compliant}} assessment was done 4 weeks later he was relaxed and open and the outcome accepted his
age as [[age:16]]. Really good example of trauma-informed practice. Case no [[case_reference:KN-CS-558107]].
""")

add("health", "near_miss", """
near miss CDU [[organisation:Aintree University Hospital]]. [[name:Aoife Gallagher]] [[age:37]]F, cellulitis,
NHS [[nhs_number:9434765919]]. Chart said NKDA, SCR says anaphylaxis to penicillin. {{FY1}} prescribed IV
{{co-amoxiclav}}. pt asked "is that a penicillin?" when nurse went to give it - she'd told triage, only
written on the ED card. Switched to {{clarithromycin}}. no harm.
""")

add("social_care", "incident", """
[[name:Amara]] ([[age:4]]) placed with us as an emergency on [[date:Fri 8th March]] at 7pm by EDT. Placement
plan said "no known allergies". Saturday teatime I gave her a peanut butter sandwich and within 10 mins her
lips had swelled up and she was wheezing. Rang 999, paramedics gave adrenaline and she was kept in overnight
at [[organisation:Royal Preston Hospital]]. Turns out the nursery had an {{EpiPen}} for her and it was in her
nursery file, the social worker just hadn't had time to read it. I've been a {{foster carer}} for 11 years and
I have never been so frightened. We need the health info BEFORE the child arrives, not after. Ashamed to say I
didn't ask either. - [[name:Bernadette]] ([[email:bernie.fostering@outlook.com]])
""")

add("aviation", "incident", """
Incident ref [[case_reference:LJLA-OPS-0219]]. At 05:50 on [[date:15/03/2024]] a catering high-loader, reg
[[vehicle_registration:MX67 HFT]], made contact with the rear service door of [[organisation:easyJet]]
{{A320}} [[aircraft_registration:G-EZWK]] on stand 6 at [[organisation:Liverpool John Lennon Airport]] while
positioning. Driver ([[name:Lee Mawdsley]], [[organisation:Gate Gourmet]]) says the {{banksman}} signalled
him forward, the banksman says he was signalling stop. Damage to the door seal and a dent in the skin,
aircraft {{AOG}}, first wave [[flight_number:EZY1946]] to Belfast cancelled and 156 pax rebooked. Not enough
light on that stand and staffing meant the marshaller was also loading bags. No injuries.
""")

add("social_care", "near_miss", """
home visit to [[address:112 Norris Road]], [[postcode:L13 8AZ]] on [[date:18.03.24]] re the [[name:Kelly]]
family. I had flagged on the system that there is an {{XL bully}} at the property and dad
([[name:Jason Kelly]]) has a history of aggression to professionals but the duty worker who got sent out
hadnt read it. She was let in by the [[age:12]]yo, dog was loose in the living room, dad came home and
started shouting. Worker got out, no injury but very shook up. Lone working buddy system wasnt used
either, nobody knew where she was. The {{risk assessment}} tab on the system is buried 4 clicks in. can we
please have a proper warning flag on the front screen
""")

add("health", "incident", """
Significant event - [[organisation:Ashton Medical Group]]

Patient: Mr [[name:Tomasz Kowalski]], DOB [[date_of_birth:12/08/1961]], NHS no. [[nhs_number:401 023 2781]]

His {{PSA}} of 14.2 came back on [[date:3 Oct 2023]] and was filed by a locum as "no action - under urology",
which he was not; that was a different patient with the same surname. Picked up when he came in with back
pain on [[date:6 March]]. Now diagnosed with metastatic prostate ca. Discussed at practice meeting and a
{{duty of candour}} conversation held with Mr [[name:Kowalski]] and his daughter [[name:Ewa]], who
interpreted at his request.

Actions:

- abnormal results to be actioned by the requesting clinician only

- locums not to file anything flagged abnormal

- two identifiers (name + DOB) checked before filing any result

- audit of all results filed by locums in the last 6 months
""")

add("social_care", "incident", """
The [[name:Lăcătuș]] family ([[address:Grosvenor Street, Oldham]], [[postcode:OL4 1LS]]) - school attendance.
The letter about the {{attendance panel}} was sent in English and Romanian. The family are Roma and speak
Romani, and mum [[name:Florica]] does not read. Nobody came to the panel so it went straight to a
{{fixed penalty notice}}. When I did a home visit with the support worker from
[[organisation:Oldham Roma Project]] it came out that the kids ([[name:Marian]] [[age:11]], [[name:Denisa]]
[[age:8]]) had been off because the youngest, [[name:Ionuț]], has been in and out of hospital and mum can't
walk them to school and get him to appointments. Mum's benefits had also been stopped because her NI
number was recorded wrong ([[ni_number:SK 31 94 07 A]]).

I rang the school the next day. The attendance officer said they "assumed the family were travelling" and
hadn't tried to ring because the number on file was dead. Nobody had asked the health visitor, who has been
seeing [[name:Ionuț]] every fortnight and knew exactly why the older two were missing school.

The fine has now been withdrawn and [[name:Marian]] and [[name:Denisa]] are back in school with a walking bus
arranged. We should not be sending letters to families we know can't read them, and "assumed they were
travelling" is not a reason for not checking.
""")

# --------------------------------------------------------------------------------------------------
# 021-030
# --------------------------------------------------------------------------------------------------

add("aviation", "near_miss", """
Drone encounter. [[organisation:NPAS]] {{EC135}} [[aircraft_registration:G-CPAX]] tasked by
[[organisation:Greater Manchester Police]] to a missing person search over Salford Quays at 20:15 on
[[date:22/03]]. At 800ft a small quadcopter passed about 30m down the left side at our level. No avoiding
action possible, seen too late. {{TFO}} (PC [[name:Danny Rourke]]) got the camera on it and followed it back
to the operator stood by the canal basin. Ground units spoke to him, lad of about [[age:19]], said he didn't
know about the restrictions. Reported to {{UKAB}} as an Airprox, ref [[case_reference:2024071]]. 4th
encounter at the Quays this year.
""")

add("health", "success", """
Good catch to share. New prescription came through EPS on [[date:4th March]] for {{methotrexate}} 2.5mg,
"take 4 tablets daily". Pharmacist [[name:Anjali Mistry]] at [[organisation:Rowlands Pharmacy]] in Kendal
queried it - should have been weekly. Rang the surgery ([[organisation:Castle Medical Group]]) who confirmed
it was a picking error when the dose was changed. Patient Mrs [[name:J Birkett]], [[age:72]], would have been
taking 10mg every day. Could easily have been fatal. [[name:Anjali]] also checked she had her
{{folic acid}} and went through it with her daughter. Surgery have since added a weekly-only template.
""")

add("social_care", "success", """
Positive feedback. [[name:Reece Dunne]] is [[age:18]] and has been in care since he was [[age:6]]. His
{{personal adviser}} [[name:Nadia Rahman]] spent about six weeks chasing housing, the {{DWP}} and the bank so
that he could move into his own tenancy at [[address:Flat 9, Alder Court, Whelley]], [[postcode:WN2 1DS]] on
[[date:1 March 2024]]. She sorted his NI number ([[ni_number:JT 48 21 93 C]]) which he had never been given,
got his UC claim in so there was no gap in money, and got the {{setting up home allowance}} paid before he
moved, not after. She even went shopping with him for pans and a kettle. [[name:Reece]] said
"[[name:Nadia]] is the only one who never gave up on me". That's worth recording.
""")

add("health", "incident", """
Pt brought to ED at [[organisation:Royal Preston Hospital]] under {{S136}} by police at 03:20 on
[[date:16/3]]. No 136 suite bed at [[organisation:The Harbour]] so kept in ED. The officers were called to
another job at 06:00 and left him with ED staff and a security guard. At 07:45 pt ([[name:Callum Nolan]],
[[age:23]], DOB [[date_of_birth:14.09.2000]]) walked out when the guard went on his break. Found by police 3
hours later on the railway bridge at [[address:Fishergate Hill]]. Unharmed, thank god. The {{AMHP}} had not
even been contacted by then. We cannot keep holding 136s in a busy ED with no MH staff.
""")

add("social_care", "incident", """
Supervised contact at [[organisation:Brookfield Family Centre]] on [[date:Sat 23rd]]. Dad
[[name:Shane Mulligan]] arrived 20 mins late smelling strongly of alcohol. {{Contact supervisor}}
([[name:Jackie]]) ended the contact after he raised his voice at [[name:Lacey]] ([[age:6]]). He then sat in
his car in the car park, silver Corsa [[vehicle_registration:PN14 YTC]], and started the engine.
[[name:Jackie]] rang 999 and police stopped him on the main road. [[name:Lacey]] was very upset and asked if
daddy would come next week. Issue: no {{risk assessment}} was done before contact even though there was info
on file about his drinking. Also only one worker on duty in the centre on a Saturday.
""")

add("aviation", "near_miss", """
Near miss - load sheet. [[organisation:Loganair]] [[flight_number:LM573]] Manchester to Isle of Man on
[[date:26 March]], {{ATR 42}} [[aircraft_registration:G-LMRZ]]. Loadsheet showed 19 adults + 2 children but
the gate count was 27. A school group of 6 checked in late at the desk and were never added to the load plan.
The captain, [[name:Ross Ferguson]], queried it when the {{SCCM}} gave him the cabin headcount and it didn't
match. Loadsheet redone; {{CG}} was still within limits but closer to the aft limit than we thought. Handling
agent [[organisation:Swissport]] informed.
""")

add("health", "incident", """
Category 4 pressure ulcer to sacrum. Patient: [[name:Annie Tyson]], [[age:88]],
[[address:Fell View, Brigsteer Road]], [[postcode:LA8 8AU]], NHS [[nhs_number:6293847156]]. Housebound, on
our DN caseload for leg ulcer care only. Care agency ([[organisation:Lakeland Home Care]]) noticed redness on
her bottom around [[date:12 Feb]] and wrote it in the folder in the house but never rang us. We only saw it
at her {{Waterlow}} review on [[date:4 March]] by which time it was down to bone. Rural patch, 2 DNs covering
40 miles that day. Raised as a {{safeguarding}} concern (neglect by omission). Learning: agencies need our
direct number and a clear trigger to call - [[phone:01539 468204]].
""")

add("social_care", "near_miss", """
Strategy discussion nearly missed. Referral from [[organisation:Lancashire Constabulary]] re [[name:Mia]]
([[age:13]]) disclosing sexual assault by mum's partner went into the shared {{MASH}} inbox at 19:40 on a
{{Thursday}} and was auto-filtered into Junk because it came from a new secure email address. Not seen until
Monday 10am. Luckily mum had already made the partner ([[name:Dean Clough]]) leave and [[name:Mia]] was
staying at her nan's. Strategy held Monday pm and {{section 47}} started, but 3.5 days were lost. IT have now
whitelisted the police domain but nobody is checking Junk on the shared box.
Ref [[case_reference:MASH/24/03/1127]].
""")

add("health", "near_miss", """
Paeds ED [[organisation:Royal Oldham Hospital]]. [[name:Rayyan Ahmed]] ([[age:3]]) weighed at {{triage}} on
scales set to lbs - 33 written down as kg. {{Paracetamol}} worked out at 495mg. Nurse [[name:Becky]] thought
it looked high and checked the {{BNFc}}. Actual weight 15kg. Scales now locked to kg.
""")

add("aviation", "success", """
What went right: about 15:10 on [[date:Sunday 10 March]] a student on a solo nav from Blackpool in a
{{Cessna 152}}, [[aircraft_registration:G-BOYX]], called Liverpool Approach uncertain of position. He'd got
on top of cloud over the Wirral and was getting very stressed. The controller, [[name:Sam Okoro]], stayed
calm, gave him a squawk, found him on radar at 3,000ft north of Hawarden and talked him down through a gap
and back towards the coast. Instructor listening on the club radio said it was the best bit of {{ATC}} he'd
ever heard. Student ([[name:Harry]], [[age:17]]) landed back at [[organisation:Blackpool Airport]] 40 mins
later with 25 mins fuel left. We're writing to [[organisation:NATS]] to say thanks. Learning for us - a
{{PAN PAN}} was the right call and he nearly didn't make it because he was embarrassed.
""")

# --------------------------------------------------------------------------------------------------
# 031-040
# --------------------------------------------------------------------------------------------------

add("social_care", "incident", """
School nurse at [[organisation:Parrs Wood High School]] mentioned that a Year 10 student,
[[name:Chen Jiahui]] ([[age:15]]), has been living with a family friend, Mrs [[name:Zhou]], in Didsbury since
[[date:September 2023]] while her parents are in Guangzhou. Nobody ever notified us - school assumed
Mrs [[name:Zhou]] was an aunt. This is a {{private fostering}} arrangement and should have been notified
before it started. No checks have been done on the household. When I visited on [[date:21/03/24]]
([[address:40 Kingsway, Didsbury]], [[postcode:M20 2RN]]) it was fine, [[name:Jiahui]] is doing well and the
home is warm and clean, but there is an adult son ([[age:24]]) living there who we know nothing about.
{{DBS}} checks requested. Not a criticism of school, but awareness of private fostering is clearly really low.
""")

add("health", "incident", """
Discharge summary for [[name:Abdirahman Farah]] (NHS [[nhs_number:712 039 4851]]) was sent electronically to
[[organisation:Orrell Park Medical Centre]] instead of his current GP because the Spine still had his old
practice. The letter included his {{HIV}} status and his new address, [[address:31 Stanley Road, Bootle]],
[[postcode:L20 3EF]], which he had asked us to keep from his ex-partner. Their practice manager rang us
on [[date:12/03]] to say it had arrived. Deleted at their end, IG breach logged and the
{{Caldicott Guardian}} informed. Mr [[name:Farah]] was told by Dr [[name:Banerjee]] the same day; he was
upset but appreciated being told. Please check the registered GP with the patient before sending.
""")

add("social_care", "success", """
Early help success. Form tutor at [[organisation:Marsden Heights Community College]] noticed
[[name:Sumaiya Begum]] (Yr 8) was always late, always tired and never had her PE kit, and instead of sending
her to detention asked her what was going on. Turns out she is the main carer for her mum, who has {{MS}},
while dad works nights. Referral to {{young carers}} on [[date:29 Feb]], assessment done in 10 days and
[[name:Sumaiya]] now goes to the weekly group and has a young carers card so staff know why she might be
late. Her mum, Mrs [[name:Begum]], said nobody had ever asked them before. Small thing, big difference.
""")

add("aviation", "incident", """
MOR [[case_reference:MOR-2024-03341]]. [[organisation:Ryanair]] [[flight_number:FR3152]] Manchester to
Alicante, {{Boeing 737-8200}} [[aircraft_registration:EI-HGV]], [[date:20 March]]. Severe turbulence at FL370
over the Bay of Biscay with the seatbelt signs on but the cabin service still in progress. Cabin crew
member [[name:Oana Popescu]] was thrown against the trolley and fractured her wrist. Two passengers (14C
and 22A) had minor injuries. Forecast showed moderate {{CAT}} on the route and the crew were not asked to
sit down before the signs went on.

Statement from the SCCM, [[name:Declan Byrne]]:

"We got the 'cabin crew take your seats' PA about 20 seconds before it hit. The trolley was at row 14 and we
couldn't get it stowed in time. [[name:Oana]] was holding on to it to stop it running down the aisle and that
is how she got hurt. The two passengers were stood up queuing for the toilet, we had asked them to sit down
twice."

Met by paramedics on arrival at Alicante. [[name:Oana]] is off work for 6 weeks. Cabin crew feel strongly
that service should stop as soon as the signs go on, not when it's "convenient", and that the flight crew
should share the turbulence forecast at the briefing. Captain has been spoken to by the base captain.
""")

add("health", "success", """
Shout out to the day surgery team at [[organisation:Trafford General]] on [[date:13/03]]. Mr
[[name:Rebwar Hamid]], Kurdish Sorani speaker, listed for a {{laparoscopic cholecystectomy}}. No interpreter
had been booked and the easy thing would have been to use his nephew. Staff nurse [[name:Gosia]] refused,
rang round, got a face to face Sorani interpreter from [[organisation:DA Languages]] within 90 mins and
rejigged the list so he went last. Surgeon went through the risks properly with the interpreter and he asked
lots of questions, including about his {{diabetes}} tablets. He told the interpreter afterwards it was the
first time a doctor in England had explained anything to him properly.
""")

add("social_care", "incident", """
Reporting a data loss. Left my bag on the 17:32 Preston to Lancaster train on [[date:Wednesday 6th March]].
The laptop is encrypted so IT say low risk, but my paper notebook was in there too with notes from 3 visits
that day, including the [[name:Kowalczyk]] children at [[address:14 Ryelands Road]] and
[[name:Tyler Whiteside]]'s {{child in need}} review. Reported to [[organisation:Northern Rail]] lost property
and to {{BTP}}. Bag handed in at Lancaster 2 days later with the notebook still in it. I know we aren't
supposed to take paper notes out. IG ref [[case_reference:IG-2024-0117]]. Both families have been told by my
manager [[name:Louise]].
""")

add("health", "near_miss", """
Handover at [[organisation:Arrowe Park]] ED 14:10 on [[date:19/3/24]]. The [[organisation:NWAS]] crew had
entered the pt's DOB on the {{ePR}} as [[date_of_birth:02/11/1947]] instead of
[[date_of_birth:11/02/1947]] (US date format on the tablet?). ED clerk searched name + DOB and pulled up a
different [[name:John Roberts]] with {{warfarin}} on his record. Our pt, [[name:John Roberts]] of
[[address:8 Upton Road, Moreton]], [[postcode:CH46 0PE]], NHS [[nhs_number:450 196 3727]], was not on any
anticoagulant. Caught by the triage nurse who asked him directly. Had we used the wrong record he could
have been given {{vitamin K}}, or had his CT delayed. Alerts now on both records.
""")

add("social_care", "near_miss", """
Nearly visited the wrong family. {{Strategy discussion}} on [[date:08/03]] was about [[name:Daniel Adebayo]],
DOB [[date_of_birth:17/06/2015]], [[address:52 Kensington Road]], [[postcode:L7 8XB]]. When I searched the
name on the system two came up with the same name and near enough the same age (other DOB
[[date_of_birth:22/06/2015]]) and it defaulted to the one with the more recent contact. I had the wrong
address in my diary and was stood at the door before I thought to check the school. Didn't knock. That would
have been a completely innocent family getting a {{Section 47}} visit. Both families are Nigerian and go to
the same church, which would have been awful for everyone. Suggest search results show address and school.
[[name:Femi]] (SW) [[phone:0151 496 0233]]
""")

add("aviation", "near_miss", """
[[organisation:Great North Air Ambulance]] task to a fallen walker near Tilberthwaite,
[[date:24/03/2024]] 11:20, {{AW169}} [[aircraft_registration:G-GNAS]]. On the recce I picked a field next to
the farm track which looked clear. {{HEMS TCM}} [[name:Alex Brennan]] spotted power lines across the bottom
of the field at about 150ft on final - not on our obstacle database and almost invisible against the fell.
Went around and landed in the next field up. Patient, a [[age:64]] year old woman with a lower leg
fracture, was carried down by [[organisation:Coniston Mountain Rescue]]. Wires now reported for the database.
""")

add("health", "incident", """
PPH on delivery suite at [[organisation:Whiston Hospital]], [[date:03/03/24]]. Mum [[name:Shauna Keegan]],
[[age:31]], SVD at 01:58. Timeline:

02:15 EBL 1.5L and ongoing, obs reg and anaesthetist called

02:20 {{MHP}} activated via switchboard

02:31 no porter, lab rang to ask where he was

02:40 Midwife [[name:Claire]] ran to the lab herself

02:58 first pack arrives - switchboard had put the call out to the wrong porter bleep, and the only porter
on nights was in ED

03:30 EBL 2.8L, to theatre

[[name:Shauna]] had 6 units and went to ITU, now home with baby. Not the first time the porter bleep list has
been wrong. Switchboard need a list that is updated at every shift change, and we need {{O neg}} back in the
satellite fridge on delivery suite like we used to have. Datix [[case_reference:STHK-445190]].
""")

# --------------------------------------------------------------------------------------------------
# 041-050
# --------------------------------------------------------------------------------------------------

add("social_care", "success", """
A nice one for a change. [[name:Poppy]] (now [[age:10]]) was adopted in 2017 and has had {{letterbox contact}}
with her birth grandmother ever since. This year nan, Mrs [[name:Pat Heaton]], wrote that she was ill and
might not be able to write again. Our post-adoption worker [[name:Elaine]] didn't just forward the letter -
she rang the adoptive parents first, offered {{life story work}} support, and with everyone's agreement set up
a one-off supervised meeting at the [[organisation:Adoption Counts]] office on [[date:16 March]].
[[name:Poppy]] took her memory box. Adoptive mum said it was handled with real care and kindness.
""")

add("social_care", "incident", """
[[name:Jordan McAllister]] ([[age:15]]) was being moved from [[organisation:Red Bank]] to a new placement,
[[address:Brackenthwaite House, Loweswater]], [[postcode:CA13 9UX]], on [[date:13/03/2024]] by
[[organisation:Safe Haven Transport]]. About half an hour up the M6 he punched one of the escorts and tried to
get out of the van ([[vehicle_registration:BK21 FXO]]) at Lancaster services. The {{placement plan}} said 3
escorts but the company only sent 2 due to "staff shortage" and nobody told us. [[name:Jordan]] was
restrained, one escort has a broken nose, police attended. A {{Section 25}} order was in place - if he had got
away it would have been very serious. Contract manager needs to follow this up with the company.
""")

add("health", "near_miss", """
Wrong site near miss, [[organisation:Salford Royal]] theatres, [[date:21.3.24]]. Mr [[name:Arjun Patel]],
R knee {{arthroscopy}}. Consent R, list L, site marked L off the list. Caught at {{WHO checklist}} sign in by
[[name:Kemi]] ({{ODP}}).
""")

add("aviation", "incident", """
I'm the pilot and I'm self reporting. Flew my microlight ({{Ikarus C42}}, [[aircraft_registration:G-CGXP]])
from a farm strip near Croston on [[date:17th March]] heading for Barton. I was using SkyDemon on my phone
but the phone went flat, I didn't have a paper chart with me and I strayed into the Manchester {{CTR}} near
Bolton at 2,200ft for about 4 minutes. Manchester had to hold departures. I was called on 121.5 and routed
out. Completely my fault and I'm embarrassed. Have done the {{GASCo}} course since. [[name:Pete Calderbank]],
[[phone:07700 900417]] if anyone wants to talk to me about it.
""")

add("social_care", "near_miss", """
Near miss / poor practice. Initial visit to the [[name:Zieliński]] family at
[[address:7 Hall Street, Offerton]], [[postcode:SK1 4EQ]] on [[date:5th March]] after a {{DV}} notification.
Interpreter cancelled last minute and the worker carried on with [[name:Kacper]] ([[age:11]]) translating for
his mum [[name:Agnieszka]] - including questions about what his dad does to his mum. When we went back with a
Polish interpreter on [[date:12th March]] mum gave a completely different and much more serious account.
[[name:Kacper]] had been softening it. Risk was underestimated for a week, now referred to {{MARAC}}. Should
have rebooked. Not a blame thing, we are all stretched, but children should never be interpreting.
""")

add("health", "success", """
Good practice. [[name:Ionela Dumitru]] ([[age:19]], first pregnancy) came to her booking appt at
[[organisation:Blackpool Victoria Hospital]] on [[date:12 March]] with a man she said was her "cousin" who did
all the talking and held her passport. Midwife [[name:Hannah Lund]] found a reason to take her for a urine
sample on her own and asked the {{routine enquiry}} question with a Romanian telephone interpreter.
[[name:Ionela]] disclosed she was being made to work in a car wash and wasn't allowed out. [[name:Hannah]]
kept her on the unit, called police and made a {{Modern Slavery}} referral via the {{NRM}}. She is now in a
safe house supported by [[organisation:The Salvation Army]]. Really brave and skilled practice.
""")

add("social_care", "incident", """
Complaint from mum, I told her I'd put it on here. [[name:Bridget McDonagh]]'s son [[name:Johnny]]
([[age:9]]) has been out of school since he was permanently excluded from
[[organisation:St Oswald's RC Primary]] in the autumn. His {{EHCP}} assessment was agreed in
[[date:June 2023]] and still isn't finished, the 20 week limit is long gone. The family live on the site on
[[address:Brindle Road]] and mum says she feels nobody takes them seriously "because we're travellers". She's
right that there have been 3 missed visits. [[name:Johnny]] has {{ADHD}} and is getting into trouble with
older lads while he's at home all day. Mum's mobile [[phone:07700 900652]], she'd like a call from a manager.
""")

add("aviation", "success", """
Success story from the crew of [[flight_number:BY2431]] Dalaman to Manchester, [[date:28/03/24]]. Crew member
[[name:Aleksandra Kaczmarek]] noticed a girl of about [[age:15]] in 31F sitting with a man in his 40s. He
answered every question for her, she hadn't eaten or drunk anything and kept looking at the toilets.
[[name:Aleksandra]] followed our {{safeguarding}} procedure, the {{SCCM}} spoke to the captain who messaged
ops, and police met the aircraft on stand. She had been reported missing from a {{children's home}} in
Stockport 5 days before. The name on the manifest was [[name:Amy Lewis]], which was not her real name.
Brilliant awareness - [[organisation:TUI]] should recognise this.
""")

add("health", "incident", """
IT outage on [[date:Saturday 16th March]], 07:00 to 15:30, {{EPR}} down across
[[organisation:Royal Lancaster Infirmary]]. Downtime paper drug charts hadn't been printed for ward 39 as the
overnight print job failed and nobody knew. Mr [[name:Gerald Whitehead]] (bed 7) missed his 08:00 and 12:00
{{levodopa}}. He has {{Parkinson's}} and by mid afternoon was rigid and couldn't swallow, needed an NG tube
and it took 3 days to get him back to where he was. Time critical meds need to be on a printed list that
lives on the ward, not only in the EPR.
""")

add("social_care", "incident", """
can someone please explain how this happened!! Our foster daughter [[name:Skye]] ([[age:13]]) had her photo
put on the [[organisation:Haslingden High School]] facebook page for sports day with her full name and the
school tagged. Birth dad [[name:Wayne Holt]] messaged her on tiktok the same night saying he knew where she
went to school and he'd "see her soon". There is a {{care order}} and no direct contact. The school were told
in writing in {{september}} she must not be photographed. Police informed, log
[[case_reference:LC-20240319-0877]]. [[name:skye]] hasnt been to school since, she is terrified. our SSW
[[name:Mandy]] has been brilliant but the school just keep saying sorry. Not good enough.
[[phone:07700 900882]]
""")

# --------------------------------------------------------------------------------------------------
# 051-060
# --------------------------------------------------------------------------------------------------

add("health", "near_miss", """
Pt [[name:Kwabena Mensah]], [[age:24]], known {{sickle cell}} disease, self-presented to ED at
[[organisation:Manchester Royal Infirmary]] on [[date:23rd March]] with chest and back pain 9/10. Triaged
yellow and waited in the main waiting room for 2h 40m with no analgesia. Nurse [[name:Abena]] recognised him
from a previous admission, saw he looked grey and fast-tracked him. Sats 89% on air, early
{{acute chest syndrome}}. Analgesia should be within 30 mins of arrival. Patients with sickle cell keep
telling us they get treated like drug seekers. This one was caught by a nurse who knew him, next one might
not be.
""")

add("aviation", "near_miss", """
Vehicle incursion, [[organisation:Manchester Airport]], [[date:14/03]] 07:35. Contractor van
[[vehicle_registration:YN71 WGV]] ([[organisation:Balfour Beatty]] works team) crossed taxiway J without
clearance in front of an {{ATR 72}} operating [[flight_number:EI3327]] taxiing for 23R. Aircraft braked
hard, no contact, no injuries. Driver [[name:M. Brookes]] held an {{ADP}} but not the manoeuvring area
endorsement, and had followed another vehicle through. Ground controller [[name:Sarah]] spotted it and
stopped the aircraft. Contractor briefing and escort arrangements under review.
""")

add("social_care", "success", """
Joint working that actually worked. The [[name:Rahimi]] family (dad [[name:Farhad]], mum [[name:Leila]], 3
kids under 8) came to us with an eviction notice from their private landlord at
[[address:9 Brook Street, Lancaster]], [[postcode:LA1 1SQ]]. Refugee status was granted in January, their
support stopped when the {{Home Office}} accommodation ended and rent arrears built up. Housing officer
[[name:Tom Baines]] at [[organisation:Lancaster City Council]] and our family support worker got the landlord
round a table with [[organisation:Citizens Advice North Lancs]]. UC claim fixed (mum's NI no
[[ni_number:PN627193B]] had been typed wrong), a {{DHP}} paid off the arrears and the eviction was withdrawn.
Kids stayed at their school. No {{section 17}} money needed in the end.
""")

add("health", "incident", """
Unwitnessed fall at [[organisation:Harbour View Care Home]], [[address:22 Lytham Road]], [[postcode:FY4 1DN]]
around 03:00 on [[date:10.3.24]]. Resident [[name:Dorothy Marsden]] ("[[name:Dot]]"), [[age:93]], found on
the floor by her bed. Night carer rang {{NHS 111}} who said wait for a call back. Call back came at 06:20.
[[name:Dot]] had a shortened externally rotated leg the whole time - {{NOF}} fracture confirmed at
[[organisation:BVH]]. One carer and one senior on for 31 residents, neither trained in the {{ISTUMBLE}} tool.
Her daughter is asking why we didn't ring 999 directly. honestly i dont know why we didn't.
""")

add("social_care", "incident", """
As {{IRO}} for [[name:Kai Lambert]] ([[age:11]], LCS id [[case_reference:1452093]]) I have started the
{{dispute resolution}} process. [[name:Kai]] has had 3 placement moves in 10 weeks and I was not told
about any of them until after they happened. His last move, on [[date:01/03/2024]], was to a placement in
Barrow, 90 miles from his school, his brother [[name:Ryan]] and his mum. He has missed 11 days of school.
His {{care plan}} says weekly sibling contact and that has not happened since. Nobody from the team has
visited him at the new placement within the statutory timescale.

The reply I got from the team manager on [[date:4 March]]:

"Hi [[name:Jacqueline]], apologies, we had no choice, the previous carers gave notice on the Friday and the
only bed in the county was Barrow. I'll make sure you're copied in going forward. Thanks, [[name:Gav]]"

I understand there are no placements, but that is not good enough for [[name:Kai]] and it is not the first
time I have had this reply.

[[name:Jacqueline Ogunleye]] | [[email:jacqueline.ogunleye@lancashire.gov.uk]]
""")

add("aviation", "incident", """
UM handover failure, [[organisation:Liverpool John Lennon Airport]]. Unaccompanied minor
[[name:Zofia Kowalska]] ([[age:12]]) arrived on [[flight_number:W6 3513]] from Katowice on [[date:25 March]]
at 22:40, booking ref [[case_reference:QX7TLM]]. The {{handling agent}} rep released her to a man who said he
was her uncle, [[name:Marek]], but he was not the person named on the {{UMNR}} form (that was her aunt,
[[name:Beata Nowicka]]) and his ID was not checked against it. Turned out he was the aunt's partner and
she was safe, but we only found out when the aunt arrived at the desk 20 mins later asking for her.
""")

add("health", "success", """
Great teamwork on [[date:8th March]]. [[organisation:NWAS]] pre-alerted a {{FAST}} positive stroke,
Mr [[name:Bilal Chaudhry]], [[age:61]]. Stroke nurse [[name:Mags]] met the crew at the door, straight to CT,
door to needle 19 mins for {{alteplase}}, then transferred to [[organisation:Salford Royal]] for thrombectomy.
NIHSS went from 14 to 2 at 24 hours. He walked out of [[organisation:Royal Blackburn Hospital]] 6 days later.
Everyone knew their job and it showed.
""")

add("social_care", "near_miss", """
Police used {{police protection}} at 01:00 on [[date:19/03]] for [[name:Abdi]] ([[age:5]]) and
[[name:Hamza]] ([[age:3]]) after mum ([[name:Fadumo Hassan]]) was arrested at
[[address:Flat 14, Hulme Court]], [[postcode:M15 5PA]]. {{EDT}} worker [[name:Chris]] placed them with an
emergency foster carer, but the police protection paperwork never came over and the carer didn't have it.
At 9am a woman turned up at the carer's saying she was their aunt and had mum's permission to collect
them. Carer nearly handed them over but rang us first. Only police can end police protection. Paperwork
was eventually emailed by DS [[name:Lowe]] at 11:30. Carers need the paperwork at placement, every time.
""")

add("aviation", "near_miss", """
Circuit conflict at Barton, [[date:Sat 30th March]] approx 14:05. I was on final for 26R in
[[aircraft_registration:G-BNSM]] ({{Cessna 152}}) when a PA-28, [[aircraft_registration:G-OBFC]], joined late
downwind without a call and turned base inside me. Saw him below and ahead at about 300ft and went around.
Barton radio is {{A/G}} not ATC so they can't sequence us. Other pilot apologised in the clubhouse, said his
radio had been cutting out. Filing an {{Airprox}}. [[name:Tariq Mahmood]], PPL
""")

add("health", "incident", """
Dispensing error reported by Mrs [[name:Nkechi Obi]]'s son [[name:Chidi]]. Her weekly blister pack from
[[organisation:Well Pharmacy]] on [[address:Bridge Street, Warrington]] had her name on the label but
contained tablets for another patient, [[name:Edward Sutcliffe]] - his name and NHS no
([[nhs_number:901 256 3488]]) were on the backing sheet inside. She took two days of it including his
{{bisoprolol}} and {{amlodipine}} and [[name:Chidi]] found her dizzy with BP 82/50. Seen in ED, no lasting
harm. Mrs [[name:Obi]], NHS [[nhs_number:556 318 2045]], [[address:46 Orford Lane]], [[postcode:WA2 7AF]].
Pharmacy say two packs were made up at the same time on the same bench. Mr [[name:Sutcliffe]] presumably got
hers - has anyone checked on him?
""")


# --------------------------------------------------------------------------------------------------
# Build and validate
# --------------------------------------------------------------------------------------------------

def main() -> None:
    records = build_records("blind15", REPORTS)
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        assert 1 <= len(rec["negatives"]) <= 3, (rid, len(rec["negatives"]))
        for span in spans:
            value, label = text[span["start"]:span["end"]], span["label"]
            assert label != "postcode" or POSTCODE.match(value), (rid, value)
            assert label != "name" or not TITLE.match(value), (rid, value)
            if label in RECURRING:
                for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
                    assert any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans), \
                        (rid, "unlabelled repeat", value)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
