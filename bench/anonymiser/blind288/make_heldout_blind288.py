"""Held-out blind corpus 288: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a family court welfare and child arrangements service - family court
  advisers, safeguarding checks, contact disputes, section 7 reports.
- health (17): a hospital mortuary, bereavement office and medical examiner service - families,
  certificates, coroners' referrals, viewings.
- aviation (16): an airline's crew welfare and crew hotel transport team - layovers, hotel
  shuttles, crew rest, fatigue reports, duty managers.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack, with handles), handover notes,
minutes with attendance and apologies, pipe-separated tables, an RT transcript, a phone-call
transcript, shout-outs and thank-you cards.

Identifiers are marked [[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind288.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        rushed note sorry. sent the {{safeguarding letter}} for [[case_reference:FC/24/03318]]
        to {{dad}} instead of the redacted copy - it had mums new addr in it
        ([[address:14 Callow Rise, Thornbury Vale]], [[postcode:DN4 7RW]]). realised about
        {{4.40pm}} when [[name:kez]] in admin spotted the {{redaction}} box wasnt ticked on the
        {{case management system}}. rang dad (Mr [[name:Lisowski]]), he says its at his work
        unopened, has agreed to hand it in at reception tmrw [[date:Weds 13th]]. mum
        [[name:Halina]] told via her {{IDVA}} - shes moving to {{emergency accommodation}}
        tonight w the 2 kids ([[age:aged 4]] and [[age:9]]). {{practice supervisor}} aware +
        {{DPO}} emailed. pls dont use the old {{Word}} template it doesnt auto redact. [[name:bex]]
    """)),
    ("social_care", "near_miss", prose("""
        While preparing the {{safeguarding letter}} for a {{FHDRA}} listed at
        [[organisation:Brackwater Family Court]] on [[date:19 February]], the
        {{family court adviser}} noticed that the {{police national computer}} ({{PNC}}) result
        did not fit the application. The respondent father is [[name:Daniel Okoro]], date of
        birth [[date_of_birth:02/07/1991]]. The police return listed offences from 1999 under the
        same name with a date of birth of [[date_of_birth:02/07/1981]] - a different man, who
        would have been [[age:18]] at the time while our respondent was [[age:8]]. The adviser,
        [[name:Priyanka Raval-Hughes]], queried this with the {{police liaison}} and the checks
        were resubmitted with the father's middle name; a clear result came back on
        [[date:16 February]]. Had the letter gone as drafted, the {{District Judge}} would have
        read that the father had a conviction for {{ABH}}, which could have delayed contact with
        his son [[name:Tobi]] by months. Learning: cross-check the {{DOB}} on the {{C100}} against
        every police return before summarising. Case [[case_reference:BFC-2024-1187]].
    """)),
    ("social_care", "success", block("""
        🌟 Shout-out 🌟
        Massive thanks to [[name:Hope]] on the {{duty team}} who stayed late on
        [[date:Fri 8 March]] to finish the {{wishes and feelings}} work with [[name:Tomasz]]
        ([[age:11]]) before his dad's contact restarts. She used the {{Three Houses}} tool and let
        him draw his bedroom at {{nan}}'s so he could explain why {{Sunday}} handovers at the
        {{petrol station}} scare him. The {{magistrates}} said it was the clearest child's voice
        they'd heard in a long time and moved handover to [[organisation:Oakfield Family Centre]].
        [[name:Anand]] (her {{PS}}) wants her to show the tool at {{Tuesday}} {{team meeting}}.
        Well done [[name:Hope]], you're a star!
        [[name:Wendy O'Shea]]
        {{Service Manager}}, [[organisation:Brackwater South Team]]
    """)),
    ("social_care", "incident", block("""
        Chronology – [[date:Tues 5 March]] – observed contact at [[organisation:Harlow Lane Contact Centre]]
        Case: [[case_reference:CA-0419-77]]
        13:55  {{FCA}} ([[name:J.K.]]) arrives, checks the {{contact plan}} with centre staff.
        14:05  Father (Mr [[name:Ilunga]]) arrives with partner [[name:Sade]]. [[name:Sade]] is not approved on the plan.
        14:07  Centre {{coordinator}} [[name:Lorraine]] asks [[name:Sade]] to wait in {{reception}}. Father raises voice, swears at staff.
        14:12  Children [[name:Gloire]] ([[age:6]]) and [[name:Bénédicte]] ([[age:3]]) arrive with {{maternal grandmother}}; hear shouting from car park.
        14:15  [[name:J.K.]] suspends contact. Children taken to the {{quiet room}} with nan.
        14:30  Father leaves. Police not called. {{Incident form}} done.
        15:10  [[name:J.K.]] informs {{practice supervisor}} and the {{legal adviser}} at [[organisation:Harrowgate County Court]].
        Next hearing [[date:21/03/24]] – {{addendum report}} to be filed.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Marcus Fenwick]] <[[email:marcus.fenwick@westmere-fcas.org.uk]]>
        To: {{Safeguarding Leads}}
        Date: [[date:29 February 2024]] 17:22
        Subject: Near miss - school named in draft s7

        Hi all,
        Quick one for learning. Today I was about to upload the draft {{section 7 report}} for
        [[case_reference:WM/S7/24/0552]] to the {{court portal}} when I spotted para 4.3 still
        named [[name:Amara]]'s new school, [[organisation:St Bride's C of E Primary]], and her
        {{SENCo}}, Mrs [[name:Doherty]]. {{Mum}} has a {{non-molestation order}} and asked that
        the school is not shared with the father.
        The draft had been through {{QA}} with my {{practice supervisor}} and we both missed it.
        Nothing was sent. I've added a 'location check' step to my own checklist and would
        suggest it goes into the {{QA template}}.

        Thanks,
        [[name:Marcus]]

        [[name:Marcus Fenwick]] | {{Family Court Adviser}}
        [[organisation:Westmere Family Court Advisory Service]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        LEARNING REVIEW – MINUTES
        Date: [[date:14 March 2024]], {{Room 2}}
        Present: [[name:Grace Mensah]] ({{Chair}}, {{Head of Practice}}), [[name:Will Thornbury]] ({{FCA}}),
        [[name:Faith Oduya]] ({{FCA}}), [[name:Pat Corrigan]] ({{business support}})
        Apologies: [[name:Rashid Al-Nuaimi]], [[name:Siobhán Ní Bhriain]]

        1. [[case_reference:EX-22-9031]] – good practice
        [[name:Will]] described joint work with the {{MASH}} at [[organisation:Eastleigh Borough Council]],
        which meant the {{s.16A risk assessment}} was shared two days before the {{FHDRA}}. The
        child's GP practice, [[organisation:Kingsmead Surgery]], replied within 48 hours.
        2. Information sharing
        [[name:Faith]] said {{CAMHS}} letters still only arrive by post. Action: [[name:Pat]] to chase
        the {{information sharing agreement}}.
        3. AOB – none.
        Next meeting [[date:11 April]]. [[name:Grace]] thanked everyone.
    """)),
    ("social_care", "incident", block("""
        {{Teams}} – {{Duty}} chat – [[date:12/03/2024]]
        [09:02] [[name:sunny.bhatt]]: anyone about? the {{CVP}} link for [[case_reference:NC-88213]] went to the wrong {{mum}} 😬
        [09:03] [[name:joy.al]]: wdym wrong mum
        [09:03] [[name:sunny.bhatt]]: sent to [[email:t.mcateer77@fastmail.co.uk]] - thats the mum in a totally diff case, same surname ([[name:McAteer]])
        [09:04] [[name:joy.al]]: has it got the {{hearing}} time + other party's email on it?
        [09:05] [[name:sunny.bhatt]]: yes both 😩
        [09:05] [[name:joy.al]]: ok pull the link now + ring the {{court clerk}} for a new one. i'll tell [[name:Mo]]
        [09:11] [[name:sunny.bhatt]]: done, new link only to [[email:r.mcateer@wexmail.com]]. rang the other mum, she deleted it + was v nice abt it
        [09:12] [[name:joy.al]]: log it as a {{data breach}} pls, {{IG}} form on the {{intranet}}
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER – {{duty desk}} – [[date:Mon 18/03]] pm
        • [[case_reference:DN/24/1120]]: {{DSL}} at [[organisation:Northgate Academy]] rang {{14:50}}.
          {{Paternal uncle}} ([[name:Łukasz]]) tried to collect [[name:Zofia]] ([[age:7]]); school
          refused as he's not on the {{interim CAO}}. Good call by school. BUT they tried the number
          on our {{safeguarding letter}} first ([[phone:01632 960 771]]) – old {{duty line}}, rang
          out. Right number is [[phone:01632 960 105]]. Template needs fixing before more letters go.
        • [[case_reference:DN/24/1094]]: still waiting on {{LA checks}} from [[organisation:Dunmore Council]], chased x2.
        • [[name:AB]] off sick tmrw – her {{FHDRA}} list at {{10:00}} needs cover. Ask [[name:Rose]]?
        Handed over by [[name:Chidi]] to [[name:Marta]].
    """)),
    ("social_care", "success", prose("""
        Good practice note. In a {{private law}} case about two brothers, [[age:aged 12]] and
        [[age:15]], the mother's first language is {{Dari}} and she had not been able to follow
        the {{FHDRA}}. The {{family court adviser}}, [[name:Nasrin Haidari]], booked a female
        {{interpreter}} through [[organisation:LinguaBridge Ltd]] for every contact and asked for
        the {{safeguarding interview}} to happen at [[organisation:Fenwick Road Children's Centre]]
        rather than by phone, where the father could overhear. This allowed mum to disclose
        {{financial abuse}} for the first time. [[name:Nasrin]] also met the boys separately at
        [[organisation:Holloway Park School]] with the {{DSL}} present. The
        {{section 7 report}} was filed on time on [[date:22 January]] and the court made a
        {{child arrangements order}} that the older boy, [[name:Farid]], said 'actually listens
        to us'. Ref [[case_reference:HX/23/7710]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Ref: [[case_reference:INC-SC-24-0317]]
        Reporter: [[name:Amber Nwosu]], {{FCA}}
        Child: [[name:Leo Brannigan]]    DOB: [[date_of_birth:11/09/2016]]
        Address: [[address:27 Wrenfield Close, Marston Green]], [[postcode:B37 9QS]]
        Date/time: [[date:07/03/2024]], approx {{15:30}}
        Type: {{Verbal aggression}} / {{lone working}}

        Description: On a {{home visit}} for the {{section 7 report}}, {{mum}}'s partner
        [[name:Craig]] came in smelling of alcohol and shouted that '{{social workers}}' had
        taken his other kids. I ended the visit and left. Checked in on the {{StaySafe}} app from
        the car. [[name:Leo]] was upstairs and did not see it.
        Police log: [[case_reference:WMP-0703-0215]]
        Actions: {{risk assessment}} updated, future visits joint or at office. Manager
        [[name:Deepa]] informed same day.
    """)),
    ("social_care", "near_miss", prose("""
        ugh near miss today. about to do the {{DA screening}} call w {{mum}} ([[name:Precious]])
        for [[case_reference:LV-2403-0061]] - number on the {{C100}} front sheet was
        [[phone:07700 900 382]]. smthg felt off so checked the {{C1A}} and mums number on there is
        [[phone:07700 900 517]]. the first one is DADS. wd have rung him and asked about
        {{coercive control}} 😳 {{applicant's solicitors}} ([[organisation:Marlow Hextall LLP]])
        had swapped them on the form. emailed them + {{court admin}}, told [[name:TJ]] ({{PS}}).
        called mum on the right no. at 2, she's ok, {{safety plan}} in place. pls pls check
        numbers against C1A b4 any {{screening call}} x
    """)),
    ("social_care", "success", block("""
        Thank-you card left at {{reception}} on [[date:2 April]] – typed up with the
        {{young person}}'s permission for the {{learning log}}:

        'Dear [[name:Bill]] and Mrs [[name:Achterberg]],
        thank u for actually listening to me when i said i didnt want to go to {{dads}} every
        weekend. nobody asked me before. i liked that u came to {{football}} and didnt make it
        weird. the {{judge}} said i can do {{Saturdays}} now and thats way better. i got player
        of the match last week!!
        from [[name:Kai]] ([[age:13]])
        ps sorry i ate all the biscuits'

        [[name:Bill]] and Mrs [[name:Achterberg]] were the {{FCA}} and {{FCA}} {{student}} on this
        case. Card scanned to [[case_reference:MK/23/4490]] and the original given to [[name:Bill]].
    """)),
    ("social_care", "incident", block("""
        Incident summary – {{safeguarding checks}} not sent (shared inbox fault)
        Period: [[date:26 Feb]] – [[date:4 March 2024]]. Found by [[name:Yusuf]] in {{business support}}.

        | Case ref | Court | Checks due | Sent | Hearing | Impact |
        | [[case_reference:SH/24/0201]] | [[organisation:Sheldon Family Court]] | {{police}} + {{LA}} | [[date:5 Mar]] | [[date:7 Mar]] | {{FHDRA}} adjourned 4 wks |
        | [[case_reference:SH/24/0214]] | [[organisation:Sheldon Family Court]] | police only | [[date:5 Mar]] | [[date:14 Mar]] | none, returned in time |
        | [[case_reference:SH/24/0230]] | [[organisation:Ravensmoor Magistrates' Court]] | police + LA | [[date:6 Mar]] | [[date:20 Mar]] | none |

        Cause: an {{Outlook}} rule moved requests from the {{e-filing}} account into '{{Archive}}'.
        Nobody owned the inbox after [[name:Gill]] left.
        Actions: [[name:Yusuf]] and {{IT}} removed the rule; daily check added to the {{duty desk}}
        list. Apology letter sent to both parents in [[case_reference:SH/24/0201]].
    """)),
    ("social_care", "near_miss", block("""
        #practice-qa · {{Slack}} export
        [[name:mark.d]]  10:41
        heads up - in the draft {{s7}} for [[name:Kacper]] ([[case_reference:TW-24-0388]]) para 6 says
        '[[name:Ellie-Mae]] told me she feels safe at {{dad}}'s'. [[name:Ellie-Mae]] is a different child 🙈
        looks like a copy/paste from the last report
        [[name:ruthie]]  10:44
        oh no. that's mine. so sorry [[name:Mark]] – I used the old report as a template for the
        {{Welfare Checklist}} headings
        [[name:mark.d]]  10:45
        all good, caught before filing. pls redo para 6 from your {{visit notes}} of [[date:6 March]]
        and re-send for {{QA}}
        [[name:ruthie]]  10:46
        will do. shall I tell [[name:Hannah]]?
        [[name:mark.d]]  10:47
        yes + mention it at {{supervision}} so we can raise the template thing with the
        {{Practice Standards}} group
    """)),
    ("social_care", "incident", prose("""
        On the evening of [[date:Thursday 11 January]], the {{family court adviser}}'s car, a
        grey {{Ford Focus}}, registration [[vehicle_registration:KX19 TVR]], was broken into on
        [[address:Sallow Street, Pennington]] while she was inside a family home. A {{work bag}}
        was taken from the boot. It held an encrypted {{laptop}}, which is low risk, but also a
        paper notebook of {{handwritten notes}} from three interviews, including the name and
        school of a [[age:9-year-old]] girl, [[name:Ruby-Jean]], and the {{mother}}'s new area.
        The adviser, [[name:Oluwaseun Bamidele]], reported it to {{police}} (crime ref
        [[case_reference:41/9982/24]]) and to her manager, [[name:Keith Armitage]], that night.
        The {{IG}} team assessed it as a {{reportable breach}} and the family was told on
        [[date:12 January]]. Learning: paper notebooks should not be used for {{s7}} interviews;
        where unavoidable they must never be left in a vehicle.
    """)),
    ("social_care", "success", block("""
        Good outcome – urgent {{without notice}} application, [[date:Fri 23 Feb]]
        11:20  {{Duty FCA}} [[name:Ngozi]] gets call from [[organisation:Carlow Women's Aid]] – mum fled last
               night with [[name:Isla]] ([[age:2]]), dad threatening to take [[name:Isla]] abroad.
        11:35  [[name:Ngozi]] runs {{police}} and {{LA checks}} by phone; {{MARAC}} flag confirmed.
        12:10  {{Safeguarding}} summary emailed to the {{legal adviser}} at [[organisation:Dunmore Family Court]].
        13:45  {{Port alert}} discussed with the {{DJ}}; {{prohibited steps order}} made.
        14:30  Order served; passport lodged with mum's solicitor.
        15:00  [[name:Ngozi]] debriefs with [[name:Rhodri]] ({{team manager}}).
        Under 4 hours from call to order. Thanks also to [[name:Sunita]] in {{admin}} who found the
        old {{C100}} from 2022 in seconds. Ref [[case_reference:DFC/24/0091]]
    """)),
    ("social_care", "near_miss", block("""
        Call transcript (from {{Teams}} recording, [[date:26/03/2024]], {{16:02}})
        NURSERY ([[name:Joanne]], [[organisation:Little Acorns Nursery]]): Hi, we've got dad here
        to collect [[name:Mila]]. Our form says he's fine to collect but mum's just texted saying
        he's not allowed?
        {{FCA}} ([[name:Dev]]): Can I take the child's date of birth?
        NURSERY: [[date_of_birth:3 May 2021]].
        FCA: Thanks. There's a {{prohibited steps order}} from [[date:14 March]] – dad can't
        remove her from mum's care. Please don't release her.
        NURSERY: OK. Our {{collection form}} hasn't been updated then.
        FCA: Mum should have given you a copy. Can you keep [[name:Mila]] inside and call the
        {{police}} if he won't leave? I'll ring mum now.
        NURSERY: Will do.
        [Note by [[name:Dev]]: dad left without incident. Nursery had the order in an email but it
        wasn't put on the {{register}}. {{Nursery manager}} Mrs [[name:Ferreira]] is updating
        their process. Case [[case_reference:BR/24/0317]].]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        A patient who died on {{Ward 22}} at [[organisation:Northmoor General Hospital]] on
        [[date:3 February]] was released from the mortuary to
        [[organisation:Pennock & Daughters Funeral Directors]] on [[date:6 February]] while a
        {{coroner's referral}} was still open. The {{medical examiner}}, Dr
        [[name:Imogen Fairweather]], had referred the death because of a fall on the ward nine
        days earlier and a {{subdural haematoma}} on {{CT}}. The referral was noted in the {{ME}}
        database, but the {{release checklist}} in the mortuary only looks for a signed
        {{MCCD}}, and one had been issued in error by the {{F1}} before scrutiny was complete.
        The {{APT}} on duty, [[name:Callum]], followed the checklist correctly. The
        {{coroner's officer}}, [[name:Bernadette Kwarteng]], was informed on [[date:7 February]]
        and the deceased, Mr [[name:Alfred Shenton]] ([[age:84]]), was returned for a
        {{post-mortem}}. The family were distressed by the delay to the funeral. Ref
        [[case_reference:DTX-40213]].
    """)),
    ("health", "near_miss", prose("""
        nr miss in the {{body store}} this am. 2 pts came down overnight w nearly same name -
        [[name:Margaret Hewson]] (hosp no [[case_reference:RX4471920]]) and
        [[name:Margaret Hewitt]] ([[case_reference:RX4470988]]). {{FD}} from
        [[organisation:Castlegate Funerals]] came for [[name:Hewson]] at 9.15, paperwork had been
        pre-pulled for [[name:Hewitt]] by {{nights}}. i only clocked it on the {{ID band}} check
        at the {{fridge}} - {{DOB}} on band [[date_of_birth:14/06/1938]] didnt match the
        {{release form}}. stopped, got [[name:Rafa]] to be {{second checker}}, swapped paperwork,
        all fine. no harm. but the {{fridge tags}} only show surname + initial so
        [[name:M Hewson]] / [[name:M Hewitt]] look the same at a glance!! suggest full name + hosp
        no on tags. [[name:lou]] ({{APT}})
    """)),
    ("health", "success", block("""
        THANK YOU – {{Bereavement Office}}
        Big thanks to [[name:Faisal]] and [[name:Joy]] for what they did for the [[name:Rahimi]]
        family on [[date:Saturday 16 March]]. Mr [[name:Rahimi]] died in {{ED}} at 02:10 and the
        family needed burial the same day for religious reasons. [[name:Joy]] contacted the
        {{on-call ME}}, Dr [[name:Sanjeev Menon]], who completed {{scrutiny}} by phone with the
        {{ED consultant}} by 08:30. [[name:Faisal]] sent the {{MCCD}} electronically to the
        {{register office}} and stayed with the son until the {{registrar}} confirmed. The body
        was released to [[organisation:Al-Noor Funeral Services]] at 11:40 and the burial took
        place after {{Zuhr}} prayer.
        This is exactly what the {{out-of-hours}} pathway is for.
        – [[name:Annette]], {{Bereavement Services Manager}}
    """)),
    ("health", "incident", block("""
        Chronology – implant not declared (ref [[case_reference:MX/24/0118]])
        [[date:12/02]] 10:00  Deceased, Mrs [[name:Dorothy Ainsworth]], [[age:91]], {{NHS number}} [[nhs_number:943 476 5919]], transferred to mortuary from [[organisation:Lindley Ward]].
        [[date:13/02]] 14:20  {{Cremation Form 4}} completed by {{SHO}} – 'no {{implantable device}}' ticked.
        [[date:14/02]] 09:40  {{Medical examiner}} countersigns; device question not re-checked against notes.
        [[date:15/02]] 11:15  {{APT}} [[name:Shannon]] notices scar on left chest during {{ID check}} for release; asks FD to wait.
        [[date:15/02]] 11:30  {{Cardiology}} record confirms a {{pacemaker}} fitted 2019.
        [[date:15/02]] 12:10  Device removed by APT; Form 4 corrected by SHO. [[organisation:Redmoor Crematorium]] informed.
        Outcome: no harm, but if missed the device could have exploded in the {{cremator}}.
        Family (daughter [[name:Christine]]) informed by [[name:Shannon]].
    """)),
    ("health", "near_miss", block("""
        MEDICAL EXAMINER SERVICE – SCRUTINY DISCREPANCY
        Name: [[name:Kenneth Obi-Lawson]]
        DOB: [[date_of_birth:23/11/1947]]     Age: [[age:76]]
        NHS no: [[nhs_number:401 023 2188]]     Hosp no: [[case_reference:H0938821]]
        NI no (for {{Tell Us Once}}): [[ni_number:JT 48 21 93 C]]
        Address: [[address:Flat 9, Wilmot Court, 40 Sandpit Lane, Coxhill]], [[postcode:WS9 2LE]]
        Date of death: [[date:08/03/2024]]
        Cause (draft): {{1a}} {{aspiration pneumonia}}, {{1b}} {{Parkinson's disease}}
        Discrepancy: draft {{MCCD}} had DOB [[date_of_birth:23/11/1974]] copied from an
        {{ePMA}} label – would have made him [[age:49]] on the register.
        Picked up by: {{MEO}} [[name:Rosalind Achebe]] at {{scrutiny}}, before the MCCD went to the
        {{registrar}}.
        Action: {{doctor}} (Dr [[name:P. Szabo]], {{FY2}}) re-issued the certificate same day.
        Family unaware.
        Reported by: [[name:R.A.]]
    """)),
    ("health", "success", block("""
        Medical Examiner Service – monthly meeting
        [[date:Weds 10 April]], {{Seminar Room B}}
        Attendees: Dr [[name:Helen Mbatha]] ({{Lead ME}}), Dr [[name:Arjun Pillai]] ({{ME}}),
        [[name:Sunny Marchetti]] ({{MEO}}), [[name:Carys Pugh]] ({{Bereavement}}), [[name:Ola]] ({{Mortuary}})
        Apologies: Dr [[name:Mark Ellingham]], [[name:Hope Quansah]]

        1. Good practice: [[name:Sunny]]'s call with the family of a [[age:39-year-old]] who died in
        {{ITU}} picked up a concern about delayed {{antibiotics}}; referred to the {{coroner}} and
        to the {{Patient Safety}} team the same day. Family thanked the service in writing.
        2. Community deaths: [[organisation:Brookfield Medical Practice]] now sends the
        {{Summary Care Record}} with every referral – scrutiny time down from 5 days to 2.
        3. {{Learning disability}} deaths: all 3 this month referred to {{LeDeR}} within 48h.
        Actions: [[name:Arjun]] to share the family call template.
    """)),
    ("health", "incident", block("""
        Teams chat – {{Mortuary}} / {{Bereavement}} – [[date:20/03/24]]
        [13:58] [[name:Amira K]]: family are in {{reception}} for the {{2pm}} {{viewing}} – Mr [[name:Lenny Igwe]], hosp no [[case_reference:NMG-5520871]]. is he ready?
        [14:01] [[name:Tom W]]: he's not here?? register says still at [[organisation:St Oswin's Community Hospital]], transfer never booked
        [14:02] [[name:Amira K]]: 😳 {{daughter}} has driven 3 hours
        [14:03] [[name:Tom W]]: can't get him here for 2. earliest is 4 if [[organisation:Kestrel Private Ambulance]] can do it
        [14:05] [[name:Amira K]]: ok I'll tell them and get the {{chaplain}} down. who booked the viewing without checking where he was?
        [14:06] [[name:Tom W]]: went in the diary from {{the ward}}'s call, nobody checked the {{mortuary register}}
        [16:20] [[name:Tom W]]: he's here, viewing done 16:45. family upset but v gracious. {{Datix}} [[case_reference:DTX-40388]] done
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Tunde Ashworth-Bello]] <[[email:tunde.ashworth-bello@northmoor.nhs.uk]]>
        To: {{ME Office}}
        Cc: {{Surgical Governance}}
        Sent: [[date:Monday 4 March 2024]] 18:05
        Subject: Near miss – death after procedure nearly certified without referral

        Hi all,
        For learning. On {{Friday}} the {{FY1}} on [[organisation:Kinross Ward]] drafted an
        {{MCCD}} for [[name:Patricia Lomax]] ([[case_reference:NMG-5512240]]), cause {{1a}}
        {{pneumonia}}, and messaged me to 'sign off quickly' for a funeral. At scrutiny the notes
        showed a {{laparoscopic cholecystectomy}} ten days before death with a {{bile leak}}.
        That must be referred to the {{coroner}}. I spoke to the daughter, [[name:Jill]], who
        had her own questions about the surgery. Referral made; the coroner has opened an
        investigation ([[case_reference:COR-24-1193]]).
        No harm done, but the ward had told the family the certificate was 'just a formality'.

        [[name:Tunde]]
        Dr [[name:Tunde Ashworth-Bello]], {{Medical Examiner}}
        [[organisation:Northmoor General Hospital]] | ext. [[phone:4417]]
    """)),
    ("health", "success", block("""
        Shout-out to the night porters 👏
        On [[date:Sun 25 Feb]] we received a deceased with suspected
        {{Creutzfeldt-Jakob disease}} from [[organisation:Hartwell Ward]] at 03:00.
        [[name:Des]] and [[name:Grace Olatunji]] followed the {{high-risk}} transfer {{SOP}} to the
        letter – double {{body bag}}, {{PPE}}, {{danger of infection}} label, straight to the
        {{isolation fridge}} – and rang the {{on-call APT}} ([[name:Marek]]) rather than leaving it
        for days. [[name:Marek]] told me it was the best-prepared high-risk admission he's seen.
        The {{HTA}} inspection is next month and this is exactly what they want to see.
        Thank you [[name:Des]] and [[name:Grace]]!
        [[name:Bev Holroyd]], {{Mortuary Manager}}
    """)),
    ("health", "incident", block("""
        MORTUARY HANDOVER – nights → days, [[date:Tues 2 April]]
        • {{Fridge bank 3}} alarm at 01:40, temp up to 9°C. {{Switchboard}} rang {{on-call APT}}
          ([[name:Kwame]]), who came in 02:25. Door seal on {{bay 3C}} left ajar after the 23:50 admission.
        • 6 deceased in bank 3 moved to bank 1/2 by 03:00. Temps back to 4°C by 03:30.
        • Affected incl. [[name:Edna Fairclough]] ([[case_reference:MR/24/0311]]), booked for
          {{viewing}} 10:00 today – please check condition before family arrive. Mrs
          [[name:Fairclough]]'s son is [[name:Graham]], [[phone:07700 900 244]].
        • {{Estates}} job [[case_reference:EST-778120]] raised for the seal.
        • {{Porter}} who did the 23:50 admission ([[name:Ahmed]]) not aware yet – pls let him know
          kindly, it's a stiff door.
        Handed over by [[name:Kwame]] to [[name:Ruth]] / [[name:BH]]
    """)),
    ("health", "near_miss", block("""
        Release audit – w/c [[date:11/03/24]] (random sample)
        Deceased            | Mortuary no                   | Released to                          | ID check 1 | ID check 2 | Notes
        [[name:J. Whitlock]]         | [[case_reference:MR/24/0287]] | [[organisation:Castlegate Funerals]] | {{APT}}    | {{FD}}     | ok
        [[name:Sunita Kaur Bains]]   | [[case_reference:MR/24/0290]] | [[organisation:Harrow & Sons]]       | APT        | FD         | ok
        [[name:Wojciech Nowak]]      | [[case_reference:MR/24/0295]] | [[organisation:Pennock & Daughters]] | APT        | –          | 2nd check not signed

        Finding: release of [[case_reference:MR/24/0295]] on [[date:13/03]] had no second
        signature. The APT ([[name:Jordan]]) says the FD checked the {{wristband}} verbally but
        left before signing. No misidentification – Mr [[name:Nowak]]'s family confirmed him at
        the {{funeral home}} viewing. Near miss because the second check is what stops the wrong
        person leaving.
        Action: FD {{collection book}} to be signed before the {{trolley}} leaves the {{fridge room}}.
    """)),
    ("health", "incident", prose("""
        property issue - wedding ring for mrs [[name:o'donnell]] ([[case_reference:MR/24/0342]])
        missing from her {{property bag}} when her daughter [[name:siobhan]] came to the
        {{bereavement office}} on the [[date:19th]]. ward ({{AMU}}) {{property book}} says
        'yellow metal ring x1' signed by 2 staff. mortuary {{admission}} sheet says 'no
        jewellery'. so lost somewhere between ward + us. searched {{fridge}} tray, {{trolley}},
        {{cold room}}, nothing. then {{porter}} [[name:stevie]] remembered another bag on the
        shelf - ring was in the property for a diff pt, mr [[name:Okwuosa]]
        ([[case_reference:MR/24/0339]]), who was released yday. rang
        [[organisation:Harrow & Sons]] FD, they still had his bag, ring back with us by 4pm.
        [[name:siobhan]] v upset but relieved. need separate labelled bags + 2 signatures at
        {{handover}}. [[name:nikki]]
    """)),
    ("health", "success", prose("""
        During {{scrutiny}} of the death of Mr [[name:Daniel Ferreira-Lowe]] (known as
        [[name:Danny]]), a [[age:34-year-old]] man with a {{learning disability}} and
        {{epilepsy}} who died at [[organisation:Ashgrove House]] care home on
        [[date:28 January]], the {{medical examiner officer}}, [[name:Olamide Fashola]], spoke to
        his sister, [[name:Faith]], who said staff had stopped his {{levetiracetam}} after a
        {{medication review}}. The {{ME}}, Dr [[name:Arjun Pillai]], reviewed the {{GP}} records
        from [[organisation:Stonebridge Health Centre]] and agreed there was a possible link. The
        death was referred to the {{coroner}} and to {{LeDeR}} the same day, and a
        {{safeguarding}} concern was raised with [[organisation:Coxhill Council]].
        [[name:Faith]] later wrote that it was 'the first time anyone listened'. Learning: the
        family conversation is not a formality; it found a concern that was not in the hospital
        notes. Ref [[case_reference:MES-24-0215]].
    """)),
    ("health", "near_miss", block("""
        {{WhatsApp}} – Bereavement team – [[date:05/04/2024]]
        [09:12] [[name:Nicola]]: morning! I've got the [[name:Antwi]] family in the {{viewing room}} at 11 for baby [[name:Ama]] 💛
        [09:20] [[name:Rich]]: hang on, {{chapel of rest}} diary has the [[name:Lindqvist]] family at 11 too, booked by {{switchboard}} yday
        [09:21] [[name:Nicola]]: 😬 can't have two families cross in the corridor, esp for a {{baby}} viewing
        [09:22] [[name:Rich]]: I'll ring Mrs [[name:Lindqvist]] and ask if 12 is ok
        [09:30] [[name:Rich]]: she's fine with 12 👍 moved
        [09:31] [[name:Nicola]]: thank u. {{midwife}} [[name:Jas]] bringing the {{memory box}} and {{cuddle cot}}
        [09:33] [[name:Rich]]: can we get the diary in one place pls, 2 diaries = this. will raise at {{huddle}}
    """)),
    ("health", "incident", block("""
        From: [[name:Dawn Pilkington]] <[[email:dawn.pilkington@northmoor.nhs.uk]]>
        To: {{Information Governance}}
        Date: [[date:27 March 2024]]
        Subject: Data breach – MCCD emailed to wrong address

        Hello,
        At 15:48 today I emailed the {{MCCD}} and {{Form 4}} for the late Mr [[name:Harold Quince]]
        (NHS [[nhs_number:650 118 3448]]) to [[email:registrar.coxhill@gmail.com]] instead of the
        {{register office}} address [[email:registrars@coxhill.gov.uk]]. The wrong address
        autofilled in {{Outlook}}. I realised when the {{registrar}} rang to say nothing had
        arrived. I have emailed the unknown address asking them to delete it and have had no
        reply. The certificate includes the cause of death ({{alcoholic liver disease}}), which
        the family consider very private. I have told Mr [[name:Quince]]'s son, [[name:Barry]],
        and my manager, [[name:Annette]].

        Kind regards
        [[name:Dawn]]
        [[name:Dawn Pilkington]] | {{Bereavement Officer}} | [[phone:01632 960 733]]
    """)),
    ("health", "success", block("""
        Card received by the {{Bereavement Office}}, [[date:8 April]] – shared on the staff board:

        To [[name:Joy]], [[name:Patience]] and everyone in the {{mortuary}},
        Thank you for looking after our mum, [[name:Winifred]], after she passed on
        [[organisation:Gresham Ward]]. You let us sit with her for as long as we needed and
        [[name:Patience]] even found the {{rosary}} she always wore. The {{viewing}} was so
        peaceful. We know you must be busy but you never made us feel rushed. {{Mum}} would have
        said you were 'proper good people'.
        With love and thanks,
        [[name:Maureen]], [[name:Tony]] and [[name:Bernie]] ([[name:Winifred]]'s children)

        [{{Staff note}}: Dr [[name:Menon]] ({{ME}}) was also thanked by the family on the phone.
        Ref [[case_reference:BO-24-0388]].]
    """)),
    ("health", "near_miss", block("""
        Near miss – {{hospital post-mortem}} consent, [[date:Thurs 7 March]]
        08:30  {{APT}} [[name:Jordan Lee-Baptiste]] preps for a {{consented PM}} on Mr [[name:Vikram Sethi]] ([[case_reference:MR/24/0266]]).
        08:45  [[name:Jordan]] checks the {{HTA}} consent form: {{tissue retention}} ticked 'no', but {{histology blocks}} requested on the {{PM request}}.
        08:50  {{Pathologist}}, Dr [[name:Eilidh Ross]], agrees to pause.
        09:20  {{Bereavement nurse}} [[name:Carmel]] rings Mrs [[name:Sethi]]; she confirms the family do not want any tissue kept.
        09:45  PM request amended – {{limited PM}} without retention agreed.
        10:00  PM goes ahead.
        Learning: the request and the consent form were completed by different doctors on
        different days. The APT's check was the last barrier – without it tissue would have been
        retained without consent, a {{reportable incident}} to the HTA.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        crew pick up at the [[organisation:Larchmont Airport Inn]] was booked 04:10 for
        [[flight_number:AUR417]], no {{minibus}}. rang [[organisation:Meridian Crew Cars]] 04:20 -
        no answer, then the {{out of hours}} line said the job was in the system for 04:10
        {{tomorrow}}. 6 crew standing in the {{car park}} in the dark. {{captain}}
        ([[name:Sully]] - yes really) called {{crew control}}, we got 2 taxis at 04:45, report
        time missed by 25 min, dep delayed 32 min. {{FDP}} still ok but {{SCCM}} [[name:tash]]
        had already flagged {{fatigue}} on the inbound. booking ref
        [[case_reference:MCC-118842]]. pls chase why the wrong date went in.
        [[name:dmo]] ({{duty manager}}, {{crew welfare}})
    """)),
    ("aviation", "near_miss", block("""
        Crew transport near miss – [[date:22/01/2024]]
        Vehicle: {{Mercedes Sprinter}} [[vehicle_registration:YN68 KWE]], operator [[organisation:Meridian Crew Cars]]
        Crew: [[flight_number:AUR 1128]] {{positioning}} crew ({{captain}}, {{FO}}, 4 {{cabin crew}})
        22:35  Pick-up at the {{crew car park}} after a 12h duty.
        22:50  On the {{motorway}}, FO [[name:Ifeoma Chukwu]] notices the driver drifting across lane markings twice.
        22:52  Captain [[name:Rhys Vaughan]] asks driver to pull into the {{services}}.
        23:05  Driver admits he started at 06:00 and 'just needs a coffee'. Crew refuse to continue with him.
        23:40  Replacement vehicle [[vehicle_registration:BD21 OXR]] arrives.
        00:20  Crew at [[organisation:Harbourline Hotel]]. {{Rest}} reduced by 1h10.
        Follow-up: {{ASR}} filed, [[case_reference:ASR-24-00317]]. [[organisation:Meridian]] say driver's
        hours were not being logged. Contract review with {{procurement}}.
    """)),
    ("aviation", "success", block("""
        Shout-out 🙌 from {{Crew Welfare}}
        Huge thanks to [[name:Amber]] on the {{duty desk}} on the night of [[date:9 March]]. The
        {{fire alarm}} at the [[organisation:Quayside Lodge]] went off at 01:15 and 14 of our crew
        from [[flight_number:AUR 233]] and [[flight_number:AUR 881]] were stood outside in
        uniform jackets and pyjamas. [[name:Amber]] had them all moved to the
        [[organisation:Northgate Park Hotel]] by 02:30, got a {{coach}} from
        [[organisation:Meridian Crew Cars]], and called {{crew control}} so both morning duties
        were pushed back to protect {{minimum rest}}. Nobody had to file a {{fatigue report}}
        and both flights left on time.
        [[name:Amber]] – you're brilliant. 💜
        [[name:Marco]] ({{Crew Welfare Lead}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lauren Okafor-Reid]] <[[email:l.okaforreid@aurelia-air.co.uk]]>
        To: {{Crew Welfare}}; {{Security}}
        Date: [[date:Sun 14 April 2024]] 09:40
        Subject: Hotel room issue – [[organisation:Citygate Airport Hotel]], last night

        Hi team,
        I was {{SCCM}} on [[flight_number:AUR 562]]. At 23:10 my key opened the door but there was
        a man's suitcase on the bed and he came out of the bathroom – a guest, not crew.
        {{Reception}} had given us both the same room. I left straight away and he apologised.
        But at the desk, in front of other guests, the hotel then read out the room numbers of
        two of our {{cabin crew}}, [[name:Aisling]] and [[name:Precious]], to 'show me it wasn't
        just me'.
        I did not feel safe and slept very little. I've filed a {{fatigue report}} too
        ([[case_reference:FR-24-0912]]). Please can someone speak to the hotel – our
        {{crew hotel standard}} says room numbers are never said out loud.

        Thanks,
        [[name:Lauren]]
        [[name:Lauren Okafor-Reid]]
        {{Senior Cabin Crew Member}} | Staff no. [[case_reference:AU40918]]
    """)),
    ("aviation", "near_miss", block("""
        #crew-transport-ops
        [[name:kofi.m]]  05:02
        [[flight_number:AUR 706]] crew still at [[organisation:Larchmont Airport Inn]], {{shuttle}} stuck behind an accident on the {{A-road}}… ETA 05:40. report was 05:15
        [[name:hannah_w]]  05:04
        that crew came off a {{late finish}} – if report slips past 05:45 the {{FDP}} on a {{split duty}} goes over, I make it 13:10 max
        [[name:kofi.m]]  05:05
        {{Captain}} will want {{commander's discretion}}?
        [[name:hannah_w]]  05:06
        not if we can avoid it. can we get taxis? {{crew control}} can re-crew the 2nd sector from {{standby}}
        [[name:kofi.m]]  05:14
        2 taxis booked via [[organisation:Swift Cabs]]… crew on way 05:20
        [[name:hannah_w]]  05:41
        reported 05:38, {{EFB}} checks done, no discretion needed 👍 thanks [[name:Kofi]]
    """)),
    ("aviation", "success", block("""
        CREW WELFARE FORUM – MINUTES
        [[date:18 April 2024]], {{Crew Report Centre}}, [[organisation:Aurelia Airways]]
        Attendance: [[name:Marco Bellini]] ({{chair}}, {{Crew Welfare Lead}}), [[name:Hye-jin Park]] ({{FO}}, {{BALPA}} rep),
        [[name:Dermot Feeney]] ({{cabin crew}} rep), [[name:Bill Haskins]] ({{Ground Transport}}),
        [[name:Zainab Yusuf]] ({{FRMS}} analyst)
        Apologies: Capt [[name:Imran Saleh]], [[name:Rose]]

        1. Hotels: [[organisation:Quayside Lodge]] scores up since {{blackout blinds}} fitted;
        {{fatigue reports}} from that {{layover}} down from 11 to 2 this quarter.
        2. Transport: [[name:Bill]] reported the new {{driver hours}} clause with
        [[organisation:Meridian Crew Cars]] is working – no late pick-ups in {{March}}.
        3. {{Peer support}}: 3 volunteers trained, thanks to [[name:Hye-jin]].
        Actions: [[name:Zainab]] to share FRMS data with the {{CAA}} before the {{audit}}.
    """)),
    ("aviation", "incident", block("""
        FATIGUE REPORT
        Ref: [[case_reference:FR-24-1033]]
        Name: [[name:Tomasz Zieliński]]      Rank: {{FO}}
        Staff no: [[case_reference:AU51207]]
        Date: [[date:03/05/2024]]
        Duty: [[flight_number:AUR 640]] / [[flight_number:AUR 641]], {{A321neo}} [[aircraft_registration:G-AURJ]]
        Hotel (previous night): [[organisation:Citygate Airport Hotel]]
        {{Samn-Perelli}} at report: 5     {{KSS}}: 7
        What happened: put in a room above the kitchen extraction fan, constant noise until
        01:30. Asked to move at 23:00 – told the hotel was full. Slept about 4 hours before a
        05:00 alarm. Felt 'heavy' on the approach into sector 2 and asked the {{captain}} to take
        the landing ({{PF}} swap briefed).
        Action taken: declared myself unfit after sector 2; {{standby}} FO called out.
        {{Crew Welfare}} note: 3rd noise complaint at this hotel this year – escalated to [[name:Bill]].
    """)),
    ("aviation", "near_miss", block("""
        RT transcript – airside crew bus, {{Ground}} frequency, [[date:11 Feb]], approx 06:20
        {{CREWBUS 4}}: Ground, Crewbus Four at {{stand 32}}, request cross {{taxiway Bravo}} to the {{Crew Report Centre}}.
        GROUND: Crewbus Four, hold short of Bravo, {{A320}} taxiing left to right.
        CREWBUS 4: Hold short Bravo, Crewbus Four.
        [~20 sec]
        GROUND: Crewbus Four, STOP STOP, you are passing the {{hold line}}.
        CREWBUS 4: Stopping, Crewbus Four, sorry.
        [[flight_number:Aurelia 417]]: Ground, [[flight_number:Aurelia 417]] holding, vehicle just ahead of us at Bravo.
        GROUND: [[flight_number:Aurelia 417]], roger, hold position.
        Note ({{Crew Transport}}): driver [[name:Gary Mottram]], vehicle [[vehicle_registration:WX17 HBL]],
        on shift since 04:00 and on the phone to {{crew control}} about a missing {{SCCM}}.
        {{MOR}} submitted ([[case_reference:MOR-2024-0211]]). Driver stood down, {{airside driving}}
        refresher booked. Phones now banned in the cab when moving.
    """)),
    ("aviation", "success", block("""
        Email forwarded to {{Crew Welfare}} – [[date:29 April]]
        'Hi [[name:Sunny]] and team, I just wanted to say thank you. When my dad was taken into
        {{ICU}} while I was on the {{nightstop}} at the [[organisation:Harbourline Hotel]], you had
        me off the {{roster}} within an hour, booked me onto the first {{positioning}} flight home
        ([[flight_number:AUR 1902]]) and even got [[name:Bill]] from transport to meet me at the
        {{crew car park}} because you knew I shouldn't drive. {{Crew control}} were amazing too,
        nobody made me feel guilty about the {{sector}} I missed. {{Dad}} is home now.
        [[name:Mairéad]] ({{cabin crew}})'
        [[name:Sunny]] passed it on to [[name:Bill]] and the Crew Control team. Lovely.
    """)),
    ("aviation", "incident", block("""
        CREW WELFARE HANDOVER – [[date:Sat 27/04]] 18:00
        1) [[flight_number:AUR 455]] {{layover}}, [[organisation:Quayside Lodge]]: {{cabin crew}} [[name:Niki Georgiou]]
           taken to {{A&E}} at [[organisation:Royal Elmbridge Infirmary]] 14:20 with {{abdominal pain}},
           ?{{appendicitis}}. {{SCCM}} [[name:Yaw]] went with her. [[name:Niki]]'s mum is {{NOK}} –
           [[phone:+44 7700 900 613]] – informed by [[name:Yaw]] at 15:00. [[name:Niki]] won't operate
           tmrw's [[flight_number:AUR 456]]; {{crew control}} have a {{standby}} on the positioning flight.
        2) [[name:Yaw]] now outside his {{rest}} window – pls check with crew control if he needs a later report.
        3) Hotel bill for extra nights: [[organisation:Quayside Lodge]] ref [[case_reference:QL-77314]],
           charge to welfare cost centre.
        4) Taxi from hospital – use the [[organisation:Swift Cabs]] account, not expenses.
        Handed to [[name:Dee]] by [[name:Sanjay]]. Call me if needed, [[phone:07700 900 126]].
    """)),
    ("aviation", "near_miss", block("""
        Transport schedule check – [[organisation:Larchmont Airport Inn]], [[date:16 May]]
        Flight                      | {{On blocks}} (prev) | Hotel arrival | Pick-up | Rest at pick-up | Status
        [[flight_number:AUR 317]]   | 21:40 | 22:25 | 08:15 | 10h35 | OK
        [[flight_number:AUR 902]]   | 23:55 | 00:40 | 09:30 | 9h35  | OK
        [[flight_number:AUR 118]]   | 01:20 | 02:05 | 10:00 | 8h40  | ✗ below {{minimum rest}}
        Found by [[name:Hannah Whitlow]] ({{Crew Transport}}) at the {{17:00}} check. The
        [[flight_number:AUR 118]] inbound had been delayed 2h but the pick-up in the
        [[organisation:Meridian Crew Cars]] booking hadn't moved with it. {{Crew control}} moved
        report to 11:30; pick-up rebooked for 11:00. {{FTL}} compliant. If missed, the crew would
        have reported short of rest without knowing.
        Suggest: link pick-up bookings to {{ACARS}} on-blocks times, not the schedule.
    """)),
    ("aviation", "incident", block("""
        {{WhatsApp}} – Crew Transport Drivers – [[date:21/05/24]]
        [07:12] [[name:Gaz]]: lads had a bump at the [[organisation:Citygate Airport Hotel]] drop off. reversed the {{minibus}} into the {{bollard}} by the front doors 🤦‍♂️
        [07:13] [[name:Bill H]]: anyone hurt?? which vehicle
        [07:14] [[name:Gaz]]: [[vehicle_registration:BD21 OXR]]. no one hurt, crew all off, but 2 cases were behind the bus and one got crushed – belongs to the {{FO}} off [[flight_number:AUR 233]]
        [07:15] [[name:Bill H]]: ok. photos, {{damage form}}, and get the FO's name + number for the claim. no reversing without a {{banksman}} at that hotel from now on, the bay is too tight
        [07:22] [[name:Gaz]]: FO is [[name:Kasia]], she's ok, laptop was in the case tho 😬 her no. [[phone:07700 900 881]]
        [07:23] [[name:Bill H]]: I'll ring her. log it on {{SMS}} pls
        [07:40] [[name:Gaz]]: done ref [[case_reference:GT-0521-03]]
    """)),
    ("aviation", "success", prose("""
        A {{first officer}}, [[name:Adaeze Nnamdi-Price]], filed a {{fatigue report}} on
        [[date:2 June]] after three consecutive {{early starts}} with layovers at the
        [[organisation:Citygate Airport Hotel]], where the {{shuttle}} left 40 minutes before
        report and the hotel breakfast opened after it had gone. The {{FRMS}} team, led by
        [[name:Zainab Yusuf]], looked at the whole pattern rather than the single duty and found
        17 similar reports across [[flight_number:AUR 640]] and [[flight_number:AUR 642]] crews
        since {{January}}. {{Crew Welfare}} arranged breakfast bags at {{reception}} from 04:00 and
        moved the shuttle closer to report time, and {{rostering}} stopped building three earlies
        in a row on that pairing. [[name:Adaeze]] received a personal reply within 48 hours, which
        she said made her more willing to report again. Learning: one well-handled report can
        expose a systemic {{roster}} issue. Ref [[case_reference:FR-24-1207]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Rose Abernethy]] <[[email:rose.abernethy@aurelia-air.co.uk]]>
        To: {{Crew Hotels}}
        Cc: [[name:Marco Bellini]]
        Date: [[date:Tue 11 June 2024]]
        Subject: Near miss – [[organisation:Portmoor Bay Hotel]] renovation

        Hi both,
        While checking next week's {{nightstop}} list I saw the [[flight_number:AUR 774]] crew were
        booked into the [[organisation:Portmoor Bay Hotel]] from [[date:17 June]]. A {{cabin crew}}
        member who stayed there privately at the weekend told me the 3rd and 4th floors are being
        gutted, with drilling from 07:30. Our crew would arrive at 02:00 after a {{late duty}} and
        need {{rest}} until mid-afternoon.
        The hotel hadn't told us. I rang the manager, Mr [[name:Venter]], who confirmed works until
        {{August}}. I've moved the crew to the [[organisation:Northgate Park Hotel]] for those dates.
        Could we add a clause that hotels must tell us about building works?

        [[name:Rose]]
        {{Crew Hotels Coordinator}} | [[phone:01632 960 277]]
    """)),
    ("aviation", "incident", block("""
        Diversion – crew rest compromised, [[date:Fri 21 June]]
        19:45  [[flight_number:AUR 1331]] ({{A320}}, [[aircraft_registration:G-AURN]]) diverts to [[organisation:Kelbridge Airport]], {{thunderstorms}} at destination.
        20:30  Pax off; crew out of hours, {{nightstop}} needed. {{Duty manager}} [[name:Chen Wei]] asks {{Crew Hotels}} for 6 rooms.
        21:15  Three local hotels full (festival weekend).
        22:40  [[organisation:The Riverside Inn]] offers 4 rooms. 2 {{cabin crew}} wait in the {{terminal}}.
        00:10  [[organisation:Kelbridge Cabs]] takes 4 crew to hotel.
        02:30  Remaining 2 crew ([[name:Leila]], [[name:Oisín]]) placed at [[organisation:Moorgate Lodge]], 25 min away.
        08:00  All crew ready for the {{ferry flight}}; [[name:Leila]] and [[name:Oisín]] had under 5h in bed.
        Actions: [[name:Chen Wei]] filed {{ASR}} [[case_reference:ASR-24-00761]]; Crew Hotels to set up
        {{standing agreements}} at diversion airports.
    """)),
    ("aviation", "success", block("""
        Teams – {{Crew Transport}} – [[date:3 July]]
        [[name:Dee Okonjo]] 06:18: Quick shout-out 👏 [[name:Will]] (driver, [[organisation:Meridian Crew Cars]]) found a passport on the back seat after the 05:10 run from [[organisation:Quayside Lodge]]. He checked the photo against the {{crew list}} – it was {{FO}} [[name:Mateus Carvalho]]'s, due out on [[flight_number:AUR 209]] at 06:45.
        [[name:Dee Okonjo]] 06:19: [[name:Will]] drove straight back airside via {{Gate 4}} {{security}}, met the {{dispatcher}} at the {{stand}}, passport handed over 06:31. On-time departure.
        [[name:Marco Bellini]] 06:40: Brilliant. I'll write to [[organisation:Meridian]]. [[name:Will]] deserves a {{Golden Wing}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind288", REPORTS))
