"""Blind held-out corpus 32: reports sent to a UK-wide learning programme by internationally recruited staff.

Setting: Filipino, Keralan, Nigerian, Ghanaian and Zimbabwean nurses and carers in care homes, wards and community
teams; Romanian and Bulgarian care workers in domiciliary care, supported living and children's homes; Spanish,
Italian, Portuguese and Polish pilots, cabin crew and ground handlers. Voice: second-language English written by the
staff themselves -- statements to managers, incident forms, e-mails to HR, WhatsApp messages to team leaders,
reflective logs for revalidation and good-news stories -- with dropped articles, mixed tenses, formal phrasing
("kindly", "do the needful", "revert back") and naming conventions from the writers' cultures.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind32.jsonl"


def msg(s: str) -> str:
    """Message or e-mail: keep line breaks; a line indented deeper than its block continues the line above."""
    out: list[str] = []
    for line in textwrap.dedent(s).strip("\n").splitlines():
        if line.startswith(" ") and out and out[-1]:
            out[-1] += " " + line.strip()
        else:
            out.append(line.rstrip())
    return "\n".join(out).strip()


REPORTS = [
    # ------------------------------------------------------------------ health (20)
    ("health", "incident", p("""
        Statement for manager - fall of resident Room 12. On [[date:14/02/2024]] at around 03:15 I
        [[name:Mary Grace Santos]] (staff no [[case_reference:LG-40871]]) was doing 2 hourly checks together with HCA
        [[name:Jun-Jun Villanueva]]. We found resident Mrs [[name:Edna Whitlock]] aged [[age:91]] on floor beside her
        bed, she was awake and saying her hip is painful. The {{falls sensor mat}} was unplugged from the wall, I dont
        know who unplugged it. I did not move her, did {{neuro obs}} and called {{111}} then ambulance came.
        [[name:Jun-Jun]] stayed with her and kept her warm with blanket. I informed the nurse in charge of
        [[organisation:Larkfield Grange Care Home]] and phoned her daughter [[name:Pauline]] on [[phone:07712 448903]].
        Kindly note the mat was also unplugged last week on [[date:7th Feb]], I reported to [[name:Sherwin]] verbally
        that time. I have done the needful and completed the incident form. Regards, [[name:MG Santos]]
    """)),
    ("health", "success", p("""
        GOOD NEWS STORY - [[organisation:Harebell Ward]], [[organisation:St Aldhelm's Hospital]]. Staff nurse
        [[name:Anitha P.]] who joined us from Kochi last year noticed Mr [[name:Derek Holloway]] (NHS
        [[nhs_number:585 087 5905]]) was more confused than at start of shift even though his {{NEWS2}} was only 3.
        She escalated to the medical registrar Dr [[name:Oyelaran]] using SBAR and the {{sepsis six}} was completed
        within the hour. Blood cultures later came back positive. His wife [[name:Maureen]] wrote a card to the ward
        saying "[[name:Anitha]] saved his life, she would not let it go". Matron [[name:Siobhan Keane]] has nominated
        [[name:Anitha]] for a {{Daisy Award}}. Trust your instinct, soft signs matter!
    """)),
    ("health", "near_miss", msg("""
        [[date:03/03/2024]], 06:52 - [[name:Blessing Adeyemi-Bello]]: Good morning sis [[name:Tolu]] kindly note one
            issue from night. Mrs [[name:Hilda Brennan]] room 4 her {{warfarin}} was not sign on {{MAR chart}} by
            evening staff so I almost give second dose at 10pm. I check with [[name:Precious]] before giving and she
            confirm [[name:Kemi]] already gave it at 6pm but forgot to sign.
        [[date:03/03/2024]], 06:54 - [[name:Blessing Adeyemi-Bello]]: No harm done I did not give. It was a blessing
            I asked. I have wrote it on handover sheet and {{INR}} is due tomorrow
        [[date:03/03/2024]], 07:10 - [[name:Tolu]]: Thank u [[name:Blessing]] well done for checking 👍 will speak with
            [[name:Kemi]] today. pls complete near miss form before you go home
    """)),
    ("health", "incident", p("""
        REFLECTIVE ACCOUNT FORM (NMC revalidation). Name: [[name:K. R. Nair]] NMC PIN: [[case_reference:18I3462O]]
        Date of event: [[date:22-11-2023]]. What was the nature of the event? A medication incident on
        [[organisation:Beech Ward]]. Patient (anonymised as per the {{NMC Code}}) was prescribed {{Novorapid}} with
        breakfast but dose was given 2 hours late because I was busy with a discharge and the HCA [[name:Shibu]] told
        me the patient had not eaten yet. BM was 17.4 at 10 o clock. No lasting harm. What did you learn? I learnt
        not to rely on verbal information only and to check the patient myself. I used {{Gibbs reflective cycle}}
        and discussed with my reflective discussion partner Sister [[name:Leela Thomas]] on [[date:5th Dec 2023]].
        How did you change your practice? Now I ask kitchen to keep breakfast tray and I do the insulin round first
        before any discharge paperwork. Signed [[name:Nair K R]]
    """)),
    ("health", "success", msg("""
        From: [[name:Tendai Moyo]] <[[email:tendai.moyo@wyecommunitycare.nhs.uk]]>
        To: District Nursing Team Leads
        Subject: Good practice - heel ulcer healed (Mr [[name:Bradshaw]])

        Good afternoon all,

        Just want to share good news. Mr [[name:Albert Bradshaw]], [[address:Glebe Cottage, Mill Lane, Upton
            Snodsbury]], [[postcode:WR7 4NL]], had a {{category 3 pressure ulcer}} on left heel when referred to us on
            [[date:12th August]]. We put {{Repose boot}}, weekly wound photos and the tissue viability nurse
            [[name:Chipo]] reviewed with me every fortnight. His wife [[name:Joy]] was trained to reposition him and
            she never missed. Today the heel is fully healed, it was a joy to see his face.

        Kind regards
        [[name:Tendai]]
        Community Staff Nurse, [[phone:01905 766210]]
    """)),
    ("health", "near_miss", p("""
        INCIDENT FORM - near miss. Ref: [[case_reference:W-2024-01183]]. Location: Acute Medical Unit bay C.
        Reported by: [[name:Ma. Theresa Dizon]], staff nurse. Description: Two patients with same surname in bay C,
        Mr [[name:Gareth Evans]] bed 3 (hosp no [[case_reference:RX4471203]]) and Mr [[name:Glyn Evans]] bed 5
        (hosp no [[case_reference:RX4471230]]). Phlebotomist came with blood forms for bed 5 but was about to take
        sample from bed 3 because when she called "Mr [[name:Evans]]" he said yes. I stopped her and asked patient his
        full name and {{date of birth}} as per positive patient ID policy, his DOB [[date_of_birth:02/09/1948]] did not
        match the form. Actions: {{name alert}} stickers put on both patient boards, informed NIC [[name:Rhiannon]],
        moved one patient to bay D on [[date:Thurs 18th]] after bed meeting.
    """)),
    ("health", "incident", p("""
        Statement of [[name:Akosua Mensah-Bonsu]], care assistant, [[organisation:Meadowbank Lodge]] nursing home. On
        Sunday [[date:21st April]] about 4.40pm resident Mr [[name:Frank Ellery]] who has {{vascular dementia}} and a
        {{DoLS}} in place left the building through the garden gate, which was not locked because delivery man left
        it open. I was doing tea round with [[name:Kwame]] and we did not notice. A neighbour from
        [[address:9 Orchard Rise]] rang the home at 4.55pm to say an old man in slippers is at the bus stop on
        [[address:Station Road]]. Myself and [[name:Kwame]] went and brought him back, he was calm, skin check no
        injuries. Nurse [[name:Efua]] informed his son [[name:Bill]] and manager did the {{CQC}} notification.
        [[name:Frank]] kept saying he must go to work at the mill. To be frank the gate lock is broken since weeks.
    """)),
    ("health", "success", msg("""
        [[name:Sreeja Menon]]: Good evening sister, sorry for disturbing on your off day. Just to update today was very
            good shift. Side room 2 Mr [[name:Hussain]] family was very angry in morning because nobody explained about
            {{PEG}} feeding plan. I arranged meeting with dietitian [[name:Lucy]] and {{Urdu}} interpreter at 2pm and
            explain everything slowly. Son [[name:Imran]] said thank you and now they agree with plan 🙂
        [[name:Sreeja Menon]]: Also [[name:Bincy]] and [[name:Jomon]] covered my bays during
            meeting, kindly mention them
            in the {{safety huddle}}
        Sister [[name:Ruth]]: Wonderful [[name:Sreeja]], this is exactly what we need. I'll share
            it in tomorrow's huddle
            and in the ward newsletter x
    """)),
    ("health", "near_miss", p("""
        Reflective log for revalidation - [[name:Chiamaka Obi]], community nurse,
        [[organisation:Eastgate Neighbourhood Team]]. On home visit to patient at
        [[address:14 Tennyson Close, Mansfield]] [[postcode:NG18 3PQ]] on [[date:Tues 9/1/24]] I smelt cigarette smoke
        and saw an ashtray next to the {{home oxygen}} concentrator. Patient, a [[age:72]] year old man with {{COPD}},
        said only his nephew smokes. This was a near miss for fire. I felt worried and felt maybe I should have seen it
        on the last visit. I discussed with my team lead [[name:Oluwaseun]] and we referred to the
        {{Fire and Rescue Service}} for Safe and Well check and informed the oxygen supplier. Learning: I now ask
        every oxygen patient about smoking at each visit and document it, not only at first assessment.
    """)),
    ("health", "incident", p("""
        Datix [[case_reference:DTX-558201]] | Date/time: [[date:12/04/2024]] 19:40 | Area: [[organisation:Ward 23]]
        (Elderly care) | Reporter: [[name:Rutendo Chikwanha]] RN | Description: Relative of patient in bed 14 became
        verbally aggressive when told visiting finishes at 8pm. He shouted, called me racist names and pushed the
        {{drug trolley}} towards me. HCA [[name:Tafadzwa]] pressed emergency bell and security came. Police attended,
        log [[case_reference:CAD 4412-12042024]]. I was shaken but not injured. Relative is [[name:Lee Danvers]], DOB
        [[date_of_birth:30.06.1981]], he was escorted off site. Nurse in charge [[name:Gemma]] offered debrief and
        referral to {{Occupational Health}}. Please consider alert on patient record and {{zero tolerance}} letter.
    """)),
    ("health", "success", p("""
        Good news from [[organisation:The Willows Care Home]]!! Our senior carer [[name:Bong]] (Mr
        [[name:Rodolfo Bautista]]) started a Friday afternoon sing-along and now 14 residents join. Resident
        [[name:Rose]] who has {{Alzheimer's}} and usually does not speak much was singing "Que Sera Sera" all the words
        and her daughter [[name:Hope Kinsella]] cried when she saw the video. [[name:Bong]] also taught residents one
        {{Tagalog}} song "Bahay Kubo" and they love it. He planted rose bushes in the garden with our activities
        coordinator [[name:Ivy]] too, we hope to have a garden party in summer. Well done [[name:Bong]] and team, you
        make us proud. Posted by [[name:Cherry Mae]], deputy manager
    """)),
    ("health", "near_miss", msg("""
        Dear [[organisation:Hollins Pharmacy]] team,

        Kindly note on [[date:Monday 19th February]] our monthly {{blister packs}} arrived for Mrs [[name:Dorothy Pym]]
            (DOB [[date_of_birth:11/05/1937]]) but inside the bag one box was labelled for Mr [[name:Dennis Pym]] who
            is a different resident and not related. The box contained {{amlodipine}} 10mg which
            Mrs [[name:Pym]] is not
            prescribed. Our night nurse found it when checking against the {{MAR}} before first round, so nothing was
            given. Kindly revert back with your investigation and please put both names on separate bags.

        Regards,
        [[name:Olumide Fashola]] RGN, Deputy Manager
        [[organisation:Cedar Court Nursing Home]] | Tel [[phone:0115 496 0732]]
    """)),
    ("health", "incident", p("""
        Statement: needle stick injury. I am [[name:Jisha Varghese]], band 5 staff nurse, employee number
        [[case_reference:30418876]]. On [[date:3rd of March 2024]] at 14.20 while I was disposing {{enoxaparin}}
        syringe after giving to patient in bed 6, the needle pricked my left index finger because the {{sharps bin}}
        was filled above the line. I did bleed it under running water and washed with soap and informed nurse in
        charge [[name:Abdul]]. I attended A&E and then Occupational Health next day, OH ref
        [[case_reference:OH/24/0917]]. Source patient consented for blood test. I am requesting that sharps bins are
        changed when 3/4 full and the temporary closure used, kindly do the needful to remind all staff.
        [[name:J. Varghese]]
    """)),
    ("health", "success", p("""
        Reflective log no.4 - learning from feedback. [[name:Abena Owusu-Ansah]], RN, [[organisation:Maple Ward]].
        {{In January}} a family complained that their mother, a {{Polish}} speaking lady, was not given information
        about her discharge. When I read the complaint I felt defensive first. I met with the daughter
        [[name:Agnieszka]] and just listened. I realised we had used her grandson [[name:Kacper]] aged [[age:15]] to
        translate on the ward, which is not good practice. Since then I always book {{LanguageLine}} and I did a short
        teaching for the HCAs. Matron [[name:Fiona Docherty]] gave me positive feedback and the family sent a second
        letter on [[date:02/03/24]] to say thank you. This relates to the Code section on communication.
    """)),
    ("health", "near_miss", msg("""
        [22:31] [[name:Ayo]]: pls everybody check bed rails before u leave room. just now found Mr [[name:Pritchard]]
            rail down and he was half way out of bed 😳
        [22:32] [[name:Ayo]]: bumpers also not on. He is high {{falls risk}} and his {{bed rails risk assessment}} says
            rails up with bumpers
        [22:40] [[name:Femi O]]: wasnt me o, i did his pad change with [[name:Chidinma]] at 9 and we put it up
        [22:41] [[name:Chidinma]]: Yes we put it up. maybe the hoist team? [[name:Gift]] and [[name:Marvellous]] did
            room 8 after
        [22:45] [[name:Gift]]: sorry o it was me 🙏 I forgot after repositioning. Will not repeat
        [22:47] [[name:Ayo]]: ok no wahala, no harm done. thanks [[name:Femi]], [[name:Chidinma]] and [[name:Gift]] for
            honesty. I will log as near miss and tell Sis [[name:Grace]] in the morning
    """)),
    ("health", "incident", p("""
        Incident report | Service: [[organisation:Northfield District Nursing Team]] | Reported by:
        [[name:Nyasha Gumbo]] | Date of incident: [[date:Sat 16th Dec 2023]] | Patient: Mrs [[name:Valerie Dunn]],
        NHS No. [[nhs_number:943 451 3642]], [[address:Flat 6, Holly House, Brook Street]], [[postcode:B31 2RN]].
        What happened: Morning {{insulin}} visit was not on the visit list in {{SystmOne}} after the lists were
        reallocated from [[name:Sipho]]'s caseload. Neighbour found patient drowsy at 13:00, BM 2.8, paramedics gave
        {{glucagon}} and she recovered at home. Daughter [[name:Nicola]] very upset and will make complaint. Actions:
        twice daily check of insulin visits by coordinator, team lead [[name:Tsitsi]] to review reallocation process.
    """)),
    ("health", "success", msg("""
        Subject: RE: Safeguarding referral - good outcome

        Hi [[name:Dawn]],

        Just to update regarding safeguarding I raised for our lady in bay 2 last week (I was on nights until dawn so
            sorry for late email). The Adult Safeguarding team accepted the referral, ref
            [[case_reference:ASC-0093417]], and the {{Section 42}} enquiry found the bruises on her arms were from
            rough handling by her carer. She will not go back to the same agency
            ([[organisation:Brightside Homecare Ltd]]) and social worker [[name:Marcus Oyelowo]] arranged new package.
            Thank you for supporting me to write the {{body map}} properly.

        Salamat po and regards,
        [[name:Tin]]
        [[name:Ma. Cristina Reyes]], Staff Nurse
    """)),
    ("health", "incident", p("""
        To: Home Manager. Statement by [[name:Shiny Mathew]] (senior carer). On [[date:Wed 28/02]] at lunch time
        resident Mr [[name:Ken Ashworth]] (room 19) was given normal sandwich by agency carer instead of his
        {{IDDSI level 5}} minced and moist diet. He started coughing and went blue colour. I did back blows x3 and the
        piece of bread came out. Nurse [[name:Bindu]] checked obs, sats 94% on air. GP from
        [[organisation:Parkside Medical Practice]] visited same day. Agency carer [[name:Ionela]] from
        [[organisation:Apex Staffing]] said she was not told at handover and the diet sheet in kitchen was old version.
        We referred again to {{SALT}} and I have updated the kitchen board.
    """)),
    ("health", "near_miss", p("""
        Reflection - near miss at handover. By [[name:Ngozi Eze-Okafor]], staff nurse,
        [[organisation:Kingfisher Ward]]. During night handover on [[date:8th March]] I was told bed 11 was
        {{nil by mouth}} for {{angiogram}} but actually it was bed 12. Day nurse [[name:Lovely Dela Cruz]] noticed the
        NBM sign was above bed 12 when the breakfast trolley came and stopped the HCA giving him toast. [[name:Lovely]]
        is very thorough, she is a lovely colleague. I felt embarrassed. Learning: verbal handover with no paper is
        risky, I now use the printed {{SBAR}} sheet and check the boards with the next nurse.
    """)),
    ("health", "success", p("""
        What a day at [[organisation:Brambleside House]]! Our resident Mrs [[name:Winifred Hope Carter]] turned
        [[age:100]] on [[date:Saturday 6th April]] and we had a party in the lounge with a card from {{the King}}.
        Carers [[name:Yaw]], [[name:Adwoa]] and [[name:Faith]] organised everything, and [[name:Yaw]] even wore his
        {{kente}} cloth. [[name:Winnie]] (she hates "[[name:Winifred]]") danced with her grandson
            [[name:Toby]] who flew in from
        Perth. We hope she had the best birthday. Keep the faith team! Written by [[name:Esi
            Boateng]], activities lead.
    """)),
    # ------------------------------------------------------------------ social care (15)
    ("social_care", "incident", p("""
        Statement - [[name:Andreea-Maria Popescu]], care worker, [[organisation:Homeward Care Services]] Liverpool
        branch. On [[date:10.01.2024]] my 08:00 call to Mr [[name:Terence Lyle]], [[address:22 Bramble Way, Kirkby]],
        [[postcode:L32 8UP]], was late by 1 hour 20 min because the rota on the app was changed and I was not
        notified. When I arrived he was on the floor in kitchen and said he fell at 7. I pressed his
        {{pendant alarm}} and called {{999}}. He was taken to hospital with suspected fractured wrist. Coordinator
        [[name:Dana]] said the change was made by office on Sunday night. I think the app must send notification
        when rota changes. Key safe code was correct. I informed his niece [[name:Lorraine]] on
        [[phone:07845 120667]]. Signed [[name:A. Popescu]]
    """)),
    ("social_care", "success", p("""
        Good news story from [[organisation:Thornfield Supported Living]]. [[name:Will]] is a young man with {{autism}}
        and a learning disability who lives in our service at [[address:Flat 2, 41 Queen's Road]]. For two years he did
        not use the bus because of anxiety. His support worker [[name:Desislava Ivanova]] (we call her
        [[name:Desi]]) made a travel plan with him using {{Social Stories}} and small steps. Last
            week [[name:Will]] went
        alone on the bus to college and texted [[name:Desi]] a photo of the bus stop! His mum said she will never
        forget it. [[name:Will]] said "I will do it again tomorrow". Thank you [[name:Desi]] and whole team, positive
        risk taking works.
    """)),
    ("social_care", "near_miss", msg("""
        [[name:Farai Mutasa]]: Hi [[name:Bex]], update from [[organisation:Oakhurst House]]. [[name:Kayla]]
            ([[age:16]]) nearly went missing tonight. At 21:15 she got into a silver car with older male outside, reg
            [[vehicle_registration:YX68 KPL]]. I went out and talked with her calmly and she came back inside before
            they drove.
        [[name:Farai Mutasa]]: I reported the reg to police on {{101}}, log
            [[case_reference:PLN-20240311-0877]]. Updated
            her {{Philomena Protocol}} form and {{CSE}} risk assessment. She is in her room now, checks every 15 mins
        [[name:Bex]]: Thank you [[name:Farai]], really good work. Pls email her social worker Mr [[name:Danjuma]] first
            thing and put it on the log
    """)),
    ("social_care", "incident", msg("""
        To: HR - [[organisation:Sunrise Domiciliary Care]]
        Subject: Car accident during calls - [[name:Juan Carlos Mendoza]] (Emp ID [[case_reference:SDC-2291]])

        Dear Madam/Sir,

        I would like to inform that on [[date:Thursday 25/01/2024]] around 17:45 while driving between calls on
            [[address:Fenwick Road]] my car [[vehicle_registration:KM19 XTR]] was hit from behind
            by a van at the traffic
            light. I was not injured, only neck is bit stiff. Other driver is [[name:Gary Pollard]], van reg
            [[vehicle_registration:WN70 BZD]]. I phoned my coordinator [[name:Bernadette]] and she
            sent [[name:Jay-R]] to
            cover my last 2 clients so nobody missed calls. Kindly advise if I need to fill {{RIDDOR}} or only internal
            form, and about my {{business use}} insurance. Kindly revert back.

        Respectfully yours,
        [[name:Juan Carlos Mendoza]]
        Mobile [[phone:07931 556284]]
    """)),
    ("social_care", "success", p("""
        Reflective log - [[name:Oluwadamilare Adebayo]] ([[name:Dami]]), senior support worker,
        [[organisation:Ferndale Court]]. Since the {{Positive Behaviour Support}} plan was updated on
        [[date:1st November]], incidents for [[name:Jordan]] dropped from 12 per month to 2. [[name:Jordan]] is
        [[age:24]], non verbal and uses {{Makaton}}. Using ABC charts we found the trigger was the fire alarm test
        {{every Wednesday}} at 11, so now we prepare him with a picture card and headphones before. Psychologist Dr
        [[name:Hannah Liebermann]] said our recording was excellent. I learnt that behaviour is communication, and to
        look for pattern before blaming the person.
    """)),
    ("social_care", "near_miss", p("""
        Near miss form. Branch: [[organisation:CareLink Homecare Leicester]]. Completed by [[name:Ionut Radu]], field
        supervisor. On [[date:04/02/2024]] carer [[name:Mihaela]] received a text from unknown number
        [[phone:07400 918332]] saying "its [[name:Sandra]] from office, pls send key safe code for Mrs
        [[name:Agnes Carroll]] at [[address:7 Linden Avenue, Wigston]], [[postcode:LE18 3DA]]". She almost replied but
        checked with office first and there is no [[name:Sandra]] in office. Code changed same day by family. Reported
        to {{Action Fraud}} ref [[case_reference:NFRC240204719]] and to the local authority. Learning: never share
        {{key safe}} codes by text, only through the secure app.
    """)),
    ("social_care", "incident", p("""
        Statement of [[name:Kofi Asante]], residential support worker, [[organisation:Hillcrest Children's Home]].
        Date: [[date:17/03/2024]]. At about 20:10 young person [[name:Kayden]] ([[age:14]]) became very distressed
        after phone call with his dad and started to punch the lounge window. I and [[name:Shanice]] used a
        {{Team Teach}} two person hold for about 3 minutes to stop him cutting himself on the broken glass. He calmed
        and we released. Small cut on knuckle, first aid given. Manager on call [[name:Warren]] informed and
        {{Reg 40}} notification sent. Debrief with [[name:Kayden]] next morning, he said sorry and we agreed he can
        go to his room when phone calls upset him. {{LADO}} not required as per manager.
    """)),
    ("social_care", "success", msg("""
        [[name:Divya]]: Hi [[name:Craig]], [[name:Amber]] did her own shopping today with her budget 💪 she used picture
            list and paid at self checkout. Her {{money management}} goal is green now, not amber anymore
        [[name:Craig]]: Brilliant!!! Well done [[name:Amber]] and well done you [[name:Divya]]. Pls write it in her
            {{outcomes}} log
        [[name:Divya]]: Yes sure. She asked to ring her sister [[name:Skye]] to tell, so I helped with video call. Her
            sister was crying happy tears. Proud moment for a [[age:29]] year old who never handled money before
    """)),
    ("social_care", "near_miss", msg("""
        Hi [[name:Tracey]],

        I want to report near miss from my call this morning at Mr [[name:Wilfred Naylor]]
            ([[address:Ivy Cottage, Back Lane, Holme]]). I arrived 06:30, nearly at dawn, and saw the {{dosette box}}
            was filled wrong by his daughter [[name:Dawn]] - Tuesday tablets were in Monday slot. He has
            {{Parkinson's}} and his {{co-careldopa}} is time critical so I phoned on call and we checked against the
            chemist list. Nothing was taken wrong. Can office speak to [[name:Dawn]] kindly, maybe
            pharmacy can fill it.

        Thank you
        [[name:Svetla Georgieva]]
    """)),
    ("social_care", "incident", p("""
        Statement for safeguarding lead. My name is [[name:Florin Dumitrescu]], carer at
        [[organisation:Kindred Home Support]]. Client Mrs [[name:Beryl Hamnett]], DOB [[date_of_birth:14 Oct 1939]].
        On [[date:Wednesday 7th]] her nephew [[name:Darren]] asked me to read him her National Insurance number
        [[ni_number:JK 48 21 76 C]] from a letter on the table so he can "sort her pension". I refused politely. Then
        I noticed her bank card was not in her purse where it usually is. Mrs [[name:Hamnett]] said [[name:Darren]]
        borrows it for shopping. I reported to office same day, safeguarding ref [[case_reference:SG-24-00612]], under
        {{Care Act 2014}} duty. I am worried for financial abuse.
    """)),
    ("social_care", "success", p("""
        Proud moment at [[organisation:Elmstead House]]! [[name:Summer]] got her GCSE results today, 6 passes including
        English and Maths grade 5. When she arrived at age [[age:13]] she was not attending school at all. Her key
        worker [[name:Rumbidzai]] ([[name:Rumbi]]) did the school run every day and sat with her at {{PEP}} meetings,
        and the {{virtual school}} paid for tutoring over the summer holidays. Her social worker Ms [[name:Okoro]] came
        to celebrate with pizza. [[name:Summer]] wants to do childcare at college. Written by
        [[name:Tatenda Chari]], registered manager.
    """)),
    ("social_care", "near_miss", msg("""
        [[name:Rhea Joy]]: Good evening Ma'am [[name:Liz]], I am safe now but just want to inform. At 2nd call today
            [[address:15 Hawthorn Crescent]] the dog was not shut in kitchen like care plan says. He jumped at me and
            nearly bite my arm. I stayed in my car and phoned the son [[name:Nathan]], he came after 10 mins.
        [[name:Rhea Joy]]: Client Mr [[name:Fisher]] had his tea late but ok. Kindly note for {{lone working}} risk
            assessment
        [[name:Liz]]: Thanks [[name:Rhea]] so glad you are ok. You did right thing. I will call family and update the
            {{environmental risk assessment}} tomorrow
    """)),
    ("social_care", "incident", p("""
        INCIDENT REPORT FORM | Service: [[organisation:Birchwood Lodge]] | Person supported: [[name:Callum Reid]] |
        DOB: [[date_of_birth:03/08/1999]] | Date: [[date:Friday 22/03/24]] | Staff: [[name:Emeka Nwosu]],
        [[name:Precious Dube]] | [[name:Callum]] had {{tonic-clonic seizure}} lasting 6 min in the bathroom and hit his
        head on sink. [[name:Emeka]] administered {{buccal midazolam}} at 5 min as per epilepsy protocol and
        [[name:Precious]] rang ambulance. Paramedics checked him and he stayed home. Learning: [[name:Callum]] must
        not be left alone in bathroom even for privacy, we will use the door sensor and knock every 2 minutes.
    """)),
    ("social_care", "success", p("""
        Reflective account - end of life care at home. Written by [[name:Cristina Ionescu]], senior carer. I supported
        Mr [[name:Harold Bamford]] aged [[age:88]] in his last two weeks at
        [[address:The Old Forge, Church Street, Little Haywood]]. His {{ReSPECT}} form said he wanted to die at home
        with his dog. I worked with Macmillan nurse [[name:Grace]] who made sure {{just in case medicines}} were in the
        house. His wife [[name:June]] was scared to be alone at night so we arranged a sitter. He died peacefully on
        [[date:2nd June]] holding her hand. I learnt that small things like mouth care and his favourite radio matter
        as much as medication.
    """)),
    ("social_care", "near_miss", msg("""
        Dear Mrs [[name:Kaur]],

        Kindly note that on double up call this morning for Mrs [[name:Patricia Oyelowo]] the {{hoist sling}} in the
            house was medium instead of large, the label was faded. My colleague [[name:Bogdan]] noticed when she was
            already lifted few cm and we lowered her safely to the bed. No injury. The {{LOLER}} sticker on the hoist
            is in date. Please could the OT [[name:Stephanie]] reassess sling size and we need new label.

        Regards,
        [[name:Anju Joseph]] | Care Assistant | [[organisation:Rosehill Care at Home]]
        [[email:anju.joseph@rosehillcare.co.uk]]
    """)),
    # ------------------------------------------------------------------ aviation (15)
    ("aviation", "incident", p("""
        Air Safety Report narrative. Commander: Capt [[name:José María Ortega]], staff no [[case_reference:48213]].
        FO [[name:Luca Bianchi]]. Flight [[flight_number:BA2761]] LGW-MAD, aircraft [[aircraft_registration:G-EUYM]]
        ({{A320}}). On [[date:04 APR 2024]] during take-off roll at approx 145 kt, already above V1, we had multiple
        bird strikes (gulls) on the nose and number 1 engine. We continued the take-off, completed the {{QRH}}
        engine vibration procedure and vibration stayed normal. After discussion with [[name:Luca]] we decided to
        return to Gatwick. Cabin manager [[name:Inés]] informed the passengers. Landed safely overweight, engineers
        found dented fan blades. {{MOR}} raised.
    """)),
    ("aviation", "success", p("""
        Crew commendation - Flight [[flight_number:LS1187]] on [[date:15/02/2024]]. Cabin crew
        [[name:Ana Rita Ferreira]] and [[name:João Pedro Costa]] responded to a passenger who collapsed in row 23 with
        no pulse. They started {{CPR}} and used the {{AED}} within two minutes, one shock given. Dr
        [[name:Aisling Murphy]], travelling as passenger, helped with the airway. Captain [[name:Marco Rossi]] diverted
        and paramedics met the aircraft. The passenger survived and his wife [[name:Brenda]] wrote to the base to say
        thank you. Great teamwork and textbook use of the {{first aid kit}}, obrigada to all crew.
    """)),
    ("aviation", "near_miss", msg("""
        From: [[name:Tomasz Wiśniewski]] <[[email:t.wisniewski@skybridge-air.co.uk]]>
        To: Flight Safety
        Subject: Voluntary report - level bust [[flight_number:SBX402]] [[date:11/03]]

        Dear [[name:Helen]],

        On [[flight_number:SBX402]] EDI-BHX, aircraft [[aircraft_registration:G-SBXC]] ({{ATR 72}}), we were cleared
            to FL110 but I set FL100 in the altitude selector after a readback confusion. Captain
            [[name:Marcin]] saw it
            at 10 300 ft, we climbed again and ATC did not comment. No {{TCAS RA}}. I think fatigue and the radio was
            very busy. We discussed in {{CRM}} debrief. Kindly treat as just culture report.

        Best regards,
        [[name:Tomek]] (crew ID [[case_reference:SBX-0931]])
    """)),
    ("aviation", "incident", msg("""
        [[name:Giulia Romano]]: Hi [[name:Sarah]] sorry to message on your day off. On [[flight_number:EZY8347]] today
            the trolley brake was not on in the {{aft galley}} and it rolled when we had bump in descent. It hit
            [[name:Francesca]]'s ankle, she has swelling
        [[name:Giulia Romano]]: We put ice and she sat on {{jumpseat}} for landing. She went to airport medical after
        [[name:Sarah Whitby]]: Oh no, poor [[name:Fra]] 😢 Did you do ASR? pls also do the crew injury form and tell her
            to call me
        [[name:Giulia Romano]]: Yes ASR done, ref [[case_reference:ASR-24-03391]]. Also entered brake in
            {{tech log}} for [[aircraft_registration:G-EZUK]]
    """)),
    ("aviation", "success", p("""
        Reflective log - [[name:Lucía Fernández-Vidal]], purser. Flight [[flight_number:ZB2264]] to Palma on
        [[date:Sat 20 July]]. Passenger in 14C was intoxicated and shouting at the crew member [[name:Nuno]]. I spoke
        with him low voice at eye level, used his first name and offered water, and moved him to 2A away from his
        group. I gave the {{yellow card}} warning as per procedure. Captain [[name:Pablo]] was informed and police met
        the aircraft. Passenger was Mr [[name:Connor Blake]] according to the manifest. Crew [[name:Kasia]] wrote the
        timeline while it happen. Learning: {{de-escalation}} first, calm tone works better than authority.
    """)),
    ("aviation", "near_miss", p("""
        Near miss - baggage hold. Handling agent: [[organisation:SkyLink Ground Services]] Manchester. Reporter:
        [[name:Paweł Kowalczyk]], ramp agent, ID [[case_reference:SLG-07742]]. Date [[date:2024-02-18]], flight
        [[flight_number:EXS845]]. During loading I felt a bag in hold 4 was warm and smelled of burning plastic. I
        took it off the belt and called dispatcher [[name:Gosia]]. The passenger [[name:Jamie Lowther]] was called
        from gate and the bag had a {{lithium battery}} {{power bank}} that was swollen. Bag tag
        [[case_reference:0213554871]]. Fire service checked it. Learning: reminder to all staff about
        {{Dangerous Goods}} awareness and using the fire containment bag.
    """)),
    ("aviation", "incident", p("""
        CABIN INCIDENT REPORT | Flt No: [[flight_number:TP1336]] | A/C Reg: [[aircraft_registration:CS-TNV]] | Date:
        [[date:26MAR24]] | Reporting crew: [[name:Beatriz Sousa]], crew ID [[case_reference:C71185]] | Narrative:
        During cruise we met severe {{clear air turbulence}} with seatbelt sign ON only 30 sec before. Crew member
        [[name:Tiago]] was in the aisle with the cart and hit the ceiling, cut on head. Passenger Mrs
        [[name:Eileen Kerr]] in 31F spilled hot coffee on her leg, {{burns kit}} used. Captain [[name:Rui]] requested
        medical on arrival at Heathrow. [[name:Tiago]] went to hospital for check. Learning: secure trolleys when
        chime sounds.
    """)),
    ("aviation", "success", msg("""
        Subject: Thank you - de-icing team [[date:Tue 9 Jan]]
        To: Station Manager, [[organisation:Northern Aviation Handling]] Leeds Bradford

        Good morning,

        I want to thank the de-icing team for excellent job on [[flight_number:LS211]], aircraft
            [[aircraft_registration:G-JZHV]], during heavy snow. Coordinator [[name:Mark]] explained the
            {{holdover time}} clearly on the radio and used {{Type II fluid}} exactly as briefed. When we had delay
            for runway clearing [[name:Mark]] and his colleague [[name:Kacper]] offered to re-spray without any fuss.
            This is real safety culture.

        Cordiali saluti,
        Captain [[name:Alessandro De Luca]]
    """)),
    ("aviation", "near_miss", p("""
        Statement - [[name:Krzysztof Nowak]] ([[name:Krzysiek]]), tug driver. On [[date:3 Feb]]
            night shift I pushed back
        [[aircraft_registration:G-TAWN]] from stand 42 using tug [[vehicle_registration:AV23 TGB]]. The wing walker did
        not come because he was sent to other flight, and the headset man [[name:Adrian]] told me clear. The left
        wingtip passed about 1 metre from a {{GPU}} that was left on the stand edge. I stopped when I saw it in the
        mirror. No damage. Learning: we must not push back without wing walker on stands in the {{pier}} area, and
        the GPU must be parked in the marked box.
    """)),
    ("aviation", "incident", p("""
        Reflective log for my line manager - [[name:Carmen López]], cabin crew, crew number
        [[case_reference:EZ45120]]. On [[date:1st August]] flight [[flight_number:IB3166]] I was responsible for
        {{unaccompanied minor}} [[name:Mia]] aged [[age:9]]. At arrival I handed her to a ground agent from
        [[organisation:Aerocare Handling]] and did not check the UM form with her. The agent released her to the
        grandmother [[name:Pat]] who was not the nominated adult; nominated was [[name:Samantha Price]]. The mum
        phoned the airline very worried, after 40 minutes [[name:Mia]] was found safe with grandmother. I learnt
        that I must do the handover with the paperwork together and not trust verbal.
    """)),
    ("aviation", "success", msg("""
        [[name:Inês]]: Hi [[name:Jo]] 😊 good news! The passport we found in seat pocket 17A on
            [[flight_number:BY6214]] belongs to Mr [[name:Oladipo]], passport no [[case_reference:A07745312]]. We gave
            it to the {{Border Force}} desk and they called him, he was still in the terminal
        [[name:Jo]]: amazing, well done. Who found it?
        [[name:Inês]]: [[name:Rafa]] during the {{security search}} between sectors. He wanted to fly to Lagos
            tomorrow so it would be disaster without it
        [[name:Jo]]: Please send me short email and I put it in the {{crew newsletter}}
    """)),
    ("aviation", "near_miss", msg("""
        To: [[email:frms@aerolinea-uk.com]]
        Subject: Fatigue report - FO [[name:Matteo Ricci]], crew code [[case_reference:RCM]]

        Hello,

        I want to report that on [[date:16 Feb]], 4th sector of the day after 04:45 report, I had a microsleep in
            cruise on [[flight_number:AU317]]. Captain [[name:Sophie Chambers]] noticed and we did
            {{controlled rest}} as per procedure. This is the third early start in a row on my roster
            [[date:14-17 Feb]] with minimum rest in the hotel. Please review through {{FRMS}}.

        Grazie,
        [[name:Matteo]] ([[case_reference:RCM]])
    """)),
    ("aviation", "incident", p("""
        Statement by [[name:Agnieszka Zielińska]], senior cabin crew, flight [[flight_number:BE1209]] on
        [[date:09.10.2023]]. The {{smoke detector}} in the aft lavatory activated 40 min after
            departure. I checked with
        the {{halon}} extinguisher ready, there was vapour and a vape pen in the bin. Passenger in 22B,
        [[name:Mark Dobson]], admitted using it. Captain [[name:Will]] made a PA about smoking and informed police at
        destination. Crew [[name:Oana]] kept monitoring the lavatory. Learning: bin flap was not closing properly,
        I will ask engineering to check it before it causes a fire.
    """)),
    ("aviation", "success", p("""
        Good news from the flight deck. On [[date:19th Jan]] Capt [[name:Juan Carlos Ruiz]] and FO
            [[name:Priya Shah]] on
        [[flight_number:VS104]] diverted to Shannon for a passenger, [[name:Faith Mwangi]], aged
            [[age:31]] and 34 weeks
        pregnant,
        who had heavy bleeding. Cabin crew [[name:Álvaro]] and [[name:Chloe]] used the {{MedLink}} service and kept her
        lying on her left side. She had emergency section and sent photos of her daughter, named [[name:Grace]], to
        the crew room. By the grace of God both are well. A reminder that {{diversion}} decisions
            made early save lives.
    """)),
    ("aviation", "near_miss", p("""
        Occurrence report | Reporter: [[name:Federica Gallo]], dispatcher, [[organisation:Avanti Ramp Services]]
        Birmingham | Flight [[flight_number:W95712]] | A/C [[aircraft_registration:HA-LVN]] | Date
        [[date:07/12/2023]] | The {{loadsheet}} showed 38 passengers in zone C but the actual seat allocation had 12.
        This made the {{trim}} wrong. Captain [[name:Bálint]] questioned the figures before departure and I corrected
        with load control, new loadsheet issued before the {{LMC}}. No flight with wrong figures. Cause: the system
        did not update after a seat change by gate agent [[name:Luke]]. Learning: always cross-check zones.
    """)),
]


def main() -> None:
    records = build_records("blind32", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
