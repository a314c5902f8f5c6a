"""Held-out blind corpus 335: fifty invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that the corpus
measures how well de-identification generalises to unseen settings and writing styles.

Settings (all people, organisations, places and numbers are invented):
- social_care (17): a child contact centre - supervised and supported contact, handovers,
  reports to court, volunteers.
- health (17): a hospital radiology department - CT contrast, IR(ME)R, wrong-patient scans,
  porters, reporting radiographers, interventional radiology.
- aviation (16): an air display at a coastal airfield - display pilots, the crowd line, the
  flying control committee, volunteers and marshals.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, radio (RT) transcripts, and
shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind335.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        [[date:sat 10th]] - handover went wrong end of sesh. {{dad}} ([[name:darren]]) supposed to stay in
        {{room 2}} for 15 mins after kids left but went out the {{fire door}} & waited in {{car park}} by
        his van [[vehicle_registration:KX17 WRD]]. {{mum}} saw him + got really upset infront of [[name:Kai]]
        ([[age:aged 6]]) & baby [[name:Tia-Rose]]. i got kids back inside, [[name:bev]] stayed w mum. dad
        drove off after approx 5 mins, no physical contact but shouting & swearing.
        nobody on fire door - we were 1 volunteer short bc [[name:Hope]] rang in sick.
        rang {{coordinator}} on the {{on-call}} mob. needs to go in the report to {{Cafcass}} as its
        {{supervised contact}} not {{supported}}. ref [[case_reference:HLC-2291]].
        pls can sum1 chase the alarm on that door its been broken for weeks
    """)),
    ("social_care", "incident", prose("""
        Incident report - unapproved adult at supervised session. On [[date:Saturday 3 February]] at
        approximately 10:40 the {{father}}, Mr [[name:Chidi Okonkwo-Bassey]], arrived for his
        {{supervised contact}} with [[name:Adaeze]] ([[age:aged 4]]) accompanied by a woman he introduced
        as the child's paternal aunt, [[name:Ngozi]]. She was not named on the referral from
        [[organisation:Kelbridge Borough Council]] and had not been through our {{pre-visit}} or
        {{risk assessment}}. The {{contact supervisor}}, [[name:Marguerite Lacey]], asked her to wait in the
        {{reception area}}. Mr [[name:Okonkwo-Bassey]] became argumentative and said the
        {{Child Arrangements Order}} allowed "family". Ms [[name:Lacey]] checked the file and confirmed only
        the father is approved. The aunt left after ten minutes. The session went ahead but started
        late and [[name:Adaeze]] was unsettled. This will be recorded in the session report for
        [[organisation:Kelbridge Family Court]] (case [[case_reference:KB24F00317]]). The
        {{allocated social worker}} has been informed by email. Learning: the {{welcome pack}} says
        "no additional visitors" but the father states he never received it. We will ask the
        {{referrer}} to confirm receipt before the first session.
    """)),
    ("social_care", "near_miss", block("""
        CHRONOLOGY - near miss at handover, [[date:Sat 17/02]]
        Ref: [[case_reference:HLC-NM-0412]]

        09:50  Two families arrive together at {{reception}}. Both boys are called [[name:Leo]] -
               [[name:Leo Brennan]] ([[age:3]]) and [[name:Leo Szymański]] ([[age:5]]).
        09:52  {{Volunteer}} [[name:Faith]] books both in on the {{sign-in sheet}} as "[[name:Leo B]]" / "[[name:Leo S]]"
               with no room recorded.
        10:00  Sessions start in {{Room A}} and {{Room B}}.
        11:55  Mum of [[name:Leo B]] arrives early; told at {{front desk}} "[[name:Leo]]'s ready".
        11:56  [[name:Faith]] brings [[name:Leo S]] to the door. Mum says "that's not mine" - no handover made.
        11:58  Correct child brought from Room A. [[name:Leo S]] returned to his {{dad}}
               ([[name:Tomasz]]), still in session.
        12:10  {{Centre coordinator}} [[name:Rhiannon Pugh]] informed.
        12:30  Both parents told. [[name:Tomasz]] angry but accepted apology.

        Actions: sign-in sheet to record surname AND room; {{photo ID}} check at every handover,
        not just first visit; raise at {{volunteer briefing}}.
    """)),
    ("social_care", "incident", block("""
        CONCERN / INCIDENT FORM
        Centre: [[organisation:Harbour Lane Child Contact Centre]]
        Ref: [[case_reference:HLC-2307]]
        Date of session: [[date:24/02/2024]]
        Child name: [[name:Amber Nightingale]]
        DOB: [[date_of_birth:11/09/2016]]
        Address (resident parent): [[address:Flat 6, Gullrock House, Tregarne Road, Kelbridge]]
        Postcode: [[postcode:TR9 4QE]]
        Resident parent: [[name:Joanne Nightingale]] ({{mum}}) - tel [[phone:07700 900418]]
        Non-resident parent: [[name:Carl Pettifer]]
        Referrer: [[name:Sunita Ghosh]], {{family court adviser}}, {{Cafcass}}
        Type: {{supervised}}

        What happened:
        During session [[name:Amber]] told {{volunteer}} [[name:Will]] that {{dad}} had said she could
        "come and live with him soon and not tell mummy". Dad then whispered to her and she went
        quiet. [[name:Will]] reminded dad of the {{ground rules}} (no talk about {{court proceedings}} or
        living arrangements). Dad said it was a joke.

        Action taken: recorded verbatim, told {{coordinator}} same day. Coordinator to include in
        report to court and notify referrer. No immediate {{safeguarding}} threshold met but
        discussed with {{DSL}}.

        Completed by: [[name:Will Ferreira]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Rhiannon Pugh]] <[[email:r.pugh@harbourlanecontact.org.uk]]>
        To: Volunteers list
        Date: [[date:Mon 4 March 2024]] 09:12
        Subject: Thank you - {{Saturday}}'s session

        Hi all,

        Just wanted to share some learning from Saturday. [[name:Grace]] was supervising a
        {{first session}} between [[name:Mohammed]] ([[age:8]]) and his {{dad}}, who he hadn't seen for nearly
        two years. [[name:Mohammed]] froze in the {{corridor}} and wouldn't go in. [[name:Grace]] didn't push -
        she sat on the floor with him, got the {{feelings cards}} out and let him choose when to go in
        (about 20 mins). By the end he was playing {{Uno}} with dad and asked to come back next week.

        The {{report to court}} notes that the slow start was child-led, which is exactly what the
        {{guardian}} wanted to see. This is a great example of the {{child-centred}} approach from our
        {{NACCC}} training. Well done [[name:Grace]] 👏

        [[name:Rhiannon]]
        {{Centre Coordinator}}
        [[organisation:Harbour Lane Child Contact Centre]] | [[phone:01632 960271]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/03/2024]], 16:41 - [[name:Bev Marsh]]: anyone else see the teddy [[name:Gary]] brought for his girls today
        [[date:02/03/2024]], 16:42 - [[name:Bev Marsh]]: [[name:Lily-Mae]] said it "talks to {{daddy}}'s phone" 😬
        [[date:02/03/2024]], 16:45 - [[name:Joy]] ✨: omg. like an {{AirTag}}?? mum is in a {{refuge}}
        [[date:02/03/2024]], 16:47 - [[name:Bev Marsh]]: exactly. bag already gone w mum by then
        [[date:02/03/2024]], 16:52 - [[name:Rhiannon Pugh]]: Thanks both. I've rung mum's {{IDVA}} and she's going to check the bear tonight. Please don't discuss outside this group.
        [[date:02/03/2024]], 18:20 - [[name:Rhiannon Pugh]]: Update - there WAS a {{tracker}} in the zip pocket. Removed, {{police}} aware (log [[case_reference:CAD 4471]]). The refuge address not thought to be compromised as the IDVA acted before mum got home.
        [[date:02/03/2024]], 18:22 - [[name:Joy]] ✨: thank god
        [[date:02/03/2024]], 18:25 - [[name:Rhiannon Pugh]]: From {{next Sat}} ALL gifts get checked at {{reception}} before {{handover}}, it's in our {{gifts policy}} but we've got lax. Good spot [[name:Bev]]
    """)),
    ("social_care", "incident", block("""
        HANDOVER - Sat am team to Sat pm team
        From: [[name:Precious]]   To: [[name:Dom]] & [[name:Yusuf]]

        - {{Room 3}} radiator leaking, bucket under it - don't use for under-5s
        - [[name:Oakley]] family (ref [[case_reference:HLC-2315]]): incident this am. Dad [[name:Ryan Oakley]]
          arrived smelling strongly of alcohol. Session stopped 10:20 per {{ground rules}}. Kids
          ([[name:Jaxon]], [[age:7]], & [[name:Skye]], [[age:4]]) went home with {{nan}}, who is {{resident carer}}
          under an {{SGO}}. Dad refused to leave, I called 999, {{police}} attended, he left on foot.
        - He may come back at 2pm thinking there's a pm session - there ISN'T. If he turns up don't
          let him in, ring police and quote log [[case_reference:SC-0224-118]].
        - Session notes on {{CMS}}, [[name:Rhiannon]] to finish the report for the {{local authority}} Mon.
        - [[name:Yusuf]] - your first {{shadow shift}}, you're with Mrs [[name:Adeyemi]] in {{Room 1}}. She's
          lovely, just ask.
        - Buzzer on the {{front door}} sticks, push hard.

        - [[name:Prec]]
    """)),
    ("social_care", "incident", block("""
        Minutes - Incident Review Meeting
        [[organisation:Harbour Lane Child Contact Centre]]
        Date: [[date:12 March 2024]]

        Present: [[name:Rhiannon Pugh]] ({{Centre Coordinator}}), [[name:Marguerite Lacey]] ({{Senior Supervisor}}),
        [[name:Desmond Achterberg]] ({{Trustee}}, {{safeguarding lead}}), [[name:Hope Ellison]] ({{volunteer}})
        Apologies: [[name:Ifeoma]] (volunteer), Cllr [[name:Patrick Dunne]]

        1. Incident [[case_reference:HLC-2291]] - handover, [[date:10 February]]
        Dad left via unalarmed {{fire door}} and confronted mum in the {{car park}}. [[name:HE]] confirmed
        she was off sick and the rota had not been re-jigged. [[name:DA]] noted this is the second time
        the door has been an issue.

        2. Actions
        - Fire door alarm repaired [[date:8 March]] (invoice from [[organisation:Penrose Security Ltd]]). Done.
        - Minimum of 3 volunteers on Saturday rota; coordinator to call {{bank volunteers}} if
          someone drops out. - [[name:RP]]
        - Report to court re incident sent to {{Cafcass}} [[date:13 February]]. Done.
        - Review {{risk assessment}} template against {{NACCC}} {{National Standards}}. - [[name:ML]]

        3. {{AOB}}: {{DBS}} renewals due for two volunteers.
    """)),
    ("social_care", "near_miss", block("""
        Session log - [[date:Sat 9 March]] - Rooms 1/2 - supervisor [[name:Kasia Wróbel]]

        Time  | Ref      | Child     | Adult        | Note
        10:00 | [[case_reference:HLC-2320]] | [[name:Rosa]] ([[age:2]])  | [[name:Mateus]] ({{dad}}) | arrived on time, settled
        10:05 | [[case_reference:HLC-2318]] | [[name:Ellis]] ([[age:9]]) | [[name:Sunny]] ({{mum}})  | {{supported}} only, no notes needed
        10:40 | [[case_reference:HLC-2320]] | [[name:Rosa]]      | [[name:Mateus]]       | dad took [[name:Rosa]] to {{accessible toilet}} for {{nappy change}} - I'd stepped out for a call
        10:41 | [[case_reference:HLC-2320]] | [[name:Rosa]]      | [[name:Mateus]]       | {{volunteer}} [[name:Mark]] stopped them at door, reminded dad {{supervised}} = in sight at all times. Changed on mat in room with [[name:Mark]] present
        11:00 | [[case_reference:HLC-2320]] | [[name:Rosa]]      | [[name:Mateus]]       | session ended ok, [[name:Rosa]] handed to {{grandad}}

        No harm. Learning: supervisor should not leave the room without handing over to another
        named person; {{changing mat}} to be kept in {{Room 1}} so no reason to leave.
    """)),
    ("social_care", "success", prose("""
        ⭐ SHOUT-OUT ⭐ Massive thank you to [[name:Olu]] and [[name:Pat]] for [[date:Saturday 16th]]. The
        {{handover}} for the [[name:Yılmaz]] children is always tense ({{mum}} and {{dad}} can't be in the
        building together, {{non-molestation order}} in place) and dad's taxi was 25 mins late, which meant
        mum was due back before he'd left. [[name:Olu]] spotted it early, moved dad and the kids to the
        {{back office}} and kept them busy with {{Lego}}, while [[name:Pat]] met mum at the {{side gate}} and
        walked her to {{Room 4}} the long way round. Nobody crossed paths, the kids ([[name:Elif]],
        [[age:10]], and [[name:Can]], [[age:6]]) didn't notice anything was wrong, and mum said afterwards it was
        the calmest handover she's had. This is exactly what our {{staggered arrivals}} plan is for,
        but it only works because people think on their feet. 🙌 - [[name:Rhiannon]] ({{Coordinator}})
    """)),
    ("social_care", "incident", block("""
        Teams chat - [[organisation:Harbour Lane]] admin - [[date:Wed 20 March]]

        [[name:Marguerite Lacey]]  10:02
        [[name:Tansy]], did the {{court report}} for [[case_reference:HLC-2309]] go out yesterday?

        [[name:Tansy Whitlock]]  10:05
        yes sent 4.30 to the {{solicitors}} on the {{referral form}}

        [[name:Marguerite Lacey]]  10:07
        which email? dad's solicitor has just rung to say they got mum's new address in it 😟

        [[name:Tansy Whitlock]]  10:09
        oh no. I used [[email:family@castellbrook-law.co.uk]] - I thought that was mum's side

        [[name:Marguerite Lacey]]  10:11
        that's [[organisation:Castell Brook Solicitors]], dad's side. Mum's is [[organisation:Tremain & Co]]. And the
        address should have been {{redacted}} anyway, it's a {{refuge}} move

        [[name:Tansy Whitlock]]  10:12
        I'm so sorry. I didn't know about the redaction

        [[name:Marguerite Lacey]]  10:14
        Not just you - the template doesn't prompt it. Logging as a {{data breach}} ([[case_reference:DB-24-006]])
        and telling our {{DPO}}. Ringing mum's {{IDVA}} now re {{safety planning}}; may need to go to {{MARAC}}.
        Can you pull the sent email and not delete anything?

        [[name:Tansy Whitlock]]  10:15
        will do
    """)),
    ("social_care", "near_miss", prose("""
        Near miss report - food brought to session. Reporter: [[name:Bill Anand]], {{volunteer supervisor}}.
        Session date: [[date:23 March 2024]]. At the start of the session [[name:Noor]]'s {{father}}, Mr
        [[name:Haddad]], unpacked a bag of snacks including a cereal bar containing {{peanuts}}. [[name:Noor]]
        ([[age:aged 3]]) has a documented {{nut allergy}} and carries an {{adrenaline auto-injector}}; this
        is on the {{referral form}} from [[organisation:Kelbridge Borough Council]] and in our
        {{allergy folder}}. However, it was not on the {{session sheet}} handed to me that morning. I
        only noticed because [[name:Noor]] said "that one makes me poorly". I removed the bar, explained
        to Mr [[name:Haddad]] (who said he had forgotten) and checked [[name:Noor]] had not eaten any. Her
        {{EpiPen}} was in her bag and in date. No harm occurred, but if she had eaten it the staff on
        shift had not been told where the pen was. Suggested actions: allergy alerts printed on every
        session sheet; food brought in to be checked at {{reception}}; {{anaphylaxis}} refresher for the
        Saturday team. [[name:Bill]]
    """)),
    ("social_care", "success", block("""
        Good practice note - first supervised video contact with an interpreter

        On [[date:28 March]] we held our first {{supervised}} video contact using an {{interpreter}}.
        [[name:Minh Anh]] ([[age:11]]) had not spoken to her {{grandmother}}, [[name:Nguyễn Thị Lan]], since
        moving to the UK. The order from [[organisation:Kelbridge Family Court]] allows video contact but
        requires that everything said is understood by the {{supervisor}}.

        What went well:
        • [[name:Faith Mbeki]] (supervisor) met the interpreter, [[name:Quang]] from
          [[organisation:LinguaBridge Interpreting]], 20 minutes beforehand to agree {{ground rules}} - he
          would interpret everything, including asides, and flag any mention of school or address.
        • We used the centre laptop on {{Zoom}} with the {{waiting room}} on, not family devices.
        • When {{grandma}} asked which school [[name:Minh Anh]] went to, [[name:Quang]] flagged it
          straight away and [[name:Faith]] redirected gently.
        • [[name:Minh Anh]] chose to show her drawings and sing a song. She asked for it to be {{weekly}}.

        [[name:Faith]]'s note for the court was clear about what was interpreted and when. We'd
        recommend the same set-up for any contact in another language. {{Cafcass}} have asked us to
        share the plan with other centres.
    """)),
    ("social_care", "incident", block("""
        ok so todays 2pm sesh ([[date:Sat 6 April]]) - [[name:mia]] came in her {{PE kit}} from a holiday club &
        it had the [[organisation:Marram Hill Primary]] logo on. {{dad}} [[name:steve]] clocked it straight away,
        said "oh thats by ur {{nan}}s isnt it". {{mum}}s address is meant to be confidential (she moved
        under the {{non-mol}}), school is 5 mins from her flat.
        told {{coordinator}} after. [[name:Rhi]] says it has to go in the report to court + tell the {{SW}}
        today so they can do a {{safety plan}} w mum & school.
        we dont have anything in the {{pre-session checklist}} about clothing / logos / bookbags.
        should we?? prob happens loads.
        also [[name:mia]] was fine, lovely sesh otherwise, did {{playdoh}}
        -[[name:ash]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Priyanka Raman-Holt]] <[[email:p.raman-holt@cafcass-sw.example.org]]>
        Sent: [[date:10 April 2024]] 15:20
        To: [[email:coordinator@harbourlanecontact.org.uk]]
        Subject: RE: [[case_reference:KB23F00982]] - contact reports

        Dear [[name:Rhiannon]],

        I wanted to feed back on the {{contact notes}} your centre provided for the {{final hearing}} in
        this matter. The six session reports written by [[name:Joy]] and [[name:Amadou]] were factual, dated,
        and separated what was observed from what was said. The {{Judge}} specifically commented that
        they were the most helpful evidence in the {{bundle}} about the children's relationship with
        their {{father}}.

        In particular the note from [[date:2 March]], recording exactly what [[name:Reuben]] ([[age:9]]) said
        when he didn't want to leave, allowed the court to decide without a further {{section 7 report}}.

        Please pass on my thanks to the volunteers.

        Kind regards,
        [[name:Priyanka]]
        {{Family Court Adviser}}
        {{Cafcass}} {{South West}}
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - escorted transport
        Date: [[date:13/04/24]]   Ref: [[case_reference:HLC-T-031]]
        Driver: [[name:Gethin Rowlands]] ({{volunteer}}), vehicle [[vehicle_registration:WP68 HZC]]
        Escort: [[name:Aisha]]

        [[name:Gethin]] and [[name:Aisha]] were collecting [[name:Bobbi]] ([[age:5]]) from {{foster carer}}
        [[name:Janice]] at [[address:22 Mill Leat, Porthcarrow]] for a 10am {{supervised contact}}. The
        {{booster seat}} in the car was the backless type. [[name:Janice]] noticed as she was strapping
        [[name:Bobbi]] in and said it wasn't suitable for her size.

        [[name:Aisha]] rang the {{duty coordinator}}, who authorised a taxi from [[organisation:Kernow Cabs]]
        with a proper seat ([[name:Janice]] lent hers). Contact started 25 mins late; {{mum}} was told why.

        Nobody was hurt, but we would have driven 12 miles on the {{A30}} with an unsuitable seat. The
        right seat had been taken out of the {{pool car}} the day before for cleaning and not put back.

        Proposed: pool car checklist to include {{child seat}} check; drivers to check seat against
        the child's age/height on the {{transport form}}.
    """)),
    ("social_care", "success", block("""
        What went well - safeguarding disclosure, [[date:Sat 20 April]]

        During a {{supported}} session, [[name:Zainab]] ([[age:aged 8]]) told volunteer [[name:Ewa Kowalczyk]]
        that her {{mum}}'s new partner "locks me in my room when he's cross". This was said while they
        were doing a jigsaw, away from {{dad}}.

        [[name:Ewa]]:
        - listened, didn't ask leading questions, used [[name:Zainab]]'s own words when writing it down
        - told [[name:Zainab]] she would need to tell someone whose job is keeping children safe
        - went straight to the {{DSL}}, [[name:Hamid Rahimi]], before the end of the session

        [[name:Hamid]] rang the {{MASH}} at 12:15 (ref [[case_reference:MASH-24-08817]]) and followed up in
        writing within the hour, as our policy says. The {{duty social worker}} asked us to keep to the
        normal handover and not tell mum, and a {{strategy discussion}} happened on the {{Monday}}.

        [[name:Zainab]]'s {{social worker}}, Ms [[name:Abara]], fed back that [[name:Ewa]]'s record was used
        word for word in the {{Section 47}} enquiry.

        Sharing because supported contact has fewer eyes on it than supervised, and this shows the
        {{Working Together}} basics still apply.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Incident narrative - wrong patient CT

        On [[date:8 January 2024]] a {{CT head}} requested for Mr [[name:Peter Hollis]] ([[date_of_birth:14/06/1948]],
        {{MRN}} [[case_reference:K0938812]]) on [[organisation:Godrevy Ward]] was performed on Mr [[name:Peter Hollins]]
        ([[date_of_birth:02/11/1951]], MRN [[case_reference:K1120457]]), who was in the next bay on the same ward.

        The {{porter}} collected the patient using the bay number on the job slip only. In the scanner
        the {{radiographer}}, [[name:Ciaran Doyle]], asked "Are you [[name:Peter]]?" and the patient said yes.
        The {{wristband}} was not checked against the request because the patient's arm was under a
        blanket and the {{cannula}} dressing covered the band. The error was found 40 minutes later when
        the ward rang asking where Mr [[name:Hollis]] was.

        Mr [[name:Hollins]] received an unintended dose of about 2 {{mSv}}. He and his daughter have been
        told under {{Duty of Candour}}. The {{Medical Physics Expert}} has reviewed the dose and this
        meets the threshold for notification to the {{CQC}} under {{IR(ME)R}}. Datix [[case_reference:W41873]].

        Contributing factors: closed ID question, band not visible, near-identical names on one ward.
    """)),
    ("health", "near_miss", block("""
        near miss {{CT2}} this pm ([[date:tues 20th]]). pt [[name:E. Tregenza]] [[case_reference:K2210934]] for {{CT AP}} w
        {{IV contrast}} from {{SAU}}, on {{metformin}}. {{eGFR}} on the request was 6 wks old (58). i was
        about to inject & [[name:jo]] asked "has anyone looked at todays bloods?" - eGFR now 24!! {{AKI}}.
        stopped, rang {{SHO}} dr [[name:Okafor]], discussed w {{consultant radiologist}} Dr [[name:Mensah-Boateng]]
        who changed it to {{non-contrast}} as it was ?{{appendix}} anyway.
        problem is {{CRIS}} lets us vet w/o checking the bloods date. need a hard stop??
        thx [[name:jo]] for spotting 👍
        - [[name:sam]] ({{band 6}})
    """)),
    ("health", "incident", block("""
        CHRONOLOGY - contrast extravasation, {{CT1}}
        Datix: [[case_reference:W42106]]   Date: [[date:29/01/2024]]
        Patient: [[name:Agnieszka Nowak-Ford]], [[age:aged 67]], {{NHS no}} [[nhs_number:527 727 8427]]

        14:02  Arrives from [[organisation:Trevose Ward]] with 20G {{cannula}} in L {{antecubital fossa}}, sited on ward.
        14:05  Hand flush 10 ml {{saline}} - flushes OK, no pain.
        14:09  {{Pressure injector}}: 90 ml {{Omnipaque 350}} at 4 ml/s for {{CTPA}}.
        14:09  Pt says "ow, my arm". Injector stopped by [[name:Tunde]] at approx 60 ml.
        14:10  Swelling and blanching of forearm. Cannula removed, arm elevated, cold pack.
        14:15  Duty {{radiologist}} Dr [[name:Fairweather]] reviewed; edge of swelling marked with pen.
        14:40  Swelling reducing, pulses and sensation normal. {{Extravasation leaflet}} given.
        15:00  Back to ward, written handover to nurse [[name:Bryony]].

        Learning: injector pressure limit was set at 325 {{psi}} and did not alarm. Limit check to be
        added to the {{daily QA}}; cannulas sited on wards to be test-flushed at speed before injecting.
    """)),
    ("health", "near_miss", block("""
        RADIOLOGY NEAR MISS FORM
        Patient name: [[name:Destiny-Rae Kimber]]
        DOB: [[date_of_birth:03/05/2009]] ([[age:14]])
        NHS No: [[nhs_number:117 145 5208]]
        Hosp No: [[case_reference:K3304519]]
        Address: [[address:41 Chapel Terrace, Trenance Road, Kelbridge]] [[postcode:TR9 7LN]]
        Exam: {{CT abdomen/pelvis}}   Referrer: {{ED}} {{registrar}}
        Date/time: [[date:3 Feb 2024]], 01:30

        Description: [[age:14-year-old]] with {{RIF pain}}. {{Pregnancy status}} was recorded as "no" on
        the request. In the waiting area the {{HCA}} had asked "there's no chance you could be
        pregnant, is there?" in front of {{mum}}, and she said no.

        {{Radiographer}} [[name:Lowenna]] followed our {{employer's procedures}} (ask all 12-55s privately)
        and took the patient into the changing room alone. She disclosed she might be. {{Urine hCG}}
        positive. CT cancelled, {{ultrasound}} arranged, {{gynae}} and {{safeguarding team}} informed.

        No exposure occurred. Learning: the check must be done privately by the operator, not in front
        of family, and not as a leading question.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Helen Quartey]] <[[email:helen.quartey@rkh.example.nhs.uk]]>
        To: [[name:Joel Rafferty]]
        Cc: Radiology Governance
        Date: [[date:Thu 8 Feb 2024]] 17:46
        Subject: Good catch - {{incidental finding}} on {{CXR}}

        Hi [[name:Joel]],

        Just wanted to say well done. When you reported the {{chest X-ray}} from {{ED}} on Mr [[name:Barzani]]
        (ref [[case_reference:K0087713]]) - requested for ?{{rib fracture}} after a fall - you spotted the
        2 cm {{right upper lobe}} lesion that wasn't mentioned on the request, sent it through the
        {{urgent findings}} pathway and rang the ED {{F2}} yourself.

        He had a {{CT staging}} within 48 hours and was seen in the {{lung cancer}} clinic by the
        following week. The {{MDT}} said this was a really early stage for this kind of tumour.

        This is exactly why we have {{reporting radiographers}} on the plain film lists. I'll put it
        forward for the [[organisation:Royal Kelbridge Hospital]] {{Making a Difference}} award.

        Best wishes,
        [[name:Helen]]

        Dr [[name:Helen Quartey]]
        {{Consultant Radiologist}} | {{Clinical Lead}}, {{Imaging}}
        [[organisation:Royal Kelbridge Hospital]] | [[phone:01632 960884]]
    """)),
    ("health", "incident", block("""
        Teams - CT Coordinators / Porters - [[date:Fri 16 Feb]]

        [[name:Sinead O'Driscoll]] (CT)  11:02
        {{Porters}}, can we have Mr [[name:Whitcombe]] from [[organisation:Polventon Ward]] {{bay 3}} bed 2 for {{CT chest}} pls

        [[name:Kieran Blewett]] (Porters)  11:20
        on way down with him now

        [[name:Sinead O'Driscoll]] (CT)  11:41
        [[name:Kieran]] who did you bring?? the gentleman on the table says he's [[name:Frank]]. Our request is [[name:Norman]]

        [[name:Kieran Blewett]] (Porters)  11:44
        slip said bay 3 bed 2, nurse pointed me to him. sorry

        [[name:Sinead O'Driscoll]] (CT)  11:46
        not just you. [[name:Ola]] did the {{ID check}} but read the name out and he nodded, he's v deaf. Only
        picked up at the {{contrast questionnaire}}. He's had the {{scout}} only, no contrast.

        [[name:Sinead O'Driscoll]] (CT)  11:48
        Ward had swapped beds at 10 and not updated the {{bed board}}. Doing a {{Datix}} + telling the {{RPS}}.

        [[name:Yemi Adebayo]] ({{Ward Manager}})  11:55
        Really sorry, that's on us. I'll speak to Mr [[name:Kessell]] and his son.
    """)),
    ("health", "near_miss", block("""
        CT night handover  [[date:Sat 24/02]] 08:00
        From: [[name:Vikram]] (night {{radiographer}})   To: day team ([[name:Lou]], [[name:Hannah K]])

        1. ED pt [[name:Bernadette Carey]], [[case_reference:K4471920]], booked {{CTPA}} 08:30. NEAR MISS overnight -
           she had a {{contrast reaction}} ({{urticaria}} + wheeze) here in 2019. It's in the old report on
           {{PACS}} but NOT in the {{alert}} field or on the request. Only saw it because I opened her
           previous CT. ED {{reg}} informed, plan now {{V/Q}} scan per {{RCR}} guidance, {{nuc med}} to confirm
           at 9. Please don't scan her with contrast!!
        2. {{CT1}} injector {{syringe heater}} error - reset twice, worked. Log with physics if it recurs.
        3. [[name:Lou]] - [[name:Amber]] from [[organisation:Polventon Ward]] wants to know about the 10am {{biopsy}} slot.
        4. Datix for item 1: [[case_reference:W43390]]. Someone needs to get the PAS/CRIS alert updated -
           I don't have access.

        Quiet night otherwise. [[name:Vik]]
    """)),
    ("health", "incident", block("""
        Radiology Incident & Discrepancy Meeting - minutes
        Date: [[date:27 February 2024]]   Venue: {{seminar room}}, {{X-ray 1}}
        Attendees: Dr [[name:Helen Quartey]] (chair), [[name:Siân Pritchard]] ({{RPS}}), [[name:Ciaran Doyle]],
        [[name:Ola Bankole]], [[name:Grace Tan]] ({{Superintendent}}), [[name:Mike]] ({{Medical Physics}})
        Apologies: Dr [[name:Mensah-Boateng]], [[name:Kieran Blewett]] ({{Portering}})

        1. [[case_reference:W41873]] - wrong patient CT head ([[date:8 Jan]]). {{CQC}} notified [[date:10 Jan]];
           {{MPE}} dose estimate confirmed. [[name:CD]] reflected openly; support offered.
        2. [[case_reference:W44012]] - wrong patient scout, {{CT2}} ([[date:16 Feb]]). Below notification
           threshold, internal only. [[name:OB]] said the pt was hard of hearing and nodded to the name.
           Agreed closed questions ("Are you [[name:Norman]]?") are no longer acceptable.
        3. Actions
           - Laminated {{positive ID}} prompt for every scanner - [[name:GT]] by [[date:15 March]]
           - Porter job slips to show name AND bay - request to {{Facilities}} - [[name:HQ]]
           - Audit of 50 CT ID checks against {{three-point ID}} - [[name:SP]], to next meeting
        Next meeting: [[date:26 March]]
    """)),
    ("health", "near_miss", block("""
        {{CRIS}} worklist check - {{CT3}} - [[date:05/03/24]] - flagged by [[name:Ruth Amankwah]]

        Time    Patient          DOB          Hosp no    Exam
        09:00   [[name:ALI, Mohammed]]    [[date_of_birth:12/07/1962]]   [[case_reference:K5510383]]   {{CT KUB}}
        09:15   [[name:ALI, Mohammed]]    [[date_of_birth:21/07/1962]]   [[case_reference:K6624190]]   {{CT colonography}}
        09:30   [[name:DA SILVA, Rose]]   [[date_of_birth:30/01/1977]]   [[case_reference:K2038851]]   CT chest

        Two patients, same name, DOBs with the day transposed, booked back to back. The 09:00 pt
        arrived at 09:10 and was nearly prepped for the 09:15 exam ({{Buscopan}} and {{CO2}}
        insufflation) by the {{assistant practitioner}} working from the printed list. Caught at the
        {{ID check}} in the room when he gave his DOB as the 12th, not the 21st.

        No harm. Asks: {{booking team}} not to put same-name patients in adjacent slots; {{name alert}}
        flag on CRIS for both. - [[name:RA]]
    """)),
    ("health", "success", prose("""
        🌟 SHOUT OUT to the night {{porters}} 🌟 Massive thanks to [[name:Rasa]] and [[name:Sunny Mahal]] on
        [[date:Tuesday 12 March]]. We had 3 {{stroke calls}} in under an hour plus a {{trauma call}}, and they
        got every patient from {{Resus}} to {{CT}} within minutes, kept an eye on the {{oxygen cylinder}}
        levels and even ran the {{thrombolysis}} bloods to the lab when the {{pod system}} went down. The
        {{stroke team}} said door-to-needle for the 2nd patient was 24 mins, one of our best ever.
        Porters never get enough credit. Thank you both!! 🙏 [[name:Lou]] & the CT night team x
    """)),
    ("health", "incident", block("""
        From: [[name:Carys Penhale]] <[[email:carys.penhale@rkh.example.nhs.uk]]>
        To: [[email:info.governance@rkh.example.nhs.uk]]
        Date: [[date:14/03/2024]]
        Subject: Report sent to wrong GP practice - [[case_reference:W44590]]

        Hi,

        Reporting an {{IG}} incident. The {{CT report}} for [[name:Daniel Pascoe]], NHS [[nhs_number:725 829 2586]],
        DOB [[date_of_birth:19/08/1990]], was sent electronically to [[organisation:Lelant Road Surgery]] instead of
        his registered practice, [[organisation:Harbourside Medical Practice]]. He changed practice in
        {{January}} but {{PAS}} had not picked it up from the {{Spine}}.

        [[organisation:Lelant Road]]'s {{practice manager}}, [[name:Bernie]], rang me today ([[phone:01632 960553]])
        to say they had it and don't hold him. They've deleted it and confirmed in writing. The report
        mentions a {{liver}} lesion needing follow-up, so I've sent it to the right practice and phoned
        their {{duty doctor}}.

        Mr [[name:Pascoe]] hasn't been told yet - can IG advise re {{Duty of Candour}}?

        Thanks
        [[name:Carys]]
        {{Radiology Secretary}}, {{Imaging}} admin
    """)),
    ("health", "near_miss", block("""
        [[date:19/03/2024]], 21:14 - [[name:Lowenna]]: just had a bit of a moment in {{CT1}} 😬
        [[date:19/03/2024]], 21:15 - [[name:Lowenna]]: [[age:6yo]] {{head injury}} from {{ED}}, scanner picked ADULT {{head protocol}} bc the {{reg}} typed the DOB wrong on the request (1918 not 2018 lol)
        [[date:19/03/2024]], 21:15 - [[name:Tunde]]: omg did it go??
        [[date:19/03/2024]], 21:17 - [[name:Lowenna]]: no!! [[name:Faith]] was on the console & said the age looked wrong. checked his {{wristband}} → DOB [[date_of_birth:07/10/2017]]. changed to {{paeds head}}. dose would've been ~3x
        [[date:19/03/2024]], 21:20 - [[name:Grace Tan]]: Good catch both. Please Datix as a near miss so we can get the {{ICE}} form fixed - it shouldn't accept an age over 100 without a warning
        [[date:19/03/2024]], 21:31 - [[name:Lowenna]]: done [[case_reference:W44871]]
        [[date:19/03/2024]], 21:32 - [[name:Faith]]: 💪
    """)),
    ("health", "success", prose("""
        Learning from good practice - {{justification}} under {{IR(ME)R}}. On [[date:21 March]] we received a
        request for a {{CT KUB}} on a [[age:24-year-old]] woman with {{loin pain}}, query {{renal colic}}. The
        {{practitioner}} on the list, [[name:Mehmet Arslan]], noticed she had already had three CT KUBs in the
        previous 12 months, all at [[organisation:Royal Kelbridge Hospital]], two of them normal. Rather than
        simply declining, [[name:Mehmet]] rang the requesting {{FY1}} and then the {{urology registrar}}, Dr
        [[name:Ní Bhriain]]. Together they agreed an {{ultrasound}} and a {{KUB X-ray}} first, using our
        {{low-dose pathway}}. The ultrasound showed a 6 mm stone in the left {{ureter}}, which was managed
        conservatively. No CT was needed. The patient said nobody had ever explained the radiation
        risk to her before. Dr [[name:Ní Bhriain]] has since asked for a {{recurrent stone}} protocol to be
        agreed between {{Urology}} and {{Imaging}}. This is a good example of the {{IR(ME)R}} practitioner role
        working as intended - a conversation, not a rejection.
    """)),
    ("health", "incident", block("""
        pt slipped btw trolley & CT table during {{PAT slide}} transfer ~15:30 today [[date:26/3]]. only 2 of
        us (me + [[name:ola]]), {{porter}} had gone back up. pt mr [[name:jeffery]] ([[case_reference:K3319027]]), {{bariatric}},
        approx 140kg. he went down onto his knees between the two, we couldnt hold him. bruised L
        elbow + v shaken. {{ED}} {{consultant}} came round + reviewed, {{X-ray}} elbow NAD.
        scan went ahead after.
        we shud have waited for 4 ppl per {{manual handling}} policy but ED were chasing for the scan
        + said pt could "shuffle himself". no {{hover mat}} in CT since it went for repair.
        datix done [[case_reference:W45023]]. told his wife ([[name:Maureen]]) when she arrived.
        -[[name:kez]]
    """)),
    ("health", "success", block("""
        Thank-you card received [[date:28 March]] (copied onto the {{staff board}} by [[name:Grace]]):

        "To the lovely team in {{CT}} and {{Interventional Radiology}},
        Thank you for looking after my {{mum}}, [[name:Josephine Adjei-Mensah]], when she came in for her
        {{liver biopsy}} on [[date:Friday 22nd]]. She was so frightened of needles, but [[name:Nat]] held
        her hand the whole time and Dr [[name:Oyelaran]] explained everything twice without rushing.
        The {{nurse}} in {{recovery}}, [[name:Maddie]], even found her a cup of tea and a {{Bourbon}} 😊
        {{Mum}} is doing well and the results came back quicker than we expected.
        With love and thanks, [[name:Abena]] and family"
    """)),
    ("health", "incident", block("""
        Timeline - delayed out-of-hours {{code stroke}} report - Datix [[case_reference:W45102]]
        Patient: [[case_reference:K7781204]], [[age:71]]M, from {{ED}} {{Resus}}

        Date/time     Event                                                               Who
        [[date:30/03]] 23:12   {{CT head}} + {{CTA}} acquired                                              [[name:Vikram]] (radiographer)
        [[date:30/03]] 23:15   Images pushed to {{teleradiology}}                                      [[name:Vikram]]
        [[date:30/03]] 23:40   {{Stroke reg}} chases report, none on PACS                              Dr [[name:Lindqvist]]
        [[date:30/03]] 23:52   [[organisation:NightRead Imaging Ltd]] say no images received                        their duty manager
        [[date:31/03]] 00:30   {{PACS}} link found down since 22:50; images re-sent                    {{on-call IT}}
        [[date:31/03]] 00:58   Provisional report: large {{MCA}} occlusion                             [[organisation:NightRead Imaging Ltd]]
        [[date:31/03]] 01:05   Patient outside {{thrombolysis}} window; {{thrombectomy}} centre declined

        No alert fired when the link failed. The {{radiographer}} had no way to see the images hadn't
        arrived. Harm under review by the {{stroke}} team.
    """)),
    ("health", "near_miss", block("""
        IR near miss - wrong side marked - [[date:2 April 2024]]
        Pt: [[name:Ilse Vandermeer]] | NHS [[nhs_number:718 663 7043]] | DOB [[date_of_birth:25/12/1955]]
        Procedure: right {{nephrostomy}} ({{IR suite}} 2)

        10:05  Arrives from [[organisation:Trevose Ward]]. Consent form says RIGHT. Ward has drawn the
               {{site marking}} arrow on the LEFT flank.
        10:20  {{WHO checklist}} {{sign in}} done by [[name:Nat]] ({{IR nurse}}) - pt already prone under a
               drape, marking not looked at.
        10:32  {{Time out}}: Dr [[name:Oyelaran]] reads consent aloud, "right nephrostomy". [[name:Nat]]
               lifts drape to check arrow - it's on the left. STOP called.
        10:34  Previous CT reviewed: {{hydronephrosis}} on the RIGHT. Consent confirmed with
               Mrs [[name:Vandermeer]]. Marking corrected by the {{consultant}}.
        10:50  Procedure completed without complication.

        Learning: sign-in must include looking at the mark before the patient is positioned; ward
        marking should be done by the operator or not at all.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT transcript (display frequency recording) - [[date:Sat 15 June 2024]]
        Submitted by: [[name:Gwen Tremayne]], {{Flying Display Director}}
        Aircraft: {{Extra 330SC}} [[aircraft_registration:G-KSPX]], pilot [[name:Marcus Keeling]] ("[[name:Moose]]")

        14:31:05  [[aircraft_registration:G-KSPX]]: Display, [[aircraft_registration:Golf Papa X-ray]] running in from the north
        14:31:10  {{DISPLAY}}: [[aircraft_registration:Golf Papa X-ray]], {{display line}} Bravo, {{QFE}} 1011, clear to display
        14:31:14  [[aircraft_registration:G-KSPX]]: Clear to display, [[aircraft_registration:Papa X-ray]]
        14:36:48  DISPLAY: [[aircraft_registration:Papa X-ray]], you are over the {{crowd line}}, turn away now
        14:36:51  [[aircraft_registration:G-KSPX]]: Turning away, [[aircraft_registration:Papa X-ray]]
        14:37:30  DISPLAY: [[aircraft_registration:Papa X-ray]], {{knock it off}}, hold offshore at 2000 feet
        14:37:34  [[aircraft_registration:G-KSPX]]: Knock it off, [[aircraft_registration:Papa X-ray]]

        Notes: onshore wind of 20 kt at height drifted the aircraft in a {{downline}}; estimated
        50 m inside the 230 m line at about 400 ft for 4 seconds. Display terminated. Pilot
        {{debriefed}} by the {{FCC}} and stood down for the day. {{MOR}} submitted to the {{CAA}},
        ref [[case_reference:MOR-2024-118733]]. [[name:Moose]] was open about it and has asked for the wind
        brief to include the 1000 ft wind, not just surface.
    """)),
    ("aviation", "near_miss", block("""
        OPS LOG - drone sighting - [[date:15/06/24]]

        13:58  {{Steward}} [[name:Arjun]] at {{crowd line}} post 14 reports a {{drone}} hovering over the beach
               at ~200 ft, just outside the {{display area}}.
        14:00  {{FDD}} informed. {{Spitfire}} [[aircraft_registration:G-CHPQ]] told to hold offshore.
        14:01  Display paused. {{Commentator}} asks drone operator to land.
        14:03  {{Police}} {{drone unit}} (PC [[name:Halloran]]) locates operator - a [[age:15-year-old]] on the
               dunes with his dad. Drone landed.
        14:09  Details taken, police log [[case_reference:DC-15062024-0457]].
        14:11  Display resumed. Spitfire 8 min late, slot shortened.

        Learning: the {{restricted area}} signage at the {{beach car park}} only mentions aircraft, not
        drones. {{NOTAM}} is no use to the public. [[name:Arjun]] did really well to spot it against the
        sun. Ask {{Event Safety}} about a drone detection contract for next year.
    """)),
    ("aviation", "success", prose("""
        HUGE thank you to the car park marshals on [[date:Sunday 16 June]]. When the rain came in at
        lunchtime and {{Field C}} turned into a bog, [[name:Wynn]], [[name:Bryn]] and [[name:Summer]] got the
        {{tractor}} from [[organisation:Trewithen Farm]] lined up within 20 minutes and towed out 40-odd cars
        without a single scrape. [[name:Bryn]] then walked the {{overflow}} lane in the dark with a torch to
        make sure nobody was left. They also spotted the {{fire tender}} access was blocked by a camper
        van ([[vehicle_registration:HY14 OPV]]) and got it moved before the {{Vulcan}} {{flypast}}. None of them get
        paid and they were all soaked. Honestly the best team we have. Drinks on the {{FCC}} at the
        {{volunteers' BBQ}}! - [[name:Gwen]] ({{FDD}})
    """)),
    ("aviation", "incident", block("""
        {{Flying Control Committee}} - post-display meeting - [[date:17 June 2024]]
        [[organisation:Carrick Sands Airfield]], {{briefing room}}

        Present: [[name:Gwen Tremayne]] ({{FDD}}, chair), [[name:Dafydd Rhys-Evans]] ({{Display Director}}),
        [[name:Tomás Ó Ceallaigh]] ({{Safety Officer}}), [[name:Pat Liddicoat]] ({{ATC}}), [[name:Lin Wei]] ({{Ops}})
        Apologies: [[name:Marcus Keeling]], [[name:Rob Tonkin]] ({{Airfield Fire}})

        1. Crowd line infringement - [[aircraft_registration:G-KSPX]], Sat. {{MOR}} [[case_reference:MOR-2024-118733]] filed.
           [[name:TÓC]] showed the {{radar}} trace: ~50 m inside the line. Agreed wind at 1000 ft to be
           added to the {{met brief}}. [[name:MK]] to re-fly the routine at the next {{DA}} check.
        2. {{Bird strike}} - {{Harvard}} [[aircraft_registration:G-TGMH]], Sun 15:20, gull, leading edge dent. Engineer
           released a/c next morning. [[name:LW]] to log on {{Occurrence}} system.
        3. Drone - police log [[case_reference:DC-15062024-0457]]. Signage action with [[name:DRE]].
        4. {{AOB}}: {{CAP 403}} review of {{crowd line}} markers due before the {{August}} event.

        Next: [[date:1 July]] 18:00.
    """)),
    ("aviation", "near_miss", block("""
        flightline walk sat [[date:15th]] approx 11:20. lad ([[age:8yo]]?) ducked under the rope at the {{Yak-52}}
        [[aircraft_registration:G-YKJW]] while pilot was doing {{mag checks}} w engine running. prop maybe 3m from
        him. [[name:bex]] grabbed his hood & pulled him back, pilot ([[name:Oleksandr]]) cut the engine straight
        away. mum was on her phone. no injury.
        we only had 1 {{marshal}} on that stretch as the other was on a break. also the rope is too
        low, kids just duck. engine runs should NOT be happening during the {{flightline walk}} at all,
        [[name:Oleksandr]] said nobody told him it was open to public yet.
        pls can {{Ops}} sort the {{briefing}} + get {{Heras}} panels there not rope
        - [[name:kyle]] ({{airside volunteer}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rosie Kavanagh]] <[[email:medical.lead@kernoweventmedics.example.co.uk]]>
        To: [[name:Dafydd Rhys-Evans]]
        Date: [[date:16 June 2024]] 21:05
        Subject: Medical incident - spectator collapse, {{Enclosure B}}

        [[name:Dafydd]],

        As discussed. At 15:42 a spectator, [[name:Gerald Hoskin]] ([[age:72]]), collapsed in {{Enclosure B}} next to
        the {{crowd line}}. A {{volunteer}}, [[name:Femi]], started {{CPR}} and shouted for help; our
        {{paramedic}} crew reached him in 3 minutes but had to go round by the {{hot dog van}} because
        the {{medical lane}} was full of chairs. {{AED}} applied, one shock, {{ROSC}} at 15:51. Conveyed by
        {{land ambulance}} to [[organisation:Royal Kelbridge Hospital]]. His daughter ([[phone:07700 900264]])
        has been kept updated.

        The display was not paused, which was right, but the commentator asking people to clear the
        lane would have saved a couple of minutes.

        Our ref: [[case_reference:KEM-24-0613]].

        [[name:Rosie]]
        {{Medical Lead}}, [[organisation:Kernow Event Medics]]
    """)),
    ("aviation", "near_miss", block("""
        AIRSPACE INFRINGEMENT REPORT
        Reporter: [[name:Dafydd Rhys-Evans]], {{Display Director}}
        Contact: [[phone:07700 900735]] / [[email:dd@carricksandsairshow.example.co.uk]]
        Date: [[date:15 June 2024]]   Time: 15:47 {{local}}
        Event: [[organisation:Carrick Sands Airfield]] air display - {{RA(T)}} active SFC to 6000 ft
        Infringing a/c: {{Cessna 172}} [[aircraft_registration:G-BVXP]]
        Pilot (per {{ATC}} phone call): [[name:Roger Pengelly]], {{PPL}}, [[organisation:Perranbridge Flying Club]]
        Display a/c affected: {{Harvard}} [[aircraft_registration:G-TGMH]], Capt. [[name:Ines Albuquerque]]
        MOR ref: [[case_reference:MOR-2024-119002]]

        Narrative: [[aircraft_registration:G-BVXP]] entered the RA(T) from the east at about 1800 ft and passed
        roughly 1.5 nm from the {{display box}} during the Harvard display. ATC could not raise him on
        the {{FIS}} frequency. The FDD told the Harvard to hold high and the display paused for 4 min.
        No {{TCAS}} or visual conflict. Pilot said he had not read the {{NOTAM}} and thought the
        {{AIC}} was for the following weekend.
    """)),
    ("aviation", "success", block("""
        [[date:15/06/2024]], 08:12 - [[name:Bryn Hosking]]: {{FOD walk}} done on {{26/08}}, one bit of metal found by the {{hold}} at {{Alpha}} 🔩
        [[date:15/06/2024]], 08:13 - [[name:Bryn Hosking]]: looks like a {{cowling}} fastener?? photo attached
        [[date:15/06/2024]], 08:15 - [[name:Faith]] 🛫: good spot. who parked there last night
        [[date:15/06/2024]], 08:16 - [[name:Lin Wei]]: Only the {{Pitts}}, [[aircraft_registration:G-ROVR]]. I'll get the {{engineer}} over before it flies
        [[date:15/06/2024]], 09:02 - [[name:Lin Wei]]: Update: it WAS from [[aircraft_registration:G-ROVR]], bottom cowl missing 2 fasteners. Fixed + {{duplicate inspection}} signed. Pilot ([[name:Hana Kobayashi]]) v grateful, she was first on at 11:00
        [[date:15/06/2024]], 09:04 - [[name:Bryn Hosking]]: 👍
        [[date:15/06/2024]], 09:05 - [[name:Faith]] 🛫: this is why we walk it every morning 💪
    """)),
    ("aviation", "incident", block("""
        Display programme vs actual - [[date:Sun 16 June]] - compiled by [[name:Lin Wei]] ({{Ops}})

        Slot | Item                   | Reg            | Planned | Actual | Note
        1    | {{Chipmunk}} pair          | [[aircraft_registration:G-BCKD]], [[aircraft_registration:G-BCHX]] | 13:00   | 13:04  |
        2    | [[organisation:Kestrel Formation Team]] | (4 a/c)        | 13:15   | 13:27  | held for {{SAR}} helicopter transit
        3    | {{Harvard}}                | [[aircraft_registration:G-TGMH]]         | 13:40   | 13:55  | {{bird strike}} on landing
        4    | {{Pitts S-2B}}             | [[aircraft_registration:G-ROVR]]         | 14:00   | 14:19  |
        ...
        9    | {{Hawker Hunter}}          | [[aircraft_registration:G-HNTR]]         | 16:45   | 17:22  | landed 17:34

        Incident: the {{RA(T)}} expired at 17:30. The Hunter was still displaying at 17:29 and landed
        at 17:34 outside protected airspace. [[organisation:Atlantic Isles Air]] [[flight_number:AIX417]] was held
        8 minutes at 3000 ft waiting for the runway. Nobody tracked the cumulative slippage after
        slot 2 - each slot was only checked against the one before.

        Asks: running clock against the RA(T) end on the {{FDD}} desk; cut-off decision point at 16:30;
        {{ATC}} to be asked whether an RA(T) extension can be requested on the day.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - fuel bowser and taxiing aircraft, [[date:Saturday 15 June 2024]], about 16:10. I was
        marshalling the {{Tiger Moth}} [[aircraft_registration:G-CJNB]] out of the {{vintage park}} on to
        {{taxiway Charlie}}. The {{fuel bowser}} ([[vehicle_registration:WF63 KDU]]), driven by a contractor
        from [[organisation:Penwith Aviation Fuels]], came round the back of the {{hangar}} and started to
        cross Charlie at the same time. The Tiger Moth has no forward view when taxiing and the pilot,
        [[name:Elspeth Garrow]], was weaving as normal. I gave the {{STOP}} signal to the aircraft and waved
        the bowser down; they stopped about 15 metres apart. Neither the driver nor the pilot saw the
        other. The driver, [[name:Dean]], said nobody had briefed him that Charlie was live after 16:00
        and he had no radio. {{Airside driving}} rules in the {{Ops Manual}} say all vehicles crossing a
        taxiway must have a radio or an escort during the display. Suggest the bowser gets a handheld
        and a {{follow-me}} for the afternoon refuel. Reported by [[name:Callum]], {{airside marshal}}.
    """)),
    ("aviation", "success", block("""
        From: [[name:Ines Albuquerque]] <[[email:ines@harvardwarbirds.example.com]]>
        To: [[email:fcc@carricksandsairshow.example.co.uk]]
        Date: [[date:18 June 2024]]
        Subject: Thank you from the Harvard team

        Dear [[name:Gwen]] and all at {{Flying Control}},

        Just a note to say thank you for a very well run weekend. Two things stood out:

        - When the Cessna wandered into the {{RA(T)}} on {{Saturday}}, the call to hold high came
          within seconds and was clear and calm. I never saw him, which says it all.
        - After the {{bird strike}} on Sunday your {{fire crew}} and [[name:Lin]] had the aircraft
          inspected and signed off by the morning. [[name:Rob]] even found a gull feather in the
          {{pitot}} we would have missed.

        The {{safety briefing}} was the best I've had at a coastal show - especially the
        {{sea breeze}} and {{crowd line}} section.

        See you in {{August}}!

        [[name:Ines]]
        {{Display Pilot}}, [[organisation:Harvard Warbirds Ltd]]
        [[phone:07700 900912]]
    """)),
    ("aviation", "incident", block("""
        OPS HANDOVER - end Day 1 ([[date:Sat 15/06]]) to Day 2
        From [[name:Lin]] to [[name:Nkechi]]

        - Spectator hand injury 12:30: {{Heras}} panel fell on a man's fingers at {{Gate 3}} while
          {{volunteers}} were moving it. First aid by medics, no fracture. Ref [[case_reference:CS-OPS-017]].
          Panels now need 2 people + {{gloves}}. Talk to [[name:Grace]] (gate lead) first thing.
        - Lost child 14:50 ([[name:Maisie]], [[age:aged 5]]) - found at {{Info Tent}} 10 min later. Fine.
        - Tomorrow's scheduled slot: [[flight_number:AIX417]] lands 17:05, display MUST finish by 16:55.
        - {{Fire tender}} 2 has a flat battery - [[name:Rob]] says it'll be charged by 08:00.
        - [[name:Dafydd]] wants all {{crowd line}} stewards at the 09:30 {{brief}}, no excuses.
        - Radio 7 is missing. Last signed out to [[name:Jack Tamblyn]].

        Call me if anything odd: [[phone:07700 900381]]
        [[name:Lin]]
    """)),
    ("aviation", "near_miss", block("""
        #ops-airside  -  [[date:16 June]]

        [[name:nkechi.o]]  12:47
        VEHICLE ON THE RUNWAY 🚨 silver {{estate}} [[vehicle_registration:DK19 ZTR]] just crossed {{08}} threshold by
        the {{fire station}}

        [[name:pat.liddicoat]]  12:47
        seen it. {{runway}} closed, {{Chipmunk}}s told to hold. it's off now, heading to {{media village}}

        [[name:nkechi.o]]  12:52
        driver is a photographer from [[organisation:Cornish Coast Gazette]]. his {{airside pass}} is valid but
        he followed the {{catering}} van through {{Gate 5}} and thought the runway was a road 🙃

        [[name:Dafydd Rhys-Evans]]  12:58
        Thanks both. Please pull the pass and take his details. No aircraft was moving so near miss
        only, but logging as a {{runway incursion}}. Gate 5 steward needs to check every vehicle,
        not just the first one. [[name:Nkechi]] can you add it to the 13:30 brief?

        [[name:nkechi.o]]  12:59
        on it
    """)),
    ("aviation", "success", prose("""
        Good airmanship report. On [[date:Sunday 16 June]] at about 15:05 {{sea fog}} started rolling in
        from the south-west during the {{Spitfire}} display ([[aircraft_registration:G-CHPQ]]). The pilot,
        Wing Commander (retd) [[name:Alastair "Ally" Fenwick]], noticed the {{horizon}} going at the far
        end of the {{display line}} and called "[[aircraft_registration:Papa Quebec]], cutting it short,
        {{visibility}} going" before the {{FCC}} had seen it from the tower. He flew a {{flat display}}
        for two more passes then landed. Three minutes later the cloud base at the airfield was below
        300 ft and stayed there for 40 minutes. The next item, a {{formation}} of four, was cancelled
        by the {{FDD}}. [[name:Ally]] said afterwards it was an easy decision as he "didn't want to
        become the entertainment". The FCC want to share it because commercial and crowd pressure
        to finish a display is real, and the {{CAP 403}} minima are a floor not a target. A copy goes to
        the {{CAA}} {{GA}} unit for their safety newsletter.
    """)),
    ("aviation", "incident", block("""
        RT transcript - [[organisation:Carrick Sands Airfield]] {{Tower}} - [[date:16/06/2024]]

        16:41:02  TWR: Red 3, Tower, radio check
        16:41:10  (no reply)
        16:41:15  Red 1: Tower, Red 1, Red 3 has lost radio, he's on my wing, I'll lead him down
        16:41:20  TWR: Red 1, roger. [[flight_number:Atlantic Isles 417]], hold at {{Kelly VRP}}, expect 10 minutes delay
        16:41:26  [[flight_number:Atlantic Isles 417]]: Holding at Kelly, [[flight_number:Atlantic Isles 417]]
        16:44:50  Red 1: Red 1 and 3, {{final}}, {{formation landing}}
        16:44:55  TWR: Red 1 and 3, {{runway 08}}, {{cleared to land}}, wind 170 12 knots
        16:46:30  TWR: [[flight_number:Atlantic Isles 417]], continue inbound, runway 08

        Notes ([[name:Pat Liddicoat]], {{ATCO}}): Red 3 ([[aircraft_registration:G-KFTC]], pilot [[name:Sven Aaltonen]])
        had a {{headset}} lead failure. Lead handled it textbook. Incident: the {{light gun}} in the
        tower had a dead bulb, found during this event. Equipment check to be added to opening checks.
    """)),
    ("aviation", "near_miss", block("""
        quick one b4 i forget - about 13:10 [[date:sun 16th]] the wind got up & 3 {{Heras}} panels on the {{crowd line}}
        near {{Enclosure A}} went over towards the {{display side}} (not the crowd, thank god). 1 panel
        had no {{block}} feet, just sat on the grass 🙄 [[name:jas]] & [[name:mohammed]] held them up til
        the {{event safety}} lads came with sandbags. if it had fallen the other way theres a row of
        {{deckchairs}} & kids there.
        spoke to [[name:Ollie]] from [[organisation:Tamar Event Hire]] who put them up, he said they ran
        out of feet.
        need feet + sandbags checked on the {{walkround}} before {{gates open}} not after.
        -[[name:reece]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind335", REPORTS))
