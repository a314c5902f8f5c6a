"""Held-out blind corpus 57: good news - compliments, thank-you cards, greatix and award citations.

Setting: UK children's social care, NHS wards/GP/community/ambulance and commercial, GA and
ground-handling aviation; logged compliments, learning-from-excellence nominations, appreciative
inquiry reviews, award citations and a few incidents/near misses where the response was praised.
Voice: warm, chatty, heavy with quoted speech from children and families; many staff, relatives,
pets, toys and characters named; many first names that are ordinary words or virtues (Hope, Faith,
Joy, Grace, Storm, Sky, Ray, Dawn, Frank, Bill, Victor, Mercy, Precious, Blessing, Destiny) beside
ordinary words and protocols that look like names (Herbert Protocol, Colin the Caterpillar).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind57.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "success", block("""
        Compliment logged by {{Business Support}} - [[date:14/02/2025]] - ref [[case_reference:CMP-25-0117]]

        Card received at [[organisation:Eastgate Family Hub]], addressed to "[[name:Faith]] and everyone":

        "Dear [[name:Faith]], thank you for never giving up on us. When you first came I thought you
        were just another social worker who would write things down and leave. You didn't. You came
        to [[name:Destiny]]'s nativity at [[organisation:St Barnabas C of E Primary]] when I couldn't
        get off shift, and you remembered that [[name:Kofi]] only eats the {{Paw Patrol}} yoghurts.
        [[name:Destiny]] says you are 'the lady with the purple car'. We are keeping the kids and we
        are keeping our hope. Love from [[name:Precious]], [[name:Kofi]] ([[age:6]]) and
        [[name:Destiny]] ([[age:4]]) xxx"

        Manager note: [[name:Faith Oduya]] closed this case at the {{Child Protection}} review
        conference on [[date:3 February 2025]] after 14 months. Shared at team meeting and copied to
        her {{supervision}} file. - [[name:R. Whitcombe]], Team Manager
    """)),
    ("social_care", "success", prose("""
        {{Learning from Excellence}} nomination. Nominee: [[name:Joy Mensah-Baptiste]], residential
        support worker, [[organisation:Larkspur House]]. Nominated by: [[name:Tom Haverty]], deputy
        manager. What happened: on the night of [[date:9 November 2024]], [[name:Sky]] ([[age:15]])
        came back to the home after being missing for six hours and would not speak to anyone.
        [[name:Joy]] sat on the landing outside her door with two mugs of hot chocolate and
        {{Lilo and Stitch}} playing on her phone, and waited. At about 2am [[name:Sky]] opened the
        door and said, 'You can come in but you're not allowed to talk about feelings.' [[name:Joy]]
        didn't. By breakfast [[name:Sky]] had told her where she had been and who with, which meant
        we could share information with the {{police}} and the {{Missing from Home}} coordinator the
        same morning (log [[case_reference:MFH/24/3381]]). Why this matters: patience, not pressure.
        [[name:Sky]]'s return home interview was the most open we have ever had. Suggested
        recognition: {{Star of the Month}} and a mention to the {{Reg 44}} visitor.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - good catch. On [[date:21/01/2025]] {{business support}} prepared a
        {{Looked After Review}} invitation for [[name:Blessing Adeyemi]] and it was addressed to
        birth dad's old address, [[address:17 Cowper Terrace]], [[postcode:LS9 7QT]], where mum's
        ex-partner still lives. [[name:Dawn Ridley]] (IRO) noticed before the post went out because
        she remembered from the chronology that a {{non-molestation order}} is still in place. Letter
        destroyed, address on {{Mosaic}} corrected, flag added to case [[case_reference:SC-448190]].
        Thank you [[name:Dawn]] - this could have disclosed the placement. - [[name:Hardeep]]
        ([[name:HS]]), {{Practice Manager}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Grace Whitlock]] <[[email:grace.whitlock@example.org]]>
        To: [[organisation:Calderbridge Fostering Team]] <[[email:fostering.north@calderbridge.gov.uk]]>
        Sent: [[date:2 March 2025]] 21:47
        Subject: Thank you to [[name:Storm]]

        Hi all,

        Just wanted to put in writing a huge thank you to [[name:Storm Kamara]], our
        {{supervising social worker}}. When little [[name:Frankie]] arrived with us at
        [[age:19 months]] on a Friday night she had nothing but a carrier bag and a knitted rabbit.
        [[name:Storm]] drove back out at 9pm to fetch bottles, nappies and the {{Calpol}} from the
        {{Emergency Duty Team}} cupboard, then rang at 7am to ask if [[name:Frankie]] had slept.
        (She hadn't. Nor had we!)

        My husband [[name:Victor]] says he's never seen anyone stay so calm while a toddler screamed
        through the whole of {{Baby Shark}}. Please also thank Mr [[name:Osei]] at the {{MASH}} who
        found [[name:Frankie]]'s health visitor's number for us on the Saturday.

        Kind regards,
        [[name:Grace]] and [[name:Victor]] [[name:Whitlock]]
    """)),
    ("social_care", "incident", prose("""
        Incident - supervised contact, [[organisation:Hollybank Family Centre]],
        [[date:12 October 2024]]. Dad, [[name:Leon Pryce]], arrived 20 minutes late smelling strongly
        of alcohol. Contact supervisor [[name:Bill Catterall]] calmly ended the session in line with
        the {{contact agreement}} and took [[name:Mercy]] ([[age:7]]) and [[name:Tiago]] ([[age:5]])
        to the sensory room to play {{Uno}} while mum was called. Mr [[name:Pryce]] then left in a
        silver Astra, [[vehicle_registration:YD17 KHW]], and [[name:Bill]] rang 999 given the
        drink-driving risk; {{police}} reference [[case_reference:13241012-0562]]. Afterwards
        [[name:Mercy]] told [[name:Bill]], 'You were like a superhero but without a cape.' Mum rang
        the next day to say thank you and that it was 'the first time somebody sorted it without me
        having to shout'. Learning: alcohol question to be added to the pre-contact checklist;
        [[name:Bill]] nominated for team recognition.
    """)),
    ("social_care", "success", prose("""
        Citation - {{Corporate Parenting}} Awards 2025, Outstanding Personal Adviser:
        [[name:Precious Nwachukwu]], [[organisation:Compass Leaving Care Service]].
        [[name:Precious]] has been personal adviser to [[name:Brooke]] since she left care at
        [[age:18]]. When [[name:Brooke]] got a place to study midwifery, [[name:Precious]] sat with
        her through the {{Student Finance}} forms line by line, chased the
        {{Setting Up Home Allowance}}, and on a Sunday in {{September}} drove her and seventeen boxes
        to halls in a borrowed van. [[name:Brooke]]'s nomination reads: 'She is the only professional
        who came to my college presentation evening, and she cried more than me. Auntie [[name:Pat]]
        (my old foster carer) says [[name:Precious]] is the only social worker she'd let in without a
        cuppa ready. I'm the first person in my family to go to uni. [[name:Precious]] by name,
        precious by nature.' The panel noted [[name:Precious]]'s caseload of 24 care leavers and her
        work setting up the {{Staying Put}} peer group. Presented by the Lead Member, Cllr
        [[name:Abdi Warsame]], on [[date:14 May 2025]].
    """)),
    ("social_care", "success", block("""
        Appreciative Inquiry - what went well: reunification of [[name:Zainab]] and [[name:Yusuf]] with mum
        Case: [[case_reference:CIN-2023-11872]]   Session: [[date:18/03/2025]]
        Facilitator: [[name:Marcus Bellamy-Reid]] ({{Principal Social Worker}})
        Present: [[name:Nasreen Hussain]] (mum), Aunty [[name:Rubina]], [[name:Sian Pritchard]] (SW),
        [[name:Abdul-Kareem]] ([[organisation:Roshni Family Project]]), Mrs [[name:Lomas]] ({{SENCo}},
        [[organisation:Fernhill Primary]])

        DISCOVER
        - "[[name:Sian]] never cancelled. Not once." - [[name:Nasreen]]
        - {{Family Group Conference}} held in Urdu and English; [[name:Rubina]] offered every Tuesday
          and Thursday after school.
        - [[name:Zainab]] (DOB [[date_of_birth:04/06/2015]]) drew her own {{Signs of Safety}}
          'three houses': "My house of good things has Mum, [[name:Yusuf]], Aunty and our cat Chutney."
        - Mrs [[name:Lomas]] kept a quiet room open at lunch so [[name:Zainab]] could ring home.

        DREAM
        - [[name:Yusuf]] ([[age:3]]) starts nursery in {{September}} with his sister dropping him off.

        DESIGN / DELIVER
        - Step-down to {{Early Help}} agreed; [[name:Abdul-Kareem]] stays on as the family's link.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - child's photograph. On [[date:20/06/2024]] the {{Designated Teacher}} at
        [[organisation:Brackenfield Academy]] e-mailed foster carer [[name:Summer Leigh]] to say
        [[name:Hope]] ([[age:12]]) had won the county cross-country and they wanted to send her photo
        and full name to the [[organisation:Calder Valley Courier]]. [[name:Summer]] knew that
        [[name:Hope]]'s birth father has a {{non-contact order}} and has been searching for her
        online, so she rang the school within the hour and asked them to hold it. Social worker
        [[name:Dami Adeyinka]] confirmed the risk and the school agreed to use a photo of the team
        from behind, first names only. [[name:Hope]] said, 'I don't care about the newspaper, I care
        about my medal.' Learning: the {{Virtual School}} will remind every designated teacher to
        check with the social worker before any publicity, and to use the {{PEP}} to record photo
        consent.
    """)),
    ("social_care", "incident", prose("""
        Incident - kitchen fire, [[organisation:Oakridge House]] children's home,
        [[address:4 Mill Lane]], [[postcode:BB4 8NT]], [[date:27 December 2024]], 18:40. A pan of
        oil caught fire while [[name:Dexter]] ([[age:14]]) and support worker [[name:Ray Oyelaran]]
        were making chips. [[name:Ray]] switched off the hob, covered the pan with the
        {{fire blanket}} and got all four young people out to the assembly point by the
        {{Christmas tree}} on the front lawn in under two minutes. The fire service attended
        (incident [[case_reference:FS-2412-0877]]) and confirmed no spread; the watch manager told
        home manager [[name:Angharad Price]] it was 'textbook'. [[name:Dexter]], who has {{ADHD}} and
        usually struggles with alarms, stayed beside [[name:Ray]] and said afterwards, 'Best fire
        drill ever, apart from losing the chips.' [[name:Kaycee]] ([[age:16]]) filmed the engine for
        her Snapchat; staff kindly asked her to delete it because it showed the house number, and
        she did. Actions: chip pan removed, air fryer bought, {{Reg 40}} notification sent to
        {{Ofsted}}. [[name:Ray]] has been put forward for the provider's {{Hero of the Quarter}}.
    """)),
    ("social_care", "success", prose("""
        Shout-out from [[name:Jas]] (duty TM): massive thanks to [[name:Kwame Asante]] and
        [[name:Ellie-Mae Rudd]] who on [[date:Friday 7 March]] stayed until 8pm to place a sibling
        group of three together with [[organisation:Heronsgate Fostering]] rather than split them.
        [[name:Ellie-Mae]] even found a spare car seat in the {{Early Help}} store cupboard. The
        eldest, [[name:Mikey]], kept asking 'Are we all going in the same car? Promise?' - and they
        did. This is {{duty}} at its best.
    """)),
    ("social_care", "success", block("""
        [[address:22 Primrose Bank]]
        Ashworth
        [[postcode:OL12 6RY]]
        [[date:10th January 2025]]

        Dear Mr [[name:Grey]],

        I am writing to say thank you from me and from [[name:Liberty]] for everything you did to
        help us get the {{Special Guardianship Order}}. When we started I didn't know what a
        {{viability assessment}} was and I was frightened of the court. You explained it all over a
        brew in my kitchen and you never once made me feel like a silly old woman.

        [[name:Liberty]] is [[age:8]] now and doing ever so well at [[organisation:Holy Trinity Juniors]].
        She asked me to put in that she still has the {{Gruffalo}} book you gave her and can read it
        all by herself. She also says to tell you the hamster is called Sir Nibbles and he is fine.

        My son [[name:Wayne]] is in a better place too and sends his regards.

        God bless you, you are a credit to {{social services}}.

        Yours sincerely,
        [[name:Dorothy Fairclough]] (Nana [[name:Dot]])
    """)),
    ("social_care", "success", prose("""
        Compliment - end of {{Early Help}} plan, [[name:Okonkwo]] family. Family support worker
        [[name:Bisi Coker]] was given a homemade card on her last visit. Inside, [[name:Chidi]]
        ([[age:11]]) had written: 'Thank you for teaching Mum to say no without shouting and for the
        {{Minecraft}} chats.' [[name:Amara]] ([[age:8]]) drew [[name:Bisi]] as {{Elsa}} holding a
        clipboard, and baby [[name:Favour]] ([[age:14 months]]) added a sticky handprint. Dad,
        [[name:Emeka]], wrote in biro: 'You came when the school said we were failing. You left us a
        family that eats dinner at the table. God bless.' [[name:Bisi]] asked for the card to be
        shared with [[organisation:Kingsmead Primary]], whose {{Designated Safeguarding Lead}}, Mrs
        [[name:Thornton]], made the original referral. The family's {{Outcomes Star}} score for
        routines went from 3 to 8.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss reported by [[name:Mercy Boateng]], family support worker,
        [[organisation:Riverside Family Hub]]. While helping mum with a {{Universal Credit}} claim on
        [[date:05/11/2024]], [[name:Mercy]] noticed the housing office letter gave mum's NI number as
        [[ni_number:JT 48 27 19 C]], but her payslip showed [[ni_number:JT 48 27 91 C]]. The digits
        had been transposed on the {{Housing Benefit}} form, which would have matched the wrong
        record and delayed payment by weeks. [[name:Mercy]] rang the benefits team direct line
        ([[phone:01632 960417]]) and had it corrected while mum sat beside her. Mum,
        [[name:Joy-Ann Pierre]], said: 'I've been ringing them since {{September}}. You did it in ten
        minutes.' No harm. Learning: check ID documents against any form before signing. Thank you
        [[name:Mercy]].
    """)),
    ("social_care", "incident", prose("""
        Incident - missing from placement, [[name:Destiny-Rose Clarke]] ([[age:13]]), log
        [[case_reference:MFH-25-0209]], [[date:14/02/2025]]. [[name:Destiny-Rose]] left her foster
        home after an argument about her phone and was reported missing at 19:15. At 20:05 the driver
        of the number 42, [[name:Clifford Mbeki]] (known to everyone as [[name:Cliff]]), noticed a
        girl in school uniform crying on the back seat. He held the bus at the interchange, rang his
        depot, bought her a hot chocolate from the kiosk and sat with her until PC [[name:Lowe]]
        arrived. [[name:Destiny-Rose]] later told her social worker, 'The bus man was kind, he said
        his granddaughter has the same {{Stanley cup}}.' Foster carers [[name:Frank]] and
        [[name:Carol Teale]] have written to [[organisation:Fellside Buses]] to thank him, and the
        company has kept the CCTV from bus [[vehicle_registration:FJ66 UBK]] for the return
        interview. {{Philomena Protocol}} profile updated.
    """)),
    ("social_care", "success", prose("""
        Award citation - {{Early Years}} Inclusion Award 2024: [[organisation:Little Acorns Day Nursery]],
        [[address:Unit 3, Canal Wharf]], [[postcode:WF1 5DG]]. Nominated by parent
        [[name:Summer Hollis]] and {{Portage}} worker [[name:Teresa Quigley]]. When [[name:Bailey]]
        started at [[age:2]] he was non-verbal, tube-fed and had never been left with anyone but his
        mum. Key person [[name:Shabnam Ali]] learnt to manage his {{gastrostomy}} and picked up
        {{Makaton}} within a fortnight. Room leader [[name:Georgie Pham]] rearranged the whole toddler
        room so his walker could reach the water tray. [[name:Summer]] writes: 'On his third birthday
        [[name:Shab]] sent me a video of him signing "more bubbles" to the {{Hey Duggee}} song, and I
        sat in the car park at work and cried.' Manager [[name:Lorraine Okafor]] accepted the award
        for the team on [[date:28 November 2024]].
    """)),
    ("social_care", "success", prose("""
        Compliment taken by phone, [[date:03/04/2025]]. Mr [[name:Dariusz Nowak]] rang to thank
        [[name:Bláithín Ní Mhurchú]] for explaining the {{Public Law Outline}} to him with translated
        letters and for booking a Polish interpreter for every meeting. He said: 'She treated me like
        a father, not a problem. [[name:Kuba]] asks every week when is [[name:Bláithín]] coming.'
        [[name:Kuba]] is [[age:5]]. Callback number [[phone:07700 900318]]. Passed to the TM and to
        [[name:BNM]] herself.
    """)),
    ("social_care", "incident", block("""
        Incident report - information governance
        Ref: [[case_reference:IG-2025-0342]]   Date: [[date:19 March 2025]]
        Reported by: [[name:Tariq Mahmood]], Senior Practitioner

        What happened: I sent the {{strategy discussion}} minutes for [[name:Kai]] to "[[name:Joy]]"
        using autocomplete. They went to [[email:joy.barnes@example.org]] (a parent from a closed
        case) instead of [[email:joy.barrington@northmoor.gov.uk]] (the school nurse). I realised
        within four minutes.

        What went well: Ms [[name:Barnes]] rang me straight back on [[phone:07700 900562]], said
        "I haven't opened it, love, I saw the name and deleted it", and stayed on the line while I
        talked her through emptying her deleted items. {{Data Protection Officer}} [[name:Siobhan]]
        agreed this was not reportable to the {{ICO}}.

        I want to record my thanks to Ms [[name:Barnes]]; after everything her family went through
        with us she had every reason not to help.

        Learning: autocomplete cleared; contacts now saved with full names and roles.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "success", block("""
        Card received on [[organisation:Bluebell Birth Centre]], [[date:6 January 2025]] - compliment [[case_reference:COMP/25/0019]]

        To Midwife [[name:Grace]], [[name:Nell]] the student and all the night team,

        Thank you for bringing our daughter safely into the world on [[date:1st January]]. When her
        heart rate dropped and the room filled up with people, [[name:Grace]] held my face and said,
        "Look at me, not them. We've got you." I will never forget that.

        We couldn't decide on a name for three days, so she is [[name:Grace]] too -
        [[name:Grace Hope Adebayo-Finch]], 3.4kg of pure noise.

        Thank you also to Dr [[name:Okereke]] for the {{ventouse}}, to [[name:Beryl]] on the desk who
        found my husband a phone charger at 4am, and to whoever left the {{Bounty}} pack with the tiny
        hat.

        Love, [[name:Temi]], [[name:Rob]] and baby [[name:Grace]] xx
    """)),
    ("health", "success", prose("""
        {{Greatix}} - {{Learning from Excellence}}. Nominee: [[name:Blessing Chukwu]],
        {{healthcare assistant}}, [[organisation:Kestrel Ward]]. Nominated by: Sister
        [[name:Anne-Marie Doyle]]. On the night shift of [[date:11/02/2025]] [[name:Blessing]] was
        doing 02:00 observations on Mr [[name:Victor Hale]] ([[age:81]]), whose {{NEWS2}} was only 3.
        She felt 'he just wasn't himself - he called me Mum and he never does that'. She escalated to
        the nurse in charge anyway, repeated obs at 02:30 and persuaded the {{SHO}} to review. Lactate
        was 4.8 and Mr [[name:Hale]] had the {{Sepsis Six}} completed within the hour. His daughter
        [[name:Faith]] wrote the following week: 'The lady who listens to Dad's jokes saved his life.'
        What we can learn: trust soft signs and knowing the patient. [[name:Blessing]]'s nomination
        will be shared at the trust's {{Schwartz Round}} in {{April}}.
    """)),
    ("health", "near_miss", block("""
        Near miss - patient identification
        Incident ref: [[case_reference:W-231884]]     Area: {{Day Surgery Unit}}, [[date:24/09/2024]]

        Patient A: [[name:Raymond Kenworthy]], NHS [[nhs_number:059 903 8578]], DOB [[date_of_birth:02/05/1948]]
        Patient B: [[name:Ray Kenworthy]], NHS [[nhs_number:466 028 9567]], DOB [[date_of_birth:17/11/1961]]

        Student nurse [[name:Chloe-Jade Ingram]] was checking wristbands before the pre-op
        {{cannula}} and noticed the {{Clexane}} prescription on the EPR for Patient B carried Patient
        A's date of birth. She stopped, asked the patient to state his name and date of birth, and
        flagged it to the nurse in charge, [[name:Dev]]. Pharmacy confirmed the prescription had been
        copied across in error. No dose was given.

        Actions: name alert added to both records; 'same name' sticker on the theatre list.

        [[name:Chloe-Jade]] said, "I nearly didn't say anything because I'm only a student." We are
        so glad she did.
    """)),
    ("health", "incident", prose("""
        Incident - unwitnessed fall, [[organisation:Hartley Ward]], [[date:2 December 2024]]. Mrs
        [[name:Mavis Oyelowo]] ([[age:88]]) was found on the floor beside her bed at 05:10 by bank
        HCA [[name:Precious Moyo]]. Falls protocol followed: not moved until checked, {{flat lift}}
        with the {{HoverJack}}, {{CT head}} within the hour; no injury found. Her son
        [[name:Desmond]] was phoned at 05:40 by staff nurse [[name:Łukasz Wiśniewski]]. Afterwards
        [[name:Desmond]] wrote via {{PALS}}: 'Nobody likes that phone call, but [[name:Luke]] told me
        straight, told me what they'd done and put Mum on so I could hear she was cross about her cup
        of tea going cold. That's my mum all right.' Learning: bed rail assessment repeated, sensor
        mat ordered. Ref [[case_reference:DTX 77214]].
    """)),
    ("health", "success", block("""
        Thank-you card - [[organisation:Rainbow Ward]] ({{paediatrics}}), logged [[date:15/08/2024]]

        From [[name:Maisie]], [[age:6]]:
        "Dear Nurse [[name:Sunshine]], thank you for the stickers and for letting me press the button
        on the {{drip}} machine. You are better than {{Bluey}}. Love [[name:Maisie]]. PS my rabbit
        Flopsy says thank you too."

        Mum's note: "[[name:Maisie]] decided on day one that [[name:Oluwaseun]] was Nurse
        [[name:Sunshine]] because of her yellow scrubs, and it stuck. [[name:Seun]] made a frightening
        week with a {{PICC line}} and {{IV antibiotics}} bearable. Thank you too to Dr [[name:Fitz]]
        and to [[name:Ebony]] the play specialist, who made a {{Paw Patrol}} cover for the cannula.
        Happy for this to go in the newsletter - ring me on [[phone:07700 900771]].
        [[name:Kerry Haslam]]"

        Shared with [[name:Oluwaseun Bankole]] and the team huddle.
    """)),
    ("health", "success", prose("""
        Compliment left on the {{NHS website}} review page for
        [[organisation:Moorview Medical Practice]], copied into the compliments log on
        [[date:8 May 2024]]: 'I want to praise [[name:Dawn]] on reception. I rang at 8am in a state
        because my little boy [[name:Alfie]] ([[age:3]]) had a rash that didn't fade under a glass.
        [[name:Dawn]] didn't put me in the call-back queue, she put me straight through to Dr
        [[name:Sandhu]] and we were sent to {{A&E}}. It was {{meningitis}}. He's home now and back to
        ruining my sofa. Thank you [[name:Dawn]], you and the {{glass test}} saved my son. -
        [[name:Kelly]]' Practice manager note: [[name:Dawn Ashcroft]] has been with us 22 years. We
        have nominated her for the {{ICB}} Primary Care Star award and bought her a
        {{Colin the Caterpillar}} cake.
    """)),
    ("health", "success", prose("""
        Letter of thanks forwarded by the ambulance service patient relations team (ref
        [[case_reference:PR-24-06611]]). 'On [[date:30 June 2024]] my dad, [[name:Bill Ainsworth]],
        collapsed on his allotment, [[address:Plot 14, Hollinroyd Lane Allotments]]. The
        {{community first responder}}, a retired PE teacher called [[name:Geoff]], did CPR for nine
        minutes with the {{defib}} from [[organisation:Hollinroyd Cricket Club]] until paramedics
        [[name:Jordan]] and [[name:Fatima]] arrived. I wrote down the number plate,
        [[vehicle_registration:YX70 HPU]], so I could find you afterwards. Dad had a {{STEMI}}, two
        stents in the {{cath lab}}, and is back on his plot arguing about leeks. He asked me to say
        "Tell [[name:Jordan]] the biggest marrow is his." Thank you for giving us more time with him.
        - [[name:Bernadette Ainsworth]]'
    """)),
    ("health", "near_miss", prose("""
        Near miss - allergy. On [[date:13/03/2025]] a {{co-amoxiclav}} IV dose was prepared for
        [[name:Shirley Batty]], [[organisation:Fenwick Ward]], NHS No
        [[nhs_number:619 784 9291]]. The drug chart said NKDA, but her red wristband had come off in
        the shower. Ward pharmacist [[name:Amrit Kaur Gill]] was doing a
        {{medicines reconciliation}} and checked the {{Summary Care Record}}, which showed
        {{penicillin}} anaphylaxis in 2009. She stopped the dose at the bedside while the nurse,
        [[name:Ngozi]], was holding the syringe. Mrs [[name:Batty]]'s granddaughter [[name:Paige]]
        said later, 'Nan would have just let you give it, she trusts everybody.' Nominated for a
        {{Greatix}}. Learning: allergy status to be confirmed verbally before every first antibiotic
        dose.
    """)),
    ("health", "incident", prose("""
        Incident - loss of mains power, {{ICU}}, [[organisation:St Aldhelm's Hospital]],
        [[date:24 January 2025]] 03:12-03:19. During {{Storm Éowyn}} the site lost mains power and the
        generator changeover failed on the circuit feeding bed spaces 4-8. Charge nurse
        [[name:Callum Ferrie]] and {{ODP}} [[name:Juniper Osei]] went bed to bed switching pumps to
        battery and hand-ventilated the one patient whose ventilator alarmed. Consultant Dr
        [[name:Ifeoma Nwosu]] arrived from the on-call room in pyjama bottoms within two minutes. No
        patient came to harm. Estates ref [[case_reference:EST-250124-03]]. The wife of the patient in
        bed 6 wrote: 'I was told there'd been a power cut and nobody even woke him. [[name:Callum]]
        explained it all when I came in so I didn't hear it from the news first.' Learning: generator
        load test brought forward; torches on every bed space. [[name:Juniper]] and [[name:Callum]]
        will present at the {{Morbidity and Mortality}} meeting.
    """)),
    ("health", "success", block("""
        [[address:Bryn Awel, Heol y Felin]]
        Llanfaes
        [[postcode:LD3 8SE]]

        To the District Nurses at [[organisation:Pen-y-Bont Health Centre]],

        My husband [[name:Emrys]] died at home on [[date:9th October]], in his own bed with the window
        open so he could hear the sheep, just as he wanted. I could not have done it without Sister
        [[name:Gwen]], [[name:Rhian]] and [[name:Mo]], who came four times a day at the end and never
        once rushed. [[name:Gwen]] showed me how to do his mouth care with the little pink sponges,
        and [[name:Rhian]] sang to him in Welsh when the {{syringe driver}} alarmed at midnight. Our
        old collie would not let anyone near the bed but them.

        {{Macmillan}} were wonderful too. Please put this on your wall.

        [[name:Eirlys Pugh]] (Mrs)
    """)),
    ("health", "success", block("""
        Success review (appreciative inquiry) - complex discharge
        Patient: [[name:Precious Dlamini]], [[age:34]], NHS [[nhs_number:226 829 6822]]

        What went well:
        - {{Discharge to Assess}} referral made on day 2, not day 12, by OT [[name:Hannah Lightfoot]].
        - [[name:Tomasz]] from the hospital social work team got a ground-floor flat released by
          [[organisation:Calder Valley Housing Association]] in 48 hours.
        - {{Physio}} [[name:Ade]] practised the bus step with her on the car park kerb.
        - [[name:Precious]] in her own words: "Everyone told me the same thing. No one made me repeat
          my story."
        - Her daughter [[name:Blessing]] ([[age:12]]) came to the discharge meeting and chose which
          room her mum's bed went in.

        What we want more of: one named coordinator from day 1; families in the room.
        Facilitator: [[name:Ruth Akande]], Patient Flow Lead, [[date:07/10/2024]]
    """)),
    ("health", "success", prose("""
        Compliment, [[organisation:St Columba's Hospice]] in-patient unit, [[date:22/07/2024]]. The
        family of [[name:Frank Mullarkey]] asked us to record their thanks to night nurse
        [[name:Faith]] and volunteer [[name:Sid]]. [[name:Frank]], a bugler in the army in his youth,
        wanted to hear the {{Last Post}} one more time. [[name:Sid]] found a recording, but
        [[name:Faith]] had a better idea: she opened the garden room doors at 3am so that
        [[name:Frank]]'s grandson [[name:Jayden]] could play it on his own trumpet. His daughter
        [[name:Maureen]] wrote: 'Dad went out to the {{Last Post}} and the birds starting. You gave us
        that.'
    """)),
    ("health", "incident", prose("""
        Incident - patient left the ward. [[name:Harold Biggins]] (known as [[name:Harry]]),
        [[age:79]], {{dementia}}, [[organisation:Ferndale Ward]], hospital number
        [[case_reference:RX4471920]], left via a fire exit at 14:20 on [[date:3 August 2024]]. He was
        spotted 15 minutes later by porter [[name:Frank Adeyemi]] at the bus stop on
        [[address:Infirmary Road]], waiting for the bus 'home to [[name:Edna]]'. [[name:Frank]] didn't
        argue; he sat down, talked about the 1972 {{FA Cup}} final and suggested a cup of tea first.
        He walked [[name:Harry]] back through the main entrance, which [[name:Harry]] thought was the
        bus depot. The {{Herbert Protocol}} form his family had completed helped security. Learning:
        the fire exit alarm had been disabled for maintenance with no notice; estates have fixed it.
        [[name:Frank]] has had a thank-you card from [[name:Harry]]'s son [[name:Graham]].
    """)),
    ("health", "success", prose("""
        {{Greatix}} - To Dr [[name:Roxanne Achterberg]], {{F1}}, from Dr [[name:Samuel Ofori]],
        consultant in acute medicine. Last night ([[date:20/02/2025]]) you recognised {{DKA}} in a
        [[age:19]]-year-old triaged as 'drunk' and started the {{fixed rate insulin}} protocol before
        I'd got my coat off. You also rang his mum, in Welsh, because he asked you to. Superb. -
        [[name:SO]]
    """)),
    ("health", "near_miss", prose("""
        Near miss - wrong blood in tube. On [[date:1 November 2024]] transfusion lab BMS
        [[name:Kieran O'Dowd]] noticed that a {{group and save}} sample for [[name:Hope Ndiaye]],
        hospital number [[case_reference:K0985512]], grouped as A RhD positive although her
        historic group was O negative. He rejected the sample as {{WBIT}} and rang the ward. It had
        been taken from the patient in the next bay, [[name:Hope Ellison]]; both were listed only as
        '[[name:Hope]]' on the whiteboard. A repeat sample confirmed O negative. Had she been
        transfused, this could have been a fatal {{ABO incompatibility}}. Thank you [[name:Kieran]],
        and thank you to [[name:Hope Ndiaye]] herself, who said, 'I knew that wasn't my blood group,
        it's on my donor card!' Whiteboards now show surnames as well.
    """)),
    ("health", "success", block("""
        From: PALS <[[email:pals@riverbank-hospitals.example.org]]>
        To: [[email:ed.matron@riverbank-hospitals.example.org]]
        Date: [[date:12 April 2025]]
        Subject: Compliment [[case_reference:PALS-25-1183]] - ED

        Hi [[name:Suzanne]],

        Forwarding a lovely one for the team:

        "Last Saturday my son [[name:Ezra]] ([[age:15]]) came in with a dislocated kneecap after
        rugby for [[organisation:Thornleigh RUFC]] under-16s. Nurse [[name:Ali]] gave him {{Entonox}}
        and let him choose the music. Dr [[name:Brennan]] popped it back in while {{Mr Brightside}}
        was playing and the whole cubicle sang along. [[name:Ezra]] says it was 'the best worst day'.
        Please thank them, and the triage nurse with the pink hair. - [[name:Angela Whyte]]"

        Thanks,
        [[name:Marek]]
        {{PALS}} Officer
    """)),
    ("health", "success", prose("""
        Feedback card posted in the {{CAMHS}} reception box at [[organisation:Beacon House]].
        [[name:Storm]] ([[age:16]]) wrote to her care coordinator [[name:Ayesha]]: 'When I first came
        here I said I'd rather die than talk to you. You said "that's fine, we can just sit" and we
        did, for three weeks. Now I've done my GCSEs and I'm going to
        [[organisation:Brindley Sixth Form College]] to do psychology so I can be annoying like you.
        Thank you for not giving up.' Her mum, [[name:Dawn]], added underneath: '[[name:Storm]]
        smiles now.' [[name:Ayesha]] has asked for the card to go on the team's 'reasons we do this'
        wall. Discharged from the {{DBT}} skills group [[date:29/07/2024]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "success", block("""
        Customer Relations ref: [[case_reference:CR-5541207]]
        Flight [[flight_number:EZY 6218]], MAN-TFS, [[date:15 August 2024]], aircraft [[aircraft_registration:G-EZTW]]

        Dear Sir or Madam,

        I am writing to thank the cabin crew on our flight, especially [[name:Sky]] and
        [[name:Jonjo]]. About an hour out, my wife [[name:Moira]] went grey and collapsed in the aisle.
        [[name:Sky]] had oxygen on her within a minute and [[name:Jonjo]] asked for a doctor; a
        retired GP, Dr [[name:Hamid]], came forward. {{The captain}}, who introduced herself as
        [[name:Noor]], came back to speak to us and said she was ready to divert to {{Porto}}. It
        turned out to be a {{hypo}} - [[name:Moira]] has {{Type 1 diabetes}} - and the
        {{glucose gel}} from the medical kit brought her round.

        Our granddaughter [[name:Faith]] ([[age:7]]) was terrified. [[name:Jonjo]] gave her a wings
        badge and let her help with the trolley, and now she wants to be "a sky lady".

        Kind regards,
        [[name:Alasdair McKechnie]]
    """)),
    ("aviation", "success", prose("""
        Thank-you card passed to the {{Special Assistance}} desk, Terminal 2, from the mum of an
        {{unaccompanied minor}}. Flight [[flight_number:BY 4417]] was delayed six hours on
        [[date:23 July 2024]]. [[name:Destiny]] ([[age:11]]) was flying alone to her dad in Malaga,
        and ground host [[name:Keisha Amponsah]] stayed with her the whole time, well past the end of
        her shift. They played {{Uno}}, watched {{Moana}} twice and [[name:Keisha]] bought her a
        {{Happy Meal}}. Mum, [[name:Charmaine]], wrote: 'She rang me and said "Mummy,
        [[name:Keisha]] is my best friend now, can she come to Spain?" I was in bits all day and she
        was having the time of her life. Thank you from the bottom of my heart.' Duty manager
        [[name:Piotr]] has added this to [[name:Keisha]]'s personnel file.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss / good catch. During the turnaround of [[aircraft_registration:G-JMCX]]
        ({{Boeing 737-800}}) on {{stand 14}} on [[date:04/10/2024]], ramp agent
        [[name:Frank Ozturk]] noticed the aft hold door had been closed with a bag strap trapped in
        the seal. The load sheet had already been signed. [[name:Frank]] stopped the pushback by
        standing in front of the tug with his hand raised and calling the flight deck on the headset.
        Engineering attended; door reopened, strap removed, seal undamaged. Flight
        [[flight_number:LS 1592]] left 11 minutes late. Captain [[name:Helen Farrow]] said on the
        headset, 'Thanks, [[name:Frank]], that's a pint I owe you.' Reported through the {{MOR}}
        scheme as a good catch (ref [[case_reference:SMS-24-1187]]). Ramp manager
        [[name:Gurpreet]]: 'This is exactly the {{Just Culture}} behaviour we want.'
    """)),
    ("aviation", "incident", prose("""
        Incident - bird strike and return, flight [[flight_number:TOM 2381]],
        [[aircraft_registration:G-TAWX]], {{Boeing 737 MAX 8}}, [[date:9 May 2024]]. Passing 400ft
        after departure the aircraft flew through a flock of gulls; the No. 1 engine showed high
        vibration and a burning smell entered the cabin. The crew declared {{PAN}}, shut the engine
        down and returned, landing overweight 14 minutes later. Fire crews attended; no fire.
        Captain [[name:Ray Kowalczyk]] and First Officer [[name:Imogen Tait]] were commended by the
        fleet captain. Among several passenger letters was this from Mr [[name:Ade Olatunji]]:
        'Captain [[name:Ray]] came on the PA and talked to us like a neighbour over the fence - what
        had happened, what he was going to do, how long it would take. Even my [[age:four]]-year-old,
        [[name:Tobi]], clapped when we landed. The crew member called [[name:Siân]] held my wife's
        hand the whole way down.' Engineering ref [[case_reference:ENG-24-0509-07]].
    """)),
    ("aviation", "success", prose("""
        Citation - Instructor of the Year 2024, [[organisation:Hollins Moor Flying Club]].
        [[name:Victor Amadi]] (everyone calls him [[name:Vic]]) has sent 14 students solo this year
        in the club's {{Cessna 152}}s, [[aircraft_registration:G-BHCP]] and
        [[aircraft_registration:G-BOYL]]. His youngest, [[name:Summer Nightingale]], went solo on
        [[date:2 June 2024]], the day she turned [[age:16]], and radioed '[[organisation:Hollins Moor]]
        Radio, [[aircraft_registration:Golf Yankee Lima]], downwind... and I'm actually alive!' Her dad
        [[name:Bill]] filmed the landing from the clubhouse and [[name:Vic]] cut off her shirt-tail in
        the old tradition. [[name:Summer]] says, '[[name:Vic]] never shouts. He just goes "interesting"
        and you know you've done something wrong.' Members also praised his {{threat and error
        management}} evenings and his bacon rolls.
    """)),
    ("aviation", "success", prose("""
        Compliment received via the airport website, [[date:18/09/2024]]: 'My mum,
        [[name:Mercy Owusu]], is [[age:84]], uses a wheelchair and has {{Parkinson's}}. She was flying
        home to Accra for her sister's funeral on [[flight_number:BA 2065]]. The assistance team,
        especially [[name:Joseph]] and [[name:Amelia-Rose]], were wonderful. [[name:Joseph]] noticed
        she was shaking, found out she had missed her {{Sinemet}} dose in the queue, got her water, and
        pushed her all the way to the gate singing gospel songs with her. [[name:Amelia-Rose]] phoned
        me from the gate so I could say goodbye. Mum called them "angels in hi-vis". -
        [[name:Priscilla Owusu-Ansah]]' {{PRM}} manager [[name:Nadia]]: both colleagues will receive
        a {{Going the Extra Mile}} certificate.
    """)),
    ("aviation", "near_miss", block("""
        Occurrence report - similar callsigns (good catch)
        Unit: [[organisation:Fenbridge Approach]]   Date: [[date:11 March 2025]]   Ref: [[case_reference:ATC-OR-25-044]]

        Two inbounds on frequency: [[flight_number:RYR 2KV]] and [[flight_number:RYR 2VK]].
        Trainee controller [[name:Oskar Lindahl]] cleared [[flight_number:RYR 2KV]] to descend to
        {{FL70}}. The readback came from [[flight_number:RYR 2VK]], which was not yet clear of
        traffic below. On-the-job instructor [[name:Brooke Halliwell]] caught it at once and
        transmitted: "[[flight_number:RYR 2VK]], negative, maintain {{FL90}}." Separation was not
        lost and {{TCAS}} did not alert.

        [[name:Oskar]]: "I heard what I expected to hear. [[name:Brooke]] heard what was said."

        Action: callsign confusion notified to the operator; watch manager [[name:Idris]] has
        recommended [[name:Brooke]] for a unit commendation.
    """)),
    ("aviation", "success", block("""
        Letter forwarded from Lost Property, [[date:14 January 2025]]

        Dear airport people,

        My name is [[name:Joy]] and I am [[age:6]]. I left my bear Biscuit on the plane
        ([[flight_number:TOM 2174]]) and I cried all the way to Granny's. A lady called
        [[name:Mercy]] found him under {{seat 23C}} and posted him back with a photo of him in a
        hi-vis and a pilot's hat. Mummy says you did not have to do that. Biscuit says thank you.
        I have drawn you a picture of him flying the plane.

        Love [[name:Joy]] [[name:Okoro]] age [[age:6]]

        Supervisor note: [[name:Mercy Appiah]], cabin cleaning team,
        [[organisation:Brightwing Aviation Services]]. Photo of the drawing is on the {{crew room}}
        board. - [[name:D. Kershaw]]
    """)),
    ("aviation", "incident", prose("""
        Incident - disruptive passenger, flight [[flight_number:LS 871]], Palma to Leeds,
        [[date:27/06/2024]]. A male passenger became abusive when refused more alcohol and threatened
        a crew member. {{SCCM}} [[name:Dawn Etherington]] followed the {{disruptive passenger}}
        procedure, issued a formal warning card and reseated the family behind him. Captain
        [[name:Rhys Vaughan-Pritchard]] requested police to meet the aircraft and the man was arrested
        on arrival (police ref [[case_reference:13240627-0418]]). Afterwards Ms
        [[name:Thandiwe Mokoena]] from 15D wrote: 'The crew were magnificent. [[name:Dawn]] never
        raised her voice once, and the young steward, [[name:Jamal]], quietly moved me and my daughter
        [[name:Grace]] to the front row without being asked. [[name:Grace]] is [[age:9]] and she said,
        "[[name:Jamal]] is braver than {{Spider-Man}}."' Reported under the
        {{Air Navigation Order}} provisions and to the {{CAA}}.
    """)),
    ("aviation", "success", prose("""
        Thank-you letter to [[organisation:Pennine Moors Air Ambulance]], received
        [[date:5 September 2024]]: 'On [[date:17 August]] our son [[name:Ollie]] ([[age:12]]) came
        off his mountain bike at [[organisation:Stoneclough Bike Park]] and broke his thigh bone.
        Your helicopter, [[aircraft_registration:G-PMAA]], landed in the car park in eleven minutes.
        Critical care paramedic [[name:Hope Abernethy]] gave him {{ketamine}}, and Dr [[name:Kwesi]]
        put on a {{traction splint}} while the pilot, [[name:Declan]], kept [[name:Ollie]]'s little
        sister [[name:Poppy]] busy naming all the bits of the helicopter. [[name:Ollie]] is walking
        again and asked for his birthday money to go to you. We enclose £212.40 and a drawing of
        {{Sonic}} flying your helicopter. - [[name:Natalie]] and [[name:Mark Grant]]'
    """)),
    ("aviation", "success", prose("""
        {{Learning from Excellence}} - check-in. On [[date:02/08/2024]] agent
        [[name:Faisal Qureshi]] found a child's passport on the floor by desk 41. He checked the
        {{APIS}} list and found that [[name:Destiny Kowalski]] ([[age:9]]) was booked on
        [[flight_number:EZY 1943]] to Faro, already boarding at {{gate 12}}. He went (his words:
        'walked very briskly') airside with {{security}} and handed it to her dad, [[name:Bartek]],
        at the gate door. [[name:Bartek]] said, 'I didn't even know it was gone. You've just saved our
        holiday, mate.' [[name:Faisal]] then went back and finished his queue. Station manager
        [[name:Ruth Elsworth]]: well done [[name:Faisal]].
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - maintenance. On the night shift of [[date:20 November 2024]], B1 engineer
        [[name:Kojo Asamoah]] was fitting a replacement {{pitot probe}} to
        [[aircraft_registration:G-OBRK]] ({{ATR 72}}) at [[organisation:Tarnside Aero Engineering]].
        The label on the box and the {{Form 1}} were correct, but the data plate on the part showed a
        dash number for a different variant. [[name:Kojo]] quarantined it and raised a quality
        notification ([[case_reference:QN-24-0612]]). Stores found two more mislabelled units from the
        same batch. Quality manager [[name:Bronwen Lloyd]] praised 'the ten seconds of curiosity that
        stopped a fleet-wide problem'. Aircraft released on time with the correct part. His colleague
        [[name:Sunny Singh]] said, '[[name:Kojo]] reads data plates like other people read menus.'
    """)),
    ("aviation", "success", prose("""
        Quick note from the base manager, [[name:Joy Akinyemi]]: thank you to the crew of
        [[flight_number:BY 6102]] on [[date:8 February 2025]] (Capt [[name:Stewart]], F/O
        [[name:Nazia]], {{SCCM}} [[name:Leanne]] and team) who turned a three-hour {{de-icing}} delay
        into a party, with a kids' colouring competition judged by the captain over the PA. 41
        compliments received. Legends.
    """)),
    ("aviation", "incident", prose("""
        Incident - medical diversion. Flight [[flight_number:TOM 2938]],
        [[aircraft_registration:G-TUMF]], {{Boeing 787}}, [[date:3 March 2025]]. A passenger,
        [[name:Ngozi Eze]] ([[age:29]]), went into premature labour over the Atlantic. Captain
        [[name:Victor Lindqvist]] diverted to {{Gander}}. Cabin crew [[name:Angel]] and
        [[name:Ruby-Leigh]] delivered a baby boy in the rear galley with help from a paediatric nurse
        travelling as a passenger, [[name:Mhairi]]. Mother and baby were transferred to hospital in a
        stable condition. In her letter afterwards Ms [[name:Eze]] wrote: 'I have named him
        [[name:Victor]] after your captain, and his middle name is [[name:Angel]]. I hope that's
        okay.' Learning: the {{maternity kit}} had no cord clamps; restocked fleet-wide. Ref
        [[case_reference:OR-25-0301]].
    """)),
    ("aviation", "success", block("""
        [[organisation:Wrekinside Gliding Club]] - Member of the Month

        This month's Member of the Month is [[name:Marigold Fenwick]], [[age:71]], who has driven our
        winch since 1987. On [[date:12 April 2025]] [[name:Marigold]] spotted a frayed section in the
        launch cable during the first inspection of the day and stopped flying until it was spliced,
        almost certainly preventing a {{cable break}} on a low launch in the {{K-13}},
        [[aircraft_registration:G-DFXR]].

        She also tows the retrieve trailer behind her ancient Land Rover,
        [[vehicle_registration:LR68 TXP]], and keeps the clubhouse stocked with {{Battenberg}}.

        "I'll do it till they drag me off the field," says [[name:Marigold]]. CFI [[name:Owain]] adds:
        "[[name:Goldie]] sees everything."
    """)),
    ("aviation", "success", prose("""
        Commendation - {{Flight Information Service}} officer [[name:Pradeep Menon]],
        [[organisation:Fenbridge Radar]]. On [[date:26 October 2024]] the pilot of
        [[aircraft_registration:G-CDXY]], a {{Piper Warrior}}, called {{PAN PAN}} unsure of his
        position above cloud with 40 minutes of fuel. [[name:Pradeep]] identified him on radar,
        coordinated with {{Distress and Diversion}}, and talked him down through a gap to
        [[organisation:Longmoss Airfield]]. The pilot, [[name:Gideon Ashby]], flying with his
        daughter [[name:Hope]], wrote afterwards: 'Your voice was the calmest thing in the sky that
        day. [[name:Hope]] wants to be a controller now.'
    """)),
]


def main() -> None:
    records = build_records("blind57", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
