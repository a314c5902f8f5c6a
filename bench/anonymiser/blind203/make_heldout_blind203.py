"""Held-out blind corpus 203: hand-written UK incident, near-miss and learning reports.

Settings (all people, places and numbers invented):
- social_care: a local authority virtual school for looked-after children, personal education
  plans (PEPs), designated teachers, foster carers, Pupil Premium Plus, suspensions and school moves;
- health: a paediatric diabetes team (insulin pumps, CGM, DKA, hypos, school care plans);
- aviation: a helicopter flight training school (R22/R44/Cabri, instructors, students, ATC, tech log).

Styles: rushed lower-case notes with typos and text-speak, chronologies with times and initials,
quoted speech, e-mails with headers and signatures, Teams/WhatsApp chat exports, handover notes,
pipe and tab tables, minutes with attendance and apologies, debriefs, shout-outs and thank-you
notes, forms with Name/DOB/Ref fields, RT transcripts and tech log entries.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind203.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        pep mtg for [[name:kayden]] didnt happen AGAIN today, 2nd time this term. {{sw}} [[name:marcia]] off sick
        and nobody told school or us. {{dt}} at [[organisation:Brookfield Academy]] rang 10.40 v cross, said "we
        have cleared the diary twice for this child". carer [[name:bev]] had pulled him out of {{maths}} for it and
        hes {{Year 9}} so he noticed + was upset after. ive rebooked for [[date:14/11]] 2pm and emailed {{TM}}. can
        {{duty}} pls cover {{PEP}}s when the allocated sw is off, this keeps happening. also {{ePEP}} still shows his
        old school from b4 the move so the {{DT}} couldnt even see last terms targets. [[name:KB]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Harriet Oyelaran-Brooks]] <[[email:h.oyelaran-brooks@northmere.gov.uk]]>
        To: VS Incidents <[[email:vs.incidents@northmere.gov.uk]]>
        Sent: [[date:Tuesday 3 October 2023]] 16:12
        Subject: near miss - draft PEP nearly went to wrong school

        Hi all,

        Flagging a near miss. I went to send the {{autumn}} {{PEP}} draft for [[name:Tiegan Marsh]] to her
        {{designated teacher}} and the address book auto-filled [[email:d.marsh@hollinsfield.sch.uk]] (a different
        [[name:Marsh]], no relation, at [[organisation:Hollinsfield Primary]]) instead of the {{DT}} at
        [[organisation:St Aidan's C of E High]]. I only noticed because the preview said "Mr [[name:D Marsh]]".
        Nothing was sent. Suggest we switch off {{autocomplete}} for external addresses on {{PEP}} e-mails?

        Thanks
        [[name:Harriet Oyelaran-Brooks]]
        {{Education Advisor}} ({{Key Stage 4}}), [[organisation:Northmere Virtual School]]
        [[phone:01632 960418]] | mob [[phone:07700 900731]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Grace]] in the {{post-16 team}} and [[name:Jonno]] ([[name:Jonathan Asante]]) from
        [[organisation:Carrow Lane Foster Care]] for getting [[name:Dami]] enrolled at [[organisation:Westbridge
        College]] in under a week after his {{placement move}}. He turned up on day one with a laptop, a {{bus pass}}
        and a {{Pupil Premium Plus}} funded {{mentor}} already in place. When I asked him how it went he said "it's
        actually alright, the tutor knows my name already". [[name:Grace]] also chased his {{16-19 bursary}} with
        his {{personal adviser}} so he wasn't out of pocket. This is what a good {{PEP}} looks like!! - [[name:Mo]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - suspension of looked-after pupil, carers nearly not notified
        Pupil: [[name:Leo Wiśniewski]]  Yr 8  [[organisation:Oakham Park School]]
        [[date:07/03/24]]
        08:50  incident in corridor, [[name:LW]] pushed a {{TA}}
        09:30  {{HoY}} ([[name:SP]]) decides 3 day {{suspension}}
        09:45  letter drafted to birth mum at old address [[address:22 Fenner Close, Northmere]] [[postcode:NM4 7HD]]
        10:20  {{DT}} [[name:R. Mahmood]] checks {{ePEP}}, sees {{care order}} + carer details, stops letter
        10:35  [[name:RM]] rings VS {{duty line}}, speaks to [[name:Siobhan]] ([[name:SOB]])
        10:50  [[name:SOB]] confirms no contact with birth mum re school, letter redone to carers
        11:30  {{social worker}} [[name:Pete Adeyemi]] informed, agrees to reconsider {{suspension}} at {{PEP}} review
        Learning: school {{MIS}} still held mum as priority contact. {{Data manager}} now fixed.
    """)),
    ("social_care", "incident", block("""
        Teams chat export - VS Finance channel - [[date:19 Jan 2024]]
        [09:14] Carla Nunes: morning, has anyone got the {{PP+}} sheet open? [[organisation:Larkhill Junior]] say they
        never got the £600 for [[name:Amara]]
        [09:16] Gaz: i think i did the {{transfer}}
        [09:21] Gaz: oh no. it went to [[organisation:Larkhill Infants]] not Juniors, same {{trust}}, similar code
        [09:22] Carla Nunes: 🙈 ok so [[name:Amara]] has been without her {{speech and language}} sessions since
        {{half term}}
        [09:30] Gaz: ill ring the {{business manager}} at the infants now and ask for it back
        [09:41] Carla Nunes: logged as {{incident}}, ref [[case_reference:VS-FIN-0117]]. {{PP+}} codes need a
        {{second check}} before release pls
    """.replace("Carla Nunes:", "[[name:Carla Nunes]]:").replace("Gaz:", "[[name:Gaz]]:"))),
    ("social_care", "success", block("""
        PEP Quality Assurance Panel - minutes - [[date:12.02.2024]]
        Present: [[name:Ruth Kowalczyk]] (Virtual School Head, chair), [[name:Abdi Farah]] (EP),
        [[name:Hope Lindqvist]] ({{IRO}}), [[name:Sunny Bhamra]] ({{Education Advisor}}), [[name:Tash]] (minutes)
        Apologies: [[name:Gerard McAllister]] ({{CAMHS}} link), [[name:Faith Oduya]]
        1. Audit results: 41 {{PEP}}s sampled, 34 rated good or better (up from 22 in {{autumn}}). [[name:RK]]
           thanked the {{advisors}} - the new {{SMART targets}} template is working.
        2. Example shared by [[name:Hope]]: [[name:Kezia]] at [[organisation:Marlowe Grove Primary]] - voice of the
           child section written in her own words, "I want to be a vet and I need help with times tables".
        3. Actions: [[name:SB]] to share template with {{designated teachers}} network; [[name:AF]] to run
           {{attachment-aware}} training in the {{summer term}}.
    """)),
    ("social_care", "near_miss", block("""
        {{16-19 BURSARY}} REFERRAL (returned to sender - {{near miss}})
        Name: [[name:Callum O'Rourke-Dunne]]
        DOB: [[date_of_birth:02/09/2007]]
        NI No: [[ni_number:JH 48 27 19 C]]
        Ref: [[case_reference:CLA/22/04481]]
        College: [[organisation:Tarnfield Sixth Form College]]
        Submitted by: [[name:Will Ebanks]], {{personal adviser}}

        Note from {{VS admin}} ([[name:Lucy]]): form arrived with another young person's {{bank details}} stapled to the
        back ({{sort code}} + account for a [[name:J. Pryce]]). Spotted before going to the college {{finance office}}.
        Sheet shredded, [[name:Will Ebanks]] informed, {{DPO}} advised, no disclosure. Asked {{leaving care}} to
        scan forms one at a time rather than batch.
    """)),
    ("social_care", "incident", prose("""
        On [[date:23 May 2024]] the {{PEP}} document for [[name:Ellie-Mae Thornton]] ([[age:11]]) was uploaded to the
        parent portal of [[organisation:Castlegate Primary]] so her birth father could view "school progress". The
        {{PEP}} contained the foster carers' names ([[name:Joy]] and [[name:Martin Clegg]]), their address
        ([[address:Rose Cottage, 4 Mill Lane, Aston Fields]], [[postcode:NM9 2QT]]) and a mobile number
        ([[phone:07700 900184]]). Father has {{supervised contact}} only and the address is confidential under the
        {{care plan}}. The school {{office manager}} removed it after 40 mins when [[name:Joy]] rang. The {{social
        worker}}, [[name:Dev Chauhan]], completed a {{risk assessment}}; a {{placement move}} was discussed but not
        needed. The {{ePEP}} export has no "restricted" flag, so schools treat it as a normal report. Escalated to
        [[organisation:Northmere Virtual School]] leadership and {{LADO}} not required.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. [[name:Marcus]] came into care in {{Year 10}} having missed most of {{Year 9}}.
        His {{designated teacher}}, [[name:Mrs Fenwick]], and our advisor [[name:Bill Tran]] met weekly for the first
        six weeks rather than waiting for the termly {{PEP}}. {{Pupil Premium Plus}} paid for a {{one-to-one tutor}}
        in English and {{maths}}. The {{foster carer}} ([[name:Paulette]]) did reading with him every evening. In
        [[date:August 2024]] he got grade 5s in both and a place at [[organisation:Harrowby College]] on the
        engineering course. [[name:Marcus]] said at his review, "nobody gave up on me this time". Key learning: front
        load support in the first term of care; do not wait for {{LAC review}} cycles.
    """.replace("[[name:Mrs Fenwick]]", "Mrs [[name:Fenwick]]"))),
    ("social_care", "near_miss", block("""
        WhatsApp - Carers & VS transport group
        [07:52] Sandra (carer): {{taxi}} not here for [[name:Tyler]] again, {{school}} starts 8.40
        [07:58] Nadia VS: chasing now sorry
        [08:03] Sandra (carer): car here says for "Taylor" not [[name:Tyler]]?? reg [[vehicle_registration:KX19 HBN]]
        [08:04] Sandra (carer): not letting him go
        [08:10] Nadia VS: good call. wrong booking, that driver was for a different child in {{Year 4}}.
        correct car is a silver {{Skoda}} [[vehicle_registration:MF68 ZTP]], driver [[name:Imran]], 10 mins
        [08:25] Sandra (carer): hes in. thx
        Note: transport firm had 2 similar names on same run. Raised with {{commissioning}}, {{DBS}} checked ok.
    """.replace("Sandra (carer):", "[[name:Sandra]] ({{carer}}):").replace("Nadia VS:", "[[name:Nadia]] VS:")
       .replace('"Taylor"', '"[[name:Taylor]]"'))),
    ("social_care", "incident", block("""
        HANDOVER - VS {{duty}}, {{Fri pm}} -> Mon
        * [[name:Precious]] ([[organisation:Kingsmoor High]]) - {{managed move}} fell through today, not in school
          Mon. {{sw}} [[name:Ayo]] aware. Needs {{alternative provision}} offer asap, 3rd day would breach 6th day rule.
        * [[name:Oskar N]] - {{EHCP}} {{annual review}} Tues, {{SENCO}} wants VS there, no one booked. INCIDENT: this
          was missed last yr too and the {{EHCP}} lapsed wording stayed in for 8 months.
        * [[name:precious]] carer rang 4.55 upset - "she's been sat in {{reception}} all day with no work"
        * {{laptop}} for [[name:Dylan-James]] still not delivered, chase [[organisation:Brightside IT Ltd]] on
          [[phone:0113 496 0372]]
        - [[name:Lou]]
    """)),
    ("social_care", "success", prose("""
        thank u card from a {{young person}}, copied here with permission (name removed on the card, added by me for
        our records): "dear [[name:Sunil]] and [[name:Becky]] thanks for coming to all my meetings and for
        listening when i said i didnt want to move schools. i stayed at [[organisation:Fairlawn Academy]] and i got
        in the {{school play}}!!" - [[name:Bex]] and [[name:Sunil]] argued at the {{PEP}} and the {{LAC review}} that a
        {{school move}} would be the 4th in 2 years. {{IRO}} agreed. {{Transport}} funded from {{PP+}}. lovely to get
        this on a {{wet Monday}} :)
    """)),
    ("social_care", "near_miss", block("""
        Child missing education - chronology (near miss)
        YP: [[name:Nasrin Haidari]], [[age:14]], {{UASC}}, placed out of area [[date:1 Sept]]
        [[date:02/09]] new placement in [[organisation:Coldharbour]]; VS advisor [[name:TF]] sends {{in-year admission}}
        [[date:09/09]] no school place. [[name:TF]] chases {{admissions}}, no reply
        [[date:16/09]] {{IRO}} [[name:Mark Ellery]] asks at {{LAC review}} why no school. [[name:Mark]] escalates
        [[date:17/09]] 14:15 [[name:TF]] realises form went to old {{LA}} e-mail
        [[date:17/09]] 15:00 [[name:Tamsin Fell]] rings {{admissions}} direct, place at [[organisation:Ridgeway School]]
        [[date:19/09]] [[name:Nasrin]] starts, {{interpreter}} booked ({{Dari}})
        Learning: out-of-area admissions need a phone call, not just a form.
    """)),
    ("social_care", "incident", block("""
        Termly PEP return - error found after submission
        {{Advisor}} | {{Child}} | School | {{PEP date}} | Status
        [[name:SB]] | [[name:A.K.]] | [[organisation:Marlowe Grove Primary]] | [[date:04/10]] | complete
        [[name:SB]] | [[name:Jaylen Morris]] | [[organisation:Kingsmoor High]] | - | {{overdue}}
        [[name:Hope]] | [[name:Zainab]] | [[organisation:St Aidan's C of E High]] | [[date:11/10]] | complete
        [[name:Gaz]] | [[name:R.D.]] | [[organisation:Oakham Park School]] | [[date:20/09]] | complete
        Issue: return to the {{DfE}} {{SSDA903}} team showed 96% {{PEP}} completion. [[name:Jaylen Morris]] was
        counted as complete because the {{spreadsheet}} formula picked up last year's date. {{Virtual School
        Head}} corrected the figure to 93% and told the {{Corporate Parenting Board}}.
    """)),
    ("social_care", "near_miss", prose("""
        tutor from agency turned up at {{carers}} house [[address:58 Beeches Road]] 4pm for [[name:Aleksander]] but
        {{agency}} hadnt sent {{DBS}} to us + carer [[name:mel]] didnt know he was coming. [[name:mel]] kept him in
        the {{kitchen
        door}}, rang me. i checked, his {{DBS}} is fine but we had no record. rang agency ([[organisation:BrightStart
        Tutors]]) they said "we always send it on the day". NOT OK. told them no tutor goes to a {{placement}}
        without us seeing {{DBS}} + {{safeguarding}} training first. nothing happened thankfully. {{TM}} aware.
    """)),
    ("social_care", "success", block("""
        #vs-team ({{Slack}})
        Faye H: can i just say [[name:Olu]] absolute star today
        Faye H: [[name:Kai]]'s school wanted to {{permanently exclude}}, Olu got the {{HT}}, {{sw}} and {{CAMHS}}
        round a table by {{2pm}} and they agreed a {{part-time timetable}} with a review in 2 wks instead
        Olu A: team effort! [[name:Kai]] said "so I'm not kicked out?" and actually smiled
        Ruth K: brilliant. pls write up for the {{Ofsted}} {{evidence file}}, {{ILACS}} due this yr
    """.replace("Faye H:", "[[name:Faye H]]:").replace("Olu A:", "[[name:Olu A]]:")
       .replace("Olu got", "[[name:Olu]] got").replace("Ruth K:", "[[name:Ruth K]]:"))),
    ("social_care", "incident", prose("""
        Incident summary, ref [[case_reference:DATIX-SC-40219]]. During a {{routine audit}} the {{Education Advisor}}
        found that the spring {{PEP}} for [[name:Roisin Gallagher]] (DOB [[date_of_birth:17.06.2012]]) contained
        three targets and a paragraph of "{{voice of the child}}" copied from another pupil's plan, including the other
        child's first name, [[name:Shay]], and his diagnosis of {{ADHD}}. The plan had been shared with
        [[name:Roisin]]'s {{foster carer}} and her {{IRO}}. The {{designated teacher}} at [[organisation:Greyfriars
        Middle School]], [[name:Mr Okonkwo-Lewis]], said the {{template}} had been "saved over" from a sibling
        group meeting. Both families were informed on [[date:2 April 2024]]. Learning: {{ePEP}} should not allow
        copying of free text between children.
    """.replace("[[name:Mr Okonkwo-Lewis]]", "Mr [[name:Okonkwo-Lewis]]"))),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt [[name:alfie]] [[age:9yo]] on {{omnipod}} came in via ED 02:30 in {{DKA}} pH 7.14 ketones 5.2. mum said
        "the pod alarmed at tea time and we just changed it" but no {{long acting}} backup and new pod never
        primed properly seems like, bloods rising all eve. mum had no {{sick day rules}} sheet, says never given one.
        on {{BSPED}} {{DKA}} protocol by 03:15, {{PICU}} not needed. doc on was [[name:dr sanchez]] (reg). need to
        check if {{DSN}} [[name:lou]] did pump start ed with this family. hosp no [[case_reference:RH0448712]]
    """.replace("[[name:dr sanchez]]", "dr [[name:sanchez]]"))),
    ("health", "near_miss", block("""
        Near miss - 10x insulin dose (caught)
        [[date:Sat 17/08/24]] - Ward 7 (children's)
        17:40 [[name:HK]] ({{SN}}) prepares {{Novorapid}} correction for bed 4 ([[name:Ibrahim]], [[age:6]]), chart 0.5u
        17:42 [[name:HK]] draws 5 units into {{syringe}} - misread decimal on {{handwritten chart}}
        17:45 {{second checker}} [[name:Precious Mensah]] ([[name:PM]]) asks "that's a lot for him isn't it?"
        17:46 checked chart together, 0.5u confirmed with {{reg}} on phone
        17:50 correct dose given, BG 15.1 -> 9.8 by 19:00
        Actions: {{insulin}} charts to be prescribed on {{EPMA}} only; {{half-unit pen}} for <10kg/low doses.
        Reported by: [[name:Harj Kaur]]
    """)),
    ("health", "success", prose("""
        Huge shout out to [[name:Sinéad]] our {{DSN}} who went into [[organisation:St Barnabas Primary]] three times
        this half term to train staff for [[name:Maisie]] on her new {{Dexcom G7}} and {{t:slim}} pump. The {{head}}
        told me "we were terrified before and now the {{TAs}} are arguing over who gets to do the {{carb
        counting}}". No {{hypos}} needing {{glucagon}} since. Mum ([[name:Kirsty]]) says [[name:Maisie]] is eating
        lunch with friends again instead of in the office. - [[name:Dr Adebayo]]
    """.replace("[[name:Dr Adebayo]]", "Dr [[name:Adebayo]]"))),
    ("health", "near_miss", block("""
        From: [[name:Jess Whitcombe]] <[[email:jessica.whitcombe@nhs.net]]>
        To: [[email:paeds.diabetes.team@nhs.net]]
        Date: [[date:9 Jan 2025]] 11:03
        Subject: nearly shared Clarity data with wrong family

        Hi team, quick one for the log. I was about to send the {{Dexcom Clarity}} clinic {{sharing code}} to
        [[name:Freya Nolan]]'s dad and realised the code in my notes was for [[name:Freya Newland]] (same {{clinic
        list}}, both {{G6}}, both on {{Tresiba}}). Had I sent it, the Nolan family would have seen another child's
        {{CGM}} data. Caught because the {{DOB}} didn't match.
        Could we add {{NHS number}} to the clinic code list instead of first names?

        Jess
        [[name:Jess Whitcombe]] | {{Paediatric Diabetes Specialist Nurse}}
        [[organisation:Riverside Children's Diabetes Service]] | [[phone:0161 496 0527]] (Mon-Thu)
    """.replace("the Nolan family", "the [[name:Nolan]] family").replace("Jess\n", "[[name:Jess]]\n"))),
    ("health", "incident", block("""
        DKA timeline - [[name:Zara Ahmed-Quinn]], [[age:13]], [[nhs_number:303 512 1184]]
        [[date:14/02/2025]]
        19:05 arrives ED with mum, vomiting, ketones 6.1, pH 7.02 ({{severe DKA}})
        19:20 {{ED reg}} ([[name:TO]]) starts {{fluids}} - 20ml/kg bolus given (guideline says 10ml/kg, no shock)
        19:55 paeds reg [[name:Yusuf]] reviews, stops 2nd bolus
        20:30 {{insulin infusion}} started at 0.1 units/kg/h
        22:10 Na corrected rising, headache c/o -> {{neuro obs}} hourly
        23:40 [[name:Consultant Lovell]] attends, {{mannitol}} not needed, {{HDU}} bed
        Learning: ED still using old {{BSPED}} 2015 sheet. New {{DKA calculator}} link sent to ED leads.
        Datix [[case_reference:W-88123]]
    """.replace("[[name:Consultant Lovell]]", "{{Consultant}} [[name:Lovell]]"))),
    ("health", "near_miss", block("""
        WhatsApp - mum & DSN (shared with consent)
        [12:31] Kemi: school just rang, [[name:Tobi]] 2.9 in {{PE}}, they gave him {{lucozade}}
        [12:33] Kemi: the libre said 6 though??
        [12:34] Angie DSN: ok he's safe. recheck in 15 mins with a {{finger prick}} not the sensor pls
        [12:50] Kemi: 5.4 now and he's fine, eating {{sandwiches}}
        [12:52] Angie DSN: sensor lags in exercise. {{school care plan}} says fingerprick if symptoms, they did right
        [12:53] Kemi: was scary tho, the {{TA}} said "he went white as a sheet"
    """.replace("Kemi:", "[[name:Kemi]]:").replace("Angie DSN:", "[[name:Angie]] {{DSN}}:")
       .replace("the libre", "the {{libre}}"))),
    ("health", "success", prose("""
        Debrief after a difficult night: [[name:Nathaniel]] ([[age:15]]) admitted in {{moderate DKA}} after his
        {{Medtronic 780G}} {{cannula}} kinked. Night team ([[name:Ife]], [[name:Ollie P]], [[name:Sister Reid]])
        followed the pathway exactly, {{fluid balance}} and {{capillary ketones}} hourly, no {{hypokalaemia}}.
        [[name:Nathaniel]] was back on his pump by 14:00 next day and {{auto mode}} resumed. He said "the night nurses
        explained everything, I actually know what DKA is now". What went well: the {{DKA box}} on the ward was fully
        stocked and the {{insulin pump}} {{safety checklist}} was used at handover.
    """.replace("[[name:Sister Reid]]", "{{Sister}} [[name:Reid]]").replace("what DKA", "what {{DKA}}"))),
    ("health", "incident", block("""
        INCIDENT FORM
        Patient name: [[name:Theo Marchetti]]
        DOB: [[date_of_birth:30/11/2016]]
        NHS No: [[nhs_number:594 967 3719]]
        Hospital No: [[case_reference:K2093347]]
        Address: [[address:Flat 3, Halyard House, 11 Quay Street]], [[postcode:BS1 4RW]]
        Date of incident: [[date:03/06/2025]]
        Description: family attended {{clinic}} to collect new {{insulin pump}} supplies. {{Pharmacy}} sent a box of
        {{Humulin I}} instead of {{Humalog}} cartridges. Dad ([[name:Luca]]) noticed the label at home and rang
        the {{on-call}} line before filling the {{pump reservoir}}. No harm.
        Reported by: [[name:P. Nwosu]], {{Pharmacy technician}}
        Severity: {{no harm}} / {{near miss}} - recorded as incident because it left the building
    """)),
    ("health", "near_miss", prose("""
        handover nights -> days {{bay 2}}. [[name:Ruby]] (bed 9, [[age:7]]) {{T1}} {{newly dx}}, on {{basal
        bolus}}, {{hypo}} 3.1
        at 04:00 treated per protocol. NB nearly given her 02:00 {{correction dose}} twice - day team gave it at
        22:00 on the {{paper chart}} AND the {{EPMA}}, nights ([[name:Dom]]) only spotted the double sign because
        [[name:Ruby]]'s mum said "they already did that one". not given. pls all check both records till the paper
        charts are gone. also [[name:Bilal]] bed 11 {{dietitian}} review today, mum ([[name:Sadia]]) wants to talk
        {{carb ratios}}.
    """)),
    ("health", "success", prose("""
        Card received on the {{unit}} from the [[name:Kowalski]] family: "To [[name:Dr Hassan]], [[name:Carys]],
        [[name:Big Mike]] the dietitian and everyone on the {{diabetes team}}, thank you for looking after
        [[name:Zofia]]
        when she was diagnosed at [[age:4]]. We were so scared. Now she tells everyone she's a '{{pump girl}}' and
        shows them her {{Omnipod}}. Special thanks to [[name:Carys]] for answering the phone at 11pm on
        [[date:Christmas Eve]]." Shared at the {{huddle}}; the {{out of hours}} {{advice line}} got a mention at the
        {{MDT}} too.
    """.replace("[[name:Dr Hassan]]", "Dr [[name:Hassan]]").replace("the dietitian", "the {{dietitian}}"))),
    ("health", "incident", block("""
        Paediatric Diabetes Governance - incident review - [[date:11/03/2025]]
        Attendees: [[name:Dr Ama Boateng]] (clinical lead), [[name:Rhian Pugh]] ({{DSN team lead}}), [[name:Mark Osei]]
        (psychologist), [[name:Leanne]] ({{dietitian}}), [[name:Grace Tindall]] ({{ward manager}})
        Apologies: [[name:Dr F. Iqbal]], [[name:Joy Maddox]]
        Item 1 - [[name:JW]] ([[age:12]]) readmitted 3rd time in 6 months with {{DKA}}. Missed 4 clinic appts,
        {{HbA1c}} 108. [[name:Mark]] has not been able to engage family. Agreed this is {{was not brought}}, not
        "DNA". [[name:Rhian]] to refer to {{MASH}} today; [[name:AB]] to write to {{GP}} at
        [[organisation:Holloway Road Surgery]].
        Item 2 - {{CGM}} supply issue, see separate log.
    """.replace("[[name:Dr Ama Boateng]]", "Dr [[name:Ama Boateng]]")
       .replace("[[name:Dr F. Iqbal]]", "Dr [[name:F. Iqbal]]")
       .replace("(clinical lead)", "({{clinical lead}})").replace("(psychologist)", "({{psychologist}})"))),
    ("health", "near_miss", block("""
        Pump clinic list - [[date:Thu 22 May]] - settings check found error before upload
        Init\tAge\tPump\t{{Basal total}}\tChecked by
        [[name:MK]]\t[[age:8]]\t{{t:slim X2}}\t6.2u\t[[name:Rhian]]
        [[name:OD]]\t[[age:14]]\t{{780G}}\t18.0u\t[[name:Rhian]]
        [[name:FB]]\t[[age:11]]\t{{Omnipod 5}}\t1.10u\t[[name:Sam]]
        Comment: [[name:FB]] {{basal}} should be 11.0u/day - decimal slipped when typed from the {{paper plan}}.
        [[name:Sam]] queried it because "that's less than a toddler". Corrected before the settings were sent to the
        {{pump rep}} for the {{Glooko}} upload. Suggest no trailing zeros policy, same as {{insulin}} prescribing.
    """)),
    ("health", "success", prose("""
        Transition story for the {{newsletter}}. [[name:Oluwaseun "Seun" Bakare]] moved to the {{young adult clinic}} at
        [[organisation:Meadowbank Diabetes Centre]] this spring after 11 years with us. We started {{joint clinics}} at
        [[age:16]], his {{HbA1c}} dropped from 79 to 58 on {{hybrid closed loop}}, and he now manages his own
        {{repeat prescriptions}}. He told the {{transition nurse}}, [[name:Faith]], "I didn't want to leave but
        you made it feel like I'm not being dumped". Learning: the {{Ready Steady Go}} questionnaire worked well; we
        should start it at 14 not 16.
    """.replace('[[name:Oluwaseun "Seun" Bakare]]', '[[name:Oluwaseun]] "[[name:Seun]]" [[name:Bakare]]'))),
    ("health", "incident", prose("""
        ok so pharmacy at [[organisation:Boots Kingsway]] gave [[name:lily-rose]] mum humulin S instead of humalog AGAIN
        (2nd time). mum didnt notice til [[name:lily-rose]] went 22 then 27 overnight, ketones 1.8. rang the on call,
        i told her to use {{pen}} from the {{fridge}} + {{sick day rules}}, fixed by am no admission. nhs no
        [[nhs_number:417 974 9211]]. emailed pharmacist [[name:Ravi]] ([[email:kingsway.pharmacy@boots-example.co.uk]])
        and GP [[organisation:Elm Tree Medical Practice]]. need {{brand name}} on all scripts pls!! - [[name:Cj]]
    """.replace("humulin S", "{{humulin S}}").replace("instead of humalog", "instead of {{humalog}}")
       .replace("the on call", "the {{on call}}").replace("ketones 1.8", "{{ketones}} 1.8")
       .replace("and GP", "and {{GP}}"))),
    ("health", "near_miss", block("""
        Teams - Paeds Diabetes on-call
        Rhys Llewellyn 18:02
        advice line is ringing through to a mobile I don't recognise?? 07700 900 562
        Nkechi 18:04
        that's the old on-call phone number, switchboard must have re-diverted after the phone swap
        Rhys Llewellyn 18:05
        a family rang me on my own phone because they had it from a letter, child ketones 2.4
        Nkechi 18:20
        switchboard fixed, new number 07700 900 918 confirmed. family OK, advice given, {{sick day rules}}
    """.replace("Rhys Llewellyn", "[[name:Rhys Llewellyn]]").replace("Nkechi", "[[name:Nkechi]]")
       .replace("07700 900 562", "[[phone:07700 900 562]]").replace("07700 900 918", "[[phone:07700 900 918]]")
       .replace("advice line", "{{advice line}}").replace("switchboard must", "{{switchboard}} must")
       .replace("child ketones", "child {{ketones}}").replace("the phone swap", "the {{phone swap}}")
       .replace("old on-call", "old {{on-call}}").replace("switchboard fixed", "{{switchboard}} fixed")
       .replace("a letter", "a {{letter}}").replace("advice given", "{{advice given}}"))),
    ("health", "success", prose("""
        good catch!! {{student nurse}} [[name:Hollie]] on placement with us noticed [[name:Aarav]]s {{CGM}} {{trend
        arrow}}
        going straight down at 15:10 in {{clinic waiting room}} (4.6 double arrow) and asked dad to test - 3.2. gave
        {{glucotabs}} before he went hypo properly. {{pump}} had a {{temp basal}} still running from {{PE}}. she
        said "i wasnt sure if i should say anything" - YES always say!! feedback sent to her {{practice
        assessor}} [[name:Mo Aziz]] and {{uni}}. - [[name:tash]]
    """)),
    ("health", "incident", prose("""
        Formal narrative. [[name:Ella Dunmore]] ([[age:10]], NHS [[nhs_number:810 260 7807]]) was seen in
        {{paediatric diabetes clinic}} on [[date:6 February 2025]]. Her {{Libre 2}} sensor readings had been uploaded
        to [[organisation:LibreView]] under her sister [[name:Mia]]'s account since [[date:14 October]], because both
        children used the same reader at home. The team adjusted [[name:Ella]]'s {{insulin:carb ratio}} at the
        previous clinic on the basis of [[name:Mia]]'s data. [[name:Ella]] then had two {{hypos}} at school
        requiring {{third party}} help. No lasting harm. Mum ([[name:Dawn]]) and the {{DSN}} set up separate
        phones with the {{Libre app}}. Learning: confirm the name and {{DOB}} on the download before changing doses.
    """.replace("[[organisation:LibreView]]", "{{LibreView}}"))),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-HTLR]] {{R22 Beta II}}    Sector 3    [[date:18/04/25]]
        Pilot: [[name:K. Mensah-Bright]] (stud) / [[name:D. Fairclough]] {{FI(H)}}
        Defect: {{carb heat}} control stiff, would not return to cold after {{hover taxi}}. Carb temp gauge reading
        in yellow arc in cruise at 2000ft. Returned to field, landed normally, shut down on the {{pan}}.
        Action: a/c U/S pending eng. Entry by [[name:DF]].
        Eng: cable lubricated, adjusted, ground run ok. Released to service [[name:J. Rao]] {{B1}} [[date:19/04/25]]
        ---
        Note: [[aircraft_registration:G-HTLR]] flew 2 sectors earlier that day, neither pilot wrote it up, both said
        it was "a bit sticky" at {{debrief}}. Incident raised for the {{tech log}} culture not the defect.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract (from [[organisation:Wexham Approach]] recording), [[date:Sat 6 Jul]]
        14:31:10 APP: Golf Hotel Tango Mike, {{squawk}} 4574, you appear to be entering the {{Class D}}, turn left
                 immediately heading 270
        14:31:18 G-TM: [garbled] ...left 270 Golf Tango Mike
        14:31:40 APP: Tango Mike, confirm you are {{solo student}}?
        14:31:44 G-TM: affirm, sorry, lost my position
        14:32:05 APP: Tango Mike, {{traffic}} was a {{PA28}} 2 miles, now clear
        Student [[name:Ravi Sharma-Lund]] in [[aircraft_registration:G-HTTM]] on first {{solo nav}}. {{MOR}} filed
        by ATC. {{CFI}} debrief: {{GPS}} not used as backup, {{VOR}} radial misread.
    """.replace("Golf Hotel Tango Mike", "[[aircraft_registration:Golf Hotel Tango Mike]]")
       .replace("Golf Tango Mike", "[[aircraft_registration:Golf Tango Mike]]")
       .replace("Tango Mike,", "[[aircraft_registration:Tango Mike]],")
       .replace("G-TM:", "[[aircraft_registration:G-TM]]:"))),
    ("aviation", "success", prose("""
        Massive thanks to [[name:Bill]] and [[name:Andrzej]] in the {{hangar}} who stayed till 10pm on [[date:Friday
        21st]] to finish the {{100hr}} on [[aircraft_registration:G-OBHC]] so [[name:Priya Venkatesan]]'s {{skills
        test}}
        with the {{examiner}} didn't have to be cancelled. She passed!! Her words: "I honestly thought I'd be doing
        it in {{November}}". Also found a {{chafed hydraulic line}} during the check that would have been an
        {{AOG}} within weeks. Proper {{engineering}} teamwork. [[name:Bill]] says he wants doughnuts. -
        [[name:Gemma]] {{ops}}
    """)),
    ("aviation", "incident", prose("""
        hard landing during {{hover}} practice this am, [[aircraft_registration:G-HTJB]] {{cabri}}. stud [[name:callum]]
        ([[name:CJ]]) was doing {{spot turns}} in the {{training square}}, gust took tail + he overcorrected, skid
        hit hard
        on rear. i took control ({{FI}} [[name:shez]]) and landed. nobody hurt. {{skid}} bent, {{tail boom}} needs
        checking. {{METAR}} said 12kt but was more like 20 gusting on the square. shld have stopped at the first gust
        tbh. a/c grounded. {{MOR}} to go in by [[name:Gaz W]]
    """)),
    ("aviation", "near_miss", block("""
        Fuel near miss - chronology ([[date:2 Aug 2024]])
        10:05 [[name:RG]] (PPL(H) stud) plans {{land-away}} to [[organisation:Sandown Heliport]]
              in [[aircraft_registration:G-HTRB]] {{R44}}
        10:15 fuel dip done by [[name:RG]], logs 90L - actual ~65L (misread {{dipstick}} on the wrong side)
        10:40 dep, 3 POB
        11:35 arrive, no fuel available ("pump broken" per ground crew)
        11:50 [[name:RG]] rings base, [[name:Duty Instructor Hana]] ({{DI}}) asks for a re-dip
        12:05 re-dip shows 30L; not enough for return with {{reserve}}
        14:30 fuel brought by road by [[name:Steve]] in bowser [[vehicle_registration:YN17 KFW]]
        Learning: two-person fuel check for {{land-aways}}; call ahead for fuel.
    """.replace("(PPL(H) stud)", "({{PPL(H)}} stud)").replace("[[name:Duty Instructor Hana]]",
                "{{Duty Instructor}} [[name:Hana]]"))),
    ("aviation", "success", prose("""
        Debrief note - {{practice forced landing}}. On [[date:12 March]] {{instructor}} [[name:Faisal]] and student
        [[name:Olivia Ng]] were doing {{autorotations}} in [[aircraft_registration:G-HTKC]]. On the third entry the
        {{low rotor RPM horn}} sounded as the {{flare}} started. [[name:Olivia]] lowered the {{collective}}
        straight away
        and called "horn, rotor, recovering" before [[name:Faisal]] said anything, and the {{power recovery}} was
        normal. Rotor RPM stayed above the minimum. [[name:Faisal]] wrote it up as a good-practice example because
        it is exactly the response taught in the {{ground school}}. Shared at the {{safety meeting}}.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - Instructors group
        Jonno: bloke just walked across the pan behind [[aircraft_registration:G-HTLR]] while i was doing the {{run up}}
        Jonno: {{tail rotor}} turning. he was 3m away
        Tess: who??
        Jonno: {{visitor}} for the {{trial lesson}}, reception sent him out on his own to "find the helicopter"
        Mags: thats the 2nd time this month. i'll speak to [[name:Kerry]] on {{reception}}
        Tess: we need the {{rope barrier}} back + {{hi-vis}} for visitors
        Jonno: report done, ref [[case_reference:HTS-SMS-2025-031]]
    """.replace("Jonno:", "[[name:Jonno]]:").replace("Tess:", "[[name:Tess]]:")
       .replace("Mags:", "[[name:Mags]]:").replace("the pan", "the {{pan}}"))),
    ("aviation", "incident", block("""
        From: [[name:Caroline Ashworth-Yeo]] (CFI)
        To: [[name:Martin Dube]]; [[email:camo@helitrain-example.co.uk]]
        Date: [[date:25 November 2024]]
        Subject: Aircraft flown without daily inspection

        Martin,
        [[aircraft_registration:G-HTCS]] was flown on [[date:23/11]] for 1.2 hrs
        (student [[name:Ewan Mac Giolla Phádraig]], instructor [[name:Vikram]]) before the {{daily inspection}} had been
        signed. The {{DI}} was done but left unsigned in the {{tech log}} because the {{engineer}} was
        called away. We have briefed all {{instructors}} that no signature means no flight.
        Please confirm the {{ARC}} is unaffected.

        Regards
        [[name:Caroline Ashworth-Yeo]]
        {{Chief Flying Instructor}}, [[organisation:Helitrain Aviation Ltd]]
        T [[phone:+44 1632 960733]]
    """.replace("(CFI)", "({{CFI}})").replace("Martin,", "[[name:Martin]],"))),
    ("aviation", "near_miss", prose("""
        During a {{confined area}} exercise at the farm site near [[organisation:Hollins Farm]], [[postcode:CW6 9JP]],
        {{FI}} [[name:Rose Adair]] and student [[name:Mateusz]] approached from the north in
        [[aircraft_registration:G-HTWD]]. Neither saw the {{telephone wires}} strung between the {{barn}} and the
        road until 60ft, when [[name:Rose]] called "wires, go around". The {{recce}} had been flown at 500ft from
        the south, where the wires are hidden against the hedge. {{Landowner}} Mr [[name:Pickering]] said they went up
        last month. {{Site card}} now updated and the wires marked on the {{hazard map}}. Learning: fly the {{recce}}
        from the approach direction you will use.
    """)),
    ("aviation", "success", prose("""
        thank you letter sent to [[organisation:Wexham Tower]]: "Dear [[name:Sarah]] and the team, on
        [[date:14th June]] our {{student}} [[name:Hamza]] in [[aircraft_registration:G-HTFN]] had a {{chip light}}
        on his {{first solo}} {{circuit}}. Your {{controller}} cleared everything, gave him the {{grass}} and said "take
        your time,
        you're doing great". He landed safely, by the book, and the {{chip detector}} turned out to be fuzz only. He
        flew again the following week. Thank you - [[name:Neil Okafor]], {{Head of Training}}"
    """)),
    ("aviation", "incident", block("""
        Safety Review Meeting - [[date:Wed 15/01/25]]
        Present: [[name:CAY]] (CFI, chair), [[name:Jonno]], [[name:Tess Harding]], [[name:Sunny]] (eng), [[name:Mags]]
        Apologies: [[name:Vikram]], [[name:Neil]]
        1. {{Dynamic rollover}} incident [[date:09/01]] - [[aircraft_registration:G-HTRB]] on {{sloping ground}},
           student [[name:Leah]] lifted with left skid stuck in frozen mud. [[name:Tess]] took control, no damage.
           {{MOR}} submitted to {{CAA}}, ref [[case_reference:OR-2025-00417]].
        2. Winter ops: no {{slope landings}} on grass sites when frozen. [[name:Sunny]] to brief on {{ground
           resonance}} risk.
        3. {{Carb icing}} posters in the {{crew room}} updated.
    """.replace("(CFI, chair)", "({{CFI}}, chair)").replace("(eng)", "({{eng}})"))),
    ("aviation", "near_miss", block("""
        Booking clash found by ops, [[date:Mon 3 March]]
        Time  | {{Aircraft}} | {{Student}} | {{Instructor}}
        0900  | [[aircraft_registration:G-HTJB]] | [[name:A. Oyelowo]] | [[name:DF]]
        0900  | [[aircraft_registration:G-HTJB]] | [[name:Petra Novak]] | {{solo}}
        1100  | [[aircraft_registration:G-HTTM]] | [[name:Ben H]] | [[name:Faisal]]
        [[name:Petra Novak]] was walking out to [[aircraft_registration:G-HTJB]] for a solo {{circuit}} detail when
        [[name:DF]] and [[name:Oyelowo]] were already doing the {{pre-flight}}. The {{booking system}} allowed a
        double booking after a manual edit. No one flew wrong a/c. {{Ops manager}} disabled manual edits; checks
        of {{solo authorisation}} sheet vs booking now done at {{briefing}}.
    """)),
    ("aviation", "success", block("""
        OPS DESK HANDOVER  [[date:28/05/2025]]  (am -> pm)
        - [[aircraft_registration:G-HTKC]] back from {{mx}}, {{CRS}} in tech log, fuelled 100L
        - [[name:faith]] passed {{PPL(H)}} skills test 1030!!! cake in {{crew room}}
        - flt [[flight_number:HTX402]] ({{charter}} pos'n to [[organisation:Denham]]) 1500 conf, pilot [[name:Gareth]]
        - {{NOTAM}} - {{airshow}} restriction Sat, brief all solos
        - [[name:Andrzej]] on {{standby}} till 6, mob [[phone:07700 900 277]]
        - good job all - {{AM}} slot ran on time for once :)
        [[name:Jas]]
    """)),
    ("aviation", "incident", block("""
        Runway incursion - RT extract, [[date:20 Sept 2024]]
        TWR: [[flight_number:HELI 21]], hold position, {{aircraft}} on {{final}} runway 25
        HELI 21: air taxi across 25 to the north side, Heli 21
        TWR: HELI 21 STOP, I say again hold position!
        HELI 21: holding, sorry
        [[aircraft_registration:G-HTWD]] (callsign Heli 21), FI [[name:Jack Penhaligon]], student [[name:Efe]]
        crossed the {{hold line}} by ~10m. A {{Cessna 152}} went around. Read back was of what the crew expected, not
        what was said. {{Runway incursion}} reported by ATC.
    """.replace("HELI 21:", "[[flight_number:HELI 21]]:").replace("TWR: HELI 21", "TWR: [[flight_number:HELI 21]]")
       .replace("Heli 21", "[[flight_number:Heli 21]]").replace("TWR:", "{{TWR}}:")
       .replace(", FI ", ", {{FI}} "))),
    ("aviation", "near_miss", prose("""
        nr miss on the apron 1620 - fuel bowser [[vehicle_registration:YN17 KFW]] reversed towards
        [[aircraft_registration:G-HTFN]] while {{rotors}} were still {{slowing down}} after {{shutdown}}. driver
        ([[name:stevie]]) didnt see the {{beacon}} was still on. [[name:mags]] banged on the cab window. stopped
        about 2m
        off the {{tail rotor}}. no contact. [[name:stevie]] said "i thought it was finished, sorry". need a
        {{banksman}} for bowser moves + no vehicles near a/c till {{blades}} stopped. logged on {{SMS}}.
    """.replace("on the apron", "on the {{apron}}"))),
    ("aviation", "success", prose("""
        Learning share: on her {{qualifying cross country}} [[name:Joy Mbeki]] in [[aircraft_registration:G-HTCS]]
        met {{low cloud}} near [[organisation:Kettlewell Gliding Club]] that was not in the {{TAF}}. She turned back
        early, called [[organisation:Wexham Approach]] for a {{weather}} check - a {{precautionary landing}} was not
        needed - and landed back at base with plenty of fuel. In the {{debrief}} she said "I kept thinking about
        the {{go/no-go}} brief, the {{minima}} were the minima". {{Head of Training}} [[name:Neil Okafor]] praised
        the {{decision making}}. Re-flown [[date:2 Oct]] in {{CAVOK}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind203", REPORTS))
