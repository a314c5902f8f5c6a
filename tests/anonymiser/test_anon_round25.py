"""Round 25 (session 9): what blind corpora 141-146 showed after their untouched measurement
with the session's final rules."""

from __future__ import annotations

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


def test_a_household_named_across_a_line_break() -> None:
    text = "a different family stapled in the middle (the\nFairclough family, same IRO, same day)."
    assert hidden(text, "Fairclough")


def test_a_patients_initials_after_their_bed() -> None:
    text = "HANDOVER – late > night – 19/10\nBed 1  LM – 1:1 obs, day 2 of NG feeds"
    assert hidden(text, "LM")
    assert untouched("Bed 4  NG – tube to be replaced", "NG")


def test_lower_case_initials_in_a_handover_field() -> None:
    text = "HANDOVER - CWD - Wed 16/10\nOutgoing: KB   Incoming: rj\n\n1. Aaliyah (10) - feeds"
    assert hidden(text, "KB") and hidden(text, "rj")


def test_a_ulysses_number_is_a_reference() -> None:
    text = "conveyed to ED in the end. Ulysses 134672. need the DoS updated"
    assert one_span_of_kind(text, "134672", "case_reference")


def test_initials_of_someone_working_beside_the_writer() -> None:
    assert hidden("the controlled drugs book was fine, checked by me + LB.", "LB")
    assert untouched("meds checked by me + SW before she left.", "SW")


def test_a_surname_that_is_also_a_plural_after_a_crew_role() -> None:
    text = "Crew: Capt Nikolai Petrov, FO Wills, SCC Precious"
    assert hidden(text, "Wills")
    assert not any(s.kind == "name" and "wills" in text[s.start:s.end].lower()
                   for s in anonymise("Both wills were read at the hearing.").spans)


def test_a_good_catch_by_someone_in_lower_case() -> None:
    assert hidden("good catch by jo on thurs - she noticed the wrong band", "jo")
    assert hidden("Good catch from mo in business support today - noticed two", "mo")
    assert untouched("Good catch by the pharmacist on the ward round.", "pharmacist")
