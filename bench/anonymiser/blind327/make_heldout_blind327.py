"""Held-out blind corpus 327: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
the de-identifier generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): an edge-of-care intensive family support team (family group conferences,
  respite, crisis visits);
- health (17): a day surgery unit (WHO checklist, swab counts, implants, recovery and
  discharge);
- aviation (16): an air cargo warehouse (dangerous goods, ULD build-up, cargo screening,
  forklifts, freighter loading).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, radio/RT transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]]; must-not-redact mentions (roles,
national agencies, clinical terms, generic days, place types, equipment, non-person acronyms)
are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind327.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        crisis visit [[date:tues 4th]] approx 1930 to [[name:kayla]]'s, she was v distressed, said
        her {{ex}} [[name:dean]] had been round n put the front window thru. kids ([[age:9yo]] n
        [[age:6yo]]) were upstairs, dont think they saw it. i rang {{EDT}} then {{police}} on
        {{101}}, log no [[case_reference:0417/04MAR]]. {{safety plan}} updated - [[name:kayla]] agreed to go
        to her sisters tonight w the kids. didnt get the {{DASH}} done properly as the little one
        kept crying, will do tmrw w the {{IDVA}}. can some1 pick up the {{MARAC}} referral if im not
        in. {{duty SW}} aware. also [[name:dean]] has been texting her from a new no.
        [[phone:07700 900 263]] - passed to police. sorry for typos on my phone - [[name:sh]]
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace Adeyemi-Boateng]] from the {{family group conference}} service.
        The [[name:Holloway]] family conference on [[date:12 February]] had fourteen people round
        the table, including {{Nan}}, two uncles and the eldest's {{football coach}}. When dad's
        side walked out during {{private family time}}, [[name:Grace]] went and sat on the wall with them
        for twenty minutes and got them back in. The {{family plan}} was agreed at nine that night
        and the {{IRO}} said it was the strongest plan she had read this year. [[name:Tayo]]
        ([[age:15]]) asked for his own copy, which says a lot. Thanks too to [[name:Will]] for
        doing the {{respite}} transport at half an hour's notice. Proud of you both.
        – [[name:Hope Mwangi]], {{Team Manager}}, [[organisation:Calderbrook Edge of Care Team]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology – near miss, {{respite}} handover, [[date:Sat 22/03]]
        16:05 [[name:JK]] ({{family support worker}}) collects [[name:Ruby-Mae Tranter]] ([[age:11]]) for overnight respite at [[organisation:Brambles Short Breaks]].
        16:20 In the car [[name:R-M]] mentions "my new tablets" – {{Mum}} confirms by text she started {{melatonin}} last week. Not on the respite info sheet.
        16:40 Arrive. Carer [[name:Inês Carvalho]] asks for the meds chart – chart still shows {{methylphenidate}} only.
        16:45 [[name:JK]] rings {{on-call manager}} ([[name:Pat]]) – advice: nothing new to be given until confirmed in writing.
        17:30 GP ([[organisation:Moorside Medical Practice]]) closed. {{Mum}} sends photo of the box and label on {{WhatsApp}}.
        18:10 [[name:Inês]] checks label against photo, duty {{pharmacist}} at [[organisation:Lowfield Pharmacy]] confirms dose by phone.
        Outcome: no missed or doubled doses.
        Learning: meds section of the {{respite}} booking form to be re-checked at EVERY booking, not just the first. [[name:JK]] to update the form; [[name:Pat]] to raise at {{team meeting}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Lorna Fitzgerald-Quayle]] <[[email:lorna.fitzgerald-quayle@calderbrook.gov.uk]]>
        To: {{EoC Duty}} <[[email:eoc.duty@calderbrook.gov.uk]]>
        Cc: {{Information Governance}}
        Sent: [[date:03 April 2024]] 08:52
        Subject: Incident – {{FGC}} minutes sent to wrong parent

        Hi all,

        Yesterday afternoon I emailed the {{FGC}} minutes for [[name:Zofia Nowak]]'s family (ref [[case_reference:EOC-24-0381]]) to the wrong address – {{Outlook}} autofilled a different parent, [[name:Zoe Nowell]], who we also work with. The minutes included the children's school and [[name:Zofia]]'s new address.

        I noticed within about ten minutes, rang Ms [[name:Nowell]] on [[phone:07700 900 418]] and she deleted it while I was on the phone and confirmed by reply. I have told [[name:Zofia]] and apologised, and logged it with {{Information Governance}} and the {{DPO}}.

        Learning for me: I'm switching off autocomplete and will send minutes as password-protected attachments.

        Thanks,
        [[name:Lorna]]

        [[name:Lorna Fitzgerald-Quayle]] | {{Family Practitioner}} | [[organisation:Calderbrook Council]] | [[phone:01632 960 218]]
    """)),
    ("social_care", "success", block("""
        [[date:18/01/2024]], 21:14 - [[name:Shaz]] {{EoC}}: just left [[name:Marcus]]'s. he came DOWNSTAIRS and ate tea with us 😭 first time in 6 wks he's been out his room when we visit
        [[date:18/01/2024]], 21:15 - [[name:Shaz]] {{EoC}}: {{mum}} scored it 6 on the {{Signs of Safety}} scale, was 2 at {{referral}}
        [[date:18/01/2024]], 21:19 - [[name:Bilal Qureshi]]: nice one!! told u the {{respite}} weekend would shift something
        [[date:18/01/2024]], 21:22 - [[name:Joy]] {{TM}}: brilliant. pls write it up for {{supervision}} n the {{panel}} on [[date:Fri 26th]], this is exactly what they need to hear
        [[date:18/01/2024]], 21:23 - [[name:Shaz]] {{EoC}}: will do. he's [[age:14]] next month n wants to try the {{college}} taster day at [[organisation:Harbury Vale College]] 🤞
        [[date:18/01/2024]], 21:30 - [[name:Bilal Qureshi]]: 👏👏
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER – weekend on-call to [[date:Mon 8 April]]
        From: [[name:Faith Oduya]] ({{on-call TL}})

        Family: [[name:Okonkwo-Reid]] – [[case_reference:EOC-24-0412]]
        Current address: [[address:Flat 3, 27 Dunmore Terrace, Calderbrook]] [[postcode:CB4 7NQ]]

        {{Sat}} 23:05 – [[name:Dami]] ([[age:17]]) rang on-call: {{mum}} not home, not answering, little brothers asleep.
        Near miss: I was about to ask {{police}} for a {{welfare check}} at [[address:41 Mosscroft Road]] – the OLD address still showing on the {{LCS}} front sheet. [[name:Rose]] on {{EDT}} spotted the change-of-address form in the {{case notes}} from [[date:28 March]] and stopped me.
        23:40 Mum home – at a friend's, phone died. [[name:Dami]] fine, boys never woke.

        Actions:
        - Front sheet now updated (done Sun am, [[name:FO]])
        - {{Business Support}} to check other change-of-address forms not uploaded
        - [[name:Rose]] deserves a mention at {{team meeting}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 May 2024]] at approximately 16:30, two members of the {{intensive family
        support}} team, Mr [[name:Bogdan Lisowski]] and [[name:Ayesha Rahman]], carried out a
        planned crisis visit to Ms [[name:Daley]] at [[address:112 Cranleigh Avenue, Lydbury]]. On
        entering the hallway a large dog, which the family had told us was kept in the garden
        during visits, came through from the kitchen and bit Mr [[name:Lisowski]] on the left
        forearm. [[name:Ayesha]] escorted him out and Ms [[name:Daley]] secured the dog. He was
        seen at {{A&E}} at [[organisation:Lydbury General Hospital]], given a {{tetanus booster}}
        and {{antibiotics}}, and was off work for three days. The {{lone working}} risk assessment
        for this address recorded the dog but the agreement to shut it away was verbal only.
        {{Occupational Health}} and the {{Health and Safety}} team have been informed; it will be
        reported under {{RIDDOR}} if the absence goes over seven days. Actions: dog
        agreements to be written into the {{family plan}}; visits to this address to be
        doorstep-only until confirmed.
    """)),
    ("social_care", "success", block("""
        EDGE OF CARE – LEARNING CIRCLE MINUTES
        Date: [[date:27/06/2024]]   Venue: [[address:Beckside House]], room 2
        Present: [[name:Hope Mwangi]] (Chair, {{TM}}), [[name:Kwame Asante]], [[name:Sunny Bhamra]], [[name:Eilidh MacLeod]], [[name:Gráinne Ní Bhriain]]
        Apologies: [[name:Rhodri ap Gwyn]], [[name:Mark]] ({{CAMHS}} link)

        1. Success – [[name:Tanner]] family
        [[name:Sunny]] presented. Three children stepped down from a {{CP plan}} to {{Child in Need}} after 14 weeks. What worked: daily 8am check-in texts to dad, a second {{FGC}} with the paternal side, and {{respite}} every other weekend at [[organisation:Brambles Short Breaks]]. The {{Conference Chair}} specifically named the team's work.

        2. What we'd repeat
        - Check-in texts ([[name:SB]] to share template)
        - Using the {{genogram}} at the first visit ([[name:EM]])

        3. AOB
        [[name:GNB]] leaving in {{August}} – card going round.

        Actions: [[name:SB]] template by [[date:5 July]]; [[name:HM]] to feed back to {{Head of Service}}.
    """)),
    ("social_care", "near_miss", prose("""
        omg nr miss 2day. doing transport for {{contact}}, picked up [[name:ellis]] ([[age:2yo]])
        from [[organisation:Little Acorns Day Nursery]], car seat wasnt actually clicked onto the
        {{isofix}} - only noticed when i braked at the lights on [[address:Wharf St]] n it tipped
        fwd. pulled in, sorted it, he was fine, laughing tbh. its the {{pool car}}
        [[vehicle_registration:KX19 TLM]], the base is diff to the one in my own car n the green
        indicator thing is round the back where u cant see it. think we need a how-to card in the
        {{glovebox}}?? or put it in the {{car seat}} bit of {{induction}}. told [[name:ruth]]
        ({{senior prac}}) straight away n she checked the other {{pool car}}. not on the
        {{incident portal}} yet will do tmrw - [[name:Tom W]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT – {{Children's Services}}
        Child: [[name:Amira Haddad]]
        DOB: [[date_of_birth:03/09/2010]]   Age: [[age:13]]
        Ref: [[case_reference:EOC-23-1177]]
        Address: [[address:9 Gorse Close, Lydbury]] [[postcode:LY2 6HD]]
        Parent/carer: [[name:Leila Haddad]], NI [[ni_number:JT 48 62 19 C]] (for {{Section 17}} payment)
        Reporter: [[name:Nikolai Petrov]], {{Intensive Support Worker}}
        Date/time: [[date:19 July 2024]], 22:50
        Category: {{Missing from home}}

        Description: [[name:Amira]] left the house after an argument with her {{stepdad}}. Mum rang our crisis line at 22:50. I attended with [[name:Leon]] ({{FSW}}). {{Police}} informed, log [[case_reference:LYD-240719-0883]]. The {{Philomena Protocol}} form police asked for still had a photo from when she was [[age:10]] and the wrong school. [[name:Amira]] was found at a friend's on [[address:Ashby Road]] at 01:15 and brought home. {{Return home interview}} offered via [[organisation:Lydbury Youth Hub]].

        Learning: {{Philomena}} forms to be refreshed at each {{review}}.
    """)),
    ("social_care", "success", block("""
        Card received by the team (typed up with the family's permission):

        To [[name:Bill]] and [[name:Amber]],
        Thank you for not giving up on us. When you first came I told you to get lost and slammed the door, and you came back the next day with biscuits. [[name:Kieran]] is back at [[organisation:St Bede's Catholic College]] three days a week and he hasn't been excluded since {{Easter}}. I never thought I'd say it but the {{family group conference}} was the best thing that happened to us, my dad even came. We had a proper {{Christmas}} this year. I know you're not meant to have favourites but you two are ours.
        Love from [[name:Michelle]], [[name:Kieran]] and little [[name:Skye]] xx

        [[name:Bill]] – {{Senior Family Practitioner}}; [[name:Amber]] – {{Youth Worker}}. Shared at {{team brief}} [[date:8 January]].
    """)),
    ("social_care", "near_miss", block("""
        Teams chat – "{{FGC}} [[name:Achterberg]] family"
        [[name:Priyanka Sharma-Lowe]] 10:02
        morning – sending the {{FGC}} invites for [[date:Thurs 14th]] now, venue is [[organisation:Oakfield Community Centre]]
        [[name:Dele O.]] 10:05
        hold on – is dad on the list??
        [[name:Priyanka Sharma-Lowe]] 10:06
        yes the {{referral}} says invite both parents
        [[name:Dele O.]] 10:09
        there's a {{non-molestation order}} from [[date:2 May]], mum's in {{refuge}}. it's in the {{chronology}} but not on the referral. if he gets the venue he knows where she'll be
        [[name:Priyanka Sharma-Lowe]] 10:11
        oh god. not sent. pulling him off now, I'll ring the {{social worker}} and the {{IDVA}} and we'll do a separate meeting for dad
        [[name:Dele O.]] 10:12
        👍 worth flagging to [[name:Ngozi]] as a near miss – referral form needs a {{court orders}} box
    """)),
    ("social_care", "incident", block("""
        Respite weekend log – [[organisation:Brambles Short Breaks]] – [[date:Sat 15 June]]
        Time  | YP                | Staff             | Event
        14:00 | [[name:Jaylen]] ([[age:14]]) | [[name:CM]]/[[name:AT]] | Arrived, settled, {{PlayStation}}
        17:30 | [[name:Oskar]] ([[age:13]])  | [[name:AT]]       | Row over the remote, talked down
        19:45 | [[name:Jaylen]]      | [[name:CM]]       | Punched wall in {{lounge}} after phone call from home
        19:50 | [[name:Jaylen]]      | [[name:CM]]       | {{First aid}} – swelling R hand, ice pack
        20:30 | [[name:Jaylen]]      | [[name:Corinne]] ({{on-call}}) | Taken to {{Minor Injuries Unit}}, {{x-ray}}: {{boxer's fracture}}
        23:10 | [[name:Jaylen]]      | [[name:CM]]       | Back, {{splint}} on, asleep by 23:45

        Notes: {{mum}} informed 19:55 by [[name:Corinne]]. The call was from dad ([[phone:07700 900 731]]) who should have no contact per the {{care plan}}. Staff didn't know his number. Action: numbers of no-contact adults to go on the respite profile. – [[name:A. Tiwari]]
    """)),
    ("social_care", "success", prose("""
        Learning from excellence – crisis visit, [[date:2 September]]. Nominated:
        [[name:Nuala Ó Súilleabháin]] and [[name:Chidi Eze]], {{Intensive Family Support Workers}}.
        Nominated by [[name:Petra Horváth]], {{Consultant Social Worker}}. At 18:00 the team took a
        call from a {{grandmother}}, Mrs [[name:Whitlock]], saying her grandson [[name:Reece]]
        ([[age:16]]) had barricaded himself in his bedroom with a knife after a row. [[name:Nuala]]
        stayed on the phone with Mrs [[name:Whitlock]] while [[name:Chidi]] called {{police}} and
        drove to the [[address:Hartside Estate]]. On arrival [[name:Chidi]] spoke through the door
        using the {{de-escalation}} approach from our {{trauma-informed}} training and talked about
        the fishing trip they'd done at {{half-term}}. After forty minutes [[name:Reece]] slid the
        knife out under the door. No one was hurt, police were stood down and [[name:Reece]] stayed
        at home with a {{safety plan}} rather than being {{accommodated}}. What made it work: two
        workers he already trusted, a clear split of roles, and calm. Shared with the
        {{Principal Social Worker}}.
    """)),
    ("social_care", "incident", prose("""
        incident sorry - left the {{flipchart}} sheets from the {{FGC}} on the {{42 bus}} tonight. they
        had the [[name:van der Berg]] family plan on incl the kids names ([[name:lotte]] n
        [[name:finn]]), school ([[organisation:Ashgrove Primary]]) n grandads address
        [[address:6 Tern Way]]. realised when i got in, rang [[organisation:Calder Valley Buses]]
        {{lost property}}, nothing handed in yet, ref [[case_reference:LP-55102]]. emailed {{IG}} n my
        {{TM}} [[name:gary]]. will tell {{mum}} 1st thing. i know were meant to photograph them n
        shred at the {{venue}} but the {{community centre}} kicked us out at 9. need a proper bag or
        smthing. - [[name:jo-ann]]
    """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss – late visit, buddy call
        From: [[name:Sipho Dlamini]]
        To: [[name:Hope Mwangi]]
        Date: [[date:Wed 16 Oct 2024]]

        [[name:Hope]],
        Logging this as a near miss ([[case_reference:EOC-24-0467]]). Last night I did a crisis visit alone to the [[name:Kowalczyk]] family at 20:30 – I'd told the {{duty worker}} but forgot to set the {{lone worker}} app timer. The visit ran over (dad came home drunk, got shouty, I left at 21:50). My phone was on silent in my bag. [[name:Hannah]] was my buddy, hadn't heard from me, rang twice and then, following the protocol, rang the {{on-call manager}} and was about to call {{999}} when I rang back.
        Nothing happened to me but it could have, and [[name:Hannah]] did exactly the right thing. I've put the app timer on my lock screen now. Could we go over the {{buddy system}} at the next {{team meeting}}?
        Cheers,
        [[name:Sipho]]
        [[name:Sipho Dlamini]] | {{Family Intervention Worker}} | [[phone:07700 900 552]]
    """)),
    ("social_care", "success", block("""
        Supervision note extract – [[date:11/11/2024]]
        Supervisee: [[name:Marek]] ({{FSW}})   Supervisor: [[name:Joy Adebanjo-Kerr]]
        Case: [[name:Lindqvist]] family, [[case_reference:EOC-24-0530]]

        Reflection: [[name:Marek]] described the breakthrough with {{mum}} ([[name:Astrid]]) after twelve weeks. She had refused every {{respite}} offer because she saw it as "the first step to care". [[name:Marek]] stopped mentioning respite, did the school run with her for three weeks, and let [[name:Elin]] ([[age:8]]) show him her drawings. On [[date:28 October]] [[name:Astrid]] asked for a weekend break herself. [[name:Elin]] had two nights at [[organisation:Brambles Short Breaks]] and loved it.
        Outcome: {{edge of care panel}} closed the case to {{early help}}. No {{s20}} needed.
        Supervisor comment: textbook {{relationship-based practice}}. [[name:Joy]] to share at {{Practice Week}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Incident summary – retained swab
        Patient: [[name:Harriet Pemberton-Sykes]], [[age:58]], NHS no. [[nhs_number:232 516 4160]], hospital no. [[case_reference:RVM0098812]]
        Procedure: {{laparoscopic cholecystectomy}}, {{Theatre 2}}, [[date:6 March 2024]]

        At the end of the procedure the {{scrub nurse}} and {{circulating nurse}} recorded the count as correct and the patient went home from the unit at 18:10. On [[date:9 March]] she attended {{ED}} with pain at the umbilical port site and an {{X-ray}} showed a {{radio-opaque marker}} consistent with a small {{Raytec}} swab. She returned to theatre under Mr [[name:Okafor]] the next day for removal. On review, a swab had been added during port-site closure after the first count and was written on the {{swab board}} by the {{student ODP}}, but it was missed from the final count because the board had been partly wiped. {{Duty of Candour}} has been completed by Mr [[name:Okafor]] and Mrs [[name:Pemberton-Sykes]] has had a written apology. Declared a {{Never Event}}; a {{PSII}} has been commissioned. Ref [[case_reference:W-24-1187]].
    """)),
    ("health", "near_miss", block("""
        Near miss – {{WHO checklist}} {{Time Out}} – [[date:Tues 14/05]]
        Pt: Mr [[name:Ibrahim Sesay]], [[age:41]], [[case_reference:RVM0104455]], for {{L knee arthroscopy}}
        08:05 Admitted. Consent form: LEFT. Site mark found later to be on RIGHT knee (made on the {{ward round}}).
        08:35 {{Sign In}}: {{ODP}} read the side off the theatre list (LEFT); mark not physically checked – legs under a {{Bair Hugger}} blanket.
        08:50 {{Spinal}} in, pt positioned.
        09:02 {{Time Out}}: {{scrub nurse}} [[name:Beatriz]] asked to see the mark before prepping. Mark on R, consent L. STOP called.
        09:05 Mr [[name:Lindsay-Owusu]] ({{consultant}}) reviewed consent and {{MRI}}; pt (awake) confirmed left knee. Correct side re-marked, wrong mark removed, {{Time Out}} repeated in full.
        09:20 Knife to skin, left knee.
        Learning: {{Sign In}} to include a visual check of the mark even if the pt is covered. [[name:Beatriz]] thanked at the {{huddle}}.
    """)),
    ("health", "success", prose("""
        Massive thanks to [[name:Precious]] in {{recovery}} yesterday ([[date:Thu 20 June]]). Third
        patient on the {{hernia}} list, a [[age:67-year-old]] gentleman, went flushed and wheezy
        about five minutes after arriving in {{recovery}}. [[name:Precious]] recognised
        {{anaphylaxis}} straight away, called the {{anaesthetist}} (Dr [[name:Yusuf]]), gave
        {{IM adrenaline}} per protocol and had the {{anaphylaxis box}} open before anyone else got
        there. Likely culprit {{teicoplanin}}. He was stable within 20 min, moved to
        [[organisation:Ravensmere Hospital]] {{AMU}} for observation and went home the next day.
        {{Tryptase}} bloods all taken at the right times too – that NEVER happens. Referral to the
        {{allergy clinic}} done. You were brilliant, thank you. — [[name:Mags]] ({{DSU Sister}})
    """)),
    ("health", "incident", block("""
        IMPLANT TRACEABILITY – INCIDENT FORM
        Patient name: [[name:Dorothy Abernethy]] (prefers [[name:Dot]])
        DOB: [[date_of_birth:17/11/1949]]
        NHS no: [[nhs_number:579 067 2566]]
        Hosp no: [[case_reference:RVM0077310]]
        Date of surgery: [[date:22/04/2024]]
        Procedure: {{inguinal hernia repair}} with {{mesh}}
        Surgeon: Mr [[name:Aurelio Benedetti]]
        Reported by: [[name:Kasia Wróblewska]], {{theatre practitioner}}

        What happened: the {{mesh}} implant sticker was not put in the {{implant register}} or the patient's notes, and the empty packet went in the clinical waste at the end of the case. Noticed on [[date:24/04/2024]] at the weekly implant audit. Lot number recovered from the supplier ([[organisation:Meditex Surgical Ltd]]) via the stock system, so traceability restored.
        Contributing: last case of the list, two new {{HCAs}}, stickers normally done by the {{circulator}}, who was on break.
        Action: implants added to {{Sign Out}} ("have all implants been recorded?").
    """)),
    ("health", "near_miss", block("""
        [14:32] [[name:Liam Fairweather]]: {{Bay 3}} lady ready to go – can someone do her {{discharge}} check?
        [14:35] [[name:Shay B]]: on it
        [14:48] [[name:Shay B]]: she's saying her daughter's waiting in the car park – but {{pre-op assessment}} says lives alone, nobody listed for the 24h
        [14:49] [[name:Liam Fairweather]]: she had a {{GA}} + {{morphine}} in {{recovery}}
        [14:53] [[name:Shay B]]: walked down to the car park with her. no daughter. she'd planned to get the bus 🙈
        [14:55] [[name:Nell]] ({{NIC}}): ok keep her. I'll ring the daughter on [[phone:07700 900 146]]. if no one, she stays overnight on [[organisation:Ashdown Ward]]
        [15:40] [[name:Nell]]: daughter [[name:Marisol]] coming at 6, staying with her tonight 👍 [[name:Shay]] pls log as near miss
    """)),
    ("health", "incident", prose("""
        pt fell in the toilet off {{2nd stage recovery}} approx 1515 - mr [[name:hussain]], had a
        {{spinal}} for {{TURBT}}. legs still a bit weak but he insisted he was fine n walked himself
        to the loo while {{HCA}} [[name:pam]] was with the pt in bay 2. found on floor, small lac to
        forehead, no {{LOC}}. {{obs}} stable, {{GCS}} 15, seen by {{SHO}} dr [[name:ferreira]],
        steristrips. {{CT head}} not needed per {{NICE}} as not on {{anticoagulants}}. {{datix}}
        done [[case_reference:W-24-2210]]. reckon we need a sign on the loo door re {{Bromage}}
        score before walking n a call bell that actually works. wife informed, she was ok about
        it. - [[name:kel]]
    """)),
    ("health", "success", block("""
        From: [[name:Gwen Thistlethwaite]] <[[email:gwen.thistle62@fastpost.co.uk]]>
        To: [[email:dsu.feedback@ravensmere.nhs.uk]]
        Date: [[date:2 August 2024]]
        Subject: Thank you – {{Wednesday}}'s list

        Dear all,
        I had my {{bunion}} operation on [[date:Wednesday 31st July]] and wanted to say thank you. I am terrified of needles and [[name:Ravi]] on reception noticed me shaking and fetched the nurse, [[name:Joy]], who sat with me and let me hold her hand for the {{cannula}}. The {{anaesthetist}} explained the {{ankle block}} in plain English, and afterwards in {{recovery}} someone (I think her name was [[name:Faith]]?) made me the best cup of tea of my life. I was home by four and my {{physio}} leaflet was the clearest I've ever had.
        Please pass my thanks on to them all and to Mr [[name:Nakamura]] too.
        Kind regards,
        [[name:Gwen Thistlethwaite]]
        [[address:4 Larkspur Mews, Ravensmere]] [[postcode:RV6 2PW]]
    """)),
    ("health", "near_miss", block("""
        Count sheet – {{Theatre 1}} – [[date:17/09/24]] – Mr [[name:Varga]] – {{diagnostic laparoscopy}}
        Item            | Initial | Added | 1st closing | Final
        {{Raytec}} 10x10 | 10      | 5     | 14          | 15
        Small swabs     | 5       | 0     | 5           | 5
        Needles         | 3       | 1     | 4           | 4
        Blades          | 1       | 0     | 1           | 1
        Scrub: [[name:HW]]   Circ: [[name:Teodora]]

        Note ([[name:Teodora Ionescu]], {{circulator}}): at the 1st closing count we were one {{Raytec}} short. Closure paused, {{surgeon}} told, search of field, bins and floor; swab found folded inside a {{drape}} by the pt's right hip. Final count correct before skin closure, no {{X-ray}} needed. Cause: the added bundle of five was split on the trolley. [[name:HW]] and I agreed added swabs go on the board the moment they're opened, in full bundles only.
    """)),
    ("health", "incident", block("""
        Nurse handover – DSU late → nights ({{23-hour stay}} pts)
        Bed 4 – [[name:Philippa Grant]], [[age:72]], [[case_reference:RVM0112873]], NHS [[nhs_number:567 005 7414]], {{lap chole}}. {{Enoxaparin}} prescribed for 18:00 NOT given – dropped off the "due" list on {{EPMA}} because she was still in theatre. Found at 20:30 by [[name:Kofi]] on the drug round. {{FY1}} on call (Dr [[name:Sørensen]]) reviewed: give now, next dose as normal. No harm. Logged [[case_reference:W-24-3012]].
        Bed 5 – [[name:Wojciech Zieliński]], [[age:35]], {{pilonidal sinus}} excision. Pain controlled, {{PONV}} settled after {{ondansetron}}. Home am if {{PU}}.
        Bed 6 – empty, cleaned.
        Handed over by [[name:Kofi]] to [[name:Bernadette]] 21:00.
    """)),
    ("health", "success", block("""
        DSU Governance & Learning Meeting – [[date:10 October 2024]]
        Attendees: [[name:Mags Doherty]] ({{DSU Sister}}), Mr [[name:Okafor]] ({{Clinical Lead}}), Dr [[name:Yusuf]] ({{anaesthetics}}), [[name:Precious Nyathi]] ({{recovery}}), [[name:Will Ashcroft]] ({{ODP}})
        Apologies: [[name:Grace Lim]], [[name:Rose Tamaki]]

        1. Good catch of the month – [[name:Will Ashcroft]]: spotted that a {{carpal tunnel}} set from {{HSDU}} had an unchanged {{indicator strip}}, pulled it before opening. Tray traced to a steriliser fault that was affecting two more sets.
        2. Day-case rate – 87% of {{lap chole}} patients home same day in {{Q2}} (target 75%, {{GIRFT}}).
        3. No further {{Never Events}} since the {{March}} retained swab; new whiteboard protocol embedded.

        Actions: [[name:MD]] to send [[name:Will]] a {{Greatix}}; [[name:GL]] to update the {{Sign Out}} poster.
    """)),
    ("health", "near_miss", prose("""
        During {{Sign In}} on [[date:5 November]], the {{anaesthetic practitioner}}
        [[name:Yaw Mensah]] asked Mrs [[name:Connolly]] ([[case_reference:RVM0120046]]) about
        allergies. She said "just plasters and rubber gloves". Her {{red allergy band}} was not on
        and the {{pre-op assessment}} form from the [[organisation:Ravensmere Hospital]] {{POA}}
        clinic on [[date:21 October]] said {{NKDA}}. Theatre had been set up with the standard
        {{urinary catheter}} and {{tourniquet}}, both {{latex}}-containing. [[name:Yaw]] stopped the
        process, theatre was re-set as {{latex-free}} and the list ran 35 minutes late. No
        exposure. The {{POA}} nurse had recorded drug allergies only and the non-drug allergy box
        was missed. Learning: {{POA}} template to separate drug, latex, food and adhesive
        allergies.
    """)),
    ("health", "incident", block("""
        From: [[name:Bronwen Hughes]] <[[email:bronwen.hughes@ravensmere.nhs.uk]]>
        To: DSU Team
        Subject: Incident [[case_reference:W-24-3355]] – discharge letter given to wrong patient

        Hi everyone,
        On [[date:Friday 15 Nov]] the {{discharge summary}} for [[name:Ahmed Al-Rashid]] (NHS [[nhs_number:657 594 1559]]) was put in the discharge pack of [[name:Ahmad Rashidi]], who went home ten minutes earlier from the next bay. Mr [[name:Rashidi]]'s wife rang the next morning on [[phone:01632 960 771]] – she had opened it. It has been returned by post, Mr [[name:Al-Rashid]] has been told and apologised to, and {{Information Governance}} informed.
        Contributing: very similar names, both on the {{hernia}} list, packs printed together on the shared printer, no {{two-identifier check}} at discharge.
        From Monday: {{name alert}} stickers for similar names and a two-identifier check when the pack is handed over.
        Thanks,
        [[name:Bronwen]]
        {{Deputy Sister}}, Day Surgery
    """)),
    ("health", "success", block("""
        GREATIX – Learning from Excellence
        To: [[name:Sunny O'Driscoll]], {{HCA}}
        From: [[name:Ottilie]], {{Staff Nurse}}
        Date: [[date:19/12/2024]]

        What happened: a [[age:19yo]] patient was going home after a {{tonsillectomy}} with her written advice in English only. Her mum, who would be looking after her, speaks {{Tigrinya}}. [[name:Sunny]] noticed, booked a {{telephone interpreter}}, went through the {{bleeding}} and {{pain relief}} advice line by line and wrote the unit number ([[phone:01632 960 402]]) in big numbers on the sheet.
        Why it matters: {{secondary haemorrhage}} in the first fortnight is the big risk, and it's the carer who has to spot it.
        What we can learn: check who the {{carer}} is, not just the patient. Thank you [[name:Sunny]]!
    """)),
    ("health", "incident", block("""
        SBAR – unlabelled specimen
        S: Unlabelled {{histology}} pot found in the {{specimen fridge}} on [[date:Mon 6 Jan]] at 08:00 by [[name:Hollie]] ({{Band 5}}).
        B: {{Friday}}'s {{minor ops}} list (Dr [[name:Achebe]], {{dermatology}}) had 4 {{excision biopsies}}; only 3 pots logged in the {{specimen book}}.
        A: Using the theatre register and the lesion site on the request form, the pot was matched to Mr [[name:Desmond Quaye]] ([[case_reference:RVM0093371]], NHS [[nhs_number:301 694 8206]]). {{Pathology}} will process but confidence in the match is not 100%. Dr [[name:Achebe]] has rung Mr [[name:Quaye]] ({{Duty of Candour}}); he may need a re-excision if histology is inconclusive.
        R: Pots labelled at the point of excision by the person receiving the specimen, read back to the {{surgeon}}. Specimens added to {{Sign Out}}. Logged [[case_reference:W-25-0031]].
        – [[name:Hollie Brennan-Achterberg]]
    """)),
    ("health", "near_miss", prose("""
        I was the {{scrub practitioner}} in {{Theatre 3}} on [[date:28 January]] for an
        {{excision of lipoma}} on the back under Miss [[name:Ferreira-Kahn]]. Skin prep was
        {{chlorhexidine in alcohol}} applied by the {{registrar}}. When I went to place the drapes I
        felt the sheet under the patient's left flank was wet – the prep had pooled. Miss
        [[name:Ferreira-Kahn]] was about to use {{monopolar diathermy}}. I said stop, we lifted the
        edge and there was a puddle of prep on the {{gel mattress}}. We dried it, changed the
        sheet and waited the full three minutes before draping. No fire, no burn. This is a known
        {{surgical fire}} risk and I think we get complacent on short lists. Suggest the {{Time Out}}
        asks "is the prep dry?" — [[name:Anneliese]], {{Senior ODP}}
    """)),
    ("health", "success", block("""
        Day-after phone call – transcript (recorded with consent, for training) – [[date:12 Feb 2025]]
        NURSE ([[name:Lowri]]): Hi, is that Mr [[name:Papadopoulos]]? It's [[name:Lowri]] from the day surgery unit at [[organisation:Ravensmere Hospital]].
        PATIENT: Yes, [[name:Nikos]] speaking.
        NURSE: How's the {{wound}}? Any bleeding? Pain out of ten?
        PATIENT: Bit sore, four maybe. But my calf is tight, the left one, since this morning.
        NURSE: Is it swollen or red? Any {{breathlessness}} or {{chest pain}}?
        PATIENT: Bit swollen, yeah. No breathing problems.
        NURSE: OK. I want you seen today. I'm booking you into {{SDEC}} for 2pm – can someone drive you?
        PATIENT: My son can.
        Outcome note: {{DVT}} confirmed on {{Doppler}}, started on {{apixaban}}, home the same day. Picked up because the calf pain question was added to the call script in {{November}}. Well done [[name:Lowri]].
    """)),
    ("health", "incident", prose("""
        On [[date:Tuesday 4 March 2025]] the morning {{ENT}} list in {{Theatre 4}} was delayed by
        90 minutes and two patients were cancelled on the day. The {{septoplasty}} tray returned
        from {{HSDU}} was missing a {{Killian speculum}} and the spare tray failed its
        {{tray check}} with a damaged {{bayonet forceps}}. Both trays had been reprocessed off site
        by [[organisation:Steriline Decontamination Services]] after our own {{washer-disinfector}}
        broke. Patients [[name:Reuben Alcott]] and [[name:Siobhán Geraghty]] were rebooked for
        [[date:11 March]] and [[date:13 March]]; both had a call from the {{Clinical Lead}}, Mr
        [[name:Amankwah]]. The {{contract manager}} has asked for tray lists to be checked on
        receipt rather than at the start of the list. Ref [[case_reference:W-25-0412]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        At approximately 02:40 on [[date:18 January 2025]] warehouse operative
        [[name:Dariusz Mazur]] noticed a sharp smell and a wet patch under a pallet waiting for
        build-up in {{DG bay}} 2. The consignment, four drums of {{UN1760}} {{Corrosive liquid,
        n.o.s.}}, {{Class 8}}, {{PG II}}, AWB [[case_reference:176-44820193]], was booked on
        [[flight_number:QV 7310]]. The area was cordoned and the {{spill kit}} used by two
        {{DG-trained}} staff in full {{PPE}}; the {{airport fire service}} was not needed. One drum
        had split along the base seam, most likely from a {{forklift}} tine at acceptance.
        [[name:Dariusz]] had mild irritation on his wrist, used the {{eyewash station}} and was
        checked by first aider [[name:Siân]]. The shipper ([[organisation:Fenmoor Chemicals Ltd]])
        has been told, the drums were offloaded from [[flight_number:QV 7310]] and the
        occurrence reported to the {{CAA}} as a {{dangerous goods occurrence}} under the {{MOR}}
        scheme, ref [[case_reference:NCS-DG-0119]]. Learning: the {{DG acceptance checklist}} is to
        include a base-seam check on drums.
    """)),
    ("aviation", "near_miss", block("""
        Near miss – {{FLT}} / pedestrian – [[date:Wed 05/02]] – {{Shed B}}
        05:52 [[name:Gaz]] ({{FLT}} 14, {{counterbalance}}) reversing out of aisle 7 with loose cargo for build-up.
        05:53 [[name:Chinonso]] (agency, day 2) walks behind the truck, outside the {{pedestrian walkway}}.
        05:53 {{Blue spot}} light working, horn not sounded. [[name:Gaz]] stops approx 1 m short after the {{banksman}}, [[name:Lukas]], shouts.
        06:00 Both stood down and spoken to by {{shift lead}} [[name:Tamsin Ruddock]].
        06:30 {{CCTV}} reviewed: walkway blocked by two empty {{AKE}} containers, so people were going round.
        Actions: empty {{AKE}}s moved and the walkway marked "keep clear"; {{toolbox talk}} at 14:00 shift; agency induction to include a walk of the walkways.
        Reported by [[name:TR]].
    """)),
    ("aviation", "success", prose("""
        Shout-out 👏 to [[name:Mo Idrissi]] on {{X-ray}} screening last night. A consignment
        declared as "plastic toys" for [[flight_number:ZK 492]] showed dense cells on the image.
        [[name:Mo]] didn't just swab it for {{ETD}} and move on – he pulled it for a
        {{physical search}} and found 40 {{power banks}} ({{UN3480}}, {{lithium ion batteries}})
        with no {{DG}} declaration and no {{Section II}} marks. On a {{freighter}} that's a fire
        risk with no crew warning. Consignment held, agent ([[organisation:Bluewave Logistics]])
        told, and reported to the {{CAA}}. [[name:Mo]], you're a star. —
        [[name:Kerry-Ann]], {{Duty Manager}}
    """)),
    ("aviation", "incident", block("""
        Radio transcript (ramp channel 3) – [[date:22/02/2025]] – stand 41 – [[aircraft_registration:G-NGCF]] ({{B767F}}) op [[flight_number:MF 2241]]
        02:14 LOADER 1 ([[name:Bev]]): Ramp lead, position twelve coming up on the {{main deck loader}} now.
        02:14 RAMP LEAD ([[name:Stelios]]): Copy [[name:Bev]], keep it slow, she's tall.
        02:15 LOADER 1: Bit tight on the left.
        02:15 RAMP LEAD: Stop stop stop.
        02:15 LOADER 1: Stopped. Contour's caught the door frame, there's a scrape.
        02:16 RAMP LEAD: Copy. Nobody touch it, calling {{engineering}}.
        02:20 RAMP LEAD: {{Maintenance control}}, ramp lead stand 41, [[aircraft_registration:Golf November Charlie Foxtrot]], {{ULD}} contact with main deck {{cargo door}} frame, request engineer.
        Summary: {{PMC}} in position 12 built over the {{Q6}} contour by approx 4 cm on the left; the {{contour gauge}} at build-up had a bent bar. [[aircraft_registration:G-NGCF]] delayed 3h 10m for inspection, door seal replaced. {{MOR}} [[case_reference:MOR-25-0077]]. Gauge withdrawn.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Helga Sundqvist]] <[[email:h.sundqvist@skylinkcargo.aero]]>
        To: [[email:ops.control@northgatecargo.co.uk]]
        Date: [[date:3 March 2025]]
        Subject: {{NOTOC}} discrepancy – [[flight_number:SLK 448]] / [[aircraft_registration:G-SLKA]]

        Good morning,
        During my pre-departure check last night the {{NOTOC}} showed the {{Class 9}} {{lithium batteries}} ({{UN3481}}) in position 11L. The {{loadmaster}}, [[name:Ferdi]], checked the {{ULD}} tags against the hold and found them in 22P; position 11L actually held general cargo. The NOTOC was re-issued before push. In the event of a fire warning the {{airport fire service}} would have been given the wrong location.
        Please look at how the NOTOC is produced from the build-up sheets – I understand a late swap of two positions was made on the {{LIR}} but not in the DG system.
        Regards,
        Capt [[name:Helga Sundqvist]]
        {{Line Captain}}, [[organisation:SkyLink Cargo]]
    """)),
    ("aviation", "incident", prose("""
        pallet came off the {{dolly}} on the corner by {{Gate 5}} approx 0320. was towing 3 dollies
        out to {{stand 38}} for [[flight_number:QV 7318]], back dollys locks werent up n the {{PMC}}
        slid off when i turned. nobody hurt, cargo was {{perishables}} (fish), 2 boxes split n
        {{airside ops}} closed the road 40 mins for the clean up. my fault tbh, i didnt walk round
        n check the {{locks}} cos [[name:kev]] said hed done them. reported to [[name:jas]]
        ({{shift mgr}}), ref [[case_reference:NCS-OCC-2291]]. think the lock flags shld be painted
        bright so u can see them from the {{tug}} seat - [[name:ollie p]]
    """)),
    ("aviation", "success", block("""
        #screening-team · {{Slack}}
        [[name:tomasz.w]] 06:01
        backlog at 0600: ZERO 🎉 first time since we went to 100% {{screening}} on the {{freighter}} flows
        [[name:amara.okeke]] 06:03
        get in!! 312 pieces through on nights
        [[name:rob_shiels]] 06:04
        nice one team. and {{EDS}} #2 was down til 0230
        [[name:tomasz.w]] 06:05
        shout to [[name:Amara]] for re-jigging the {{KC}} vs {{unknown consignor}} queue, that's what did it. {{B777F}} for [[flight_number:MF 2245]] went with everything on
        [[name:joy.li]] ({{Security Manager}}) 06:20
        Brilliant. Going in the {{DfT}} compliance note this week. Thank you all 🙏
    """)),
    ("aviation", "near_miss", block("""
        {{ULD}} build-up weight check – [[flight_number:QV 7310]] – [[date:09/04/2025]]
        Pos | Contour | Build-up sheet (kg) | Scale (kg) | Diff   | Checked
        11  | {{Q7}}  | 3,420               | 3,410      | -10    | [[name:AO]]
        12  | {{Q7}}  | 2,980               | 4,630      | +1,650 | [[name:AO]]
        21  | {{LD7}} | 2,150               | 2,160      | +10    | [[name:AO]]
        22  | {{LD7}} | 1,880               | 1,875      | -5     | [[name:AO]]

        Note: pos 12 weight typed as 2,980 by the builder (transposed from the previous {{PMC}}). Caught by [[name:Ayo]] at the final {{weighbridge}} check before the figures went to the {{load controller}}. An underdeclared 1.6 t main deck pallet would have put the {{load sheet}} and {{trim}} wrong. Corrected, {{LIR}} re-issued.
        Suggest the build-up app pulls scale weight automatically. – [[name:D. Fenwick-Amadi]], {{Build-up Supervisor}}
    """)),
    ("aviation", "incident", block("""
        SECURITY OCCURRENCE FORM
        Name of reporter: [[name:Rhiannon Pryce]]
        Staff no: [[case_reference:NCS-40718]]
        Date: [[date:14 April 2025]]   Time: 23:10
        Location: {{Landside}} dock 4, [[organisation:Northgate Cargo Services]], [[address:Unit 9, Skyway Park, Wyvern]] [[postcode:WV9 4XB]]
        Vehicle: [[vehicle_registration:LK21 PZV]], haulier [[organisation:Trent Freight Ltd]]
        Driver: [[name:Arūnas Petraitis]]

        Description: consignment from a {{Known Consignor}} arrived with a trailer seal number that did not match the {{CSD}}. Driver said the seal had been cut and replaced at a {{DVSA}} roadside check. As secure status could not be confirmed, all 14 pieces were treated as {{unknown cargo}} and sent for {{screening}} before build-up. Four pieces missed [[flight_number:MF 2241]] and went the next night. {{Regulated Agent}} manager informed, {{DfT}} notified.
        Action: hauliers to carry a copy of any roadside inspection paperwork.
    """)),
    ("aviation", "success", block("""
        Warehouse Safety Committee – minutes – [[date:30 April 2025]]
        Attendees: [[name:Tamsin Ruddock]] (chair), [[name:Hope Ndlovu]] ({{H&S advisor}}), [[name:Gaz Whitlow]] ({{FLT}} rep), [[name:Lukas Brandt]], [[name:Faith Kimani]] ({{Unite}} rep)
        Apologies: [[name:Stelios Andreou]], [[name:K. Oyelaran]]

        1. FLT near misses – down from 11 in {{Q1}} to 3 in {{April}} since the walkway was cleared and {{blue spot}} lights fitted to every counterbalance.
        2. Good catch – [[name:Ayo]]'s weighbridge catch on pos 12 shared at all briefings.
        3. {{DGR}} refresher – 100% of build-up staff in date.
        4. {{ULD}} damage reports down 30% after the new {{contour gauge}}.

        Actions: [[name:TR]] to write to [[name:Ayo]] with thanks; [[name:HN]] to book {{IOSH}} refresher; [[name:GW]] to trial pedestrian-detection cameras.
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER – nights → days – [[date:Thu 15 May]]
        - [[flight_number:ZK 492]] ({{B747-400F}}, [[aircraft_registration:EI-XQL]]) – {{pharma}} load, 6 {{RKN}} containers + 40 boxes on {{dry ice}} ({{UN1845}}).
        - NEAR MISS: build-up sheet total for dry ice in the lower hold came to 480 kg against the 400 kg limit the {{captain}} had accepted. Caught by [[name:Wiktoria]] ({{DG checker}}) adding up the {{AWB}} figures against the {{NOTOC}}. Three boxes held back for the next [[flight_number:ZK 492]].
        - Agent ([[organisation:Bluewave Logistics]]) told – contact [[name:Hamish]] on [[phone:+44 7700 900 684]].
        - {{Cold store}} 2 alarm tripped twice overnight, {{engineering}} job raised.
        - {{X-ray}} machine 1 fine now.
        Handed over by [[name:Jas Dhillon]] to [[name:Precious]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Nadia Benali]] <[[email:nadia.benali@northgatecargo.co.uk]]>
        To: [[email:qa@northgatecargo.co.uk]]
        Sent: [[date:Sunday 18 May 2025]] 07:12
        Subject: Temperature excursion – AWB [[case_reference:618-20937715]]

        Hi {{QA}},
        Last night a consignment of {{insulin}} ({{2–8 °C}}) for [[flight_number:MF 2245]] sat on the {{apron}} for 95 minutes in about 22 °C because the flight was delayed and the {{cool dolly}} had been taken for another load. The {{data logger}} peaked at 14.2 °C. The consignee ([[organisation:Halcyon Pharma]]) has rejected the shipment and it is being returned.
        We are {{CEIV Pharma}} certified and this is a clear {{GDP}} failure – we need a rule that pharma does not leave the {{cold store}} until the aircraft is on stand and ready.
        Thanks,
        [[name:Nadia]]
        {{Cool Chain Supervisor}} | [[phone:01632 960 935]]
    """)),
    ("aviation", "success", prose("""
        Thank you note (left on the {{canteen board}}): To the {{night shift}} in {{Shed A}} – especially
        [[name:Bogusia]], [[name:Rich]] and [[name:Marek]] – thanks for staying two hours over on
        [[date:Sat 7 June]] when the {{A330F}} [[aircraft_registration:D-AXFR]] came in five
        hours late with 62 tonnes on. Every {{ULD}} broken down, {{perishables}} into the
        {{cold store}} inside the four-hour window and zero damage reports. The airline rep from
        [[organisation:Meridian Air Freight]] emailed to say it was the quickest turn they've had
        at any {{UK}} station. Pizza's on me next week. – [[name:Sunil]] ({{night ops manager}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract – {{Ground}} 121.855 – [[date:19 June 2025]], 04:12–04:14 local
        TUG 6: Ground, Tug six, under tow {{B767}} [[aircraft_registration:Golf Mike Alpha Foxtrot Bravo]] from cargo stand four one to stand five two, request tow route.
        GND: {{Tug six}}, tow via {{Kilo}}, hold short of {{Alpha}}.
        TUG 6: Via Kilo, hold short Alpha, Tug six.
        GND: [[flight_number:Skylink four four eight]], taxi holding point Alpha one via Alpha.
        TUG 6: Tug six crossing Alpha.
        GND: TUG SIX STOP, hold position, you are NOT cleared to cross Alpha.
        TUG 6: Holding, Tug six, apologies.
        Note: tow driver [[name:Dermot Ó Briain]] says he heard "via Alpha" in the clearance to [[flight_number:SLK 448]] and took it as his. The freighter was 400 m away and stopped; no loss of separation. Reported to {{ATC}} and via {{MOR}}. [[aircraft_registration:G-MAFB]] towed on after 3 min. Learning: {{readback}} discipline and "hold short" on the tow card.
    """)),
    ("aviation", "incident", block("""
        OPS LOG – {{Shed B}} – [[date:Tues 1st July]]
        22:40 {{FLT}} 9 (driver [[name:K. Oyelaran]]) struck an upright at racking bay 14 while lowering a pallet of {{general cargo}}. Upright bent approx 5 cm; beam dislodged but held. Area cordoned.
        22:55 On-call {{racking inspector}} ([[organisation:Storax Inspection Services]]) contacted, ref [[case_reference:SIS-77813]].
        23:30 Bays 13–15 emptied by hand, {{red tag}} on the upright.
        00:15 {{D&A}} for-cause test – negative.
        Driver says glare from the new {{LED floodlight}} above bay 12 hid the beam edge. Checked with [[name:Kemi]] – confirmed glare at that angle.
        Actions: floodlight re-angled, racking repair booked, [[name:Kemi]] back on {{FLT}} after reassessment.
        Logged by [[name:Jas Dhillon]], {{shift manager}}
    """)),
    ("aviation", "success", prose("""
        On [[date:24 July 2025]] the team handled four {{sport horses}} in {{horse stalls}} for
        [[flight_number:MF 2251]], our first {{AVI}} load on the new freighter schedule. Planning
        started a week ahead with the {{IATA LAR}} checklist, a walk-through of the route from the
        {{Border Control Post}} to stand 44 and a briefing with the vet, Dr
        [[name:Okonjo-Fairbairn]], and the groom, [[name:Honor]]. On the night the stalls were
        built up and weighed in under an hour, loading was done with the engines of nearby
        aircraft shut down by arrangement with {{ATC}}, and [[name:Honor]] stayed with the horses
        on the {{main deck loader}}. Zero delays, calm animals and a thank-you from the
        {{captain}}. Team: [[name:Gaz]], [[name:Bev]], [[name:Wiktoria]]. Written up by
        [[name:Tamsin]] for the {{safety committee}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind327", REPORTS))
