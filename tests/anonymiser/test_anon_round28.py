"""Round 28 (session 10): what blind corpora 165-170 showed after they were measured, held out
from rounds 26 and 27."""

from __future__ import annotations

from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


def test_a_reference_after_a_task_or_an_appeal() -> None:
    assert one_span_of_kind("inspection after night winch sortie, ARCC task 24-0311. Crew",
                            "24-0311", "case_reference")
    assert one_span_of_kind("late LA evidence, SENDIST appeal EH852/24/00317\nChild: M",
                            "EH852/24/00317", "case_reference")


def test_a_licence_number_after_its_kind() -> None:
    assert one_span_of_kind("Pilot: Ryan Tsang   Licence: NPPL(M) 214773   Tel: 01632 960000",
                            "214773", "case_reference")


def test_dotted_initials_of_a_double_barrelled_or_o_surname() -> None:
    assert hidden("| R.K-S. | EHCNA-24-0712 | school |", "R.K-S.")
    assert hidden("| J.O'N. | TRIB-24-009 | EOTAS |", "J.O'N.")


def test_a_double_first_name_in_lower_case() -> None:
    assert hidden("clinic weigh in for lily-rose tues, i typed 45.2", "lily-rose")
    assert untouched("a well-known one-page profile", "one-page")


def test_a_lower_case_name_on_a_duty_who_did_something() -> None:
    assert hidden("the barrier came down. mo on security saw it on CCTV", "mo")
    assert untouched("fluids on the ward were given", "fluids")


def test_a_lower_case_name_after_a_four_figure_time_mid_line() -> None:
    assert hidden("water plant went down this am. 0540 wojtek got the alarm", "wojtek")


def test_lower_case_initials_no_word_is_made_of_acting() -> None:
    assert hidden("on the plan not just in the minutes. dk taking to QA subgroup", "dk")
    assert untouched("bp 120/80. hr dropping to 50", "hr")
    assert untouched("if thats any use. pls ring me back", "pls")


def test_a_lower_case_irish_surname_after_a_title() -> None:
    assert hidden("PC o'hare on scene, her mob 07700 900418", "o'hare")
