"""Held-out blind corpus 87: incidents that went well and serious success reviews.

Compliments, thank-you letters, good-practice bulletins, appreciative inquiry notes
(Discovery/Dream/Design/Destiny) and learning-from-excellence reports across social care,
health and aviation. The voices are families and patients writing thanks, managers nominating
staff and panels writing up what worked, so the text is dense with praised staff (full names,
first names only, nicknames, initials, lower-case names, names that are ordinary words), team
and ward names, and sign-offs with roles and phone extensions.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind87.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "success", prose("""
        Dear {{Registered Manager}}, I am writing to say thank you to everyone at
        [[organisation:Larkspur House]] for how you looked after Mum, [[name:Edna Boateng]], in
        her last weeks. Special thanks to [[name:Grace]] on nights who sat with her and sang
        the old hymns, and to [[name:Tomasz]] who always made her tea "proper strong". When Mum
        had her fall on [[date:12th February]] the {{senior carer}}, [[name:Funmi Adeyemi]],
        rang me straight away on [[phone:07700 900417]] and stayed so calm. The
        {{district nurse}} told us the {{pressure care}} was the best she'd seen, not one
        mark on her. Mum was [[age:94]] and she never once felt like a number to you.
        [[name:Funmi]] even found her a {{Werther's Originals}} tin for her rings.
        With love and thanks,
        [[name:Carol Boateng]] (daughter), [[address:7 Heron Close]], [[postcode:LS6 2QT]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - ref [[case_reference:IR-2024-0611]]
        Reported by: [[name:Dawn Whitlock]], {{Deputy Manager}}
        Location: dining room, [[organisation:Meadowbank Care Home]], [[address:22 Stanier Road]],
        [[postcode:M14 7HX]]
        Date/time: [[date:03/06/2024]] 12:40
        Person affected: Mr [[name:Harun Ahmed]] ([[age:81]])
        What happened: Mr [[name:Ahmed]] started choking on {{shepherd's pie}}. [[name:Bill]] from
        the kitchen noticed first and shouted. [[name:Jade Okonkwo]], {{care assistant}}, gave
        five {{back blows}} and the food cleared. {{Paramedics}} checked him, no sign of
        {{aspiration}}. Son informed by [[name:Dawn]] at 13:05.
        What went well: quick recognition, nobody froze. [[name:Jade]] had done her
        {{First Aid at Work}} refresher last month. {{SALT}} re-referral made same day and
        {{IDDSI}} level 6 now on his plan.
        Harm: none
    """)),
    ("social_care", "near_miss", block("""
        [18:02] [[name:Hope Mensah]]: just to flag, nearly gave [[name:Tyler]] the
        {{melatonin}} meant for [[name:Kai]] tonight 😬
        [18:03] [[name:Hope Mensah]]: both bottles look identical, same chemist label
        [18:05] [[name:Rob Castellano]]: thanks for telling me straight away. did he get any?
        [18:06] [[name:Hope Mensah]]: no!! caught it when i read the name out loud like
        [[name:Sunita]] showed us on {{Skills to Foster}}
        [18:08] [[name:Rob Castellano]]: brilliant catch honestly. I'll log it on {{Mosaic}}
        under [[case_reference:FC-30418]] and ask [[organisation:Riverside Pharmacy]] about
        different coloured caps
        [18:09] [[name:Rob Castellano]]: will mention it at {{support group}} {{Thursday}} too
        (no names)
        [18:10] [[name:Hope Mensah]]: thank u. [[name:Kai]]'s fine, bath and bed lol
    """)),
    ("social_care", "success", block("""
        Appreciative Inquiry session - [[organisation:Willow Lodge]] children's home
        [[date:18 April 2024]]
        Facilitator: [[name:Priya Nair-Watts]], {{Practice Lead}}
        DISCOVERY (best of what is)
        - [[name:Frank]] and [[name:Will]] talking [[name:JD]] down off the garage roof, 3 hrs,
          no {{restraint}}, {{PACE}} language the whole time
        - [[name:Mo]] on waking night kept the kettle on and rang {{the on-call manager}}
        DREAM
        - every young person has one adult who "gets" them
        - fewer police call-outs; {{Philomena Protocol}} info ready for every child
        DESIGN
        - new starters shadow [[name:Frank]] for first 4 shifts
        - {{keyworker}} time every {{Sunday}} evening, protected
        DESTINY
        - [[name:Priya Nair-Watts]] to write up by [[date:2 May]]
        - [[name:Will]] to present at the [[organisation:Northgate Residential Service]] forum
    """)),
    ("social_care", "incident", prose("""
        Learning from Excellence report [[case_reference:LfE-0192]]. On
        [[date:Tuesday 9 January]] [[name:Sunny Rahman]], {{home carer}} with
        [[organisation:Brightpath Homecare]], arrived for the 7am call at
        [[address:41 Cowper Street]], [[postcode:BS5 9LN]] and found Mrs
        [[name:Iris Kowalczyk]], [[age:88]], on the kitchen floor, cold and muddled. The
        {{key safe}} code had been changed by family so [[name:Sunny]] got in through the back
        with a neighbour. [[name:Sunny]] did not try to lift her, wrapped her in the
        {{foil blanket}} from the car kit, rang 999 and then the office on
        [[phone:01632 960238]]. {{Paramedics}} said she had early {{hypothermia}} and the
        warming made a real difference. Mrs [[name:Kowalczyk]] is back home with a
        {{Lifeline pendant}} and her daughter has written in to thank us. The panel noted how
        calm and clear the call log was.
    """)),
    ("social_care", "near_miss", block("""
        Team meeting notes - [[organisation:East Locality Adult Social Care Team]]
        [[date:14/03/2024]]
        Present: [[name:K.O.]], [[name:Mark Feeney]], [[name:Rose Delacroix]], [[name:Bartek]],
        [[name:Lin]]
        Item 3 - near miss
        - [[name:Rose Delacroix]] spotted the {{Care Act}} assessment letter for Mr
          [[name:Yusuf Demir]] was addressed to [[address:12 Fennel Way]]; he moved to
          [[address:3 Carrow Court]], [[postcode:NG7 3AR]] in Feb
        - {{Liquidlogic}} still had the old address, {{NHS Spine}} had the new one
        - letter pulled before the post run, no breach
        - [[name:Mark Feeney]]: check address on {{Liquidlogic}} against Spine before sending
        - well done [[name:Rose]] 👏
        Actions
        - [[name:K.O.]] to raise with {{IG team}} by [[date:21/03]]
    """)),
    ("social_care", "success", prose("""
        To [[name:Faith]], I know your not allowed presents so this is just a card. Thanks for
        coming with me to the {{housing office}} like 6 times and for not giving up when I did.
        Thanks for the {{Pathway Plan}} meeting where you told them I was ready for my own place,
        because I am. Its [[address:Flat 4, 19 Gaskell Street]] if you want to come for a brew,
        the {{Setting Up Home Allowance}} got me a sofa!! Tell [[name:Marcus]] from
        {{Staying Put}} I said thanks as well. You are the best {{PA}} in the world and I
        mean that. [[name:Dev]] says hi. Love [[name:Shanice]] x ps my new number is
        [[phone:07700 900863]]
    """)),
    ("social_care", "incident", block("""
        [[organisation:Cedar Court Supported Living]] - shift log - [[date:Sat 27 July]]
        Incident ref [[case_reference:CC/INC/0457]]
        07:10 [[name:Marcus]] had {{tonic-clonic seizure}} in bathroom. [[name:Tendai]] timed it.
        07:15 still fitting at 5 min, [[name:Tendai]] gave {{Buccolam}} as per
              {{epilepsy protocol}}, [[name:Jean-Luc]] stayed with [[name:Marcus]] -
              safe area cleared
        07:17 seizure stopped, {{recovery position}}
        07:20 rang on call [[name:Bev Hollis]], 999 not needed per {{care plan}}
        07:45 [[name:Marcus]] sleeping, obs fine
        09:00 Mum ([[name:Sharon]]) informed on [[phone:01632 960584]]
        Note from on call: textbook response, calm and by the plan. Thank you
        [[name:Tendai]] and [[name:Jean-Luc]].
        Signed [[name:TM]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:l.oyelaran@hollinsfield.sch.uk]]
        To: [[email:ciaran.walsh@midshire.gov.uk]]
        Subject: Near miss at pick-up - [[name:Amara]] (Yr 3)

        Hi [[name:Ciaran]],
        Just to let you know, yesterday ([[date:Thurs 6th June]]) a man who said he was
        [[name:Amara]]'s uncle tried to collect her at 3.15. He wasn't on the
        {{collection list}}. Mrs [[name:Pike]] (TA) checked {{CPOMS}}, saw the
        {{Child Protection Plan}} alert about Dad's brother and kept [[name:Amara]] in class.
        I rang Mum who came at 3.40. Logged on {{CPOMS}}, ref [[case_reference:CP-2291]].
        Mrs [[name:Pike]] followed our {{Safeguarding Policy}} to the letter and was polite
        but firm - I'd like that noted at the {{core group}}.

        Kind regards
        [[name:Lola Oyelaran]]
        {{Designated Safeguarding Lead}}, [[organisation:Hollinsfield Primary School]]
        Tel [[phone:01632 960117 ext 204]]
    """)),
    ("social_care", "success", prose("""
        Nomination for {{Team of the Year}}. I would like to nominate the
        [[organisation:Reablement Team North]], led by [[name:Bernadette O'Sullivan]] (everyone
        calls her [[name:Bernie]]). Over the winter they got 43 people home from
        [[organisation:St Aldhelm's Hospital]] on {{Pathway 1}}, most within 48 hours of being
        medically fit. [[name:Anil]] rebuilt the rota so there was always an {{OT}} on the
        {{discharge to assess}} visits, [[name:Gosia]] ran the equipment store out of her own
        car boot when the van broke, and [[name:Mark]] sat with Mr [[name:Oduya]] every morning
        until he could manage the stairs again. [[name:Bernie]] never once let the team feel
        the pressure she was under. I cannot think of a team that deserves it more.
        [[name:Helen Carr-Price]], {{Head of Service}}, ext [[phone:4471]]
    """)),
    ("social_care", "incident", block("""
        Hot debrief - fire alarm activation, [[organisation:Ashgrove Nursing Home]]
        [[date:21/11/2023]], 02:10
        What happened: smoke from toaster in kitchenette on [[organisation:Bluebell Unit]].
        Alarm activated, {{Fire and Rescue Service}} attended, no fire spread.
        What went well
        - night nurse [[name:Rosa Quispe]] took charge, clear roles within 1 min
        - [[name:Gintaras]] and [[name:Hope]] moved 6 residents using {{ski sheets}} by
          {{horizontal evacuation}} to the next {{compartment}}
        - {{PEEPs}} were up to date and in the red folder
        - [[name:Rosa]] rang families before 7am
        Even better if
        - toaster moved out of {{the lounge}} area (done)
        - [[name:Gintaras]] suggests a torch on every fire door - agreed
        Debrief led by [[name:Neil Ashworth]], Manager, ext [[phone:2210]]
    """)),
    ("social_care", "near_miss", block("""
        Ref: [[case_reference:DC-NM-0088]]
        Reported by: [[name:Frank Adebayo]], {{Day Services Officer}}
        Location: [[organisation:Hazelwood Day Centre]] trip to [[organisation:Twycross Zoo]]
        Date: [[date:15/08/2024]]
        Vehicle: minibus [[vehicle_registration:MX19 KRB]]
        Description: on loading to come home the headcount was 11 not 12. [[name:Lenny]] was
        still in the gift shop with volunteer [[name:Chloe]]. Bus had not left. [[name:Frank]]
        did a second count against the {{register}} before starting the engine, as per the
        {{outings checklist}}.
        Harm: none. [[name:Lenny]] was happy with his penguin.
        Learning: {{buddy system}} only works if the volunteer also has a {{radio}} -
        [[name:Frank Adebayo]] to sort by next trip.
    """)),
    ("social_care", "success", prose("""
        Compliment - online feedback form. Service: [[organisation:Westfield Family Hub]]. Staff:
        [[name:jade]] (family support worker) and [[name:olu]]. Comments:
        [[name:jade]] was amazing, when our [[name:riley]] got excluded again she came to the
        {{TAF meeting}} and actually stuck up for us. she got us on the {{Solihull Approach}}
        course and [[name:olu]] done the
        {{Incredible Years}} group with my partner which he never would of gone to for anyone
        else. the {{health visitor}} says [[name:riley]] is a different kid. {{Early Help}} gets a
        bad name round here but not from us. Contact: [[name:Darren McBride]],
        [[email:darren.mcbride84@gmail.com]], happy to be called.
    """)),
    ("social_care", "incident", prose("""
        Serious incident learning summary [[case_reference:SIL-24-017]]. [[name:Kezia]],
        [[age:15]], placed at [[organisation:Thornfield House]], went missing on
        [[date:Friday 16 August]] after a {{family time}} visit. {{residential worker}}
        [[name:Dominik Nowak]] recognised the {{County Lines}} signs from her phone use that
        morning and called it in within 20 minutes with a full {{Philomena Protocol}} profile.
        PC [[name:Ellis]] from the {{Missing Persons Unit}} said that profile is why she was found
        at [[address:Unit 3, Canal Wharf]] the same evening. The {{return home interview}} was
        done by [[name:Abi]] from [[organisation:Safe Steps Project]] within 72 hours.
        [[name:Kezia]] told [[name:Abi]] she "knew [[name:Dom]] would come looking". The panel
        found the relationship-based practice at the home was the protective factor.
    """)),
    ("social_care", "near_miss", block("""
        Placement information check - near miss log
        Child: [[name:Tilly-Mae Harrow]]  DOB [[date_of_birth:11/02/2019]]
        NHS no: [[nhs_number:238 145 8514]]
        Date    | Who                  | What
        [[date:02/09]]   | [[name:S. Mahmood]] (SW)      | {{placement plan}} sent to
                |                      | [[organisation:Kinship Fostering Agency]]
        [[date:03/09]]   | Mrs [[name:Okafor]] (carer)   | asked for {{red book}}; saw {{peanut}}
                |                      | allergy + {{EpiPen}} at nursery
        [[date:03/09]]   | [[name:S. Mahmood]]           | plan said "no allergies" - corrected
        [[date:04/09]]   | [[name:Bea]] (SSW)            | {{allergy action plan}} in place
        Outcome: no exposure. Mrs [[name:Okafor]]'s question stopped a serious error.
    """)),
    ("social_care", "success", prose("""
        Dear Mr [[name:Gill]], I wanted to put in writing how much difference you have made to
        our family this year. Before your {{carer's assessment}} I had not slept through in
        four years. You sorted the {{Direct Payments}} so [[name:Reuben]] ([[age:23]]) now has
        [[name:Kofi]] two afternoons a week and he loves him, they go to the
        {{Clip 'n Climb}} wall. You chased the {{respite}} place at
        [[organisation:Ferncliffe Short Breaks]] when nobody else would and you rang
        back every single time you said you would. I have sent a copy of this to
        your {{Team Manager}}. Yours sincerely, [[name:Marguerite Levy]],
        [[address:Ivy Cottage, Shaw Lane]], [[postcode:SK4 3RZ]]
    """)),
    ("social_care", "near_miss", prose("""
        {{Appointeeship}} team near miss, [[date:8 October]]. When setting up
        {{Universal Credit}} for Mr [[name:Leroy Campbell]] our {{Client Finance Officer}}
        [[name:Gemma Teague]] noticed the NI number on the claim was [[ni_number:KR 73 05 66 D]]
        but his file and {{DWP}} letters said [[ni_number:KR 73 05 66 B]]. If it had gone through
        his money would have been held up for weeks and his rent at [[address:6 Mosley Row]]
        would have gone into arrears. [[name:Gemma]] rang the {{Universal Credit}} helpline and
        got it corrected the same day. Logged as [[case_reference:CF-2024-113]].
    """)),
    # ------------------------------------------------------------------ health
    ("health", "success", prose("""
        To everyone on [[organisation:Primrose Ward]], we just wanted to say the most enormous
        thank you. Our son [[name:Ezra]] was born on [[date:4th March 2024]] after a very long
        36 hours and we could not have done it without [[name:Faith]] and [[name:Siobhan]]. When
        the {{epidural}} didn't take, [[name:Faith]] talked me through on {{gas and air}} like I
        was the only person in the building. Dr [[name:Oyelowo]] explained the {{ventouse}}
        calmly and asked before every single thing. On the {{postnatal ward}} the {{HCA}} with
        the purple hair (sorry we never got her name!) helped with feeding at 3am. We will never
        forget you. Love [[name:Nadia]] and [[name:Tom Forsythe]] and baby [[name:Ezra]] x
    """)),
    ("health", "incident", block("""
        Datix ID: [[case_reference:W214587]]
        Reported by: [[name:Ben Achterberg]], {{Staff Nurse}}
        Location: [[organisation:Ward 12]], [[organisation:Kingsmead General Hospital]]
        Patient: Mrs [[name:Aurelia Grant]], NHS No [[nhs_number:504 617 8915]],
        Hosp No [[case_reference:K0938812]]
        Description: 03:00 {{NEWS2}} 6, new confusion. {{HCA}} [[name:Jinny]] noticed
        mottled knees and escalated to me. {{Sepsis Six}} completed within 45 min,
        {{lactate}} 4.1, {{Tazocin}} given 03:40. {{Critical Care Outreach}} reviewed 04:05.
        Outcome: improved by morning, no {{HDU}} needed.
        Why reporting: [[name:Jinny]] has only been in post 6 weeks and her observation
        saved time. Please share as good practice.
        Harm: none
    """)),
    ("health", "near_miss", block("""
        From: [[name:Joanne Ferreira-Lopes]] <[[email:joanne.ferreira-lopes@nhs.net]]>
        Subject: thank you - gent dose catch

        Hi all,
        Quick one to say thank you to [[name:Raj]] on pharmacy. On [[date:Weds 17/1]] baby
        [[name:Theo]] was prescribed {{gentamicin}} 70 mg instead of 7 mg on {{EPMA}} -
        a decimal slip at 2am. [[name:Raj]] spotted it on his ward round on
        [[organisation:Puffin Unit]], checked the {{BNFc}} and rang the reg before the 06:00
        dose. Nothing given. It's on Datix ([[case_reference:W214901]]) but I wanted
        the team to hear it from me too.

        [[name:Jo]]
        {{Matron}}, Neonates
        [[phone:020 7946 0312]]
    """)),
    ("health", "success", prose("""
        Greatix [[case_reference:GX-1043]]. I want to recognise [[name:Bill Okoro]],
        {{porter}}, who took Mrs [[name:Hettie Marsh]] ([[age:86]], {{dementia}}) down to
        {{CT}} on [[date:Sunday 2 June]]. She was frightened and kept trying to get off the
        trolley. [[name:Bill]] had read her {{This is Me}} leaflet and knew she used to run a
        dance school, so he sang {{Moon River}} all the way down the corridor. She held his
        hand through the scan and did not need any {{lorazepam}}. The radiographer said it was
        the calmest scan of the weekend. [[name:Bill]] said "it's just what you do". Submitted by
        [[name:Ama Boateng]], {{Ward Sister}}, [[organisation:Elm Ward]].
    """)),
    ("health", "incident", block("""
        [[organisation:St Cuthbert's Hospital]] ED - resus log summary, [[date:22/01/2024]]
        14:32 pt collapsed in waiting room - Mr [[name:Dariusz Wrona]], [[age:57]]
        14:32 receptionist [[name:Leah]] pulled the {{crash buzzer}}
        14:33 {{CPR}} started by HCA [[name:Mo Sesay]]
        14:34 {{AED}} on, shock x1
        14:36 {{resus team}} arrive, {{adrenaline}} not yet needed
        14:38 {{ROSC}}
        14:55 to {{cath lab}}
        Team: Dr [[name:Okafor]], [[name:Jess]] (SN), [[name:Mo Sesay]], [[name:Leah]]
        Hot debrief: [[name:Leah]] had never pulled the buzzer before but had watched the
        {{Resus Council}} video at induction. [[name:Mo]] gave excellent compressions.
        Patient discharged day 6. Family sent chocolates.
    """)),
    ("health", "near_miss", block("""
        [02:14] [[name:Ifeoma]]: just had a near miss in {{theatre 3}} 😳
        [02:15] [[name:Sam]]: wot happened
        [02:16] [[name:Ifeoma]]: {{ODP}} [[name:Grace]] insisted on {{Stop Before You Block}}
        even tho we were rushing. arrow was on the R, we'd prepped L
        [02:16] [[name:Ifeoma]]: for a {{fascia iliaca block}}. would have been wrong side
        [02:17] [[name:Sam]]: omg. good on her
        [02:18] [[name:Ifeoma]]: reg was a bit grumpy til he saw it
        [02:18] [[name:Sam]]: [[name:grace]] is a legend tbh
        [02:20] [[name:Ifeoma]]: datixd it, [[case_reference:W215003]], put her name in for
        a {{Greatix}} too
        [02:21] [[name:Sam]]: 👏👏 {{WHO checklist}} saves lives innit
    """)),
    ("health", "success", prose("""
        Dear {{Hospice at Home}} team at [[organisation:St Brendan's Hospice]], I don't know how
        to thank you for the last fortnight of [[name:Colin]]'s life. He wanted to die at home
        at [[address:58 Orchard Rise]] and because of you he did, looking at his garden.
        [[name:Dawn]] and [[name:Mags]] came every night, set up the {{syringe driver}} so gently,
        and made sure the {{just in case medicines}} were there before we needed them. When I
        panicked at 4am [[name:Dawn]] answered the phone on the first ring and talked me through
        the {{morphine}}. The {{DNACPR}} form was explained properly to our son. You gave us a
        good death. With gratitude, [[name:Pat Ellery]], [[postcode:PL4 7SD]]
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - [[organisation:Juniper Ward]], [[organisation:Fernbrook Unit]]
        Ref: [[case_reference:FB-7731]]
        Date: [[date:11/05/2024]]   Time: 21:50
        Reported by: [[name:Shola Adeyinka]], {{Charge Nurse}}
        Patient: [[name:R.T.]] ({{Section 3}})
        What happened: [[name:R.T.]] found in en-suite with ligature during {{Level 2 obs}}.
        [[name:Mark Ellison]] ({{HCA}}) used {{ligature cutter}} within seconds, called for help.
        {{Physical health}} checks normal, no injury.
        What went well: obs on time; cutter in pocket as per {{Safewards}} ward standard;
        [[name:Mark Ellison]] stayed with [[name:R.T.]] and talked for an hour after.
        Follow up: {{enhanced observations}}, review by Dr [[name:Batra]] in the morning.
    """)),
    ("health", "near_miss", block("""
        Haematology M&M - notes, [[date:Thursday 25 April]]
        Case 2: near miss, wrong blood in tube
        - 2 pts on [[organisation:Ward 9]], Mr [[name:John Smith]] and Mr [[name:Jon Smyth]]
        - DOBs [[date_of_birth:14/05/1952]] and [[date_of_birth:14/05/1958]]
        - {{group and save}} label printed for the wrong one at bedside
        - {{HCA}} [[name:Priya]] did {{positive patient ID}} anyway, asked name AND DOB,
          noticed the year didn't match, binned the sample
        - {{two-sample rule}} would also have caught it but 1 day later
        Learning
        - {{BloodTrack}} handhelds on {{the ward}} from next month
        - {{Name Alert}} stickers on both sets of notes
        - [[name:Priya]] to be thanked by the {{Transfusion Practitioner}}
    """)),
    ("health", "success", block("""
        Appreciative Inquiry - [[organisation:Halewood Day Surgery Unit]]
        Notes: [[name:Kat Morrow]], {{Clinical Educator}}, [[date:10/07/2024]]
        DISCOVERY: when have we been at our best?
        - the morning 9 lists ran on time and Sister [[name:Okonjo]] did the {{huddle}} in 4 min
        - [[name:Jaspreet]] the {{scrub nurse}} stopping the count when a swab was missing
        DREAM
        - every list starts with a {{Team Brief}}, no exceptions, even for "quick ones"
        DESIGN
        - {{WHO Safer Surgery Checklist}} read aloud by whoever is newest
        - named {{anaesthetist}} for the {{recovery}} bay each day
        DESTINY
        - [[name:Kat Morrow]] + Sister [[name:Okonjo]] to pilot from [[date:1 August]]
        - [[name:Jaspreet]] to run a 15 min teach on counts
    """)),
    ("health", "incident", prose("""
        Significant event analysis [[case_reference:SEA-2024-06]], [[organisation:Hartley Road
        Surgery]]. A [[age:34]]-year-old patient developed {{anaphylaxis}} in the waiting room 15
        minutes after a first dose of {{co-amoxiclav}} on [[date:19 February]]. Receptionist
        [[name:Sunny]] (real name [[name:Sunil Mehta]]) saw her scratching and struggling to speak
        and pressed the emergency button rather than waiting to be sure. {{practice nurse}}
        [[name:Hannah Ribeiro]] brought the {{anaphylaxis kit}} and gave IM {{adrenaline}} within
        three minutes. Dr [[name:Ferris]] took over and the ambulance took her to hospital for
        observation. She made a full recovery. What went well: the annual {{Basic Life Support}}
        session had included an anaphylaxis scenario two weeks before. Allergy now coded on
        {{EMIS}}.
    """)),
    ("health", "near_miss", block("""
        From: [[email:ewa.lindqvist@crosslanespharmacy.co.uk]]
        To: [[email:prescriptions.hartley@nhs.net]]
        Subject: query - Mr [[name:Bhatt]], {{Oramorph}} Rx

        Dear Dr [[name:Ferris]],
        Mr [[name:Navin Bhatt]] (DOB [[date_of_birth:30/09/1947]], NHS [[nhs_number:965 735 3971]])
        presented a script for {{Oramorph}} 10 mg/5 mL, 50 mL every 4 hours. I think this
        should have been 5 mL. His {{MST Continus}} dose has not changed. I have held the
        {{controlled drug}} until I hear back. His wife [[name:Usha]] is aware and fine with it.

        Many thanks,
        [[name:Ewa Lindqvist]]
        {{Pharmacist}}, [[organisation:Cross Lanes Pharmacy]]
        [[phone:01632 960742]]
    """)),
    ("health", "success", prose("""
        {{DAISY Award}} nomination. I would like to nominate Nurse [[name:Abena Owusu-Ansah]] on
        [[organisation:Nightingale Ward]]. My dad [[name:Patrick]] was in for five weeks with
        {{C. diff}} and he is not an easy man. [[name:Abena]] learned that he only drinks tea
        from his own mug so she kept it by {{the nurses' station}} and washed it herself. She
        noticed he wasn't eating and got {{the dietitian}} in and put him on the
        {{red tray}} system. When he was scared at night she sat and talked about Accra,
        where they both grew up. He calls her "my [[name:Abby]]". She is what nursing is. From
        [[name:Kieran Mensah-Doyle]], son, [[phone:07700 900215]]
    """)),
    ("health", "incident", block("""
        Hot debrief - {{PPH}} 2.1 L - [[organisation:Lister Delivery Suite]]
        [[date:Monday 8 July]]
        Present: [[name:Connie]] (MW), Dr [[name:Varghese]] (reg), Dr [[name:Hale]] (anaes),
        [[name:Yemi]] (MCA), [[name:Fatima Rahal]] (coordinator)
        What went well
        - [[name:Connie]] called {{Major Obstetric Haemorrhage}} early, at 800 mL
        - [[name:Yemi]] brought the {{PPH box}} and started weighing swabs
        - {{carboprost}} and {{TXA}} given within 10 min
        - [[name:Fatima Rahal]] allocated a scribe and a person for the partner
        - {{Blood Bank}} had O neg on floor in 7 min
        Even better if
        - {{cell salvage}} not set up, staff unsure - training booked
        Mum and baby [[name:Rumi]] well, home day 3.
    """)),
    ("health", "near_miss", block("""
        {{District nursing}} - [[organisation:Byker Neighbourhood Team]] - visit log
        [[date:Sun 3 Nov]]
        08:10 {{DN}} [[name:Kerry]] at Mrs [[name:Halloran]], [[address:9 Bede Terrace]],
              [[postcode:NE6 1UX]] - {{NovoRapid}} as per chart
        08:35 [[name:Kerry]] rings base: {{SystmOne}} shows second visit booked 09:30 for
              same insulin (duplicate from agency rota)
        08:40 [[name:Nikhil]] (coordinator) cancels duplicate, messages agency nurse
              [[name:Ros]]
        09:30 no second dose given. BM 7.2.
        Comment: would have meant {{hypo}} risk. [[name:Kerry]] reads the whole day list,
        not just her own - thank you. [[name:N.D.]]
    """)),
    ("health", "success", prose("""
        Posted on {{Care Opinion}}: "the staff on [[organisation:ward 7b]] were brill". i was in
        for my knee and honestly the care was 10/10. [[name:jamal]] the hca always had time for
        a chat, [[name:precious]] the nurse sorted my pain when the {{codeine}} made me sick and
        got me {{ondansetron}}, and the physio [[name:dan]] had me up on my {{zimmer}} the first
        day. even the food was ok lol. shout out to mr [[name:Pryce]] on the bay opposite who
        kept us all laughing. would recommend (not that you want to be in hospital).
    """)),
    ("health", "incident", prose("""
        Incident ref [[case_reference:CAD 240517-0093]], [[organisation:North Ridings Ambulance
        Service]]. On [[date:17 May]] paramedics [[name:Callum Fraser]] and [[name:Dave Keogh]]
        (known to all as [[name:Big Dave]]) attended a motorcyclist, [[age:22]], after a collision
        with a van, [[vehicle_registration:YK21 HTP]], on the {{A170}}. Catastrophic bleeding from
        the thigh was controlled with a {{tourniquet}} in under two minutes, {{TXA}} given, and
        [[name:Callum]] requested {{HEMS}} early. The patient reached the {{Major Trauma Centre}}
        at [[organisation:James Cook University Hospital]] within the hour. The surgeon wrote to
        the trust to say the leg was saved because of the crew. [[name:Dave]] has asked that the
        van driver, who held pressure until they arrived, is also thanked.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "success", prose("""
        Dear [[organisation:Skybridge Regional]], I was on flight [[flight_number:SBR 418]] to
        Belfast on [[date:30 March]] when my husband [[name:Alan]] collapsed in the aisle. I want
        you to know how wonderful your crew were. [[name:Mark]] (the {{Senior Cabin Crew}}) was
        with him in seconds and [[name:Jade]] fetched the {{defibrillator}} and the oxygen. Captain
        [[name:Hollister]] came on and asked if there was a doctor and a nurse called
        [[name:Mairead]] helped. They spoke to {{MedLink}} and the Captain turned back to land.
        [[name:Alan]] had a {{heart attack}} and is now home and grumbling. Please give them all a
        medal. [[name:Sheila Munro]], [[address:27 Kestrel Drive]], [[postcode:EH11 2PW]]
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT [[case_reference:ASR-24-0388]]
        Aircraft: [[aircraft_registration:G-OKTV]] {{A321neo}}   Flight: [[flight_number:BLU2271]]
        Date: [[date:14/09/2024]]   Phase: take-off, approx 400 ft
        Crew: Capt [[name:Ines Carvalho]] (PF), FO [[name:Tom Whitaker]] (PM)
        Narrative: multiple {{bird strike}} (gulls), No 2 engine {{vibration}} high, {{ECAM}}
        caution. PM declared {{PAN PAN}}, {{QRH}} actioned, engine kept at idle. {{ATC}} gave
        immediate vectors and we returned to land 18 min after departure.
        What went well: CRM excellent. [[name:Tom Whitaker]] handled ATC and the cabin
        so [[name:Ines Carvalho]] could fly. {{Senior Cabin Crew}} [[name:Dawn]] had the cabin
        secure early. Fire cover met us, no fire.
        Engineering: fan blade damage, engine changed.
    """)),
    ("aviation", "near_miss", prose("""
        {{Occurrence report}} [[case_reference:TA-ATC-0412]], [[organisation:Teesford Airport]].
        At 17:42 on [[date:5 December]] the airside operations vehicle {{Follow Me}} 2 crossed
        the {{holding point}} for {{runway 24}} without clearance while
        [[aircraft_registration:G-JECX]] was on a 2 mile final. {{Tower}} controller
        [[name:Aoife Brannigan]] saw it on the
        {{ground radar}} before the {{RIMCAS}} alert, instructed the driver to stop and sent the
        aircraft around. Minimum separation was estimated at 1.2 nm. The driver,
        [[name:Gary Pennock]], reported himself straight away and has said he was confused by new
        {{stop bars}} signage. [[name:Aoife]]'s early scan and clear phraseology are being used in
        {{TRM}} refresher training.
    """)),
    ("aviation", "success", block("""
        Learning from Excellence - Engineering
        Org: [[organisation:Northsky Technics Ltd]], {{Part-145}} hangar 2
        Nominee: [[name:Frank Oyelaran-Hughes]] ("[[name:Big Frank]]"), {{B1 engineer}}
        Nominated by: [[name:Lorna Beck]], {{Shift Supervisor}}, ext [[phone:3308]]
        Aircraft: {{Dash 8 Q400}} [[aircraft_registration:G-PRPK]]
        What happened: on a routine {{A check}} [[name:Frank]] went beyond the {{task card}} and
        used a {{borescope}} on a bracket that "didn't look right". Found a crack not on any
        inspection item. Manufacturer has since issued a {{Service Bulletin}} fleet-wide.
        Why it matters: classic good catch, and [[name:Frank]] wrote it up so clearly that
        the {{AMM}} query went out the same night.
    """)),
    ("aviation", "incident", block("""
        Ramp incident timeline - stand 14, [[date:Fri 19 July]]
        Aircraft [[aircraft_registration:G-EZTR]], flight [[flight_number:EZY6142]]
        10:04 fuel spill from {{bowser}} [[vehicle_registration:YN68 FKD]] hose coupling
        10:04 fueller [[name:Kwabena]] hits {{emergency stop}}
        10:05 {{dispatcher}} [[name:Rhiannon Vaughan]] stops boarding, pax held at gate
        10:06 {{AFRS}} called, {{spill kit}} deployed by [[name:Kwabena]] and [[name:Zac]]
        10:15 approx 40 L {{Jet A-1}} contained, AFRS foam not needed
        10:52 area cleared, boarding resumed
        Notes: [[name:Rhiannon Vaughan]] kept pax informed every 10 min, zero complaints.
        Ref [[case_reference:GH-0719-03]].
    """)),
    ("aviation", "near_miss", block("""
        [21:40] [[name:Chantelle]]: girls that trolley on descent today 😤
        [21:41] [[name:Bex]]: the one in the aft galley?? i thought i'd locked it
        [21:41] [[name:Chantelle]]: brake was on but the {{toggle}} wasn't turned. [[name:Nas]]
        spotted it doing the {{secure check}} 5 min before landing
        [21:42] [[name:Nas]]: it was rolling like 2 inches lol. would've come down the aisle
        [21:43] [[name:Bex]]: omg sorry. owe u a drink [[name:nas]]
        [21:44] [[name:Chantelle]]: no blame, just saying. I've put in an {{ASR}} so
        [[name:Gareth]] can raise the {{galley latch}} thing with the fleet
        [21:45] [[name:Nas]]: the {{ATR}} carts are rubbish for this tbh
    """)),
    ("aviation", "success", block("""
        Appreciative Inquiry - [[organisation:Ops Control Centre]],
        [[organisation:Skybridge Regional]] - Storm Ingrid review
        Date: [[date:26 January 2024]]   Lead: [[name:Hamza Qureshi]]
        DISCOVERY
        - 31 diversions, zero crew out of hours thanks to [[name:Rosie]] on {{crewing}}
        - [[name:Oskar]] in {{Flight Ops}} spotted the {{crosswind}} trend 3 hours early
        DREAM
        - every disruption day feels as calm as this one did
        DESIGN
        - keep the 30 min {{ops huddle}} and the shared {{Teams}} channel
        - [[name:Rosie]]'s {{FTL}} tracker spreadsheet to go into {{Sabre}}
        DESTINY
        - [[name:Hamza Qureshi]] to take to the {{Safety Review Board}} by [[date:29 Feb]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Stephen Adeleke]] <[[email:s.adeleke@teesford-airport.co.uk]]>
        Subject: THANK YOU - missing child, Terminal 1

        Team,
        Yesterday at 15:20 a [[age:6]]-year-old boy with autism got separated from his family
        at security. Within 4 min [[name:Caz]] on the {{Sunflower}} desk had put out a
        {{Code Adam}} and PC [[name:Dunmore]] closed the airside exit. [[name:Hollie]] in the
        {{duty free}} found him under a display stand and sat with him, no fuss, till mum came.
        Reunited 15:31. The family have already written in.
        This is exactly what our drills are for. Well done all.

        [[name:Steve]]
        {{Terminal Duty Manager}}
        ext [[phone:6120]] / [[phone:01632 960399]]
    """)),
    ("aviation", "near_miss", block("""
        GROUND OPS OCCURRENCE
        Ref: [[case_reference:DG-2024-051]]
        Reported by: [[name:Jas Sandhu]], {{Load Controller}}
        Location: cargo shed, [[organisation:Teesford Airport]]
        Flight: [[flight_number:SBR 233]]   Aircraft: [[aircraft_registration:G-ISLF]] {{ATR 72}}
        Description: parcel declared as "spares" felt heavy and had a {{lithium batteries}}
        sticker half covered by tape. [[name:Jas Sandhu]] held it, not on {{NOTOC}}.
        {{DGR}} check found undeclared {{UN3480}} batteries. Offloaded, shipper reported to
        {{CAA}}.
        Good practice: [[name:Jas Sandhu]] trusted their gut. [[name:Mikey]] backed the
        decision despite the delay.
    """)),
    ("aviation", "success", prose("""
        Compliment for the {{PRM}} team at [[organisation:Teesford Airport]]. I am a wheelchair
        user and travel with a {{Sunflower lanyard}} because I also have {{ADHD}}. On
        [[date:Saturday 11 May]] [[name:Sunny]] and [[name:Bogdan]] met me at the car park, not at
        the desk, which meant I didn't have to queue. They stored my chair properly, not thrown
        in the hold, and it came off at Alicante without a scratch on it. [[name:Bogdan]] even
        labelled the {{joystick}} with tape so the handlers would not knock it. Best assistance
        I've ever had and I fly a lot. [[name:Ruth Okwu]], booking ref [[case_reference:QX7M2P]].
    """)),
    ("aviation", "incident", block("""
        Debrief - precautionary landing, [[aircraft_registration:G-WNSX]] {{AW139}}
        Operator: [[organisation:Coastline Helicopters]]   Date: [[date:02/10/2024]]
        Crew: Capt [[name:Magnus Elvik]], FO [[name:Dee Farrow]]
        Sequence
        - 11:12 {{chip light}} No 1 {{MGB}} en route to platform
        - FO [[name:Dee Farrow]] read {{checklist}}, Capt elected to land on nearest rig
        - 11:24 landed on {{manned platform}}, 12 pax disembarked calm
        What went well
        - briefing from [[name:Magnus Elvik]] to pax was short and honest
        - {{HLO}} [[name:Tony]] had deck ready in 6 min
        - {{ops desk}} arranged a second aircraft within 2 hr
        Finding: metal particles, gearbox removed.
    """)),
    ("aviation", "near_miss", prose("""
        {{Airprox}} style report from the {{Chief Flying Instructor}},
        [[organisation:Wolds Gliding Club]]. On [[date:22 June]] our {{ASK 21}}
        [[aircraft_registration:G-CKRB]] flown by [[name:Helga Brandt]] with student
        [[name:Ollie]] was thermalling near {{the airfield}} when a {{PA-28}} passed about 200 ft
        below. [[name:Helga]] had made a blind call on the {{FISO}} frequency and was using her
        {{FLARM}}, so she saw it early and straightened up. The PA-28 pilot rang us that evening
        to apologise and thank her. Both agreed {{SafeSky}} would have helped. Good airmanship
        and radio use from [[name:Helga]]; we will use it in the {{winter lectures}}.
    """)),
    ("aviation", "success", block("""
        SAFETY SPOTLIGHT - good practice bulletin No. 42
        [[organisation:Skybridge Regional]] Safety Office

        "Stop, not sorry": dispatcher halts push-back
        On [[date:3 August]] {{dispatcher}} [[name:Will Osei]] stopped the push-back of
        [[flight_number:SBR 107]] when he saw the {{tow bar}} {{shear pin}} was missing.
        The captain thanked [[name:Will]] over the {{headset}}. Engineering confirmed the
        pin had not been refitted.

        Why it matters: our {{Just Culture}} works when people speak up. Nice one,
        [[name:Will]].

        Questions? [[name:Faith Adjei]], {{Safety Manager}},
        [[email:safety@skybridge-regional.co.uk]], ext [[phone:5501]]
    """)),
    ("aviation", "incident", block("""
        Security shift log - [[organisation:Teesford Airport]] - [[date:Wed 13/03]]
        06:12 unattended bag, check-in zone B. Officer [[name:Precious Ndlovu]] takes charge
        06:13 {{cordon}} 50 m, {{HOT protocol}} applied, owner not found
        06:15 police informed, PC [[name:Lyle]] and PC [[name:Ashraf]] on scene 06:19
        06:24 check-in B closed, pax moved to zone C by [[name:Jordy]] and [[name:Hope]]
        06:41 owner traced (gone to {{the coffee kiosk}}), bag cleared, no {{X-ray}} concern
        06:45 zone reopened
        Supervisor comment: [[name:Precious Ndlovu]] calm, loud and clear. 29 min total
        disruption, 2 flights delayed 10 min. Well handled. [[name:M.B.]]
    """)),
    ("aviation", "near_miss", block("""
        Flight school safety meeting - [[organisation:Humberdale Flying School]]
        [[date:Tuesday 9 April]]
        Attendees: Capt [[name:Rao]], [[name:Lucy]], [[name:Tariq]], [[name:Sam-Jo]]
        1. Fuel near miss, {{PA-28}} [[aircraft_registration:G-BOYX]]
        - student [[name:Tariq]] dipped tanks on {{pre-flight}}: 11 USG, tech log said 30
        - previous crew had not written up the fuel used
        - [[name:Lucy]] (FI) backed him to not fly, aircraft refuelled
        - {{TEM}} brief to include "trust the dip, not the log"
        2. Actions
        - [[name:Sam-Jo]] to add fuel uplift box to {{tech log}}
        - praise for [[name:Tariq]] at next {{ground school}}
    """)),
    ("aviation", "success", prose("""
        To the crew of the [[organisation:Three Counties Air Ambulance]], I'm [[name:Mia]] and I'm
        [[age:11]]. On [[date:7th September]] my dad [[name:Gareth]] fell off a ladder at our
        farm near Hay and you landed in the top field in the {{helicopter}}. Pilot Captain
        [[name:Ruaridh Bell]] let me see the {{EC135}} [[aircraft_registration:G-HEMZ]] after. The
        doctor [[name:Asha]] and the {{critical care paramedic}} [[name:Sol]] gave dad
        {{ketamine}} and a {{pelvic binder}} and flew him to the {{Major Trauma Centre}}. He is
        walking now with sticks. Mum says you are a {{charity}} so we did a cake sale and raised
        £412. Thank you for saving my dad. Love [[name:Mia]] x
    """)),
]


def main() -> None:
    records = build_records("blind87", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
