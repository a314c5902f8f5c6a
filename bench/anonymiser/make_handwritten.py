#!/usr/bin/env python3
"""Build bench/anonymiser/corpus/dev_handwritten.jsonl from hand-written narratives.

These were written freely (not from the generator's frames or pools) to check
that results generalise beyond make_corpus.py.  Mark-up in the texts below:

    [[label:value]]   an identifier; label is a short alias (see ALIAS) or a full label
    {{term}}          a must-not-redact mention

The mark-up is stripped and the spans are computed from the stripped text.
"""
from __future__ import annotations

import json
import pathlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from markup import parse  # noqa: E402

ALIAS = {
    "n": "name", "a": "address", "pc": "postcode", "ph": "phone", "em": "email",
    "nhs": "nhs_number", "ni": "ni_number", "ref": "case_reference", "dob": "date_of_birth",
    "d": "date", "age": "age", "org": "organisation", "vr": "vehicle_registration",
    "ac": "aircraft_registration", "fl": "flight_number",
}
LABELS = set(ALIAS.values())

# (domain, kind, text)
NARRATIVES = [
("social_care", "incident", """went out to see [[n:kayden]] and his sister [[n:lacey-mae]] at [[a:flat 6 Brunswick court, Hulme]] [[pc:m15 5hx]] today, {{mum}} wouldnt let me in, said shed already told the {{duty social worker}} everything on the phone. Could hear [[n:Darren]] (mums new fella) shouting in the background. rang {{police}} from the car. [[n:Kayden]] is [[age:4]] and not in nursery. Follow up visit booked for [[d:Weds 12th]]."""),
("social_care", "success", """I want to say how brilliant Mrs [[n:Okonjo]] was. (she says just call her [[n:Ngozi]], she hates the Mrs). She fostered [[n:Tobi]] and [[n:Precious]] for three years and on [[d:14/2/2024]] the adoption order was granted at [[org:Leeds Family Court]]. [[n:Precious]] wore a tiara. Everyone cried including the {{IRO}}."""),
("social_care", "near_miss", """Nearly sent [[n:Jordan Wyatt-Clarke]]'s LAC review minutes to his birth dad [[n:Lee Wyatt]] at [[em:leewyatt1979@gmail.com]]. The address book auto filled. Only noticed because the subject line said [[ref:LAC/22/3317]] and I double checked. Birth dad is not supposed to know the placement address ([[a:27 Nightingale Way, Chorley]], [[pc:PR7 2QL]])."""),
("social_care", "incident", """Re: [[n:Amara]] ([[dob:08.11.2011]]) – MISSING. [[n:Amara]] didnt return to [[org:Hollybank House]] after school at [[org:Cardinal Newman College]]. Staff rang her mobile [[ph:07821 334 912]] no answer. Found at [[a:9 Kirkstall Hill]] at 1am with older males, a white Golf [[vr:YK19 HNB]] seen leaving. NRM referral to be considered, {{Section 47}} strategy meeting tomorrow."""),
("social_care", "success", """great multi agency work this week for baby [[n:Ivy]] ([[age:11 weeks]]). The {{health visitor}} [[n:Sue Rathbone]] spotted the bruise, GP at [[org:Holt Park Surgery]] saw her same day, {{CP medical}} at [[org:LGI]] by 4pm. {{Signs of Safety}} meeting with {{mum}} and {{grandma}} [[n:Pauline]] was honest and calm."""),
("social_care", "incident", """During supervised contact at {{the contact centre}} Mr [[n:Haddad]] gave [[n:Yusra]] a phone and told her to keep it secret, number [[ph:+44 7400 118822]]. Contact supervisor [[n:Beth]] found it in her coat after. {{LADO}} not needed as it wasnt staff. Case ref [[ref:CP/2023/0871]]."""),
("social_care", "near_miss", """our team manager [[n:Will]] picked up that the {{Child in Need}} plan for the [[n:O'Sullivan]] children still had the old school on it ([[org:St Bernadette's RC Primary]]) - they moved to [[org:Ysgol y Graig]] in {{September}}. if the taxi had been booked off that it'd have gone to the wrong place."""),
("social_care", "incident", """YP [[n:Reece]] ([[age:16]]) assaulted staff member at [[org:The Grange Residential Home]] on [[d:3rd Jan]]. Staff [[n:R. Mahmood]] has a cut lip. Police attended, crime ref [[ref:13/4410/24]]. [[n:Reece]] has {{ADHD}} and {{autism}}, hadnt had his meds since {{Friday}}."""),
("social_care", "success", """Shout out to [[n:Grace]] in business support who saw that [[n:Mark]]'s {{Pathway Plan}} had his NI number in the title ([[ni:JT 44 19 82 C]]) before it went to the college. She sorted it in two minutes. Thanks [[n:Grace]]!!"""),
("social_care", "incident", """Home visit [[d:Tues 5 March]]. Dad ([[n:Kamil Nowicki]], [[dob:1989-04-30]]) answered the door drunk, [[n:Zuzia]] ([[age:6]]) and [[n:Filip]] ([[age:9]]) were alone upstairs. {{Mum}} is in Poland? no, crossed that out, mum is at work. New address for the file: [[a:112a Dewsbury Road]], [[pc:LS11 6JE]]. Tel [[ph:0113 249 7702]]."""),
("social_care", "near_miss", """The {{Early Help}} worker went to the wrong house - [[a:14 Hope Street]] instead of [[a:41 Hope Street]] - and nearly discussed [[n:Hope]]'s self harm with a neighbour. Realised when the neighbour said no [[n:Hope]] lives here."""),
("social_care", "success", """Care leaver [[n:Abdi]] ([[age:19]]) moved into his own flat at [[a:Flat 3, 88 Stapleton Road, Easton]] [[pc:BS5 0QA]] with {{Staying Put}} support ending well. {{Personal adviser}} [[n:Lorna McPhee]] ([[em:lorna.mcphee@bristol.gov.uk]]) got him a grant for furniture."""),
("social_care", "incident", """Handover note by [[n:JB]]: [[n:Tyler]] kicked off again after phone call with nan. Broke window in lounge. Called on call mgr [[n:Gill]] at 21.40 on [[ph:07966223410]]. {{Ofsted}} notification done [[d:17.08.24]]."""),
("health", "incident", """Pt [[n:Eileen Maguire]] [[age:87yo]], [[nhs:485 777 3406]], fell in bay 4 at 0320. Not on falls mat despite {{Falls Risk}} assessment saying high risk. Daughter [[n:Bernie]] phoned at 0700 ([[ph:01706 812244]]) and was understandably upset. {{Datix}} done ([[ref:W88123]])."""),
("health", "near_miss", """Nearly gave {{insulin}} to the wrong Mr [[n:Patel]] on ward 11 - two Mr [[n:Patel]]s in adjacent bays ([[n:Dinesh]] and [[n:Harish]]). Caught at the bedside because [[n:Dinesh]]'s wristband said [[dob:12/05/1948]] and the chart said [[dob:02/11/1951]]. Suggest name alert stickers."""),
("health", "success", """Fantastic {{sepsis}} recognition by student nurse [[n:Chloe-Ann Ferris]] on [[d:27th October 2023]]. She noticed [[n:Stan]]'s {{NEWS2}} went from 2 to 6, escalated with {{SBAR}} to the {{SHO}} and antibiotics were in within 40 mins. [[n:Stan]] went home [[d:Nov 2nd]]."""),
("health", "incident", """Discharge letter for Baby [[n:Rose Akintola]] (hosp no [[ref:R0921177]]) was sent to [[a:6 Ashfield Terrace, Gateshead]] [[pc:NE8 1RB]] - that's the previous tenant, family moved in {{June}}. Contained {{Down's syndrome}} diagnosis and cardiology plan. IG team informed."""),
("health", "near_miss", """{{Pharmacist}} [[n:Sandeep]] queried a gentamicin dose of 800mg for Mrs [[n:Nkemelu]] ([[age:42]], 51kg). Should have been 350mg. FY1 Dr [[n:Clarke]] had used the wrong weight from Mrs [[n:Nkemelu]]'s old admission. Great catch."""),
("health", "incident", """Ambulance delay: 999 call at 14:02 for [[n:Arthur Penhaligon]], [[age:79]], at [[a:Trewithen, Ponsanooth]] [[pc:TR3 7HG]]. Crew arrived 19:55. {{Hip fracture}}. Neighbour [[n:Morwenna]] stayed with him the whole time bless her. Call ref CAD [[ref:4471]]."""),
("health", "success", """Would like to thank [[n:Rosa]] & [[n:Mark Delaney]] from the {{hospital at night}} team at [[org:Pinderfields]], they managed 3 arrests on one shift and still found time to sit with Mrs [[n:Ahmed]]'s family when she passed."""),
("health", "incident", """MRN [[ref:40077123]]. [[n:Keeley]] ([[age:15]]) presented to {{A&E}} after {{paracetamol}} OD. {{CAMHS}} referral sent to wrong email - [[em:camhs.referals@nhs.net]] (typo) - bounced and nobody noticed for 48hrs. {{Mum}} ([[n:Tracey Haworth]], [[ph:07789 101 202]]) chased it."""),
("health", "near_miss", """Theatre list [[d:Monday 8/1]]: Mr [[n:Oyelaran]] listed for L knee, consent said R. Picked up at sign in by scrub nurse [[n:Aled]]. {{WHO checklist}} worked exactly as it should."""),
("health", "incident", """Dr [[n:Farooq]] locum, GMC [[ref:7044123]], prescribed {{morphine}} 10mg IV for a [[age:3yo]] (meant 1mg). Given before pharmacy review. {{Naloxone}} given, child fine. [[n:Farooq]]'s contact: [[em:a.farooq@locumsolutions.co.uk]]."""),
("health", "success", """community midwife [[n:sian]] visited [[n:ffion pryce]] at home ([[a:2 Maes y Deri, Llandeilo]] [[pc:SA19 6PP]]) day 5 and picked up jaundice early, baby back in to [[org:Glangwili]] and under lights by tea time. lovely family."""),
("health", "incident", """Confidentiality breach - [[n:Jas]] on reception read out [[n:Harpreet Kaur Dhillon]]'s date of birth ([[dob:1st Feb 1966]]) and address ([[a:44 Soho Road, Handsworth]]) in a full waiting room at [[org:Soho Road Health Centre]]. Mrs [[n:Dhillon]] complained on [[d:22/09]]."""),
("health", "near_miss", """Blood sample for [[n:Oliver James]] labelled as [[n:James Oliver]] (both in resus at the same time!). Lab rejected it as DOB didnt match [[nhs:601 228 3318]]. Repeat sent."""),
("health", "success", """[[n:Faith]] on ward 23 spent her break helping Mr [[n:Kowalczyk]] video call his wife in [[org:Wrocław University Hospital]] using google translate. Small thing but it meant a lot to him."""),
("aviation", "incident", """[[fl:EZY82GK]] [[ac:G-UZHF]] {{A320neo}} [[org:BRS]]-[[org:FAO]] [[d:19 Aug 2024]]. Passenger in 23F (Mr [[n:Coombes]]) vaped in the lavatory, smoke detector activated. Police met aircraft at [[org:Faro]]. {{SCCM}} [[n:Leanne]] handled it brilliantly. {{MOR}} raised."""),
("aviation", "near_miss", """We were cleared to line up and wait rwy 27R at [[org:Heathrow]] while [[fl:BA287]] was still on short final. {{Captain}} [[n:Jo Merriweather]] queried it and {{ATC}} corrected. {{TCAS}} not involved."""),
("aviation", "incident", """Baggage tug [[vr:EX68 WKL]] collided with the {{ATR 72}} [[ac:G-ORAU]] at stand 14, [[d:Sun 03/11]]. Driver [[n:Phil Kenny]] said brakes felt spongy. Aircraft AOG, flight [[fl:LM 448]] to [[org:Aberdeen]] cancelled."""),
("aviation", "success", """Just want to flag what a great job FO [[n:Amira Haddad]] did as PF, I was PM, and the {{FO}} deserves the credit. Engine vibration after takeoff from [[org:Manchester]], [[ac:G-JZHO]], she ran the {{QRH}} calmly and we landed overweight without fuss. Captain [[n:Rhodes]]"""),
("aviation", "incident", """Fatigue report. [[d:12.2.25]]. Rostered 4 sectors [[fl:LOG 67]] / [[fl:LOG 68]] / [[fl:LOG 69]] / [[fl:LOG 70]] after 9 hrs rest. {{Just Culture}} please. Contact [[em:j.mcintyre.flightops@gmail.com]] or [[ph:+44 (0) 7712 345678]]. [[n:Jamie McIntyre]], {{first officer}}."""),
("aviation", "near_miss", """[[ac:N417QS]] (private {{Gulfstream}}) taxied past the {{holding point}} at [[org:Farnborough]] without clearance while we were on a 2 mile final in [[ac:G-KATC]]. Tower sent us around. Our student [[n:Priya]] did a perfect go-around."""),
("aviation", "incident", """Passenger Mrs [[n:Dorothy Baines]] ([[age:92]]) PRM, was left on the jet bridge for 50 minutes on arrival of [[fl:FR 4581]]. Her son [[n:Graham]] ([[ph:07831 652090]]) lodged a complaint. Ref [[ref:CR-2024-118893]]."""),
("aviation", "success", """Engineer [[n:Dom]] spotted a cracked bracket on [[ac:EI-FMV]] during the night stop at [[org:Belfast City]] which wasnt on any task card. Would have been found at C-check anyway but good eyes. {{CAA}} and {{EASA}} informed by {{Part 145}} org."""),
("aviation", "near_miss", """Fuel truck [[vr:SK16 BVP]] started to drive off while still connected to [[ac:G-EZWX]]. Dispatcher [[n:Mo]] shouted and it stopped. No spill. Reported on [[d:the 4th]] via the {{SMS}}."""),
("aviation", "incident", """Laser strike on approach to [[org:Glasgow]] runway 23, [[fl:TOM3BK]], [[d:Fri 20th Dec]] at about 1830Z. Both pilots ok. {{Police Scotland}} ref [[ref:PS-20241220-0614]]. {{Captain}} [[n:Hamish Urquhart]] reported to {{ATC}} straight away."""),
("aviation", "success", """Med emergency on [[fl:BA 2491]] [[org:LGW]]-[[org:TFS]]: [[n:Blessing]] in row 9 went into labour. {{Cabin crew}} [[n:Kerry-Ann]] and [[n:Sam]] and a passenger who was a midwife ([[n:Rachel Fox]]) delivered a baby girl. Diverted to [[org:Lisbon]]. Mum and baby (born [[dob:16 July 2024]]) fine."""),
("social_care", "near_miss", """wrong child's chronology attached to referral for [[n:Summer Pickering]] (Mosaic [[ref:2219043]]). Had the name of another child [[n:Skye]] and her school [[org:Marlborough Road Academy]] in it. Spotted by admin [[n:Kath]] before it left the building."""),
("health", "incident", """Mr [[n:Xu]]'s son [[n:Wen]] was used as interpreter for a DNACPR discussion on [[d:30 Jan]] instead of booking one. Mr [[n:Xu]] ([[age:81]], [[nhs:9876543210]]) did not understand what was agreed. {{Interpreting service}} line is 24/7."""),
]




# A few marked-up values are deliberately things a reader would still treat as
# identifying (airport IATA codes such as BRS/FAO/LGW/TFS, a GMC number, a CAD
# call reference) so that the set probes beyond the generator's pools.


def build() -> list[dict]:
    recs = []
    for i, (domain, kind, src) in enumerate(NARRATIVES, 1):
        text, spans, negs = parse(src, labels=LABELS, aliases=ALIAS)
        for s in spans:
            assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]
        recs.append({"id": f"hw-{i:03d}", "domain": domain, "kind": kind, "text": text,
                     "spans": spans, "negatives": negs})
    return recs


def main() -> None:
    recs = build()
    out = pathlib.Path(__file__).parent / "corpus" / "dev_handwritten.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans, "
          f"{sum(len(r['negatives']) for r in recs)} negatives -> {out}")


if __name__ == "__main__":
    main()
