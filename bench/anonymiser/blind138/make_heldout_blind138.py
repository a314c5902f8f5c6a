"""Held-out blind corpus 138: just-culture incident and learning reports typed by UK staff.

Settings: a county fostering recruitment and assessment team with Mockingbird hubs and
supported lodgings; an NHS 111 clinical assessment service and GP surgeries; a low-cost
airline's ground handling, baggage and passenger services at a regional airport.
Styles: rushed lower-case notes, careful narratives, chronologies, e-mails with signatures,
Teams/WhatsApp chat, incident forms with field labels, handover sheets, debriefs and shout-outs.
Written blind, without sight of the system under test or any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind138.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care (17)
    ("social_care", "incident", prose("""
        quick note b4 i forget. stage 2 visit to [[name:Tunde]] and [[name:Bisi Adeyemi]] at
        [[address:7 Tansy Road]] [[postcode:NR17 2HW]] today, then left my {{Form F}} notes folder
        on the back seat of pool car [[vehicle_registration:KV68 XDT]] in the {{car park}} at
        [[organisation:Attleborough Children's Services]]. car was unlocked for approx 40 mins. nothing
        taken as far as i can tell but it had their {{DBS}} copies + refs in it. told {{team manager}}
        ([[name:Lorraine]]) straight away, she says log it as a {{data breach}} with the {{IG team}}.
        will ring [[name:Bisi]] tmrw to be upfront with them. learning - folder goes in the locked bag
        not on the seat, and pool cars need the auto-lock fixing. [[name:kp]]
    """)),
    ("social_care", "success", block("""
        Subject: shout out - Mockingbird hub

        Hi all,

        Just wanted to say a massive thank you to [[name:Grace Nwachukwu]], our {{hub home carer}} for the [[organisation:Thetford Mockingbird constellation]]. On [[date:Sat 9th March]] one of the satellite carers, [[name:Dean]], had a family emergency and [[name:Grace]] took two of the kids (ages [[age:8]] and [[age:11]]) for a {{sleepover}} at an hour's notice, kept both {{social workers}} in the loop and still ran the {{monthly hub meeting}} on the Sunday. This is exactly what the {{Mockingbird model}} is meant to do and it avoided an {{emergency placement}}.

        I'll feed back at the constellation review.

        Kind regards
        [[name:Fiona McAllister]]
        {{Mockingbird Liaison Worker}} | Fostering Service
        [[phone:01842 224 819]] | [[phone:07700 914 362]]
        [[email:fiona.mcallister@eastmere.gov.uk]]
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM - Fostering Recruitment & Assessment
        Date of event: [[date:22/01/2024]]
        Location: [[organisation:Kingsley House]] training room 2
        Reported by: [[name:Harpreet Sandhu]], {{assessing social worker}}
        Ref: [[case_reference:LCS-FR-004417]]
        What happened: On day 2 of {{Skills to Foster}} the attendee list printed for the ice-breaker had full home addresses and mobiles for all 16 households, not first names only. I spotted it as it was about to be handed round.
        Immediate action: sheets collected and shredded, reprinted with first names.
        Contributing factors: the export from {{Liquidlogic}} defaults to full contact details; new admin ([[name:Tomasz]]) had not been shown the old template.
        Learning: template fixed, added to the {{induction checklist}} for {{business support}}.
        Harm: none.
    """)),
    ("social_care", "incident", block("""
        Chronology - supported lodgings, YP [[name:Kyle Brennan]] ([[age:17]]), host [[name:Rose O'Driscoll]], [[address:41 Hazel Grove]], [[postcode:IP24 3LD]]

        [[date:03/02/24]] 22:40  host rings {{EDT}}, [[name:Kyle]] not home, curfew 22:00 per {{house agreement}}
        [[date:03/02/24]] 23:15  EDT advise host to ring police if no contact by midnight
        [[date:04/02/24]] 00:20  host reports [[name:Kyle]] missing, police log [[case_reference:CAD 0114-040224]]
        [[date:04/02/24]] 02:05  [[name:Kyle]] returns, smelling of cannabis, says he was at a mate's
        [[date:04/02/24]] 10:30  {{personal adviser}} [[name:Sunita Mehra]] informed, {{return home interview}} booked
        [[date:05/02/24]]        {{Pathway Plan}} review brought forward

        Issue: host had no out-of-hours number for the {{supported lodgings team}}, only EDT, and waited 40 mins on hold.
        Action: all hosts given the on-call mobile [[phone:07781 402 956]].
    """)),
    ("social_care", "success", block("""
        [10:02] [[name:Bill Hutchinson]]: morning, papers for the [[name:Okonkwo-Blake]] household went to the {{panel adviser}} yday 👍
        [10:03] [[name:Priya]]: amazing, is that the one you turned round in 4 months?
        [10:05] [[name:Bill Hutchinson]]: yep {{Form F}} done in 16 wks, {{second opinion visit}} by [[name:Marcia]] flagged nothing. applicants have been brill
        [10:06] [[name:Priya]]: want that as a case study for the recruitment {{newsletter}}. anonymised obvs
        [10:07] [[name:Marcia Grant]]: happy to write a bit about the {{safer caring}} discussion, [[name:Chidi]] had really thought it through with the birth kids ([[age:6]] and [[age:9]])
        [10:09] [[name:Bill Hutchinson]]: {{fostering panel}} is [[date:18 April]], will post outcome
    """)),
    ("social_care", "near_miss", prose("""
        On the evening of [[date:14th November]] one of the satellite foster carers in the {{Mockingbird}}
        constellation posted a photo from the bonfire party at the hub home to the constellation
        {{WhatsApp}} group. The photo showed [[name:Aleksandra]] ([[age:13]]), who is placed under a
        {{placement order}} and whose birth father must not know where she lives, standing in front of the
        sign for [[address:Oakfield Farm, Mill Lane]]. Another carer, [[name:Sky Morgan]], noticed and asked
        for it to be deleted within ten minutes. The group is closed and only has approved carers in it,
        so we believe nobody outside saw it. The {{supervising social worker}} was told the next morning
        and the child's {{social worker}}, [[name:Ellis]], agreed no further action beyond a reminder.
        We have added photo rules to the constellation {{safer caring policy}}. Nobody was blamed - the
        carer was mortified and reported it herself.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Gareth Pryce]]
        To: Supported Lodgings Team
        Subject: misdirected email - apologies

        Hi [[name:Jo]],

        Flagging this now rather than later. This morning I sent [[name:Tyrese Campbell]]'s {{housing benefit}} paperwork (DOB [[date_of_birth:11/08/2006]], NI [[ni_number:JT 48 21 93 B]]) to the wrong person - I picked [[email:maureen.osull@gmail.com]] from autocomplete instead of our host [[name:Mark Sullivan]] ([[email:m.sullivan.host@outlook.com]]). The lady who got it, a former host, rang me within the hour and has deleted it. I've logged it on the {{IG portal}} as [[case_reference:IG-2024-0387]] and told [[name:Tyrese]] and his {{PA}}.

        I think the autocomplete thing will happen again. Could we ask {{IT}} to clear cached addresses for ex-hosts?

        Cheers
        [[name:Gareth]]
        {{Supported Lodgings Officer}}
        [[phone:01953 718 204]]
    """)),
    ("social_care", "success", block("""
        Debrief - recruitment stand, [[organisation:Castle Meadow Shopping Centre]], [[date:Sat 6 July]]
        Present: [[name:AB]], [[name:Nkechi]], [[name:Dafydd Rees]], [[name:Ciara]] (comms)

        What went well
        - 23 enquiries on the day, 9 booked onto an {{information evening}}
        - having a real {{foster carer}} ([[name:Hope Akinola]]) on the stand made a huge difference, people talked to her not us
        - the {{QR code}} to the {{enquiry form}} worked first time

        Even better if
        - leaflets in Polish and Romanian, lots of interest from Eastern European families
        - banner stand broke half way through

        Actions
        [[name:Dafydd]] to order new banner
        [[name:Nkechi]] to ask [[name:Hope]] if she'll do the {{Foster Care Fortnight}} event too
    """)),
    ("social_care", "incident", prose("""
        host [[name:Pauline Wright]] mentioned on todays visit that her son ([[age:24]]) has been staying
        since xmas as hes between flats. hes not on the household {{DBS}} and not in the {{host agreement}}.
        YP [[name:Amir]] ([[age:18]]) says no issues & gets on with him fine. discussed with {{TM}}
        [[name:Sarah-Jane]], not a {{LADO}} matter as no allegation but it is a breach of the
        {{supported lodgings}} standards. son to apply for dbs asap, [[name:Pauline]] very apologetic,
        didnt realise. visit note on {{Mosaic}} [[case_reference:SL-20331]]. need to remind all hosts
        about telling us when people move in - prob add to the {{annual review}} form
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - Fostering R&A - [[date:Fri 15/03]]
        Enquiries: 4 new, all logged on {{CRM}}
        Open:
        * [[name:Lewandowski]] household - {{initial visit}} tues, [[name:Kasia]] prefers calls after 4 ([[phone:07984 552 170]])
        * [[name:Begum]] - refs outstanding, chase employer ref
        * NEAR MISS: {{medical}} form for applicant [[name:Mohammed Begum]] was about to be posted to his old address [[address:12 Pelham Street]]; they moved to [[address:3 Kestrel Way]], [[postcode:PE30 4NT]] in jan. Spotted by [[name:Lyn]] checking {{Liquidlogic}}. Address now updated in both systems.
        * {{panel}} papers for [[date:28 March]] due weds
        Handed over by: [[name:RO]] to [[name:Lyn]]
    """)),
    ("social_care", "success", prose("""
        big shout out to [[name:summer]] in {{business support}} who spotted that the two {{personal references}}
        for the [[name:Hughes]] application had the same mobile number ([[phone:07523 118 640]]) and were
        written in the same style. she flagged it to me rather than just filing them. turned out the
        applicant's partner had written one. we've had a frank conversation with them and they have
        withdrawn, but it could easily have gone to {{panel}}. great example of {{professional curiosity}}
        from someone who isn't a {{social worker}}. [[name:summer]] has asked for the {{CoramBAAF}}
        guidance on references so she's more confident next time - can we fund that? thanks, [[name:Oluwaseun]]
    """)),
    ("social_care", "incident", prose("""
        During a planned {{sleepover}} at the hub home on [[date:Saturday 20 April]], [[name:Jayden]]
        ([[age:7]]) fell from the top bunk at around 03:00 and cut his chin. The {{hub home carer}},
        [[name:Nadia Haddad]], applied pressure, rang {{NHS 111}} and was advised to attend the
        {{minor injuries unit}} at [[organisation:Cromer Hospital]], where he had {{Steri-Strips}}. She
        informed {{EDT}} and the child's carers, Mr and Mrs [[name:Fairweather]], that night. The bunk
        had no rail on the open side because it had been taken off when the bed was moved between rooms.
        Our {{health and safety checklist}} for hub homes only covers the annual check, not furniture
        moves, so we have added a check after any change to sleeping arrangements. [[name:Jayden]]'s
        {{social worker}} was told on {{Monday}} and the {{IRO}} was copied in.
    """)),
    ("social_care", "near_miss", block("""
        [19:41] [[name:Dee]] (host): hi [[name:Olu]] sorry to bother, [[name:Zainab]] says her {{PA}} told her she can have her bf stay over weekends now shes 18?? thats not what the agreement says
        [19:44] [[name:Olu]]: hi [[name:Dee]], no change to the {{house agreement}} that I know of, overnight guests still need agreeing with us first. leave it with me
        [19:45] [[name:Dee]]: ok he was meant to be coming fri. I dont know him at all
        [20:02] [[name:Olu]]: spoke to her PA [[name:Liam]] - crossed wires, he meant they could DISCUSS it at the {{Pathway Plan}} review on the [[date:12th]]. we'd need a {{risk assessment}} and {{DBS}} anyway. nobody's staying fri 👍
        [20:03] [[name:Dee]]: phew ty
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE NOTE
        Team: Fostering Recruitment & Assessment (North)
        Worker: [[name:Ifeoma Chukwu]]
        Date: [[date:02/09/2024]]
        Ref: [[case_reference:FA-2291]]
        Summary: While completing the {{Form F}} for the [[name:Doyle-Kaur]] household, [[name:Ifeoma]] noticed from the {{ecomap}} and {{genogram}} work that the applicants had a lodger who had not been declared. She raised it sensitively, the lodger (Mr [[name:Fenwick]]) has since moved out, and a {{DBS}} was completed for the period he lived there. The assessment carried on without delay.
        Why it matters: undeclared adults in the household are a recurring theme in {{safeguarding practice reviews}}.
        Shared at: {{team meeting}}, and with the {{ADM}}.
    """)),
    ("social_care", "incident", block("""
        Timeline - panel papers error

        [[date:Mon 10 June]] 16:50  {{panel administrator}} sends papers for 4 cases to 9 {{panel members}} via {{Egress}}
        [[date:Mon 10 June]] 21:10  independent member Dr [[name:Anwar Qureshi]] replies that case 3's {{Form F}} contains an unredacted letter from a birth parent showing their address ([[address:Flat 8, Rowan Court]])
        [[date:Tue 11 June]] 09:05  {{panel chair}} [[name:Helen Baptiste]] recalls the papers; all members confirm deletion by 12:00
        [[date:Tue 11 June]] 14:00  {{IG}} notified, ref [[case_reference:DPB-24-112]]; assessed as not {{ICO}} reportable

        Learning: the redaction checklist was done by the {{assessing worker}} but not checked by the {{team manager}}. A second check before papers go out is now mandatory.
    """)),
    ("social_care", "success", prose("""
        I wanted to write up something that went right. [[name:Mihai]] moved into {{supported lodgings}}
        with [[name:Bernadette]] and [[name:Ray Kinsella]] in Dereham last autumn after his
        {{residential placement}} broke down. He was [[age:17]], had been {{NEET}} for a year and had been
        reported missing eleven times. This week he finished his first year on the plumbing course at
        [[organisation:Fenland Valley College]] and he is registered with [[organisation:Quebec Road Surgery]]
        for the first time in years. His {{personal adviser}}, [[name:Kemi]], says the joint visits with
        the hosts and writing the {{Pathway Plan}} with him rather than about him made the difference.
        [[name:Bernadette]] says it was mostly Sunday dinners. No {{missing episodes}} since March.
    """)),
    ("social_care", "near_miss", prose("""
        info evening at [[organisation:St Barnabas Church Hall]] [[date:25/9]]. lady signed in as
        [[name:Tracey]] and it turned out (thanks to [[name:Wiktor]] recognising her) shes the mum of a
        child currently placed with one of the carers doing the Q&A with us. no incident, she left at the
        break, but if shed got chatting to the carer it could have been very awkward + a risk to the
        {{placement}}. we dont vet who comes to {{information evenings}} and thats right, but we should not
        have current carers presenting under full names with local detail. spoke to {{service manager}},
        going to brief carers to use first names only. also flagging to the childs {{SW}} -
        [[name:Wiktor]] doing that tmrw. {{family time}} arrangements unaffected.
    """)),
    # ---------------------------------------------------------------- health (17)
    ("health", "incident", block("""
        INCIDENT REPORT - Integrated Urgent Care
        Ref: [[case_reference:DW-77314]]
        Date/time: [[date:07/12/2023]] 02:14
        Location: {{Clinical Assessment Service}}, [[organisation:Ashby House]] hub
        Patient: [[name:Eileen Marsh]], [[age:84]], NHS no [[nhs_number:567 438 4320]]
        Description: Daughter rang re confusion + fever. {{NHS Pathways}} disposition {{Cat 3}} ambulance, validated by {{clinical navigator}} to a 2hr {{clinician callback}}. Callback made 05:40 (3h26m). Pt drowsy, {{NEWS2}} not possible remotely, 999 arranged. Admitted with {{urosepsis}}.
        Contributory factors: 14 calls waiting, 2 clinicians on vs 4 rostered.
        Immediate action: escalated to {{Shift Lead}}; daughter told about the delay.
        Reported by: [[name:T. Okafor]], {{Clinical Advisor}}
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Rhiannon]] on the {{111}} floor last night. She took a call from a mum whose
        [[age:4]] month old had a temperature and a rash. [[name:Rhiannon]] is a {{health advisor}}, not a
        clinician, but when mum described the spots not fading under a glass she used the {{early exit}}
        in {{NHS Pathways}} straight away rather than finishing the module, and the baby was on an
        ambulance within minutes. Confirmed {{meningococcal septicaemia}} at [[organisation:Ipswich Hospital]],
        given {{ceftriaxone}} in ED and doing well on {{PICU}}. Mum has emailed to say thank you. This is
        exactly what the {{glass test}} prompt is for. Nominating her for {{Learning from Excellence}}.
    """)),
    ("health", "near_miss", prose("""
        nearly issued {{amoxicillin}} to pt w/ documented {{penicillin allergy}} - allergy was on the old
        record but hadnt come across when pt re-registered w/ us from [[organisation:Brookfield Medical Centre]].
        pharmacist [[name:Yusuf]] at [[organisation:Kirkgate Pharmacy]] queried it b4 dispensing. pt
        [[name:Dorota Nowak]] DOB [[date_of_birth:03.05.1971]] NHS [[nhs_number:9253178124]]. switched to
        {{clarithromycin}}. need to check {{GP2GP}} transfers are bringing allergies into {{SystmOne}}
        as coded entries not free text. [[name:SM]]
    """)),
    ("health", "incident", block("""
        Timeline - missed callback
        [[date:Sun 14 Jan]]
        18:22  call 1, Mr [[name:Yiannis Pappas]] ([[age:67]]), chest pain now resolved, {{Pathways}} disposition speak to clinician within 1hr
        18:25  queued on {{Adastra}}
        19:31  callback 1 - no answer, voicemail left on [[phone:01473 602 918]]
        19:55  callback 2 - no answer
        20:10  case closed 'no contact' per {{SOP}} (2 attempts)
        21:46  wife rings back, pt collapsed, {{999}}, {{STEMI}} confirmed, {{PCI}} at [[organisation:Essex Cardiothoracic Centre]]

        Learning: number on the record was the landline and pt was out in the car. Wife's mobile ([[phone:07833 201 447]]) was in the free-text notes but not the callback field. SOP now says check notes for alternative numbers before closing.
        Ulysses: [[case_reference:ULY-51207]]
    """)),
    ("health", "success", block("""
        Subject: Thank you - reception team

        Dear [[name:Hope]],

        I wanted to pass on a thank you to your reception team at [[organisation:Riverside Family Practice]], especially [[name:Marek]]. On [[date:Thursday 11th]] a gentleman rang for a routine appointment but mentioned he'd had "a funny turn" with his arm going numb that morning. [[name:Marek]] recognised this as a possible {{TIA}}, used the {{red flag}} card on the desk and put him straight through to the {{duty doctor}} instead of booking the next routine slot. He was seen in the {{TIA clinic}} the same afternoon and started on {{clopidogrel}}.

        This is the {{care navigation}} training paying off.

        Best wishes,
        Dr [[name:Amara Eze]]
        {{Clinical Lead}}, [[organisation:East Coast PCN]]
        [[email:amara.eze@nhs.net]]
    """)),
    ("health", "near_miss", block("""
        [[name:Steph Collins]] 01:12  anyone know why {{EMIS}} is showing two patients with the same name on this one?
        [[name:Ahmed Rashid]] 01:13  which one
        [[name:Steph Collins]] 01:13  [[name:Joan Ellis]], both in Lowestoft, one DOB [[date_of_birth:12/02/1948]] one [[date_of_birth:12/02/1984]]
        [[name:Ahmed Rashid]] 01:15  check the NHS no on the call, should match {{PDS}}
        [[name:Steph Collins]] 01:17  call has [[nhs_number:8250530241]] which is the younger one. nearly read the {{repeat meds}} off the older record - {{warfarin}} etc. caller is ?{{ectopic}}. ok sorted
        [[name:Ahmed Rashid]] 01:18  good catch, {{datix}} it as a near miss pls
        [[name:Steph Collins]] 01:18  will do
    """)),
    ("health", "incident", prose("""
        A {{PSA}} result of 28 for Mr [[name:Clifford Adebayo-Price]] ([[age:71]]) came back to
        [[organisation:Holly Lodge Surgery]] on [[date:2 October]] and was filed 'normal, no action' by a
        locum covering the {{results inbox}}. It was not picked up until the patient came in about
        something else on [[date:13 November]], when an urgent {{2WW}} referral was made the same day.
        Dr [[name:Szymanski]], the locum, told us the result showed no abnormal flag on screen because
        the age-banded reference range in {{EMIS}} had not been set up for that test code after the lab
        changed analyser. Nobody had been told about the change. The patient and his wife were informed
        under the {{Duty of Candour}} and an {{SEA}} was held with the whole team, including locums. Two
        other results with the same code have since been found and reviewed; both were fine. The locum
        pack now covers {{workflow}}, anything filed 'no action' by a locum is spot-checked by the
        {{duty doctor}}, and the lab will tell the {{practice manager}} in writing when test codes change.
    """)),
    ("health", "near_miss", block("""
        handover 0800 - CAS
        - 37 in queue, 6 breaching
        - !! near miss: pt [[name:Kofi Mensah]] [[nhs_number:8246816802]] booked into [[organisation:Colchester UTC]] slot 0900 but said on the call he lives in Clacton & has no car. rebooked [[organisation:Clacton Hospital MIU]] 0930 by [[name:jas]]. {{DoS}} picked nearest to GP postcode not home ([[postcode:CO15 6RJ]]). raised w/ {{DoS lead}}
        - {{Adastra}} slow again 0400-0500, IT ref [[case_reference:INC0449102]]
        - {{pharmacist}} [[name:Ewa]] covering {{EPS}} queries till 10
        - {{Shift Lead}} on days = [[name:Niamh]]
    """)),
    ("health", "success", block("""
        Hot debrief - {{cardiac arrest}} in waiting room, [[organisation:Millbrook Surgery]], [[date:16/05/24]]
        Present: Dr [[name:Reddy]], {{PN}} [[name:Carys Lloyd]], {{HCA}} [[name:Bukola]], reception [[name:Will]] and [[name:Tamsin]]

        Went well: [[name:Will]] saw the pt slump and shouted for help straight away. {{CPR}} started within a minute, {{AED}} on within 3 min, 1 shock, {{ROSC}} before the crew arrived.
        Could be better: {{oxygen}} cylinder was in the treatment room not on the {{emergency trolley}}. Nobody was sure who was leading until Dr [[name:Reddy]] arrived.
        Actions: trolley checklist to include O2; quarterly {{BLS}} scenario for all staff incl reception.
        Update: pt discharged home from {{CCU}} [[date:24/05/24]].
    """)),
    ("health", "incident", block("""
        From: [[email:n.abubakar@nhs.net]]
        Subject: Misdirected EPS script - learning

        Hi team,

        Last night one of our 111 prescribers issued a {{salbutamol}} inhaler for [[name:Lily-Mae Turner]] ([[age:6]]), NHS [[nhs_number:4080087306]], who was wheezy with known {{asthma}}. The {{EPS}} nomination on the {{Spine}} was [[organisation:Parkside Pharmacy]], which shuts at 6. Mum drove to the late-night pharmacy and there was nothing there, and it took two hours of calls to get the script pulled back and re-sent.

        Nobody asked mum which pharmacy she could get to. Please always confirm, check opening times on the {{DoS}}, and override the nomination if needed.

        Logged as [[case_reference:DTX 20931]].

        Thanks,
        [[name:Nasir Abubakar]]
        {{Clinical Pharmacist}}, IUC
    """)),
    ("health", "near_miss", prose("""
        A {{care navigator}}, [[name:Grace]], at [[organisation:Penrose Health Centre]] took a home visit
        request from a carer at [[organisation:Willow Bank Care Home]] on [[date:9 January]]. The carer said
        the resident, Mrs [[name:Gwen Pritchard]] ([[age:92]]), had a {{DNACPR}} decision but staff could
        not find the form. [[name:Grace]] looked and found the {{ReSPECT form}} completed by Dr
        [[name:Okoro]] on [[date:5 January]] had been scanned by {{Docman}} onto another resident's record,
        Mr [[name:Harold Pritchard]], no relation. Had Mr [[name:Harold Pritchard]] deteriorated, crews
        reading the {{Summary Care Record}} could have seen the wrong decision. Both records corrected the
        same day and the care home given a fresh copy. Learning: scanning staff now match on NHS number
        and date of birth, not surname and home.
    """)),
    ("health", "success", prose("""
        good catch from [[name:aisha]] ({{HA}}) tonight - caller rang abt her [[age:82]] yr old dad w/
        diarrhoea & vomiting, {{pathways}} heading for {{self care}}. [[name:aisha]] could hear him in the
        background sounding muddled and asked to speak to him, he couldnt tell her what day it was. she
        re-triaged and got a {{Cat 2}}. crew found {{AKI}} + {{sepsis}}, admitted to
        [[organisation:Gayton Ward]]. she didnt just follow the script, she listened. pls pass on at
        {{huddle}}. - [[name:CB]] ({{shift lead}})
    """)),
    ("health", "incident", block("""
        [07:52] [[name:Sanjay]] PM: morning all, {{vaccine fridge}} in treatment rm 2 reading 14.2 this morning 😬
        [07:53] [[name:Sanjay]] PM: {{min/max thermometer}} shows it went up some time after 9pm last night
        [07:55] [[name:Gillian]]: door was shut when I left at 6:30, I checked
        [07:58] [[name:Conor Fitzgerald]]: quarantine everything, don't bin anything. ring the manufacturers. {{flu}} clinic today - cancel or move to fridge 1?
        [08:03] [[name:Sanjay]] PM: fridge 1 full of {{Shingrix}} and {{MMR}}, doing a count. looks like the plug was knocked out, cleaner's hoover in the same socket
        [08:10] [[name:Gillian]]: I'll ring the 40 booked for today
        [08:11] [[name:Sanjay]] PM: {{SEA}} next week. switch covers ordered. approx £3k stock at risk
    """)),
    ("health", "near_miss", block("""
        SAFEGUARDING CONCERN / NEAR MISS
        Service: {{NHS 111}} IUC - [[organisation:Westfield Contact Centre]]
        Date: [[date:19/08/2024]]
        Caller: [[name:Chantelle Robinson]], [[age:22]], tel [[phone:07412 563 099]]
        Child: [[name:Kai Robinson]], DOB [[date_of_birth:21/11/2023]], NHS [[nhs_number:4605833404]]
        Summary: Call re baby aged [[age:9]] months with a bruise to the cheek; mum said he rolled off the sofa. {{Health advisor}} followed Pathways to a {{UTC}} disposition and no {{safeguarding}} concern was raised. On audit next day a {{clinical supervisor}} noticed this was a non-mobile infant with a bruise, which needs referral under the {{bruising in non-mobile infants}} protocol.
        Action: referral to {{MASH}} [[date:20/08/2024]], ref [[case_reference:MASH-24-08817]]. UTC confirmed child was seen and referred to paediatrics.
        Learning: Pathways doesn't prompt this; added to HA refresher.
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} report. [[name:Bronwen Tudor]], one of our {{practice nurses}} at
        [[organisation:Ty Gwyn Surgery]], was doing a routine {{diabetic review}} when she noticed the
        patient was walking awkwardly. He hadn't mentioned his feet, but she took his socks off anyway and
        found a deep {{neuropathic ulcer}} on the ball of the left foot with spreading redness. She did a
        {{monofilament}} check, photographed it, and got him seen by the {{foot protection team}} the same
        week rather than the usual six. Podiatry have told us that a delay could easily have meant an
        amputation. She also noticed he seemed low, did a {{PHQ-9}} and booked him with the GP. Simple,
        thorough, kind nursing.
    """)),
    ("health", "incident", prose("""
        Caller rang the {{111 option 2}} {{mental health}} line at 23:40 on [[date:31/10]] in distress and
        the call dropped during the transfer to a {{crisis practitioner}}. The number he gave verbally,
        [[phone:07956 330 812]], had been typed as [[phone:07956 330 821]], so the callback went to a
        stranger. He was eventually identified through the {{CMHT}} as [[name:Jordan Hayes]] ([[age:29]])
        and police did a {{welfare check}} at [[address:22 Coldharbour Lane]] at 02:15; he was safe and
        was seen by the {{crisis team}} next day. Learning: read back every number digit by digit, and the
        transfer script should capture a callback number before the {{warm transfer}} starts. Ulysses
        [[case_reference:ULY-60442]].
    """)),
    ("health", "near_miss", prose("""
        near miss in phlebotomy this am - two pts with surname [[name:Ali]] in the waiting room, {{HCA}}
        called 'Mr [[name:Ali]]' and the wrong one came through. caught at the {{positive ID}} check (name
        + DOB) before any bloods taken - one was due {{HbA1c}} and the other an {{INR}} for {{warfarin}}
        dosing. [[name:Mohammed Ali]] DOB [[date_of_birth:02/04/1958]] and [[name:Imran Ali]] DOB
        [[date_of_birth:19/09/1961]]. no harm. reminder to all clinical staff to call pts by full name and
        always do the 2 point ID even if you think you know them. [[name:Sandra]], {{practice manager}}
    """)),
    # ---------------------------------------------------------------- aviation (16)
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        ASR no: [[case_reference:ASR-GH-2024-0193]]
        Date: [[date:12 MAR 24]]   Time: 06:18 LT
        Flight: [[flight_number:ZB4471]]   Reg: [[aircraft_registration:G-ZBKA]]   Type: {{A320}}
        Location: {{stand 7}}
        Description: During loading of {{hold 4}}, {{belt loader}} BL-06 contacted the lower fuselage aft of the {{bulk cargo door}} when the driver raised the belt while the aircraft was still settling. Dent approx 3cm. {{Engineering}} called, aircraft {{AOG}} 2h40, [[flight_number:ZB4471]] delayed.
        Reporter: [[name:Liam Doherty]], {{ramp agent}}
        Immediate actions: {{GSE}} quarantined. Driver stood down pending review - not disciplinary.
        Contributing: early shift 2 down, no second person guiding, turnaround compressed after late inbound.
    """)),
    ("aviation", "success", prose("""
        Huge thanks to [[name:Precious Moyo]] at {{check-in}} on Saturday. A passenger on
        [[flight_number:ZB 812]] to Alicante mentioned in passing that the spare battery for his
        {{powered wheelchair}} was "in the big case". [[name:Precious]] stopped the bag before it went down
        the belt, called the {{PRM}} team and the {{DGR}} trained supervisor, and it turned out to be a
        {{spillable battery}} that should never go in a suitcase. It was packed properly, the {{Captain}}
        was informed on the {{NOTOC}} and the flight left on time. She stayed calm and polite with a
        passenger who was getting quite stressed. Textbook.
    """)),
    ("aviation", "near_miss", prose("""
        nearly pushed back w/ {{GPU}} still plugged in, [[flight_number:zb2207]] {{stand 3}}. headset
        [[name:Kwame]] caught it on {{walkround}}, told flight deck to hold. {{tug}} driver had {{pushback}}
        from {{ATC}} + was rushing for the {{slot}}. no damage. [[name:kd]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Joanne Whitlock]] <[[email:j.whitlock@runwayone-handling.co.uk]]>
        Subject: [[flight_number:ZB3310]] KRK - 23 bags left behind

        Hi all,

        Summary for the ops review. On [[date:Sunday 4th]] 23 bags for [[flight_number:ZB3310]] to Kraków were left in the {{make-up area}} because the {{BRS}} was showing them loaded when they were still on a cart behind the pillar. Nobody did a physical sweep before the hold was closed. Bags went on the next day's flight and were couriered. {{WorldTracer}} files raised, main one [[case_reference:KRKZB18834]]. One passenger, Mrs [[name:Zofia Wiśniewska]], had her {{insulin}} pen spares in the hold bag and had to get an emergency supply.

        Learning: a sweep of the make-up area before the {{hold}} is closed, plus reminding pax at {{check-in}} to keep medicines in hand luggage.

        Thanks
        [[name:Jo]]
        {{Baggage Services Supervisor}}
        [[phone:07366 981 205]]
    """)),
    ("aviation", "success", block("""
        Debrief - [[flight_number:ZB1190]] inbound from Faro, [[date:27/07]]
        Issue: {{ambulift}} u/s, 3 {{WCHC}} pax on board

        Went well
        - [[name:Marta]] ({{PRM}}) rang {{ops}} early so the {{evac chair}} and 4 trained staff were at the aircraft within 15 min
        - {{SCCM}} [[name:Ruth Adeleke]] kept pax informed throughout
        - Mr [[name:O'Hare]] ([[age:88]]) wrote in to say he felt "safe and respected"

        Even better if
        - only 1 chair currently certified, need 2
        - nobody told the {{gate}}, so the next departure boarded past them

        Action: [[name:DT]] to chase 2nd chair cert
    """)),
    ("aviation", "near_miss", block("""
        [05:41] Ops [[name:Rav]]: fuel on the {{loadsheet}} for [[flight_number:ZB6021]] doesnt match the {{fuel docket}}, 200kg out
        [05:42] Dispatch [[name:Ola]]: checking with the {{bowser}} driver
        [05:46] Dispatch [[name:Ola]]: docket is right. the figure was yesterday's from [[flight_number:ZB6021]], {{DCS}} carried it over
        [05:48] Ops [[name:Rav]]: ok new loadsheet pls before the {{Captain}} signs, too big for an {{LMC}}
        [05:55] Dispatch [[name:Ola]]: new LS issued, Capt [[name:Hendricks]] happy
        [05:56] Ops [[name:Rav]]: ta. raise an {{ASR}} pls, that's the autofill again
    """)),
    ("aviation", "incident", prose("""
        At approximately 14:10 on [[date:3 August]], during boarding of [[flight_number:ZB5502]] to Palma
        on {{stand 21}}, a passenger, Mrs [[name:Valerie Quinn]] ([[age:74]]), slipped on the rear
        {{airstairs}}, which were wet after a shower. She grazed her shin and bruised her wrist. The
        {{first aider}}, [[name:Deepak]], attended and she chose to travel. The stairs are an older type
        with no {{anti-slip}} treads, and there was no {{PRM}} assistance booked even though she walked with
        a stick. We have asked the {{Airside Safety}} team to prioritise the tread replacement and reminded
        {{gate}} staff to offer front-door boarding to anyone who looks unsteady. Reference
        [[case_reference:AS-0824-117]].
    """)),
    ("aviation", "success", block("""
        LEARNING REVIEW - GOOD CATCH
        Date: [[date:Fri 18 Oct]]
        Flight/Reg: [[flight_number:ZB 740]] / [[aircraft_registration:EI-FZB]] ({{A321neo}})
        What happened: Gate agent [[name:Summer Kaye]] noticed at final call that a passenger who had checked a bag had not boarded. {{BRS}} showed the bag loaded in {{hold 1}}. She raised it before {{doors closed}} and the {{ramp}} team offloaded it in 12 minutes.
        Why it matters: {{unaccompanied baggage}} is a {{security}} requirement; missing it would have been a reportable breach.
        Delay: 9 minutes, accepted by the {{Captain}}.
        Recognition: [[name:Summer]] nominated for Star of the Month.
    """)),
    ("aviation", "incident", block("""
        Chronology - hand injury, baggage hall, [[date:21/11/2023]]
        04:55  {{make-up carousel}} 2 jams
        05:02  handler [[name:Ciprian Popescu]] reaches in to free a bag without {{isolation}}
        05:02  belt restarts, left hand caught, glove torn, bruised fingers
        05:10  {{first aid}} by supervisor [[name:Bill]]
        05:40  taken to [[organisation:Norbridge General]] by colleague in own car ([[vehicle_registration:AK17 FRU]])
        09:30  back at work on light duties

        Findings: {{E-stop}} on carousel 2 reported faulty twice before ([[case_reference:FM-38812]]); {{LOTO}} refresher overdue for the whole night shift. Not {{RIDDOR}} reportable.
    """)),
    ("aviation", "near_miss", prose("""
        During the night shift baggage tractor T14 ([[vehicle_registration:YJ64 KLP]]) crossed the
        {{taxilane}} behind {{stand 9}} as [[aircraft_registration:G-ZBKF]] was taxiing in with its
        {{beacon}} on. The driver, [[name:Connor]], stopped about 40 metres short and the aircraft did not
        need to brake, but the {{Captain}} reported it to {{ATC}}. [[name:Connor]] told us he was looking
        at the {{flight info screen}} on his phone for his next stand and missed the beacon. He reported it
        himself before we heard from ATC. The {{airside driving permit}} refresher now covers phones
        specifically and we have asked for the {{stop bar}} paint to be redone.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Khalid Al-Mansouri]]
        Sent: [[date:Tuesday 2 April 2024]] 11:12
        To: Passenger Services Leads
        Subject: PNL printout left at gate 5

        Morning,

        A passenger found the {{PNL}} printout for [[flight_number:ZB2614]] on the {{gate desk}} at gate 5 after boarding had closed and handed it to the {{information desk}}. It had 186 names, booking refs and SSR codes on it, including {{WCHR}} and {{MEDA}} entries. One of the passengers on it, Mr [[name:Declan Hurley]] (booking [[case_reference:X7KQ2P]]), has complained.

        We don't need paper PNLs at the gate any more, {{Amadeus Altea}} shows everything. Please remove the printer default.

        Logged with {{data protection}} as [[case_reference:DP-0419]].

        Regards
        [[name:Khalid]]
        {{Duty Passenger Services Manager}}
        [[phone:+44 1603 555 0192]]
    """)),
    ("aviation", "success", block("""
        [16:20] [[name:Leanne]] ({{info desk}}): lost child at the {{security}} exit, boy about [[age:5]], says his name is [[name:Arlo]], mum was in the toilets
        [16:21] [[name:Femi]] ({{ops}}): putting out a {{PA announcement}}, what's he wearing
        [16:21] [[name:Leanne]] (info desk): blue dinosaur hoodie, red wellies
        [16:24] [[name:Femi]] (ops): {{CCTV}} has him coming out of {{WHSmith}} on his own at 16:14
        [16:27] [[name:Leanne]] (info desk): mum here!! they are reunited, she's in bits but fine
        [16:28] [[name:Femi]] (ops): brilliant. 7 mins from report. {{lost child procedure}} worked well, nice one everyone
        [16:30] [[name:Leanne]] (info desk): he wants to see a plane now 😂
    """)),
    ("aviation", "near_miss", block("""
        TOWING OCCURRENCE - NEAR MISS
        Date: [[date:08/01/2024]]  Time: 23:50
        Aircraft: wet-leased {{737-800}} [[aircraft_registration:N418AX]]
        Tow: {{stand 12}} to {{hangar 2}}
        Crew: tug driver [[name:Oskar Zielinski]], brake rider [[name:M. Hassan]], wing walker [[name:Fitz]]
        Description: On the turn out of the stand, [[name:Fitz]] saw the {{shear pin}} had partially sheared on the {{towbar}}. Tow stopped, aircraft chocked, replacement bar used.
        Cause: the towbar was the universal one, not the 737 type, as the correct one was with {{engineering}}. Nobody checked the type sticker.
        Actions: correct bars tagged and stored on a marked rack; {{towing checklist}} to include a towbar type check.
        Report ref: [[case_reference:TW-2024-006]]
    """)),
    ("aviation", "incident", prose("""
        powered wheelchair damaged on arrival [[flight_number:ZB3381]] from Malaga, joystick snapped off
        and footplate bent. pax Ms [[name:Adaeze Obi]] needed the {{ambulift}} and a manual chair to get to
        arrivals. the {{PRM}} bag tag said collapsible, it isnt, so it was loaded on its side in {{hold 5}}
        with cases on top. pax had completed the {{mobility aid}} form online but the info didnt reach the
        {{ramp}}. {{PIR}} done, wheelchair repair company booked. she was very upset and tbh so was I.
        we need the {{LIR}} to show mobility aids clearly. [[name:becky]]
    """)),
    ("aviation", "near_miss", block("""
        RAMP SHIFT HANDOVER  [[date:Wed 24 Jul]]  early > late
        Stands: 3 and 9 closed for {{FOD}} sweep after contractor works
        GSE: {{hi-loader}} HL-02 u/s, ref [[case_reference:GSE-5561]]; 2 tugs on charge
        Near miss: {{chocks}} found left on {{stand 4}} after [[flight_number:ZB1104]] pushed ([[aircraft_registration:G-ZBKM]]). [[name:Adebola]] spotted them on the {{FOD walk}} before the next arrival. Counted 2 sets out, 1 set back.
        Staffing: late shift 1 short, [[name:Gavin]] covering team lead
        Other: {{NOTAM}} for taxiway works from 22:00
    """)),
    ("aviation", "success", prose("""
        Just a note about the snow on [[date:7 February]]. Twelve departures needed {{de-icing}} in under
        three hours and the ground team, led by the two early shift
        {{team leaders}}, got
        every one away with no {{holdover time}} exceedances and only two delays over 30 minutes. They set
        up a single queue with {{ATC}} and the {{de-icing rig}} operators, kept pax services updated every
        15 minutes and made sure people took breaks in the cold. The {{Captain}} of one flight came down to
        the ramp to say thank you. This is what a good {{safety culture}} looks like on a bad day.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind138", REPORTS))


if __name__ == "__main__":
    main()
