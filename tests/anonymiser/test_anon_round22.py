"""Round 22 (session 9): what blind corpora 123-128 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


# -- kept -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "word"), [
    ("Fuel sample showed water in the jar. Refuel stopped before any went in.", "Refuel"),
    ("Lactate was 4.6 and the patient was in early sepsis.", "Lactate"),
    ("Offload took 35 mins. Passenger in 61C was helped off.", "Offload"),
])
def test_a_sentence_that_opens_on_an_english_word_before_a_verb(text: str, word: str) -> None:
    assert untouched(text, word)


def test_the_name_before_the_verb_is_still_found() -> None:
    assert hidden("Handover went well. Zubair stopped the infusion at 10:00.", "Zubair")


@pytest.mark.parametrize(("text", "word"), [
    ("the schedule of redactions needs doing before manager sign-off, not after?", "sign-off"),
    ("the KIS should list a neighbour key-holder.", "key-holder"),
    ("he avoided a GP call-out on Sunday.", "call-out"),
])
def test_a_hyphenated_pair_of_english_words_after_a_role_is_not_a_name(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Item 1  FWD LAV smoke detector INOP, lav locked, queue for the aft lav.", "LAV"),
    ("reported to DPO + team manager, no ICO report needed per DPO.", "DPO"),
    ("Regulation 40 considered by RI - not notifiable.", "RI"),
    ("- IO needles were in the wrong drawer of the resus trolley", "IO"),
    ("He got the airfield details from an old Pooleys and didn't check the NOTAM.", "Pooleys"),
    ("falls risk assessment not updated when zopiclone was started", "zopiclone"),
    ("Letter inviting the victim to a restorative justice conference was sent.", "justice"),
    ("Reported by: the Restorative Justice Officer on shift", "Restorative Justice"),
    ("conveyed to the Hyper Acute Stroke Unit. Outside thrombolysis window.", "Hyper Acute Stroke Unit"),
    ("stuck for 25 minutes until a second crew and the HART team arrived.", "HART"),
    ("Nicolae split them into two crews, borrowed GPUs from the cargo side and made sure", "GPUs"),
])
def test_terms_that_carry_the_learning(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize("text", [
    "Thu 7 Mar 19:00 Pharmacy closed, TTOs not sent.",
    "02:09 Airport security called via radio.",
])
def test_a_department_after_a_time_is_not_an_organisation(text: str) -> None:
    assert not any(s.kind == "organisation" for s in anonymise(text).spans)


def test_a_named_ward_with_its_number_is_still_an_organisation() -> None:
    assert one_span_of_kind("Ward: Ward 22 Neonatal Unit at Airedale", "Ward 22 Neonatal Unit",
                            "organisation")


def test_a_service_after_a_possessive_name_keeps_the_service_and_hides_the_name() -> None:
    text = "the SMS reminder for Natalia's Home Treatment visit was about to go out"
    assert hidden(text, "Natalia")
    assert untouched(text, "Home Treatment")
    assert one_span_of_kind("Compliment: Wrekin Home Treatment Team supported him.",
                            "Wrekin Home Treatment Team", "organisation")


def test_a_weekday_before_a_date_is_not_a_person_with_an_age() -> None:
    assert untouched("EDT HANDOVER SHEET  -  Sat 17/08 into Sun 18/08", "Sun")
    assert hidden("Mark 14:40\nbrilliant, will nominate", "Mark")


def test_airport_codes_in_a_route_stay_and_the_flight_goes() -> None:
    text = "Flight: ZQ417  EDI-AGP   Date: 11/05/24"
    result = anonymise(text)
    assert "EDI-AGP" in result.text and "ZQ417" not in result.text


# -- found ----------------------------------------------------------------------------------
@pytest.mark.parametrize("street", ["7 Gledhow Mount", "3 Heath Mount", "12 Willow Garth",
                                    "4 Oak Dene", "9 The Paddock", "21 Fen Drove"])
def test_more_street_words(street: str) -> None:
    assert one_span_of_kind(f"they re-checked with the caller and it was {street}. we were on scene",
                            street, "address")


def test_a_lower_case_drove_is_a_verb() -> None:
    assert untouched("stayed inside till it drove off.", "drove")


def test_initials_signing_a_log_entry_after_a_role_in_brackets() -> None:
    text = "placard fitted, lav locked. (Eng MK)\nItem 2  Cabin report"
    assert hidden(text, "MK")
    assert untouched(text, "Eng")


def test_a_landline_typed_with_one_digit_too_many() -> None:
    text = "phoned the LA transport desk on 01709 496 0832. It turned out"
    assert one_span_of_kind(text, "01709 496 0832", "phone")
    assert untouched("the incident on 07 12 2024 1430 was logged", "2024")


def test_a_reference_with_a_hyphenated_tail_is_one_reference() -> None:
    text = "rang police on 101, ref 13240312-0871. Passed to the social worker"
    assert one_span_of_kind(text, "13240312-0871", "case_reference")


def test_a_tech_log_page_serial_is_a_reference_and_a_page_is_not() -> None:
    text = "TECH LOG EXTRACT  EI-FZQ\nPage 04417 item 2   14 JAN 25   STN DUB"
    assert one_span_of_kind(text, "04417", "case_reference")
    assert untouched("See page 12 and page 1250 of the manual.", "1250")


@pytest.mark.parametrize(("text", "letter"), [
    ("safe at nan's tonight. thanks for moving so fast P", "P"),
    ("Kelly-Ann 08:21: well done T. shes been asking for u already lol", "T"),
])
def test_one_capital_letter_signing_off_or_praised(text: str, letter: str) -> None:
    start = text.rindex(letter) if letter == "P" else text.index(" T.") + 1
    assert any(s.start == start and s.kind == "name" for s in anonymise(text).spans)


@pytest.mark.parametrize(("text", "letter"), [
    ("needs vitamin D", "D"), ("moved to bay C", "C"), ("To: Watch C", "C"),
    ("TPN bag B", "B"), ("Ops log - Pier B", "B"),
    ("1   10:02  KRT K21    Ferris     Okoro   W", "W"),
])
def test_a_letter_that_ends_a_line_after_a_thing_or_in_a_column_is_not_a_person(
        text: str, letter: str) -> None:
    assert untouched(text, letter) or text.rindex(letter) not in {
        s.start for s in anonymise(text).spans}


def test_handover_lines_that_open_on_initials_like_a_persons() -> None:
    text = ("Staff on: Gemma, Olu, Bartek (agency)\n"
            "KM - good eve, FIFA with Olu, in bed 22:15. Meds given + signed.\n"
            "RT - quiet, didnt eat tea. keep an eye, mood low since review.\n"
            "AJ - found a lighter in his hoodie pocket. talked with AJ who says a mate gave it him.")
    for initials in ("KM", "RT", "AJ"):
        assert hidden(text, initials)


def test_line_openers_that_are_terms_stay() -> None:
    text = ("AJ - found a lighter in his hoodie pocket. talked with AJ about it.\n"
            "SW - informed by phone.\n"
            "GP - letter sent.")
    assert untouched(text, "SW") and untouched(text, "GP")


def test_children_written_as_letters_with_their_ages_in_a_table() -> None:
    text = ("Carer           Children                 Notes\n"
            "Hendry          J (14), K (11)       Annual Review due 12/07")
    assert one_span_of_kind(text, "J", "name") and one_span_of_kind(text, "K", "name")
    assert untouched("see Appendix B (2) for the plan", "B")


def test_a_note_that_opens_on_a_lower_case_first_name_and_an_age() -> None:
    assert hidden("ruby 2 brought in by nan ?swallowed something", "ruby")
    assert untouched("rose 2 points overnight", "rose")
