"""Held-out blind corpus 96: confidential just-culture reports from youth offending and detached youth work
(gangs, county lines and child criminal exploitation, missing-from-home return interviews), from emergency
departments and minor injury units, and from airport fire and rescue and airside operations. The writing is
street-level and informal: lower-case names, nicknames and slang, initials for young people, quoted text
messages, team chats, radio calls and headset exchanges, alongside a few e-mails, Datix-style forms and
watch logs."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind96.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        detached shift [[date:fri 14th june]], me and [[name:dion]] doing the usual loop past the chicken
        shop on [[address:Carver Street]]. clocked [[name:KO]] ([[age:15]]) and his cousin [[name:T-Bone]]
        hanging about by a grey {{Audi}}, reg [[vehicle_registration:YD17 HXR]]. older lad in the driver
        seat, never seen him before. [[name:KO]] got in the back before we could get over. we passed the reg
        to the {{police non-emergency}} line but didnt do a {{MASH}} referral til monday cos the duty inbox
        was shut over the weekend and nobody had the {{out of hours}} number on them. {{EDT}} should of been
        rung that night. what went ok: [[name:dion]] had already got [[name:KO]]'s trust so he texted him
        'u safe? no judgement just tell me ur ok' and got back 'im good bro dont stress' at 01:10. learning
        - we need the {{EDT}} number on the lanyard cards and a clear line that a car pick-up = {{CCE}}
        concern that night, not monday.
    """)),
    ("social_care", "success", block("""
        RHI - messages copied in with YP's consent

        [[name:lil j]] 17:42: where u ppl wanna meet
        me 17:43: wherever ur comfy. maccies on [[address:Baxter Road]]?
        [[name:lil j]] 17:45: ye but not wit feds there
        me 17:45: just me promise. i'm not {{police}} x
        [[name:lil j]] 17:46: ok 6 but i aint saying nuttin about the train

        [[name:Jayla]] ([[age:14]]) was missing from [[date:2 March]] to [[date:5 March]]. What went right
        was letting her pick the place and time over {{Snapchat}} instead of a letter. She did talk about
        the train in the end - taken out of area by an older girl she calls '[[name:Cee]]'. Shared same day
        with the {{missing coordinator}}, {{NRM}} referral started, and the {{Philomena Protocol}} grab
        sheet updated with the new photo. Took 50 mins and a large fries.
    """)),
    ("social_care", "incident", block("""
        From: [[email:gemma.lowe@northvale-yjs.example.org]]
        To: [[email:yjs-practice@northvale-yjs.example.org]]
        Subject: wrong address on {{AssetPlus}} letter - [[case_reference:YJ/24/0917]]

        hi all, owning this one. the {{Referral Order}} panel letter for [[name:R.M.]] went to his old
        address ([[address:41 Tenter Lane]], [[postcode:WF3 8QN]]) not the foster placement. old address is
        where his older brother and the lads he owes money to still stay. letter had the panel date
        ([[date:23/07/24]]) and venue on it. found out when his carer rang. we'd updated {{ChildView}} but
        not {{AssetPlus}} - two systems, no sync. spoke to [[name:R.M.]] and his {{social worker}}
        [[name:Priya Nand]] same day, panel moved to [[organisation:Marsh Lane Youth Hub]] and safety plan
        reviewed. ask: can we have a second check on the address before any letter goes out?

        gem
        [[name:Gemma Lowe]] | {{Case Manager}} | [[organisation:Northvale YJS]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly a bad one. [[name:sunny]] (yes thats his actual name, [[age:16]]) flagged me down outside
        the {{Co-op}} on [[address:Whitmore Road]] about 10pm asking for a lift to his 'auntys' on
        [[address:Ferndale Close]]. i was on my own cos [[name:Marcus]] had gone home sick and i nearly said
        yes, he looked proper shook. rang the {{on-call manager}} [[name:Bev]] first like the
        {{lone working policy}} says and she said no, call him a cab on the work account and follow up. turned
        out next day via his {{YOT worker}} the 'auntys' is a flat police have down as a {{county lines}}
        address. what helped: the policy card in the van and [[name:Bev]] picking up first ring. what didnt:
        the {{StaySafe}} app on the van phone wasnt logged in so nobody could see where i was anyway.
    """)),
    ("social_care", "success", prose("""
        Good practice to share. [[name:Aaliyah Mensah-Clarke]] (DOB [[date_of_birth:09/11/2008]]) was picked
        up by {{BTP}} at a station 90 miles from home with £400 and a burner phone. She told the
        {{custody sergeant}} she was 'just visiting'. Because our exploitation lead [[name:Dev]] was on the
        rota that day she rang custody directly, got [[name:Aaliyah]] treated as a potential victim rather
        than a suspect, and the {{NRM}} referral was in by 4pm (ref [[case_reference:NRM-24-55810]]). The
        {{Section 45}} defence was flagged to the {{CPS}} early. [[name:Aaliyah]]'s {{mum}} said it was the
        first time anyone 'talked to her like she was a kid'. What made it work: a named lead with a direct
        line ([[phone:0113 496 0274]]) and the {{Competent Authority}} guidance pinned on the team wall.
    """)),
    ("social_care", "incident", block("""
        (team whatsapp, copied in for context then deleted from phones)
        [[name:Mags]] 21:14: anyone seen [[name:Tyrese]]? {{carer}} says he's not back, phone straight to vm
        [[name:Olu]] 21:20: saw him at the cage about 7 w/ [[name:Skeng]] and them
        [[name:Mags]] 21:22: has someone reported him missing??
        [[name:Olu]] 21:31: thought carers do that
        [[name:Mags]] 21:58: they thought we did 🙈

        So nobody reported [[name:Tyrese]] ([[age:14]], {{looked after}}) missing until nearly 10pm, almost
        3 hrs after the last sighting. He came back [[date:Sat 8 June]] at 6am with a new phone and £150
        trainers. The {{Philomena Protocol}} form was in his file but the {{carers}} at
        [[organisation:Brookfield House]] had never seen it. Learning: whoever sees the risk reports it, don't
        assume. Also the {{WhatsApp}} group shouldn't have had his name in at all - removed on {{DPO}} advice.
    """)),
    ("social_care", "near_miss", prose("""
        the [[name:Nowak]] sisters ([[name:Zuzia]] [[age:13]] and [[name:Ola]] [[age:15]]) both went missing
        the same weekend from [[address:7 Pennine Court]]. the {{RHI}} request came through with
        [[name:Ola]]'s name but [[name:Zuzia]]'s date of birth and case no. [[case_reference:CM-448192]]. i
        almost went in with the wrong kid's history in front of me and would have brought up
        [[name:Zuzia]]'s exclusion with [[name:Ola]]. only spotted it because the {{DOB}} said
        [[date_of_birth:30/01/2011]] and [[name:Ola]] is clearly older. rang the {{missing coordinator}}, got
        it fixed. both girls seen separately in the end, and their {{mum}} had a {{Polish interpreter}} on
        the phone - her number is her polish one, [[phone:+48 512 555 018]]. learning: {{RHI}} requests should
        need two identifiers that match before they get sent, and never one form for siblings.
    """)),
    ("social_care", "success", block("""
        RETURN HOME INTERVIEW - SUMMARY
        YP: [[name:D.A.]]        DOB: [[date_of_birth:17.04.2009]]
        Missing episode ref: [[case_reference:MFH/2024/3318]]
        Missing: [[date:19/05/24]] 16:00 to [[date:20/05/24]] 23:30
        Interviewer: [[name:nat]] (missing team)
        Where: his choice, bench outside {{Greggs}}
        Push/pull: row at home about vaping, says he went to 'a mates' on [[address:Orchard Rise]]
        Exploitation indicators: none disclosed. New {{Nike Tech}} fleece, says 'from my cuz'
        What worked: seen within 72 hrs ({{statutory guidance}}), same worker as last time,
          he asked for [[name:nat]] by name
        Actions: share with {{DSL}} at [[organisation:Castlebrook Academy]]; {{CE screening tool}} to be
          done by {{SW}} by [[date:24/05/24]]
    """)),
    ("social_care", "incident", prose("""
        owning this. i gave [[name:kayden]] my personal number ([[phone:07700 900417]]) back in {{april}}
        cos the work phone was dead and he needed me about court. never changed it over. on
        [[date:11 July]] at 2am i got 6 missed calls and a snap from an account '[[name:big.dre_44]]' saying
        'tell ur boy he owes'. my number had been passed round. didnt answer, rang {{EDT}} and the
        {{police}}, told my manager [[name:Harpreet]] first thing. [[name:kayden]] is ok and has moved
        placement. our {{Professional Boundaries}} policy already says no personal numbers, i just didnt
        think. team now has {{power banks}} for the work phones so nobody ends up doing what i did.
    """)),
    ("social_care", "success", prose("""
        Positive one. [[name:Hope]] [[name:Adeyemi-Ross]] (yr 10, [[organisation:St Anselm's RC High]]) was
        facing a {{permanent exclusion}} after bringing a blade into school - said it was for protection
        after getting jumped at the bus station. Instead the head agreed to pause and hold a
        {{Team Around the Child}} meeting on [[date:4th Oct]] with me ({{YOS}} {{prevention worker}}), the
        {{SENCo}} and {{CAMHS}}. [[name:Hope]] was diagnosed {{ADHD}} in yr 6 but nothing followed her up to
        high school. Her {{EHCP}} request is finally in and she's still in education, knife-free as far as we
        know. The {{DSL}}, Mr [[name:Fairbrother]], deserves a shout for pushing back on the exclusion.
    """)),
    ("social_care", "incident", prose("""
        [[name:Leon]] aka [[name:LJ]] ([[age:13]]) went missing from [[organisation:Oakhill Children's Home]]
        on [[date:2/8]]. staff rang 101 and gave his {{CE}} flag but the call handler graded it
        '{{absent}}' not '{{missing}}', ref [[case_reference:PND-240802-0113]]. he was found 31 hrs later in
        a flat at [[address:Marlow House, Eden Street]] with two older males. our {{RHI}} was then late
        (day 5) because the notification went to the {{Liquidlogic}} inbox nobody watches in the holidays.
        escalated to the {{Strategic Exploitation Meeting}}, the inspector apologised and we now have a rota
        for the shared mailbox. [[name:LJ]] said to me 'nobody was even looking for me'. hard to hear and he
        wasnt wrong.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Fran]] <[[email:f.okonjo@eastmere.example.gov.uk]]>
        Subject: near miss - court date in reminder text

        hi [[name:Colm]],
        the reminder text to [[name:mikey]] said {{Youth Court}} [[date:Tues 16 Sept]] but the listing is
        actually [[date:Tues 9 Sept]]. [[name:mikey]]'s {{mum}} caught it cos she has the court letter on
        the fridge. if he'd gone off our text he'd have missed court and likely had a {{warrant}} out. the
        texts are typed free-hand into {{Textlocal}} so one wrong digit and that's it. can we get the date
        pulled straight from {{ChildView}}? happy to test it.
        ta, [[name:fran]]
        {{YOT Officer}}, [[organisation:Eastmere Youth Justice Service]]
    """)),
    ("social_care", "success", prose("""
        nice one from [[date:sat 21st sept]]. the {{skatepark}} by the {{leisure centre}} had been kicking off for
        weeks. me and [[name:Will]] took the {{mobile youth bus}} down with the {{PS5}} and a bag of
        haribo. about 20 young people, some of the younger ones clearly running for [[name:Bugzy]]'s lot
        (the {{older heads}}). we didnt go in heavy, just chilled. by 9pm [[name:tee]] and
        [[name:marley-j]] were asking about the boxing at [[organisation:Riverside ABC]] and [[name:tee]] put
        his number in my work phone. good: same night same place every week, no {{hi-vis}}, the {{PCSOs}} hung
        back like we asked. not good: no female worker on so the girls never came over.
    """)),
    ("social_care", "incident", prose("""
        {{Restorative Justice}} conference set for [[date:12 March]]. In the prep pack posted to
        [[name:Ellis]]'s family I left the victim's details on page 3 - Mrs [[name:Oyelaran]], with her full
        address, [[address:22 Keswick Avenue]], [[postcode:BL3 4TW]]. The {{Victim Liaison Officer}},
        [[name:Rhiannon]], found out when Mrs [[name:Oyelaran]] said the family had driven past her house
        twice. No harm reported but she is frightened and has withdrawn from {{RJ}}. I should have used the
        {{redaction checklist}}; I was covering two caseloads and rushed it. Reported to {{Information
        Governance}} (ref [[case_reference:IG-2024-0391]]) who have notified the {{ICO}}. Now a second person
        checks any RJ pack before it leaves the office.
    """)),
    ("social_care", "success", prose("""
        cuckooing - good joined-up response. {{housing officer}} [[name:Sandeep]] rang me cos a tenant, Mr
        [[name:Frank Illingworth]] ([[age:67]]), at [[address:Flat 9, Coniston Tower]], [[postcode:OL8 2HX]]
        had 'nephews' staying who weren't his nephews. two of them were ours: [[name:JJ]] ([[age:15]]) and
        [[name:Zak]] ([[age:16]]). police did the welfare visit WITH us not instead of us, so the boys were
        treated as {{victims}} first. both have gone through {{NRM}}, and Mr [[name:Illingworth]] got a
        {{closure order}} on the flat and a {{safe and well}} from the {{fire service}}. his NI no.
        ([[ni_number:JT 48 21 93 C]]) went on the {{housing transfer form}} the same week so his move wasn't held
        up. [[name:JJ]] said after 'it was actually calm for once'.
    """)),
    ("social_care", "near_miss", prose("""
        left my detached session notebook on the 42 bus on [[date:28/10]]. it had first names and nicknames
        of about 15 young people and notes like '[[name:kez]] - thinks he's been given a phone to hold'. the
        {{driver}} handed it in at the {{depot}} and [[organisation:Northway Buses]] rang our office number
        ([[phone:0161 496 0735]]) cos it was written on the front. got it back next day, nothing missing. if
        it had ended up with the wrong people it could have been really bad for [[name:kez]] and others.
        we've now moved to the {{Upshot}} app on the work phone for session notes, paper only for tally
        counts, and the {{Data Protection}} refresher is booked for the whole {{detached team}}.
    """)),
    ("social_care", "incident", prose("""
        [[name:Abdi]]'s {{mum}} found a machete under his bed on [[date:Sun 3 Nov]] and told me at the home
        visit next morning. I'm his {{YOT}} worker. I logged it on {{ChildView}} but didn't ring the
        {{MASH}} or police because I assumed his {{SW}}, [[name:Colette Ramirez]], would pick it up. She
        didn't see the note until Thursday. In between, [[name:Abdi]] was stopped in town with a lock knife.
        Nobody hurt, thank god. Learning for me: a weapon in the home is a same-day phone call, not a case
        note. Learning for the system: our database doesn't alert the allocated {{social worker}} when YOT
        add a note - raised with {{IT}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        [[name:jamal]] [[age:16]]yo brought in by crew with a stab wound to L thigh, [[date:Sat 16 Nov]]
        around 01:40. two mates followed him into {{majors}} shouting, one filming. {{security}} took 12
        mins cos they were up on [[organisation:Ward 21]]. the {{tourniquet}} the paramedic put on was spot
        on and probably saved him tbh. problem was police wanting his phone and details while we were still
        doing the {{primary survey}}. he told the {{HCA}} 'they know where my nan lives' - passed to police
        and {{children's social care}}, safeguarding ref [[case_reference:SG-ED-24-1187]]. good:
        {{trauma call}} in under 5 mins, {{TXA}} in 10. bad: nowhere quiet to talk to him before the police
        did. - [[name:becs]], {{Band 6}}
    """)),
    ("health", "success", prose("""
        {{ENP}} at [[organisation:Ashby Cross MIU]]. Lad, [[age:19]], back for the 3rd time with a 'sprained
        wrist' after coming off his skateboard. Previous attendances on [[date:2 Jan]] and [[date:9 Jan]]
        both had {{x-rays}} reported normal. Still tender in the {{anatomical snuffbox}} so I put him in a
        {{scaphoid}} cast and referred to {{fracture clinic}} asking for an {{MRI}}. MRI showed an occult
        fracture. Feedback from Dr [[name:Ngozi Eze]] in radiology was that the {{scaphoid pathway}} only
        works when someone actually follows it at the third visit. Shared at our morning {{huddle}}.
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-318842]]
        Location: ED - {{Majors}} corridor
        Date/time: [[date:03/12/2024]] 04:15
        Reporter: [[name:Callum Ferreira]], {{Staff Nurse}}
        Patient: [[name:NOBLE, Tanya]]   NHS no: [[nhs_number:750 213 6681]]
        Description: pt [[age:23]] attended after {{overdose}} of {{sertraline}} with alcohol.
        {{Manchester Triage}} orange. Waited 3h40 in the corridor for {{Mental Health Liaison}}.
        Left without being seen at 04:10 while I was doing {{CPR}} in {{resus}}.
        Immediate action: police welfare check at [[address:12b Lyndon Road]], [[postcode:LS9 7QT]], found safe.
        Contributing: 14 pts in the corridor, 2 RNs, {{RMN}} on break, no cover.
    """)),
    ("health", "near_miss", prose("""
        Two patients called [[name:Khan]] in {{majors}} at the same time: [[name:Asif Khan]] ([[age:58]],
        cubicle 4) and [[name:Arif Khan]] ([[age:61]], cubicle 9). Bloods for cubicle 4 were labelled with
        the {{addressograph}} stickers for cubicle 9. Caught by our {{HCA}} at the {{pod}} because the NHS
        number on the sticker ([[nhs_number:569 428 4399]]) didn't match the wristband
        ([[nhs_number:223 439 8320]]). If it had gone through, a {{troponin}} could have been logged against
        the wrong man and cubicle 4 sent home. {{Positive patient identification}} at the bedside did its job.
        Asked IT for a same-surname alert on {{Symphony}}.
    """)),
    ("health", "success", prose("""
        {{Paeds ED}} - brilliant catch by our {{play specialist}} [[name:Summer]]. [[age:15]] y/o girl,
        [[name:K.T.]], in with cannabis-related vomiting. gave a home address of [[address:88 Hollybush
        Lane]] but had a {{Travelodge}} key card in her hoodie and two phones, one buzzing nonstop.
        [[name:Summer]] saw a message on the screen: 'where r u. u owe 4 the ting'. Escalated to nurse in
        charge, {{safeguarding}} team and police; {{child exploitation}} screening done in the department.
        [[name:K.T.]] was {{Gillick}} competent and agreed to see a {{youth worker}} from
        [[organisation:Safe Harbour Youth Project]] before discharge. Learning: the non-clinical staff notice
        things we don't.
    """)),
    ("health", "incident", prose("""
        handover delay. crew [[name:Aziz]] and [[name:Kerry-Ann]] held a pt on the back of the {{ambulance}}
        ([[vehicle_registration:YX70 BNF]]) outside [[organisation:Westgate General]] ED for 5 hrs 10 on
        [[date:27 December]]. pt [[age:88]]F, fall with {{long lie}}. {{NEWS2}} went from 3 to 7 and nobody from
        ED reassessed because we had no {{HALO}} on shift. she developed a category 2 {{pressure ulcer}} on
        her sacrum. crew were brilliant, kept her warm and did {{obs}} every 15. this is a system failure not a
        people one and I want that written down. - [[name:anj]], ED {{nurse in charge}}
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{co-amoxiclav}} to a pt with a {{penicillin}} allergy. Mrs [[name:Faith Oduya]]
        ([[age:72]]) had her red allergy band on the arm with the {{cannula}}, under the dressing, and
        {{EPMA}} had her as {{NKDA}} because the record from [[organisation:Brook Lane Surgery]] hadn't pulled
        through. her daughter [[name:Mercy]] said 'mum's allergic to penicillin' just as I was drawing up.
        stopped, checked, changed to {{clarithromycin}} after speaking to Dr [[name:Osei]]. no harm. I'll
        always ask out loud now even when the screen says NKDA - it's the default, not a fact.
    """)),
    ("health", "success", block("""
        [texts from NIC to matron, copied for {{Greatix}}]
        [[name:Sal]] 07:52: night from hell but nobody came to harm 🙏
        [[name:Sal]] 07:53: 3 in {{resus}} at once about 2am. got {{Band 7}} [[name:Tomasz]] down
          from {{AMU}} and Dr [[name:Ifeoma Chukwu]] came in from home
        [[name:Sal]] 07:55: cubicles clear by 6. shout out to [[name:Lily-Mae]] ({{HCA}}) on her
          2nd ever shift, did 40 sets of obs and spotted the {{sepsis}} in cube 3
        matron [[name:Deb]] 08:10: amazing. putting it through now x
        Greatix ref: [[case_reference:GX-2024-207]]
    """)),
    ("health", "incident", prose("""
        pt brought in on a {{S136}} by PC [[name:Dhillon]] and PC [[name:Whitlock]] at about 20:00. the
        {{136 suite}} at [[organisation:Elmwood Unit]] was full and after a long argument about ED not being
        a {{place of safety}} the officers left. pt [[name:Gareth]] ([[age:34]]) walked out through the
        {{ambulance bay}} at 22:35 while the only security guard was in triage. found just under 2 hrs later
        by {{BTP}} near the railway, unhurt, brought back. learning: anyone under the {{Mental Health Act}}
        in ED needs a named one-to-one, and we need a written escalation for when police try to leave.
    """)),
    ("health", "success", prose("""
        [[date:Sunday 7th July]] at [[organisation:Kingsbridge Minor Injuries Unit]]. Woman, [[age:45]], with
        a cut on her shin from gardening 3 days before - 'just wants it dressed'. Our {{ENP}} [[name:Rose
        Whitfield]] did full obs anyway: HR 122, temp 38.9, RR 24, {{NEWS2}} 7. {{Sepsis screening tool}}
        positive. We're nurse-led with no doctor on site so we started what we could of the
        {{Sepsis Six}}, dialled 999, and she was at [[organisation:Derwent Valley Hospital]] within 40
        minutes. {{Cellulitis}} with {{bacteraemia}}. She's home and sent in a card addressed to
        '[[name:Rose]] and the girls'. Full obs on every 'minor', even when it's heaving.
    """)),
    ("health", "incident", prose("""
        ED discharge summary for [[name:Oliwia Zielinska]] (DOB [[date_of_birth:14/02/1997]], NHS
        [[nhs_number:366 666 6388]]) went to [[organisation:Hightown Medical Practice]] instead of her
        registered GP, [[organisation:Hightown Road Surgery]]. The {{Spine}} lookup still had an old
        registration. The letter included a {{domestic abuse}} disclosure and her new {{refuge}} address, which
        is exactly what should never leave the building. {{Practice manager}} [[name:Janet]] at the wrong surgery
        rang us and shredded it same day. {{Datix}} [[case_reference:W-320117]]. Learning: confirm the GP
        verbally with the patient and hold back sensitive addresses from the {{discharge letter}}.
    """)),
    ("health", "near_miss", prose("""
        paeds {{IV paracetamol}} nearly given at an adult dose. child [[name:A.K.]], aged [[age:4]], 15kg,
        written up for 1g by a locum new to paeds. our {{pharmacist}} [[name:Bilal]] was doing the
        {{second check}} and stopped it - should have been 225mg. no harm. Datix
        [[case_reference:W-321560]]. factors: {{Paeds ED}} and adult majors sharing one {{drug trolley}},
        the locum had no paeds induction, and the {{EPMA}} weight field was left blank. we now have a
        {{weight-based dosing}} chart taped inside the trolley lid and the weight is mandatory.
    """)),
    ("health", "success", prose("""
        Good experience with {{interpreting}}. [[name:Mohammad Rahimi]], [[age:17]], an
        {{unaccompanied asylum-seeking child}} placed at the [[organisation:Harbourside Hotel]], came to MIU
        with an infected foot. We used a {{Language Line}} video {{Dari}} interpreter instead of his friend.
        Because of that he told us he'd been working 'at the car wash' for no pay and sleeping there some
        nights. Flagged to our {{Modern Slavery}} lead and {{children's social care}}; he's a child, so the
        hotel is not a safe placement. {{Local Authority}} moved him within the week. Lesson: always the
        professional interpreter, never the mate.
    """)),
    ("health", "incident", prose("""
        assaulted in triage [[date:18/01]] by a pt's partner. pt [[name:Shannon]] ([[age:26]]) was
        {{triaged}} {{yellow}}, partner kicked off about the wait, threw a chair and it hit our receptionist
        [[name:Aoife]] on the arm. {{security}} there in 2 mins, which was good. police attended, crime ref
        [[case_reference:CR/0042981/25]]. [[name:Aoife]] is ok, bruised and shaken, had a {{TRiM}} chat the
        next day. the problem: there's been no {{panic alarm}} on the second reception desk since the
        refurb and we'd raised it twice. {{Estates}} have now fitted one.
    """)),
    ("health", "near_miss", block("""
        {{Red phone}} pre-alert, 14:21. What I wrote on the board:
        '[[organisation:Northshire Ambulance]], ETA 10, male [[age:40s]], {{STEMI}}'

        What was actually said (call recording):
        '...male, forties, {{stroke}}, {{FAST}} positive, onset 13:50'

        {{Cath lab}} were nearly activated and the stroke team weren't. Caught only because
        {{stroke nurse}} [[name:Jess Hunter]] was in dept and read the board. No delay to
        {{thrombolysis}} in the end. Learning: read back every pre-alert, write it on the
        {{ATMIST}} sheet not the whiteboard.
        [[name:mo]]
    """)),
    ("health", "success", prose("""
        [[name:Bill]], [[age:59]], had 64 ED attendances last year, mostly intoxicated, a few with head
        injuries. We put together a {{High Intensity User}} plan with his GP at
        [[organisation:Canal Street Practice]], the {{alcohol liaison nurse}} and the
        {{homeless outreach team}}. Attendances are down to 9 in six months. [[name:Bill]] now has a {{tenancy}}
        at [[address:Flat 3, 27 Mercer Street]] and his {{PIP}} claim is moving again now we found his {{NI number}}
        ([[ni_number:PW 63 10 27 A]]). His words: 'you lot finally stopped just sobering me up'.
        - [[name:Niamh O'Brien]], {{HIU}} lead
    """)),
    ("health", "incident", prose("""
        {{MIU}} at [[organisation:Greystone Community Hospital]] closed at 6pm instead of 8pm on
        [[date:Mon 26 Aug]] (bank hol) due to sickness. Sign on the door but the {{Directory of Services}}
        wasn't updated, so {{NHS 111}} kept sending people. A dad drove his son [[name:Reuben]] ([[age:9]])
        with a {{greenstick fracture}} 25 minutes to us from [[address:The Old Forge, Mill Lane]], found it
        shut, then another 40 to {{ED}}. The {{site manager}} rang me on [[phone:07700 900862]] to say 111 were
        still routing to us at 7:30. Learning: closures need a named person to update the {{DoS}}, not 'someone'.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        {{Tower}} transcript extract, [[date:09/02/25]] 22:47
        RESCUE 2: Tower, Rescue 2, request cross runway 27 at Bravo
        TOWER: Rescue 2, hold short runway 27, traffic on final
        RESCUE 2: cross runway 27 at Bravo, Rescue 2
        TOWER: RESCUE 2 NEGATIVE, HOLD SHORT

        Driver ([[name:Gaz]]) read back wrong and rolled 3-4 m past the {{stop bar}} before
        the {{Crew Commander}}, [[name:Lisa Tan]], shouted stop. [[flight_number:EZY83KW]] on 2 mile final
        went around. {{ATC}} filed an {{MOR}}, ref [[case_reference:MOR-2025-0214]]. Factors: two radios
        on (ops and tower), 4th night, new route round the works. Positive: [[name:Lisa]] caught it.
        - [[name:G.P.]], {{Firefighter}}
    """)),
    ("aviation", "success", prose("""
        Good outcome. {{ATR 72}} [[aircraft_registration:G-LMRB]] operating [[flight_number:LOG5RT]]
        rejected take-off at high speed on [[date:14 June]], hot brakes on the left main gear. We were on
        scene inside 90 seconds with {{Major 1}} and the {{RIV}}. Used the {{thermal imaging camera}} from
        the fore/aft position not side-on, temps peaked around 580°C and the {{fusible plugs}} let go as
        designed. Capt [[name:Hollis]] kept pax seated on our advice so nobody went down a slide near hot
        wheels. {{Watch Manager}} [[name:Kwame]] ran it calm and the debrief was done within the hour.
    """)),
    ("aviation", "near_miss", prose("""
        On the {{FOD walk}} at 06:10 [[name:Yusuf]] picked up a 15cm metal bracket on {{taxiway Alpha}} right
        by {{Stand 22}}. Traced it to a handler's van, [[vehicle_registration:FN65 RWO]], belonging to
        [[organisation:Skyline Ground Services]] - the bracket had sheared off the roof rack.
        [[flight_number:RYR4417]] was next to push from that stand and would have taxied straight over it.
        We told the handler's {{duty manager}} and {{ops}} put out an {{airside safety notice}}. Nice work
        [[name:yus]]. Learning: {{vehicle daily checks}} need to include {{roof racks}} and ladders.
    """)),
    ("aviation", "incident", prose("""
        Fuel spill approx 30 litres on {{Stand 8}} while refuelling [[aircraft_registration:G-OJTA]]
        ([[flight_number:TOM2619]]) on [[date:23/08]]. Bowser driver [[name:Dariusz]] from
        [[organisation:AirFuel Direct]] noticed the {{deadman}} wasn't cutting off the flow and hit the
        {{emergency stop}}. We laid {{absorbent}} and foam blanket. Boarding was stopped by the dispatcher,
        [[name:Nicole]], but only after about 20 pax had already walked through the area with {{Jet A-1}}
        vapour. Nobody hurt. Learning: dispatcher and fueller need a direct radio, not relaying through
        {{Ops}}, and the deadman handle is now quarantined for test.
    """)),
    ("aviation", "success", block("""
        Ops channel, 16:32
        'Ops, Fire 1, we're at stand 41 with the medic bag, crew say pax not breathing'
        'Fire 1, Ops, ambulance requested, ETA 12'

        Pax, [[age:62]]M, arrested while disembarking [[flight_number:BEE7Q]]. Cabin crew member
        [[name:Marco]] had already started compressions. {{Firefighter}} [[name:Jodie Krasniqi]] took over,
        {{AED}} shocked twice and we had {{ROSC}} before the paramedics arrived. Passed to
        [[organisation:Derwent Valley Hospital]] and he is recovering. Great team effort: cabin crew,
        {{RFFS}} and the {{PRM}} team who kept the aisle clear.
    """)),
    ("aviation", "incident", block("""
        WATCH LOG - FULL EMERGENCY - [[date:Thu 3 Oct 2024]]
        13:02 {{ATC}} declares {{Full Emergency}}, [[flight_number:NVA214]] ([[aircraft_registration:G-TPVK]])
        13:03 {{RVP}} North notified to county fire control
        13:09 a/c lands rwy 27, {{engine fire}} warning extinguished in flight
        13:12 Local fire crews arrive at RVP South, not North - talked round by radio
        13:25 Stand down
        Reporter: {{Watch Manager}} [[name:Sean McAllister]]
        Issue: the RVP list held by fire control still calls RVP North 'Gate 5' - renamed Gate 7 in the
        refurb. Lost about 6 mins. Updated list sent to [[email:control.room@calderbrook-fire.example.org]].
    """)),
    ("aviation", "near_miss", prose("""
        {{catering driver}} [[name:Kyle]] ({{ADP}} permit [[case_reference:ADP-08871]]) from
        [[organisation:Galley Fresh Catering]] drove behind [[aircraft_registration:EI-FPW]] while the
        {{anti-collision beacon}} was on and the aircraft was about to push. {{wingwalker}} waved him off, he
        stopped about 8m from the tail. he said he didnt see the beacon in the sun. our {{Airside Safety}}
        team reviewed the {{CCTV}} and he was looking at his phone for the route. his permit has been
        suspended pending retraining. positive: the wingwalker had the confidence to stop everything.
    """)),
    ("aviation", "success", prose("""
        Bird strike on approach, {{Embraer 175}} [[aircraft_registration:G-CRWN]], [[date:7 April]]. Crew
        reported multiple strikes but normal landing. {{Wildlife Control}} officer [[name:Dawn]] and
        {{Crew Manager}} [[name:Pietro]] had the runway inspected within 4 minutes, found 11 lapwing
        carcasses and cleared them before the next arrival. Remains bagged for ID, which helps our
        {{habitat management}} plan. The engineers found no ingestion. Good joined-up work between {{ATC}},
        RFFS and wildlife - and [[name:Dawn]] now has a spare radio for the ops channel so she isn't
        relaying through us.
    """)),
    ("aviation", "incident", prose("""
        {{hot fire training}} on the {{fire training ground}} [[date:wed 16/04]] - wind had backed round to
        the south and the smoke drifted straight over stands 30-34 and into the terminal's air handling.
        pier 3 smelt of {{kerosene}} for an hour, a few pax complaints and a crew member with {{asthma}} felt unwell.
        we hadn't rechecked the {{METAR}} after lunch, just went off the morning brief. {{training officer}}
        [[name:Stevo]] stopped it once {{Ops}} rang. learning: wind check at the time of ignition, not the
        start of shift, and ops to be told before every burn.
    """)),
    ("aviation", "success", prose("""
        {{Boeing 737-800}} [[aircraft_registration:G-TVLB]] ([[flight_number:EXS57LM]]) had an engine fire
        warning on taxi-in. Flight crew ordered an {{evacuation}} on the {{taxiway}}. We were in attendance as the
        slides deployed, agent applied to the {{No.2 engine}} as a precaution. 142 pax and 6 crew off in about
        90 seconds. {{Sub Officer}} [[name:Mark Bellingham]] set up the pax holding point upwind and
        [[name:Bellingham]]'s crew did triage with the {{PRM}} team. Two minor injuries, sprained ankles off
        the slide. Everyone did exactly what we train for.
    """)),
    ("aviation", "near_miss", block("""
        Headset, {{Stand 12}}, 05:48
        FLIGHT DECK: 'ground, flight deck, brakes released, cleared to push?'
        [[name:tariq]]: 'hold hold hold - stop'
        FLIGHT DECK: 'holding'

        Pushback of [[flight_number:EZY19MB]]. A {{baggage train}} came round the back of the
        stand without stopping at the {{stand entry line}}. [[name:tariq]] was the {{wingwalker}}
        and saw it just in time. Tug driver [[name:Obi]] kept the aircraft static.
        Baggage driver said the {{marshalling}} lights were off so he thought the stand was clear.
    """)),
    ("aviation", "incident", prose("""
        Morning checks [[date:5/1/25]]: {{Major 3}} wouldn't start, batteries flat at -6°C. With three vehicles
        instead of four we dropped from {{RFFS Category 7}} to Cat 6 and a {{NOTAM}} went out at 07:12.
        [[flight_number:SKR881]] (Cat 7 aircraft) had to hold for 15 minutes while we got the {{reserve
        vehicle}} crewed. The {{battery conditioner}} had been unplugged by contractors. {{Station Manager}}
        [[name:Pritchard]] has asked for a daily check of the chargers; contact
        [[email:wm.blue@haddonmoor-airport.example.co.uk]] for the new checklist.
    """)),
    ("aviation", "success", prose("""
        night {{runway inspection}} [[date:22/11]]: [[name:Ade]] and [[name:Rhys]] found 7
        {{centreline lights}} out in a row near the 09 threshold. {{AGL}} monitoring wasn't showing it
        because the fault was on a circuit the system reads as healthy. {{ATC}} applied the reduced
        {{RVR}} procedures, engineers fixed it by 03:00. Low vis was forecast that morning so it mattered.
        props to both of them for driving it slow and actually looking.
    """)),
    ("aviation", "incident", prose("""
        Mrs [[name:Dorothy Kane]] ([[age:81]]) fell on the bottom three steps of the {{airstair}} getting off
        [[flight_number:LOG42P]] at {{Stand 6}} on [[date:19 Feb]]. {{PRM}} assistance had been booked but
        the {{ambulift}} was still with another flight and she didn't want to wait. Cut to her shin and a
        sore wrist. {{RFFS}} gave {{first aid}} and she went to hospital by {{ambulance}}. Her grandson [[name:Theo]]
        was travelling with her and his number ([[phone:+44 7700 900551]]) is on the {{PRM}} booking but nobody
        rang ahead. Learning: if the ambulift is delayed the crew must be told so pax stay seated.
    """)),
    ("aviation", "near_miss", block("""
        'Ground, {{Follow-me 1}}, request proceed via Alpha to stand 3'
        ...silence...
        'Follow-me 1, Tower, you are on my frequency, contact Ground 121.7'

        I'd left the set on {{Tower}} after the {{runway inspection}} and nearly called a {{crossing}} on the
        wrong frequency. {{Tower}} picked it up straight away. Driver: [[name:Bronwen]] (me).
        Learning: after any runway job, check the set before moving. We've asked for a coloured
        tag on the {{Ground}} preset. Ref [[case_reference:ASR-24-118]].
    """)),
    ("aviation", "success", prose("""
        grass fire on the perimeter near the {{ILS}} {{glidepath antenna}} on [[date:30 July]]. our crews
        had it knocked down in 20 mins and [[organisation:Calderbrook Fire and Rescue Service]] came through
        the {{crash gate}} to help with the smouldering hedgerow outside the fence. the joint exercise we
        did in spring paid off: they knew the RVPs, knew our radio channel, and {{Station Manager}}
        [[name:Ngozi Adebayo]] and our watch manager [[name:Kwabena]] agreed the split straight away. no
        impact on flights apart from a short {{ILS}} check. great work all.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind96", REPORTS))


if __name__ == "__main__":
    main()
