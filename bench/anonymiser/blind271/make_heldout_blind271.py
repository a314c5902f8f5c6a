"""Held-out blind corpus 271: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
the anonymiser generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): a refugee resettlement and family support team - caseworkers,
  interpreters, housing, schools, GP registration.
- health (17): a hospital endoscopy and day surgery unit - lists, consent, sedation,
  discharge, escorts, results.
- aviation (16): an aircraft maintenance hangar for regional jets - licensed engineers,
  mechanics, stores, tooling, night shifts.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes. Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles,
agencies, drugs, equipment, generic days and place types) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind271.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        ok so tues [[date:14th nov]] went out for the {{home visit}} to the [[name:haddad]] family at
        [[address:22 Fenwick Row, Castleford]] - {{interpreter}} no show. booked thru
        [[organisation:LinguaBridge]] ref [[case_reference:LB-558120]] but they had it down for
        wed?? mum [[name:rasha]] v anxious, {{arabic}} only, tried translate app on my phone which
        was hopeless tbh. youngest [[name:yousef]] ([[age:4yo]]) has rash + temp, still no
        {{GP}} reg bc the surgery wanted {{proof of address}} + {{photo ID}}. ended up ringing
        [[organisation:Airedale Road Surgery]] on [[phone:01977 604318]] myself & they squeezed him
        in at 4. nothing {{safeguarding}} wise but we shouldnt be leaving families w/o a GP 3 wks
        after {{arrival}}. pls can someone chase [[organisation:LinguaBridge]] re the booking error,
        2nd time this month. logged on {{duty sheet}}. - [[name:dee]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:3 October 2024]] I accompanied the [[name:Tesfaye]] family to view their allocated
        property at [[address:Flat 6, Merrow Court, 41 Canal Street, Bradwell]],
        [[postcode:BD7 2QH]]. The {{housing officer}} from
        [[organisation:Pennine Homes Partnership]], [[name:Gareth Lumb]], handed over the keys.
        During the walk-round Mr [[name:Tesfaye]] noticed a smell of gas in the kitchen. I asked to
        see the {{Gas Safety Record}} and Mr [[name:Lumb]] could not produce one. We left the
        property and I phoned the {{National Gas Emergency}} line; the {{engineer}} capped a
        leaking joint behind the {{cooker}} within the hour. Nobody was hurt, but the family were
        due to sleep there that night with three children, the youngest [[age:18 months]] old.
        Learning: the {{pre-tenancy checklist}} must be signed off before handover, not after.
        I have raised this with the landlord under their ref [[case_reference:PHP/HS/20931]] and
        with my {{Team Manager}}.
        [[name:Lindiwe Mokoena]], {{Resettlement Caseworker}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Priya Raman]] <[[email:priya.raman@kirkmoorcouncil.gov.uk]]>
        To: {{Resettlement Team}}
        Date: [[date:Fri 22 Nov 2024]] 16:42
        Subject: Shout-out - school places for the [[name:Nazari]] twins

        Hi all,

        Just wanted to say a massive thank you to [[name:Faith]] in her {{Education Liaison}} role.
        The [[name:Nazari]] twins ([[age:aged 9]]) had been out of school for six weeks because the
        {{in-year admissions}} form kept bouncing back. [[name:Faith]] sat with dad in the
        admissions office at [[organisation:Kirkmoor Council]], got {{Dari}} interpreting on
        speakerphone, and by [[date:Wednesday 20th]] both girls had places at
        [[organisation:St Aidan's C of E Primary]]. The {{SENCO}} there, Mrs [[name:Okonjo-Bell]],
        has already set up a {{buddy system}}. This is exactly the {{trauma-informed}} practice we
        keep talking about. Nice one!

        [[name:Priya]]
        [[name:Priya Raman]] | {{Team Manager}}, Refugee Resettlement | [[phone:07700 913422]]
    """)),
    ("social_care", "near_miss", block("""
        {{Teams}} chat - resettlement-duty - [[date:07/03/2025]]
        [[name:Sunny Adeyemi]] 09:12: morning all, has anyone seen the letter from the {{Home Office}} for [[name:Zahra Karimi]]? its gone to her OLD address
        [[name:Marek W]] 09:14: which old address, the {{hotel}}?
        [[name:Sunny Adeyemi]] 09:15: no, the {{bridging accommodation}} at [[address:17 Lyle Terrace]]. ex-partner's cousin still lives on that road
        [[name:Marek W]] 09:15: oh no. is there a {{DA}} marker on her file?
        [[name:Sunny Adeyemi]] 09:17: yes, [[case_reference:RR-2291]]. rung the {{landlord}}, letter is still in the hallway unopened. [[name:Joy]] is driving over to collect it now
        [[name:Joy Mensah]] 09:41: got it, still sealed. told the landlord to send anything else to the {{office}}
        [[name:Marek W]] 09:43: nice one. someone needs to update her address with the {{ARAP}} team + {{MARAC}} coordinator today
        [[name:Sunny Adeyemi]] 09:44: on it. will log as {{near miss}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - Refugee Resettlement & Family Support
        Ref: [[case_reference:IR-25-0147]]
        Date of incident: [[date:11/02/2025]]
        Reported by: [[name:K. Osei-Tutu]] ({{Family Support Worker}})
        Service user: [[name:Abdirahman Warsame]]
        DOB: [[date_of_birth:02/09/1987]]
        Address: [[address:Flat 3, 9 Holyoake Street, Leabrook]] [[postcode:WS10 8JN]]
        NI No: [[ni_number:JP 41 77 20 B]]
        Category: Financial / benefits
        Description: Client's {{Universal Credit}} payment was stopped because the {{DWP}} had him
        recorded as having left the UK. A {{work coach}} at [[organisation:Leabrook Jobcentre]] had
        keyed the wrong end date from his {{BRP}}. Client had no money for food for 9 days and did
        not tell us until the {{food bank}} at [[organisation:Holy Trinity Leabrook]] phoned the office.
        Immediate action: emergency {{food voucher}}, {{advance payment}} requested.
        Outcome: payment restored [[date:21/02/2025]].
    """)),
    ("social_care", "success", block("""
        HANDOVER [[date:Fri 16 May]] (late) -> weekend on-call
        Written by: [[name:ross]]

        1. [[name:Gebremedhin]] family - GOOD NEWS. [[name:Amani]] ({{Tigrinya}} {{interpreter}}) picked up
        at the {{new patient check}} that none of the kids had had the {{latent TB}} screen. She asked
        the {{practice nurse}} straight out and all 4 are now booked at
        [[organisation:Eastgate Chest Clinic]] for [[date:2 June]]. Credit to her, this wasn't on
        anyone's list.
        2. Mrs [[name:Laleh Sadeghi]] - still waiting on keys from {{housing}}. Nothing to do over the
        wknd, she has the {{on-call}} number.
        3. On-call phone charged, in drawer 2. {{Lone working}} app logged out.
        Pls log the TB thing as {{good practice}} on {{Monday}} - ref [[case_reference:FS-0388]].
    """)),
    ("social_care", "near_miss", block("""
        Multi-agency case meeting - minutes
        Date: [[date:27 January 2025]], 10:00, {{Room 4}}, [[organisation:Kirkmoor Civic Centre]]
        Present: [[name:Hope Adebayo]] (Chair, {{Team Manager}}), [[name:Will Fairbrother]] ({{Housing}}),
        [[name:Tomasz Zieliński]] ({{Caseworker}}), Dr [[name:Fatemeh Rostami]] ({{GP}},
        [[organisation:Millgate Surgery]]), [[name:Nkechi]] ({{school nurse}})
        Apologies: [[name:Bill Naylor]] ({{DSL}}, [[organisation:Westfield Academy]]), [[name:PK]] ({{IRO}})

        Item 1 - [[name:Al-Masri]] children
        [[name:Tomasz]] reported that on [[date:21 Jan]] the eldest, [[age:14]], was nearly collected
        from school by an uncle who is not on the {{contact list}}. The office at
        [[organisation:Westfield Academy]] asked for the {{collection password}} and refused.
        [[name:Hope]] queried whether this could be {{private fostering}}; [[name:Nkechi]] said the
        uncle also attended a {{health visitor}} appointment in {{December}}.
        Actions: [[name:Will]] to confirm who is named on the tenancy; [[name:Tomasz]] to update the
        {{chronology}}; [[name:Hope]] to contact {{MASH}} by {{Friday}}.
    """)),
    ("social_care", "incident", block("""
        [[date:12/04/2025]], 18:03 - [[name:Grace K]]: hiya bad news. think i left the blue folder w the [[name:Yilmaz]] fam paperwork on the roof of the pool car ([[vehicle_registration:YK19 HXT]]) n drove off from the {{retail park}}
        [[date:12/04/2025]], 18:05 - [[name:Ollie]]: ok dont panic. what was in it exactly
        [[date:12/04/2025]], 18:07 - [[name:Grace K]]: {{BRP}} copies for [[name:Mehmet]] and [[name:Ayşe]], tenancy for [[address:5 Orchard Mews]] + the signed {{consent to share}} forms
        [[date:12/04/2025]], 18:08 - [[name:Ollie]]: go back now pls. I'll ring the {{DPO}}, this is a {{data breach}} either way
        [[date:12/04/2025]], 18:31 - [[name:Grace K]]: FOUND IT!! in the gutter by the {{bus stop}}, soggy but everything there i think
        [[date:12/04/2025]], 18:33 - [[name:Ollie]]: phew. still needs logging tho, {{IG}} ref will be [[case_reference:IG-2025-0412]]. do it tmrw first thing + tell the family, {{Team Leader}} will back u up
        [[date:12/04/2025]], 18:34 - [[name:Grace K]]: will do. sorry x
    """)),
    ("social_care", "success", block("""
        STAR OF THE MONTH - {{March}}
        Nominated by: [[name:Rukhsana Iqbal]], {{School Liaison Officer}}

        I'd like to nominate [[name:Mo]] ([[name:Mohammed Darwish]]) from our {{Family Support}} team.
        He noticed that [[name:Samir]], [[age:11]], kept answering the wrong question in his {{EAL}}
        sessions at [[organisation:Hollins Park Academy]] - everyone had put it down to language.
        [[name:Mo]] pushed for a {{hearing test}} and it turns out [[name:Samir]] has {{glue ear}} in
        both ears, probably untreated for years. He now has {{grommets}} booked at
        [[organisation:Kirkmoor General]] on [[date:8 April]] and his class teacher, Mr
        [[name:Pickersgill]], says he is already like a different child with a seat at the front.
        Patient, curious, {{child-centred}} work. Well deserved!
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Farid Ahmadzai]] ([[age:15]]) - missing episode [[date:Sat 1st March]]
        13:00  Due back at {{initial accommodation}} ([[organisation:Travelstay Kirkmoor]]) from football.
        14:10  {{Hotel}} reception ring {{out of hours}} line - [[name:Farid]] not back.
        14:25  {{EDT}} worker [[name:Siobhan]] rings uncle [[name:Jawed]], no answer.
        14:40  Reported {{missing}} to police, log [[case_reference:KP-20250301-0291]].
        15:30  Police {{welfare check}} at the {{mosque}} and {{park}}; not seen.
        17:05  [[name:Farid]] walks back into the hotel. Says he went to the {{retail park}} with a man
               he met at the {{barbers}} who offered him cash work "washing cars".
        17:20  {{Return home interview}} requested; {{CCE}} screening tool completed - medium risk.
        Issues: we had no current photo of [[name:Farid]] on file, which delayed police
        {{risk grading}} by about 40 mins. Uncle's number on the system was wrong.
        Completed by [[name:S. Byrne]], {{EDT}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Tomás Ferreira]]
        Sent: [[date:Tuesday 10 June 2025]] 11:58
        To: [[name:Hope Adebayo]]
        Cc: [[email:interpreting@kirkmoor.gov.uk]]
        Subject: Near miss - wrong dialect - [[case_reference:RR-2340]]

        Hope,

        Flagging a near miss from yesterday's appointment at the {{dental hospital}}. We requested
        {{Kurdish Sorani}} for Mr [[name:Hawre Aziz]] but the agency sent a {{Kurmanji}} speaker. The
        appointment was {{consent}} for a {{general anaesthetic}} extraction for his daughter
        [[name:Shilan]] ([[age:6]]). I noticed Mr [[name:Aziz]] was answering "yes" to everything,
        so I asked the interpreter directly and she admitted she was understanding about half. We
        stopped, the {{dentist}} was very good about it, and it has been rebooked with a Sorani
        interpreter. Our {{booking form}} only has one box for "Kurdish" - can we add a dialect field?

        Thanks,
        [[name:Tomás]]
        {{Senior Caseworker}}
    """)),
    ("social_care", "success", prose("""
        Learning report: {{GP registration}} drop-in, [[date:19 September 2024]]. Working with
        [[organisation:Millgate Surgery]] and the {{ICB}} we ran a registration session at
        [[organisation:Kirkmoor Welcome Hub]], [[address:3 Station Approach, Kirkmoor]],
        [[postcode:WF10 4PD]]. 32 adults and children were registered in one afternoon. The
        {{practice manager}}, [[name:Carol-Ann Whiteley]], brought a laptop and registered people
        live on {{EMIS}}, and Dr [[name:Osei]] did {{new patient health checks}} for the eight
        people with {{diabetes}} or {{hypertension}}. Three {{interpreters}} ({{Pashto}}, {{Dari}},
        {{Arabic}}) were booked for the whole session rather than per family. What worked: nobody was
        asked for {{proof of address}}, in line with {{NHS England}} guidance, and {{vaccination}}
        histories were taken there and then. What we would change: book a {{pharmacist}} too, as
        several people had run out of medication. Written by [[name:J.K.]], {{Health Liaison}}.
    """)),
    ("social_care", "incident", block("""
        {{Housing}} repairs escalation - [[name:Okafor]] household - [[case_reference:HSG-7730]]
        Date   | Logged by | Issue                                          | Landlord response
        [[date:04/11]]  | [[name:LM]]        | black {{mould}}, {{back bedroom}}                      | "will send someone"
        [[date:18/11]]  | [[name:LM]]        | mould worse, {{dehumidifier}} requested        | no reply
        [[date:02/12]]  | [[name:Pat]]       | [[name:Chidera]] ([[age:2]]) admitted to [[organisation:Kirkmoor General]], {{wheeze}} | -
        [[date:03/12]]  | [[name:Pat]]       | {{Environmental Health}} referral              | {{inspection}} booked
        Summary: [[organisation:Harcourt Lettings]] did not act for four weeks. The inspection found a
        {{HHSRS}} category 1 hazard and the family are now in {{temporary accommodation}}. Under
        {{Awaab's Law}} this should never have dragged on. Our escalation was too slow - I should have
        gone to {{Environmental Health}} at the second contact. - [[name:Pat]]
    """)),
    ("social_care", "near_miss", prose("""
        rec'd call 2day approx 3pm from a man saying he was Mrs [[name:Noor]]'s brother, asking for
        her new addr as a 'family emergency'. i nearly read it off the screen tbh as he knew her
        {{DOB}} ([[date_of_birth:14.06.91]]) and the kids names. something felt off so said id ring
        back. rang her on [[phone:07911 482306]] - she has NO brother in the {{UK}}. thinks its her exs
        family. the {{DA}} marker was NOT showing on {{Mosaic}} - checked [[case_reference:RR-2418]]
        and the flag was only on her old record from the {{hotel}} stage. told {{IDVA}} [[name:bella]],
        merged the flags, {{Team Manager}} aware. callers no. was withheld. we need a script for
        {{phone ID checks}}, nobody on {{duty}} should be giving out addresses on the phone full stop.
        - [[name:sam o]]
    """)),
    ("social_care", "success", block("""
        #family-support - [[date:Thu 3 July]]
        [[name:femi.o]] 10:02  big news - [[name:Leyla]] ([[age:16]]) has a place on the {{Level 3}} health & social care course at [[organisation:Calderbrook College]]!!
        [[name:hope.a]] 10:04  amazing!! how did you get round the {{GCSE}} thing?
        [[name:femi.o]] 10:06  got her {{Syrian}} school certificates translated, then a {{UK ENIC}} {{statement of comparability}}. Ms [[name:Dunmore]] in {{admissions}} accepted that in lieu
        [[name:rosie.t]] 10:07  brilliant, well done both
        [[name:femi.o]] 10:09  tbh [[name:Baraa]] (her {{dad}}) did most of the chasing, he rang them every day lol
        [[name:hope.a]] 10:10  can we write this up for the {{practice forum}}? [[name:Leyla]]'s route would work for the other {{16-18s}} too
    """)),
    ("social_care", "incident", prose("""
        On the afternoon of [[date:9 January 2025]] a {{taxi}} booked by our team through
        [[organisation:A1 Cars Kirkmoor]] collected Mrs [[name:Mariam Jalloh]] and her {{son}}
        [[name:Ibrahim]] ([[age:3 years]]) from [[organisation:Kirkmoor General]] after an
        {{outpatient}} appointment. No {{child car seat}} had been requested. The {{driver}} braked
        sharply on the {{ring road}} and [[name:Ibrahim]] struck his head on the seat in front. He was
        seen at the {{Urgent Treatment Centre}} the same evening and discharged with
        {{head injury advice}}. I made the booking on the {{shared booking template}}, which has no
        field for children travelling. Vehicle was [[vehicle_registration:KM71 ZPX]]. I have
        apologised to Mrs [[name:Jalloh]] and the booking template has been amended. Incident ref
        [[case_reference:IR-25-0162]]. [[name:Wiktoria Nowak-Hale]], {{Family Support Worker}}
    """)),
    ("social_care", "success", block("""
        From: [[email:head@brackenhill.sch.uk]]
        To: [[email:resettlement.team@kirkmoor.gov.uk]]
        Subject: Thank you!

        Dear all,

        I wanted to thank [[name:Marek Wiśniewski]] and [[name:Amber]] for the {{staff session}} on
        [[date:Thursday 6th]]. Our teachers felt far more confident about what families have been
        through and about using {{interpreters}} at {{parents' evening}}. Straight afterwards our {{DSL}}
        spoke to one of our new {{Year 4}} pupils and realised he was a {{young carer}} for his {{mum}},
        and with Mr [[name:Kaya]]'s agreement we have made a {{Young Carers}} referral. That would
        not have happened without your input.

        Kind regards,
        [[name:Helen Bright]]
        {{Headteacher}}, [[organisation:Brackenhill Primary School]]
        [[phone:01924 771560]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pm list [[date:tues 18th]] - mrs [[name:oduya]] ([[age:78]]) had {{midazolam}} 2mg +
        {{fentanyl}} 50mcg for {{OGD}}. told us at {{admission}} her husband was collecting.
        d/c'd 16:40 by {{HCA}} from {{recovery}}, walked out to "meet him in the {{car park}}". she
        actually got a bus home alone, husband was at work all day. she rang the unit at 8pm muddled
        + couldnt remember what she'd been told re {{biopsies}}. no harm as far as we know, dr
        [[name:lindqvist]] rang her back next am. escort check was just "is someone collecting u?"
        - no name, no number on the {{discharge checklist}}. hosp no [[case_reference:K4471925]].
        think escorts need to physically come up to the {{discharge lounge}} b4 we let anyone go
        after {{sedation}}. [[name:tash]] {{SN}}
    """)),
    ("health", "near_miss", prose("""
        On [[date:Monday 14 April 2025]], during the {{WHO Sign In}} for the third patient on the
        {{day surgery}} list in {{Theatre 3}}, [[name:Ruth Amankwah]] ({{ODP}}) noticed that the
        {{consent form}} stated a right {{inguinal hernia repair}} while the {{site marking}} arrow
        was on the left groin. The patient, Mr [[name:Derek Hollingworth]], hospital number
        [[case_reference:CH0918834]], confirmed the lump was on his left. The {{registrar}},
        Mr [[name:Adeyinka]], had copied the side from the {{clinic letter}}, which was itself wrong.
        The list was paused, the consultant, Miss [[name:Venkataraman]], re-examined and re-consented
        the patient, and surgery went ahead on the correct side. Contributing factors: consent was
        taken in a rush at 07:45 in the {{admissions bay}}; the clinic letter had been dictated by a
        {{locum}} and never corrected. [[name:Ruth]]'s challenge was exactly what the
        {{Stop Moment}} is for. Logged on {{Datix}} as [[case_reference:W88412]].
    """)),
    ("health", "success", prose("""
        Shout-out to [[name:Joy]] in {{recovery}}! Yesterday ([[date:5/6]]) an [[age:82-year-old]]
        gentleman came back from {{ERCP}} after {{midazolam}} and {{fentanyl}}. [[name:Joy]] noticed
        his {{respiratory rate}} was 7 and his {{SpO2}} drifting to 88% even though the monitor had
        not alarmed - the limits had been left on the settings from a previous patient. She called
        for help, gave {{naloxone}} as per the {{sedation policy}} and he was back to baseline within
        minutes. She then checked and reset the alarm limits on all four {{bays}} and told the
        {{Sister}} so it went into the {{safety huddle}} this morning. Calm, quick and thorough.
        Thank you [[name:Joy]]! From [[name:Tunde]] and everyone on {{Endoscopy}} x
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:INC-2025-04417]]
        Date/time: [[date:22/01/2025]] 14:20
        Location: {{Endoscopy Room 2}}, [[organisation:Castlegate Hospital]]
        Patient 1: [[name:Ewa Kowalczyk]] | DOB [[date_of_birth:03/08/1959]] | NHS No [[nhs_number:755 258 8713]] | Hosp No [[case_reference:CG2210457]]
        Patient 2: [[name:Edna Cowell]] | DOB [[date_of_birth:19/11/1947]] | NHS No [[nhs_number:161 615 6155]] | Hosp No [[case_reference:CG1984302]]
        What happened: {{biopsy}} pots from patient 1's {{colonoscopy}} were labelled with patient 2's
        {{addressograph}} labels, which had been left on the {{trolley}} from the previous procedure.
        Similar-sounding names. {{Histopathology}} rang because the specimen description
        ({{sigmoid polyp}}) did not match the request ({{gastric biopsies}} for {{H. pylori}}).
        Harm: none. Samples relabelled after a {{two-person check}}; both patients informed under
        {{Duty of Candour}}.
        Reporter: [[name:Sanjay M]], {{Endoscopy Nurse}}
    """)),
    ("health", "near_miss", block("""
        Teams - Endoscopy Pre-assessment - [[date:Mon 12 May]]
        [[name:Aoife Brennan]] 11:02
        anyone free? pre-op call for Thurs list - Mr [[name:Gwilym Price]] for {{colonoscopy}} +/- {{polypectomy}}, says nobody told him to stop his {{apixaban}}
        [[name:Kwabena Asante]] 11:04
        what's it for? {{AF}} or {{DVT}}?
        [[name:Aoife Brennan]] 11:04
        AF. letter from booking just says "continue all medications"
        [[name:Kwabena Asante]] 11:06
        {{BSG}} guidance is stop 48h before for high-risk {{polypectomy}}. still time if he stops tonight. I'll ring the endoscopist
        [[name:Aoife Brennan]] 11:15
        done - told him + his {{GP}}, documented in {{pre-assessment}} notes. hosp no [[case_reference:CG3047719]]
        [[name:Kwabena Asante]] 11:16
        good catch. the letter template is wrong for everyone on a {{DOAC}}, I'll raise it with {{bookings}}
    """)),
    ("health", "success", block("""
        From: Dr [[name:Imogen Thrale]] <[[email:imogen.thrale3@nhs.net]]>
        To: [[name:Bernie Walsh]] <[[email:bernadette.walsh@nhs.net]]>
        Cc: {{Endoscopy Unit Manager}}
        Date: [[date:30 April 2025]]
        Subject: thank you - results tracking

        [[name:Bernie]],

        I wanted to put in writing how grateful I am. You noticed that the {{histology}} for
        Mr [[name:Abimbola Ogunleye]] (hosp no [[case_reference:CG4410928]]) from his {{OGD}} on
        [[date:11 April]] had come back as {{adenocarcinoma}} but was sitting unacknowledged in my
        {{results inbox}} while I was on leave. You rang {{pathology}}, printed it and walked it down
        to the {{upper GI}} {{CNS}} team. He was discussed at {{MDT}} that Tuesday and seen in clinic
        the same week - probably two to three weeks sooner than otherwise. I have suggested your
        {{safety-net}} spreadsheet becomes the unit standard.

        Best wishes,
        [[name:Imogen]]
        {{Consultant Gastroenterologist}}
    """)),
    ("health", "incident", block("""
        Timeline - fall on {{Day Surgery Unit}}, [[date:8th March 2025]]
        Patient: Mr [[name:Wei Cheng]] ([[age:69]]), hosp no [[case_reference:CG0752266]]
        10:05  Back from {{theatre}} after {{hernia repair}} under {{GA}}. {{NEWS2}} 1.
        11:30  {{oral morphine}} 5mg for pain.
        12:10  Asks for toilet; {{HCA}} [[name:Marisol]] walks him there, he says he is fine to be left.
        12:16  Found on floor of toilet, {{call bell}} not pulled. Small {{laceration}} to forehead.
        12:20  Reviewed by {{anaesthetist}} Dr [[name:Haugen]]; {{CT head}} not indicated per {{NICE}}.
        14:00  Discharge cancelled; admitted overnight to [[organisation:Ashworth Ward]].
        Learning: {{falls risk assessment}} not repeated after {{opioid}}. Toilet door opens inward,
        which slowed getting to him. Reported by [[name:C. Ndlovu]], {{Nurse in Charge}}.
    """)),
    ("health", "near_miss", block("""
        Endoscopy handover - [[date:Wed 21/05]] am -> pm
        Bay 1: Mrs [[name:R. Lal]] - {{Type 1}} diabetic on {{insulin pump}}. Was sent the standard
        {{Moviprep}} leaflet and NOT the diabetes one, so has been fasting on her full {{basal rate}}.
        {{CBG}} 3.4 on arrival - {{Glucogel}} x1, recheck 5.8. {{Diabetes Specialist Nurse}}
        [[name:Sunita]] reviewing before procedure. Booking ref [[case_reference:EB-22871]].
        Please do not send into the room until CBG >6.
        Bay 2: [[name:Wilf Carver]], [[age:91]], {{flexi sig}}, {{DNACPR}} in place - daughter
        [[name:Hope]] is his escort, mob [[phone:07723 558014]].
        Bay 3: empty ({{DNA}}).
        Scope 14 back from {{decon}} - fine.
        [[name:Gosia]] (nurse in charge am)
    """)),
    ("health", "success", block("""
        Endoscopy Unit Quality & Safety Meeting - Minutes
        [[date:15 May 2025]], {{Seminar Room B}}
        Attendees: Dr [[name:Anjali Bose]] ({{Clinical Lead}}), [[name:Mark Ostrowski]] ({{Unit Manager}}),
        [[name:Rhiannon Pryce]] ({{Pre-assessment}}), [[name:Deniz Aydın]] ({{Decontamination Lead}})
        Apologies: [[name:Rose Tait]] ({{Matron}}), [[name:TQ]] ({{Pharmacy}})

        3. Good practice
        Zero {{on-the-day cancellations}} for poor {{bowel prep}} in {{April}}, following the new
        phone call 48h before each {{colonoscopy}} (led by [[name:Rhiannon]]). The {{JAG}} assessors
        commented on it at the visit and {{Friends and Family Test}} scores are up.
        4. Decontamination
        [[name:Deniz]] reported no {{AER}} failures this month.
        Actions: [[name:Mark]] to share the call script with [[organisation:Riverside Treatment Centre]];
        [[name:Rhiannon]] to present it at the {{regional network}} meeting.
    """)),
    ("health", "incident", block("""
        Scope tracking discrepancy - {{Endoscopy}} - [[date:03/02/2025]]
        Scope          | Patient (hosp no)             | Procedure       | Time  | Decon record
        {{GIF-H190}} #4    | [[case_reference:CG2286310]]  | {{OGD}}             | 09:10 | OK
        {{CF-HQ190L}} #2   | [[case_reference:CG0913745]]  | {{colonoscopy}}     | 09:40 | no {{AER}} cycle logged
        {{CF-HQ190L}} #2   | [[case_reference:CG1740028]]  | {{colonoscopy}}     | 11:05 | OK
        What happened: colonoscope #2 appeared to have been used on the 11:05 patient without a
        recorded {{AER}} cycle after the 09:40 case. [[name:Deniz Aydın]] checked the washer's own
        log, which shows a full cycle at 10:52 under a different scope ID - the {{RFID}} tag had been
        misread. {{Microbiology}} advised risk very low; both patients have been told.
        Reported by [[name:Ollie Fenwick]], {{Senior Staff Nurse}}
    """)),
    ("health", "near_miss", prose("""
        2 x Mr [[name:Khan]] on am list today ([[date:2/6]]) - [[name:Tariq Khan]] [[age:54]] for
        {{OGD}} and [[name:Tahir Khan]] [[age:61]] for {{colonoscopy}}. {{porter}} brought the wrong
        one to room 1, he answered to 'Mr [[name:Khan]]' + was happy to go in. picked up at the
        {{safety pause}} when i asked his DOB - he said [[date_of_birth:7/10/63]], list said
        [[date_of_birth:22/3/71]]. no {{sedation}} given, no harm. can we PLEASE get the
        {{name alert}} stickers back on notes + stop calling pts by surname only. also {{porters}}
        shd have the {{hospital number}} not just a name on the slip. - [[name:nkem]]
    """)),
    ("health", "success", block("""
        Day Surgery Unit - channel - [[date:Friday 27 June]]
        [[name:Yusuf Demir]]: just want to say - Mrs [[name:Pennington]] (the lady with a {{learning disability}} who has cancelled twice) had her {{dental extractions}} under {{GA}} today and it went perfectly
        [[name:Yusuf Demir]]: [[name:Ffion]] did a {{desensitisation visit}} with her last week, let her sit in the {{anaesthetic room}}, and we put her first on the list with her carer [[name:Dolores]] in the room till she was asleep. {{reasonable adjustments}} ftw
        [[name:Ffion Griffiths]]: aw thanks! the {{LD liaison nurse}} [[name:Kerry-Ann]] did all the planning tbh
        [[name:Abena Owusu]]: lovely. putting it in the {{Learning from Excellence}} log
    """)),
    ("health", "incident", block("""
        From: [[email:endoscopy.secretaries@castlegate.nhs.uk]]
        To: Dr [[name:Magnus Eriksen]]
        Date: [[date:3 March 2025]]
        Subject: INCIDENT - results letter sent to previous GP - [[name:Hyacinth Clarke]]

        Dr [[name:Eriksen]],

        Mrs [[name:Clarke]]'s {{colonoscopy}} report from [[date:6 February]], which recommended
        {{iron}} replacement and {{surveillance}} in 3 years, was sent to
        [[organisation:Brookside Medical Practice]] although she moved to
        [[organisation:Tanners Lane Surgery]] in {{November}}. {{PAS}} had not been updated from the
        {{Spine}}. Her new GP only found out when she asked why nobody had started her on
        {{ferrous fumarate}}; her {{Hb}} had dropped to 84. Treatment has now started.
        NHS no [[nhs_number:429 707 4087]]. Datix [[case_reference:W90127]] completed.

        Kind regards,
        [[name:Lorraine]]
        {{Medical Secretary}} to Dr [[name:Eriksen]]
    """)),
    ("health", "near_miss", block("""
        Telephone pre-assessment - call notes (verbatim where possible)
        Date: [[date:24/06/2025]] | Nurse: [[name:Pádraig]] | Pt: [[name:Amber Lowthwaite]], [[age:38]] | NHS [[nhs_number:261 122 7381]]
        N: Hi, is that [[name:Amber]]? It's the {{pre-assessment nurse}} from [[organisation:Castlegate Hospital]] about your operation on {{Friday}}.
        P: Yes, that's me.
        N: Any allergies at all?
        P: Just {{plasters}}. Oh, and {{penicillin}}, I come out in a rash.
        N: That isn't on your referral - thank you. Anything else changed since clinic?
        P: I'm pregnant. About eight weeks.
        Notes: listed for {{laparoscopic cholecystectomy}} with {{co-amoxiclav}} prophylaxis
        already on the {{drug chart}}. {{Surgeon}} informed, procedure postponed, allergy added to {{EPR}}.
        Neither fact was in the {{clinic letter}}.
    """)),
    ("health", "success", prose("""
        Learning from Excellence nomination. On the evening of [[date:19 March]],
        [[name:Blessing Chukwu]], a {{healthcare assistant}} on the {{Day Surgery Unit}}, was
        discharging a [[age:44-year-old]] man after {{knee arthroscopy}} under {{GA}}. His named escort
        arrived and [[name:Blessing]] noticed slurred speech and a strong smell of alcohol. She
        politely asked the escort to wait in the {{discharge lounge}}, told the {{nurse in charge}},
        and arranged for the patient to stay until his sister could collect him at 21:30. She
        documented everything clearly and stayed 40 minutes after her shift to hand over. The patient
        later wrote to {{PALS}} to say how discreet she had been. Nominated by
        [[name:Greta Holm]], {{Deputy Sister}}.
    """)),
    ("health", "incident", prose("""
        Night handover [[date:13/08]]: readmitted via {{ED}} - Mr [[name:Conor Rafferty]], [[age:72]],
        hosp no [[case_reference:CG5539120]] - had {{EMR}} of a 30mm {{caecal polyp}} on our list
        [[date:11/08]]. Re-presented with {{PR bleeding}}, {{Hb}} 96 -> 71, needed 2 units and a
        repeat scope with {{clips}}. Key issue: he is on {{clopidogrel}} and restarted it the next day
        because the discharge letter said "restart all meds". The {{post-polypectomy}} leaflet was not
        given and his wife says no one told them what to look out for. He is on
        [[organisation:Fleming Ward]] bed 12, stable. Datix to follow. - [[name:Marguerite]]
    """)),
    ("health", "success", block("""
        Card received on {{Endoscopy}}, [[date:2 September]] (typed up for the good news board):

        "To [[name:Abdul]], [[name:Hanna]] and the lady with the purple glasses (we think [[name:Bev]]?) -
        thank you for looking after my mum [[name:Gladys]] on her {{colonoscopy}} day. She has
        {{dementia}} and was terrified. You let me stay with her, put her old films on the
        {{TV}} in the {{recovery}} bay, and [[name:Abdul]] held her hand the whole way. She has no
        memory of being scared at all. Love from [[name:Pauline]] and [[name:Gladys]] x"

        Staff: [[name:Abdul Rahman Siddiqui]] ({{Endoscopy Nurse}}), [[name:Hanna Virtanen]] ({{HCA}}),
        [[name:Beverley Quayle]] ({{Nurse Endoscopist}})
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        nights [[date:wed 9th]] - {{line}} found one of our torches wedged in the LH {{MLG}} bay on
        [[aircraft_registration:G-NFRJ]] during the {{daily check}} on the {{ramp}} this am. its
        one of OURS, etched w the kit no. {{tool control}} sheet showed it signed back in by
        [[name:dave h]] at 05:50 on the {{shadow board}} - turns out someone had put a different
        torch in the slot. aircraft had flown 2 sectors ([[flight_number:SY412]] /
        [[flight_number:SY413]]) with it sat in there. no damage found, {{B1}} [[name:kofi]] did a
        detailed insp of the bay + {{hydraulic}} lines. {{MOR}} raised. we have to stop tools being
        swapped between kits, its happening every week. [[name:jb]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:16 January 2025]] at about 02:30, during a {{wheel and brake change}} on {{E175}}
        [[aircraft_registration:G-LRKC]] in {{Bay 2}}, {{B1 engineer}} [[name:Rajesh Pillai]] was
        issued a {{brake assembly}} from {{Stores}} with the correct base part number but a
        pre-{{modification}} dash number that is not effective for this airframe according to the
        {{IPC}}. The {{EASA Form 1}} was genuine for the part issued. The {{mechanic}},
        [[name:Callum Birtwistle]], had already removed the old unit. [[name:Rajesh]] noticed the
        difference while cross-checking the {{AMM}} task, quarantined the part, and a correct unit was
        sourced from [[organisation:Aerospares Direct]] by 05:15. The aircraft made its first
        departure, [[flight_number:SKR 261]], on time. Stores report that the {{goods-in}} system
        holds both dash numbers under a single bin location. Quality notification
        [[case_reference:QN-25-031]] raised.
    """)),
    ("aviation", "success", block("""
        GOOD CATCH - nights - [[date:2nd Feb]]
        Nominee: [[name:Marta Kowalska-Reyes]] ({{mechanic}})

        While changing a {{galley oven}} on [[aircraft_registration:G-OKLR]] ({{CRJ900}}), [[name:Marta]]
        spotted chafing on a wiring loom behind the {{forward galley}} - nothing to do with her task.
        Insulation was worn through to the conductor on two wires of the {{cabin lighting}} feed where
        they rubbed on a bracket. She stopped, called the {{B2}}, [[name:Sunny Kapoor]], and the wires
        were repaired IAW the {{SWPM}}. A fleet check raised through the {{CAMO}} found the same
        chafing on two more airframes.
        Nominated by: [[name:Big Al]] ({{Shift Lead}})
    """)),
    ("aviation", "incident", block("""
        Tow incident - [[aircraft_registration:G-EMBZ]] - [[date:23/11/2024]]
        21:40  Tow from {{stand 14}} into {{Hangar 2}} begins. {{Tug}} driver [[name:Leon Marsh]],
               brake rider [[name:Anil Chaudhry]], one {{wing walker}} ([[name:Niamh]]) on the RH side.
        21:52  LH {{winglet}} contacts the hangar door frame at walking pace.
        21:53  Tow stopped by [[name:Leon]] after shouts from the {{hangar floor}}.
        22:30  Damage assessed by {{B1}} [[name:Gráinne O'Shea]]: dent and paint damage outside
               {{SRM}} limits. Aircraft {{AOG}}.
        06:00  [[flight_number:SY102]] cancelled, passengers re-accommodated.
        Contributing: one wing walker instead of two (short-staffed), door opened only 3/4 due to a
        faulty motor, poor lighting on the LH side. {{MOR}} submitted to the {{CAA}},
        ref [[case_reference:OR-24-4471]].
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - engine ground run - [[date:04/03/2025]]
        Aircraft [[aircraft_registration:G-NFRJ]] ({{E175}}), {{run-up bay}} 3. LH seat [[name:S. Achterberg]] ({{B1}}), RH seat [[name:Dmitri Volkov]] ({{B1}})
        21:14 ACFT: Ground, [[aircraft_registration:Golf November Foxtrot Romeo Juliet]], maintenance, run-up bay three, request engine runs up to {{take-off power}}
        21:14 GND: [[aircraft_registration:Foxtrot Romeo Juliet]], runs approved, report complete, {{QNH}} 1009
        21:26 GND: [[aircraft_registration:Romeo Juliet]], STOP STOP STOP, vehicle passing behind you
        21:26 ACFT: Stopping, [[aircraft_registration:Romeo Juliet]]
        21:27 GND: [[aircraft_registration:Romeo Juliet]], a {{fuel bowser}} entered your {{blast area}}, now clear
        Notes: bowser from [[organisation:Airfuel Services Ltd]] ([[vehicle_registration:FD68 KWN]]) cut
        behind the bay; the {{blast fence}} warning lights were u/s. Engine was at 70% {{N1}}.
        {{ATC}} saw it on {{CCTV}}. Nobody hurt.
    """)),
    ("aviation", "success", block("""
        From: [[name:Oluwaseun Bakare]] <[[email:s.bakare@northfell-aero.co.uk]]>
        To: All Stores; {{Quality}}
        Date: [[date:Mon 10 Mar 2025]] 08:12
        Subject: Well done [[name:Ingrid]] - suspected unapproved parts caught at goods-in

        Team,

        On [[date:Friday 7th]] [[name:Ingrid Solberg]] was booking in two {{fuel pumps}} and noticed
        that the {{Form 1}} used a different font in block 13 and the {{approval number}} didn't match
        the supplier. She quarantined both units and rang the issuing {{MRO}}, who confirmed they never
        issued that certificate. Reported to the {{CAA}} as {{SUP}}, and
        [[organisation:Transglobal Avionics Trading]] has been suspended from the
        {{approved supplier list}}. Brilliant attention to detail.

        Regards,
        [[name:Seun]]
        {{Stores Supervisor}}, [[organisation:Northfell Aero Engineering]]
        [[phone:01524 880317]]
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT ({{Part-145}} internal)
        Report No: [[case_reference:NAE-OR-0219]]
        Date: [[date:28/05/2025]]
        Aircraft: [[aircraft_registration:G-LRKC]]   Type: {{E175}}
        Flight: [[flight_number:SKR 318]]
        Reported by: [[name:Tobias Engström]] ({{B1}}, nights)
        Description: Following an {{oil replenishment}} on the No.2 engine during the {{transit check}},
        the {{oil tank}} cap was not fully latched. {{Certifying staff}} signed the {{CRS}} on the basis
        of the mechanic's stamp. About 30 minutes into the climb the crew got an oil quantity caution,
        the {{first officer}} confirmed a steady drop, and the {{Captain}} returned to base with the
        engine running normally. Approx 5 quarts lost. Mechanic [[name:Cosmin]] had been called away
        to another aircraft mid-task.
        Action: {{MOR}} raised; {{AMM}} task to have an added independent check of the cap.
    """)),
    ("aviation", "near_miss", block("""
        [[date:19/06/2025]], 03:12 - [[name:Deano]]: who did the {{duplicate inspection}} on the {{elevator}} cable tension on [[aircraft_registration:G-NFRJ]]? card 14 not stamped and its on the pile for {{CRS}}
        [[date:19/06/2025]], 03:14 - [[name:Priyanka B]]: not me, i did the {{flap}} rigging
        [[date:19/06/2025]], 03:15 - [[name:Mark Tully]]: [[name:Gaz]] did the task, he went home sick at 1
        [[date:19/06/2025]], 03:15 - [[name:Deano]]: so nobody has done the {{dupe}}. she's off at 06:10 on [[flight_number:SY208]]
        [[date:19/06/2025]], 03:16 - [[name:Mark Tully]]: ill do it now, im {{B1}} and wasnt involved in the task
        [[date:19/06/2025]], 03:52 - [[name:Mark Tully]]: done, tension in limits, one {{locking wire}} redone. stamped
        [[date:19/06/2025]], 03:53 - [[name:Deano]]: cheers mate. raising it as a {{near miss}}, {{handover}} never said the dupe was outstanding
    """)),
    ("aviation", "success", block("""
        Safety Review Board - minutes - [[date:12 June 2025]]
        Present: [[name:Catriona MacLeod]] ({{Quality Manager}}), [[name:Hakan Yıldız]] ({{Base Maintenance Manager}}),
        [[name:Will Ashdown]] ({{Stores}}), [[name:Grace Oduro]] ({{Planning}}), [[name:Jiří Novák]] ({{B1}}, nights rep)
        Apologies: [[name:PJ]] ({{Accountable Manager}})

        2. {{Fatigue}}: since the rota change in {{February}} (max four consecutive nights),
        self-reported fatigue events fell from 9 to 2. [[name:Jiří]] said nights "feel safer".
        3. Tooling: overdue calibrations on {{torque wrenches}} now 0 (was 7). Credit to [[name:Will]]
        for the barcode booking system.
        4. {{Just Culture}}: 14 reports this quarter against 6 last quarter.
        Actions: [[name:Catriona]] to share results with the [[organisation:Skylark Regional]] {{CAMO}};
        [[name:Grace]] to plan the same rota for {{Hangar 1}}.
    """)),
    ("aviation", "incident", block("""
        Tool control - {{Hangar 1}} nights - w/c [[date:7 July 2025]]
        Date    Kit   Item                  Signed out by      Returned  Aircraft
        [[date:07/07]]   K12   {{10mm socket}}           [[name:D. Farrugia]]        NO        [[aircraft_registration:G-OKLR]]
        [[date:08/07]]   K04   {{inspection mirror}}     [[name:Olu]]                YES       [[aircraft_registration:G-EMBZ]]
        [[date:09/07]]   K12   {{speed brace}}           [[name:D. Farrugia]]        YES       [[aircraft_registration:G-OKLR]]
        Notes: the K12 socket was not reported missing at the end of the [[date:07/07]] shift because
        the kit check was skipped to meet the 05:45 release. It was found on [[date:10/07]] in the
        No.1 {{engine cowl}} during a {{borescope}} inspection, after 11 sectors. No damage found.
        {{Tool control}} procedure to be re-briefed and {{end-of-shift kit check}} made a hard stop.
        - [[name:Ahmed Saleh]], {{Shift Lead}}
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER - days -> nights - [[date:Sun 17 Aug]]
        [[aircraft_registration:G-EMBZ]] ({{E190}}) - {{A-check}}, day 2 of 3
        - Cards 31-40 done and stamped.
        - {{Access panel}} 192BL: day shift card shows closed + stamped, BUT [[name:Yaw]] found 6
          fasteners only finger tight at 19:20 when he went in for the {{fuel}} leak check. Now torqued.
          The card had been split between [[name:Imran]] (opened) and [[name:Kasia]] (closed) without
          a {{stage sheet}}.
        - {{APU}} still on {{MEL}} item 49-11, parts due Tue.
        [[aircraft_registration:G-OKLR]] - on {{stand 9}}, {{daily check}} only.
        Handed over by [[name:Nico Ferrante]] to [[name:Sam]] ({{Shift Lead}}).
        Please double-check every panel closure on [[aircraft_registration:G-EMBZ]] before {{CRS}}.
    """)),
    ("aviation", "success", prose("""
        A big thank you from [[organisation:Skylark Regional]] {{Ops Control}} to the {{night team}} at the
        {{hangar}}. After a {{bird strike}} on the evening of [[date:14 April]],
        [[aircraft_registration:G-OKLR]] came in with a dented {{radome}} and we were expecting to
        lose it for two days. [[name:Femke]], [[name:Bogdan]] and [[name:Pat]] had the
        {{radome}} changed, the {{weather radar}} tested and the aircraft released by 05:30, so
        [[flight_number:SY 501]] left on time with a full load, including a {{school trip}}. The
        {{Captain}} asked me to pass on her thanks too. Really appreciated.
        [[name:Nadia Haddou]], {{Duty Operations Manager}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gareth Pugh]] <[[email:gareth.pugh@northfell-aero.co.uk]]>
        To: {{Safety Office}}
        Date: [[date:Thursday 21 August 2025]] 07:05
        Subject: Injury - flap movement with {{hydraulic rig}} connected - [[aircraft_registration:G-LRKC]]

        At about 02:40 the {{hydraulic ground rig}} was left pressurised after a {{leak check}} on the
        No.2 system. A {{flap}} selection was made from the {{flight deck}} by an {{avionics}}
        engineer testing an unrelated fault, and the LH flaps extended while [[name:Ewan]], a
        {{mechanic}}, was working on the {{flap track}} fairing. He got his hand out but has a deep cut
        to two fingers and went to [[organisation:Fellside General Hospital]] in a taxi. No {{DO NOT OPERATE}}
        tag was on the flap lever and the rig was not in the shift {{log}}.
        Ref [[case_reference:HS-2025-088]].

        [[name:Gareth]]
        {{Night Shift Supervisor}}
    """)),
    ("aviation", "near_miss", prose("""
        near miss tonight ([[date:1/9]]) - doing the {{tyre pressure}} top up on the nose gear of
        [[aircraft_registration:G-NFRJ]] w the {{nitrogen cart}}. regulator gauge said 150 psi but
        the {{tyre gauge}} was reading 205 and climbing, {{regulator}} had crept open. stopped, bled
        down to limits. if [[name:liam]] hadnt cross checked w the handheld gauge that tyre could
        have gone, and he was kneeling right next to it. cart is now tagged u/s and in the {{GSE}}
        corner. can we get the carts on the same {{PPM}} as the {{tooling}}? nobody seems to own them.
        - [[name:Tomek]] ({{B1}})
    """)),
    ("aviation", "success", prose("""
        Learning review: {{APU}} trend detection on the {{E175}} fleet. During the night shift of
        [[date:3 September 2025]], {{B1}} [[name:Adaeze Nwosu]] noticed that three {{APU}} start
        faults on [[aircraft_registration:G-LRKC]] had each been cleared as "no fault found" after a
        reset. She pulled the {{maintenance log}} history for the fleet and found the same pattern on
        [[aircraft_registration:G-NFRJ]]. She raised it with {{Technical Services}}, who linked it to a
        batch of {{igniter plugs}} from one supplier. Both units were changed before any in-service
        start failure, which would have left the aircraft unable to dispatch from outstations without
        {{ground power}}. Her report, ref [[case_reference:TS-25-117]], is now used as an example in
        {{continuation training}}. Reviewed by [[name:Hakan]], {{Base Maintenance Manager}}.
    """)),
    ("aviation", "incident", block("""
        Teams - Maintenance Control - [[date:Tue 30 Sep]]
        [[name:Hollie Grant]] 06:41
        [[aircraft_registration:G-EMBZ]] went out on [[flight_number:SKR 144]] with {{MEL}} 30-21-01 (wing anti-ice valve) past its {{rectification interval}}. expired at midnight
        [[name:Raj P]] 06:43
        how did that get past the {{CRS}}??
        [[name:Hollie Grant]] 06:44
        the {{deferred defect}} list on the {{tech log}} printout was from yesterday's download. nights didn't see the expiry
        [[name:Raj P]] 06:46
        ok - ring the {{Captain}} via ops before the return sector. {{CAMO}} need to know now
        [[name:Hollie Grant]] 07:10
        aircraft grounded at outstation, replacement {{valve}} being flown out. {{MOR}} to follow, ref [[case_reference:MC-0930-02]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind271", REPORTS))
