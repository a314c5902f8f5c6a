"""Held-out blind corpus 168: just-culture incident, near-miss and learning reports.

Settings: a care leavers' supported accommodation provider and its night staff (social_care);
a renal dialysis unit, its satellite unit and the transplant coordinators (health); a flying
club's microlights and the farm strip they fly from (aviation).
Written blind, the way UK staff type: rushed lower-case night notes, incident forms with field
labels, chronologies, e-mails with signatures, Teams/WhatsApp exports, handover tables, minutes
with attendance lists, debriefs, shout-outs and thank-you notes, tech log entries and radio
transcripts. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind168.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        night log 0340 - [[name:kayden]] (rm 4) back in by taxi v drunk, couldnt stand, been sick
        on the stairs. me and [[name:marek]] got him in the {{recovery position}} in the lounge. he
        said hed had "a couple of pills" as well but wouldnt say what. rang {{111}} at 0352, they
        sent an {{ambulance}}, crew here 0441, obs ok ish, didnt convey. stayed with him til 6 doing
        15 min checks. {{on call manager}} ([[name:claire d]]) told at 0400. learning - we dont have
        {{naloxone}} on site and i honestly wasnt sure if we shoud. also the taxi was paid on his
        {{PA}}s account?? need to check with [[organisation:calderbrook leaving care]] how thats
        happened. taxi reg was [[vehicle_registration:YE21 KDU]] if anyone needs it. [[name:gaz]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT – [[organisation:Harbour Lane Supported Living]]
        Incident no: [[case_reference:HLSL-IR-2025-041]]
        Date of incident: [[date:Sat 8 March 2025]]
        Service: [[organisation:Wrenfield House]], [[address:14 Wrenfield Road, Calderbrook]] [[postcode:HX7 4DN]]
        Young person: [[name:Tia-Louise Hargreaves]]   DOB: [[date_of_birth:02/09/2007]]   Age: [[age:17]]
        Category: {{Missing from placement}}
        Staff on duty: [[name:Ngozi Eze]] ({{night support worker}}), [[name:Dean Ashworth]] ({{waking night}})
        What happened: [[name:Tia-Louise]] did not return by the agreed time of 23:00. Texts to her
        mobile [[phone:07700 900318]] unanswered. Followed the {{missing protocol}}: checked usual
        places, rang a friend's {{mum}}, reported to {{police}} at 00:15, log [[case_reference:WYP-0308-0042]].
        {{EDT}} informed. Returned 05:10 with police, unharmed, said she had been at a party.
        Immediate action: {{welfare check}}, food, bed. {{Return home interview}} requested.
        Learning: the photo on her {{Philomena Protocol}} form was over a year old and police asked
        for a recent one. Photos to be refreshed every 3 months at {{key work}}.
        Reported by: [[name:N. Eze]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Femi Adeyemi]] 🙌 When the power went during the storm on {{Thursday}}
        night, [[organisation:Maple Court]] was in the dark from about 01:10. [[name:Femi]] went
        flat to flat with a head torch, checked on [[name:Amani]] first because her {{seizure alarm}}
        runs off the mains, and sat with her in the {{office}} until {{Northern Powergrid}} got it back
        on. He rang the {{on-call manager}} ([[name:Ravi]]), logged everything on {{Log My Care}} as he
        went, and put the {{battery lanterns}} out on each landing so nobody was relying on the
        {{emergency lighting}} alone. [[name:Amani]] told her {{Personal Advisor}} the next day it was
        the first night since she arrived that she felt properly looked after. That is what good
        looks like. Thank you [[name:Femi]] – and thanks to [[name:Shaz]] for coming in early to cover.
        – [[name:Claire]], {{Registered Manager}}
    """)),
    ("social_care", "near_miss", block("""
        Near miss – fire panel fault, [[organisation:Wrenfield House]]
        Night of [[date:17/02/2025]] – compiled by [[name:Rhiannon Price]] ({{night senior}})

        23:40  {{fire alarm panel}} shows "zone 3 fault". No alarm sounding.
        23:45  [[name:RP]] checks zone 3 (top corridor). Detector head in flat 6 has a sock over it.
        23:52  Flat 6 resident [[name:Reece Attwal]] ([[age:18]]) says he covered it because it "keeps going off when I cook".
        00:05  Sock removed, panel reset, fault clears. [[name:Reece]] advised and agreed not to do it again.
        00:20  Rang {{on-call}} – [[name:Ravi Mistry]]. Agreed to log as near miss.
        07:30  Handed over to day team. {{Fire risk assessment}} flagged for review.

        Learning: the panel showed a fault, not a fire, and the {{waking night}} investigated rather
        than silencing it. But if [[name:Reece]] had been cooking at 3am with the head covered there
        would have been no warning on that floor. Ask the landlord ([[organisation:Pennine Vale Homes]])
        about a {{heat detector}} for the kitchenettes instead of a {{smoke detector}}. Detector heads
        added to the {{night walk-round}} checklist.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Deb Fairclough]] <[[email:d.fairclough@harbourlane.org.uk]]>
        To: On-call <[[email:oncall@harbourlane.org.uk]]>
        Sent: [[date:24 March 2025]] 06:58
        Subject: med error last night – [[name:Kacper]] rm 2

        Hi [[name:Ravi]],

        Quick one before I go home. At 22:00 meds I went to give [[name:Kacper Nowicki]] his
        {{sertraline}} 50mg off the {{MAR}} and saw the {{blister pack}} slot was already popped. He
        couldn't remember if [[name:Joy]] had done it on the late, and I'd already put one in his hand
        so he may have had two.

        Rang {{111}} at 22:20, they said one extra dose at that strength is unlikely to harm, watch
        for {{serotonin syndrome}} signs. Did 2-hourly checks, slept fine, nothing of note.

        I think the late shift sometimes do meds early at 21:30 and sign at the end of shift. Not
        blaming [[name:Joy]], I've done the same. Can we make signing straight away a rule?

        Cheers,
        [[name:Deb]]
        {{Night Support Worker}} | [[organisation:Harbour Lane Supported Living]]
        [[phone:01422 555871]]
    """)),
    ("social_care", "success", block("""
        [[[date:14/04/2025]], 09:12] [[name:Imran Hussain]]: morning all!! 🎉 [[name:Dawit]] got the keys to his flat this morning 🔑
        [[[date:14/04/2025]], 09:13] [[name:Sunita]]: NO WAY 😭 so proud of him
        [[[date:14/04/2025]], 09:15] [[name:Imran Hussain]]: [[address:Flat 2, 41 Cobden Street]], [[postcode:HX1 3RW]]. 5 min from college. {{Staying Close}} worker doing first week check ins
        [[[date:14/04/2025]], 09:16] [[name:Gaz]]: the amount of nights he sat in the kitchen doing his {{Universal Credit}} journal with me lol
        [[[date:14/04/2025]], 09:18] [[name:Imran Hussain]]: honestly this is the team. {{pathway plan}} said independence by [[age:19]] and hes done it at [[age:18]]. {{UASC}} lad, no family here, {{Home Office}} letters every other month and still
        [[[date:14/04/2025]], 09:20] [[name:Sunita]]: leaving tea {{Friday}}??
        [[[date:14/04/2025]], 09:21] [[name:Gaz]]: ill bring a cake. [[name:Tess]] do u still have that banner from [[name:Mercy]]s
        [[[date:14/04/2025]], 09:24] [[name:Tess]]: yep in the {{office}} cupboard 👍
    """)),
    ("social_care", "near_miss", block("""
        NIGHT HANDOVER – [[organisation:Maple Court]] – [[date:Wed 5 Feb]]
        On: [[name:Tomasz Lis]] / [[name:Joy Mensah]]

        | Flat | YP | Notes |
        |---|---|---|
        | 1 | [[name:Brooklyn Fenwick]] | in by 22:10, fine |
        | 2 | [[name:Mercy Asante]] | college tmrw 9am, wants wake-up knock |
        | 3 | [[name:Zain Akhtar]] | {{curfew}} 23:00, back 22:55 |
        | 4 | {{void}} | |

        NEAR MISS: post from the {{DWP}} for [[name:Mercy]] was put under the flat 3 door by {{day staff}}.
        [[name:Zain]] handed it in unopened at 23:00, "this isn't mine". Front of the letter showed
        her full name and NI no [[ni_number:JT 48 27 91 C]]. Would have been a {{data breach}} if opened.
        Action: all post to the {{office tray}}, {{YP}} collect and sign. Told [[name:Bernie]] on days.
        Logged for the {{IG lead}}.
    """)),
    ("social_care", "incident", block("""
        LEARNING REVIEW – assault on a resident by a visitor
        Date: [[date:3 April 2025]]   Venue: Teams
        Present: [[name:Claire Dunmore]] ({{Registered Manager}}, chair), [[name:Ravi Mistry]] (Deputy),
        [[name:Lyndon Grant]] ({{night support worker}}), [[name:Kerry Whitlock]] ({{Personal Advisor}},
        [[organisation:Calderbrook Leaving Care Team]]), [[name:Siobhán Ní Bhriain]] ({{safeguarding lead}})
        Apologies: [[name:Parveen Kaur]]

        1. Summary. On [[date:28/03]] at 01:30 a visitor signed in by [[name:Shannon O'Rourke]] ([[age:19]])
        assaulted her in her flat. [[name:Lyndon]] heard shouting, rang {{999}} and stayed on the landing
        rather than going in alone, as per the {{lone working policy}}. Police attended, visitor
        arrested. [[name:Shannon]] treated at A&E for facial bruising.
        2. Discussion. The {{visitors policy}} lets residents sign guests in until midnight, but night
        staff have no sight of {{MARAC}} information held by the {{PA}}. [[name:KW]] confirmed
        [[name:Shannon]] had been heard at MARAC in {{January}}.
        3. Actions. [[name:Kerry]] to share current risk flags with the house manager; one-line alert
        on {{Log My Care}} for nights; {{DASH}} training for all night staff by June.
        4. No individual blame identified. [[name:Lyndon]] thanked for a calm, safe response.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. [[name:Abdirahman Warsame]] ([[age:20]]) had his {{asylum}}
        substantive interview with the {{Home Office}} at 9am on a {{Tuesday}}, four hours away by
        train, and he was terrified of missing it. Our night worker [[name:Parveen Kaur]] noticed at
        the 23:00 check that he hadn't packed, had no printed tickets and his phone was on 4%. She
        sat with him, charged the phone in the office, printed the {{appointment letter}} with his
        Home Office ref [[case_reference:W2218457]], booked the {{interpreter}} confirmation call for
        06:00 and set three alarms. She also rang his {{Personal Advisor}} [[name:Bernadette Okoro]]
        first thing so the {{travel warrant}} was sorted before the 06:42 train. He made it with an
        hour to spare. [[name:Abdi]] said afterwards "[[name:Parveen]] was like my auntie that night".
        Small things, done at 11pm, that changed the day. Sharing so other night teams can copy the
        "night before" checklist she has now written up.
    """)),
    ("social_care", "incident", block("""
        [[name:Marek Wiśniewski]]  02:14
        hi is anyone {{on call}} awake? man outside banging the front door asking for [[name:Lacey]]
        [[name:Marek Wiśniewski]]  02:15
        she says its her ex. she has a {{non-molestation order}}. silver corsa outside [[vehicle_registration:BD68 XRA]]
        [[name:Ravi Mistry]]  02:16
        Do NOT open the door. Ring {{999}} now and stay on the line. Is [[name:Lacey]] with you?
        [[name:Marek Wiśniewski]]  02:16
        yes shes in the {{office}} with me, door locked
        [[name:Ravi Mistry]]  02:17
        Good. Tell them about the order. I'm on my way, 20 mins.
        [[name:Marek Wiśniewski]]  02:31
        {{police}} here, hes driven off, they have the reg. ref [[case_reference:WYP-1402-0117]]
        [[name:Marek Wiśniewski]]  02:58
        [[name:Lacey]] ok, rang her sister [[name:Danielle]] on [[phone:07700 900 562]], shes staying in {{the lounge}} tonight

        Added by [[name:RM]] next day: the {{door entry camera}} has been broken three weeks so [[name:Marek]]
        couldn't see who was there. Repair chased with the {{landlord}}, [[organisation:Pennine Vale Homes]].
    """)),
    ("social_care", "near_miss", prose("""
        nearly a bad one tonight. 0215 walk round, smell of gas on the 1st floor {{landing}}. flat 5
        ([[name:brooklyn]]) {{hob}} knob turned on but not lit, she was asleep. opened windows, didnt
        touch any switches, got her out to the {{car park}}, rang the {{national gas emergency}} number.
        {{engineer}} came 0320, capped it off, said the {{flame failure device}} on that hob is knackered
        and it should never have let gas through. [[name:brooklyn]] said she turned it on to do noodles
        then fell asleep on the sofa. no one hurt. we only caught it because the {{walk round}} was
        on time - [[name:jas]] was on her own and still did it. can we get {{gas interlocks}} or swap to
        electric? also the {{CO alarm}} didnt go off (it wouldnt for unburnt gas, engineer said). [[name:lyn]]
    """)),
    ("social_care", "success", block("""
        DEBRIEF – night of [[date:9 May]] – [[organisation:Wrenfield House]]
        Facilitator: [[name:Siobhán]]   Staff: [[name:Callum McBride]], [[name:Sunita Rao]]

        What happened
        • 00:30 [[name:Ellie-Mae Cunningham]] ([[age:17]]) disclosed she had cut her arm and "wanted to go further".
        • [[name:Callum]] stayed with her, [[name:Sunita]] fetched the {{first aid kit}} and rang {{CAMHS crisis}}.
        • Wound needed steri-strips, so they took her to [[organisation:Calderbrook Royal Infirmary]] {{A&E}}.
        • Triage asked for her NHS no. – [[name:Callum]] had it from the {{placement plan}}: [[nhs_number:987 272 6973]].

        What went well
        • Calm, no judgement. [[name:Ellie-Mae]] said [[name:Callum]] "didn't make it weird".
        • Her {{safety plan}} was in the office and they used it.
        • {{Social worker}} and {{EDT}} updated before 02:00.

        Even better if
        • A&E wait was 5 hours; only one staff could go. On-call came in to cover.

    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING CONCERN – {{Child Exploitation}}
        Ref: [[case_reference:HLSL-SG-0112]]   Reported: [[date:19/01/2025]]
        YP: [[name:Tyrese Campbell]], DOB [[date_of_birth:11/06/2007]], [[organisation:Maple Court]] flat 3
        Reporter: [[name:Dean Ashworth]], {{waking night}}

        Concern: Over four nights [[name:Tyrese]] has been collected at the back gate between 23:00
        and 00:30 by a black Audi, reg [[vehicle_registration:YK19 FHD]], two older males. He now has a
        second phone; it rings constantly. Staff saw the number [[phone:07456 238190]] on screen.
        Returned last night with £300 cash and a cut to his hand he wouldn't explain.

        Action taken: {{MASH}} referral 01:10, ref [[case_reference:MASH-25-00873]]. {{Police}}
        {{intelligence submission}}. Social worker [[name:Ade Bankole]] informed. {{NRM}} discussed,
        to go to {{strategy meeting}}. {{Contextual safeguarding}} mapping requested for the back lane.

        Learning: the back gate code had been the same for two years. Changed today.
    """)),
    ("social_care", "success", block("""
        From: [[name:Kerry Whitlock]] <[[email:kerry.whitlock@calderbrook.gov.uk]]>
        To: [[email:nights@harbourlane.org.uk]]
        Subject: thank you from [[name:Precious]] (and me)

        Hello {{night team}},

        [[name:Precious Ndlovu]] moved on to her own {{tenancy}} yesterday and asked me to pass this on: "tell
        [[name:Ngozi]] and [[name:Big Dean]] I'm still going to ring them when I can't sleep."

        When she came to you at [[age:17]] she was sleeping in the day and awake all night, and the
        {{Staying Put}} option had fallen through. You turned the nights into the time she did her
        {{college work}}, her {{PIP}} form and her cooking. Her {{pathway plan}} review last month was the
        first one she chaired herself.

        Thank you for everything you don't get told about.

        [[name:Kerry]]
        {{Personal Advisor}} | [[organisation:Calderbrook Leaving Care Team]]
        [[phone:01422 393 604]] | mob [[phone:07700 900 771]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY – overdose, [[name:Liliana Dragomir]] ([[age:18]]), NHS [[nhs_number:811 536 7001]]

        [[date:22/06/2025]]
        21:45  [[name:Liliana]] tells [[name:Joy Mensah]] she has "taken all the paracetamol", around 16 tablets at 19:00.
        21:47  {{999}} called. [[name:Joy]] stays with her, keeps packaging for crew.
        22:05  {{Paramedics}} arrive; conveyed to [[organisation:Calderbrook Royal Infirmary]].
        22:10  {{On-call}} ([[name:Claire Dunmore]]) informed.
        23:30  Hospital: {{acetylcysteine}} infusion started, bloods at 4 hours.
        [[date:23/06/2025]]
        01:00  {{Liaison psychiatry}} to see in the morning.
        02:15  [[name:Joy]] rings [[name:Liliana]]'s {{mum}} in Romania on [[phone:+40 722 418 305]] at [[name:Liliana]]'s request.

        Learning
        - The packs were bought over two days from two shops; staff cannot stop this, but she had told
          her PA she was "not coping" on {{Monday}} and nights were not told.
        - Handover sheet to carry a "current worries" line from days and PAs.
        - [[name:Joy]]'s decision to bring the packaging saved time in {{ED}}.
    """)),
    ("social_care", "near_miss", block("""
        [02:07] [[name:tomasz]]: {{front door}} was WEDGED open with a trainer when i did {{the 2am round}} 😳
        [02:07] [[name:tomasz]]: and the {{key safe}} code is on a post it next to it
        [02:09] [[name:shaz]]: omg. anyone in who shouldnt be?
        [02:11] [[name:tomasz]]: walked all floors, {{CCTV}} shows [[name:zain]] and a mate at 00:40 propping it so mate could get back in from the shop
        [02:12] [[name:tomasz]]: mate left 01:30. nothing missing
        [02:14] [[name:shaz]]: ok. change the code in the morning, ill tell [[name:ravi]]
        [02:15] [[name:tomasz]]: the {{door alarm}} didnt go off either. its supposed to after 2 min
        [02:16] [[name:shaz]]: log it as {{near miss}} on {{Log My Care}} pls and photo the post it then bin it
        [02:20] [[name:tomasz]]: done. chat to [[name:zain]] tmrw not tonight, hes asleep
    """)),
    ("social_care", "success", prose("""
        Learning report – getting money right at 18. [[name:Hope Walcott]] turned [[age:18]] in
        {{October}} and her {{Universal Credit}} claim stalled for six weeks because the {{DWP}} had no
        NI number for her – the letter had gone to a previous {{foster carer}}. Our night worker
        [[name:Shazia Begum]] noticed [[name:Hope]] was skipping meals and living on {{food bank}}
        parcels, and rather than just logging it she spent two quiet night shifts with her going
        through every bit of post she had kept. They found the number, [[ni_number:PX 731904 A]], on
        an old college enrolment form, rang the {{UC helpline}} together at 8am and got an
        {{advance payment}} the same afternoon. [[name:Shaz]] also spotted that [[name:Hope]] had never
        had her {{Setting Up Home Allowance}} from [[organisation:Calderbrook Leaving Care Team]]; her PA
        [[name:Imran]] chased it and it was paid within the week. Learning: the NI number should be on the
        {{pathway plan}} checklist at 16, not discovered at 18. Nights are when young people open the post.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        INCIDENT FORM (Datix)   Ref: [[case_reference:W/118342]]
        Date/time: [[date:11/03/2025]] 08:10–12:15
        Location: [[organisation:Ashcombe Renal Unit]], bay B, chair 9
        Patient: [[name:Gerald Pemberton]]   NHS no: [[nhs_number:677 247 2292]]   DOB: [[date_of_birth:14.02.1951]]
        Category: {{Delay in acting on result}}   Harm: moderate

        Description: Pre-dialysis bloods sent 08:10. {{Potassium}} 7.1 mmol/L phoned through by
        the lab at 09:02; message taken by the receptionist and written on the whiteboard. Not
        seen by nursing staff until 11:40 when Mr [[name:Pemberton]] said he had palpitations. {{ECG}}
        showed peaked T waves. {{Calcium gluconate}} and {{insulin-dextrose}} given, reviewed by
        {{renal registrar}} Dr [[name:Anand Krishnan]]. Potassium 5.2 at end of session. Admitted to
        [[organisation:Kestrel Ward]] overnight on a cardiac monitor, home next day.

        Contributing factors: critical results can be phoned to any extension; no read-back; the
        whiteboard is not part of the {{safety huddle}}.
        Actions: lab to phone critical results to the {{nurse in charge}} bleep only, with read-back;
        {{ICE}} pop-up alert switched on for renal.
        Reporter: [[name:Ama Owusu]], {{unit manager}}
    """)),
    ("health", "near_miss", prose("""
        2 x [[name:clarke]]s on the twilight again, chairs 7 and 8. i drew up the {{heparin}} bolus
        for chair 7 ([[name:desmond clarke]]) and nearly connected it to chair 8 ([[name:delroy clarke]])
        who is {{heparin-free}} because of his {{GI bleed}} last month. only caught it because
        [[name:kirsty]] did the {{two-person check}} at the chair and read the wristband back -
        [[nhs_number:369 584 4531]] didnt match the {{dialysis prescription}}. no harm. this is the 3rd
        time theyve been sat next to each other. can we flag {{same surname}} on the {{booking system}}
        and never put them together. also the {{machine}} screen only shows surname + chair no till you
        click in which doesnt help. sorry its rushed, end of a 12.5hr. [[name:jen t]] band 5
    """)),
    ("health", "success", prose("""
        Massive shout-out to [[name:Hollie Pryce]] and [[name:Samir]] from the {{transplant coordinators}}
        💐 A kidney offer came through the {{ODT Hub}} at 02:10 on {{Sunday}} for [[name:Hyacinth Morrison]],
        who has been on the list six years and dialyses at [[organisation:Fernhill Satellite Unit]] three
        times a week. [[name:Hyacinth]]'s landline was engaged (phone off the hook!) so [[name:Hollie]]
        rang her daughter [[name:Marcia]] on [[phone:07700 900245]], who drove round and woke her. The
        {{virtual crossmatch}} was negative, potassium 4.8 so no {{pre-op dialysis}}, and she was in
        theatre by 10:40 with a {{cold ischaemic time}} under 14 hours. Kidney working on day 2, no
        {{delayed graft function}}. [[name:Samir]] also stayed past his shift to brief the
        {{recipient surgeon}}. Proper teamwork. – [[name:Anand]], {{consultant nephrologist}}
    """)),
    ("health", "incident", block("""
        Timeline – venous needle dislodgement, [[organisation:Fernhill Satellite Unit]], [[date:Thurs 6 Feb 2025]]
        Patient: [[name:Stanislav Kowal]], [[age:58]], {{AV fistula}} left forearm

        13:05  On. {{Needling}} uneventful, lines taped and visible.
        13:40  Patient cold, asks for a blanket; HCA covers him to the shoulders.
        14:25  Patient dozing. Arm and lines now under the blanket.
        14:52  [[name:Gift Moyo]] (staff nurse) sees blood on the floor under the chair. Venous needle out. The {{machine}} had not alarmed: {{venous pressure}} stayed inside the alarm window.
        14:53  Blood pump stopped, pressure to site, help called. Estimated loss 300–400 mL.
        15:10  BP 88/50. Nurse in charge [[name:Lee Chan]] informs the {{renal registrar}} at [[organisation:Ashcombe Renal Unit]].
        15:40  {{999}} transfer for {{transfusion}}. Two units given. Home next day.

        Learning
        - Access stays visible: warm the patient, not over the arm (blanket below the elbow, {{heated pad}}).
        - Venous pressure alarms do NOT reliably detect dislodgement. Trial of {{wetness sensor}} clips.
        - [[name:Gift]] acted fast and well. No individual blame.
    """)),
    ("health", "incident", block("""
        From: [[name:Bex Townsend]] <[[email:rebecca.townsend4@nhs.net]]>
        To: [[email:ashcombe.renalunit@nhs.net]]
        Cc: [[name:Joe Kinsella]]
        Date: [[date:2 June 2025]] 07:31
        Subject: RE: missed offer – [[name:Hamza Latif]]

        Morning all,

        As discussed at handover. Kidney offer overnight for [[name:Hamza Latif]] (NHS [[nhs_number:353 012 7949]]).
        The landline on his {{transplant list}} registration was [[phone:0161 496 0732]], the flat he left
        last year. Mobile on our system, [[phone:07700 900903]], went to voicemail three times in 50
        minutes. Under the {{offering scheme}} we had to move to the next patient.

        His new mobile [[phone:+44 7700 900119]] IS on the dialysis unit's record – updated by reception
        in {{March}} – but nobody told us. Two systems, nobody owns the sync.

        [[name:Hamza]] is understandably devastated. Dr [[name:McAllister]] has seen him today.

        Asks: contact details checked at every {{transplant assessment}} review and at {{quarterly bloods}};
        one change-of-details form that comes to us automatically.

        [[name:Bex]]
        {{Recipient Transplant Coordinator}}
        [[organisation:Northern Lakes Transplant Centre]]
    """)),
    ("health", "success", block("""
        [[name:Temi]] ([[organisation:Fernhill]])  10:02
        holiday dialysis all confirmed for [[name:Kwame Osei]] 🎉 3x a week at the unit in Accra, [[date:12 July]] to [[date:9 August]]
        [[name:Wojtek]]  10:04
        amazing, he's been asking since christmas. did the {{hep B}} and {{MRSA screen}} come back in time?
        [[name:Temi]] ([[organisation:Fernhill]])  10:05
        yes [[name:Lee]] chased the lab. {{HIV}} and {{hep C}} negative, {{surface antigen}} negative
        [[name:Temi]] ([[organisation:Fernhill]])  10:07
        he flies [[flight_number:BA 0081]] on the 12th. I've sent the Accra unit his last 3 {{run sheets}}, {{dry weight}}, {{EPO}} dose and NHS no [[nhs_number:379 766 7981]] for the letter
        [[name:Wojtek]]  10:08
        did u tell him no bananas on the plane 😂
        [[name:Temi]] ([[organisation:Fernhill]])  10:10
        lol yes. honestly the learning is start the screens 8 weeks out not 4, we nearly missed it. he hasn't seen his {{mum}} in 5 years
    """)),
    ("health", "near_miss", block("""
        TWILIGHT HANDOVER – [[organisation:Ashcombe Renal Unit]] bay C – [[date:18/04/2025]]
        NIC: [[name:Carys Lloyd-Evans]]

        | Chair | Patient | NHS no. | Access | Notes |
        |---|---|---|---|---|
        | 1 | [[name:Eunice Boateng]] | [[nhs_number:659 123 0491]] | {{AVF}} | dry wt 62.0 |
        | 2 | [[name:Mei Ling Chow]] | [[nhs_number:579 944 2679]] | {{tunnelled line}} | {{citrate lock}} |
        | 3 | [[name:Bridie Mulholland]] | [[nhs_number:339 651 7326]] | {{AVF}} | {{HIT}} – NO HEPARIN |
        | 4 | [[name:Ivy Marsh]] | [[nhs_number:917 558 8838]] | {{AVG}} | BP low last 2 sessions |

        Near miss: chair 3's machine had the standard {{heparin}} syringe loaded by the early team. The
        HIT alert is on the {{renal system}} but not on the {{prescription sheet}} printed for the chair.
        [[name:Carys]] spotted it at the pre-connection check. Syringe removed, nothing given.
        Action: printed prescription to carry alerts; {{heparin-free}} patients get a red chair tag.
    """)),
    ("health", "incident", block("""
        Renal governance – learning from incidents
        [[date:15 May 2025]], seminar room 2, [[organisation:Ashcombe General]]
        Present: Dr [[name:Fiona McAllister]] ({{clinical director}}, chair), [[name:Ama Owusu]] ({{unit manager}}),
        [[name:Lee Chan]] ({{senior dialysis technician}}), [[name:Deepa Raman]] ({{vascular access nurse}}),
        [[name:Chris Fenton]] ([[organisation:Ridings Patient Transport]])
        Apologies: [[name:Hollie Pryce]]

        Item 1 – [[case_reference:W/119007]] fistula infiltration
        [[name:Desmond Okafor]] arrived 50 min late when the transport vehicle [[vehicle_registration:WU72 PTK]]
        broke down. To catch up, a newly qualified nurse needled him in a rush while the {{NIC}} was on the
        phone. {{Infiltration}}, large {{haematoma}}, fistula rested for three weeks and a {{temporary line}}
        was needed.
        Discussion: nobody asked the nurse to rush, but the board showed the slot as "late". [[name:Deepa]]
        noted his fistula is on the {{difficult access}} list and should have had a senior needler.
        Actions: {{MAGIC}} cannulation competencies refreshed; late arrivals never compress the
        cannulation step; transport to ring ahead when delayed ([[name:CF]]).
    """)),
    ("health", "success", prose("""
        [[name:Olive Spencer]], [[age:79]], dialyses through a {{tunnelled line}} on the twilight shift at
        [[organisation:Fernhill Satellite Unit]]. On [[date:27 January]] our HCA [[name:Rashida Mahmood]]
        was doing her {{obs}} before connection and noticed she was quieter than usual and kept calling
        her "love" – [[name:Olive]] always calls [[name:Rashida]] "duck". Temperature 37.6, not enough on
        its own to trigger anything. [[name:Rashida]] asked the nurse to have another look rather than
        connect. Within 20 minutes [[name:Olive]] had rigors. {{Sepsis Six}} started, {{blood cultures}}
        from the line and peripherally, {{vancomycin}} per protocol, and she was transferred to
        [[organisation:Ashcombe General]]. Cultures grew {{Staph aureus}}; the line came out and she has
        made a full recovery. If we had connected and flushed the line, we would likely have given her
        a shower of bacteria. Knowing your patient is a safety system. Thank you [[name:Rashida]].
    """)),
    ("health", "incident", block("""
        HOT DEBRIEF – fall from transport vehicle
        [[date:Tue 3 June]], 07:20, [[organisation:Fernhill Satellite Unit]] car park
        Present: [[name:Gift Moyo]] (NIC), [[name:Wojtek Zielinski]] (HCA), driver [[name:Chris]] ([[organisation:Ridings Patient Transport]])

        What happened: [[name:Patrick D'Souza]] ([[age:84]]) stepped off the {{tail lift}} of
        [[vehicle_registration:YH70 GZN]] before it was level with the ground and fell forward, hitting his
        head. He is on {{apixaban}}. [[name:Wojtek]] stayed with him, didn't move him; [[name:Gift]] did a
        {{head injury}} assessment and called {{999}}. Conveyed for {{CT head}} – no bleed, home same day.
        Why: the driver was single-crewed and went to fetch the wheelchair from the back. [[name:Patrick]]
        is independent and "didn't want to be a bother".
        What we'll change: staff meet every arrival at the lift; single-crewed vehicles to radio ahead;
        {{falls risk}} flag on the transport booking. [[name:Chris]] agreed to raise with his manager.
    """)),
    ("health", "near_miss", prose("""
        On-call note, [[name:Samir Haddad]], {{recipient coordinator}}, [[date:30/08/2025]] 04:15. Kidney
        arrived by {{courier}} from the {{donor hospital}} for [[name:Delphine Mbala]] (NHS
        [[nhs_number:471 870 0817]]). Box label showed donor ID [[case_reference:DN 513884]]; the
        {{HTA-A}} form inside showed donor ID [[case_reference:DN 513848]] – two digits swapped. Blood
        group on both was {{O}} and the recipient is A, so compatible either way, but we could not be sure
        the paperwork belonged to this kidney. Rang the {{ODT Hub}} duty office: box label correct, form
        mistyped by the {{SNOD}}. Corrected form emailed before {{knife to skin}}; theatre delayed 40 min.
        Learning: check the box against the {{electronic offer}}, not just against the paper in the box.
        Reported to {{NHSBT}} as a near miss. Thanks to {{theatre coordinator}} [[name:Aoife]] for waiting.
    """)),
    ("health", "success", block("""
        To {{Sister}} [[name:Ama]] and everyone at [[organisation:Fernhill Satellite Unit]],

        {{Dad}} ([[name:Frank Rose]]) dialysed with you for four years, three mornings a week, and he
        died peacefully at home in {{September}} with us all around him.

        We wanted you to know how much you mattered. [[name:Frank]] loved [[name:Wojtek]]'s terrible jokes,
        and [[name:Temi]] always remembered his tea, two sugars, in his own mug. When he decided to stop
        {{dialysis}} you made it feel like his choice, not a failure, and the {{supportive care}} nurse
        [[name:Rhona]] came to the house the same week. The {{palliative care team}} said it was one of
        the smoothest handovers they had seen.

        Please put the biscuits in the {{staff room}}!

        Love from [[name:Linda]], [[name:Paul]] and the grandkids xx
    """)),
    ("health", "incident", prose("""
        water plant went down this am. 0540 [[name:wojtek]] got the {{conductivity}} alarm on the
        {{RO}} ring main (38 µS), {{chlorine}} test after the {{carbon tank}} ok. shut it down, rang
        {{renal technical services}} on call ([[name:lee]]) who came in 0630. first shift (12 pts) all
        moved - 6 to twilight at [[organisation:ashcombe]], 4 to tomorrow, 2 high risk (K+ and fluid)
        taken by [[organisation:kestrel ward]] for emergency sessions. membrane replaced by 1500. no pt
        dialysed on the bad water which is the main thing. learning - {{pre-treatment}} log hadnt been
        signed since weds and nobody noticed, and the {{on call}} number on the plant room door was
        [[name:lee]]s old mobile. both sorted. [[name:t.a.]] nights
    """)),
    ("health", "near_miss", block("""
        [09:14] [[name:Anjali]] (renal pharm): {{TTO}} for [[name:Nirmala Pillai]] bed 12 [[organisation:Kestrel Ward]] – {{tacrolimus}} written as {{Prograf}} 5mg bd. She's stable on {{Adoport}} 3mg bd, level yesterday 8.2
        [09:15] [[name:Dan W]] ({{FY1}}): oh no. I copied it from her old discharge letter
        [09:16] [[name:Anjali]] (renal pharm): no harm, caught before it went down. the brand switch alone can shift levels and 5mg would've put her well over range
        [09:18] [[name:Dan W]] (FY1): changed now. should I {{datix}} it?
        [09:18] [[name:Anjali]] (renal pharm): yes please, as a near miss. not about you – the {{EPR}} pulls the last discharge meds by default
        [09:20] [[name:Hollie]] (tx coord): thanks both 🙏 I'll go through brand checking with [[name:Nirmala]] before she goes, and ring her {{GP}} at [[organisation:Thornley Bridge Surgery]]
    """)),
    ("health", "success", prose("""
        Home haemodialysis – what made it work. [[name:Mohammed Iqbal Chaudhry]] (DOB
        [[date_of_birth:03/05/1968]]) was struggling with {{in-centre dialysis}} around his shifts as a taxi
        driver. Our {{home therapies}} nurse [[name:Charlie Webb]] trained him and his wife [[name:Nasreen]]
        together, with the {{NxStage}} videos subtitled in Urdu and the key steps printed in both
        languages on the fridge. [[name:Charlie]] did the {{home assessment}} at [[address:27 Lister Avenue, Ashcombe]]
        [[postcode:BD7 2LQ]] and spotted that the only socket near the bed was on an extension lead;
        the electrician was booked before the machine arrived. Training took 7 weeks, not 12.
        [[name:Nasreen]] now does the {{buttonhole cannulation}}. Six months on, no missed sessions,
        {{phosphate}} in range for the first time in two years. Learning: teach the {{carer}} too, in their
        language, and do the home visit early.
    """)),
    ("health", "incident", block("""
        Patient Safety Incident   Ref: [[case_reference:W/120415]]
        Reported by: [[name:Temi Adesanya]], staff nurse, [[organisation:Fernhill Satellite Unit]]
        Patient: [[name:Seamus Quinn]]   DOB: [[date_of_birth:19/12/1947]]   NHS: [[nhs_number:778 081 3452]]
        Home: [[address:3 Orchard Mews, Thornley]] [[postcode:HD9 6QB]]   Tel: [[phone:01484 960227]]

        What happened: Transport did not arrive for his {{Saturday}} 07:00 slot. Unit rang the transport
        desk at 07:40 and 09:00; booking showed "cancelled by patient". [[name:Seamus]] had not cancelled –
        a different [[name:Quinn]] on the same road had. He missed the session and by {{Monday}} was breathless;
        admitted via {{ED}} with {{fluid overload}} and {{pulmonary oedema}}, needed {{CPAP}} and an
        emergency session on [[organisation:Kestrel Ward]].
        Contributing: the transport booking system searches by surname and street only; no NHS number check.
        No call from the unit to the patient's home when he didn't arrive.
        Actions: any no-show gets a phone call within 30 min; transport provider to match on NHS number.
    """)),
    ("health", "success", block("""
        From: [[name:Lin Zhao]] <[[email:linzhao.home@outlook.com]]>
        To: [[name:Joe Kinsella]] <[[email:joseph.kinsella@nhs.net]]>
        Subject: thank you (from both of us)

        Dear [[name:Joe]],

        Six weeks today since the {{transplant}} and my {{creatinine}} was 112 this morning. I keep looking at
        the number.

        When my brother [[name:Wei]] said he would fly from Toronto to be tested as a {{living donor}},
        I thought it would take months. You arranged his {{GFR}}, {{CT angiogram}} and the {{HTA}}
        {{Independent Assessor}} interview into the nine days he had here. He landed on
        [[flight_number:AC 848]] on [[date:3 March]] and you met him at the clinic that afternoon. When the
        first {{crossmatch}} sample clotted, you rang {{the lab}} yourself.

        [[name:Wei]] is back at work and says the scar is "very small, tell [[name:Joe]]".

        With gratitude,
        [[name:Lin]]
        [[phone:07700 900 358]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        [[organisation:Ravensmoor Flying Club]] – TECH LOG
        Aircraft: [[aircraft_registration:G-MZTR]]  {{Quik GT450}} flexwing   Base: [[address:Lower Clough Farm]]

        [[date:02/05/25]]  [[name:D. Ollerenshaw]]  1.1 hr  Nil defects. {{Daily inspection}} done.
        [[date:04/05/25]]  [[name:Smudge]]  0.4 hr  Landed rwy 27, long wet grass at the threshold end. {{Nosewheel}} dug in on the rollout, {{nose leg}} bent, {{prop}} tips touched. AIRCRAFT {{U/S}}.
        [[date:04/05/25]]  [[name:A. Pritchard]] ({{CFI}})  Inspected. Prop to be replaced; {{shock loading inspection}} of the {{Rotax 912}} per manufacturer before next flight. Reported to {{BMAA}}, ref [[case_reference:BMAA-OR-25-118]].

        Note for members: the grass at the 27 end hadn't been cut for three weeks because [[name:Tom]] was
        silaging. Strip condition now goes on the {{booking board}} every morning and nobody lands on
        the first 50 m until it's mown.
    """)),
    ("aviation", "near_miss", block("""
        Transcript – from my headset recording, [[date:Sun 15 June 2025]], approx 14:20 local

        PILOT: [[organisation:Ellerby Information]], [[aircraft_registration:Golf Charlie Delta Whiskey November]], {{microlight}}, two miles south of [[address:Lower Clough]], one thousand two hundred feet, returning to the {{farm strip}}
        {{FISO}}: [[aircraft_registration:Golf Whiskey November]], [[organisation:Ellerby Information]], {{Basic Service}}, {{QNH}} one zero one niner, {{glider}} activity reported in your vicinity, no height information
        PILOT: Basic Service, one zero one niner, looking, [[aircraft_registration:Golf Whiskey November]]
        PILOT: [[aircraft_registration:Whiskey November]], glider just passed two hundred metres left, same level, right to left, didn't see him till he was by the wing
        FISO: [[aircraft_registration:Whiskey November]] roger. Do you wish to report?
        PILOT: Affirm, will file an {{Airprox}} on the ground

        Note by the pilot, [[name:Ruth Gold]]: the glider did not show on my {{electronic conspicuity}}
        device. I was heads-down looking for the strip. Lookout first, strip second. {{UKAB}} ref
        [[case_reference:2025117]].
    """)),
    ("aviation", "success", prose("""
        Big thanks to [[name:Jas Bains]] 👏 Doing the {{daily inspection}} on [[aircraft_registration:G-CKRP]]
        on {{Saturday}} morning, [[name:Jas]] drained the {{fuel tester}} and got a good inch of water
        and what looked like jelly. Kept draining, still cloudy. Grounded it, then checked the club's
        {{jerry cans}} in the container – one had a split lid and had been standing in the rain since
        [[name:Kath]]'s barbecue. Two other aircraft had been fuelled from that can the day before
        ([[aircraft_registration:G-CGEU]] and [[aircraft_registration:G-MYKA]]). Both drained and checked
        clean. That could easily have been an engine stoppage on the climb-out over the trees at the
        end of the strip. New rule: cans dated, lids checked, and container fuel goes through a
        {{water-separating funnel}}. – [[name:Alun]] ({{CFI}})
    """)),
    ("aviation", "incident", prose("""
        Engine failure after take-off – [[aircraft_registration:G-CGEU]], {{three-axis}} microlight. On
        [[date:22 March 2025]] I ([[name:Pete Haworth]], [[age:67]], {{NPPL}} holder for 14 years) departed
        [[address:Lower Clough Farm]] solo at 10:50. Temperature 8°C, dewpoint 6 – {{serious carb icing}}
        on the {{CAA}} chart. I did the {{power checks}} with {{carb heat}}, but then sat at the hold for
        about eight minutes while [[name:Mo]] cleared the strip. At 300 ft the engine ran rough and lost
        around 1000 rpm. Carb heat on, which made it worse for a few seconds as it does, then I lowered
        the nose and took the field ahead, oilseed rape, rather than turning back. Landed with damage to
        the {{main gear}}, not hurt. {{AAIB}} informed by phone; our {{safety officer}} [[name:Magda]]
        collected me. Learning for me: after a long wait at the hold, another carb heat check right
        before rolling. And the "don't turn back" training worked.
    """)),
    ("aviation", "near_miss", prose("""
        near miss on the strip sat. i was on the {{take off roll}} in [[aircraft_registration:G-CLPV]],
        maybe 40mph, and a {{quad}} came out of the gate by the {{muck heap}} and straight across in front of
        me. [[name:lewis]] ({{farmers lad}}) had ear defenders on and hadnt looked. chopped the power,
        braked hard, stopped about 30m short of him. he was really shaken too. nobodys fault really -
        the gate cant be seen from the {{hold}} and theres no sign. his dad [[name:tom]] came down in the
        land rover [[vehicle_registration:PN09 HJV]] and was sound about it. suggestions: a flag on the
        gate post like a mini {{windsock}}, a "runway in use" board, and whoever flies first rings the
        farm. also we should {{brief}} {{visiting pilots}} about the gate. [[name:ollie w]]
    """)),
    ("aviation", "success", block("""
        Debrief – [[name:Ifeoma Obi]] first solo (attempt 2), [[date:7 June 2025]]
        Instructor: [[name:Alun Pritchard]]

        Attempt 1 ([[date:31 May]]): dual circuits all good, but the {{METAR}} gave 240/14G24 and the
        {{windsock}} was swinging 40° either side. Gusts took the crosswind over the aircraft's
        {{demonstrated crosswind}}. Called it off after the dual. [[name:Ife]] was gutted but agreed.
        Attempt 2: 270/8, straight down the strip. Three dual circuits, then solo. She self-initiated a
        {{go-around}} on the first approach because she was high – exactly right – and made a tidy
        landing on the second.
        What went well: go-around called without hesitation. {{TEM}} brief covered the tree line and
        the {{sheep}}.
        Learning for instructors: delaying a first solo is a safety success, not a failure. Say so out
        loud to the student. [[name:Ife]] asked me to add that.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rob O'Neill]] <[[email:robo.flies@btinternet.com]]>
        To: Safety Officer <[[email:safety@ravensmoorfc.co.uk]]>
        Date: [[date:11 August 2025]]
        Subject: my infringement – please share

        [[name:Magda]],

        Write-up for the newsletter as promised. On [[date:9 August]] in [[aircraft_registration:G-CHRT]] I
        clipped the corner of the [[organisation:Scarrow]] {{CTR}} by about half a mile at 1800 ft.
        {{NATS}} have confirmed an {{infringement}}; an inbound, [[flight_number:EZY2714]], was given an
        avoiding turn. {{CAA}} reference [[case_reference:INF/25/03381]], and I've been offered the
        {{GASCo}} awareness course.

        Why: my {{SkyDemon}} tablet overheated in the sun and shut down, and I carried on by eye instead
        of turning away while I sorted it. My {{transponder}} was on with the {{frequency monitoring code}},
        which is why [[organisation:Scarrow Radar]] could call me straight away.

        Learning: paper chart on the knee, and if the nav fails near {{controlled airspace}}, turn away
        first, fix it second.

        [[name:Rob]]
        [[phone:07700 900684]]
    """)),
    ("aviation", "near_miss", block("""
        [[[date:18/05/2025]], 08:02] [[name:Kath Entwistle]]: {{go-around}} this morning, 4 sheep on {{the strip}} at the 09 end 🐑 didnt see them till {{short final}}
        [[[date:18/05/2025]], 08:03] [[name:Kath Entwistle]]: {{electric fence}} down by the {{water trough}}
        [[[date:18/05/2025]], 08:05] [[name:Tariq]]: glad you went round! has anyone told [[name:Tom Greenhalgh]]?
        [[[date:18/05/2025]], 08:06] [[name:Kath Entwistle]]: rang him, hes on his way with the dog
        [[[date:18/05/2025]], 08:20] [[name:Tom Greenhalgh]]: sorry all, badger had the fence down. sheep out now. ill check it every morning before 8 from now on
        [[[date:18/05/2025]], 08:22] [[name:Magda K]]: thanks [[name:Tom]]. everyone: {{low pass}} to inspect the strip before landing if nobody on the ground has checked it. adding to the {{strip briefing}}
        [[[date:18/05/2025]], 08:25] [[name:Tariq]]: 👍
    """)),
    ("aviation", "success", block("""
        [[organisation:RAVENSMOOR FLYING CLUB]] – safety meeting
        [[date:Wednesday 4 June 2025]], clubhouse (the container)
        Present: [[name:Alun Pritchard]] ({{CFI}}), [[name:Magda Kaczmarek]] ({{safety officer}}), [[name:Dave Ollerenshaw]],
        [[name:Jas Bains]], [[name:Kath Entwistle]], [[name:Tariq Mahmood]], [[name:Bryony Clegg-Hill]], [[name:Ollie Ward]]
        Apologies: [[name:Smudge]], [[name:Pete H]]

        1. Fuel. Since the jerry can change after [[name:JB]]'s find, no water in 38 {{daily inspections}}. Keep it.
        2. Strip. Gate sign and quad protocol working – [[name:Lewis]] now texts the club group before
           crossing. No further conflicts. Thanks to [[name:Tom]] and [[name:Janet Greenhalgh]].
        3. Infringements. [[name:Rob]]'s write-up circulated; four members booked onto {{GASCo}}.
        4. Open reporting. 11 reports this quarter against 3 in the same quarter last year – not more
           incidents, more honesty. [[name:AP]] thanked members.
        Next meeting: first {{Wednesday}} in {{September}}.
    """)),
    ("aviation", "incident", block("""
        Hangar incident – [[date:Sun 20 July 2025]] – {{barn hangar}}, [[address:Lower Clough Farm]]

        17:40  [[name:Bryony Clegg-Hill]] and [[name:Dave O]] push [[aircraft_registration:G-MYKA]] (flexwing) into the barn.
        17:46  [[name:Tariq Mahmood]] pulls [[aircraft_registration:G-CKRP]] in behind on the {{tow bar}}, alone, looking forward.
        17:47  [[aircraft_registration:G-CKRP]]'s {{wingtip}} hits the wing of [[aircraft_registration:G-MYKA]]. Sail torn ~15 cm, tip fairing cracked.
        17:55  Both marked {{U/S}} in the {{tech log}}. {{CFI}} informed.

        Why: low sun straight through the barn door, two aircraft moving at once, no {{wing walker}}.
        The club rule said "wing walker where practical" and everyone thought it wasn't practical
        because half the members had gone home.
        Learning: one aircraft moving at a time; a wing walker every time, no exceptions; tape marks on
        the barn floor for parking spots. [[name:Tariq]] reported it himself within the hour – thank you.
    """)),
    ("aviation", "near_miss", block("""
        CLUB OCCURRENCE FORM
        Ref: [[case_reference:RFC-OCC-2025-07]]   Date: [[date:12/04/2025]]
        Reporter: [[name:Bryony Clegg-Hill]]   Contact: [[phone:07700 900437]] / [[email:bryony.ch@gmail.com]]
        Aircraft: [[aircraft_registration:G-CJOM]] ({{Rotax 912 UL}})
        Type: {{wrong fuel grade}}   Outcome: no fuel loaded

        Narrative: I brought 2 x 20 L cans from the supermarket in my car, [[vehicle_registration:LN66 WYB]].
        The pump was {{E10}}. Club policy is {{E5}} super unleaded or {{UL91}} only because of the ethanol
        and the {{fuel lines}} on the older aircraft. I didn't notice. [[name:Ollie Ward]] was helping and
        read the receipt just as I was about to pour.
        Contributing: E10 is now the standard unleaded at most pumps and the labels are tiny; the
        grade isn't written on our cans.
        Suggested action: label every club can "E5/UL91 ONLY"; note the grade in the {{fuel log}};
        second person checks the receipt.
    """)),
    ("aviation", "success", prose("""
        Dear [[name:Harriet]] and [[name:Gwyn]], a huge thank you from everyone at
        [[organisation:Ravensmoor Flying Club]] for looking after [[name:Mo Farouk]] on {{Friday}}. When the
        cloud came down over the moor faster than forecast he made a {{precautionary landing}} in your
        {{top field}} at [[address:Hill Top Farm, Cold Edge Lane]] rather than pressing on, which is exactly
        what we teach and exactly what too many pilots don't do. You came out on the {{tractor}}, helped him
        picket [[aircraft_registration:G-CDWN]] out of the wind behind the barn, gave him tea and a bed
        for the night, and [[name:Gwyn]] drove him back to [[address:Lower Clough]] in the morning.
        [[name:Mo]] says the bacon was the best he has ever had. The {{CFI}} is using his decision as the
        example at the next {{safety evening}}. Please accept the enclosed voucher and an open invitation
        to a trial flight. With thanks, [[name:Magda Kaczmarek]], {{safety officer}}
    """)),
    ("aviation", "incident", block("""
        Extract – [[organisation:Scarrow Radar]], [[date:28/09/2025]] (from the {{NATS}} recording, supplied for the club's own review)

        15:02:11 PILOT: [[organisation:Scarrow Radar]], [[aircraft_registration:Golf X-ray Lima]], {{microlight}}, er, unsure of position, fuel low, request assistance
        15:02:20 {{ATC}}: [[aircraft_registration:Golf X-ray Lima]], {{squawk}} 0433 and {{ident}}
        15:02:41 ATC: [[aircraft_registration:Golf X-ray Lima]], identified twelve miles north-west of [[organisation:Scarrow]], {{Traffic Service}}. How many minutes of fuel?
        15:02:49 PILOT: About twenty minutes, [[aircraft_registration:X-ray Lima]]
        15:02:55 ATC: [[aircraft_registration:X-ray Lima]], fly heading 130, expect {{runway}} 24, {{straight-in}}
        15:03:30 ATC: [[flight_number:TOM2417]], turn right heading 360, traffic is a microlight routing to the field
        15:19:02 ATC: [[aircraft_registration:X-ray Lima]], landed time 19

        Pilot's note, [[name:Craig Dunleavy]] ([[aircraft_registration:G-BZXL]]): I lost track of where I was
        chasing better weather and left it too long to ask. 4 L in the tank when I shut down. Learning:
        ask early – the controllers were brilliant and nobody shouted at me.
    """)),
    ("aviation", "near_miss", block("""
        Debrief notes – visit to [[address:Cae Mawr]] farm strip, [[date:16 August 2025]]
        Pilot: [[name:Dave Ollerenshaw]], [[aircraft_registration:G-CFKB]]. Written up by [[name:Ollie W]].

        - {{PPR}} by phone to {{landowner}} [[name:Gwilym Pryce]] on [[phone:01597 822 419]] the night before; no mention of wires.
        - Approach to rwy 09: 11 kV {{power lines}} across the undershoot, about 300 m out, not on the chart or in the {{strip guide}}.
        - [[name:Dave]] saw the poles late on {{short final}}, went around at about 150 ft. Didn't see the wires themselves.
        - Second approach steeper, higher, landed long. Fine.

        Learning
        - Ask the landowner specifically: wires, trees, slopes, livestock.
        - Look for the poles, not the wires. {{Satellite view}} before any new strip.
        - Sent the {{strip guide}} publisher the details so the next pilot knows.
    """)),
    ("aviation", "success", prose("""
        On {{Sunday}} afternoon [[name:Keith Dobson]] ([[age:72]]) collapsed by the fuel container at
        [[address:Lower Clough Farm]] just after tying down his aircraft. [[name:Magda Kaczmarek]] started
        {{CPR}} within a minute, [[name:Tariq]] rang {{999}} and gave the postcode [[postcode:BB10 3QZ]] plus
        the {{what3words}} from the sign on the container, and [[name:Ollie]] fetched the {{defibrillator}}
        from the clubhouse – the one we bought after last year's fundraiser and registered on
        {{The Circuit}}. One shock, and [[name:Keith]] was breathing before the {{air ambulance}} landed on
        the strip, which [[name:Jas]] had cleared and marked with the windsock pole. [[name:Keith]] had two
        {{stents}} and is home, already asking when he can get his medical back. Learning: the location
        sign and the defib were the difference. Every member should know where both are; first aid
        refresher booked for {{October}}.
    """)),
    ("aviation", "incident", block("""
        {{BMAA}} OCCURRENCE REPORT (club copy)
        Occurrence ref: [[case_reference:BMAA/OCC/25/0291]]
        Date: [[date:30 August 2025]]   Time: 09:15 local
        Location: [[address:Lower Clough Farm]] strip, [[postcode:BB10 3QZ]]
        Aircraft: [[aircraft_registration:G-CHRT]]   Type: {{Eurostar}}
        Pilot: [[name:Ryan Tsang]]   Age: [[age:34]]   Licence: NPPL(M) [[case_reference:214773]]   Tel: [[phone:+44 7700 900826]]

        Narrative: Taxiing to the {{hold}}, the {{nosewheel}} dropped into a soft rut by the muck heap gate
        where the {{tractor}} had been turning. {{Propeller}} struck the ground; engine stopped. Tips of two
        blades shattered. No injury.
        Contributing: the rut was hidden by standing water; the usual {{taxi line}} runs through it after rain.
        Action: {{shock loading inspection}}, new prop. Cones to mark soft ground; taxi route moved
        10 m left after wet weather. [[name:Tom]] to fill the rut with hardcore.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind168", REPORTS))
