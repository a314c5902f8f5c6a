"""Round 37: what session 16 learnt from blind corpora 239-248 once they had been measured."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, kinds, untouched

WHATSAPP = (
    "[06:02, 14/03/2025] Kerry Dunn: gate 4 jet bridge stuck again\n"
    "[06:03, 14/03/2025] Amrit: engineers called\n"
    "[06:05, 14/03/2025] Bosco: use the steps on 4R, I'll brief the crew\n"
    "[06:20, 14/03/2025] Kerry Dunn: sorted, Bosco walked them down"
)


def test_a_whatsapp_export_with_the_time_before_the_date_has_speakers() -> None:
    result = anonymise(WHATSAPP)
    assert "Bosco" not in result.text, kinds(WHATSAPP)


ATCO_LOG = (
    "Date  | Time | Reg    | Alt  | ATCO | Outcome\n"
    "02/06 | 0910 | G-ABCD | 2000 | NP   | traffic info\n"
    "03/06 | 1120 | G-EFGH | 1800 | HR   | avoiding action\n"
    "09/06 | 1530 | G-IJKL | 2200 | LT   | MOR filed"
)


@pytest.mark.parametrize("letters", ["NP", "HR", "LT"])
def test_a_column_of_initials_under_a_role_is_people_even_letters_that_are_terms(
        letters: str) -> None:
    assert hidden(ATCO_LOG, letters), kinds(ATCO_LOG)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Init | Age | Left at\nRT   | 34  | 01:10\nJ-PM | 16  | 22:40\nAK   | 71  | 15:25",
         "J-PM"),
        ("Date  | Aircraft | Pilot | Item missed\n09/09 | G-ARDN | AK-R | none\n"
         "10/09 | G-FLOT | RC | cable not signed", "AK-R"),
    ],
)
def test_hyphenated_initials_in_a_column_of_people(text: str, letters: str) -> None:
    assert hidden(text, letters), kinds(text)


def test_a_pair_of_initials_in_a_crew_column_takes_letters_that_are_also_a_unit() -> None:
    text = ("Time | Vehicle | Crew | O2\n08:15 | WX21 KFD | JD / HR | 240 L\n"
            "11:30 | WX70 PLB | BL / TK | 900 L")
    assert hidden(text, "HR"), kinds(text)


@pytest.mark.parametrize(
    ("text", "who", "role"),
    [
        ("told the captain, filed a fatigue report too. - FO (tm)", "tm", "FO"),
        ("left in the tray for the morning team. ck RN", "ck", "RN"),
        ("bleep holder knows. ENP Cat", "Cat", "ENP"),
        ("recheck bedside labels pls - cg BMS", "cg", "BMS"),
        ("the old number is still on file. ck duty", "ck", "duty"),
        ("labels to be printed at bedside only. rep by ash HCA 16/12", "ash", "HCA"),
    ],
)
def test_a_role_signing_off_with_its_name(text: str, who: str, role: str) -> None:
    assert hidden(text, who), kinds(text)
    assert untouched(text, role), kinds(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("the order said NUT FREE in capitals!! - sofia", "sofia"),
        ("put her forward for the team award 👍 t.m", "t.m"),
    ],
)
def test_lower_case_sign_offs(text: str, who: str) -> None:
    assert hidden(text, who), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("handed over to the day team. RN Bay", "Bay"),
        ("all fine. ok RN", "ok"),
        ("notes typed up at 4 p.m", "p.m"),
        ("all done - RN (ok)", "RN"),
    ],
)
def test_sign_offs_that_are_not_names_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("night sitter dawn rang at 02:10 as the pump alarmed", "dawn"),
        ("shoutout 2 rose in business support for spotting it", "rose"),
        ("capt (mark) was busy with the FMS and didnt notice", "mark"),
        ("res staff on shift (dean) said he had been moved", "dean"),
        ("think the template is wrong? will (F1, urology)", "will"),
        ("bc dr h was off nobody signed it", "h"),
        ("thanks to dr O for the teaching session", "O"),
    ],
)
def test_lower_case_and_one_letter_names_where_only_a_person_fits(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Logging this as a near miss. I was sending the minutes", "I"),
        ("Pharmacy near miss. A prescription came up from clinic", "A"),
        ("nr miss w syringe driver this am", "w"),
        ("we will (if needed) ring the on-call", "will"),
        ("shout out 2 everyone on nights", "everyone"),
    ],
)
def test_words_in_those_places_that_are_not_names_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_a_crew_list_later_in_a_line_takes_a_lower_case_first_name() -> None:
    text = ("CM: Ola   Crew: Will Farraday, Dimitra, robin (new joiner)\n"
            "- robin to shadow Dimitra on the bar")
    result = anonymise(text)
    assert "robin" not in result.text, kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Crew tonight: Fenn / Dr Quintero / Tash\nWx: CAVOK", "Fenn"),
        ("- Depot clinic: 3 DNA - BK, LS, Gerry. CCs informed.", "LS"),
    ],
)
def test_the_rest_of_a_short_list_of_people(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_a_note_in_brackets_inside_a_list_is_not_a_person() -> None:
    text = ("Attendees: Dr Rajesh Menon (RM, chair), Lucy Bunting (LB, Patient Safety Partner), "
            "Ben Hollins (fire service)")
    assert untouched(text, "chair"), kinds(text)


def test_a_found_names_initial_acting_is_that_person() -> None:
    text = ("16:40 EJ in sensory room with Wojciech (support worker). W called to help with a "
            "hoist transfer in Room 2.")
    at = text.index("W called")
    result = anonymise(text)
    assert any(s.start <= at < s.end and s.kind == "name" for s in result.spans), kinds(text)
    assert "W called" not in result.text and " called to help" in result.text, result.text


def test_n_for_and_before_a_verb_stays() -> None:
    text = "did the walkround with Nadia, n noticed the tins were leaking"
    assert untouched(text, "n noticed"), kinds(text)


def test_an_attendance_list_that_runs_over_lines() -> None:
    text = ("Attendance: Helen Chow (chair, HSQE Manager), Mark Delaney\n"
            "(Operations Manager), Abimbola Ade (Fuel Quality Lead),\n"
            "Rusty (union rep), Charlotte Beaumont\n"
            "Apologies: Ricardo Almeida\n"
            "1. Spills - none in August.")
    assert hidden(text, "Rusty"), kinds(text)


def test_a_note_in_brackets_over_a_line_break_is_not_an_attendee() -> None:
    text = ("Present: Darren Hart (dad), Joy Hart (paternal\ngran), Piotr (maternal uncle), "
            "Sian Pryce (social worker), me\n(FGC coordinator)")
    assert untouched(text, "paternal"), kinds(text)


def test_a_name_after_is_keeps_its_role_in_the_replacement() -> None:
    out = anonymise("sw was rhiannon, TM aware.").text
    assert "rhiannon" not in out and "sw was 1" not in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engineer (Ed K) says 40mm dent", "Ed K"),
        ("mum came late. pearl (maternal gran, SGO carer) had already left", "pearl"),
    ],
)
def test_names_in_and_before_brackets_with_a_role(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_a_role_before_a_name_in_brackets_is_not_initials() -> None:
    text = "obs fine. NOK (Sandra, daughter) informed"
    assert untouched(text, "NOK"), kinds(text)


def test_a_ward_incident_number_with_a_letter_in_front() -> None:
    assert hidden("Violence and aggression form done, W-INC-89002.", "W-INC-89002")


def test_an_engine_model_stays() -> None:
    text = "Aircraft: G-OWLS   Engine: Lycoming O-320-D2J   W/O: WO-3402"
    assert untouched(text, "O-320-D2J"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("| Time in | Woman      | Hosp no   |\n| 23:10   | L. Harrow  | QA3310452 |\n"
         "| 23:40   | Bukola     | QA3341870 |", "L. Harrow"),
        ("Date     | Ref     | Supervisor | On time?\n04/01/24 | EC/1187 | G. Hartley | Y\n"
         "02/02/24 | EC/1187 | bob t      | N", "bob t"),
        ("| Child       | Counted | Checked by |\n| Zofia N.    | 14      | TB / Grace |\n"
         "| Harvey Lunn | 18      | TB / Grace |", "TB"),
    ],
)
def test_people_in_a_column_of_people(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the interpreter kept dropping so amber got her on video", "amber"),
        ("started up with the line on, pat shut down straight away", "pat"),
        ("carer mel didnt know he was coming and mel kept him in the kitchen", "mel"),
        ("she was in pain at 3am, will remembered the hospital passport", "will"),
        ("OJTI summer took over the frequency", "summer"),
    ],
)
def test_a_lower_case_first_name_before_a_persons_verb(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the man said he would wait", "man"),
        ("the kit got left on the ramp", "kit"),
        ("this will embed the change", "will"),
        ("we will need more staff", "will"),
        ("the van came at 10", "van"),
    ],
)
def test_everyday_words_before_those_verbs_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_letters_that_spell_a_word_in_a_column_beside_names_already_found() -> None:
    text = ("| Reviewer | Cases | Comment          |\n|----------|-------|------------------|\n"
            "| TO       | 14    | best quarter     |\n| AKS      | 11    | 1 delay          |\n"
            "| Priya    | 9     | CT queue         |")
    assert hidden(text, "TO"), kinds(text)


def test_dotted_initials_in_a_column_of_clients() -> None:
    text = ("Case | Worker | Client | Re-scored?\nDA-29877 | FM | N.B. | N\n"
            "DA-30012 | AW | Elif Yildiz | Y\nDA-30203 | FM | R.S. | N")
    assert hidden(text, "N.B."), kinds(text)


def test_a_role_under_a_who_header_stays() -> None:
    text = ("| # | Action | Who | Status |\n| 1 | Young carers referral | JT | done |\n"
            "| 2 | Early Help worker for mum | S.P. | done |\n"
            "| 3 | Attendance plan with the school | DSL | 96% |\n| 4 | GP review | mum | done |")
    assert untouched(text, "DSL"), kinds(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sun 14:00  attends the walk-in centre, told to come back", "Sun"),
        ("clozapine not signed since Sun night? Ffion Hughes 10:16 checking", "Sun"),
        ("core group Thu | interpreter booked", "Thu"),
        ("Incident Thu 24/07: PD called in sick", "Thu"),
        ("No ward pharmacist Sat/Sun. Pt drowsy", "Sun"),
    ],
)
def test_a_days_short_form_where_a_time_goes_stays(text: str, day: str) -> None:
    assert untouched(text, day), kinds(text)


def test_a_person_called_sun_is_still_a_name() -> None:
    assert hidden("Sun rang the duty line and said the key safe code had changed", "Sun")


ROTA = ("CDU rota wk comm 21/07\n\tMon\tTue\tWed\tThu\tFri\n"
        "Early\tCH/JB\tDK/JB\tMO/AG\tAG/PD\tJB/DK\nLate\tMO\tAG\tPD\tDK\tMO\n"
        "SACT trained\tCH, JB\tDK, JB\tMO\tAG\tJB, DK\n\n"
        "Incident Thu 24/07: PD called in sick and AG was the only trained nurse.")


def test_a_rota_with_two_people_to_a_shift() -> None:
    out = anonymise(ROTA).text
    assert "AG/PD" not in out and "DK, JB" not in out and "JB, DK" not in out, out
    assert "\tThu\t" in out, out  # the header's day stays


def test_initials_handing_over_to_a_found_name() -> None:
    text = ("Dispatch handover 14:00 – SL → RB\n| Flt | Reg | Disp | Notes |\n"
            "| ZT2207 | G-ZTKD | MJ | ambulift booked |\n| ZT812 | 9H-QAR | RB | wet lease crew |\n"
            "| ZT3390 | G-LKNB | Kacper | ADD on aft door seal |")
    assert hidden(text, "SL"), kinds(text)


def test_a_name_in_brackets_after_eng() -> None:
    assert hidden("no impact\neng (mo) swapped a UPS battery on rack 4", "mo")


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("What went well: three siblings (R, T and baby N) kept together", ["R", "T", "N"]),
        ("missing episodes for the two children linked to the address (AB and DM) fell", ["AB", "DM"]),
    ],
)
def test_initials_of_people_counted_before_them(text: str, letters: list[str]) -> None:
    spans = anonymise(text).spans
    bracket = text.index("(")
    for code in letters:
        at = text.index(code, bracket)
        assert any(s.start <= at < s.end and s.kind == "name" for s in spans), kinds(text)


def test_two_siblings_initials_are_two_people() -> None:
    out = anonymise("three siblings (R, T and baby N) kept together").text
    assert out.count("Person") >= 2, out


def test_a_bracket_after_people_that_holds_no_initials_stays() -> None:
    text = "the children (and their mum) were seen at home"
    assert untouched(text, "and their mum"), kinds(text)


def test_the_before_a_name_that_is_a_thing_stays() -> None:
    text = "the ray came back clear and grace was agreed"
    assert untouched(text, "ray"), kinds(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Well done all on the night job at Polmear Quarry, great teamwork", "Polmear Quarry"),
        ("kudos to the crew for Sunday's job at Trewint Beach - child pulled from the water",
         "Trewint Beach"),
        ("morning all, on site at Brackley Down for the thermal survey", "Brackley Down"),
    ],
)
def test_a_local_place_by_name(text: str, place: str) -> None:
    assert hidden(text, place), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we met at Main Works before the shift", "Main Works"),
        ("parked at the Old Yard as usual", "Old Yard"),
    ],
)
def test_generic_places_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the solo student in G-CDWX (Rhys) turned base early", "Rhys"),
        ("Note for ASR: rig operator (Frosty) confirmed the APU was running", "Frosty"),
    ],
)
def test_a_name_in_brackets_after_an_aircraft_or_an_operator(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_an_aircraft_type_in_brackets_after_a_registration_stays() -> None:
    text = "G-BXLV (Piper) was on the ramp"
    assert untouched(text, "Piper"), kinds(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("thanks for the inspection at\nHolme Edge Reservoir last week", "Holme Edge Reservoir"),
        ("fell on the cliff path below Penrhos Point at 2130", "Penrhos Point"),
        ("had walked away from the care home in Hebble Bridge", "Hebble Bridge"),
    ],
)
def test_local_places_after_more_words_for_where(text: str, place: str) -> None:
    assert hidden(text, place), kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("43 entries had batch FL4417 which was last week's", "FL4417"),
        ("1 x torch (shadow board 4, tag T4-017) missing", "T4-017"),
        ("handset seized 21/11/2023, exhibit JRB/07", "JRB/07"),
        ("NOTAM H2291/24 mobile crane", "H2291/24"),
    ],
)
def test_batch_tag_exhibit_and_notam_numbers(text: str, code: str) -> None:
    assert hidden(text, code), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is contact still ok for Masons birthday sat?", "Mason"),
        ("frank grabbed rubys wrist - skin tear approx 2cm", "ruby"),
        ("the pairing got moved after the swap with donnas crew", "donna"),
        ("picked up at Dawns 2nd check before the pump started", "Dawn"),
        ("a/c G-BSCX. Jacks instructor says he is flying again next wk", "Jack"),
    ],
)
def test_a_first_name_with_a_bare_possessive_before_what_it_owns(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I had never met this carer before", "this"),
        ("the report has mums new address in para 3", "has"),
        ("Rosa spotted it reading back at the lens check", "lens"),
        ("the notes trolley had the older mans notes in the slot", "mans"),
        ("mum let me in after about 10 mins baby was in his cot", "mins"),
    ],
)
def test_words_that_end_in_s_before_those_nouns_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks to Lucia for rebuilding the break rota and to J-B for covering two lates.", "J-B"),
        ("Thanks to Rosa and to Ed on nights.", "Ed"),
        ("i have spoken to jack re the cabinet and the plan", "jack"),
    ],
)
def test_thanks_that_go_on_and_who_was_spoken_to(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_thanks_that_go_on_to_a_department_stay() -> None:
    text = "thanks to Sam and to ED for the slot"
    assert untouched(text, "ED"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rejoins by phone.\n10:40 Yusuf drops out again and can't reconnect.", "Yusuf"),
        ("someone at the door says hes rio's uncle, not on the contact list", "rio"),
    ],
)
def test_names_a_medicine_or_a_term_rule_had_kept(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_eye_drops_by_brand_stay() -> None:
    text = "started on Xalatan drops nightly"
    assert untouched(text, "Xalatan"), kinds(text)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("safeguarding - under 16 attender. J (15) came to the young people's clinic", "J"),
        ("On 21/06/2024 a young person, K, aged 15, asked to stay overnight", "K"),
        ("Case 1: MG, 2y, croup, seen 17:00", "MG"),
    ],
)
def test_initials_with_an_age(text: str, letters: str) -> None:
    assert hidden(text, letters), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("plan B (2) agreed at the meeting", "B"),
        ("a strategy discussion about Child Z, aged 11, took place", "Z"),
    ],
)
def test_letters_before_a_number_that_are_no_one_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_a_name_owning_an_action() -> None:
    text = "- Winch running rough on drum 2; Hooper to look Sun 9th."
    assert hidden(text, "Hooper"), kinds(text)
    assert untouched(text, "Sun"), kinds(text)


@pytest.mark.parametrize("kept", ["Pharmacy", "Estates", "Housing"])
def test_a_department_owning_an_action_stays(kept: str) -> None:
    text = "Actions:\n- Pharmacy to review stock\n- Estates to fix the door\n- Housing to confirm"
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("pls can someone sort the kiosk", "pls"),
        ("ive told the GP already", "ive"),
        ("omg she said it was fine", "omg"),
        ("outpt pharm - mtx 2.5mg dispensed", "mtx"),
    ],
)
def test_text_speak_before_a_verb_stays(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_lower_case_initials_before_a_verb_are_still_someone() -> None:
    assert hidden("mw told her teacher about it", "mw")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mum rang back at 10 to say he was home", "rang"),
        ("Shout out to Faith (nurse endoscopist) on the Thursday list!", "endoscopist"),
        ("the student pre-flight was supervised", "pre-flight"),
        ("check on pax figures. FO report.", "report"),
        ("the notes trolley had the older man's notes", "man"),
    ],
)
def test_words_after_a_carer_a_crew_role_or_with_a_possessive_that_are_no_one_stay(
        text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("almost entered for g-naev instead. fo love spotted that the fuel figure was wrong",
         "love"),
        ("crew: captain stevenson (commander), fo read, sccm shabana pereira.", "read"),
    ],
)
def test_crew_role_names_that_are_everyday_words_are_still_names(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("tower said continue approach, roger that, gear down", "roger"),
        ("the dolly was left by stand 12 overnight", "dolly"),
        ("Hosp no on the wristband was wrong", "Hosp"),
        ("Flagging a near miss from nights", "Flagging"),
        ("Hb 112 on the gas, no transfusion", "Hb"),
    ],
)
def test_radio_words_and_short_forms_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_a_rank_before_a_surname_still_leaves_the_surname_hidden() -> None:
    assert hidden("Duty instructor Flt Lt Carver. Winch: Jim.", "Carver")
