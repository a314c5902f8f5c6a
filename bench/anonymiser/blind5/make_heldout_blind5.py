"""Build bench/anonymiser/corpus/heldout_blind5.jsonl from hand-written, inline-marked narratives.

Markup: [[label:text]] -> gold span; {{term}} -> must-not-redact negative.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse  # noqa: E402

LABELS = {"name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
          "case_reference", "date_of_birth", "date", "age", "organisation",
          "vehicle_registration", "aircraft_registration", "flight_number"}

R = [
# ---------------- social care ----------------
("social_care", "incident", "Visit to [[name:grace]] ([[age:aged 9]]) and her brother [[name:Kai Oyelaran-Birch]] at [[address:14 Tannery Close, Rotherham]] [[postcode:S60 2LW]] on [[date:3rd feb]]. mum ([[name:Dawn]]) not in, door answered by a male who said he was 'uncle [[name:Bill]]' and wouldnt give surname. Discussed with {{the duty social worker}} and {{MASH}}, {{Section 47}} strat booked for [[date:Thurs 6/2]]. LCS ref [[case_reference:CR-2291047]]."),
("social_care", "success", "Really pleased to report that [[name:Hope]] has settled well with her foster carers [[name:Mark]] and [[name:Priya Chaudhry]] - school attendance up to 96% this half term. {{IRO}} ([[name:Tomasz Wiśniewski]]) agreed the plan at the {{LAC review}} on [[date:12 March 2024]]. We {{hope}} to step down to {{Child in Need}} over the {{summer}}. thanks all, [[name:Jo]]"),
("social_care", "near_miss", "Near miss - placement plan for [[name:J.M.]] (DOB [[date_of_birth:17/08/2011]]) emailed to the wrong foster carer. Caught before it was opened and recalled by {{IT}}. Correct recipient was [[email:s.adeyemi-clarke@fostercare-kirklees.org.uk]]. {{LADO}} not required. Logged under [[case_reference:LCS/0048812]]."),
("social_care", "incident", "[[name:rose]] ([[age:16]]) went missing from [[organisation:Oakfield House]] childrens home approx 2130 on [[date:Sat 9th Nov]]. Located by police at [[address:Flat 3, 22 Gorse Hill Road, Swindon]] [[postcode:SN2 1BD]] with two older males, one known as '[[name:Deano]]'. {{Return home interview}} to be offered within 72hrs, {{CSE}} screening tool updated. Officer in case PC [[name:Amber Hollis-Tate]]."),
("social_care", "success", "Shout out to [[name:Faith]] at [[organisation:Barnardo's]] who picked up the referral for [[name:Leo]] and [[name:Summer Kowalczyk]] within 24 hrs!! Family now engaging with {{Early Help}} and the {{Signs of Safety}} mapping was done on [[date:14.11.23]]. Mum's new mobile is [[phone:07700 900417]] - pls update the file."),
("social_care", "incident", "Contact session at [[organisation:Brightwater Family Centre]] ended early when dad ([[name:Frank O'Donoghue]]) became verbally aggressive towards the {{contact supervisor}}. [[name:Ivy]] [[age:aged 4]] was very distressed and was comforted by [[name:Frank]]'s sister. Police not called. Dad's solicitors [[organisation:Hartley & Moss]] informed by letter. {{Ofsted}} notification not needed. Child's {{LCS}} no. [[case_reference:1183392]]."),
("social_care", "near_miss", "nearly sent the {{CP conference}} minutes for the [[name:Nwosu]] family to their old address ([[address:7 Mill Lane, Heckmondwike]]) - they moved to [[address:41 Peel Street, Dewsbury]] [[postcode:WF13 2QE]] on [[date:28/10]]. spotted by business support ([[name:Sky]]) before posting. Address now updated on {{Mosaic}}."),
("social_care", "incident", "Allegation made by [[name:Chance Mbeki-Ross]] ({{yr 10}}) against a PE teacher at [[organisation:St Aidan's C of E Academy]]. Referred to {{LADO}} same day. {{Designated safeguarding lead}} Mrs [[name:Ruth Abara]] tel [[phone:01924 305 118]]. Teacher suspended pending {{strategy meeting}} on [[date:Wednesday 15th May]]."),
("social_care", "success", "Adoption orders granted [[date:Tues 4 June 2024]] for [[name:Autumn]] and [[name:River]] ([[age:2]] and [[age:5]]). Adopters [[name:Nadia]] and [[name:Joel Abernethy-Koh]] sent a lovely card to the team. Thanks to [[organisation:Adoption Counts]] and {{the family finding team}} - proper team effort. [[name:MK]]"),
("social_care", "incident", "SW [[name:miles kendrick]] bitten by a dog on home visit to [[address:'Rosemount', Lower Bryn Road, Pontypridd]] [[postcode:CF37 4DH]]. Attended {{A&E}} at [[organisation:Royal Glamorgan Hospital]], tetanus given. Dog belongs to mum's partner [[name:Gaz]] ([[name:Gareth Pryce-Jones]]). Lone working risk assessment to be updated & reported under {{RIDDOR}}. Future visits in pairs."),
("social_care", "near_miss", "Pathway plan for [[name:Deshawn]] (DOB [[date_of_birth:02-01-2006]]) - I nearly uploaded a screenshot with his NI number [[ni_number:JT 48 22 19 B]] and bank details to the shared team channel. His {{personal adviser}} [[name:Olu]] noticed before it was posted. Reminder to everyone re {{GDPR}} and {{leaving care}} docs."),
("social_care", "incident", "{{MASH}} referral rec'd from [[organisation:Great Ormond Street Hospital]] re: baby [[name:Star Malik-Hussain]] ([[age:11 wks]]), NHS no [[nhs_number:996 030 8243]]. Unexplained bruising to L ear, not consistent with {{Mongolian blue spot}}. {{Section 47}} initiated, {{child protection medical}} with {{consultant paediatrician}} booked. Parents [[name:Zainab]] and [[name:Imran Hussain]] cooperative."),
("social_care", "success", "[[name:jack]] (care leaver, [[age:19]]) passed his {{CSCS}} card and starts with [[organisation:Kier Construction]] on {{Monday}}. Massive turnaround from last year. He asked me to say thanks to [[name:Bev Adu]] at the {{youth offending service}} too. cheers, [[name:Tash]]"),
("social_care", "incident", "Foster carer Mrs [[name:Joy Bamgbose]] reported that [[name:Tyler]] ([[age:13]]) has been in contact with birth father [[name:Lee Stringer]] via snapchat despite {{court order}}. Father's number [[phone:+44 7700 900 982]]. Discussed in supervision with {{team manager}}, {{safety plan}} to be reviewed under {{Signs of Safety}}."),
("social_care", "near_miss", "Taxi firm ([[organisation:A2B Cars Ltd]]) sent a driver without a valid {{DBS}} to collect [[name:Aaliyah]] from school. Escort [[name:May]] refused to let her travel. Vehicle [[vehicle_registration:YX19 KTN]]. Raised with {{commissioning}}. No harm, but this is the 2nd time in [[date:March]]."),
("social_care", "incident", "{{EDT}} call at 0120: [[name:Honey]] [[age:aged 15]] disclosed she'd been assaulted at a party at [[address:Flat 12b Kingfisher Court, Old Kent Road]] [[postcode:SE1 5TY]]. Taken to [[organisation:The Havens]]. Strat discussion with police [[date:21/3/24]], {{ABE}} interview to follow. Allocated SW [[name:Siobhan]] informed."),
("social_care", "success", "{{Ofsted}} monitoring visit feedback ([[date:Jan 2025]]) - the inspector singled out [[name:Will Achterberg]]'s direct work with the [[name:Doherty]] children as 'child-centred and creative'. Well done [[name:Will]]... I {{will}} share the letter at {{team meeting}}."),
# ---------------- health ----------------
("health", "incident", "Pt Mr [[name:K. Venkataraman]] [[age:78yo]] NHS [[nhs_number:0830166130]] found on floor by bed 6, ward 12, [[organisation:Leeds General Infirmary]] at 0340. {{NEWS2}} 5, {{SBAR}} handover to {{FY1}}. CT head NAD. {{Datix}} done, {{falls bundle}} reviewed. Son [[name:Arjun]] informed by phone."),
("health", "near_miss", "Penicillin prescribed to [[name:grace o'reilly]] (DOB [[date_of_birth:14.04.1952]], MRN [[case_reference:RX4471920]]) despite documented allergy ({{anaphylaxis}} 2009). Pharmacist [[name:Amir]] caught it on screening before first dose. {{EPMA}} alert had been overridden. Escalated to {{ward sister}}."),
("health", "success", "Huge thanks to Dr [[name:Hannah Lindqvist]] and {{the sepsis team}} at [[organisation:Alder Hey]] for recognising {{Kawasaki disease}} in [[name:Ayo]] (age [[age:3]]) on day 4 of fever - IVIG started within the hour. Echo normal at follow up on [[date:19th Aug]]. Mum [[name:Funmi]] wrote in to say thank you."),
("health", "incident", "Visited Mrs [[name:Doreen Pickersgill]] at [[address:2 Chapel Row, Hebden Bridge]] [[postcode:HX7 8AB]]. Found grade 3 {{pressure ulcer}} to sacrum, not present at last visit [[date:02/06]]. Safeguarding referral to {{adult social care}}. Daughter [[name:Bev]] on [[phone:01422 845331]] aware. {{Waterlow}} score 18."),
("health", "near_miss", "Bloods for [[name:Mohammed Ali Khan]] labelled with [[name:Mohammad Khan]]'s details - NHS [[nhs_number:186 091 3903]] vs [[nhs_number:937-865-7974]]. Lab ([[organisation:Pathology Partnership]]) rejected sample as DOB mismatch. Positive patient ID reminder sent to {{HCAs}}. Both pts on bay C."),
("health", "incident", "{{PPH}} 1.8L following {{SVD}} for [[name:Summer]] ([[age:24]]) on [[organisation:Rosie Hospital]] delivery suite [[date:07/01/2025]]. {{Syntocinon}} infusion, {{Bakri balloon}} inserted by reg (Dr [[name:Obi]]). Transfer to {{HDU}}. Debrief held, {{MBRRACE}} criteria not met."),
("health", "success", "Discharge to assess ({{D2A}}) worked brilliantly for Mr [[name:Ranjit Singh Gill]], [[age:91]] - home within 36 hrs with support from [[organisation:Age UK Calderdale]]. Granddaughter [[name:Simran]] said it was the smoothest discharge they've had. Kudos to {{OT}} and the {{discharge coordinator}}."),
("health", "incident", "[[name:Kieran Mulholland]] (known as [[name:Kez]]) {{AWOL}} from [[organisation:Parkside Unit]] whilst detained under {{Section 3}} {{MHA}}. Last seen [[date:17/05/24]] 1545 heading toward [[address:Carlton Road, Nottingham]]. Police log [[case_reference:CAD 4471-17052024]]. Returned by family 2200. {{AWOL policy}} followed."),
("health", "near_miss", "Near miss in theatre 4: consent form for Ms [[name:Amber Nnamdi]] stated {{Hartmann's procedure}} but list said reversal. Picked up at {{WHO checklist}} sign-in by ODP [[name:Ciarán]]. Case went ahead correctly. MRN [[case_reference:H0921773]]."),
("health", "incident", "Results letter for [[name:Bartholomew Fenwick-Olabode]] (NHS [[nhs_number:5432319489]]) sent to [[email:bart.fenwick@gmail.com]] instead of [[email:bfenwickolabode@outlook.com]] - wrong pt with similar name. {{Caldicott Guardian}} informed, {{ICO}} threshold assessed as not met. Practice: [[organisation:Millbrook Surgery]]."),
("health", "success", "paeds ED: [[name:jayden]] [[age:6yo]] with {{Down syndrome}} and stridor - nurse [[name:Precious Mahlangu]] spotted early signs of {{epiglottitis}} and escalated via {{PEWS}}. Airway secured by anaesthetist, now well on {{PICU}}. great job [[name:Precious]] x"),
("health", "incident", "999 call for Mr [[name:Bill Tregarthen]] ([[age:84]]) at [[address:Penhallow, Trevarrick Lane, St Austell]] [[postcode:PL25 3RS]] - {{category 2}} but waited 7 hrs on floor. Crew ([[name:Dawn]] & [[name:Lewis]]) from [[organisation:SWASFT]] found him hypothermic. Admitted to [[organisation:Royal Cornwall Hospital]]. {{Duty of candour}} letter to wife [[name:Morwenna]]."),
("health", "near_miss", "{{Novorapid}} 40 units drawn up instead of 4 units for [[name:Ewa Nowak-Zielińska]] (DOB [[date_of_birth:3 Sept 1948]]). Second checker nurse [[name:Joy]] queried and stopped it. {{Insulin passport}} reviewed. Pt unaware, no harm - {{Datix}} [[case_reference:W118834]]."),
("health", "incident", "Needlestick injury to HCA [[name:Ngozi Eze]] (staff no. [[case_reference:E0093317]], NI [[ni_number:PX583920A]]) while disposing of a butterfly in side room 2. Bled, washed, reported to {{occupational health}}. Source pt consented to {{BBV}} testing. {{Hep B}} immune."),
("health", "success", "Health visitor [[name:Rosa Delgado]] noticed baby [[name:Oscar]] (DOB [[date_of_birth:30/09/2024]], NHS [[nhs_number:252 760 1898]]) had delayed meconium history and poor weight gain - referred same day and {{Hirschsprung's disease}} confirmed at [[organisation:Sheffield Children's Hospital]]. Parents [[name:Will]] and [[name:Marta]] very grateful."),
("health", "incident", "[[name:Frank]] on the {{dementia ward}} held in bed by staff for 20 mins w/out a {{DoLS}} authorisation or {{Mental Capacity Act}} assessment. Raised by student nurse [[name:Chidi]]. {{Matron}} reviewing; {{safeguarding adults}} lead notified on [[date:Friday 22 Nov]]."),
("health", "near_miss", "prescription for [[name:Li Wei]] ([[age:62]]) printed as {{methotrexate}} 10mg DAILY - should be weekly. Pharmacist [[name:Grace Fairweather-Nkemelu]] at [[organisation:Boots]] [[address:34 Sheep Street, Bicester]] [[postcode:OX26 6JW]] rang surgery on [[phone:01869 249 333]] to query. Corrected. Pt's NHS no [[nhs_number:5559797111]]."),
# ---------------- aviation ----------------
("aviation", "incident", "Bird strike on departure from [[organisation:Bristol Airport]], [[flight_number:EZY6187]] ([[aircraft_registration:G-EZWX]], {{A320}}). Multiple strikes to No.2 engine, {{PAN}} declared, returned to stand. {{MOR}} filed with the {{CAA}}. Capt [[name:Sarah Okonkwo-Reid]], F/O [[name:Ben Tuck]]. Occurred [[date:12/04/24]] 0715Z."),
("aviation", "near_miss", "Level bust FL130 vs cleared FL120 by [[flight_number:BA1482]] on the {{LAM}} hold. {{TCAS RA}} with [[flight_number:VIR3N]]. {{ATC}} ([[organisation:NATS]]) reported. Crew stated mishearing readback - 'one two zero' vs 'one three zero'. {{CRM}} briefing to follow."),
("aviation", "success", "Great catch by {{the ramp agent}} [[name:Jack Ferreira]] at [[organisation:Manchester Airport]] who spotted a fuel leak on [[aircraft_registration:G-JZHL]] ({{737-800}}) prior to pushback of [[flight_number:LS 812]]. Aircraft swapped, [[organisation:Jet2]] engineering found a cracked coupling. Nominated for a safety award."),
("aviation", "incident", "FOD found on rwy 05 at [[organisation:Leeds Bradford Airport]] after departure of [[flight_number:RK 1093]] - a section of cowling latch. Runway closed 22 mins for inspection. {{Airside ops}} duty manager [[name:Dawn Hebblethwaite]]. {{ASR}} ref [[case_reference:LBA-ASR-2024-0417]]."),
("aviation", "near_miss", "Runway incursion at [[organisation:Southampton Airport]]: airside tug [[vehicle_registration:WU68 HPF]] crossed holding point {{A1}} without clearance while [[aircraft_registration:G-LGNB]] was on short final. Driver ([[name:Kwame]]) stated radio was on wrong freq. Go-around flown. Driver stood down pending retraining."),
("aviation", "incident", "Unruly pax in seat 14C, Mr [[name:Darren Fogarty]] (DOB [[date_of_birth:11/11/1987]]), on [[flight_number:U2 3427]] [[organisation:easyJet]] Alicante to [[organisation:Glasgow Airport]]. Verbally abusive to SCCM [[name:Honey Baptiste]], refused to stop vaping. Met on stand by [[organisation:Police Scotland]]. Level 2 incident, {{CSR}} completed."),
("aviation", "success", "Medical diversion: pax Mrs [[name:Adaeze Okafor]] ([[age:67]]) collapsed mid-Atlantic. {{AED}} used, doctor on board (Dr [[name:Sam Whitlock]]) assisted with {{MEDLINK}} advice. Diverted to [[organisation:Shannon Airport]], handed over to paramedics. Pax recovering. Well done crew of [[aircraft_registration:G-VNEW]] - [[name:Rosie]], [[name:Marc]] and [[name:Ife]]."),
("aviation", "incident", "[[aircraft_registration:G-BSVK]] {{PA-28}} engine rough running on downwind at [[organisation:Cambridge Airport]], student pilot [[name:Miles]] ({{solo}}). Landed safely. Instructor [[name:Kat Zhou]] from [[organisation:Cambridge Aero Club]] debriefed. Carb icing likely. {{AAIB}} notified, no injuries."),
("aviation", "near_miss", "Torque values not recorded on the {{CRS}} after wheel change on [[aircraft_registration:G-SAJN]] ({{ATR 72}}) at [[organisation:Kirkwall Airport]]. Spotted by engineer [[name:Rhys ap Gwilym]] (licence [[case_reference:UK.66.448120]]) on daily check before [[flight_number:LM 451]]. Wheel re-torqued, {{Part-145}} {{occurrence report}} raised."),
("aviation", "incident", "Laser attack on approach into [[organisation:Birmingham Airport]], [[flight_number:FR 2416]], approx 4nm final. F/O [[name:Aoife Ní Bhriain]] had temporary flash blindness. Reported to {{ATC}} and [[organisation:West Midlands Police]], crime ref [[case_reference:20/118473/24]]. {{MOR}} submitted."),
("aviation", "success", "Shout out to [[name:Will]] in the tower at [[organisation:Exeter Airport]] who spotted a {{Cessna 172}} lining up on the wrong runway in low vis and cancelled the clearance. Textbook. Reported via {{just culture}} positive reporting scheme, [[date:Sunday 3rd March]]."),
("aviation", "incident", "Cabin crew member [[name:Marisol Achebe-Lund]] injured by runaway trolley during turbulence on [[flight_number:TOM 672]] ({{Boeing 737 MAX 8}}, [[aircraft_registration:G-TUMK]]) to [[organisation:Dalaman Airport]]. Seatbelt sign was on. Crew contact [[email:m.achebe-lund@tuicrew.co.uk]]. {{Occupational health}} referral made."),
("aviation", "near_miss", "HEMS [[aircraft_registration:G-KSSC]] ({{EC135}}) landing at an unlit field at [[address:Fernhill Farm, Lydney]] [[postcode:GL15 6BQ]] - wires not on {{HLS}} database, spotted by crewman [[name:Raj]] on NVG. Landed alternative site. Database updated by [[organisation:GWAAC]]."),
("aviation", "incident", "Passenger [[name:Yusuf Demir]] boarded [[flight_number:TK1980]] at [[organisation:Heathrow]] T2 with a boarding pass for another pax (Mrs [[name:Hope Ekwueme]]). Gate reconcile error - {{APIS}} mismatch caught at door close. Contact for pax: [[phone:+90 532 555 0147]]. Aircraft delayed 35 mins."),
("aviation", "success", "Drone sighting reported by [[flight_number:LOG 6Y]] crew on approach to [[organisation:Aberdeen Airport]]. Tower ([[name:Fiona]]) co-ordinated with police, operator ([[name:Craig Mathieson]], [[age:aged 34]]) located in a field off the A96 within 15 mins. Great team work by [[organisation:Loganair]] and {{ATC}}."),
("aviation", "near_miss", "Airside pass issued to new ground handler [[name:Joy Okereke]] at [[organisation:Stansted]] before {{counter-terrorist check}} completed - her NI no. [[ni_number:NH 73 10 58 C]] had been keyed wrong so the check bounced. Picked up by security compliance ([[name:bill]]) on [[date:2nd Dec]]. Pass withdrawn, no airside access occurred. Reported to the {{CAA}} under {{UK Reg 2015/1998}}."),
]


def main():
    rows, errs = [], []
    for i, (dom, kind, marked) in enumerate(R, 1):
        text, spans, negs = parse(marked, labels=LABELS)
        rid = f"hb5-{i:03d}"
        assert "[[" not in text and "{{" not in text and "]]" not in text, rid
        allr = sorted(spans + negs, key=lambda x: x["start"])
        for a, b in zip(allr, allr[1:]):
            if b["start"] < a["end"]:
                errs.append(f"{rid}: overlap {a} {b}")
        for s in spans:
            v = text[s["start"]:s["end"]]
            if not v or v != v.strip():
                errs.append(f"{rid}: bad span {v!r}")
            if s["label"] == "nhs_number" and not nhs_ok(v):
                errs.append(f"{rid}: bad NHS {v}")
        covered = [(s["start"], s["end"]) for s in spans + negs]
        for s in spans:
            v = text[s["start"]:s["end"]]
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    errs.append(f"{rid}: unlabelled occurrence of {v!r} at {m.start()}")
        rows.append({"id": rid, "domain": dom, "kind": kind, "text": text,
                     "spans": spans, "negatives": negs})
    if errs:
        print("\n".join(errs)); sys.exit(1)
    out = Path(__file__).resolve().parents[1] / "corpus" / "heldout_blind5.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(s["label"] for r in rows for s in r["spans"])
    print(len(rows), "records ->", out)
    print(Counter(r["domain"] for r in rows), Counter(r["kind"] for r in rows))
    print(dict(sorted(c.items())), "spans:", sum(c.values()),
          "negatives:", sum(len(r["negatives"]) for r in rows))


if __name__ == "__main__":
    main()
