"""Round 19 (session 8): what blind corpora 103-108 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, untouched


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('she said "you need a better alarm miss", which is fair. R.T., RSW', "R.T."),
        ("she asked for refresher time.\nMaryam T., EOC Clinical Supervisor", "Maryam T"),
        ("Shared at our huddle with his agreement. HB, 111 team leader, North Calder IUC", "HB"),
        ("the lad has since been in to meet her. PD, EOC manager", "PD"),
        ("MOR filed with the CAA, our ref SMS-2024-071. JRT (CFI)", "JRT"),
        ("instructors should be quicker to take control. LB, FI, Skylark Flight Training", "LB"),
        ("can someone sort a proper comms link with estates. jonno, CCP", "jonno"),
        ("Datix done - AC.", "AC"),
        ("Reflection (B.M.): keeping the caller on one line helped.", "B.M."),
        ("we booked a Polish interpreter so T could explain the eviction himself.", "T"),
    ],
)
def test_sign_offs_with_roles_and_initials_in_person_slots(text: str, who: str) -> None:
    assert hidden(text, who)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Well done Chidi!\n- OCC duty manager, Jet2", "OCC"),
        ("The girl (S., 12) disclosed that her stepdad grabs her.", "grabs"),
        ("Escalated as agreed.\n-- NHS", "NHS"),
    ],
)
def test_a_service_or_a_verb_at_the_end_is_no_signature(text: str, term: str) -> None:
    assert untouched(text, term)


def test_a_letter_with_an_age_in_brackets_is_a_person() -> None:
    assert "(S.," not in anonymise("The girl (S., 12) disclosed that her stepdad grabs her.").text


def test_initials_are_not_grown_over_the_role_after_them() -> None:
    result = anonymise("Syringe marked at 2.5ml, teach-back done.\nKW Community Matron")
    assert "Community Matron" in result.text


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Mark\nMark Pemberton, Consultant Rheumatologist\nExt 4417", "Rheumatologist"),
        ("From: Dr Hannah Lindqvist, Consultant Neonatologist", "Neonatologist"),
        ("Would like to thank Crew Commander Gareth Moss for a proper team job.", "Crew Commander"),
    ],
)
def test_specialties_and_ranks_after_a_title_stay(text: str, term: str) -> None:
    assert untouched(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I had asked on arrival for the dog (Bruno) to be shut in the kitchen.", "Bruno"),
        ("One horse (Bramble) became agitated on climb.", "Bramble"),
        ("Logged as a data breach with IG. Learning for me: check every address.", "IG"),
    ],
)
def test_a_pet_in_brackets_and_information_governance_stay(text: str, term: str) -> None:
    assert untouched(text, term)


def test_a_person_in_brackets_after_a_word_with_dog_in_it_is_still_a_person() -> None:
    assert hidden("Incident: at teatime J-Dog (Jayden) threw a plate at staff.", "Jayden")


def test_a_family_known_by_one_letter() -> None:
    assert "O family" not in anonymise("Subject: good practice - O family, case FS-22817").text
