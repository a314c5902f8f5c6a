"""Round 15 (session 8): what blind corpora 89-94 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import hidden, redacted, untouched


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("We had the review at the hub. darwish called it the best day so far.", "darwish"),
        ("The boat part was hard. shirwan told us about it slowly.", "shirwan"),
        ("tool store flagged it when deano booked it back in", "deano"),
    ],
)
def test_a_lower_case_name_no_dictionary_knows_doing_something(text: str, who: str) -> None:
    assert hidden(text, who)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nothing was sent. Learning: autocomplete is dangerous with shared surnames.", "autocomplete"),
        ("driver was agency cover and hadnt had the briefing.", "hadnt"),
        ("The handover was rushed. spironolactone stopped after the bloods.", "spironolactone"),
    ],
)
def test_english_words_run_together_or_unlisted_are_not_names(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("checked the pouch before we pulled off. faith m - transport coord", "faith m"),
        ("press the rear button twice. TRN-24-0412 / hope", "hope"),
        ("every inbox gets a daily owner. ref EHC-0039954 - K.", "K."),
        ("apprentices need thanking for this, not eye rolls. AK shift mgr", "AK"),
        ("the cabinet could lock out tools past cal date. Kev B1 shift lead", "Kev"),
        ("is there a button for this on the app? R", "R"),
    ],
)
def test_who_signed_a_hurried_note_at_its_end(text: str, who: str) -> None:
    assert hidden(text, who)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Works vehicle should have been off road. NFA.", "NFA."),
        ("The RHI summary went to the wrong school.\n\nKat\nRHI worker", "RHI"),
        ("We agreed to use plan B.\nB\n", "plan B"),
    ],
)
def test_a_term_or_a_letter_at_the_end_is_not_a_signature(text: str, term: str) -> None:
    assert untouched(text, term)


def test_a_possessive_without_apostrophe_of_a_name_no_dictionary_knows() -> None:
    text = "kai (9) had a seizure at 08:10. the bus didnt have kais buccal midazolam on board."
    out = redacted(text)
    assert "kai" not in out.replace("Kai", "")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("I want to flag good practice by bill (driver, Acme Cars contract).", "bill"),
        ("zoltan (escort, agency) noticed she was pale.", "zoltan"),
    ],
)
def test_a_name_before_its_role_in_brackets(text: str, who: str) -> None:
    assert hidden(text, who)


def test_a_bare_possessive_before_parents_is_a_name_but_this_family_is_not() -> None:
    assert hidden("we booked a Kurdish interpreter so hevals parents could talk properly", "heval")
    assert untouched("the interpreter won't be used with this family again", "this family")
