"""Held-out blind corpus 348: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): the 52-week care houses of a residential special school (care staff,
  medication rounds, behaviour support plans, family contact);
- health (17): a haematology day unit (transfusions, bone marrow biopsies, neutropenic
  patients, blood results);
- aviation (16): an air navigation engineering team (radar, ILS and radio maintenance,
  outages, NOTAMs).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs
and thank-you notes.

Mark-up: [[label:value]] is an identifier to redact, {{term}} a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind348.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        {{nite shift}} on [[organisation:Tennant House]] - [[name:kez]] gave [[name:reuben]] his
        {{melatonin}} at 2030 n then i gave it again at 2100 cos the {{MAR}} wasnt signed.
        realised when [[name:kez]] came back from the {{laundry}}. rang {{on call manager}}
        ([[name:bernadette]]) who said ring {{111}}, they said 2 x 3mg is ok just monitor. obs
        every 15 mins til 0100, [[name:reuben]] slept fine. {{mum}} told next morning by
        [[name:kez]]. learning - sign the {{MAR}} straight away not after the whole
        {{med round}}!! also both of us had the {{meds keys}} which isnt meant to happen.
        sorry, will do better. [[name:T.O.]]
    """)),
    ("social_care", "near_miss", prose("""
        At approximately 07:40 on [[date:Thursday 9 May]] I was preparing the morning medication
        in [[organisation:Linley House]]. We currently have two young people with very similar
        names, [[name:Kai Brennan-Doyle]] and [[name:Kian Doyle]], both prescribed
        {{methylphenidate}} but at different strengths. I had taken [[name:Kian]]'s
        {{blister pack}} out of the {{medication cabinet}} and was about to pop the dose for
        [[name:Kai]] when my colleague [[name:Grace Oduya]] asked me to read the name back from
        the {{MAR chart}}. I realised the mistake before anything was given. No harm occurred.
        I reported it to the {{Head of Care}}, Mr [[name:Achterberg]], the same morning.
        Suggested learning: photographs on the front of every {{MAR}}, the two boys' packs kept
        in separate drawers, and a {{second checker}} at the busy {{breakfast}} round as
        [[name:Grace]] did today.
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - young person missing from care
        Young person: [[name:Tyler-Jay Macready]] ([[age:15yo]]), [[organisation:Farrow House]]
        Log ref: [[case_reference:OHS-MFC-0418]]

        19:05  [[name:TJ]] refused {{tea}}, said he was going to his room.
        19:20  {{Room check}} - window open, not in room. {{Missing protocol}} started.
        19:25  [[name:Sunny]] (RSW) and [[name:Will Hartigan]] searched grounds + {{MUGA}}.
        19:40  Not found. {{Police}} called, log [[case_reference:CAD 2211-19MAY]].
        19:42  {{On-call}} Mrs [[name:Lowther]] informed.
        20:10  {{Social worker}} EDT informed ([[organisation:Wexcombe County Council]]).
        21:35  [[name:TJ]] seen getting out of silver Corsa [[vehicle_registration:YK19 FDU]]
               near the {{garage}} on the main road, returned with staff.
        21:50  {{Return home interview}} offered, declined. {{Police}} updated.

        Concern: unknown adult driving [[vehicle_registration:YK19 FDU]]. Shared with {{MASH}}
        and {{CSE}} lead. [[name:Sunny]] to complete {{body map}} (no marks).
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT to [[name:Faith]] and [[name:Bill Nwachukwu]] on [[organisation:Linley House]]
        for the way they supported [[name:Amber]] through her first overnight {{home visit}}
        since the summer. They rang {{dad}} before and after, packed her {{sensory box}},
        {{ear defenders}} and her {{PECS}} book, and wrote a social story with {{photos}} of the
        car and the house. [[name:Amber]] came back calm on {{Sunday}}, no {{PRN}} needed all
        weekend, first time in months!! The {{behaviour support plan}} really works when we all
        follow it. Proud of this team. - [[name:Pat]] ({{Deputy Head of Care}})
    """)),
    ("social_care", "incident", block("""
        PHYSICAL INTERVENTION / INJURY FORM
        Name of young person: [[name:Oluwaseun Adeyemi-Clarke]]
        DOB: [[date_of_birth:14/02/2011]]
        Ref: [[case_reference:PI-2024-0187]]
        Home address: [[address:27 Pennine View, Harlbury]], [[postcode:HB4 7QN]]
        House: [[organisation:Tennant House]]
        Date/time: [[date:03/03/24]] 16:15
        Staff involved: [[name:Joy Fairbairn]], [[name:Lukasz Wiśniewski]]
        Hold used: {{Team Teach}} two-person {{single elbow}}, 4 mins
        Description: [[name:Seun]] became distressed after {{Xbox}} time ended, kicked the
        {{fire door}} and hit [[name:Lukasz]]. Guided to the {{quiet room}}. During the hold
        [[name:Seun]] caught his wrist on the door frame - small graze. {{First aid}} given.
        Injury to staff: bruise to forearm ([[name:L.W.]]).
        Parent informed: {{Mum}} by phone 17:30. {{IRO}} and {{social worker}} emailed.
        {{Debrief}} with young person done next morning.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hope Kaczmarek]] <[[email:h.kaczmarek@oakhollow-school.org.uk]]>
        To: Care Team Leaders
        Cc: [[email:safeguarding@oakhollow-school.org.uk]]
        Subject: Contact near miss - [[name:Ellis]] ([[organisation:Farrow House]]) - Sat

        Hi all,

        On Saturday afternoon a man arrived at {{reception}} saying he was [[name:Ellis]]'s uncle
        and had come to take him out for {{lunch}}. Relief staff were about to let [[name:Ellis]]
        go as the man knew his name and {{Mum}}'s name. [[name:Rosa]] on {{reception}} checked
        the {{contact plan}} - he is not an approved contact, and contact with that side of
        the family is {{supervised only}} under the {{care plan}}. He left when we said we would
        ring the {{social worker}}. Reg of his van [[vehicle_registration:BD68 XWT]] passed to
        the {{DSL}}.

        Please remind relief staff that the contact list lives in the {{red folder}} in every
        house office, not on the {{whiteboard}}.

        Thanks,
        [[name:Hope]]
        [[name:Hope Kaczmarek]] | {{Designated Safeguarding Lead}}
        [[organisation:Oakhollow School]] | [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        WhatsApp - nights chat 🌙
        [22:47] [[name:Dev]]: anyone know where the {{epipen}} for [[name:Rosie]] went?? not in {{grab bag}}
        [22:49] [[name:Marta K]]: think it went on the trip to [[organisation:Marrowby Farm]] with {{day staff}}
        [22:50] [[name:Dev]]: so its in the minibus?? [[vehicle_registration:WX21 OHS]]
        [22:52] [[name:Marta K]]: prob. ring [[name:ange]] shes {{on call}}
        [23:05] [[name:Dev]]: [[name:ange]] says spare is in the {{school nurse}} office, gone to get it
        [23:14] [[name:Dev]]: got it. back in grab bag. [[name:Rosie]] asleep, never needed it
        [23:15] [[name:Marta K]]: 👍 put it on {{datix}} tho
        [23:16] [[name:Dev]]: yep. {{nut allergy}} kid with no pen for 6hrs not ok
    """)),
    ("social_care", "success", block("""
        MINUTES - Behaviour Support Review, [[organisation:Linley House]]
        Date: [[date:22 April 2024]]
        Present: [[name:Grace Oduya]] (chair, {{Head of Care}}), [[name:Mark Ferreira]]
        ({{key worker}}), Dr [[name:Siobhan Ní Bhriain]] ({{clinical psychologist}}),
        [[name:Abimbola]] ({{SENCo}}), {{Dad}} (by {{Teams}})
        Apologies: [[name:Ruth-Ann Pryce]] ({{IRO}}), [[name:P. Sandhu]] ({{CAMHS}})

        1. Incidents for [[name:Nathaniel]] down from 14 in {{January}} to 3 in {{March}}.
        2. [[name:Mark]] reported the {{now-and-next board}} and the earlier {{PE}} slot have
           made transitions much smoother. No {{restrictive physical intervention}} for 5 weeks.
        3. Dad said [[name:Nathaniel]] talked about "[[name:Mark]]'s football club" at home.
        4. Agreed to step down the {{PBS plan}} to monthly review.
        Actions: [[name:Mark]] to update {{risk assessment}}; Dr [[name:Ní Bhriain]] to share
        summary with {{CAMHS}}.
    """)),
    ("social_care", "incident", block("""
        HANDOVER - [[organisation:Tennant House]] - {{late}} to {{waking night}}
        [[name:Reuben]] - {{melatonin}} given 20:30, settled. note from {{nite}} before re double dose
        [[name:Seun]] - still sore wrist, ice pack, check at 23:00 + 02:00 ({{body map}} done)
        [[name:Jakub]] - phoned {{Nan}} 19:00 on house mobile, upset after. Nan said {{Dad}} "is
          back round here" - [[name:Jakub]] punched wall, hand looks ok, no
          swelling. Told {{DSL}} by email as Dad has no contact ({{court order}}). NEED TO
          DATIX - ran out of time, [[name:Will]] please finish in morning
        [[name:Ollie P]] - {{home leave}} til Sun
        {{Fire alarm}} test Tues - tell kids.
        Staff: [[name:Nuala]], [[name:Will]], [[name:Ibrahim]] ({{agency}})
    """)),
    ("social_care", "near_miss", block("""
        MAR AUDIT - stock discrepancies, week ending [[date:12/05/24]]

        House           | Young person        | Medicine           | Expected | Counted
        [[organisation:Farrow House]]    | [[name:Rosie Hanlon]]        | {{sertraline}} 50mg    | 21       | 20
        [[organisation:Linley House]]    | [[name:Kian Doyle]]          | {{methylphenidate}}   | 28       | 28
        [[organisation:Linley House]]    | [[name:Kai Brennan-Doyle]]   | {{methylphenidate}}   | 28       | 27
        [[organisation:Tennant House]]   | [[name:Reuben Achebe]]       | {{melatonin}} 3mg      | 30       | 29

        Comments: [[name:Rosie]]'s missing tablet found under the {{medication trolley}}.
        [[name:Kai]]'s count out by one - on checking, {{tablet}} dropped {{Tuesday}} and not
        recorded as {{wasted}}. [[name:Reuben]]'s matches the double dose already reported.
        {{Controlled drug}} book correct. Audited by [[name:A. Mensah]] / [[name:J. Fairbairn]].
    """)),
    ("social_care", "success", block("""
        Teams chat - Care Leaders
        [[name:Pat Okonkwo]] 08:12
        Just want to flag [[name:Ibrahim]] (agency) last night on [[organisation:Tennant House]] -
        he noticed [[name:Jakub]] had a new phone that nobody had given him and asked him about
        it calmly, no drama.
        [[name:Pat Okonkwo]] 08:13
        Turns out an older lad from [[organisation:Harlbury Academy]] gave it to him. Passed to
        {{DSL}} + {{police}} {{CSE}} team. Could be really important.
        [[name:Hope Kaczmarek]] 08:20
        Brilliant spot. Can we ask the {{agency}} if he'd go on our {{bank}}? 😊
        [[name:Grace Oduya]] 08:31
        Agree. I'll put it in the {{staff bulletin}} (without names) as good practice.
    """)),
    ("social_care", "incident", prose("""
        During {{bedtime}} routine on [[date:Sunday 26th]] [[name:Maisie-Leigh]] ([[age:aged 13]]) told me she did not want to go home to {{Mum}}'s next weekend because
        "[[name:Dean]] shouts and throws things". I listened, did not ask {{leading questions}},
        and told her I would need to share it. I wrote her words down exactly and passed them
        to the {{DSL}} at 21:10. Mrs [[name:Kaczmarek]] made a referral to the {{MASH}} at
        [[organisation:Wexcombe County Council]] the next morning, ref
        [[case_reference:MASH/24/55902]]. {{Home leave}} was postponed pending a {{strategy
        discussion}}. [[name:Maisie-Leigh]] was reassured by her {{key worker}} [[name:Rose]]
        on {{Monday}}. - RSW [[name:Chidi]]
    """)),
    ("social_care", "near_miss", prose("""
        trip to [[organisation:Ashcombe Country Park]] sat - got to the {{car park}} n realised
        no {{buccal midazolam}} for [[name:freddie]] (the [[age:9 yr old]], {{epilepsy}}). {{seizure plan}} says it goes
        everywhere with him. [[name:mo]] drove back to school in the {{minibus}} (20 mins each
        way) while me n [[name:jess]] did the picnic in the car park, [[name:freddie]] didnt go on the
        walk til [[name:mo]] got back. no seizure thank god. think it was left in the {{med room}}
        fridge cos it was in the {{wrong box}}. idea - {{trip checklist}} signed by 2 ppl b4 we
        leave + photo of {{grab bag}} contents on the door. [[name:lauren b]]
    """)),
    ("social_care", "success", block("""
        Subject: Thank you from [[name:Jakub]]'s family
        From: [[name:Danuta Nowicka]] <[[email:danuta.nowicka77@freemail.co.uk]]>
        To: [[email:farrowhouse@oakhollow-school.org.uk]]
        Date: [[date:2 June 2024]]

        Dear everyone at {{the house}},

        I want to say thank you to [[name:Nuala]] and [[name:Ibrahim]]. When [[name:Jakub]] rang
        me last week very upset, they stayed with him on the phone and then rang me back after
        so I was not worrying all night. They also helped him write a card for his brother's
        birthday. For the first time he is telling me about {{school}} and his {{cooking club}}.

        I know it is not easy with him. Thank you.

        [[name:Danuta]] ([[name:Jakub]]'s nan)
        [[phone:07700 900582]]
    """)),
    ("social_care", "incident", block("""
        Incident report - family contact call
        House: [[organisation:Farrow House]]   Ref: [[case_reference:OHS-INC-2024-311]]
        Date: [[date:Wed 15 May]]

        18:00  [[name:Ellis]] on {{supervised phone contact}} with {{Mum}}, [[name:Marta]]
               listening as per {{contact plan}}.
        18:07  Mum said {{the dog}} had been "given away". [[name:Ellis]] became tearful.
        18:09  Mum began talking about the {{court case}}. [[name:Marta]] reminded her of the agreed
               rules ({{no discussion of proceedings}}).
        18:11  Mum continued; [[name:Marta]] ended the call as per plan.
        18:15  [[name:Ellis]] threw a chair in the {{lounge}}, no one hurt. {{De-escalation}}
               by [[name:Marta]] and [[name:Dev Raghunathan]], calm by 18:40.
        19:00  {{Social worker}} [[name:Kwame Asante-Boateng]] emailed; {{IRO}} cc'd.

        Learning: script for ending calls worked; [[name:Ellis]] wants his {{key worker}} present next time.
    """)),
    ("social_care", "near_miss", block("""
        #meds-leads (Slack)
        [[name:angela.mensah]] 07:58  {{CD}} count on [[organisation:Linley House]] this am
          was 1 out on [[name:Kian]]'s {{methylphenidate}} 🙁
        [[name:joyf]] 08:03  checked - the {{waking night}} signed the {{CD book}} but the
          second signature is blank. stock was right, book was wrong
        [[name:angela.mensah]] 08:04  phew. who was on?
        [[name:joyf]] 08:05  [[name:Tomasz]] and an {{agency}} worker. [[name:Tomasz]] says agency
          person wasnt {{medication trained}} so he didnt ask them to sign
        [[name:angela.mensah]] 08:07  ok so right instinct wrong outcome. need a trained 2nd
          on every night rota. can you raise w/ [[name:Grace]] at {{SLT}}?
        [[name:joyf]] 08:08  will do 👍
    """)),
    ("social_care", "success", prose("""
        Learning review - [[organisation:Tennant House]], {{spring term}}. Following the double
        {{melatonin}} dose in {{March}} the team changed the evening {{medication round}}: one
        named {{medication lead}} per shift holds the keys, the {{MAR}} is signed at the point
        of giving, and the {{key safe}} log is checked at handover. Since then there have been
        no medication errors in 11 weeks. [[name:Nuala Breathnach]] and [[name:Tomasz Zieliński]]
        designed the new {{handover sheet}}, and [[name:Reuben]], who is [[age:12]], chose the
        symbols for his own {{medication passport}}. The {{Registered Manager}}, Ms
        [[name:Amadi]], shared the sheet with [[organisation:Farrow House]] and
        [[organisation:Linley House]] and it will be discussed at the next {{Reg 44}} visit.
        What made the difference: staff were not blamed, the {{night}} team were asked what
        would help, and the change was small enough to stick.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        TRANSFUSION REACTION - CHRONOLOGY
        Patient: [[name:Eileen Marchbank]], [[age:78]], hosp no [[case_reference:HGH0042718]]
        NHS no: [[nhs_number:730 164 8251]]
        Unit: [[organisation:Elsie Barraclough Day Unit]], chair 6
        Date: [[date:19/03/2024]]

        10:05  Unit 1 of 2 {{red cells}} started for {{MDS}}, {{Hb}} 68. Baseline obs normal.
        10:20  15-min obs: T 37.1, HR 82.
        10:55  Pt says she feels "shivery". T 38.9, HR 112, BP 98/60, {{rigors}}.
        10:56  {{Transfusion}} stopped, line kept open with {{saline}}. {{SHO}} bleeped
               (Dr [[name:Haruto Ishikawa]]).
        11:05  Reviewed. {{chlorphenamine}} 10mg IV, {{paracetamol}} 1g. Bag and giving set
               returned to {{blood bank}}, {{blood cultures}} x2.
        11:40  T 37.8, settled. Remaining unit not given.
        12:30  {{Registrar}} [[name:Saoirse Dunleavy]] reviewed - ?{{FNHTR}} vs bacterial
               contamination.
        14:00  Home with written advice and {{red card}}.
        Reported to {{SHOT}} and {{MHRA}} via {{SABRE}} by {{transfusion practitioner}}
        [[name:Ifeoma]].
    """)),
    ("health", "near_miss", prose("""
        On [[date:Tuesday 7 May]] I was the second checker for a {{platelet}} transfusion on the
        {{day unit}}. The patient, Mr [[name:Thanh Nguyen]], was still wearing the
        {{wristband}} from his admission to [[organisation:Calder Ward]] last week. At the
        {{bedside check}} the hospital number on the wristband, [[case_reference:HGH0091153]],
        did not match the number on the {{compatibility label}},
        [[case_reference:HGH0091135]]. My colleague [[name:Rhiannon Pugh]] and I stopped and
        rang the {{blood bank}}. It turned out Mr [[name:Nguyen]] had been registered twice,
        with the digits transposed on the second record, and the old band had never been
        replaced. {{Medical Records}} merged the records and a new wristband was printed. The
        platelets were given two hours late with no harm. Learning: check the wristband against
        the electronic record as well as the label, and always replace bands from a previous
        admission. - [[name:Sunita Ramaswamy]], {{Staff Nurse}}
    """)),
    ("health", "incident", prose("""
        mr [[name:yildiz]] rang the {{triage line}} 0650, temp 38.4, on {{cycle 2}} of
        {{R-CHOP}}, told to come to the unit. arrived 0815 but unit doesnt open til 0830 n no
        chair, sat in {{waiting area}}, not triaged til 0910. {{tazocin}} given 1020 - thats
        3.5 hrs from the call, target is 1 hr from arrival. {{neutrophils}} 0.2. he was ok
        luckily, admitted to [[organisation:Pendle Ward]] under Dr [[name:Anand]]. problem =
        nobody owns pts who arrive b4 we open. {{A&E}} wld of been quicker tbh. can we get a
        {{PGD}} so the {{band 6}} can give the 1st dose?? also the {{sepsis six}} sticker wasnt
        in the notes. [[name:lisa m]]
    """)),
    ("health", "success", prose("""
        SHOUT OUT to [[name:Precious]], our {{HCA}}, for two great catches this week. On
        {{Wednesday}} she noticed that Mrs [[name:Ivy Clement]]'s {{cannula}} site looked puffy
        ten minutes into her {{iron infusion}}, stopped the pump and called [[name:Zofia]], so
        there was no staining. Then on [[date:Friday 17th]] [[name:Precious]] saw one of our
        {{neutropenic}} patients sitting in the {{waiting area}} next to a relative with a
        hacking cough, and moved him straight into the {{side room}} without making a fuss.
        This is exactly the {{infection control}} practice the {{IPC}} team keep asking for.
        Thank you [[name:Precious]]! From Sister [[name:Boateng]] and the whole team.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - post-procedure bleed
        Patient name: [[name:Gwendolyn Rees-Amadi]]
        DOB: [[date_of_birth:30.11.1958]]
        NHS No: [[nhs_number:401 223 7187]]
        Hospital no: [[case_reference:HGH0055602]]
        Address: [[address:Flat 4, 112 Mill Lane, Brackley Bridge]], [[postcode:RV7 3LP]]
        Procedure: {{bone marrow aspirate and trephine}}, left {{posterior iliac crest}}
        Operator: Dr [[name:Y. Haddad]] ({{ST5}})      Date: [[date:08/04/24]]
        Datix: [[case_reference:W-118244]]

        What happened: [[name:Gwen]] takes {{apixaban}} for {{AF}}. The {{pre-assessment}}
        phone call was not made, and the clinic letter used for the drug history did not list
        it. Oozing from the site 45 min after the procedure; pressure for 20 min and a
        {{pressure dressing}}. Observed 4 hours. {{Hb}} stable. No transfusion.
        Learning: {{anticoagulant}} question to be a hard stop on the {{BMAT}} booking checklist.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Olamide Fashola]] <[[email:olamide.fashola@nravensdale.nhs.uk]]>
        Sent: [[date:12 March 2024]] 09:14
        To: Day Unit Sisters
        Subject: Irradiated products - near miss ([[case_reference:Datix 120571]])

        Hi both,

        Mr [[name:Björn Aalto]] (hosp no [[case_reference:HGH0071290]]) was booked for 2 units
        yesterday. He finished {{fludarabine}} in {{February}} and needs {{irradiated}} components
        for life, but the flag was not on {{LIMS}}. [[name:Sandy]] in the lab spotted it at issue
        because she remembered him from the {{MDT}}. Units swapped, no harm.

        Root cause: the {{special requirements}} form came from the {{oncology}} team at
        [[organisation:St Brannock's Hospital]] and was faxed to an old number.

        Please check anyone who has had a {{purine analogue}} in the last year.

        Kind regards,
        [[name:Olamide]]
        [[name:Olamide Fashola]] | {{Transfusion Practitioner}}
        [[organisation:North Ravensdale NHS Foundation Trust]] | [[phone:01632 960734]]
    """)),
    ("health", "incident", block("""
        Teams - Haem Day Unit nurses
        [[name:Chioma Eze]] 16:42
        Did anyone get the {{phoned result}} for Mr [[name:Whitlock]]? Lab say they rang at
        13:10 with {{platelets}} of 4
        [[name:Dawn Fairley]] 16:44
        That was me, wrote it on a post-it and gave it to [[name:Hamish]] but he was in the
        {{BMAT}} room
        [[name:Hamish MacLeod]] 16:50
        never got it 😬 Mr [[name:Whitlock]] went home at 14:30
        [[name:Chioma Eze]] 16:52
        Ringing him now. Dr [[name:Anand]] says come back in for platelets tonight
        [[name:Dawn Fairley]] 17:31
        He's back on the unit, no bleeding, {{petechiae}} on shins only. I'll datix. We need a
        {{critical results}} book at the {{nurses' station}}, not post-its
    """)),
    ("health", "success", block("""
        HAEMATOLOGY DAY UNIT - Governance and Learning meeting
        [[date:14 May 2024]], {{Seminar Room}} 2
        Attendees: Dr [[name:Yasmin Haddad]] (chair), Sister [[name:Mercy Boateng]],
        [[name:Olamide Fashola]] ({{TP}}), [[name:Drew Kilbride]] ({{pharmacy}}),
        [[name:Patience Mwale]] ({{HCA}})
        Apologies: Dr [[name:Anand]], [[name:R. Pugh]]

        3. {{Neutropenic sepsis}}: median time to antibiotics down from 94 to 41 minutes since
           the unit {{PGD}} went live in {{April}}. [[name:Mercy]] thanked the {{band 6}} nurses
           who wrote it and [[name:Drew]] for the {{pharmacy}} sign-off.
        4. Good catch: [[name:Patience]] spotted an old {{wristband}} on a patient before a
           platelet transfusion. To go in the {{trust}} newsletter.
        5. {{NICE}} {{CG151}} audit due {{Q3}} - [[name:Drew]] to lead.
        Next meeting: [[date:11 June 2024]].
    """)),
    ("health", "near_miss", block("""
        DAY UNIT HANDOVER  {{am}} -> {{pm}}
        Bay A
        1  Mrs [[name:O'Driscoll]] - 2u {{RBC}}, unit 2 up at 13:00, obs fine
        2  [[name:Tariq Jamil]] ([[age:34]]) {{AML}} post-induction, {{plt}} 9, for 1 {{ATD}}
           platelets. NB blood bank sent {{HLA-matched}} plts labelled for [[name:Tariq JAVED]]
           - NOT OURS!! caught at {{bedside check}} by [[name:Sunny]]. returned, correct unit
           ETA 15:00. {{datix}} done
        3  empty - Mr [[name:Osei]] went home 11:30
        Chair 4  [[name:Lina Haddad-Moreau]] {{BMAT}} 14:00 with Dr [[name:Haddad]] (no
           relation!), {{consent}} done, {{INR}} 1.0
        Chair 5  [[name:K. Ofori]] - {{Hickman}} dressing + bloods, ?{{FBC}} to chase
        Staff {{pm}}: [[name:Sunny]], [[name:Zee]], [[name:Hamish]] ({{nurse in charge}})
    """)),
    ("health", "incident", block("""
        TRANSFUSION DELAYS - [[organisation:Elsie Barraclough Day Unit]] - w/c [[date:3 June]]

        Date   | Patient          | Hosp no    | Product | Booked | Started | Reason
        [[date:03/06]]  | [[name:M. Al-Sayed]]     | [[case_reference:HGH0033817]] | RBC x2  | 09:00  | 12:40   | {{G&S}} sample unsigned, rejected
        [[date:04/06]]  | [[name:Rose Kettering]]   | [[case_reference:HGH0061402]] | PLT x1  | 10:30  | 13:15   | {{porter}} delay
        [[date:05/06]]  | [[name:Dmitri Volkov]]    | [[case_reference:HGH0027759]] | RBC x1  | 09:30  | 14:05   | {{antibody}} found, crossmatch
        [[date:06/06]]  | [[name:M. Al-Sayed]]     | [[case_reference:HGH0033817]] | RBC x2  | 09:00  | 11:50   | {{G&S}} expired (>72h)

        Summary: four patients waited 2-5 hours. [[name:Rose]] ({{AML}}, {{palliative}}) went
        home too tired to stay for her second unit. Raised with {{blood bank}} manager
        [[name:Ewan Tulloch]]; sampling to move to the {{pre-assessment}} visit.
        Reporter: [[name:S. Ramaswamy]]
    """)),
    ("health", "success", block("""
        Card received [[date:21/06/24]] - typed up for {{Learning from Excellence}}

        To all the lovely nurses on the {{day unit}}, especially Sister [[name:Boateng]] and
        [[name:Hamish]] who made me laugh all the way through my {{bone marrow}} - I was
        dreading it. Eight months of {{transfusions}} every fortnight and you always had my
        chair by the window ready. I am now in {{remission}} and back at bowls!
        Our daughter [[name:Holly]] says thank you for always asking after her exams too.
        With love,
        [[name:Frank]] & [[name:Maureen Ashdown]]
    """)),
    ("health", "incident", block("""
        Reported by: Sister [[name:M. Boateng]]   Ref: [[case_reference:IG-2024-0772]]
        Screenshot from an unofficial staff WhatsApp group, shown to me by a student nurse:

        [07:31] [[name:Zofia Wrona]]: can someone cover my {{cannulation}} list?? pts are
        [[name:Edna Pearce]] DOB [[date_of_birth:02/09/1941]] and [[name:Kwabena Ofori]]
        [[nhs_number:612 508 3349]] (needs {{CMV neg}})
        [07:33] [[name:Benji]]: i can do [[name:Edna]] not the other one
        [07:34] [[name:Zofia Wrona]]: ty ❤️

        Patient-identifiable information shared on personal phones. The group has been closed,
        the {{IG}} team and the {{Caldicott Guardian}} are aware, and staff reminded to use
        {{NHSmail}} or {{Teams}} only. No evidence of wider disclosure.
    """)),
    ("health", "near_miss", prose("""
        {{bmat}} list v busy today, 4 pts. label for the {{trephine}} pot for mr [[name:nguyen]]
        was actually the label for the pt before ([[name:rees-amadi]]) - all the labels were
        printed for the whole list at 8am and left on the {{trolley}}. only noticed cos i was
        doing the {{request form}} and the {{DOB}} didnt match. relabelled at the bedside with
        him still there n dr [[name:haddad]] checked. {{lab}} wld have rejected it or worse reported
        on the wrong pt, and that's a {{diagnostic}} sample you cant just repeat. pls print
        labels per pt at the bedside!! [[name:zee]]
    """)),
    ("health", "success", prose("""
        On [[date:Saturday 11 May]] at 21:15 the {{haematology advice line}} took a call from
        [[name:Pedro Albuquerque]], [[age:41]], on {{ABVD}} for {{Hodgkin lymphoma}}, who had a
        temperature of 37.9 and felt "not right". Nurse [[name:Aoife Gallagher]] used the
        {{UKONS triage tool}}, which scored red, and told him to go to {{A&E}} at
        [[organisation:Harrowfield General Hospital]]. She phoned ahead to the {{acute medical
        team}} with his hospital number, [[case_reference:HGH0120944]], and his {{alert card}}
        details. He had {{IV antibiotics}} 38 minutes after arriving and was discharged four
        days later. Why it worked: a named nurse who made the call ahead, the {{alert card}} in
        his wallet, and an {{A&E}} team who knew the {{neutropenic sepsis}} pathway. Mr
        [[name:Albuquerque]] has asked for his thanks to be passed on to [[name:Aoife]].
    """)),
    ("health", "incident", block("""
        Chronology - {{extravasation}}
        Date: [[date:Fri 24/05/24]]   Patient: [[name:Leona Whitfield-Achebe]] ([[age:29]])
        Hosp no: [[case_reference:HGH0084466]]   Nurse: [[name:Benji Adebayo-Price]]

        11:20  {{Ferric carboxymaltose}} infusion started via 22G {{cannula}}, right forearm.
        11:28  Checked, no pain.
        11:45  [[name:Leona]] says arm "feels tight". Swelling around site, brown discolouration.
        11:46  Infusion stopped, cannula aspirated and removed, arm elevated.
        11:55  {{Registrar}} and {{pharmacy}} informed. Photograph taken with consent.
        12:30  {{Extravasation policy}} followed; patient told staining may be permanent.
        Patient upset - she is getting married in {{August}}. {{Duty of candour}} letter sent
        by Dr [[name:Haddad]]. Referred to {{dermatology}}.
        Learning: checks every 5 min, not 15, for the first 30 min of iron infusions.
    """)),
    ("health", "near_miss", block("""
        Ref: [[case_reference:W-119305]]  | Reporter: [[name:Penny Strachan]] ({{pharmacist}})
        Location: [[organisation:Elsie Barraclough Day Unit]]
        Category: Medication - prescribing
        Patient: [[name:Rafael Ortiz Bello]] | NHS: [[nhs_number:485 917 2604]]
        DOB: [[date_of_birth:17/07/1966]]

        Description: {{allopurinol}} started in clinic on [[date:20 May]] while the patient was
        on {{mercaptopurine}} for {{maintenance}}. The mercaptopurine dose was not reduced, as
        the {{interaction}} needs. Picked up at {{clinical check}} on the day unit before the new
        prescription was dispensed. {{Consultant}} contacted, dose reduced to a quarter, {{FBC}}
        weekly. Patient had not started the allopurinol so no harm.
        Contributing: the clinic {{EPMA}} alert was overridden without a reason.
        Reviewed by: [[name:Drew Kilbride]]
    """)),
    ("health", "success", block("""
        From: [[name:Carys Llewellyn]] ({{Matron}}, {{Cancer and Haematology}})
        To: HDU-all
        Subject: One year without a wrong blood incident 🎉

        Team,

        Today marks 365 days on the [[organisation:Elsie Barraclough Day Unit]] without a single
        {{wrong blood in tube}} or {{wrong component}} incident. A year ago we had three in one
        quarter. What changed: {{bedside labelling}} only, {{two-person check}} at the chair,
        {{PDA scanning}} of wristbands, and [[name:Olamide]]'s monthly ten-minute {{teaching}}.

        Special mention to [[name:Faith Oyelaran]] and [[name:Ling Chen]], who have trained
        every new starter and bank nurse.

        Cake in the {{staff room}} at 3pm.

        [[name:Carys]]
        [[phone:07700 900417]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        At 06:52 on [[date:4 April 2024]] the {{ILS}} {{localiser}} for {{Runway 27}} at
        [[organisation:Eastmoor Airport]] shut down on a {{monitor alarm}} ({{course
        alignment}}). [[flight_number:SVA218]], an {{A320}} registered
        [[aircraft_registration:G-SVAF]], was established at 6 nm and went around; the
        following aircraft, [[flight_number:BMR4471]], held and then made an {{RNP}} approach.
        As duty {{ATSEP}} I attended the {{localiser}} shelter with [[name:Obinna Chukwuemeka]]
        and found water in the {{antenna distribution unit}} after overnight rain. {{NOTAM}}
        [[case_reference:A0634/24]] was raised at 07:10 through {{AIS}}. The unit was dried,
        a seal replaced and the system returned to service at 11:40 after a {{ground check}}
        and sign-off by the {{Engineering Manager}}, [[name:Rhodri Vaughan-Lloyd]]. {{MOR}}
        submitted to the {{CAA}}, our ref [[case_reference:CNS-OCC-24-0193]]. The same seal was
        noted as "perished" on the {{PPM}} in {{January}} but no spare was held. - [[name:Ewa
        Sobczak]]
    """)),
    ("aviation", "near_miss", prose("""
        quick one - yday approx 1430 i drove the {{eng van}} ([[vehicle_registration:EM70 KRT]])
        out to the {{glidepath}} to reset the {{obstruction light}} and only realised when
        i got there that i hadnt called {{Tower}} for the {{ILS critical area}}. {{LVPs}}
        werent in force n no traffic on approach so prob no effect, but if it had been
        {{Cat III}} ops thats a proper {{signal interference}} event. [[name:baz]] was with me
        n he thought i'd done it. think we both got complacent cos we go out there every day.
        suggest a laminated card on the {{dashboard}} 'HAVE YOU CALLED TOWER'. [[name:c.h.]]
    """)),
    ("aviation", "incident", block("""
        RT TRANSCRIPT (extract) - [[organisation:Eastmoor Airport]] {{APP}} 119.405
        [[date:17/02/24]]

        15:41:10  [[flight_number:SKYVALE 562]]: [[organisation:Eastmoor Approach]],
                  [[flight_number:Skyvale five six two]], level four thousand,
                  information {{Kilo}}
        15:41:14  {{APP}}: [[flight_number:Skyvale five six two]], [[organisation:Eastmoor]]...
                  [carrier only, no audio]
        15:41:40  [[flight_number:SKYVALE 562]]: {{Approach}},
                  [[flight_number:Skyvale five six two]], {{radio check}}
        15:41:55  {{APP}}: (on {{standby transmitter}}) [[flight_number:Skyvale five six two]],
                  readability five, apologies, descend altitude three thousand feet
        15:42:30  [[aircraft_registration:G-OKRN]]: {{Approach}},
                  [[aircraft_registration:G-OKRN]], request {{radio check}}
        Engineer note ([[name:Sanjay Varma]]): main {{Tx}} on 119.405 failed with no alarm to
        {{ATC}}; controller switched to {{standby}} after 45 s. Fault ref
        [[case_reference:FLT-24-0612]]. {{VCCS}} alarm mapping wrong since the
        {{software update}} on [[date:9 Feb]].
    """)),
    ("aviation", "success", prose("""
        Big thank you to [[name:Mark Oyelowo]] and [[name:Rusty]] (aka [[name:Russell
        Penhaligon]]) for getting the {{primary radar}} back on the night of the [[date:22nd]].
        The {{PSR}} {{transmitter}} dropped out at 01:15 with a {{magnetron}} fault and
        [[name:Mark]] was on site at the {{radar head}} within 40 minutes in awful wind. They
        swapped to the spare, ran the {{performance checks}} by the book and handed back to
        {{ATC}} by 03:30, well before the first {{arrivals}}. {{SSR}} stayed up throughout so
        there was no loss of service to controllers, but the {{NOTAM}} would have hit the
        morning {{schedule}}. [[name:Rusty]] also spotted the spare {{magnetron}} was the last
        one in stores and raised the order before going home. Nice one lads. - [[name:Niamh]]
        ({{Engineering Supervisor}})
    """)),
    ("aviation", "incident", block("""
        OUTAGE CHRONOLOGY - {{Approach radar}} / {{UPS}} failure
        Site: [[organisation:Calderway Navigation Services]], radar site
        [[address:Hollin Moor Lane, Scarthwaite]], [[postcode:EM9 4TB]]
        Ref: [[case_reference:OUT-2024-047]]   Date: [[date:Sun 10/03/24]]

        13:02  {{Mains}} supply lost to site (storm). {{UPS}} takes load.
        13:04  {{UPS}} fault - {{battery string}} 2 open circuit. Site goes dark.
        13:04  {{ATC}} lose {{PSR}} and {{SSR}} from this head; {{multi-radar}} picture
               maintained from the other source with reduced coverage to the east.
        13:10  {{Duty engineer}} [[name:Fatima Zahra Benali]] called out.
        13:20  {{NOTAM}} [[case_reference:A0512/24]] requested via {{AIS}}.
        14:15  [[name:Fatima]] on site; {{generator}} failed to auto-start (fuel filter).
        14:50  {{Generator}} started manually. Radar restarting.
        15:35  {{Performance checks}} complete, service handed back to {{ATC}}.
        Actions: battery replacement overdue since [[date:Nov 2023]]; generator fuel filters on
        {{PPM}}; {{MOR}} raised by [[name:R. Vaughan-Lloyd]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Jonty Ferreira-Hale]] <[[email:j.ferreira-hale@calderway-nav.co.uk]]>
        To: [[email:eng-planning@calderway-nav.co.uk]]
        Subject: DVOR maintenance - NOTAM not requested
        Date: [[date:Wed 24 Jan 2024]] 16:20

        All,

        Tomorrow's planned {{DVOR}} maintenance (08:00-12:00) had no {{NOTAM}} requested. The
        {{permit to work}} [[case_reference:PTW-0931]] was signed and the parts were booked, but
        the NOTAM step is a separate box on the {{planning sheet}} and it was left blank.
        [[name:Amber]] at {{AIS}} noticed because she had nothing for us in the {{daily brief}}
        and rang to ask. If we had switched off without a NOTAM, crews would have expected the
        beacon to be available for {{procedures}}.

        NOTAM now raised. I propose the {{planning sheet}} is locked until the NOTAM box is filled.

        Cheers,
        [[name:Jonty]]
        --
        [[name:Jonty Ferreira-Hale]]
        {{Navaids}} Team Lead, [[organisation:Calderway Navigation Services]]
        m: [[phone:07700 900261]]
    """)),
    ("aviation", "incident", block("""
        #eng-ops (Slack export)
        [[name:sanjay.v]] 09:12  heads up - {{SSR}} on the north head came back this morning
          with the wrong {{site config}}. {{Mode S}} {{II code}} was the test one
        [[name:ewa.s]] 09:14  since when??
        [[name:sanjay.v]] 09:15  since the {{software load}} last night by the {{OEM}} guy.
          {{ATC}} saw dupe tracks around 07:40
        [[name:obi]] 09:17  that's a {{CAA}} reportable then. I'll do the {{MOR}}
        [[name:niamh.k]] 09:20  was the config checked against the {{baseline}} before
          handback?
        [[name:sanjay.v]] 09:21  no, the checklist only says "confirm config loaded" 🙃
        [[name:niamh.k]] 09:25  ok. fault [[case_reference:FLT-24-0688]]. [[name:sanjay.v]] can
          you and [[name:obi]] roll it back at 12 with {{ATC}} agreement
    """)),
    ("aviation", "success", block("""
        MINUTES - Engineering Safety Review Group
        Date: [[date:7 March 2024]]   Venue: {{Ops Block}} meeting room
        Present: [[name:Rhodri Vaughan-Lloyd]] ({{Engineering Manager}}, chair),
        [[name:Niamh Kearney]], [[name:Sanjay Varma]], [[name:Will Ashworth]] ({{ATC}} {{Watch Manager}}),
        [[name:Hazel]] ({{Safety}})
        Apologies: [[name:Torsten Lindqvist]], [[name:Ewa Sobczak]]

        1. {{Glidepath}} {{flight inspection}} [[date:27 Feb]] - passed first time, first time
           in four years. [[name:Niamh]] credited the new {{ground check}} routine written by
           [[name:Torsten]] and the {{antenna}} survey done in {{January}}.
        2. [[name:Will]] said {{ATC}} noticed no restrictions during the check window; the
           {{NOTAM}} and {{ATIS}} wording was clear.
        3. Agreed: routine to be adopted for the {{localiser}} check in {{autumn}}.
        Actions: [[name:Hazel]] to write up as a {{positive safety report}}.
    """)),
    ("aviation", "near_miss", block("""
        ENGINEERING HANDOVER  {{nights}} -> {{days}}   [[date:Tue 14/05]]
        - {{ILS 27}}: {{LLZ}} Tx2 {{monitor}} flickering ~03:00, self-cleared. Logged
          [[case_reference:FLT-24-0701]]. NOT fixed.
        - {{DME}}: left in {{maintenance mode}} after [[name:Callum]]'s check last night -
          radiating with no {{ident}}!! Found by me at 05:50 on the {{RCMS}}, {{ATC}} told, put
          back to operational 05:55. No traffic used it in that time as far as we know.
          [[name:Callum]] aware + gutted. Need a "mode restored" step in the {{PTW}} close-out.
        - {{GP}}: Tx1 on line, no alarms.
        - {{VHF}} 121.5 {{guard}}: fine.
        - Vehicle [[vehicle_registration:EM70 KRT]] low tyre, not used.
        [[name:W. Kowalczyk]]
    """)),
    ("aviation", "incident", block("""
        SYSTEM OUTAGES - Q1 2024 ([[organisation:Calderway Navigation Services]])

        Ref             Date        System            Duration  Cause
        [[case_reference:OUT-2024-011]]    [[date:09/01/24]]    {{VHF}} 119.405 main     0h45      {{PTT}} relay
        [[case_reference:OUT-2024-029]]    [[date:18/02/24]]    {{LLZ}} {{RWY 27}}         3h10      water ingress
        [[case_reference:OUT-2024-047]]    [[date:10/03/24]]    radar site        2h31      {{UPS}} + generator
        [[case_reference:OUT-2024-052]]    [[date:22/03/24]]    {{ATIS}}              0h20      {{PSU}}

        Note: [[case_reference:OUT-2024-047]] exceeded the {{service level}} and has been
        reported to the {{CAA}} and to [[organisation:Eastmoor Airport]] operations. Three of
        four outages were linked to deferred {{PPM}}. Prepared by [[name:Hazel Mbeki]].
    """)),
    ("aviation", "success", block("""
        Teams chat - Eng Team
        [[name:Torsten Lindqvist]] 14:03
        Just had [[name:Sunny]] from {{ATC}} on the phone - they're really pleased with how
        quickly we got the 118.7 {{frequency}} back after the lightning yesterday
        [[name:Faith Adeyinka]] 14:05
        That was all [[name:Bill]]! he had the spare {{radio}} configured and on the {{rack}}
        before the storm even hit, he'd read the {{Met Office}} warning
        [[name:Bill Tremayne]] 14:07
        ha it was the {{lessons learned}} from the storm on [[date:14 August]]. took 20 mins to swap
        [[name:Torsten Lindqvist]] 14:08
        Putting it in the {{safety bulletin}}. Pre-positioning spares on a {{yellow warning}} 👍
    """)),
    ("aviation", "incident", block("""
        STAFF INJURY REPORT
        Name: [[name:Callum Rhys-Douglas]]       Employee no: [[case_reference:CNS-4482]]
        DOB: [[date_of_birth:05/10/1990]]        NI no: [[ni_number:JT 48 21 93 C]]
        Home address: [[address:9 Tarn Close, Scarthwaite]], [[postcode:EM9 2HW]]
        Date of incident: [[date:29 April 2024]]  Location: {{glidepath}} {{antenna mast}}
        Witness: [[name:Wojciech Kowalczyk]]
        Description: climbing to the {{near-field monitor}} antenna with the {{fall arrest}}
        attached. Top rung of the {{ladder}} was loose and [[name:Callum]]'s foot slipped.
        Arrest held; strained left shoulder. First aid on site, seen at
        [[organisation:Scarthwaite Minor Injuries Unit]], off work 3 days. {{RIDDOR}} not required (under 7 days).
        Ladder tagged out; inspection of all masts requested. Manager: [[name:R. Vaughan-Lloyd]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Monday 3 June]] I was asked to replace a faulty {{power supply}} in the
        {{VCCS}} equipment room. The {{permit to work}}, [[case_reference:PTW-1047]], listed
        rack B as isolated. When I opened the rack I checked with a {{voltage tester}} as
        trained and found it was still live: the {{isolation}} had been applied to rack D, which
        has the same label layout. [[name:Mei Ling Tan]], the {{authorised person}}, had applied
        the {{LOTO}} from an old drawing that still showed the pre-2022 numbering. No work was
        done until the correct rack was isolated and verified by both of us. Nobody was hurt and
        there was no effect on {{ATC}} {{voice communications}}, as rack D was the standby
        side. I have asked for the drawings to be reissued and for the rack labels to show
        the {{breaker}} number. - [[name:Kofi Mensah-Bonsu]], {{ATSEP}}, [[organisation:Calderway
        Navigation Services]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Will Ashworth]] <[[email:will.ashworth@eastmoor-atc.co.uk]]>
        To: [[name:Niamh Kearney]] <[[email:n.kearney@calderway-nav.co.uk]]>
        Subject: Thanks - ILS during the fog
        Date: [[date:Thu 21 Nov 2024]]

        Hi [[name:Niamh]],

        Just a note to say thank you to your night team. With {{LVPs}} in force from 02:00 and
        the {{ILS}} the only way in, [[name:Rose Adjei]] and [[name:J.K.]] stayed on site at
        the {{glidepath}} shelter all night after the {{monitor}} wobble, so we had an engineer
        there if it went. It didn't, and we landed 14 {{arrivals}} including
        [[flight_number:SVA1190]] and the {{mail flight}} [[flight_number:BMR802]] without a
        single diversion.

        My {{ATCOs}} noticed and appreciated it. Please pass it on.

        [[name:Will]]
        {{Watch Manager}}, [[organisation:Eastmoor Airport]] {{ATC}}
    """)),
    ("aviation", "incident", block("""
        WhatsApp - Eng on-call
        [[date:06/08/24]]
        [11:02] [[name:Gaz Pemberton]]: ATC just lost the {{landline}} to the radar site + the
        {{data circuit}}. both routes 😳
        [11:04] [[name:Hazel]]: any works going on up there?
        [11:06] [[name:Gaz Pemberton]]: yep [[organisation:Kestrel Civils Ltd]] digging for the
        new {{car park}} drainage, they've gone thru both ducts. photo 👇
        [11:07] [[name:Gaz Pemberton]]: <image omitted>
        [11:09] [[name:Hazel]]: so the "{{diverse routing}}" was the same trench 🙄 ringing the
        {{telco}}. fault no. [[case_reference:TC-884120-K]]
        [11:15] [[name:Rhodri]]: {{NOTAM}} up for reduced {{radar coverage}}? and {{MOR}} pls
        [11:18] [[name:Hazel]]: {{AIS}} done. [[name:gaz]] can u get their site manager's
        name + the {{permit to dig}}, nobody told us
        [16:40] [[name:Gaz Pemberton]]: circuits restored 16:32
    """)),
    ("aviation", "near_miss", block("""
        Transcript - recorded {{engineering line}}, [[date:15/10/24]]
        {{Eng}} = [[name:Robin Oyarzabal]], {{TWR}} = {{Tower}} controller

        09:31:05  Eng: Tower, engineering, request to take the {{glidepath}} off for about
                  twenty minutes, monitor swap.
        09:31:12  TWR: Engineering, approved, nothing inbound.
        09:31:40  Eng: Glidepath off.
        09:32:20  Eng: Tower, engineering, I'm showing [[flight_number:EXS47K]] on the
                  {{ASMGCS}} at eight miles on the {{ILS}} - confirm he's not using the glide?
        09:32:28  TWR: Stand by... he is, he's on {{Approach}} frequency. Glidepath back on please.
        09:32:35  Eng: Glidepath back on, monitors normal.
        09:33:10  TWR: Thanks. He's fine, {{Approach}} hadn't handed him over yet.

        Note ([[name:Robin]]): the Tower only sees their own strips; {{Approach}} must be asked
        too. {{NOTAM}} was not needed as the outage was 95 s but we are reporting it as an
        {{MOR}}. Ref [[case_reference:CNS-OCC-24-0377]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind348", REPORTS))
