"""Round 29 (session 10): what blind corpora 171-176 showed after they were measured, held out
from rounds 26-28, and a general vocabulary of the three domains kept."""

from __future__ import annotations

from tests.anonymiser.spans import hidden, untouched


def test_a_sign_off_with_where_the_writer_works() -> None:
    assert hidden("no taxiway centreline lights on that link. - deano, airfield ops", "deano")
    assert hidden("mum has been told by Tash + IDVA. mo - placements duty", "mo")
    assert hidden("same as at base. KB crew chief", "KB")
    assert hidden("this is the third this summer. - dk PRM sup", "dk")
    assert untouched("we will mark the chart", "mark")


def test_a_capitalised_animal_word_opening_a_name_is_the_name() -> None:
    text = "Best wishes,\nCat\nCat MacLeod, CFI, Northmoor Flying Club"
    assert hidden(text, "MacLeod")
    assert untouched("my cat Tyson was fine after the visit", "Tyson")
    assert untouched("Everyone travelled with them. One horse (Bramble) became agitated", "Bramble")


def test_clinical_shorthand_for_a_specialty_is_kept() -> None:
    assert untouched("thanks Mel! - paeds diabetes team", "paeds")
    assert untouched("02:14 Resp rate written as 48 but not escalated", "Resp")


def test_medicines_devices_and_aircraft_from_the_domain_vocabulary_are_kept() -> None:
    for text, term in (("Prostin given at 14:00 and Kleihauer sent", "Kleihauer"),
                       ("capnography trace lost during transfer", "capnography"),
                       ("the Accufuser was running at the wrong rate", "Accufuser"),
                       ("Airtraq used after two failed attempts", "Airtraq")):
        assert untouched(text, term), term


def test_a_first_name_with_a_bare_s_before_a_kept_term() -> None:
    assert hidden("Hartley House, B23 6QA for Noors Synagis injection, should be 2-8", "Noor")
