"""Round 30 (session 10): what blind corpora 177-182 showed after they were measured with the
session's final rules of round 29."""

from __future__ import annotations

from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


def test_a_lower_case_greeting_before_a_name_that_is_also_a_word() -> None:
    assert hidden("hi Jules, just wanted to say a proper thank you", "Jules")
    assert untouched("Hi all, just a note about the rota", "all")
    assert untouched("Morning Team,\nthe rota is up", "Team")


def test_a_police_crime_number_in_slashed_parts() -> None:
    text = "two police sets awaiting collection (CRN\n14/30226/24 and 14/30251/24). The provider"
    assert one_span_of_kind(text, "14/30226/24", "case_reference")
    assert one_span_of_kind(text, "14/30251/24", "case_reference")
    assert one_span_of_kind("seen on 12/03/2024 at 10", "12/03/2024", "date")


def test_dotted_initials_that_spell_a_kept_term_undotted() -> None:
    assert hidden("Femi rang on the Tuesday about T.M. moving to her dad's", "T.M.")
    assert hidden("hair strand sample taken at the office by G.S. and Wojciech signed", "G.S.")
    assert untouched("the C.P. plan was reviewed at conference", "C.P.")


def test_two_capitals_opening_a_timed_entry_and_acting() -> None:
    text = "Team use standing hold\n19:11  AK repositions the left arm, Lina's wrist bent"
    assert hidden(text, "AK")
    assert untouched("19:12 HR dropped to 50 and recovered", "HR")
    assert untouched("05:40  LIR issued by load control", "LIR")
