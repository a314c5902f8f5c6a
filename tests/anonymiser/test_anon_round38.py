"""Round 38: what session 17 learnt from blind corpora 257-272 once they had been measured."""

from __future__ import annotations

from importlib import resources

import pytest

from anonymiser import anonymise
from anonymiser.lexicon import lexicon
from tests.anonymiser.spans import hidden, kinds, one_span_of_kind, untouched


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the foster carers' postcode\n(QX7 2NB) was on the letter", "QX7 2NB"),
        ("the caller put him right: YY6 4TL, not the one on the screen", "YY6 4TL"),
    ],
)
def test_a_postcode_in_capitals_with_its_space_whatever_its_area(text: str, code: str) -> None:
    assert one_span_of_kind(text, code, "postcode"), kinds(text)


@pytest.mark.parametrize("text", ["gave 2 x 500 mg, ref range ok", "the KX7 pump and the BQ4 line",
                                  "trial code qx7 2nb in lower case"])
def test_codes_that_are_not_written_as_a_postcode_stay(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind == "postcode"], kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Trend review of occurrences BRX-OCC-24/031 to BRX-OCC-24/044 at the panel",
         "BRX-OCC-24/031"),
        ("Transport complaint logged as VS/INC/2503-11 with the council.", "VS/INC/2503-11"),
        ("dispensed the wrong strength for her (Rx 55102-B) so we rang the GP", "55102-B"),
        ("signed off by stamp holder TQE-22 on nights", "TQE-22"),
        ("are inc 5512 and 5519 the same job? both on the bypass", "5512"),
        ("are inc 5512 and 5519 the same job? both on the bypass", "5519"),
        ("crew sent to log 418 first, then the RTC", "418"),
        ("the callback for 111-4402-8817 went to the wrong number", "111-4402-8817"),
    ],
)
def test_local_references_written_in_less_usual_ways(text: str, code: str) -> None:
    assert hidden(text, code), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("she was told to call 999 if he got worse", "999"),
        ("checked the pump log: 106 mins since the last bolus", "106"),
        ("the escalation policy says call 2222 for the crash team", "2222"),
    ],
)
def test_numbers_to_dial_times_and_durations_after_a_log_word_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


DISPLAY_LOG = (
    "Slot  Time   Type            Reg        Pilot\n"
    "1     13:00  Chipmunk        G-BXCU     Sigrid Aaltonen\n"
    "2     13:35  Harvard         G-TXAN     Kwame Osei\n"
    "3     14:00  Gazelle         G-HELX     Ruth Wieczorek\n"
)


@pytest.mark.parametrize("name", ["Sigrid Aaltonen", "Kwame Osei", "Ruth Wieczorek"])
def test_a_name_in_the_column_after_a_registration_is_no_aircraft_type(name: str) -> None:
    assert hidden(DISPLAY_LOG, name), kinds(DISPLAY_LOG)


@pytest.mark.parametrize("text", ["flew G-ABCD Tiger Moth to the coast",
                                  "G-ABCD (Super Cub) landed long"])
def test_a_type_straight_after_a_registration_stays(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind == "name"], kinds(text)


@pytest.mark.parametrize("text", ["TECH LOG   A/C: G-FLXC   Page: TL-004417",
                                  "A/C: EI-FXK   Type: 737-800   Page: 004417"])
def test_a_forms_field_label_is_no_name(text: str) -> None:
    assert untouched(text, "Page"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the guy who does the checks (nige) is off sick", "nige"),
        ("TFO dunc a bit shaken but fine", "dunc"),
        ("thanks all, lovely shift - woody (marshal)", "woody"),
        ("Jonty rang the duty desk at 7", "Jonty"),
    ],
)
def test_british_short_forms_in_a_persons_slot(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("the sheet was signed but nobody knows who (initials look like KD or PD?)", "KD"),
        ("the sheet was signed but nobody knows who (initials look like KD or PD?)", "PD"),
        ("marked as checked by the dispatcher (initials rm) but it was not", "rm"),
    ],
)
def test_letters_the_text_calls_someones_initials(text: str, letters: str) -> None:
    assert hidden(text, letters), kinds(text)


def test_initials_as_a_word_stay() -> None:
    text = "please put your initials on the form and the time"
    assert untouched(text, "on"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tubes relabelled and sent back up.\n- ash (path reception)", "ash"),
        ("sample rejected, redraw booked\n- sunny, path reception", "sunny"),
    ],
)
def test_a_sign_off_with_a_longer_role_after_it(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_initials_in_a_collectors_column() -> None:
    text = ("| Time  | Parent       | Test       | Collector |\n"
            "| 09:10 | D. Kowalski  | urine      | RH        |\n"
            "| 09:40 | Shaz Begum   | hair strand| RH        |\n"
            "| 16:55 | Craig Tolley | urine      | Steph     |\n")
    assert hidden(text, "RH"), kinds(text)


def test_a_checklist_column_of_initials_that_are_also_a_word_is_the_person_who_signed() -> None:
    text = ("Item              | Status   | Checked by\n"
            "Defib self-test   | pass     | AM\n"
            "Suction           | faulty   | AM\n"
            "Signed: Amina Mensah-Owusu\n\nPads were out of date.")
    assert hidden(text, "AM"), kinds(text)
    assert untouched("Pads checked at 9 AM by the night team", "AM")


def test_a_heart_rhythm_is_no_one() -> None:
    text = "Twenty minutes later a patient in VF arrived in bay 2 and was shocked."
    assert untouched(text, "VF"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ng tube near miss - nights 1/3\nlily 4 wk old, NGT replaced at 02:00", "lily"),
        ("Rio 7 wks old, weight up 40g, feeds ok", "Rio"),
        ("Kai 15 yo came in with his nan", "Kai"),
    ],
)
def test_a_name_straight_before_an_age(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(("text", "kept"), [("in summer 3 yrs ago we had a flood", "summer"),
                                            ("the ward 4 wk old baby list", "ward")])
def test_a_word_before_a_span_of_time_stays(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("that's why we do it, put it in for learning from excellence", "excellence"),
        ("Under EC 1107/2006 the mobility aid must be carried", "EC"),
    ],
)
def test_learning_schemes_and_regulations_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("To: Rob Fairclough\nCc: Security\nDate: 21 June 2024", "Security"),
        ("To: Bethan Lloyd\nCc: Information Governance\nSent: Monday", "Governance"),
        ("To: Tomasz Nowak\nCc: Registered Manager\nDate: Thu 21 March", "Registered"),
    ],
)
def test_a_post_or_department_copied_in_is_no_one(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)
    assert not hidden(text, kept)


def test_a_person_copied_in_is_still_hidden() -> None:
    text = "To: Rob Fairclough\nCc: Ruth Okonedo\nDate: 21 June 2024"
    assert hidden(text, "Ruth Okonedo"), kinds(text)


def test_a_lower_case_full_name_with_a_possessive_typed_without_its_apostrophe() -> None:
    text = "hey just spotted destiny okonjos review is in the team diary for tues"
    assert hidden(text, "destiny okonjo"), kinds(text)


@pytest.mark.parametrize("text", ["the mark smiths came round", "we saw grace hills report"])
def test_everyday_words_with_an_s_stay(text: str) -> None:
    assert not anonymise(text).spans, kinds(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("keep the NVG in the crew room, not the aircraft. mo (TFO), a/c on the pad", "mo"),
        ("kit signed out by dez (LAE) before the night shift", "dez"),
    ],
)
def test_a_name_before_an_aviation_role_in_brackets(text: str, who: str) -> None:
    assert hidden(text, who), kinds(text)


def test_a_role_in_brackets_is_no_one() -> None:
    text = "nurse in charge aware, duty doctor (SHO) reviewed at 03:10"
    assert untouched(text, "SHO"), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("slipped on Skydrol on the hangar floor walking to the stand", "Skydrol"),
        ("the Nightsun was switched on while the dog handler went in", "Nightsun"),
        ("visit not logged on Peoplesafe because my phone was on 4%", "Peoplesafe"),
        ("no visible Fenestron damage after the heavy landing", "Fenestron"),
    ],
)
def test_domain_products_and_kit_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("credit to the MRT and the HART crew too. HART were on scene first", "HART"),
        ("ring probation first thing. her OM is Ms Adeyemi on the duty line", "OM"),
        ("done - told him + his GP, documented in the pre-assessment notes", "GP"),
    ],
)
def test_letters_written_after_a_determiner_are_a_service_or_role(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_initials_never_written_after_a_determiner_are_still_a_person() -> None:
    text = "DI was signed by AB this morning but the count was wrong. AB rang me after."
    assert hidden(text, "AB"), kinds(text)


WARD_FORM = ("Hospital no: RX4418273\nWard: Heather Ward\nCategory: fall\n"
             "Ward staff assumed the bed rails were up. Ward pharmacist informed.")


@pytest.mark.parametrize("kept", ["Ward staff", "Ward pharmacist", "Ward:"])
def test_a_ward_named_after_a_person_does_not_make_every_ward_a_person(kept: str) -> None:
    at = WARD_FORM.index(kept)
    assert not any(s.start <= at < s.end for s in anonymise(WARD_FORM).spans), kinds(WARD_FORM)


def test_a_person_whose_surname_is_ward_is_no_organisation() -> None:
    text = "Mr Daniel Ward rang at 9. Later Ward said he was fine."
    assert hidden(text, "Daniel Ward"), kinds(text)
    assert "Ward said" not in anonymise(text).text
    assert [s.kind for s in anonymise(text).spans] == ["name", "name"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("19:20 Foster carer informed. Not at home when police called.", "Foster"),
        ("06:50 Day staff told; the empty cylinder was tagged.", "Day"),
        ("TECH LOG - G-JZHV - Page 004417 - crew reported a fault", "Page"),
    ],
)
def test_a_name_word_that_is_half_of_an_everyday_compound_stays(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_a_name_word_before_a_verb_is_still_a_person() -> None:
    text = "19:20 the carer rang and then Grace called the duty team back."
    assert hidden(text, "Grace"), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Form asks for NI No: see the top sheet", "NI"),
        ("admitted with an upper GI bleed, Hb 68", "GI"),
        ("seen by the nurse, BG 2.1, given glucogel", "BG"),
        ("told dispatch and called QA. The filter elements were changed", "QA"),
    ],
)
def test_letters_that_are_terms_after_a_cue_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize("text", ["Mum is Slovak and speaks little English",
                                  "a Cameroonian family newly arrived"])
def test_nationalities_stay(text: str) -> None:
    assert not anonymise(text).spans, kinds(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("flight diverted to Calais after the bird strike", "Calais"),
        ("the crew night-stopped in Katowice and flew back empty", "Katowice"),
        ("the tug from Shenzhen was delayed", "Shenzhen"),
    ],
)
def test_a_place_abroad_is_no_one(place: str, text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind == "name"], kinds(text)


def test_the_world_places_are_no_names() -> None:
    lex = lexicon()
    raw = (resources.files("anonymiser") / "data" / "world_places.txt").read_text(encoding="utf-8")
    world = {line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")}
    assert len(world) > 1000
    assert not {w for w in world if w in lex.first_names or w in lex.surnames or w in lex.keep}


@pytest.mark.parametrize("opener", ["Flagging", "Heads-up", "Write-up"])
def test_a_list_of_names_does_not_run_across_a_blank_line(opener: str) -> None:
    text = f"Subject: letter nearly sent to the wrong address\n\nTom,\n\n{opener} a near miss from today."
    assert untouched(text, opener), kinds(text)
    assert hidden(text, "Tom"), kinds(text)
