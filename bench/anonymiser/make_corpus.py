#!/usr/bin/env python3
"""Generate the labelled development corpus for the anonymiser benchmark.

Deterministic (fixed seed).  Narratives are composed from many sentence frames
written in the voice of practitioners in UK children's social care, health and
aviation, filled from large value pools.  Every identifier's character span is
recorded as the text is assembled, so offsets are exact by construction.

Template mark-up used in the frames below:

    {slot}        an identifier or a person mention (see ``Builder.slot``)
    {~pool}       a must-not-redact mention drawn from a negative pool
    <<term>>      a literal must-not-redact mention (role, framework, ...)

Usage:  python bench/anonymiser/make_corpus.py [--n 450] [--seed 20240521]
            [--out bench/anonymiser/corpus/dev.jsonl]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import string

SEED = 20240521
LABELS = (
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
    "case_reference", "date_of_birth", "date", "age", "organisation",
    "vehicle_registration", "aircraft_registration", "flight_number",
)

# --------------------------------------------------------------------------
# value pools
# --------------------------------------------------------------------------
FIRST_F = """Grace Hope Rose Faith Joy Amber Ruby Holly Ivy Daisy Dawn April May June
Summer Poppy Lily Olivia Amelia Isla Ava Mia Sophie Chloe Jessica Megan Bethany Lauren
Emma Charlotte Ellie Freya Evie Harper Millie Niamh Siobhan Aoife Ciara Saoirse Caitlin
Eilidh Morag Kirsty Rhiannon Cerys Seren Ffion Angharad Bronwen Carys Aisha Fatima Zainab
Maryam Ayesha Khadija Nadia Sana Hina Iqra Amina Noor Yasmin Priya Anjali Simran Harpreet
Gurpreet Manpreet Kiran Nisha Pooja Shreya Farhana Nasreen Rukhsana Shabana Tahmina Sumaiya
Chiamaka Ngozi Adaeze Chioma Funmilayo Folake Abimbola Precious Blessing Favour Gift Destiny
Akosua Ama Abena Efua Hodan Fadumo Ayan Hamdi Zahra Shanice Tanisha Keisha Jada Aaliyah
Marcia Beverley Agnieszka Katarzyna Magdalena Zofia Oliwia Ioana Andreea Elena Mihaela
Ana Mei Li Xiu Hui Ying Thi Linh Hoa Leyla Elif Zeynep Dilan Rojda Selam Helen Mary-Jane
Lucy-Mae Anne-Marie Kayleigh Jade Courtney Shannon Chelsea Demi Tia Kacey Marie Sandra
Patricia Margaret Doreen Brenda Pauline Janet Shirley Maureen Sheila Bridget Mairead
Roisin Orla Gemma Leanne Nicola Stacey Becky Sam Jo Alex Charlie Robin Jay Frankie
Sunny Sky River Storm Angel Penny Pearl Violet Iris Heather Autumn Victoria Esme""".split()
FIRST_M = """Will Mark Jack Bill Frank Rich Pat Drew Sandy Guy Grant Dean Bob Ray Art
Oliver George Harry Noah Leo Oscar Charlie Alfie Freddie Archie Theo Arthur Thomas James
William Jacob Joshua Daniel Ryan Connor Kyle Liam Callum Ewan Fraser Hamish Angus Rory
Dylan Rhys Owain Gethin Iwan Dafydd Cian Oisin Padraig Seamus Declan Eoin Mohammed Muhammad
Ahmed Ali Hassan Hussain Ibrahim Yusuf Omar Bilal Imran Zain Ayaan Hamza Usman Tariq Arjun
Rohan Vikram Sanjay Rajesh Amrit Gurdeep Jaswinder Harjit Kuldeep Ravi Dev Abdul Shahid
Abdul-Rahman Chukwuemeka Emeka Chinedu Obinna Tunde Oluwaseun Femi Kwame Kofi Yaw Kwabena
Kojo Abdi Mahad Liban Abdirahman Tyrone Jermaine Marlon Leroy Delroy Winston Andre Kacper
Jakub Szymon Piotr Tomasz Mateusz Andrei Ionut Mihai Florin Bogdan Wei Jun Hao Minh Tuan
Duc Mehmet Emre Kemal Baran Dara Tesfay Yonas Dawit Kevin Gary Darren Wayne Shane Lee
Craig Stuart Graham Keith Derek Trevor Colin Barry Ken Jimmy Stevie Mikey Tommy Jonny
Jean-Paul Mo Ben Max Sami Kai Jordan Reece Tyler Kian Riley Bailey Hunter""".split()
SURNAMES = """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts
Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel
Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison
Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell
Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan
Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb
Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes
Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders
Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson
Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley
Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper
Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne
Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert
Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt
Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar
Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash
Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath
Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hope Love Best Little
Lamb Moon Rich Sweet Bright Goodchild Okafor Okonkwo Adeyemi Adebayo Mensah Owusu Boateng
Asante Osei Nwosu Eze Obi Abdullahi Warsame Farah Mohamud Hersi Nowak Kowalski Wisniewski
Wojcik Kaminski Lewandowska Popescu Ionescu Constantin Dumitru Wang Li Zhang Chen Liu Nguyen
Tran Pham Yilmaz Demir Kaya Sahin Tesfaye Haile Mehari Chaudhry Iqbal Rahman Miah Uddin
Chowdhury Islam Hossain Sharma Gupta Kumar Mistry Desai Sandhu Dhillon Bains Gill Rai
Mahmood Rashid Siddiqui Mirza Qureshi Ap-Rhys Llewellyn Pryce Vaughan MacLeod MacKenzie
Fraser McLaughlin Docherty Kerr Paterson Maguire Devlin Donnelly McCann Smith-Okoro
Bailey-Hughes Ahmed-Khan Clarke-Williams Jones-Mensah Hart-Davis Lloyd-Evans Osei-Bonsu
Fernandes Da Silva Pereira Santos Costa Rodrigues De Souza Van Der Merwe""".split()
# multi-word surnames written with underscores above would be confusing; fix two-word ones
SURNAMES = [s for s in SURNAMES if s not in ("Da", "De", "Van", "Der")] + [
    "Da Silva", "De Souza", "Van der Merwe", "Abu Bakr", "El-Sayed", "St Clair"]
NICKNAMES = {
    "Rebecca": "Bex", "Mohammed": "Mo", "Kieran": "Kez", "Natasha": "Tash",
    "Barry": "Baz", "Gary": "Gaz", "Sharon": "Shaz", "Joanne": "Jojo",
    "Daniel": "Danny", "Jonathan": "Jonny", "Thomas": "Tommy", "Michael": "Mikey",
    "Steven": "Stevie", "Alexander": "Alfie", "Elizabeth": "Lizzie", "Katherine": "Kat",
}
FIRST_F += ["Rebecca", "Natasha", "Sharon", "Joanne", "Elizabeth", "Katherine"]
FIRST_M += ["Kieran", "Daniel", "Jonathan", "Thomas", "Michael", "Steven", "Alexander"]

STREET_NAMES = """Victoria Albert Church Station Park Mill Chapel Queens Kings Manor Elm
Oak Beech Ash Holly Cedar Willow Hawthorn Rowan Birch Chestnut Sycamore Laburnum Poplar
Meadow Orchard Springfield Westfield Highfield Broadway Grange Moorland Hillside Ferndale
Rosebank Woodland Cavendish Stanley Gladstone Wellington Nelson Clarence Cromwell Milton
Shakespeare Tennyson Byron Wordsworth Dickens Coronation Jubilee Windsor Balmoral Sandringham
Derwent Ribble Aire Wharfe Severn Tamar Tyne Mersey Trent Calder Wharncliffe Bellevue
Castle Bridge Market Water Green Low High Back Front New Old North South East West Long
Harehills Roundhay Chapeltown Moss Side Ladypool Stratford Soho Belgrave Lozells Everton
Anfield Toxteth Sparkbrook Heaton Manningham Allerton Pollokshields Govan Leith Canton
Splott Grangetown Ardoyne Falls Shankill Lisburn Dunmurry Kirkstall Beeston Holbeck Armley
Whitehall Saltaire Fenwick Maple Lime Heather Primrose Bluebell Foxglove Larkspur Kestrel
Falcon Heron Swallow Curlew Plover Lapwing Skylark""".split()
STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way",
                "Gardens", "Terrace", "Grove", "Place", "Court", "Walk", "Mews", "Rise",
                "Hill", "View", "Row", "Square", "Parade", "Green"]
STREET_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Close": "Cl", "Crescent": "Cres",
               "Drive": "Dr", "Gardens": "Gdns", "Terrace": "Terr", "Place": "Pl", "Court": "Ct"}
TOWNS = """Leeds Bradford Salford Luton Wrexham Swansea Dundee Paisley Derby Hull Ipswich
Oldham Rochdale Slough Reading Plymouth Newport Belfast Derry Huddersfield Halifax Wakefield
Doncaster Rotherham Barnsley Sheffield Sunderland Gateshead Middlesbrough Blackburn Burnley
Preston Blackpool Wigan Bolton Stockport Stoke-on-Trent Walsall Wolverhampton Dudley Coventry
Leicester Nottingham Northampton Peterborough Norwich Colchester Southend-on-Sea Croydon
Harrow Enfield Tottenham Lewisham Brixton Hackney Southampton Portsmouth Bournemouth
Swindon Gloucester Bristol Exeter Truro Cardiff Merthyr Tydfil Rhyl Bangor Aberystwyth
Glasgow Edinburgh Aberdeen Inverness Kilmarnock Motherwell Lisburn Newry Carlisle Kendal
Lancaster Harrogate Keighley Dewsbury Batley Crawley Milton Keynes""".split()
TOWNS = [t for t in TOWNS if t not in ("Merthyr", "Tydfil", "Milton", "Keynes")] + [
    "Merthyr Tydfil", "Milton Keynes", "Ashton-under-Lyne", "Bishop's Stortford"]
VILLAGES = ["Thornbury", "Little Haywood", "Appleby", "Ashby", "Great Ayton", "Oakworth",
            "Cross Hills", "Bramhope", "Llanfair", "Kirkby Lonsdale", "Hutton Rudby",
            "Lower Slaughter", "Much Wenlock", "Westbury", "Ballykelly", "Portsoy"]
HOUSE_NAMES = ["Rose Cottage", "The Willows", "Ivy House", "Orchard Cottage", "The Old Forge",
               "Meadow View", "Hillcrest", "The Laurels", "Holly Lodge", "Brook Farm",
               "Ty Gwyn", "The Coach House", "Fernlea", "Glenview", "Kestrel Barn"]
BLOCK_NAMES = ["Kestrel House", "Nelson Court", "Victoria Mansions", "Park View Tower",
               "Clarence House", "Jubilee Heights", "Merrion Court", "Eden Point",
               "Grosvenor Flats", "Cotton Mill", "St Peter's Court", "Falcon Heights"]

PC_SINGLE = list("BEGLMNSW")
PC_DOUBLE = """LS BD HX HD WF SA CF NP LL BT EH KY DD AB IV PA NE SR DH TS DN HU YO NG DE
LE CV WV WS DY ST CW CH WA WN BL OL SK PR BB FY LA CA OX RG SL HP MK LU AL SG CB IP NR CO
CM SS RM IG EN HA UB TW KT CR BR DA ME CT TN BN RH GU PO SO BH SP BA BS GL TA EX TQ PL TR
SW SE NW EC WC""".split()
PC_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

SCHOOL_STEMS = ["St Mary's", "St Aidan's", "St Joseph's", "St Peter's", "Christ Church",
                "Oakfield", "Hollybrook", "Thornhill", "Parkside", "Greenacre", "Brookfield",
                "Westgate", "Moorside", "Al-Noor", "Bishop Challoner", "Kings Norton",
                "Abbey Grange", "Riverside", "Fieldhead", "Ravenscliffe", "Highcrest",
                "Castleton", "Beechwood", "Lady Margaret", "Our Lady of Lourdes", "Ysgol Gymraeg",
                "Holy Family", "Temple Moor", "Carr Manor", "Sacred Heart", "Mount Pleasant"]
SCHOOL_TYPES = ["Primary School", "Primary", "C of E Primary School", "Catholic Primary",
                "Academy", "Community Academy", "High School", "Junior School",
                "Infant School", "Secondary School", "College", "Free School", "Pupil Referral Unit"]
NURSERIES = ["Little Acorns Day Nursery", "Busy Bees Nursery", "Rainbow Pre-School",
             "Tiny Steps Nursery", "Sunshine Nursery", "Kiddi Caru", "Buttercups Day Nursery",
             "Little Explorers Nursery", "Honeypot Pre-School", "Tadpoles Nursery",
             "Noah's Ark Playgroup", "First Steps Childcare"]
GP_STEMS = ["Parkside", "The Elms", "Church Street", "Woodhouse", "Oakwood", "Hillview",
            "Chapel Allerton", "Riverside", "Bellevue", "Moss Lane", "Station Road", "Springfield",
            "Millfield", "Heaton", "Ashgrove", "Beeches", "Valley", "Whitehall"]
GP_TYPES = ["Medical Centre", "Surgery", "Health Centre", "Medical Practice", "Group Practice"]
HOSPITALS = ["St James's University Hospital", "Royal Derby Hospital", "Queen Elizabeth Hospital",
             "Alder Hey Children's Hospital", "Leeds General Infirmary", "Bradford Royal Infirmary",
             "Royal Gwent Hospital", "Ninewells Hospital", "Whiston Hospital",
             "Great Ormond Street Hospital", "Birmingham Children's Hospital",
             "Royal Victoria Infirmary", "Southmead Hospital", "Calderdale Royal Hospital",
             "Pinderfields Hospital", "Royal Oldham Hospital", "Wythenshawe Hospital",
             "Addenbrooke's Hospital", "the Royal London Hospital", "Ulster Hospital",
             "University Hospital of Wales", "Morriston Hospital", "Queen Alexandra Hospital",
             "Derriford Hospital", "Airedale General Hospital", "Sheffield Children's Hospital",
             "Glan Clwyd Hospital", "Royal Alexandra Hospital", "Craigavon Area Hospital"]
TEAM_PATTERNS = ["{town} Children's Social Care", "{town} Fostering Service",
                 "{town} Youth Justice Service", "{town} Children's Services",
                 "{town} Leaving Care Team", "{place} Family Hub", "{place} Family Centre",
                 "{place} Children's Centre", "{town} Adoption Agency"]
HOMES = ["Beechwood House", "Meadowbank Children's Home", "Oak Lodge", "The Limes",
         "Rowan House", "Cedar View Children's Home", "Hollins Lodge", "Fairfield House",
         "Larchwood Residential Unit", "Brambles Children's Home"]
AIRPORTS = ["Leeds Bradford Airport", "Manchester Airport", "Gatwick", "Heathrow",
            "Belfast International", "Glasgow Prestwick", "Bristol Airport", "Aberdeen Airport",
            "Newcastle International Airport", "Stansted", "Luton Airport", "Birmingham Airport",
            "East Midlands Airport", "Liverpool John Lennon Airport", "Edinburgh Airport",
            "Cardiff Airport", "Inverness Airport", "Southampton Airport", "Exeter Airport",
            "Dublin Airport", "Palma", "Alicante Airport", "Schiphol", "Jersey Airport",
            "Kirkwall Airport", "Sumburgh", "Doncaster Sheffield Airport", "Teesside Airport"]
CARS = ["Ford Focus", "Vauxhall Corsa", "VW Golf", "Nissan Qashqai", "Toyota Yaris",
        "BMW 3 series", "Kia Sportage", "Ford Transit van", "Peugeot 208", "Audi A3",
        "Mercedes Sprinter", "Range Rover Evoque", "Skoda Octavia", "Seat Leon"]
COLOURS = ["silver", "black", "white", "red", "grey", "dark blue", "green", "blue"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "hotmail.com", "outlook.com", "yahoo.co.uk",
                 "icloud.com", "btinternet.com", "live.co.uk", "nhs.net", "sky.com"]
ORG_EMAIL_DOMAINS = ["leeds.gov.uk", "bradford.gov.uk", "salford.gov.uk", "nhs.net",
                     "wales.nhs.uk", "hscni.net", "nhs.scot", "ops.loganair.co.uk",
                     "easyjet.com", "tui.co.uk", "kirklees.gov.uk", "cardiff.gov.uk"]

# ---------------- negative pools (must not be redacted) --------------------
NEG = {
    "role_sc": ["the <<duty social worker>>", "the <<allocated social worker>>", "the <<IRO>>",
                "the <<team manager>>", "the <<family support worker>>", "the <<personal adviser>>",
                "the <<health visitor>>", "<<mum>>", "<<dad>>", "<<nan>>", "the <<foster carer>>",
                "the <<DSL>>", "the <<school nurse>>", "the <<contact supervisor>>",
                "the <<on-call manager>>", "the <<EDT worker>>", "<<stepdad>>", "the <<youth worker>>",
                "the <<virtual school head>>", "the <<senior practitioner>>", "<<grandma>>",
                "the <<residential worker>>", "the <<key worker>>", "the <<SENCO>>"],
    "role_h": ["the <<ward sister>>", "the <<registrar>>", "the <<F1>>", "the <<consultant>>",
               "the <<night nurse>>", "the <<charge nurse>>", "the <<HCA>>", "the <<pharmacist>>",
               "the <<paramedic>>", "the <<midwife>>", "the <<anaesthetist>>", "the <<bed manager>>",
               "the <<outreach team>>", "the <<SHO>>", "the <<porter>>", "the <<district nurse>>",
               "the <<matron>>", "<<mum>>", "the <<GP>>", "the <<ward clerk>>", "the <<physio>>",
               "the <<site manager>>", "the <<crash team>>"],
    "role_av": ["the <<first officer>>", "the <<captain>>", "the <<SCCM>>", "the <<purser>>",
                "the <<dispatcher>>", "the <<tug driver>>", "the <<engineer>>", "the <<controller>>",
                "the <<loadmaster>>", "the <<cabin crew>>", "the <<duty ops manager>>",
                "the <<ground handler>>", "the <<marshaller>>", "the <<fuel operator>>",
                "the <<training captain>>", "the <<PF>>", "the <<PM>>", "the <<ramp agent>>"],
    "fw_sc": ["<<Signs of Safety>>", "<<Working Together>>", "<<Ofsted>>", "<<CAMHS>>", "<<MASH>>",
              "<<Section 47>>", "<<Section 17>>", "<<Section 20>>", "<<LADO>>", "<<PLO>>",
              "<<Child in Need>>", "<<Early Help>>", "<<the Children Act 1989>>", "<<MARAC>>",
              "<<EHCP>>", "<<PACE>>", "<<Family Group Conference>>", "<<Care Order>>", "<<NRM>>",
              "<<Staying Put>>", "<<Pathway Plan>>", "<<the Graded Care Profile>>"],
    "fw_h": ["<<NHS>>", "<<CQC>>", "<<SBAR>>", "<<NEWS2>>", "<<PEWS>>", "<<NICE>>", "<<Datix>>",
             "<<the Mental Capacity Act>>", "<<DoLS>>", "<<the WHO checklist>>", "<<PSIRF>>",
             "<<Duty of Candour>>", "<<MDT>>", "<<LocSSIPs>>", "<<the sepsis six>>", "<<DNACPR>>",
             "<<ReSPECT>>", "<<RCA>>", "<<Freedom to Speak Up>>", "<<the Safeguarding Adults Board>>"],
    "fw_av": ["<<CAA>>", "<<TCAS>>", "<<ATC>>", "<<QRH>>", "<<CRM>>", "<<EASA>>", "<<AAIB>>",
              "<<CHIRP>>", "<<NOTAM>>", "<<SMS>>", "<<MOR>>", "<<METAR>>", "<<ATIS>>", "<<EGPWS>>",
              "<<the MEL>>", "<<FDM>>", "<<Just Culture>>", "<<ICAO>>"],
    "dayp": ["on <<Monday>>", "<<last Friday>>", "<<every Tuesday>>", "on <<Wednesday morning>>",
             "<<at the weekend>>", "<<in March>>", "<<over Easter>>", "on <<Thursday>>",
             "<<every Monday>>", "<<in May>>", "<<in June>>", "<<over Christmas>>",
             "<<in the summer holidays>>", "<<on Sunday night>>", "<<in August>>",
             "<<last Saturday>>", "<<in April>>", "<<on Bank Holiday Monday>>", "<<in January>>"],
    "med": ["<<sepsis>>", "<<Down's syndrome>>", "<<anaphylaxis>>", "<<asthma>>", "<<ADHD>>",
            "<<autism>>", "<<epilepsy>>", "<<type 1 diabetes>>", "<<bronchiolitis>>", "<<pneumonia>>",
            "<<DKA>>", "<<Crohn's disease>>", "<<Parkinson's disease>>", "<<Alzheimer's>>",
            "<<Bell's palsy>>", "<<Hirschsprung's disease>>", "<<Tourette's>>",
            "<<Guillain-Barré syndrome>>", "<<Addison's disease>>", "<<Asperger's>>",
            "<<cerebral palsy>>", "<<a UTI>>", "<<COPD>>", "<<hypoglycaemia>>", "<<Kawasaki disease>>",
            "<<Hodgkin lymphoma>>", "<<sickle cell disease>>", "<<cystic fibrosis>>"],
    "acute": ["<<sepsis>>", "<<pneumonia>>", "<<DKA>>", "<<bronchiolitis>>", "<<anaphylaxis>>",
              "<<a UTI>>", "<<Kawasaki disease>>", "<<Guillain-Barré syndrome>>", "<<meningitis>>",
              "<<hypoglycaemia>>", "<<Bell's palsy>>", "<<cellulitis>>"],
    "drug": ["<<salbutamol>>", "<<paracetamol>>", "<<adrenaline>>", "<<insulin>>", "<<morphine>>",
             "<<gentamicin>>", "<<warfarin>>", "<<enoxaparin>>", "<<midazolam>>", "<<melatonin>>",
             "<<methylphenidate>>", "<<sertraline>>", "<<amoxicillin>>", "<<oramorph>>", "<<ibuprofen>>"],
    "place_sc": ["<<the school gates>>", "<<a children's home>>", "<<the contact centre>>",
                 "<<the foster home>>", "<<the police station>>", "<<the family home>>",
                 "<<the nursery>>", "<<the hospital>>", "<<the refuge>>", "<<the supermarket>>"],
    "place_h": ["<<the hospital>>", "<<A&E>>", "<<resus>>", "<<the ward>>", "<<theatre>>",
                "<<the GP surgery>>", "<<the car park>>", "<<the discharge lounge>>",
                "<<the neonatal unit>>", "<<ITU>>", "<<the ambulance bay>>", "<<the pharmacy>>"],
    "place_av": ["<<the runway>>", "<<the taxiway>>", "<<the apron>>", "<<the stand>>",
                 "<<the gate>>", "<<the flight deck>>", "<<the galley>>", "<<the hold>>",
                 "<<the crew room>>", "<<the hangar>>", "<<the holding point>>"],
    "actype": ["<<Boeing 737>>", "<<A320>>", "<<B737-800>>", "<<ATR 72>>", "<<Dash 8>>",
               "<<A321neo>>", "<<Embraer 190>>", "<<Airbus A319>>", "<<737 MAX>>",
               "<<Boeing 787>>", "<<A330>>", "<<Saab 340>>", "<<Twin Otter>>", "<<BN-2 Islander>>"],
    "title_sc": ["<<Social Worker>>", "<<Senior Practitioner>>", "<<Team Manager>>",
                 "<<Family Support Worker>>", "<<Personal Adviser>>", "<<Residential Care Worker>>",
                 "<<Independent Reviewing Officer>>", "<<Advanced Practitioner>>"],
    "title_h": ["<<Staff Nurse>>", "<<Ward Manager>>", "<<Consultant Paediatrician>>",
                "<<Clinical Lead>>", "<<Band 6 Midwife>>", "<<Specialist Registrar>>",
                "<<Patient Safety Lead>>", "<<Advanced Nurse Practitioner>>"],
    "title_av": ["<<First Officer>>", "<<Captain>>", "<<Cabin Manager>>", "<<Safety Officer>>",
                 "<<Licensed Engineer>>", "<<Flight Dispatcher>>", "<<Duty Ops Manager>>",
                 "<<Ground Ops Supervisor>>"],
}

# --------------------------------------------------------------------------
# identifier generators
# --------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_date(rng: random.Random, y: int, m: int, d: int, allow_weekday: bool = True) -> str:
    import datetime
    wd = DAYS[datetime.date(y, m, d).weekday()]
    mon, mon3 = MONTHS[m - 1], MONTHS[m - 1][:3]
    forms = [
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{ordinal(d)} {mon} {y}", f"{d} {mon} {y}", f"{d} {mon3} {y}", f"{d} {mon3} {y % 100:02d}",
        f"{mon} {ordinal(d)} {y}", f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y % 100:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y}", f"{ordinal(d)} {mon}", f"{d} {mon3}", f"{mon3} {d}",
        f"the {ordinal(d)} of {mon} {y}", f"{ordinal(d)} of {mon}", f"{d:02d}-{mon3}-{y}",
    ]
    if allow_weekday:
        forms += [f"{wd} {ordinal(d)} {mon}", f"{wd[:3]} {d} {mon3}", f"{wd} {d}/{m}",
                  f"{wd} {ordinal(d)} {mon} {y}"]
    return rng.choice(forms)


def rand_date(rng, y0=2022, y1=2025):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def postcode(rng) -> str:
    if rng.random() < 0.25:
        area = rng.choice(PC_SINGLE)
        fmt = rng.choice(["A9", "A99", "A9A"])
    else:
        area = rng.choice(PC_DOUBLE)
        fmt = rng.choice(["AA9", "AA99", "AA99", "AA9A"] if area in ("EC", "WC", "SW", "SE", "NW")
                         else ["AA9", "AA99", "AA9", "AA99"])
    if fmt == "A9":
        out = f"{area}{rng.randint(1, 9)}"
    elif fmt == "A99":
        out = f"{area}{rng.randint(10, 40)}"
    elif fmt == "A9A":
        out = f"{area}{rng.randint(1, 9)}{rng.choice('ABCDEFGHJKPSTUW')}"
    elif fmt == "AA9":
        out = f"{area}{rng.randint(1, 9)}"
    elif fmt == "AA99":
        out = f"{area}{rng.randint(10, 29)}"
    else:
        out = f"{area}{rng.randint(1, 9)}{rng.choice('ABCDEFGHJKPSTUW')}"
    inward = f"{rng.randint(0, 9)}{rng.choice(PC_INWARD_LETTERS)}{rng.choice(PC_INWARD_LETTERS)}"
    sep = " " if rng.random() < 0.85 else ""
    pc = out + sep + inward
    return pc.lower() if rng.random() < 0.08 else pc


def street(rng, abbreviate=False) -> str:
    t = rng.choice(STREET_TYPES)
    if abbreviate and t in STREET_ABBR:
        t = STREET_ABBR[t]
    return f"{rng.choice(STREET_NAMES)} {t}"


def address(rng, with_town=None) -> str:
    r = rng.random()
    st = street(rng, abbreviate=rng.random() < 0.2)
    if r < 0.55:
        num = str(rng.randint(1, 240))
        if rng.random() < 0.12:
            num += rng.choice("abc")
        a = f"{num} {st}"
    elif r < 0.72:
        a = f"Flat {rng.randint(1, 40)}, {rng.choice(BLOCK_NAMES)}, {st}"
    elif r < 0.82:
        a = f"{rng.randint(1, 30)} {rng.choice(BLOCK_NAMES)}, {st}"
    elif r < 0.9:
        a = f"{rng.choice(HOUSE_NAMES)}, {st}"
        if rng.random() < 0.6:
            a += f", {rng.choice(VILLAGES)}"
    else:
        a = f"{rng.randint(1, 120)} {st}"
        a = a.lower()
    if with_town is None:
        with_town = rng.random() < 0.45
    if with_town:
        a += f", {rng.choice(TOWNS)}"
    return a


def phone(rng) -> str:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    forms = [
        lambda: f"07{d(3)} {d(6)}", lambda: f"07{d(9)}", lambda: f"07{d(3)} {d(3)} {d(3)}",
        lambda: f"+44 7{d(3)} {d(6)}", lambda: f"+44 (0)7{d(3)} {d(6)}", lambda: f"+447{d(9)}",
        lambda: f"0113 {d(3)} {d(4)}", lambda: f"0161 {d(3)} {d(4)}", lambda: f"020 {d(4)} {d(4)}",
        lambda: f"0121 {d(3)} {d(4)}", lambda: f"029 {d(4)} {d(4)}", lambda: f"0131 {d(3)} {d(4)}",
        lambda: f"028 {d(4)} {d(4)}", lambda: f"01632 {d(6)}", lambda: f"(01274) {d(6)}",
        lambda: f"01{d(3)} {d(6)}", lambda: f"(0114) {d(3)} {d(4)}", lambda: f"07{d(3)}-{d(3)}-{d(3)}",
        lambda: f"+353 87 {d(3)} {d(4)}", lambda: f"+1 (212) 555-{d(4)}", lambda: f"+48 {d(3)} {d(3)} {d(3)}",
        lambda: f"+91 {d(5)} {d(5)}", lambda: f"+234 803 {d(3)} {d(4)}", lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+40 7{d(2)} {d(3)} {d(3)}", lambda: f"00353 1 {d(3)} {d(4)}",
    ]
    return rng.choice(forms)()


def nhs_number(rng) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] == 0:
            continue
        s = sum(dg * w for dg, w in zip(digits, range(10, 1, -1)))
        check = 11 - (s % 11)
        if check == 11:
            check = 0
        if check == 10:
            continue
        n = "".join(map(str, digits)) + str(check)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}",
                           f"{n[:3]} {n[3:6]} {n[6:]}"])


def ni_number(rng) -> str:
    bad_pairs = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in bad_pairs:
            break
    nums = f"{rng.randint(0, 999999):06d}"
    suf = rng.choice("ABCD")
    f = rng.random()
    if f < 0.45:
        s = f"{a}{b} {nums[:2]} {nums[2:4]} {nums[4:]} {suf}"
    elif f < 0.85:
        s = f"{a}{b}{nums}{suf}"
    else:
        s = f"{a}{b} {nums} {suf}"
    return s.lower() if rng.random() < 0.05 else s


def vehicle_reg(rng) -> str:
    L = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    if rng.random() < 0.8:
        age = rng.choice([f"{y:02d}" for y in list(range(2, 25)) + list(range(51, 75))])
        reg = f"{rng.choice('ABCDEFGHKLMNOPRSVWY')}{rng.choice(L)}{age} {''.join(rng.choice(L) for _ in range(3))}"
    else:
        reg = f"{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}{rng.randint(1, 999)} {''.join(rng.choice(L) for _ in range(3))}"
    r = rng.random()
    if r < 0.12:
        reg = reg.replace(" ", "")
    elif r < 0.2:
        reg = reg.lower()
    return reg


def aircraft_reg(rng) -> str:
    U = string.ascii_uppercase
    forms = [
        lambda: "G-" + "".join(rng.choice(U) for _ in range(4)),
        lambda: "G-" + "".join(rng.choice(U) for _ in range(4)),
        lambda: "G-EZ" + "".join(rng.choice(U) for _ in range(2)),
        lambda: "N" + str(rng.randint(1, 9999)) + "".join(rng.choice(U) for _ in range(rng.randint(0, 2))),
        lambda: "EI-" + "".join(rng.choice(U) for _ in range(3)),
        lambda: "D-A" + "".join(rng.choice(U) for _ in range(3)),
        lambda: "F-H" + "".join(rng.choice(U) for _ in range(3)),
        lambda: "9H-" + "".join(rng.choice(U) for _ in range(3)),
        lambda: "OE-L" + "".join(rng.choice(U) for _ in range(2)),
        lambda: "PH-" + "".join(rng.choice(U) for _ in range(3)),
        lambda: "C-F" + "".join(rng.choice(U) for _ in range(3)),
        lambda: "VH-" + "".join(rng.choice(U) for _ in range(3)),
        lambda: "HB-J" + "".join(rng.choice(U) for _ in range(2)),
    ]
    return rng.choice(forms)()


def flight_number(rng) -> str:
    forms = [
        lambda: f"BA{rng.randint(1, 2999)}", lambda: f"BA {rng.randint(1, 1499)}",
        lambda: f"EZY{rng.randint(1000, 9999)}", lambda: f"U2 {rng.randint(100, 9999)}",
        lambda: f"FR{rng.randint(100, 9999)}", lambda: f"RYR{rng.randint(1, 99)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}",
        lambda: f"LS{rng.randint(100, 999)}", lambda: f"EXS{rng.randint(10, 99)}{rng.choice('ABCDKLM')}",
        lambda: f"TOM{rng.randint(1, 9)}{rng.choice('ABCDEFG')}{rng.choice('KLMNPR')}",
        lambda: f"VS{rng.randint(1, 400)}", lambda: f"LM{rng.randint(100, 699)}",
        lambda: f"LOG{rng.randint(10, 699)}", lambda: f"EI{rng.randint(100, 999)}",
        lambda: f"BAW{rng.randint(10, 999)}{rng.choice(['', 'K', 'P', 'G'])}",
        lambda: f"W6 {rng.randint(1000, 9999)}", lambda: f"AA{rng.randint(10, 199)}",
        lambda: f"KL{rng.randint(900, 1999)}", lambda: f"TOM{rng.randint(100, 999)}",
    ]
    return rng.choice(forms)()


def case_ref_sc(rng) -> list:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    y = rng.randint(2019, 2025)
    forms = [
        [("", None), (f"LCS-{d(6)}", "case_reference")],
        [("", None), (f"CP/{y}/{d(4)}", "case_reference")],
        [("Mosaic ID ", None), (d(7), "case_reference")],
        [("", None), (f"LAC/{y % 100}/{d(4)}", "case_reference")],
        [("", None), (f"EHCP-{y % 100}-{d(4)}", "case_reference")],
        [("Child ID ", None), (d(7), "case_reference")],
        [("ref ", None), (f"{y}/{d(5)}", "case_reference")],
        [("", None), (f"CIN-{y}-{d(4)}", "case_reference")],
        [("LADO ref ", None), (f"L/{y % 100}/{d(3)}", "case_reference")],
        [("police ref ", None), (f"{rng.choice(['WYP', 'GMP', 'NWP', 'MPS'])}/{y % 100}/{d(6)}", "case_reference")],
        [("crime no. ", None), (f"{rng.choice(['LS', 'BD', 'HX', 'MC'])}{y % 100}{d(6)}", "case_reference")],
        [("LL ID ", None), (d(6), "case_reference")],
        [("", None), (f"SC{d(6)}", "case_reference")],
    ]
    return rng.choice(forms)


def case_ref_h(rng) -> list:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    forms = [
        [("MRN ", None), (d(8), "case_reference")],
        [("MRN: ", None), (d(7), "case_reference")],
        [("DATIX ", None), (f"W{d(5)}", "case_reference")],
        [("Datix ref ", None), (d(6), "case_reference")],
        [("hospital no. ", None), (f"RX{d(7)}", "case_reference")],
        [("hosp no ", None), (f"{rng.choice('HKMRJ')}{d(6)}", "case_reference")],
        [("incident ref ", None), (f"INC-{rng.randint(2022, 2025)}-{d(5)}", "case_reference")],
        [("unit no. ", None), (f"{rng.choice(['A', 'B', 'D'])}{d(7)}", "case_reference")],
        [("", None), (f"PSII-{rng.randint(22, 25)}-{d(3)}", "case_reference")],
        [("case no ", None), (f"{rng.choice(['SG', 'SA'])}{d(5)}", "case_reference")],
    ]
    return rng.choice(forms)


def case_ref_av(rng) -> list:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    y = rng.randint(2022, 2025)
    forms = [
        [("MOR ", None), (f"{y}/{d(5)}", "case_reference")],
        [("", None), (f"ASR-{y % 100}-{d(4)}", "case_reference")],
        [("occurrence ref ", None), (f"OR-{y}-{d(4)}", "case_reference")],
        [("tech log page ", None), (d(6), "case_reference")],
        [("", None), (f"SRN {y % 100}/{d(4)}", "case_reference")],
        [("report no. ", None), (f"{rng.choice(['GHR', 'CSR', 'FSR'])}{d(5)}", "case_reference")],
        [("police ref ", None), (f"{rng.choice(['SUS', 'BTP', 'LAS'])}-{d(6)}", "case_reference")],
    ]
    return rng.choice(forms)


def email(rng, person=None, org=False) -> str:
    if person is None:
        first = rng.choice(FIRST_F + FIRST_M)
        last = rng.choice(SURNAMES)
    else:
        first, last = person.first, person.last
    f = re.sub(r"[^a-z]", "", first.lower())
    l = re.sub(r"[^a-z]", "", last.lower())
    dom = rng.choice(ORG_EMAIL_DOMAINS if org else EMAIL_DOMAINS)
    user = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}",
                       f"{f}.{l}{rng.randint(1, 9)}", f"{l}{f[0]}", f"{f}{rng.randint(70, 99)}",
                       f"{f[0]}.{l}"])
    return f"{user}@{dom}"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Person:
    def __init__(self, rng: random.Random, kind: str, gender=None):
        self.gender = gender or rng.choice("FM")
        pool = FIRST_F if self.gender == "F" else FIRST_M
        self.first = rng.choice(pool)
        self.last = rng.choice(SURNAMES)
        self.kind = kind  # child | adult | pro
        self.nick = NICKNAMES.get(self.first)
        if kind == "child":
            self.title = None
        elif kind == "pro":
            if rng.random() < 0.4:
                self.title = "Dr"
            else:
                self.title = "Mr" if self.gender == "M" else rng.choice(["Ms", "Mrs", "Miss"])
        else:
            self.title = ("Mr" if self.gender == "M" else rng.choice(["Mrs", "Ms", "Miss"]))
        self.pron = {"F": ("she", "her", "her"), "M": ("he", "his", "him")}[self.gender]


class Builder:
    def __init__(self, rng: random.Random, domain: str):
        self.rng = rng
        self.domain = domain
        self.segs: list[tuple[str, str | None]] = []
        c = lambda k, g=None: Person(rng, k, g)
        self.people = {
            # social care
            "c": c("child"), "c2": c("child"), "k": c("child"),
            "p": c("adult", "F"), "p2": c("adult", "M"), "fc": c("adult"),
            "w": c("pro"), "x": c("pro"), "x2": c("pro"),
            # health
            "pt": c("adult"), "pt2": c("adult"), "r": c("adult"), "cl": c("pro"), "nu": c("pro"),
            # aviation
            "cap": c("pro"), "fo": c("pro"), "cc": c("pro"), "cc2": c("pro"), "eng": c("pro"),
            "pax": c("adult"), "pax2": c("adult"), "me": c("pro"),
        }
        for k in ("cap", "fo"):
            self.people[k].title = rng.choice(["Capt", "Captain", "Capt.", "FO"]) if k == "cap" else "FO"
        self.subject = {"social_care": "c", "health": "pt", "aviation": "pax"}[domain]
        self.lower_names = rng.random() < 0.12  # this writer often types names lower-case

    # ---- people mentions
    def name_segs(self, key: str, form: str | None) -> list:
        rng = self.rng
        p = self.people[key]
        if form is None:
            if p.kind == "child":
                form = rng.choices(["f", "full", "nick", "i"], [0.72, 0.2, 0.05, 0.03])[0]
            elif p.kind == "adult":
                form = rng.choices(["f", "full", "t", "tf"], [0.3, 0.35, 0.3, 0.05])[0]
            else:
                form = rng.choices(["f", "full", "t", "init", "i"], [0.3, 0.35, 0.2, 0.1, 0.05])[0]
        if form == "nick" and not p.nick:
            form = "f"
        lower = (self.lower_names and rng.random() < 0.5) or rng.random() < 0.04
        fix = (lambda s: s.lower()) if lower else (lambda s: s)
        if form == "f":
            return [(fix(p.first), "name")]
        if form == "l":
            return [(fix(p.last), "name")]
        if form == "nick":
            return [(fix(p.nick), "name")]
        if form == "full":
            return [(fix(f"{p.first} {p.last}"), "name")]
        if form == "init":
            return [(fix(f"{p.first[0]}{rng.choice(['. ', ' ', '.'])}{p.last}"), "name")]
        if form == "i":
            ini = p.first[0] + p.last[0]
            return [(rng.choice([ini, ".".join(ini) + ".", ini.lower()]), "name")]
        if form in ("t", "tf"):
            title = p.title or ("Mr" if p.gender == "M" else "Ms")
            body = p.last if form == "t" else f"{p.first} {p.last}"
            return [(title + " ", None), (fix(body), "name")]
        if form == "poss":
            base = self.name_segs(key, None)
            last_txt = base[-1][0]
            return base + [("'" if last_txt.endswith("s") and rng.random() < 0.5 else "'s", None)]
        if form == "sig":
            return self.name_segs(key, rng.choice(["f", "full", "full", "init"]))
        raise KeyError(form)

    # ---- slots
    def slot(self, name: str) -> list:
        rng = self.rng
        if name.startswith("~"):
            return self.render(rng.choice(NEG[name[1:]]))
        if name in ("he", "his", "him", "He", "His"):
            p = self.people[self.subject]
            i = {"he": 0, "his": 1, "him": 2}[name.lower()]
            w = p.pron[i]
            return [(w.capitalize() if name[0].isupper() else w, None)]
        key, _, form = name.partition(".")
        if key in self.people:
            return self.name_segs(key, form or None)
        g = getattr(self, "e_" + name, None)
        if g is None:
            raise KeyError(name)
        out = g()
        return out if isinstance(out, list) else [(out[0], out[1])]

    # entity slots ---------------------------------------------------------
    def e_addr(self):
        return [(address(self.rng), "address")]

    def e_pc(self):
        return [(postcode(self.rng), "postcode")]

    def e_addrpc(self):
        rng = self.rng
        sep = rng.choice([", ", ", ", " ", "  ", ",\n"])
        return [(address(rng), "address"), (sep, None), (postcode(rng), "postcode")]

    def e_phone(self):
        return [(phone(self.rng), "phone")]

    def e_email(self):
        rng = self.rng
        person = self.people[rng.choice(list(self.people))] if rng.random() < 0.5 else None
        return [(email(rng, person, org=rng.random() < 0.4), "email")]

    def e_nhs(self):
        return [(nhs_number(self.rng), "nhs_number")]

    def e_ni(self):
        return [(ni_number(self.rng), "ni_number")]

    def e_cref(self):
        return case_ref_sc(self.rng)

    def e_href(self):
        return case_ref_h(self.rng)

    def e_aref(self):
        return case_ref_av(self.rng)

    def e_dob(self):
        rng = self.rng
        kid = self.domain == "social_care" or rng.random() < 0.2
        y = rng.randint(2006, 2024) if kid else rng.randint(1932, 2004)
        return [(fmt_date(rng, y, rng.randint(1, 12), rng.randint(1, 28), allow_weekday=False), "date_of_birth")]

    def e_dobx(self):
        rng = self.rng
        lead = rng.choice(["DOB ", "DOB: ", "d.o.b. ", "dob ", "D.O.B ", "born ", "date of birth "])
        return [(lead, None)] + self.e_dob()

    def e_date(self):
        return [(fmt_date(self.rng, *rand_date(self.rng)), "date")]

    def _age(self, lo, hi):
        rng = self.rng
        n = rng.randint(lo, hi)
        if n == 0 or (lo < 3 and rng.random() < 0.3):
            m = rng.randint(2, 23)
            return rng.choice([f"{m} months old", f"aged {m} months", f"{m}/12"])
        return rng.choice([f"aged {n}", f"age {n}", f"{n} years old", f"{n}yo", f"{n} yrs",
                           f"aged {n} years", f"{n} y/o", f"{n} year old", f"aged {n}"])

    def e_age(self):
        return [(self._age(0, 17), "age")]

    def e_age_ad(self):
        return [(self._age(18, 98), "age")]

    def e_agen(self):
        return [(str(self.rng.randint(1, 17)), "age")]

    def e_agea(self):
        """adjectival age with its article: 'a 7-year-old' / 'an 8-year-old'."""
        rng = self.rng
        if rng.random() < 0.15:
            n = rng.randint(2, 20)
            unit = rng.choice(["week", "month"])
            s = rng.choice([f"{n}-{unit}-old", f"{n} {unit} old"])
        else:
            n = rng.randint(1, 17) if self.domain == "social_care" else rng.randint(1, 95)
            s = rng.choice([f"{n}-year-old", f"{n} year old", f"{n}yr old", f"{n}-yr-old"])
        art = "an " if str(n).startswith("8") or n in (11, 18) else "a "
        return [(art, None), (s, "age")]

    def e_school(self):
        rng = self.rng
        return [(f"{rng.choice(SCHOOL_STEMS)} {rng.choice(SCHOOL_TYPES)}", "organisation")]

    def e_nursery(self):
        return [(self.rng.choice(NURSERIES), "organisation")]

    def e_gp(self):
        rng = self.rng
        return [(f"{rng.choice(GP_STEMS)} {rng.choice(GP_TYPES)}", "organisation")]

    def e_hospital(self):
        h = self.rng.choice(HOSPITALS)
        if h.startswith("the "):
            return [("the ", None), (h[4:], "organisation")]
        return [(h, "organisation")]

    def e_team(self):
        rng = self.rng
        return [(rng.choice(TEAM_PATTERNS).format(town=rng.choice(TOWNS), place=rng.choice(STREET_NAMES)),
                 "organisation")]

    def e_home(self):
        return [(self.rng.choice(HOMES), "organisation")]

    def e_airport(self):
        return [(self.rng.choice(AIRPORTS), "organisation")]

    def e_vreg(self):
        return [(vehicle_reg(self.rng), "vehicle_registration")]

    def e_acreg(self):
        return [(aircraft_reg(self.rng), "aircraft_registration")]

    def e_flight(self):
        return [(flight_number(self.rng), "flight_number")]

    def e_car(self):
        return [(f"{self.rng.choice(COLOURS)} {self.rng.choice(CARS)}", None)]

    def e_time(self):
        rng = self.rng
        h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        return [(rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}hrs", f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}",
                             f"{h:02d}:{m:02d}Z"]), None)]

    # ---- template rendering
    TOKEN = re.compile(r"\{([^{}]+)\}|<<(.+?)>>")

    def render(self, tpl: str) -> list:
        out = []
        pos = 0
        for m in self.TOKEN.finditer(tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], None))
            if m.group(1) is not None:
                out.extend(self.slot(m.group(1)))
            else:
                out.append((m.group(2), "NEG"))
            pos = m.end()
        if pos < len(tpl):
            out.append((tpl[pos:], None))
        return out


# --------------------------------------------------------------------------
# noise
# --------------------------------------------------------------------------
def typo(rng, word: str) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiousnrt") + word[i + 1:]


ABBREV = [("because", "b/c"), ("with", "w/"), ("without", "w/o"), ("patient", "pt"),
          ("social worker", "SW"), ("and", "&"), ("about", "abt"), ("please", "pls"),
          ("approximately", "approx"), ("following", "f/u"), ("you", "u"), ("information", "info")]


def noisy_literal(rng, s: str, typo_rate: float, abbrev_rate: float) -> str:
    if abbrev_rate:
        for full, ab in ABBREV:
            if rng.random() < abbrev_rate:
                s = re.sub(rf"\b{re.escape(full)}\b", ab, s, count=1)
    if typo_rate:
        parts = re.split(r"(\W+)", s)
        s = "".join(typo(rng, p) if rng.random() < typo_rate else p for p in parts)
    return s


# --------------------------------------------------------------------------
# sentence frames:  kind code  |  template
#   o = opening, a = any kind, i = incident, n = near miss, s = success, z = closing
# --------------------------------------------------------------------------
FRAMES = {}
FRAMES["social_care"] = r"""
o|{w.f} here, writing this up after the home visit to {c} at {addr} on {date}.
o|Home visit to {addrpc} on {date} re {c.full} ({dobx}).
o|Re: {c.full}, {age}, {cref}.
o|Child: {c.full}   DOB: {dob}   Ref: {cref}
o|I am the allocated worker for {c.full} ({agen}) and {his} sibling {c2.f}.
o|On {date} I attended a strategy meeting about {c.poss} bruising.
o|This is about {c.full}, {agea} who lives with <<mum>> at {addrpc}.
o|{~dayp} I got a call from {p.t} about {c}.
o|Something went really well this week with {c} and I wanted to share it.
o|Reporting a near miss at {home} on {date}.
o|Quick one - {c} ({age}) from {school}.
o|Incident at {home}, {date}, involving {c.full} ({cref}).
o|I'm a residential worker at {home} and this happened on the late shift {~dayp}.
o|Writing as {~role_sc} for {c.full}, DOB {dob}.
o|Family: {p.full} (mum), {p2.full} (stepdad), {c.f} {agen}, {c2.f} {agen}.
o|Family address {addrpc}, tel {phone}.
a|{c} was seen alone in {his} bedroom and said {he} feels safe at home.
a|<<Mum>> ({p.full}) was not in so I spoke to {p2.f} through the letterbox.
a|{p.t} told me the family are moving to {addr} next month.
a|New address is {addrpc}.
a|{His} school, {school}, raised concerns about unexplained bruising to {his} arm.
a|The DSL at {school} rang the <<MASH>> on {date} at {time}.
a|{c2} ({agen}) attends {nursery} <<every Monday>> and <<Thursday>>.
a|A <<Section 47>> enquiry was opened on {date} and the <<strategy discussion>> was held the next day.
a|We used <<Signs of Safety>> mapping with <<mum>> and <<nan>> and it really helped everyone see the worries.
a|{p} rang me from {phone} and was very distressed.
a|Contact number for <<dad>> is {phone}, he prefers texts.
a|I emailed {p.f} at {email} with the minutes.
a|{c.poss} NHS number is {nhs}.
a|The <<LADO>> was informed on {date} because the allegation was against a member of staff at {home}.
a|{fc.t} reported that {c} went missing from placement at {time} and was found by police near {addr}.
a|Police stopped a {car} reg {vreg} with {c} in the back.
a|{p2.full} (dob {dob}) is not allowed contact under the safety plan.
a|{p2} has a NI number of {ni} on the benefits letter I saw.
a|The case was stepped down to <<Early Help>> on {date}.
a|{c} told {his} teacher {x.t} that <<dad>> had hit {him} with a belt.
a|<<Ofsted>> visited {home} {~dayp} and the inspector spoke to {c}.
a|The referral from {gp} went to the wrong team and sat in the inbox for three days.
a|Child protection conference was held at {team} on {date}, plan under the category of neglect.
a|{c} was {age} when first known to services.
a|{c}, now {age}, is doing brilliantly in {his} placement with {fc.full}.
a|{c} told {w.f} {he} wanted to go back to {p.poss} house.
a|<<Nan>> ({p2.full}, {age_ad}) has been doing the school run.
a|{c} is on the waiting list for <<CAMHS>> and has a diagnosis of {~med}.
a|The interpreter booked for {p.t} didn't turn up so the visit went ahead in English which wasn't ok.
a|We held a family group conference at {addr} and <<grandad>> came along which hasn't happened before.
a|Following <<Working Together>> guidance the <<strategy meeting>> was held within 24 hours.
a|{c} was taken to {hospital} by ambulance after taking <<paracetamol>> tablets.
a|The <<health visitor>>, {x.full}, noticed {c2} was not putting on weight.
a|Missing episode: {c} last seen {date} around {time} near {addr} wearing a grey hoodie.
a|{c} has <<Down's syndrome>> and uses Makaton, and {~role_sc} learned some signs so they could chat.
a|Legal gateway meeting on {date}, <<PLO>> letter sent to {p.t} at {addrpc}.
a|The contact supervisor {x.full} ended contact early as {p} arrived smelling of alcohol.
a|{w.full} and I did a joint visit with police to {addr}.
a|Please contact me on {phone} or {email} if you need anything else.
a|Dad ({p2.full}) gave his number as {phone} and his email as {email}.
a|{c} (DOB {dob}) and {c2} (DOB {dob}) were both present.
a|{c} said {he} loves {his} new school {school} and has made a friend called {k.f}.
a|{p} is pregnant again and due on {date}.
a|the letter was addressed to {p.t} but posted to {addr} which is nans house
a|{~role_sc} couldn't get hold of {~role_sc} until gone {time}.
a|Housing confirmed emergency accommodation at {addrpc} for {p} and the kids.
a|<<Section 20>> agreement was signed by {p.t} on {date}.
a|{c}, {age}, was arrested on {date} and is now open to {team}.
a|The <<personal adviser>> helped {c} set up a bank account and apply for a NI number, it came through as {ni}.
a|{c.poss} plan was reviewed under <<Section 17>> <<Child in Need>> and everyone agreed it was working.
a|The fostering panel met <<in March>> and approved {fc.full} as long-term carers.
a|{c} is {agea} with {~med} and needs support with {his} meds.
a|{c} takes {~drug} and the foster carer ran out over the weekend.
a|Escalated to {~role_sc} {x.full} and the <<Head of Service>>.
a|We almost placed {c} with {p2.full} before the checks came back.
a|{c} was excluded from {school} on {date} for the third time this term.
a|{p.t} lives at {addr}, {pc} with {p2.f} and the three children.
a|Spoke to {x.t} at {gp} who confirmed {c} missed {his} last two appointments.
a|{c} and {c2} were collected from {nursery} by {p2.poss} brother who is not an approved adult.
a|Initial assessment ({cref}) completed on {date} within timescales.
a|Records for {c.full} were shared with the wrong family, they live at {addr}.
a|Transport was booked to take {c} from {addr} to {school} but the taxi ({vreg}) never came.
a|{~role_sc} raised it at <<MARAC>> on {date} and {p} now has an IDVA.
a|The <<virtual school head>> arranged tutoring for {c} at {team}.
a|{c} called {x.f} 'my best social worker ever' which made my week.
a|We are using {~fw_sc} with the family and it is starting to make a difference.
a|{c.full} ({age}) disclosed that {k.f} from {school} had shared indecent images.
a|Placement plan agreed with {fc.t} and {p.t} at the review on {date}.
a|{p} has moved in with a new partner, {p2.full}, and we don't know much about him yet.
a|Home conditions at {addr} were poor, no food in the fridge and dog mess on the floor.
a|Case transferred from {team} to us on {date}, ref {cref}.
i|The care plan for {c} was emailed to {email} which turned out to be the wrong {p.f}.
i|{c} was left at {~place_sc} for an hour because no one told {fc.t} the time had changed.
i|A report containing {c.poss} new address ({addrpc}) was sent to {p2.full} who is a risk.
i|{c} absconded from {home} at {time} and was found by police at {addr} the next morning.
i|{~role_sc} gave {p2.t} the address of the refuge by mistake.
i|Medication error at {home}: {c} was given {k.poss} {~drug} tablets.
i|I left my notebook with {c.poss} details in it on the bus, it had {p.poss} number {phone} in it.
i|{c} self-harmed in the bathroom at {home} on {date} and needed to go to {hospital}.
n|I nearly sent the minutes to {email} but noticed the name was wrong just in time.
n|It was caught before it went out by {x.f} in business support.
n|{fc.t} almost let {c} go with {p2.full} before checking the contact plan.
n|The wrong child's file ({cref}) was attached to the referral but {~role_sc} spotted it.
n|We nearly missed that {c} had been moved to {addr} without telling us.
n|Transport almost took {c} to the old address at {addr}.
s|The outcome was that {c} stayed at home safely with a plan everyone understood.
s|{c} is now back in education at {school} and attending every day.
s|Huge shout out to {x.full} from {team} who stayed late to make it happen.
s|{p.t} said it was the first time she felt listened to by {~fw_sc}.
s|{c} got {his} GCSE results and passed maths, which {he} never thought {he} would.
s|Contact with {p.f} went really well, {c} laughed the whole time.
s|The review at {team} on {date} agreed to end the plan.
s|{c.full} has been adopted by {fc.full} and the celebration hearing was on {date}.
z|{w.sig}\n{~title_sc}\n{phone}
z|Thanks, {w.f}
z|Kind regards\n{w.full}\n{~title_sc}, {team}\n{email}
z|{w.i}
z|Written by {w.full} ({~title_sc}) on {date}.
z|People involved:\n- {c.full} ({age})\n- {p.full} (<<mum>>)\n- {x.full} ({~title_sc})
"""

FRAMES["health"] = r"""
o|Pt {pt.full}, {age_ad}, {href}, admitted via <<A&E>> on {date}.
o|Patient: {pt.full}   NHS No: {nhs}   DOB: {dob}
o|I'm a staff nurse on the acute medical unit at {hospital}.
o|{href}: {pt.t}, {age_ad}, fell on the ward at {time}.
o|Great catch by {nu.f} on nights, wanted to share.
o|Referral from {gp} for {pt.full} ({dobx}).
o|Incident on {date} at {hospital} involving {pt.full}.
o|Near miss in <<theatre>> on {date}.
o|Community visit to {pt.t} at {addrpc} on {date}.
o|Paeds: {pt.f}, {agea}, brought in by <<mum>> with {~acute}.
o|Mat: {pt.full}, {age_ad}, G2P1, booked at {hospital}.
o|Re {pt.full}  {nhs}  {addr}
a|{pt} was given <<gentamicin>> without levels being checked.
a|{cl.t} reviewed {pt.t} at {time} and escalated using <<SBAR>>.
a|<<NEWS2>> was 7 but {~role_h} wasn't called for over an hour.
a|{pt.poss} bloods were labelled with {pt2.full}'s details ({href}).
a|{pt.full}, NHS number {nhs}, was nearly discharged with someone else's medication.
a|{pt} has <<type 1 diabetes>> and the <<insulin>> was missed at teatime.
a|Daughter {r.full} called from {phone} very upset that she hadn't been told.
a|{r.t} (son) can be contacted on {phone}.
a|The discharge letter went to the old practice, {gp}, instead of {gp}.
a|{pt} lives alone at {addrpc} with carers QDS.
a|Ambulance crew found {pt.t} on the floor at {addr}, {age_ad}, with suspected <<sepsis>>.
a|<<The sepsis six>> was completed within the hour thanks to {nu.full}.
a|<<Salbutamol>> nebs given x3 and {pt} improved.
a|{pt.t} has <<Parkinson's disease>> and the meds were given late again.
a|Allergic to penicillin (<<anaphylaxis>>) but this wasn't on the drug chart.
a|Transferred to {hospital} on {date} for PCI.
a|<<The WHO checklist>> was done properly and picked up the wrong side marking.
a|{cl.full} (FY2) prescribed ten times the dose of <<morphine>>, pharmacist {x.full} spotted it.
a|{His} NI number {ni} was written on the safeguarding form, which it shouldn't have been.
a|Safeguarding referral made to <<MASH>> for {pt.poss} children ({agen} and {agen}).
a|{pt} is {agea} with <<Down's syndrome>> and <<epilepsy>>.
a|Email with the results went to {email} by mistake.
a|<<CQC>> were on the unit that day doing their inspection.
a|{pt} was seen at {gp} on {date} and advised to attend <<A&E>>.
a|Handover by {nu.f} was excellent, really clear, used <<SBAR>>.
a|{href}, {dobx}.
a|Patient transport was booked to {addr} but {pt.t} actually lives at {addr}.
a|Community midwife {x.full} visited {pt.t} at home {~dayp}.
a|Baby born {dob} at 34 weeks, now on <<the neonatal unit>>.
a|{r} drove {pt.t} in (car reg {vreg}) and parked across <<the ambulance bay>>.
a|{pt} absconded from <<the ward>> and was found at {addr} by police.
a|Rang {pt.poss} next of kin {r.full} on {phone}.
a|The <<duty of candour>> conversation was held with {r.full} on {date}.
a|<<MDT>> discussed {pt.full} on {date} and agreed a palliative plan.
a|{pt}, {age_ad}, known <<Crohn's disease>>, presented with abdo pain.
a|{pt.f}, {age}, came in with <<mum>> with {~med}.
a|Obs were done hourly and {nu.f} noticed the <<PEWS>> creeping up.
a|Ward clerk booked the follow up for {date} but sent the letter to {addrpc}.
a|Blood transfusion nearly given to {pt.full} instead of {pt2.full} in bay 3.
a|<<NICE>> guidance was followed and the outcome was really good.
a|The <<Mental Capacity Act>> assessment was done by {cl.full} on {date}.
a|{pt.full} ({href}) had two wristbands with different dates of birth, {dob} and {dob}.
a|{gp} had the wrong mobile on file, {phone} instead of {phone}.
a|<<111>> advised {r.t} to bring {pt} straight in.
a|Called <<999>> at {time} and the ambulance arrived at {time}.
a|{pt} has <<Alzheimer's>> and was found wandering near <<the car park>>.
a|Bank HCA {x.full} was really supportive of the family.
a|The district nurse, {x.full}, visits <<every Tuesday>> and <<Friday>>.
a|Seen in clinic at {hospital} <<in June>> and started on <<warfarin>>.
a|{pt.t} ({age_ad}) was in {~place_h} for 14 hours waiting for a bed.
a|The <<registrar>> {cl.t} was bleeped three times before {hospital} site team got involved.
a|{pt.poss} DOB is {dob} and {his} hospital number is {href}.
a|Pharmacy at {hospital} flagged that {pt} was on both <<warfarin>> and <<enoxaparin>>.
a|Contact {nu.full} on {phone} (ext 4421) or {email} for the full timeline.
a|{pt} was discharged home to {addr} without a package of care.
a|{cl.t} from {gp} phoned to say {pt.t} had been sent home with the wrong letter.
a|Baby {pt.l} was born on {date}, {href}, and weighed 2.1kg.
a|{~role_h} used {~fw_h} and it made the handover much clearer.
a|The fridge on {~place_h} was out of range and no one had logged it.
a|The interpreter for {pt.t} was booked for {date} but the appointment was on {date}.
a|{pt}, who has {~med}, was given the wrong diet by the kitchen.
a|{pt} was written up for {~drug} twice, once on each chart.
a|{~drug} was given at {time} by {nu.f} and the effect was really good.
a|{nu.t} worked a 13 hour shift with no break because of sickness.
i|A laptop with {pt.poss} notes and NHS no {nhs} was left in a taxi.
i|{pt.t} was given {pt2.poss} tablets because both were called {pt.f} in the same bay.
i|{pt} fell at {time}, head injury, and the CT wasn't done until the next day.
i|Wrong site surgery on {pt.full} ({href}) at {hospital} on {date}.
i|{pt.poss} discharge summary was posted to {addrpc} which is a different family.
i|The CD cupboard count was out by two ampoules of <<morphine>> after {nu.f}'s shift.
n|{nu.full} noticed the wrong name band on {pt.t} before the drug round started.
n|Pharmacist {x.f} picked up the 10x error before it reached {pt}.
n|We nearly transfused {pt.full} with the wrong blood but the second check caught it.
n|The theatre list had {pt.full} down for the wrong side but it was caught at sign-in.
n|{cl.t} almost prescribed penicillin to {pt} despite the <<anaphylaxis>> history.
s|{pt.full} went home on {date} and {his} family sent a card to the whole ward.
s|Massive thanks to {nu.full} and {cl.full} for such a calm handling of {~place_h}.
s|Really proud of the team at {hospital}, {pt} made a full recovery from {~acute}.
s|{r.full} wrote in to say how kind {nu.f} was to {his} dad.
s|The new {~fw_h} process picked up the deterioration early and {pt} did not need ITU.
z|{nu.sig}\n{~title_h}\n{hospital}\nBleep 2231 / {phone}
z|Thanks, {nu.f}
z|Reported by {nu.full} ({~title_h}) {date}
z|{cl.i}
z|Kind regards\n{cl.t}\n{~title_h}\n{email}
z|Staff involved:\n- {nu.full} ({~title_h})\n- {cl.full} ({~title_h})\n- {x.full}
"""

FRAMES["aviation"] = r"""
o|Flight {flight} from {airport} to {airport} on {date}, aircraft {acreg} ({~actype}).
o|I was {~role_av} on {flight}, {acreg}, {date}.
o|{aref}.
o|Ground handling incident on stand 42 at {airport} on {date}.
o|Just wanted to say thanks to the crew of {flight} today.
o|Aircraft: {acreg}   Type: {~actype}   Flight: {flight}   Date: {date}
o|Positioning flight, {acreg}, {airport} to {airport}, {time}.
o|Report from the ramp at {airport}, {date}, shift lead {x.full}.
o|Crew: {cap.t} (commander), {fo.t}, SCCM {cc.full}.
o|Flight {flight} on {date}: cabin crew report.
a|During the climb out we received a <<TCAS>> RA and followed it.
a|Captain {cap.full} was PF and I was PM.
a|The tug driver, vehicle {vreg}, reversed into the forward hold door.
a|{cc.f} in {~place_av} noticed smoke from the oven and used the BCF.
a|Passenger {pax.full} in seat 14C became unwell and a doctor on board helped.
a|We were cleared to land on <<the runway>> that was still occupied by {flight}.
a|The <<CAA>> were informed via an <<MOR>> the next morning.
a|{fo.t} spotted that the fuel figure on the loadsheet was wrong before pushback.
a|Tech log entry on {acreg} was missing a signature from {eng.full}.
a|<<ATC>> gave us a heading that conflicted with {flight}.
a|Bird strike on short final into {airport}, {acreg} inspected by {eng.f}.
a|Contact me on {phone} or {email} if you need the <<QRH>> page references.
a|Passenger {pax.full} (DOB {dob}) was travelling as an unaccompanied minor, {age}.
a|{pax.t} was disruptive and police met the aircraft; the address on the manifest was {addrpc}.
a|The <<Airbus A321>> was parked next to {acreg} and wingtip clearance was marginal.
a|Good <<CRM>> from {cap.f} and {fo.f}, we talked it through and diverted to {airport}.
a|A <<NOTAM>> about the crane had not been included in the briefing pack.
a|Fuel bowser {vreg} was parked inside the taxiway hold area.
a|{~role_av} was fatigued after four earlies in a row.
a|We reported it through the <<SMS>> and the safety team called me {~dayp}.
a|{flight} was delayed three hours because the <<de-icing>> rig broke.
a|Unstable approach into {airport} on {date}, we went around at 500 ft.
a|Cabin crew {cc.full} and {cc2.full} dealt with the passenger's seizure brilliantly.
a|The passenger had <<epilepsy>> and was carrying <<midazolam>>.
a|<<AAIB>> were notified by {~role_av}.
a|Wrong passenger offloaded: {pax.full} instead of {pax2.full}.
a|Engineer {eng.full} found a loose panel on {acreg} during the walkround.
a|Laser attack on approach to {airport}, police informed, {aref}.
a|Near miss with a drone at 2000ft near {airport}.
a|{acreg} and {acreg} were both on the stand plan for stand 12.
a|The ground power unit was still connected at pushback, {~role_av} caught it.
a|I am also sending this to <<CHIRP>>.
a|Callsign confusion between {flight} and {flight} on the frequency.
a|The {~actype} ahead was slow to vacate <<the runway>>.
a|Passenger {pax} ({age_ad}) in a wheelchair was left on board after everyone else got off.
a|Dispatcher {x.full} on stand 7 did an amazing job.
a|Crew were {cap.f}, {fo.f}, {cc.f} and {cc2.f}.
a|The {~actype} had an open <<MEL>> item for the APU.
a|{pax.full}, {agea} travelling with <<mum>>, had a severe nut allergy and needed <<adrenaline>>.
a|The MEDIF for {pax.t} listed {his} address as {addr}.
a|{fo.f} briefed the go-around really well which made the difference.
a|Baggage loader {vreg} hit the wing of {acreg} on stand 3.
a|We had a <<TCAS>> TA with {flight} descending through FL120.
a|Fire crew at {airport} were on scene in under two minutes.
a|The <<METAR>> showed wind shear but <<ATIS>> hadn't been updated.
a|Staff travel passenger {pax.full} offered to help and was a great support.
a|Passenger's phone {phone} was used to call the family on arrival.
a|{cap.t} ({age_ad}) had only had four hours' sleep.
a|Return to stand at {airport} after {cc.f} reported fumes in the cabin.
a|<<FDM>> data later confirmed the exceedance on {acreg}.
a|The crew bus ({vreg}) was parked behind the aircraft at pushback.
a|Loadsheet for {flight} showed 12 infants instead of 2.
i|{eng.full} signed off the work on {acreg} but the panel was found open at {airport}.
i|Cabin crew member {cc.full} was hurt when the trolley broke loose during turbulence.
i|The aircraft {acreg} was pushed back with the steps still attached.
i|{pax.full} ({dobx}) was denied boarding wrongly and left at {airport} overnight.
i|Level bust on {flight}: we climbed through our cleared level by 400ft.
n|We nearly took off with the wrong flap setting but {fo.f} called it.
n|{cap.f} stopped the pushback when {~role_av} waved, there was a belt loader behind us.
n|Runway incursion avoided at {airport} when {fo.t} queried the clearance.
n|Fuel figures for {flight} were almost entered for {acreg} instead.
s|Brilliant teamwork from {cc.full} and the crew of {flight}, the passenger is doing well.
s|{fo.full} handled the engine failure on {acreg} perfectly and we landed safely at {airport}.
s|Thanks to {eng.f} the AOG was fixed and {flight} left on time.
s|The new briefing card worked really well for the {~actype} crews.
z|{me.sig}\n{~title_av}\n{phone}
z|Thanks, {me.f}
z|Regards\n{me.full}\n{~title_av}\n{email}
z|{me.i}
z|Submitted by {me.full} ({~title_av}), {date}
z|Crew:\n- {cap.full} (<<Captain>>)\n- {fo.full} (<<First Officer>>)\n- {cc.full} (<<SCCM>>)
"""

# shared frames usable in any domain
SHARED = r"""
a|Date of incident: {date}
a|Time: {time}
a|Reporter contact: {phone}
a|Follow-up email sent to {email} on {date}.
a|I rang back from my work mobile {phone} but got voicemail.
a|Not sure who to tell about this so putting it on here.
a|Again nobody told us!!
a|it was really busy and we were short staffed.
a|I think the system needs changing so this doesn't happen again.
a|Managers were informed at the time.
a|Learning: check twice, send once.
a|Took 45 mins to sort out.
"""


def parse_frames(text: str) -> dict:
    out: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        k, _, tpl = line.partition("|")
        out.setdefault(k, []).append(tpl.replace("\\n", "\n"))
    return out


PARSED = {d: parse_frames(t) for d, t in FRAMES.items()}
PARSED_SHARED = parse_frames(SHARED)


def n_frames() -> int:
    return sum(len(v) for d in PARSED.values() for v in d.values()) + sum(
        len(v) for v in PARSED_SHARED.values())


# --------------------------------------------------------------------------
# narrative assembly
# --------------------------------------------------------------------------
def make_record(rng: random.Random, idx: int, domain: str, kind: str) -> dict:
    b = Builder(rng, domain)
    fr = PARSED[domain]
    k = {"incident": "i", "near_miss": "n", "success": "s"}[kind]
    n_sent = rng.choices(range(1, 13), weights=[4, 6, 9, 10, 10, 9, 8, 6, 5, 4, 3, 3])[0]
    sentences = []
    if rng.random() < 0.75 or n_sent == 1:
        sentences.append(rng.choice(fr["o"]))
    body_pool = fr["a"] + fr[k] * 3 + PARSED_SHARED["a"]
    body = list(dict.fromkeys(rng.sample(body_pool, k=min(len(body_pool), max(0, n_sent - len(sentences))))))
    # make sure the kind shows through
    if n_sent > 1 and not any(s in fr[k] for s in body):
        body[rng.randrange(len(body)) if body else 0:0] = [rng.choice(fr[k])]
    sentences += body
    if n_sent > 2 and rng.random() < 0.45:
        sentences.append(rng.choice(fr["z"]))

    typo_rate = rng.choice([0, 0, 0.01, 0.02, 0.04])
    abbrev_rate = rng.choice([0, 0, 0.3, 0.6])
    all_lower = rng.random() < 0.05
    style_break = rng.choice(["space", "space", "space", "newline", "mixed"])

    segs: list[tuple[str, str | None]] = []
    for si, tpl in enumerate(sentences):
        s = b.render(tpl)
        # capitalise the first character of a sentence if it is literal / negative text
        if s and s[0][1] in (None, "NEG") and s[0][0][:1].islower() and rng.random() < 0.85:
            s[0] = (s[0][0][0].upper() + s[0][0][1:], s[0][1])
        if si > 0:
            prev = segs[-1][0] if segs else ""
            is_block = "\n" in tpl or prev.endswith("\n") or tpl.startswith(("Date of", "Time:", "Reporter"))
            if is_block or style_break == "newline" or (style_break == "mixed" and rng.random() < 0.3):
                sep = "\n" if rng.random() < 0.6 else "\n\n"
            elif rng.random() < 0.12 and s[0][1] in (None, "NEG") and not prev.endswith(("!", "?")):
                # run-on sentence: drop the full stop and glue with a comma / 'and'
                if segs and segs[-1][1] is None and segs[-1][0].endswith("."):
                    segs[-1] = (segs[-1][0][:-1], None)
                sep = rng.choice([", ", " and ", " - ", ", then "])
                s[0] = (s[0][0][0].lower() + s[0][0][1:], s[0][1])
            else:
                sep = rng.choice([" ", " ", " ", "  "])
            segs.append((sep, None))
        segs.extend(s)

    text_parts, spans, negatives = [], [], []
    pos = 0
    for txt, lab in segs:
        if lab is None:
            txt = noisy_literal(rng, txt, typo_rate, abbrev_rate)
        if all_lower:
            txt = txt.lower()
        if not txt:
            continue
        if lab == "NEG":
            negatives.append({"start": pos, "end": pos + len(txt), "term": txt})
        elif lab is not None:
            spans.append({"start": pos, "end": pos + len(txt), "label": lab})
        text_parts.append(txt)
        pos += len(txt)
    text = "".join(text_parts)
    return {"id": f"dev-{idx:04d}", "domain": domain, "kind": kind, "text": text,
            "spans": spans, "negatives": negatives}


def validate(rec: dict) -> None:
    t = rec["text"]
    last = -1
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        assert s["label"] in LABELS, s
        assert 0 <= s["start"] < s["end"] <= len(t), s
        assert s["start"] >= last, ("overlap", rec["id"], s)
        seg = t[s["start"]:s["end"]]
        assert seg == seg.strip() and seg, (rec["id"], seg)
        last = s["end"]
    for n in rec["negatives"]:
        assert t[n["start"]:n["end"]] == n["term"]


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    domains = ["social_care", "health", "aviation"]
    kinds = ["incident", "near_miss", "success"]
    recs = []
    for i in range(n):
        domain = domains[i % 3]
        kind = rng.choices(kinds, weights=[0.45, 0.3, 0.25])[0]
        rec = make_record(rng, i + 1, domain, kind)
        validate(rec)
        recs.append(rec)
    return recs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=450)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(pathlib.Path(__file__).parent / "corpus" / "dev.jsonl"))
    args = ap.parse_args()
    recs = generate(args.n, args.seed)
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    lab = Counter(s["label"] for r in recs for s in r["spans"])
    print(f"wrote {len(recs)} records, {sum(len(r['text']) for r in recs)} chars, "
          f"{sum(lab.values())} spans, {sum(len(r['negatives']) for r in recs)} negatives, "
          f"{n_frames()} sentence frames -> {out}")
    for k in LABELS:
        print(f"  {k:22s} {lab.get(k, 0)}")


if __name__ == "__main__":
    main()
