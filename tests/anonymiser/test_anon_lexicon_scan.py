"""The word lists behind the name rules, and the anchored scanning that keeps detection fast."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anonymiser.lexicon import lexicon
from anonymiser.scan import match_at, near


def test_common_word_list_is_large() -> None:
    assert len(lexicon().common) >= 15000


@pytest.mark.parametrize("word", ["walked", "referrals", "safeguarding", "handover", "medication"])
def test_ordinary_words_and_inflections_are_common(word: str) -> None:
    assert lexicon().is_common(word)


@pytest.mark.parametrize("name", ["james", "harding", "oluwaseun"])
def test_names_are_not_derived_as_inflections(name: str) -> None:
    """'james' is not jam + es and 'harding' is not hard + ing."""
    assert not lexicon().is_common(name)


def test_core_list_is_smaller_than_the_common_list() -> None:
    lex = lexicon()
    assert lex.basic < lex.common | lex.basic
    assert not lex.is_basic("riverside")


TEXT = st.text(alphabet="ab1 2-/.\n", max_size=60)
PATTERN = re.compile(r"(?<![\w/-])\d{1,2}[/-]\d{1,2}(?![\w/-])")


@given(TEXT)
def test_match_at_every_start_equals_finditer(text: str) -> None:
    expected = [m.span() for m in PATTERN.finditer(text)]
    assert [m.span() for m in match_at(PATTERN, text, range(len(text)))] == expected


@given(TEXT)
def test_near_digit_anchors_equals_finditer(text: str) -> None:
    anchors = [i for i, ch in enumerate(text) if ch.isdigit()]
    expected = [m.span() for m in PATTERN.finditer(text)]
    assert [m.span() for m in near(PATTERN, text, anchors, 2, 8)] == expected
