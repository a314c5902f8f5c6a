"""Held-out blind corpus 189: fostering, sexual health and approach/tower ATC reports.

Fifty hand-written UK just-culture reports (17 social care, 17 health, 16 aviation), each an
incident, near miss or success, written blind to the anonymiser's internals. Settings:

- social_care: a local authority fostering service - recruitment events, Form F assessments,
  statutory checks and references, the fostering panel and agency decision maker letters.
- health: a sexual health and contraception clinic - walk-in, LARC lists, PEP/PrEP, results
  texts, outreach van and young people's work.
- aviation: an air traffic control approach and tower unit at a regional airport - RT
  transcripts with callsigns, watch logs, movement logs and airline correspondence.

Styles, deliberately mixed: WhatsApp and Teams exports with nicknames as speakers, RT
transcripts with airline callsigns and abbreviated GA registrations, rushed lower-case notes
with typos and text-speak, formal narratives, timed chronologies, e-mails with headers and
signatures, handover notes, pipe tables with initials, minutes with attendance and apologies,
debriefs, shout-outs and forms. `[[label:value]]` marks identifiers; `{{term}}` marks roles,
agencies, clinical and aviation terms, and name-like everyday words that must survive.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind189.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        WhatsApp export - "Assessments 🏡" group, pasted in by [[name:Rachel Okonjo]] ({{senior practitioner}})

        09:12 - [[name:Bex]]: morning!! did the {{Form F}} for the [[name:Adeyemi]] household go out last nite?
        09:13 - [[name:Jonno]]: yeah sent to {{panel admin}} + both {{applicants}} about 6ish
        09:15 - [[name:Bex]]: which email did u use for her
        09:15 - [[name:Jonno]]: [[email:tola.adeyemi84@gmail.com]] why
        09:16 - [[name:Bex]]: its [[email:tola.adeyemi48@gmail.com]] 🙈 84 is someone else. ive just had a reply from a "[[name:Tola]]" asking what a {{fostering panel}} is
        09:17 - [[name:Jonno]]: oh god. ringing [[name:Marcia]] now
        09:24 - [[name:Jonno]]: recall failed cos its external. [[name:Marcia]] has told {{IG}} and the {{DPO}}, recipient asked to delete + confirm
        09:25 - [[name:Bex]]: poor [[name:Funmi]] her whole {{medical history}} is in section B

        Learning: copy {{applicant}} emails from the {{case record}}, never retype. Form F only goes out via {{Egress}}.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - statutory checks. On [[date:3 April 2024]] I was preparing the panel bundle for
        the [[name:Whitlock]] assessment ([[case_reference:FA-24-0117]]) due at {{panel}} on
        [[date:18/04/24]]. Reading the {{household composition}} I noticed the {{enhanced DBS}} for
        the {{applicants}}' adult son [[name:Kieran Whitlock]] ([[age:19]]) had been requested in
        January but never completed - the {{online portal}} still showed 'awaiting ID'. The
        {{assessing social worker}}, [[name:Oluwaseun]], believed it had cleared because the
        {{checks tracker}} had a tick in it. I escalated to [[name:Grace Oduya]] as
        {{panel adviser}}, who agreed the case could not go to panel without it. [[name:Kieran]]
        was seen at home at [[address:Hawthorn Cottage, Mill Lane, Ashcombe]]
        [[postcode:NN13 7PW]] the next day to verify ID and the check came back clear on
        [[date:15 April]]. Panel went ahead as planned. Learning: the tick was being added when a
        check was requested, not when it was received. We have added a separate 'received'
        column and a {{pre-panel checklist}} sign-off. - [[name:Dan]] ({{panel administrator}})
    """)),
    ("social_care", "success", prose("""
        Shout out!! Massive thanks to [[name:Hope]] in {{panel admin}} for saving the day on
        Thursday. The {{panel chair}} [[name:Derek Fairbairn]] was stuck on the {{M6}} and
        [[name:Hope]] got the {{vice chair}} [[name:Parveen Akhtar]] up to speed in 20 mins,
        re-ordered the agenda so the two {{annual reviews}} went first and still got the
        [[name:Nowak]] family's {{approval}} heard before lunch. [[name:Tomasz]] and [[name:Ewa]]
        were so nervous and [[name:Hope]] sat with them in the waiting area with a brew. Proper
        {{just culture}} stuff too - she flagged that we had no written {{quorum}} plan for when
        the chair is delayed, which we now do. Thank you [[name:Hope]] 💛 from all of us at
        [[organisation:Northbridge Fostering Hub]] x - [[name:Sunny]]
    """)),
    ("social_care", "incident", block("""
        Chronology - theft of work laptop + paperwork from {{pool car}}
        [[date:Tue 21/11/2023]]
        15:40  [[name:AK]] ({{assessing SW}}) finishes {{second home visit}} with {{prospective carers}} Mr and Mrs [[name:Haddad]] at [[address:41 Fernlea Road, Gorton]] [[postcode:M18 8QX]]. Laptop + paper {{genogram}} put in boot.
        16:05  Stops at petrol station on Hyde Rd, car left locked approx 10 mins.
        16:17  Returns to car ([[vehicle_registration:MA68 XHT]]) - rear window smashed, bag gone.
        16:31  Reports to police, crime no. [[case_reference:06/178843/23]]
        16:45  Rings [[name:Jas]] ({{TM}}) on [[phone:07700 914 382]] - advised to log + tell {{IG}} tonight.
        17:10  {{IT service desk}} confirm remote wipe of laptop ({{encrypted}}).
        [[date:22/11]] 09:00  [[name:Jas]] + [[name:AK]] call Mr [[name:Haddad]] to explain. Genogram had both applicants' names, the birth children [[name:Sami]] ([[age:9]]) and [[name:Lina]] ([[age:6]]) and their school, [[organisation:St Wilfrid's RC Primary]].
        Outcome: no evidence of misuse. Family understandably upset.
        Learning: paper genograms not to leave the office; {{lockable bag}} in every pool car.
    """)),
    ("social_care", "near_miss", prose("""
        rang 2nd {{personal referee}} for the [[name:mensah]] assessment this am
        ([[case_reference:FA/0932]]) n about 5 mins in realised she is [[name:kofi]]'s ex
        partner?? not declared anywhere on the {{application form}} or {{ecomap}}. stopped call,
        didnt share anything else. spoke to [[name:jen]] after, she said we shud cross check
        {{referees}} against the {{relationship history}} b4 ringing which i didnt bc time
        pressure tbh. [[name:kofi]] been asked abt it at {{session 5}}, says they were only
        together a few months 10 yrs ago so didnt think it counted. prob fine but needs a proper
        {{ex-partner reference}} now not a personal one. {{supervision}} wed w [[name:jen]].
        nobody harmed but cld have been v awkward if shed been hostile - [[name:kel]]
    """)),
    ("social_care", "success", block("""
        FOSTERING PANEL - MINUTES (extract)
        Date: [[date:07.03.2024]]   Venue: [[address:Kingsmead House]], Room 2 / {{Teams}}
        Present: [[name:Derek Fairbairn]] ({{Chair}}), [[name:Parveen Akhtar]] ({{Vice Chair}}), Dr [[name:Nkechi Eze]] ({{Medical Adviser}}), [[name:Will Rutherford]] ({{independent member}}, {{care experienced}}), [[name:Siobhán Ní Bhriain]] ({{social work member}}), [[name:Len Hobbs]] ({{foster carer member}})
        Apologies: [[name:Mark Tennant]] ({{elected member}})
        In attendance: [[name:Grace Oduya]] ({{Panel Adviser}}), [[name:Dan Pryce]] (minutes)

        Item 3 - [[name:Tomasz]] & [[name:Ewa Nowak]] - {{mainstream}} approval, 0-2 children aged 0-10
        Presenting SW: [[name:Oluwaseun Balogun]]
        Panel explored [[name:Ewa]]'s support network and the couple's plans for {{contact}} with birth families. [[name:Tomasz]] spoke movingly about his own childhood in care in Poland.
        Recommendation: approve, unanimous.
        The Chair thanked [[name:Oluwaseun]] for an "outstanding, reflective" report; panel members could not remember a Form F needing no {{addendum}} or {{deferral}} before. Shared as good practice.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Hollie Pritchard]] <[[email:hollie.pritchard@eastmoor.gov.uk]]>
        To: Fostering Panel - {{Central List}}
        Sent: [[date:12 June 2024]] 16:52
        Subject: RE: panel papers [[date:19/06]] - PLEASE DELETE

        All,

        The papers I sent at 16:40 went to the whole {{central list}}, not just the [[date:19th June]] panel, so 4 people who aren't sitting received them, plus one {{ex-member}} whose account should have been closed. The bundle contains the full {{Form F}} for the [[name:Chaudhry]] household incl. the {{health and lifestyle}} sections, and the {{annual review}} for [[name:Joy]] and [[name:Bill Marsh]].

        Please delete without opening and reply to confirm. I've raised it with {{Information Governance}} (ref [[case_reference:IG-2024-0611]]).

        Really sorry everyone,
        [[name:Hollie]]

        [[name:Hollie Pritchard]] | {{Panel Administrator}}
        [[organisation:Eastmoor Council]] Fostering Service
        T: [[phone:01632 960 418]] | M: [[phone:07700 900 615]]
    """)),
    ("social_care", "near_miss", block("""
        Statutory checks tracker - [[name:Sahota]] assessment [[case_reference:FR/23/0388]]
        | Check          | Person                      | DOB        | Sent  | Back  | By |
        | {{DBS enhanced}}   | [[name:Parminder Kaur Sahota]] | [[date_of_birth:02/09/1981]] | [[date:04/01]] | [[date:22/01]] | [[name:LH]] |
        | {{DBS enhanced}}   | [[name:Jaspreet Sahota]]     | [[date_of_birth:14/11/1997]] | [[date:04/01]] | [[date:25/01]] | [[name:LH]] |
        | {{LA check}}       | [[name:Jaspreet Sahota]]     | as above   | [[date:05/01]] | [[date:30/01]] | [[name:MO'C]] |
        | {{GP medical}}     | [[name:Parminder Kaur Sahota]] | as above   | [[date:08/01]] | -     | [[name:MO'C]] |

        Note by [[name:LH]]: the LA check for [[name:Jaspreet]] came back from the {{neighbouring authority}} with a {{LADO}} record attached. DOB on their return was [[date_of_birth:14/11/1979]] - a different man with the same name, 18 yrs older. Queried with their {{duty team}} before it went anywhere near the {{Form F}}; they confirmed the mismatch and re-ran it as {{NFA}}. Suggest we always send DOB + {{previous addresses}} with LA checks, not just name.
    """)),
    ("social_care", "success", prose("""
        Debrief - {{recruitment stall}}, [[organisation:Holme Lane Community Centre]],
        [[date:Sat 14 Sept]]. Really good day. [[name:Faith]] and [[name:Rhodri]] ran the stall
        10-3 with two of our {{foster carers}}, [[name:Marlene]] and [[name:Desmond Clarke]], who
        have fostered for 22 years and were brilliant at the 'what's it really like' questions.
        31 {{enquiries}}, 9 booked onto {{Skills to Foster}} already. One woman disclosed a
        {{safeguarding}} worry about a neighbour's child; [[name:Faith]] took details and passed
        them to {{MASH}} that afternoon (ref [[case_reference:MASH-240914-07]]). What worked:
        having carers there, the {{QR code}} to the {{enquiry form}}, and the kids' corner run by
        staff from [[organisation:Little Acorns Nursery]]. Even better if: {{leaflets}} in {{Urdu}} and
        {{Polish}}, and please don't put us next to the {{bouncy castle}} again.
    """)),
    ("social_care", "incident", block("""
        HANDOVER - [[name:Nadia]] to [[name:Chris]] (on leave from tmrw til [[date:28/10]])

        * [[name:Brennan]] {{initial visit}} done [[date:10/10]], went well, wants {{Skills to Foster}} Nov
        * IMPORTANT: I uploaded Mr [[name:Brennan]]'s {{application form}} scan (has his NI no [[ni_number:JT 48 22 91 C]] + DOB) to the wrong record on {{LCS}} - it went on [[case_reference:FC-10442]] (the [[name:Brannigan]] household, came up first in search). Moved it to [[case_reference:FC-10447]] today but it was there 3 days and the [[name:Brannigan]] {{SSW}} [[name:Precious]] had opened it
        * logged as incident, {{IG}} aware. [[name:Chris]] can u check the {{audit trail}} shows it moved pls
        * [[name:Liam Brennan]] also disclosed a {{caution}} from 2009 (drunk and disorderly) at the visit - not on the form, needs discussing w {{TM}}
        * [[name:Aoife]] (partner, DOB [[date_of_birth:23.05.88]]) - {{medical}} booked with [[organisation:Parkside Surgery]] [[date:2 Nov]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/05/2024]], 19:41 - [[name:Sunny]]: erm has anyone looked at the {{recruitment fb page}} 😬
        [[date:02/05/2024]], 19:42 - [[name:Gaz]]: no why
        [[date:02/05/2024]], 19:43 - [[name:Sunny]]: [[name:Tash]]'s post for the {{info evening}}. the screenshot has tmrws {{panel}} {{Teams}} link + {{meeting ID}} in the corner. {{public post}}. 214 views
        [[date:02/05/2024]], 19:44 - [[name:Gaz]]: 😳 ok on it
        [[date:02/05/2024]], 19:47 - [[name:Gaz]]: post hidden. messaged [[name:Tash]]. ill ask [[name:Hope]] to send a new link to {{panel members}} and the {{applicants}} first thing
        [[date:02/05/2024]], 19:48 - [[name:Sunny]]: nobody joined it did they
        [[date:02/05/2024]], 19:50 - [[name:Gaz]]: no not live til 9.30 tmrw and the {{lobby}} is on so nobody gets in without being admitted. {{near miss}} i reckon, will log
        [[date:02/05/2024]], 19:51 - [[name:Sunny]]: ur a star [[name:Gaz]] 🌟
    """)),
    ("social_care", "success", prose("""
        Compliment received via {{customer feedback}}, shared with consent: 'Dear
        [[name:Siobhan]], just wanted to say thank you for everything over the last eight months.
        When we started the {{assessment}} I was terrified you'd judge us for [[name:Ray]]'s
        history and the bankruptcy but you never did, you just helped us talk about it. The
        {{Skills to Foster}} weekend at [[organisation:Ryecroft Hall]] changed how I think about
        {{contact}}. And we got the call from [[name:Mo]] in {{matching}} on Friday!! Love,
        [[name:Carol]] and [[name:Ray Gittins]] x' [[name:Siobhan]]'s {{manager}} has added this
        to her {{supervision}} file. Note for the {{learning log}}: the couple also said in their
        {{panel feedback}} that being sent the likely questions in advance reduced their anxiety
        hugely - worth doing for every household.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - FOSTERING
        Ref: [[case_reference:INC-FOS-2024-031]]
        Reported by: [[name:Anjali Raghunathan]], {{Assessing Social Worker}}
        Date of incident: [[date:29/01/2024]]
        Person affected
          Name: [[name:Marcus Bell]]
          DOB: [[date_of_birth:11/07/1976]]
          NI No: [[ni_number:NR 73 05 19 B]]
          Address: [[address:14 Quarry Bank, Thornleigh]] [[postcode:WF4 2LQ]]
        What happened: The {{employer reference}} request to Mr [[name:Bell]]'s {{employer}}, [[organisation:Calder Valley Haulage]], was generated from a {{template}} that still held the {{previous applicant}}'s name ([[name:Yusuf Demir]]) in the second paragraph. The {{HR manager}} rang to query it, so both names and the fact that both men are {{applying to foster}} were disclosed.
        {{Immediate action}}: apologised to both; [[name:Yusuf]] informed by phone; letter recalled.
        {{Contributing factors}}: templates saved over rather than blank copy used.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Will Hartigan]]  10:02
        morning, about to sign the {{ADM}} letters from last week's panel. [[name:Precious]] can u sanity check names b4 I do

        [[name:Precious Mbeki]]  10:09
        {{letter 2}} is addressed to the [[name:Okafor]] household but the body says {{approved}} as {{short break carers}}?? they were {{mainstream}}. short breaks was [[name:Leigh]] and [[name:Sam Doherty]]

        [[name:Will Hartigan]]  10:11
        good spot 🙈 {{mail merge}} must've pulled the wrong row. not signing anything till they're redone

        [[name:Precious Mbeki]]  10:12
        also the [[name:Okafor]] one has [[name:Leigh]]'s postcode [[postcode:LS12 4RT]] in the {{address block}}

        [[name:Will Hartigan]]  10:30
        all 4 regenerated + checked against the {{panel minutes}}. thanks [[name:P]]. logging it as a {{near miss}} - nothing left the building
    """)),
    ("social_care", "incident", block("""
        [[date:08/08/2023]] - dog bite during {{assessment visit}}
        14:00 [[name:Ffion]] ({{SSW}}) arrives at [[address:2 Orchard Mews, Little Haxby]] for session 4 with [[name:Darren]] and [[name:Lisa Kowalczyk]]. 2 x {{Staffie}} said to be shut in kitchen.
        14:35 [[name:Darren]]'s nephew lets dogs into lounge. Younger dog ({{Bronson}}) jumps up and bites [[name:Ffion]]'s left hand.
        14:40 [[name:Lisa]] does {{first aid}}. Visit ended.
        15:20 Seen at [[organisation:Haxby Walk-in Centre]]; wound cleaned, {{tetanus}} up to date, {{antibiotics}}.
        16:10 [[name:Ffion]] rings {{duty manager}} [[name:Aled]].
        Follow-up: {{pet risk assessment}} had been done at stage 1 but only covered the older dog. Couple very apologetic. [[name:Ffion]] off 2 days.
        Learning: pet assessment to be repeated when a new animal joins the household; visits to go ahead only with dogs out of the house or crated.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - {{connected person}} assessment. In
        [[date:February 2024]] we had a {{Reg 24}} placement with {{maternal grandmother}}
        [[name:Blessing Nwachukwu]] ([[age:58]]) for her grandson [[name:Tobi]] ([[age:4]]). The
        full assessment was completed in 15 weeks, inside the 16-week {{temporary approval}}
        window, which almost never happens. What made it work: [[name:Ellie-Mae]] and
        [[name:Rasheed]] co-worked from day one, with [[name:Rasheed]] taking the {{health and
        finance sections}}. [[name:Blessing]]'s flat at [[address:Flat 6, Corbett Court]] was too
        small, and the {{housing officer}}, [[name:Lin Tan]] at [[organisation:Eastmoor Homes]],
        found a {{two-bed}} within a month. The {{IRO}} and the {{child's social worker}} were invited
        to every {{review}}. [[name:Blessing]] told {{panel}} she "never once felt like a case number".
        Approved unanimously.
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent the {{household composition}} for the [[name:Ozturk]] hhold to [[name:mark]]
        (ex {{panel member}}, left in march) instead of [[name:mark p]] in {{finance}} - {{outlook}}
        autofilled. only caught it bc the {{preview}} showed his personal address
        [[email:marky.t1962@hotmail.co.uk]]. deleted the {{draft}}, nothing sent. can some1 pls get
        old panel ppl cleared out of the {{autocomplete}}?? [[name:mark]] still gets our
        {{newsletter}} too i think. flagged to [[name:zee]] in {{admin}}. ring me if q's
        [[phone:07911 384 220]] - [[name:Dom]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        On [[date:Tuesday 5 March 2024]] an automated {{results SMS}} intended for
        [[name:Amira Haddad]] (clinic no [[case_reference:GU-558213]]) was sent to
        [[phone:07700 900 482]], a number recorded when she first attended in 2022 and never
        updated. The text read 'Your recent test needs {{treatment}}, please call
        [[organisation:Orchard Sexual Health]] on [[phone:0300 123 7788]]'. The current holder of
        that number rang us, angry, believing his partner had been to a sexual health clinic.
        {{Band 6}} nurse [[name:Kemi]] explained it was a wrong number without confirming any
        details. Ms [[name:Haddad]] was reached via the number on her {{GP record}} and attended
        the same week for {{doxycycline}}. Learning: the {{demographics}} screen is skipped at
        {{self check-in}}; we are adding a mobile number confirmation step and reminding
        {{reception}} of the {{two-identifier check}}.
    """)),
    ("health", "near_miss", block("""
        WhatsApp - "Rm 3 nurses 💉" (exported)
        08:02 [[name:Lou]]: rm 3 list has 2 x [[name:Chloe Evans]] today 🙃
        08:03 [[name:Deebs]]: yep one's {{Nexplanon}} removal + refit, other is a {{coil check}}
        08:41 [[name:Lou]]: nearly did the wrong one. 08:40 slot opened the {{EPR}} for the {{refit}} [[name:Chloe]] but {{DOB}} said [[date_of_birth:03/11/2001]] and she told me [[date_of_birth:14/06/1998]]
        08:42 [[name:Deebs]]: 😱 before {{lidocaine}}??
        08:42 [[name:Lou]]: way before, she was only just on the {{couch}}. {{kiosk}} checked her in against the wrong record
        08:44 [[name:Deebs]]: want me to tell [[name:Bernie]] ({{NIC}})
        08:45 [[name:Lou]]: pls. and can we get a {{same-name alert}} on both. 2nd [[name:Chloe]]'s {{clinic no}} is [[case_reference:CL-204411]], nhs no [[nhs_number:5110785155]]
        08:50 [[name:Deebs]]: done, [[name:Bernie]]'s logged it 👍
    """)),
    ("health", "success", prose("""
        Shout-out 🙌 to [[name:Grace]] on {{reception}} for Wednesday evening. A girl who gave her
        age as [[age:15]] came in asking for the {{morning after pill}}; [[name:Grace]] noticed
        she kept looking out at a man in a silver car outside ([[vehicle_registration:YR21 KJV]])
        and remembered the same car dropping off another young girl last month. Rather than just
        booking her in, she quietly let [[name:Jaz]] ({{nurse in charge}}) know. [[name:Jaz]] did
        the {{Spotting the Signs}} {{CSE}} proforma with her; she was {{Fraser competent}} for
        {{EHC}} but disclosed enough for a same-day {{MASH}} referral, and the registration was
        passed to {{police}}. [[name:Grace]] has only been with us six weeks and hasn't done her
        {{Level 3 safeguarding}} yet (booked for [[date:3rd July]]). Brilliant instinct. -
        [[name:Marguerite]], {{Clinic Manager}}
    """)),
    ("health", "incident", block("""
        TIMELINE - delayed {{PEPSE}} (Datix [[case_reference:W118204]])
        Pt: [[name:J.M.]], [[age:24]] yrs, hosp no [[case_reference:RX4-0093317]], NHS [[nhs_number:742 981 6088]]

        Sat [[date:17/02/24]] 23:10  {{condomless anal sex}}, partner says he is {{HIV}} positive, not on treatment
        Sun [[date:18/02/24]] 01:30  rings {{NHS 111}}; told "clinic opens Monday, PEP works up to 72 hours"
        Sun 14:00  attends [[organisation:Hollinwood Walk-in Centre]], told they don't stock PEP, go to {{A&E}}. Goes home.
        Mon [[date:19/02/24]] 08:15  walks in here, triaged by [[name:Femi]] as priority
        Mon 09:05  seen by Dr [[name:Naidoo]], {{starter pack}} given at approx 58 hrs, {{baseline bloods}} taken

        Harm: delay increases risk of {{seroconversion}}. Follow-up {{HIV test}} at 12 weeks.
        Actions: feedback to the 111 provider; our {{out of hours}} voicemail now says to go to A&E for PEP; [[name:Femi]] to send {{PEP card}} to walk-in centres.
    """)),
    ("health", "near_miss", block("""
        Teams - Clinic Leads
        [[name:Marta Wiśniewska]]  08:47
        vaccine fridge 2 showing 11.2 this am 😬 {{max}} 12.4 overnight
        [[name:Tom O'Driscoll]]  08:49
        was it ok at close yesterday?
        [[name:Marta Wiśniewska]]  08:50
        4.8 at 18:30, signed by [[name:Hana]]. door wasnt shut properly, the {{Hep B}} box was stopping it closing
        [[name:Tom O'Driscoll]]  08:52
        ok nothing out of it til we hear from {{pharmacy}}. {{quarantine}} + DO NOT USE sign. has anyone had {{HPV}} or hep B from it today?
        [[name:Marta Wiśniewska]]  08:53
        no, first clinic 9.30, caught on the {{AM check}} 🙏
        [[name:Tom O'Driscoll]]  09:31
        pharmacy ([[name:Ade]]) says {{Gardasil 9}} and {{Engerix B}} ok per manufacturer {{stability data}}. logging as near miss. can we get the {{data logger}} alarm looked at, it never went off
    """)),
    ("health", "success", block("""
        From: [[name:Delroy Campbell]] <[[email:delroy.c@riversideyouth.org.uk]]>
        To: [[email:orchard.outreach@nhs.net]]
        Cc: [[name:Priya Ramaswamy]]
        Date: [[date:Thu 8 Feb 2024]] 17:21
        Subject: Thank you for Tuesday

        Hi [[name:Priya]] and the {{outreach team}},

        Massive thank you for the {{drop-in}} at [[organisation:Riverside Youth Hub]] on Tuesday. 23 {{young people}} came through, 11 signed up for the {{C-Card}} and loads did the {{chlamydia}} and {{gonorrhoea}} {{self-swab}} kits. Your session on {{consent}} and sharing nudes was the best we've had - two of our lads were still talking about it at {{football}} on Wednesday.

        One of my staff, [[name:Sian]], says a young person has already come back to talk to her about something at home because of your session, so thank you for that too (she's following it up with our {{DSL}}).

        Same time next month?

        [[name:Delroy]]
        [[name:Delroy Campbell]]
        {{Senior Youth Worker}} | [[organisation:Riverside Youth Hub]]
        [[phone:0161 496 0732]] | [[phone:07700 900 913]]
    """)),
    ("health", "incident", prose("""
        handover pm - RM 4 BUZZER NOT WORKING!!! pt [[name:kerry-ann]] ([[case_reference:GU447190]])
        went {{vasovagal}} during {{IUD}} fit w dr [[name:okoro]] abt 15:10, bp 78/40 hr 38.
        pressed {{emergency buzzer}} nothing happened, [[name:okoro]] had to shout down the
        corridor. [[name:wes]] came w {{crash trolley}} + {{O2}}. legs up, came round in 2-3 mins,
        no {{atropine}} needed. {{obs}} normal by 15:40, went home w partner 16:30. device in situ +
        checked. rang {{estates}} - they said rm 4 buzzer has been off since the {{rewire}} 2 wks ago??
        nobody told us. rm 4 closed for procedures til fixed, use rm 2 tmrw. {{datix}} done.
        [[name:kerry-ann]] ok, {{debrief}} call booked w her fri - [[name:lx]]
    """)),
    ("health", "near_miss", block("""
        {{LARC}} list - [[date:Thu 11/01/2024]] am - Rm 2
        Time  | Pt        | Clinic no   | Procedure              | Clinician
        09:00 | [[name:R.B.]]      | [[case_reference:GU-30118]]    | {{IUS}} fit ({{Mirena}})      | [[name:AMS]]
        09:40 | [[name:N.T.L.]]    | [[case_reference:GU-30118]]    | {{implant}} removal        | [[name:AMS]]
        10:20 | [[name:S.O'N.]]    | [[case_reference:GU-30126]]    | {{Cu-IUD}} fit             | [[name:KO]]
        11:00 | [[name:P.D.]]      | [[case_reference:GU-30131]]    | {{Sayana Press}} teach     | [[name:KO]]

        Spotted by [[name:Bryony]] (HCA) printing labels: rows 1 and 2 have the same clinic number. The new {{PAS}} interface gave [[name:N.T.L.]] the number already belonging to [[name:R.B.]] when she was booked by phone. Her results would have been filed on the wrong record. Corrected before either pt arrived; IT call logged; {{duplicate check}} added to the booking script.
    """)),
    ("health", "incident", prose("""
        At about 17:30 on [[date:22/07/23]] the {{outreach van}} ([[vehicle_registration:WN70 GZE]])
        came back from the [[organisation:Greenside Festival]] site and the {{cool box}} with 14
        {{NAAT}} swabs and 6 {{serology}} bloods was left in the back overnight. [[name:Sam]]
        thought [[name:Bongani]] had taken it in; [[name:Bongani]] thought [[name:Sam]] had.
        Found at 08:10 next day by [[name:Tereza]], box at 29C, {{ice packs}} melted.
        {{Microbiology}} at [[organisation:Northgate Pathology]] advised the {{bloods}} were
        unsuitable; swabs accepted with a comment. Six people {{recalled}} for {{repeat bloods}}, two not
        contactable as they only gave first names and a mobile. Learning: a {{specimen sign-in
        sheet}}, {{cold chain}} log for outreach, and a 'specimens on board' tag now hangs on the
        {{van keys}}.
    """)),
    ("health", "success", block("""
        PrEP pop-up debrief - [[organisation:The Lighthouse Centre]] - [[date:Sat 12 Oct 2024]]

        What went well
        - 19 people seen, 8 new {{PrEP}} starts, all had {{point-of-care HIV}} + {{creatinine}}
        - [[name:Rory]]'s idea of bringing {{dried blood spot}} kits meant nobody was turned away
        - [[name:Dev]] and [[name:Sunny]] ([[organisation:Lighthouse]] volunteer) did the welcome - really relaxed vibe
        - [[name:Mags O'Brien]] sorted the {{PGD}} sign-off for the two new {{HCAs}} the night before 🙏

        Even better if
        - wifi dropped twice so we went to paper, [[name:Rory]] typed everything up that evening
        - run out of {{condoms}} + {{lube}} by 2pm

        Next: monthly, same venue. [[name:Dev]] to ask [[organisation:Lighthouse]] re Sunday slot.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - SPECIMEN LABEL
        Name: [[name:Nguyen Thi Lan]]
        DOB: [[date_of_birth:19.02.1995]]
        NHS No: [[nhs_number:191 783 0629]]
        Clinic No: [[case_reference:SH/77/01923]]
        Date: [[date:04/04/2024]]
        Reported by: [[name:Bryony Tait]], {{HCA}}

        Ms [[name:Lan]]'s {{vulvovaginal swab}} was handed to me with a label already on it for the {{previous patient}}, [[name:Ruth Akinyi]] ([[case_reference:SH/77/01919]]), taken from the {{printer tray}}. I noticed the name did not match the {{request form}} before it went into the {{specimen bag}}. Relabelled in front of the patient using the {{three-point check}}. Cause: printer set to print two copies and the spare was left in the tray. IT asked to set it to one copy. {{No harm}}.
    """)),
    ("health", "incident", block("""
        [12:14] [[name:Shaz]]: complaint at {{front desk}} 😞 lady says the new {{locum}} shouted her full name across the {{waiting room}}
        [12:15] [[name:Mel]]: omg. we're meant to use {{ticket numbers}}
        [12:15] [[name:Shaz]]: i know. she says her {{sister in law}} was sat there. name is [[name:Rosie Whelan]]
        [12:16] [[name:Mel]]: get her in the {{quiet room}}, ill get [[name:Bernadette]]
        [12:31] [[name:Mel]]: [[name:B]] has apologised. she wants a {{callback}} from the {{manager}} on [[phone:07984 551 203]]
        [12:33] [[name:Shaz]]: who was the locum
        [12:33] [[name:Mel]]: dr [[name:Ikechukwu]] - {{first shift}}, nobody did his {{induction}} so he didnt know about the numbers
        [12:40] [[name:Shaz]]: logging it now. {{PALS}} leaflet given
    """)),
    ("health", "success", block("""
        Governance & Learning meeting - [[organisation:Orchard Sexual Health]]
        Date: [[date:16 May 2024]], 13:00, {{seminar room}}
        Present: Dr [[name:Farah Qureshi]] ({{Clinical Lead}}, chair), [[name:Kemi Ogunleye]] ({{Lead Nurse}}), [[name:Mark Feeney]] ({{Health Adviser}}), [[name:Bryony Tait]], [[name:Tom O'Driscoll]]
        Apologies: [[name:Marguerite Lacey]], [[name:Rory]]

        4. Good practice - {{partner notification}}
        [[name:MF]] presented the March {{syphilis}} cluster. Index case ([[case_reference:GU-31877]]) named 9 contacts, mostly via {{dating apps}}. [[name:Mark]] traced 8 of 9 within 14 days using {{provider referral}} and anonymous app messaging; 5 contacts had {{early syphilis}} and were treated with {{benzathine penicillin}}. Dr [[name:Qureshi]] thanked [[name:Mark]] and asked for the app script to go into the {{PN SOP}}.
        Action: [[name:MF]] / [[name:KO]] to share at regional {{BASHH}} meeting.
    """)),
    ("health", "near_miss", prose("""
        pt [[name:t.o.]] [[age:22]]yo came to walk in for {{EHC}} after {{UPSI}} 2 days ago. i had
        the {{ulipristal}} out ready then saw on her {{meds}} shes on {{carbamazepine}} for
        epilepsy (enzyme inducer) so {{UPA}} wont work properly. asked [[name:yusuf]] (pharm) who
        agreed - {{Cu-IUD}} offered as best option, pt declined today, so gave
        {{levonorgestrel}} 3mg ({{double dose}}) as per {{FSRH}}, advised {{pregnancy test}} in 3
        wks. nearly gave wrong one bc the {{PGD}} checklist only says 'any other meds' and doesnt
        ask about enzyme inducers specifically. suggest own tickbox. [[name:yusuf]] gonna take it
        to {{MMG}} - [[name:ellie]] sn
    """)),
    ("health", "incident", block("""
        From: [[name:Sinéad Moriarty]] <[[email:sinead.moriarty1@nhs.net]]>
        To: [[name:Kwame Asante-Boateng]]
        Sent: [[date:03 September 2024]] 10:14
        Subject: Letter posted home despite 'no letters' flag

        [[name:Kwame]],

        Flagging an incident from Friday. [[name:Leah Hollis]] ([[age:17]], NHS [[nhs_number:332 660 8845]]) had {{no letters home}} recorded at her {{first visit}} in 2023. After the {{EPR}} migration in July the flag didn't carry across, and an {{appointment letter}} for her {{implant}} review went to [[address:27 Linnet Close, Arbourthorne]] [[postcode:S2 3NF]]. Her {{mum}} opened it. [[name:Leah]] rang in tears; she is safe but says things at home are "awful". [[name:Jodie]] ({{HA}}) has done a {{safeguarding}} check-in and she's being seen Weds.

        I've searched and 212 other patients' flags didn't migrate. {{IT}} are fixing (ref [[case_reference:INC-2024-0903-11]]).

        [[name:Sinéad]]
        [[name:Sinéad Moriarty]]
        {{Clinical Nurse Specialist}}, [[organisation:Orchard]]
        [[phone:07700 900 351]]
    """)),
    ("health", "near_miss", block("""
        [[name:Kaz]]  14:02
        someone just rang - when she went to book online the {{email box}} on the form was already filled in with someone elses address 😬
        [[name:Jonty]]  14:03
        did she submit it??
        [[name:Kaz]]  14:04
        no thank god, she noticed. it was [[email:m.achterberg@outlook.com]] she said. if shed not noticed her {{PrEP review}} confirmation wouldve gone to a stranger
        [[name:Jonty]]  14:06
        ffs. ok pausing the {{online booking}} {{widget}} and ringing the {{supplier}}. can u take her details
        [[name:Kaz]]  14:07
        [[name:Fatima]], [[phone:+44 7700 900 558]]. shes fine about it just thought we should know
        [[name:Jonty]]  14:40
        supplier says {{autofill}} cache bug since the {{lunchtime update}}, 3 forms affected, none {{submitted}}. {{Caldicott Guardian}} told. widget back on at 16:00
    """)),
    ("health", "success", prose("""
        Good practice. A [[age:16]]-year-old in Year 11 at [[organisation:Thornbury Academy]]
        attended alone asking for the {{combined pill}}. Nurse [[name:Aisling Quinn]] assessed her
        as {{Fraser competent}}, did {{BP}}, {{BMI}} and a {{UKMEC}} check, and used the
        {{HEADSS}} framework rather than rushing to the prescription. That picked up that the
        young person is the main carer for her mum, who has {{MS}}, and was missing school. With
        her consent [[name:Aisling]] referred her to [[organisation:Thornbury Young Carers]] and
        let the {{school nurse}} know. {{Will}} review at the three-month {{pill check}}. Her
        feedback: 'first time anyone has asked about me.' Having the {{Rose Room}} free meant a
        quiet space with no {{waiting room}} exposure.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT transcript - TWR {{118.505}} - [[date:09/09/2023]] (UTC)
        1412:03 TWR: [[flight_number:Easy 82WJ]] surface wind 250 9 knots {{runway 26}} cleared to land
        1412:08 [[flight_number:EZY82WJ]]: cleared to land 26 [[flight_number:Easy 82WJ]]
        1412:31 OPS2: Tower, {{Ops 2}} at A1, request enter runway for {{FOD check}}
        1412:35 TWR: Ops 2 hold position, landing traffic 4 miles
        1412:38 OPS2: entering runway, Ops 2
        1412:44 TWR: OPS 2 HOLD POSITION I SAY AGAIN HOLD POSITION
        1412:47 OPS2: (garbled) ... stopping, Ops 2
        1412:52 TWR: [[flight_number:Easy 82WJ]] go around I say again go around, vehicle on runway
        1412:55 [[flight_number:EZY82WJ]]: going around [[flight_number:Easy 82WJ]]

        Summary: ADC [[name:Jo Halliday]] did not detect the incorrect readback at 1412:38. Driver ([[name:Craig Pearce]], {{airside ops}}) says he heard "...position" and took it as approval. Vehicle passed the {{holding point}} by about 10 m. The {{A320}} went around from 3.5 nm; no conflict. {{Stop bars}} were unserviceable. {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", block("""
        APP {{119.705}} - [[date:2 Feb 24]]
        0734:10 APP: [[flight_number:Logan 6HJ]] descend altitude 4000 feet {{QNH 1009}}
        0734:16 [[flight_number:LOG6HJ]]: descend altitude 3000 feet 1009 [[flight_number:Logan 6HJ]]
        0734:20 APP: [[flight_number:Logan 6HJ]] negative, altitude FOUR thousand feet, traffic a {{PA-28}} 3 miles west 3500 feet
        0734:27 [[flight_number:LOG6HJ]]: four thousand feet, apologies, [[flight_number:Logan 6HJ]]
        0734:40 APP: [[aircraft_registration:G-FC]] traffic {{Saab 340}} 2 miles east descending to 4000 feet
        0734:46 [[aircraft_registration:G-FC]]: looking, [[aircraft_registration:Golf Fox Charlie]]

        Note from APR ([[name:MK]]): picked up the readback straight away, and {{Mode S}} {{selected level}} was showing A30. Without the challenge [[flight_number:Logan 6HJ]] would have descended through the level of [[aircraft_registration:G-BOFC]]. Crew apologised on the ground, said they confused it with the previous clearance on the {{STAR}}. Good catch, no {{STCA}}.
    """)),
    ("aviation", "success", prose("""
        Debrief - {{PAN}} from [[aircraft_registration:G-DFKT]] ({{DA42}},
        [[organisation:Fenmoor Flight Training]]) on [[date:14/03/2024]]. Solo student
        [[name:Arjun Mehta]] reported rough running on the left engine 12 nm north at 3000 ft.
        {{APP controller}} [[name:Kirsty McAllister]] took it calmly, gave a direct {{heading}} and
        kept instructions short as the student was clearly task-saturated. She cleared the
        {{frequency}} of non-essential chat and co-ordinated with ADC [[name:Jonno Price]], who held
        two {{departures}} and called a {{local standby}}. {{RFFS}} in position by 1031. The aircraft
        landed {{runway 26}} at 1038 and vacated under its own power. [[name:Arjun]] later told
        his {{instructor}} "[[name:Kirst]] talked me down like I was her only aircraft." Engineering
        found a failed {{magneto}}. Great teamwork from the whole watch.
    """)),
    ("aviation", "incident", block("""
        ATC WATCH LOG - [[date:27/10/2023]] - Watch B
        0600 Watch on: [[name:RH]] ({{WSO}}), [[name:DP]], [[name:Gethin ap Rhys]] ({{ADC}}), [[name:Sunny Chowdhury]] ({{APP}})
        0615 {{ILS}} 26 {{glidepath}} alarm on {{monitor}}. Glidepath withdrawn.
        0618 {{ATSEP}} [[name:Mike Barraclough]] called on [[phone:07700 900 247]], ETA 0700
        0622 {{NOTAM}} action requested. {{ATIS}} NOT updated (still info C, ILS available)
        0641 [[flight_number:EXS45HT]] checks in with info C, vectored for ILS 26
        0648 [[flight_number:EXS45HT]] reports {{GP flag}} at 6 nm, going around
        0649 ATIS updated to info D. [[flight_number:EXS45HT]] vectored for {{RNP}} 26
        0704 [[flight_number:EXS45HT]] landed
        0945 ILS restored after {{flight check}}.
        Remarks ([[name:Gethin]]): withdrawal not passed to [[name:Sunny]] at the APP position because the APS phone was engaged. Go-around was a direct result. Raise at {{TRM}}.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp "{{Watch C}} 🛫🍺"
        21:58 - [[name:Moz]]: just took over from [[name:Benji]]. nothing in the {{handover}} about {{twy C}} works??
        21:59 - [[name:Big Al]]: its on the {{NOTAM}} and the {{ops brief}}, C shut from 2200
        21:59 - [[name:Moz]]: nearly gave [[aircraft_registration:G-CHLT]] {{taxi}} via C 😬 only caught it cos I saw the {{works vehicles}} lights
        22:01 - [[name:Benji]]: sorry mate my bad, it was on the {{handover checklist}} but I skipped the {{airfield}} section, long day
        22:02 - [[name:Big Al]]: dont sweat it that's what the checklist is for. report it tho
        22:04 - [[name:Moz]]: will do. also [[name:Kirsty]] says {{ATIS}} still says C available
        22:05 - [[name:Big Al]]: ffs. sorting it
    """)),
    ("aviation", "success", prose("""
        Big thanks to [[name:Aditi]] and [[name:Conor]] on Sunday lates ([[date:18/08]]).
        [[flight_number:TOM3LB]] ({{737-800}}, 168 pax) declared a {{PAN}} after a
        {{bird strike}} on departure with possible {{No. 2 engine}} damage. [[name:Aditi]] on
        APP kept them in a tight pattern at 3000 ft, checked {{fuel endurance}} and
        {{souls on board}} early and asked if they wanted to go for a {{weight check}} hold.
        [[name:Conor]] on ADC got a {{runway inspection}} done inside six minutes (gull remains
        at about the 900 m point), stopped {{GA}} traffic and had the {{RFFS}} at their positions
        before [[flight_number:TOM3LB]] was on final. Landed 1918, no further damage. Text-book
        {{co-ordination}} - [[name:Rob]] ({{GM ATS}})
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE - incorrect {{QNH}} passed
        Date [[date:11 Jan 2024]] | APR [[name:Rhiannon Lewis]] ({{trainee}}) | {{OJTI}} [[name:Dave Mbeki]]
        1548  {{ATIS}} info K, QNH 1002 (rapid pressure fall, {{Storm Henk}} remnants)
        1552  APR passes QNH 1012 to [[flight_number:RYR4TK]] ({{B738}}) on {{downwind}}; readback 1012 not challenged
        1556  [[flight_number:EXS87M]] checks in "information K, 1002"; [[name:Rhiannon]] realises error
        1557  [[flight_number:RYR4TK]] given correct QNH 1002. Aircraft at indicated 3000 ft was approx 270 ft lower. {{MSA}} not infringed.
        1602  [[flight_number:RYR4TK]] established {{ILS}} 26, landed 1611

        [[name:Dave]] says he was watching the radar picture and did not hear the QNH. Old value was still on the paper strip from the previous watch. Just culture discussion held; both ATCOs fine to continue.
    """)),
    ("aviation", "near_miss", block("""
        APP - [[date:21/06/2024]]
        1105:12 {{APP}}: [[flight_number:Easy 45KP]] descend {{FL70}}
        1105:16 [[flight_number:EZY45PK]]: descend FL70 [[flight_number:Easy 45PK]]
        1105:20 APP: [[flight_number:Easy 45PK]] negative, maintain {{FL90}}, that was for [[flight_number:Easy 45KP]]
        1105:25 [[flight_number:EZY45PK]]: maintaining FL90, sorry, [[flight_number:Easy 45PK]]
        1105:29 APP: [[flight_number:Easy 45KP]] descend FL70
        1105:33 [[flight_number:EZY45KP]]: descend FL70 [[flight_number:Easy 45KP]]

        [[name:Tunde]] (APP): two {{A320s}} on frequency with near identical {{callsigns}}, 3 miles apart in the {{hold}}. [[flight_number:45PK]] had only just begun to descend - {{Mode S}} showed it leaving FL90 - so no {{loss of separation}}. Reported through the {{callsign similarity}} scheme so the {{airline}} can re-number.
    """)),
    ("aviation", "success", block("""
        From: [[name:Ingrid Solheim]] <[[email:ingrid.solheim@northlinkair.no]]>
        To: [[email:atc.watchmanager@fenmoor-airport.co.uk]]
        Date: [[date:02/03/2024]] 22:05
        Subject: [[flight_number:NLK204]] medical diversion - thank you

        Dear {{Watch Manager}},

        On behalf of [[organisation:NorthLink Air]] I want to thank your {{approach and tower team}} for how they handled [[flight_number:NLK204]] this afternoon. Our passenger, a [[age:67]]-year-old man with a suspected {{stroke}}, was on the ground 19 minutes after the {{medical emergency}} call thanks to {{direct routing}} and a {{straight-in approach}}, and the {{paramedics}} were waiting on {{stand}}. The {{captain}}, [[name:Henrik Berg]], specifically mentioned the controller with the Welsh accent.

        He is stable in {{hospital}}.

        Kind regards,
        [[name:Ingrid Solheim]]
        {{Duty Operations Manager}}, [[organisation:NorthLink Air]]
        [[phone:+47 55 21 98 40]]
    """)),
    ("aviation", "incident", block("""
        [[name:Sunny Chowdhury]]  16:12
        drone reported by [[flight_number:LOG4DW]] on 2 nm final 26, about 200 ft above them, 50 m left
        [[name:Kirsty McAllister]]  16:12
        stopping departures, ringing police now
        [[name:Sunny Chowdhury]]  16:14
        [[flight_number:LOG4DW]] landed ok. holding [[flight_number:EXS12P]] at 6 nm
        [[name:Kirsty McAllister]]  16:20
        police ref [[case_reference:CAD-0884-140624]]. they're sending a unit to the {{lay-by}} off the {{B-road}} by the {{ILS}} localiser
        [[name:Sunny Chowdhury]]  16:38
        nothing seen for 15 mins. resuming. [[flight_number:EXS12P]] 25 min delay
        [[name:Kirsty McAllister]]  16:41
        police found a man with a {{DJI}} in a white van [[vehicle_registration:LK17 FZE]], said he didnt know about the {{FRZ}}. {{MOR}} + {{Airprox}} report to follow, I'll do the {{ATC report}}
    """)),
    ("aviation", "near_miss", prose("""
        handover 0630 [[name:jonno]] to [[name:bex]] - {{rwy 08}} in use, {{ILS}} ok, nothing in
        {{NOTAMs}} new. one for the report: abt 0410 the {{fuel bowser}} ([[name:dean]]) asked to
        cross 08 at D, i said cross but hadnt looked at the {{ATM}} - [[aircraft_registration:g-hpsk]]
        ({{mail flight}}, [[flight_number:ABR21]]) was on 4nm final after calling late on
        freq. saw it about 5 secs later and cancelled, bowser stopped short of the
        {{holding point}}. no {{go around}} needed. tired, quiet night, got complacent.
        [[name:dean]] v good on the RT. filling the {{MOR}} b4 i go - [[name:jonno]]
    """)),
    ("aviation", "success", block("""
        Unit Safety Meeting - [[organisation:Fenmoor ATC]] - [[date:05/12/2023]]
        Present: [[name:Rob Hanley]] ({{GM ATS}}), [[name:Kirsty McAllister]] ({{SATCO}}), [[name:Tunde Bakare]], [[name:Gethin ap Rhys]], [[name:Rhiannon Lewis]]
        Apologies: [[name:Faith Adeyemi-Clarke]] ({{ATSEP}}), [[name:Jo Halliday]]

        1. {{Runway incursions}} - zero since the stop bars were repaired in Oct.
        2. Good catch - [[name:Tunde]]'s callsign-similarity report led the airline to re-number one of the two flights from January. [[name:RH]] to send thanks on behalf of the unit.
        3. {{ATIS}} update process - new {{ATSEP}} call-out card on both positions; [[name:Gethin]] to brief watches.
        4. {{Fatigue}} - night shift pattern review with {{CAA}} guidance; [[name:KM]] to survey staff.
        AOB: Christmas rota out Friday.
    """)),
    ("aviation", "incident", block("""
        Movements log (extract) - TWR - [[date:14/07/23]]
        Time | Reg/CS  | Type    | Rwy | ATCO | Remarks
        0912 | [[aircraft_registration:G-BXCD]]  | {{C152}}    | 26  | [[name:JH]]   | {{circuits}}, {{solo student}}
        0918 | [[flight_number:LOG4DW]]  | {{ATR 72}}  | 26  | [[name:JH]]   | dep
        0931 | [[aircraft_registration:G-BXCD]]  | C152    | 26  | [[name:JH]]   | LANDED WITHOUT CLEARANCE
        0933 | [[flight_number:EXS27K]]  | {{B737}}    | 26  | [[name:PW]]   | {{go around}} from 2 nm
        0950 | [[aircraft_registration:G-OKEY]]  | {{PA-28}}   | 26  | [[name:PW]]   | arr

        Note: [[aircraft_registration:G-CD]] was told to continue approach, {{number 2}}, but the student ([[name:Ollie Trent]]) landed. [[flight_number:EXS27K]] sent around by [[name:JH]]. {{Flying school}} {{CFI}} informed; [[name:Ollie]] debriefed. [[name:PW]] took over at 0932.
    """)),
    ("aviation", "near_miss", block("""
        {{TWR}} - [[date:30/05/2024]]
        1421:05 [[flight_number:Helimed 58]]: Tower, [[flight_number:Helimed 58]], {{H145}}, 5 miles south, request crossing {{overhead}} {{not above}} 1500 feet, {{HEMS}} priority
        1421:12 TWR: [[flight_number:Helimed 58]] cross overhead not above 1500 feet, report south side. Traffic a {{PA-28}} {{downwind left hand}} {{runway 08}} at 1000 feet
        1421:20 [[flight_number:Helimed 58]]: cross overhead not above 1500 feet, looking for traffic, [[flight_number:Helimed 58]]
        1422:48 TWR: [[aircraft_registration:G-MT]] report final
        1422:51 [[aircraft_registration:G-MT]]: wilco, climbing to 1500, [[aircraft_registration:G-MT]]
        1422:55 TWR: [[aircraft_registration:G-MT]] negative, MAINTAIN 1000 FEET, helicopter crossing above you

        ADC [[name:Siân]] says the PA-28 pilot misheard "report final" as a climb. 300 ft {{vertical}} at closest. Learning: pass {{traffic}} to both, which she then did.
    """)),
    ("aviation", "incident", prose("""
        Formal narrative, ATCO [[name:Tunde Bakare]] ({{licence}} [[case_reference:UK.ATCO.40917]]).
        On [[date:Thursday 9 November 2023]] at 1715 UTC I was the APP controller with
        [[flight_number:EXS27K]] inbound from the south and [[aircraft_registration:G-DFKT]], a
        {{DA42}} from [[organisation:Fenmoor Flight Training]], departing {{runway 26}} for a
        local {{IF}} detail. ADC [[name:Will]] released the DA42 with a straight-ahead climb to
        2000 ft, which I had agreed, but I had forgotten that I'd just given the inbound a
        {{turn}} onto a 5 nm {{base leg}} at 2500 ft. {{STCA}} activated; I gave avoiding action
        and traffic information to both. Minimum separation 1.8 nm and 500 ft against a
        {{required}} 3 nm or 1000 ft. Both crews reported visual. Factors: the release was a
        verbal one via the {{intercom}} during a busy period and was not recorded on the
        {{strip}}; [[name:Will]] and I had both worked a double shift.
    """)),
    ("aviation", "success", block("""
        Teams - Fenmoor Tower chat
        [[name:Gaz]] 09:14
        quick shout for [[name:Lucja]] 👏 first week validated on {{ADC}} and she spotted [[flight_number:TOM7HG]] lining up on the wrong runway end at the {{intersection}} before I did
        [[name:Lucja Nowicka]] 09:15
        haha only because the {{ground radar}} looked weird. {{crew}} apologised, said the {{taxi chart}} was old
        [[name:Kirsty]] 09:20
        brilliant [[name:Luc]]! 💪 can you do a short write up for the {{safety bulletin}}
        [[name:Gaz]] 09:21
        she read the {{line-up}} clearance back with "{{intersection Charlie}}" and the crew said "{{full length}}", she challenged it straight away. exactly what we want
        [[name:Lucja Nowicka]] 09:25
        will do. thanks [[name:Gaz]] x
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind189", REPORTS))
