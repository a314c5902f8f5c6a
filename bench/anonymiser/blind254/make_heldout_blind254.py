"""Held-out blind corpus 254: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Every person, organisation, place and number is invented.

Three settings:
- social_care (17): an adoption agency and post-adoption support team - matching panels,
  introductions, letterbox contact, adopters' support groups.
- health (17): a children's emergency department - paediatric triage, sepsis screens,
  safeguarding checks, play specialists, parents.
- aviation (16): an aircraft fuelling company at a large airport - fuel bowsers, hydrant
  dispensers, fuel quality checks, dispatchers.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance and
apologies, pipe-separated tables, radio/telephone transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind254.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rushed note sorry - {{letterbox}} letter from birth gran for [[name:kayden]] went to the
        adopters old address ([[address:14 wren close, hallowby]]) not the new one. it came back
        to {{reception}} {{today}} opened by whoever lives there now. birth surname + our
        {{letterbox}} ref [[case_reference:LB-20417]] were on the top sheet. i told [[name:sian]]
        ({{team manager}}) abt 3ish and she says log it as a {{data breach}} and ring the
        {{DPO}}. adopters Mr + Mrs [[name:Aldous]] not told yet, [[name:sian]] doing that tmrw.
        root cause i think the {{change of address}} form sat in the {{duty tray}} since
        [[date:2 feb]] and nobody updated {{CMS}}. pls can we have ONE person own letterbox
        address changes. - [[name:gemma w]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 9 May]] the {{panel adviser}} circulated papers for the
        {{matching panel}} of [[date:16 May]] by e-mail. The bundle concerned siblings
        [[name:Ruby]] ([[age:aged 4]]) and [[name:Alfie]] ([[age:aged 2]]) and the prospective
        adopters, [[name:Dariusz]] and [[name:Kamila Nowak-Reid]]. An independent member,
        [[name:Faith Adeyemi]], who stood down in {{March}}, was still on the distribution list.
        Her agency mailbox ([[email:f.adeyemi@northfold-adopt.org.uk]]) had already been closed
        by IT, so the message bounced and nothing left the organisation. The {{panel adviser}},
        [[name:Hope Carrington]], noticed the bounce and checked the list against the
        {{central list}} kept under the {{Adoption Agencies Regulations}}; two more leavers were
        found. Learning: the {{panel administrator}} will reconcile the list with {{HR}} before
        every panel, and papers will go through the {{secure portal}} rather than e-mail.
        Reported by [[name:H. Carrington]], [[organisation:Northfold Adoption Partnership]].
    """)),
    ("social_care", "success", block("""
        SHOUT-OUT - introductions week
        Huge thanks to [[name:Joy]] in {{post-adoption support}} and [[name:Tendai Moyo]]
        ({{family finding social worker}}) for the way they ran introductions for [[name:Bo]]
        ([[age:18 months]]) from [[date:3 June]] to [[date:11 June]].
        Foster carer [[name:Bill]] was dreading the handover. [[name:Joy]] built in a
        {{transition}} video, a {{photo book}} and a daily 10-minute call so [[name:Bill]] could
        hear [[name:Bo]] settling with his new mums, [[name:Leah]] and [[name:Priyanka]].
        The {{review meeting}} on day 5 was calm and short, and the {{IRO}} said it was one of
        the best plans she had seen.
        Worth sharing at the {{practice forum}} - the {{Theraplay}} ideas were spot on.
        [[name:Marcus]] ({{Team Manager}}, [[organisation:Calderbrook Council]] {{RAA hub}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia El-Amin]] <[[email:nadia.el-amin@calderbrook.gov.uk]]>
        To: {{Adoption Support Duty}}
        Sent: [[date:14 October 2024]] 16:52
        Subject: Incident - adopters' group, child's details shared

        Hi all,
        At last night's {{adopters' support group}} at [[organisation:Hallowby Family Hub]] one
        of the adopters, [[name:Greg]], showed other parents a screenshot from his daughter's
        {{life story book}}, including the birth mother's full name and home town. Two of the
        other adopters live near the birth family. Our co-facilitator [[name:Olu]] asked him to
        put the phone away, but it had already been passed round.
        I spoke to [[name:Greg]] this morning; he was mortified. Child's file ref is
        [[case_reference:ADP/2291/CB]].
        Actions: {{group agreement}} to be re-read at the start of each session; reminder in the
        next {{newsletter}}; discuss in {{supervision}}.
        Thanks,
        [[name:Nadia]]
        [[name:Nadia El-Amin]] | {{Senior Practitioner}}, {{Post-Adoption Support}}
        [[organisation:Calderbrook Council]] | [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        Near miss - {{duty line}} call, [[date:Mon 22 Jan]]
        10:05 Call to {{duty line}} from a man saying he was adopter "[[name:Tom]]", asking for
        the foster carer's address to "check the route" for tomorrow's {{introductions}} visit.
        10:07 Duty worker [[name:Amber Lindqvist]] noticed the caller did not know the child's
        new name ([[name:Mia]]) and used her birth name instead.
        10:09 Call ended; number withheld.
        10:15 [[name:Amber]] rang the real adopter, [[name:Tom Everley]], on
        [[phone:07700 900562]] - he had not called.
        10:40 {{Team manager}} informed; {{police}} contacted, log [[case_reference:CAD 0412 22/01]].
        11:30 Foster carer [[name:Rose]] and her {{SSW}} told; {{safety plan}} updated.
        Introductions to go ahead with the {{supervising social worker}} present.
        Learning: {{duty}} staff to use the {{verification questions}} in the
        {{introductions plan}} before sharing ANY placement details. Nothing was disclosed.
    """)),
    ("social_care", "success", block("""
        Adopters' Support Group - planning minutes
        Date: [[date:5 March 2025]]
        Present: [[name:Will Okonkwo]] (chair, adopter), [[name:Grace]] (adopter),
        [[name:Ffion Pritchard]] ({{post-adoption support worker}}), [[name:Hamid]]
        ({{educational psychologist}}, [[organisation:Calderbrook Virtual School]])
        Apologies: [[name:Sunny Baptiste]], [[name:D. Kowalczyk]]

        1. Feedback - [[name:Grace]] said the {{NVR}} workshop was "the first thing that has
        actually helped" and asked for a follow-up. [[name:Will]] agreed; three families now
        using the {{ASF}} to fund {{therapeutic parenting}} courses.
        2. {{Letterbox}} - [[name:Ffion]] reminded the group that summer letters are due by
        [[date:30 April]].
        3. School - [[name:Hamid]] offered a session on {{PEP}}s and {{Pupil Premium Plus}}.
        Actions: [[name:Ffion]] to book [[organisation:St Oswin's Church Hall]];
        [[name:Will]] to send {{WhatsApp}} reminder.
        Next meeting: [[date:2 April]]
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{PAS duty}} Fri pm to Mon am
        * [[name:Lucja]] ([[age:9yo]], adopted) had {{sibling contact}} with her brother
        [[name:Tymon]] ([[age:14yo]], {{long-term foster}}) at [[organisation:Brackley Park Café]]
        today 2-4pm. Birth dad Mr [[name:Zieliński]] turned up at 3.10pm. Contact supervisor
        [[name:Jade]] ended it straight away, kids safe, adopters took [[name:Lucja]] home.
        Prob found out via {{TikTok}} - [[name:Tymon]] posted a pic with the café tagged.
        * {{Police}} not called (no {{court order}} breached) but [[name:Jade]] has done an
        {{incident form}}, ref [[case_reference:IR-7730]].
        * To do Mon: ring adopters [[name:Claire]] + [[name:Ben Hollis]] on
        [[phone:07700 900118]]; update [[name:Tymon]]'s {{SW}}; review the {{contact plan}} with
        the {{IRO}}; {{online safety}} work with [[name:Tymon]].
        [[name:Sam K]]
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - Matching Panel admin]
        [[name:Kerry-Ann Doyle]] 09:14: morning, is the {{CPR}} for the [[name:Osei]] boys final?
        going in the panel pack today
        [[name:Ravi Chandrasekaran]] 09:16: should be v3 on the drive
        [[name:Kerry-Ann Doyle]] 09:31: v3 still has the foster carers' address in section 4 -
        [[address:27 Millbeck Road, Stannington Vale]] [[postcode:SV4 7NQ]]
        [[name:Ravi Chandrasekaran]] 09:33: 😬 good spot. adopters get a copy after panel don't they
        [[name:Kerry-Ann Doyle]] 09:34: yes, after the {{ADM}} decision. would have gone to them
        unredacted
        [[name:Ravi Chandrasekaran]] 09:40: fixed, v4 uploaded. also took out the {{GP}} surgery.
        will add an address check to the {{QA checklist}}
        [[name:Kerry-Ann Doyle]] 09:41: ta. logging as a near miss, ref
        [[case_reference:NM-25-031]]. cc {{panel chair}}
    """)),
    ("social_care", "success", prose("""
        Forwarded thank-you from adopter [[name:Pat Mulligan]]: "Dear [[name:Yusuf]], I just
        wanted to say thank you for sitting with me on the [[date:12th]] while I wrote our first
        {{letterbox}} letter to [[name:Ellie-May]]'s birth mum. I'd started it six times. Your
        tip about describing what she loves (dinosaurs, {{swimming}}, {{Peppa Pig}}) rather than
        her school or town made it so much easier, and the {{letterbox coordinator}} said it went
        through without any redaction. [[name:Ellie-May]] turned [[age:five]] last week and we
        read the reply together. Thank you, [[name:Pat]] x". Practice point from
        {{team manager}} [[name:Ingrid Solberg]]: [[name:Yusuf]]'s {{letter writing}} template is
        now on the {{practice hub}} for all {{post-adoption support workers}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - [[organisation:Northfold Adoption Partnership]]
        Ref: [[case_reference:NAP-INC-0187]]
        Date of incident: [[date:18/09/24]]
        Reported by: [[name:Chidi Eze]], {{Family Finder}}
        Child: [[name:Harley Ashdown-Quinn]]   DOB: [[date_of_birth:03/11/2019]]
        Child ref: [[case_reference:CB-554091]]
        Location: {{matching panel}}, [[address:Unit 4, Kingsgate Business Park, Hallowby]]
        [[postcode:HB2 9LW]]
        Description: During {{panel}} the {{chair}}'s laptop was shared on the {{Teams}} link.
        She opened the wrong folder and the profile of another child, [[name:Esme]], was visible
        to the {{prospective adopters}} for about 20 seconds, including her photo and
        {{placement order}} details.
        Immediate action: {{screen share}} stopped; adopters asked to confirm no screenshot was
        taken (confirmed).
        Notified: {{Agency Decision Maker}}, {{DPO}}, [[name:Esme]]'s {{social worker}}.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - Intros team
        [[date:21/05/2025]], 08:02 - [[name:Shaz]]: anyone know if the {{car seat}} for
        [[name:Noah]] ([[age:2yo]]) got fitted?? adopters collecting him from the
        {{foster home}} at 10
        [[date:21/05/2025]], 08:09 - [[name:Dev P]]: not sure. Mr [[name:Achterberg]] said hes
        borrowing his brothers car 🙈
        [[date:21/05/2025]], 08:11 - [[name:Shaz]]: reg?
        [[date:21/05/2025]], 08:14 - [[name:Dev P]]: [[vehicle_registration:YK19 HZT]]. the seat
        from the {{equipment store}} is in the boot of MY car lol
        [[date:21/05/2025]], 08:15 - [[name:Shaz]]: omg. can u get to the carers b4 10?
        [[date:21/05/2025]], 09:48 - [[name:Dev P]]: done, fitted + checked the {{isofix}}.
        [[name:Noah]]'s old seat was a {{group 0+}}, he's outgrown it anyway
        [[date:21/05/2025]], 09:50 - [[name:Shaz]]: ur a star ⭐ adding a car seat check to the
        {{intros plan}} template for {{moving day}}
    """)),
    ("social_care", "success", prose("""
        Good practice note. The {{later life letter}} for [[name:Amara Nwosu]]
        ([[age:aged 6]]) was finished by her {{social worker}}, [[name:Mark Tobin]], within ten
        working days of the {{adoption order}} made at [[organisation:Hallowby Family Court]] on
        [[date:7 February]]. Adopters [[name:Carys]] and [[name:Idris Vaughan]] said it was
        honest about why [[name:Amara]] could not stay with her birth family but never blamed
        anyone, and it used the words [[name:Amara]] herself uses for her {{birth mum}}.
        [[name:Mark]] also arranged a short {{celebration hearing}} so the {{judge}} could meet
        [[name:Amara]] and her teddy. The {{Agency Decision Maker}} asked that the letter be
        anonymised and used as an example at the next {{practice development}} session. Thanks
        from [[name:Oyelaran]] ({{service manager}}).
    """)),
    ("social_care", "incident", block("""
        {{Letterbox}} exceptions log - Q3 (incident in bold for {{Quality Assurance}})
        Date | Ref | Issue | Action
        [[date:04/07]] | [[case_reference:LB-18830]] | **Birth father's letter named the child's school ([[organisation:Greenacre Primary]]) - sent to adopters unredacted; child did not see it** | {{DPO}} told; apology to adopters; checker re-trained
        [[date:19/08]] | [[case_reference:LB-19102]] | Photo from adopters showed school logo on jumper | Caught at check, photo returned
        [[date:02/09]] | [[case_reference:LB-19215]] | Birth mum's letter had new mobile [[phone:07700 900731]] written on it | Number removed before forwarding
        Checked by: [[name:Tariq Hussein-Blake]] / countersigned [[name:AJ]]
        Note: two {{letterbox coordinators}} on {{annual leave}} in {{July}},
        [[name:Bronwen]] covering alone.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss today - was abt to email the {{PAR}} for [[name:cerys]] + [[name:aled]] to
        [[email:matching@westmoor-raa.org.uk]] instead of [[email:matching@westmere-raa.org.uk]].
        autocomplete!! only caught it bc the {{panel date}} in the subject looked wrong. NOT
        sent. also noticed the {{PAR}} still has [[name:aled]]'s {{NI}} no in section 2
        ([[ni_number:JT 48 27 19 C]]) - does {{panel}} actually need that?? have taken it out of
        this copy. cld IT turn off autocomplete for external addresses pls. {{sw}} was
        [[name:rhiannon]], {{TM}} [[name:des]] aware. [[name:becs]] x
    """)),
    ("social_care", "success", block("""
        Good news story - {{Post-Adoption Support}}
        Family: [[name:Hussain]] family   Ref: [[case_reference:PAS-3317]]
        Worker: [[name:Liv Andersen]]
        Child: [[name:Zain]], [[age:13yo]]

        In {{September}} [[name:Zain]] stopped going to school and there were two 999 calls in
        a week. [[name:Liv]] got an {{ASF}} application approved in 9 days for {{DDP}} with
        [[organisation:Brightwater Therapeutic Services]] and linked in {{CAMHS}} and the
        {{Virtual School}}. She also did joint visits with the {{SENCO}} at
        [[organisation:Harrowfield Academy]]. By {{half term}} he was back in school four days
        a week. Mum says: "She was the first person who didn't make us feel like we'd failed."
        Nominated for {{Star of the Month}} by [[name:Precious]] ({{duty senior}}).
    """)),
    ("social_care", "incident", block("""
        From: [[name:Adaeze Okafor]]
        To: [[name:Whitlock, Sean]]; {{Legal Services}}
        Date: [[date:Wed 12 March 2025]]
        Subject: RE: {{Annex A}} - serial number breach

        [[name:Sean]],
        Confirming what we discussed. The {{Annex A}} report for [[name:Kai]] was served on the
        birth parents by [[organisation:Morland & Pike Solicitors]] on [[date:10 March]] with the
        adopters' surname ([[name:Featherstone]]) left in paragraph 6.3, although the
        application was made under {{serial number}} [[case_reference:A-0093/24]]. The
        {{Children's Guardian}} flagged it today.
        The adopters, [[name:Gareth]] and [[name:Minh Featherstone]], have been told and are
        understandably scared as they live six miles from the birth family. A
        {{risk assessment}} with the {{police}} is booked for tomorrow.
        My view is that the {{QA}} step between the {{social worker}} and {{legal}} was skipped
        because of the filing deadline. Logged as [[case_reference:INC-25-0412]].
        [[name:Adaeze]]
        [[name:Adaeze Okafor]], {{Team Manager}} - Adoption
        [[organisation:Calderbrook Council]] | [[phone:01632 960774]] |
        [[email:adaeze.okafor@calderbrook.gov.uk]]
    """)),
    ("social_care", "near_miss", block("""
        Minutes - near miss review (introductions start date)
        Date: [[date:28 November 2024]]
        Attendees: [[name:Eleni Papadopoulos]] ({{Panel Adviser}}), [[name:Kieran]]
        ({{Family Finding}}), Mrs [[name:Ward]] ({{SSW}})
        Apologies: [[name:J. O'Sullivan]] ({{ADM}})

        1. What happened: [[name:Kieran]] booked introductions for [[name:Lola]] ([[age:3]]) to
        start on [[date:2 December]], but the {{ADM}} decision after the {{matching panel}} of
        [[date:27 November]] was not due until [[date:4 December]]. The foster carer had already
        told [[name:Lola]] about her "new mummy and daddy".
        2. How it was caught: Mrs [[name:Ward]] asked for the {{ADM}} letter before the
        {{planning meeting}}; none existed.
        3. Outcome: introductions moved to [[date:5 December]]; decision made
        [[date:3 December]]. No harm to [[name:Lola]] beyond a short delay.
        4. Actions: {{family finding tracker}} to show the ADM date; [[name:Eleni]] to update
        {{panel}} guidance by [[date:20 December]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        pt [[name:ayaan]] [[age:11mo]] brought in by dad ~19:30 w fever + mottled legs. triaged
        {{yellow}} at 19:40 - {{sats}} probe kept dropping out so {{obs}} incomplete + {{PEWS}}
        not calculated. wr was heaving (22 waiting, 2 {{triage nurses}}). {{sepsis screen}} not
        started til 21:05 when dad asked [[name:kez]] ({{HCA}}) to look at his feet.
        {{cannula}}, {{bloods}} + {{lactate}} done, {{abx}} in at 21:50 - way outside the hour.
        now on {{HDU}}, stable. hosp no [[case_reference:WCH4418207]]. think we need a hard stop
        on {{triage}} if obs incomplete in under 1s. sorry this is rushed on my break.
        [[name:r.m.]]
    """)),
    ("health", "near_miss", prose("""
        At approximately 14:20 on [[date:6 August]], {{staff nurse}}
        [[name:Siobhán Ní Bhriain]] prepared oral {{paracetamol}} for
        [[name:Lily-Rose Hartigan]] ([[age:aged 2]], 12.4 kg, hospital number
        [[case_reference:WCH4420981]]) in {{cubicle}} 7. The prescription on {{EPMA}} was correct
        at 15 mg/kg (180 mg, i.e. 7.5 ml of the 120 mg/5 ml {{suspension}}). The nurse picked up
        the 250 mg/5 ml {{Six Plus}} bottle, which is stored next to the infant strength in the
        {{drug cupboard}}, and drew up 7.5 ml (375 mg). At the {{second check}},
        {{charge nurse}} [[name:Kwame Asante]] asked to see the bottle and spotted the strength.
        The dose was discarded and redrawn. [[name:Lily-Rose]] came to no harm and her mum was
        told in line with {{Duty of Candour}} principles. Pharmacy (Ms [[name:Adebayo-Kerr]])
        has moved the two strengths to separate shelves with {{Tall Man}} labels.
    """)),
    ("health", "success", block("""
        ⭐ SHOUT-OUT ⭐
        To [[name:Hope]], our {{play specialist}}, from the whole {{night team}}!
        [[name:Teddy]] ([[age:7]]), who is {{autistic}} and non-verbal, needed a {{cannula}}
        and {{bloods}} for a {{sepsis screen}} on [[date:Sat 14th]]. Last time, at another
        hospital, he was held down by four people. [[name:Hope]] stayed 40 mins past the end of
        her shift, used his {{iPad}} and a {{social story}}, let him put the {{tourniquet}} on his
        toy dog first, and Dr [[name:Lukas Brandt]] ({{ST4}}) got the line first time under
        {{Ametop}}. No restraint at all. Dad said it was the best hospital visit they've ever
        had.
        [[name:Nkechi]] ({{Sister}}, {{nights}})
    """)),
    ("health", "incident", block("""
        CHRONOLOGY - {{safeguarding}} discharge incident
        Patient: [[name:Archie Doyle-Mensah]]   DOB: [[date_of_birth:02/01/2025]]
        NHS: [[nhs_number:485 217 3060]]
        [[date:09/04/2025]]
        16:10 Brought in by mum, [[age:3-month-old]] with bruise to left cheek, "rolled against
        the cot". {{Triage}} by [[name:Bea Lindqvist]] ({{RN}}).
        16:25 {{CP-IS}} check: child on a {{child protection plan}} ({{neglect}}) with
        [[organisation:Hallowmere Children's Services]]. Flag shown on triage screen.
        17:40 Seen by {{SHO}} Dr [[name:Faisal Rahman]]; {{bruising in non-mobile infants}}
        pathway not started.
        18:05 Discharged home with advice - {{safeguarding}} section of {{ED}} record blank.
        19:30 {{Nurse in charge}} [[name:Mags]] spotted the flag at board round. {{Paediatric registrar}}
        and {{on-call consultant}} informed.
        19:45 {{MASH}} and {{police}} contacted; {{welfare check}} done 21:10, child brought back
        for {{skeletal survey}}.
        Key issue: non-mobile infant with bruising discharged without {{senior review}}.
        {{Datix}} [[case_reference:W-INC-88214]].
    """)),
    ("health", "near_miss", block("""
        Teams - ED Nurses chat
        [[name:Tasha Brennan]] 02:14: who took bloods from {{cubicle}} 3?? label says
        [[name:Oliver Smith]] ([[case_reference:WCH4402276]]) but 3 is [[name:Olivia Smith]]
        [[name:Jun Takahashi]] 02:15: me 😳 printed from the wrong pt on the {{tracking board}},
        they're next to each other
        [[name:Tasha Brennan]] 02:15: not sent yet. still in the tray
        [[name:Jun Takahashi]] 02:17: binned + redrawing now. [[name:Olivia]] had a
        {{group and save}} too so it would've been a {{wrong blood in tube}}
        [[name:Tasha Brennan]] 02:19: [[name:Oliver]] is [[age:4]], [[name:Olivia]] is
        [[age:15]] - {{Hb}} would have looked mad anyway but still. {{name alert}} on both now,
        her number is [[case_reference:WCH4417013]]
        [[name:Jun Takahashi]] 02:20: will datix. we need {{PPID}} at the bedside not the desk
        [[name:Tasha Brennan]] 02:21: 👍 {{NIC}} aware
    """)),
    ("health", "success", block("""
        ED {{Safeguarding Huddle}} - minutes
        Date: [[date:17 January 2025]]
        Present: Dr [[name:Amelia Fairbrother]] ({{Named Doctor}}), [[name:Grace Mbatha]]
        ({{Named Nurse}}), [[name:Piotr]] ({{liaison health visitor}}), [[name:Bee]]
        ({{play specialist}})
        Apologies: Dr [[name:Singh]]

        1. Good catch - {{triage nurse}} [[name:Pádraig Ó Súilleabháin]] saw
        [[name:Mackenzie]] ([[age:14yo]]) with an ankle injury. She had three attendances at
        [[organisation:St Wilfrid's Hospital]] in six weeks and an older "boyfriend" waiting in
        the car. [[name:Pádraig]] used the {{CSE screening tool}}, spoke to her alone and she
        disclosed. {{MASH}} referral the same night; {{strategy meeting}} next day.
        2. [[name:Grace]] to share as a {{7-minute briefing}}.
        3. Letter of thanks to [[name:Pádraig]] from the {{Named Doctor}}.
        Next huddle: [[date:14 February]]
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - [[organisation:Wellfield Children's Hospital]] ED
        Ref: [[case_reference:W-INC-88591]]
        Name: [[name:Kacper Wiśniewski]]
        DOB: [[date_of_birth:14/06/2009]]   Age: [[age:15]]
        NHS No: [[nhs_number:612 394 8571]]
        Address: [[address:Flat 3, 41 Carver Street, Wellfield]] [[postcode:WF7 3DJ]]
        Date/time: [[date:22/11/2024]] 23:40
        Category: {{Absconsion}} - {{mental health}}
        Details: Brought in by {{ambulance}} after an {{overdose}} of {{sertraline}}. {{RMN}} 1:1
        not available; {{HCA}} [[name:Lenny]] was on obs but was called to {{cubicle}} 9.
        [[name:Kacper]] left via the {{ambulance bay}} at 23:40. {{Police}} informed (log
        [[case_reference:WF-240622-1178]]) and found him in the town centre at 01:15; returned
        unharmed. {{CAMHS}} liaison to review in the morning.
        Reporter: [[name:Yasmin Haddad]], {{Nurse in Charge}}
    """)),
    ("health", "near_miss", block("""
        NURSING HANDOVER - {{majors}}, lates to nights
        Cub 2 - [[name:Freya Ansah]] [[age:6yo]], {{cellulitis}} L foot. NB {{penicillin}}
        allergy (rash + lip swelling when [[age:aged 3]]). {{IV}} {{co-amoxiclav}} prescribed by
        {{locum}} at 18:30 - {{allergy band}} on (red) but {{EPMA}} allergy field blank. Mum
        stopped [[name:Rhys]] ({{student nurse}}) as he was priming the line. NOT GIVEN.
        {{Clindamycin}} now prescribed + allergy added to EPMA by Dr [[name:Osei-Tutu]].
        Datix [[case_reference:W-NM-20455]]. Pls re-check allergy status on all pts you pick up.
        Cub 5 - [[name:Ishaan]] [[age:9 months]], {{bronchiolitis}}, 1L {{HFNC}}, {{NG}} feeds.
        Mum [[name:Rekha]] staying.
        Cub 6 - empty, needs clean.
        [[name:Bernie]]
    """)),
    ("health", "success", block("""
        From: {{PALS}}
        To: ED Nurse Managers
        Subject: Compliment - ref [[case_reference:PALS/C/2025/0193]]

        "Please pass on to the team who looked after our son [[name:Reuben]] ([[age:4]]) on the
        night of [[date:2 March]]. We thought he'd swallowed a {{button battery}}. The
        {{triage nurse}} (we think her name was [[name:Mercy]]) got him straight through to
        {{resus}} and the {{X-ray}} was done within 15 minutes. It turned out to be a coin, but
        nobody made us feel silly. The {{play specialist}}, [[name:Sunny]], blew bubbles with him
        the whole time. Thank you - [[name:Lauren]] and [[name:Dom Whitaker]]"

        PALS note: forwarded to [[name:Mercy Adjei]] and [[name:Sunny Kaur-Gill]] and their
        {{matron}}. [[name:Jo]] ({{PALS officer}})
    """)),
    ("health", "incident", block("""
        Triage delay audit - 18:00-02:00 [[date:Fri 21 Feb]] (escalated as incident)
        Hosp no | Age | Arrival | Triaged | Delay | Note
        [[case_reference:WCH4431150]] | [[age:8m]] | 18:12 | 19:31 | 79 min | fever, {{sepsis screen}} late
        [[case_reference:WCH4431162]] | [[age:3y]] | 18:40 | 19:52 | 72 min | {{wheeze}}, sats 91%
        [[case_reference:WCH4431177]] | [[age:12y]] | 19:05 | 20:30 | 85 min | {{abdo pain}}, later {{appendicitis}}
        [[case_reference:WCH4431190]] | [[age:5w]] | 19:20 | 19:58 | 38 min | poor feeding
        Cause: one {{triage nurse}} for two hours after [[name:Chiara]] went home sick;
        {{streaming}} nurse pulled into {{resus}}. Escalated to {{site manager}} [[name:Duncan]]
        at 20:15; {{OPEL 4}} declared 21:00.
        Reported by [[name:Nneka O.]]
    """)),
    ("health", "near_miss", prose("""
        ok so nearly missed one - [[age:6 wk]] old baby [[name:Ferreira]] (nhs
        [[nhs_number:7035612483]]) came thru {{streaming}} as "cold sx, feeding ok" + temp 38.1
        at home. was about to send her to the {{UTC}} queue (!!) but [[name:Deano]] ({{ANP}})
        said any fever under 3 months = {{red}} + {{NICE}} {{sepsis}} pathway. full screen incl
        {{LP}}, {{cefotaxime}} started within the hour. {{blood culture}} grew {{E. coli}} next
        day. so glad. think the streaming form needs an age prompt at the top. [[name:tk]]
    """)),
    ("health", "success", prose("""
        On the evening of [[date:19 October]], second-year {{student nurse}}
        [[name:Will Abernethy]] was shadowing in {{paediatric triage}} when a
        [[age:5-year-old]], [[name:Zara]], was booked in with {{vomiting}} and a {{headache}}.
        [[name:Will]] noticed a faint {{non-blanching rash}} on her ankles during the
        {{glass test}} and told his {{practice supervisor}}, {{staff nurse}}
        [[name:Hannah Kowalski]], who moved [[name:Zara]] straight to {{resus}}.
        {{Meningococcal sepsis}} was suspected and {{ceftriaxone}} was given within 25 minutes of
        arrival; {{PICU}} reviewed her and she went home on day 9. {{Consultant}} Dr
        [[name:Eze]] said early recognition probably saved her life. [[name:Will]]'s
        {{practice assessor}} has nominated him for {{Student Nurse of the Year}} at
        [[organisation:Northshire University]].
    """)),
    ("health", "incident", block("""
        From: [[name:Fatima Bello]] <[[email:fatima.bello@nhs.net]]>
        To: [[organisation:Wellfield Children's Hospital]] ED secretaries
        Date: [[date:3 April 2025]] 11:02
        Subject: Discharge summary received in error

        Dear colleagues,
        This morning [[organisation:Larkhill Road Surgery]] received an ED {{discharge summary}}
        for a child who is not registered with us: [[name:Tobias Fenn]], DOB
        [[date_of_birth:22/07/2018]], NHS [[nhs_number:438 902 7158]]. It was attached to the
        letter for our patient [[name:Maisie Fenn-Okoro]], who attended the same evening. The
        summary includes a {{safeguarding}} referral to {{MASH}} and his home address.
        We have deleted it and not filed it. Please make sure his own {{GP}} receives it, and
        log this.
        Kind regards,
        [[name:Fatima]]
        [[name:Fatima Bello]] | {{Practice Manager}} | [[organisation:Larkhill Road Surgery]] |
        [[phone:0113 496 0251]]
    """)),
    ("health", "near_miss", block("""
        Near miss timeline - transfer to CT, [[date:30/12/2024]]
        Pt: [[name:Leo Marchetti]], [[age:8y]], hosp no [[case_reference:WCH4409932]],
        {{head injury}} ({{GCS}} 13)
        21:02 Decision for {{CT head}} per {{NICE}} head injury guideline.
        21:15 Transfer with {{ED nurse}} [[name:Ama]] + {{porter}} [[name:Stevie]].
        Portable {{O2}} cylinder gauge not checked.
        21:19 In the lift - cylinder alarm; gauge showed empty. Pt on 2L via
        {{nasal cannula}}, sats 97%.
        21:20 [[name:Ama]] removed O2 and monitored; sats held 95-96% in air.
        21:26 Arrived in {{CT}}; spare cylinder from {{radiology}}.
        Outcome: no harm. CT normal.
        Learning: {{transfer checklist}} not used; cylinders in the {{resus}} bay are not on the
        {{daily check}}.
        [[name:AO]] / [[name:S.P.]]
    """)),
    ("health", "success", block("""
        Card left at {{reception}} (typed up by [[name:Noor]], {{ward clerk}}):
        "To everyone in children's {{A&E}} 💙
        Thank you for looking after our [[name:Ivy]] on [[date:27th December]] when she had her
        first {{febrile seizure}}. We were terrified. [[name:Faith]] the nurse held my hand, the
        doctor with the Scottish accent (Dr [[name:Mac]]?) explained everything twice, and
        [[name:Pat]] on reception found us a quiet room. [[name:Ivy]] is [[age:2]] today and
        back to being a whirlwind.
        Love, [[name:Kirsty]], [[name:Dan]] & [[name:Ivy]] xx"
        Note: Dr [[name:Mac]] = Dr [[name:Calum MacLeod]], {{ST6}}. Card is on the {{staff room}}
        board.
    """)),
    ("health", "incident", block("""
        SHIFT REPORT - {{NIC}} [[name:Gwen]] to [[name:Tomás]]
        - 20:50 father of pt in {{cub}} 11 ([[name:Jayden]], [[age:13]], {{DKA}}) became
        verbally abusive to {{F1}} Dr [[name:Ng]] about the wait for the {{insulin}} infusion.
        Threw a chair in the {{relatives' room}}. {{Security}} ([[name:Baz]]) attended, dad
        escorted out, {{police}} called - ref [[case_reference:WY-25-33187]]. Mum stayed with
        [[name:Jayden]].
        - {{Hot debrief}} done. Dr [[name:Ng]] shaken, went home 21:30 - {{rota}} informed.
        - {{Safeguarding}}: dad's behaviour + 3 missed {{diabetes clinic}} appointments -
        {{safeguarding team}} to review in the morning.
        - {{Violence and aggression}} form done, [[case_reference:W-INC-89002]].
    """)),
    ("health", "near_miss", block("""
        Call transcript - {{pre-alert}} line, [[date:11/06/2025]] 15:42
        CALLER ({{paramedic}} [[name:Jon Ashworth]], [[organisation:Northshire Ambulance Service]]):
        Pre-alert for children's. [[age:Four-year-old]] boy, suspected {{anaphylaxis}} to peanut,
        one {{IM adrenaline}} given at school from his own pen at 15:20.
        ED ({{NIC}} [[name:Layla]]): Weight?
        CALLER: Fourteen kilos.
        ED: Forty?
        CALLER: One-four. Fourteen.
        ED: Sorry, line's bad. Forty kilos. ETA?
        CALLER: Eight minutes.
        [end]
        Reviewer note: the {{resus}} board said 40 kg and a second adrenaline dose of
        500 micrograms was drawn up (correct dose 150 micrograms). On arrival the {{registrar}}
        checked with the {{Broselow tape}} and the dose was corrected before use. Patient
        [[name:Ezra Coleman-Ayodele]] ([[case_reference:WCH4433871]]) recovered. Action: weight
        read back in digits on all pre-alerts. [[name:L.H.]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        drive away on stand 31 approx 06:10. [[name:marek]] on {{hydrant dispenser}}
        [[vehicle_registration:KX21 FUE]] finished the uplift on
        [[organisation:Vireo Airways]] [[flight_number:VR2281]] ({{A321neo}},
        [[aircraft_registration:G-VRIO]]) and moved off with the {{intake coupler}} still on the
        {{hydrant pit}} valve. the {{brake interlock}} should of stopped it - turns out the
        override was left on after the last {{maintenance}} check. coupler + {{lanyard}} ripped
        off, small spill maybe 20 ltr, {{AFRS}} attended, {{spill kit}} used. nobody hurt.
        aircraft not damaged but delayed 55 min. [[name:marek]] v shaken, sent home. need to find
        out who signed the vehicle back into service. {{MOR}} to be raised by the
        {{duty manager}}. - [[name:gaz]] ({{shift lead}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - Ground frequency, [[date:14/01/2025]] 22:47 (extract, for {{MOR}})
        FUEL 7: {{Ground}}, Fuel Seven, at {{Kilo}} 2, request crossing taxiway {{Alpha}} to the
        {{fuel farm}}.
        GND: Fuel Seven, hold short of {{Alpha}}, {{A330}} taxiing from your left.
        FUEL 7: Crossing {{Alpha}}, Fuel Seven.
        GND: FUEL SEVEN STOP, STOP, I SAY AGAIN HOLD SHORT OF ALPHA.
        FUEL 7: Stopping, Fuel Seven.
        GND: Fuel Seven, {{hold position}}, [[organisation:Caledon Air]]
        [[flight_number:CDN417]] passing ahead, report to your supervisor on arrival.
        Note: {{bowser}} [[vehicle_registration:LN68 YPC]] driven by
        [[name:Oluwaseun Bakare]]. Stopped approx 15 m from the taxiway edge. Driver says he
        heard "cross" and expected it. Ground used standard phraseology. {{ATC}} and our
        {{airside driving}} trainer [[name:Carol]] to review. Fatigue likely - 4th night of 4.
    """)),
    ("aviation", "success", block("""
        SHOUT-OUT 👏 {{Fuel Quality}}
        Big thanks to [[name:Priya Raghunathan]] on earlies [[date:Tue 4th]]. During the
        {{daily sump check}} on refueller [[vehicle_registration:FL19 KTD]] she got a hazy
        sample and a positive {{water detector}} capsule. Instead of re-sampling until it passed
        (we've all seen it done) she quarantined the vehicle, told {{dispatch}} and called
        {{QA}}. The {{filter monitor}} elements were found swollen - water had got in through a
        damaged {{tank vent}}. That bowser was due on a {{B777F}} for
        [[organisation:Nordhav Cargo]] ([[aircraft_registration:LN-NHC]]) 40 mins later.
        Proper {{JIG}} stuff. Cake in the crew room 🍰
        [[name:Dave]] & [[name:Jo]] ({{Ops Manager}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ricardo Almeida]] <[[email:r.almeida@kestrel-ip.co.uk]]>
        To: Safety Team; [[name:Helen Chow]]
        Date: [[date:Sunday 8 June 2025]] 19:22
        Subject: Fuel spill stand 207 - [[aircraft_registration:G-OSMC]]

        [[name:Helen]],
        Quick summary ahead of the full report. At 17:55 our {{hydrant dispenser}} was fuelling
        [[organisation:SunMed Charter]] [[flight_number:SM1142]] ({{A320}},
        [[aircraft_registration:G-OSMC]]) to a pre-selected 14,200 kg. The {{high level}} valve
        on the left wing failed open and approx 90 litres of {{Jet A-1}} came out of the
        {{surge tank}} vent. Operator [[name:Stan]] released the {{deadman}} within seconds.
        {{AFRS}} attended; passengers were not yet boarded. {{Tech log}} entry made by the
        {{engineer}}. The airline will raise the {{MOR}}; our internal ref is
        [[case_reference:KIP-SR-2025-114]]. [[name:Stan]] did everything by the book.
        Regards
        [[name:Ricardo]]
        [[name:Ricardo Almeida]] | {{Station Safety Manager}} |
        [[organisation:Kestrel Into-Plane Services]] | [[phone:07700 900905]]
    """)),
    ("aviation", "near_miss", block("""
        Near miss - static bonding ([[case_reference:KIP-NM-0677]])
        [[date:Sat 19 July]], stand 118, {{ATR 72}} [[aircraft_registration:EI-FMK]],
        [[organisation:Atlantean Regional]] [[flight_number:AT3305]]
        05:42 Bowser [[vehicle_registration:BX68 ORU]] on stand, driver
        [[name:Lukas Petrauskas]].
        05:44 Hose connected to the {{pressure refuel point}}.
        05:45 {{Bonding lead}} NOT connected - clip had snapped, lead hanging from the reel.
        05:46 {{Turnaround coordinator}} [[name:Zofia]] saw it walking the {{ramp}} and called
        {{STOP}}.
        05:47 Fuelling stopped, clip swapped from the spare kit, fuelling resumed 05:55.
        Why: {{pre-use check}} at 04:50 was ticked but the clip had been taped together. Previous
        shift ([[name:D. Hargreaves]]) reported it verbally, not on the {{defect sheet}}.
        Actions: any damaged bonding clip = vehicle {{VOR}}; {{toolbox talk}} this week.
        Reported by [[name:LP]]
    """)),
    ("aviation", "success", block("""
        Monthly Safety Committee - minutes
        [[organisation:Kestrel Into-Plane Services]], [[organisation:Easterby International Airport]]
        Date: [[date:11 September 2025]]
        Attendance: [[name:Helen Chow]] (chair, {{HSQE Manager}}), [[name:Mark Delaney]]
        ({{Operations Manager}}), [[name:Abimbola Ade]] ({{Fuel Quality Lead}}),
        [[name:Rusty]] ({{union rep}}), [[name:Charlotte Beaumont]]
        ([[organisation:Easterby Airport Fire Service]])
        Apologies: [[name:Ricardo Almeida]], [[name:K. Van der Berg]]
        1. Spills - ZERO in {{August}}, first time since 2022. Credit to the new
        {{pre-fuelling brief}} introduced by [[name:Abimbola]].
        2. {{Hydrant}} pit inspections 100% complete; [[name:Rusty]] thanked the night shift.
        3. {{CAA}} audit - no findings on {{fuel quality}} records.
        4. Recognition: [[name:Sanjay]] and [[name:Bill]] for catching a blocked
        {{filter water separator}} drain during the {{monthly check}}.
        Next meeting: [[date:9 October]]
    """)),
    ("aviation", "incident", block("""
        VEHICLE INCIDENT REPORT
        Report no: [[case_reference:KIP-VI-0342]]
        Date: [[date:02/02/2025]]   Time: 14:15
        Location: Stand 44, {{apron}} West
        Driver: [[name:Tomasz Grabowski]]   Staff no: [[case_reference:K-10482]]
        Vehicle: Refueller 12 / reg [[vehicle_registration:EY70 KJV]]
        Aircraft: [[aircraft_registration:G-CLDA]] ({{A319}}), [[organisation:Caledon Air]]
        [[flight_number:CDN552]]
        Third party: {{GPU}} owned by [[organisation:Swiftline Handling]]
        Description: Reversing off stand after fuelling, no {{banksman}} available. Struck the
        {{GPU}} at walking pace. Damage to rear {{light bar}} and GPU cable cover. Aircraft not
        struck. {{Reversing camera}} lens was dirty.
        Injuries: none. {{Drugs and alcohol}} test: negative.
        Supervisor: [[name:Femi]]   Signed: [[name:T.G.]]
    """)),
    ("aviation", "near_miss", block("""
        #ops-dispatch (Slack export)
        [[name:jess.morrow]] 11:02: @[[name:tunde]] job [[case_reference:4471]] is stand 212,
        [[aircraft_registration:G-VRAE]] for [[flight_number:VR1907]], 9.8t
        [[name:tunde]] 11:15: on 212 now but the reg here is [[aircraft_registration:G-VRAF]]??
        same type. the one on 211 next door looks identical
        [[name:jess.morrow]] 11:16: 🤦 my bad, {{AODB}} showed the stands swapped.
        [[aircraft_registration:G-VRAE]] is on 211. do NOT fuel [[aircraft_registration:G-VRAF]], it's going to the
        {{hangar}}
        [[name:tunde]] 11:17: wasn't going to, reg didn't match the {{fuel order}} so I stopped
        [[name:adeola]] 11:20: good stop 👍 [[name:jess.morrow]] pls raise a near miss + tell
        [[organisation:Vireo]] {{ramp control}}. the {{PDA}} should block a reg mismatch, will
        ask IT why it didn't
        [[name:jess.morrow]] 11:21: on it
    """)),
    ("aviation", "success", prose("""
        Dear [[name:Helen]], on behalf of [[organisation:Vireo Airways]]
        {{Station Operations}}, a quick note of thanks. On [[date:Friday 21 March]] our
        {{A350}} [[aircraft_registration:G-VRBX]] operating [[flight_number:VR0071]] had a
        {{fuel order}} increase of 18 tonnes 25 minutes before departure after a {{reroute}}.
        Your team - [[name:Kofi Boateng]], [[name:Lena]] and {{dispatcher}} [[name:Ollie]] -
        brought a second {{hydrant dispenser}} and finished with four minutes to spare, with all
        {{fuel quality}} checks recorded. The {{captain}} asked me to pass on his thanks; the
        flight left on time with 312 passengers. Kind regards, [[name:Sophie Tremblay]],
        {{Station Manager}}, [[organisation:Vireo Airways]],
        [[email:sophie.tremblay@vireoair.com]]
    """)),
    ("aviation", "incident", block("""
        FUEL QUALITY EXCEPTION LOG - {{hydrant dispensers}} - week of [[date:6 Jan 2025]]
        Date | Unit / reg | Check | Result | By
        [[date:06/01]] | HD3 / [[vehicle_registration:WU17 TXA]] | {{Differential pressure}} | 8 psi (limit 15) | [[name:MB]]
        [[date:07/01]] | HD5 / [[vehicle_registration:WU17 TXC]] | {{Sump sample}} | free water - unit used for 2 uplifts before result logged | [[name:Ahmed]]
        [[date:08/01]] | HD2 / [[vehicle_registration:WU66 BNR]] | {{Membrane test}} | rating 2 dry (ok) | [[name:MB]]
        Incident note: HD5 fuelled [[organisation:Caledon Air]] [[flight_number:CDN210]]
        ([[aircraft_registration:G-CLDF]]) and [[organisation:Atlantean Regional]]
        [[flight_number:AT3318]] ([[aircraft_registration:EI-FMP]]) after a failed sample because
        the check was recorded at the end of shift. Both operators told; aircraft sumps drained
        by {{engineers}}, no water found. Ref [[case_reference:KIP-FQ-0019]].
        [[name:Abimbola]] ({{Fuel Quality Lead}})
    """)),
    ("aviation", "near_miss", prose("""
        nm - {{pax}} boarding started on [[flight_number:SM1187]]
        ([[aircraft_registration:G-OSMF]]) while i was still fuelling, nobody told me + the
        {{cabin crew}} didnt know fuel was on. {{AFRS}} not notified, door 1L open but no steps
        at 2L?? stopped at 12.4t, told the {{dispatcher}} ({{ground handler}} not ours) who said
        "its fine mate we're late". it isnt fine. got the {{captain}} to do a {{PA}} +
        {{seatbelts}} off, then finished. [[name:kev]] from [[organisation:Swiftline Handling]]
        said their {{turnaround coordinator}} was off sick. 3rd time this month w
        [[organisation:SunMed]]. - [[name:Nisha]]
    """)),
    ("aviation", "success", prose("""
        On [[date:3 November]], [[name:Aisling Byrne]], in her second week with
        [[organisation:Kestrel Into-Plane Services]], was paired with experienced operator
        [[name:Des Fagan]] for {{line training}}. During the {{pre-use inspection}} of
        {{hydrant dispenser}} [[vehicle_registration:KX21 FUF]] she noticed that fuel kept
        flowing for several seconds after the {{deadman}} handle was released. [[name:Des]]
        said it had "always been a bit sticky", but [[name:Aisling]] asked him to test it again
        against the {{checklist}} limit. It failed. The unit was taken out of service and the
        {{workshop}} found a contaminated {{deadman valve}}. To his credit [[name:Des]]
        reported it himself and told the morning {{briefing}} that new starters should always
        be encouraged to challenge. Recommended for the quarterly {{Safety Star}} award.
        [[name:Mark Delaney]], {{Operations Manager}}
    """)),
    ("aviation", "incident", block("""
        Shift handover - nights to earlies [[date:Wed 26/03]]
        - Stand 305: {{hydrant pit}} lid left open after {{pit inspection}}. [[name:Joe]] from
        {{ground handling}} tripped in it 03:40, twisted ankle, taken to {{first aid}} then
        [[organisation:Easterby General Hospital]]. {{RIDDOR}} may apply - [[name:Helen]] aware.
        - Pit lid unlocked, no cone placed. Inspection team was [[name:Ricky]] + [[name:Vusi]].
        - HD4 [[vehicle_registration:WU17 TXB]] {{VOR}} - {{nozzle}} leak.
        - [[flight_number:NH8803]] ([[organisation:Nordhav Cargo]]) 60t uplift at 06:30, two
          units needed.
        - {{Fuel farm}} low stock alert on tank 2, {{QA}} aware.
        [[name:Sandra P]] (night {{supervisor}})
    """)),
    ("aviation", "near_miss", block("""
        Phone call recording - fuel dispatch, [[date:17/08/2025]] 09:31
        DISPATCH ([[name:Gabi]]): Fuel dispatch, [[name:Gabi]] speaking.
        CREW ({{first officer}}, [[organisation:Redwing Air]] [[flight_number:RW88]]): Hi,
        final fuel for stand 502, [[aircraft_registration:N418RW]], we need twenty-two thousand
        total.
        DISPATCH: Twenty-two thousand kilos total, copy.
        CREW: Er, negative, pounds. Twenty-two thousand pounds.
        DISPATCH: Understood, twenty-two thousand POUNDS, about ten thousand kilos. Reading
        back: stand 502, [[aircraft_registration:N418RW]], 22,000 lb total.
        CREW: Correct, thanks.
        Note ({{dispatcher}}): the {{fuel order}} screen defaults to kg. Without the
        {{read-back}} we would have loaded roughly 2.2 times the intended fuel - a
        {{weight and balance}} problem for {{load control}}. Suggest the unit field is made
        mandatory. Log [[case_reference:KIP-NM-0702]].
    """)),
    ("aviation", "success", block("""
        Teams - Kestrel Easterby Ops 🎉
        [[name:Helen Chow]] 16:04: Shout-out to [[name:Mo]] and [[name:Kasia Zielińska]] for
        last night. When the {{fuel farm}} flagged a pressure drop on the {{hydrant}} ring at
        01:10 they hit the {{ESB}}, walked the line and found a weeping {{pit valve}} on
        stand 40. They switched to {{refuellers}} so none of the 14 departures were delayed.
        [[name:Mark Delaney]] 16:10: 👏 agreed, textbook use of the {{emergency shutdown}}
        procedure. [[name:Kasia]] also wrote up the {{MOR}} notes straight away.
        [[name:Mo]] 16:12: cheers all, [[name:Grace]] on {{dispatch}} did the hard bit
        re-planning every job
        [[name:Grace]] 16:15: 😊 team effort. {{pizza}} on Friday?
    """)),
    ("aviation", "incident", block("""
        From: [[name:Mark Delaney]] <[[email:mark.delaney@kestrel-ip.co.uk]]>
        To: [[email:ops.control@atlanteanregional.ie]]
        Cc: [[name:Helen Chow]]
        Date: [[date:29 April 2025]]
        Subject: Wrong aircraft fuelled - [[aircraft_registration:EI-FMR]]

        Dear {{Ops Control}},
        Last night our operator fuelled [[aircraft_registration:EI-FMR]] on stand 120 with
        2,900 kg instead of [[aircraft_registration:EI-FMS]] on stand 121 for
        [[flight_number:AT3341]]. [[aircraft_registration:EI-FMR]] was parked for an
        {{A-check}} and the {{MRO}} needed low tanks for a {{fuel pump}} change, so a {{defuel}}
        was needed and the check was delayed by three hours. [[flight_number:AT3341]] left
        22 minutes late while a second bowser was sent. Our operator, [[name:Chinedu]], read the
        registration from the wrong tail in the dark, and the reg check was done on the
        {{PDA}} rather than at the aircraft. Internal ref [[case_reference:KIP-SR-2025-131]].
        Please accept our apologies.
        [[name:Mark]]
        [[name:Mark Delaney]] | {{Operations Manager}} |
        [[organisation:Kestrel Into-Plane Services]] | [[phone:01632 960330]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind254", REPORTS))
