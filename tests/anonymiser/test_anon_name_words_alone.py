"""First names that are also ordinary English words, used on their own with no title or
surname. Each test names a general cue; the sentences are invented for these tests."""

from __future__ import annotations

import pytest

from anonymiser import anonymise


def redacted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in anonymise(text).spans]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # lower case, starting a clause, doing something a later pronoun refers back to
        ("Good news today - joy passed her driving theory test at last.", "joy"),
        ("faith finished her college form and handed it in.", "faith"),
        # praise before a lower-case name, with the sentence carrying on
        ("Massive shout out to grace on lates for sorting the rota.", "grace"),
        ("Kudos to jack at the front desk, he stayed calm.", "jack"),
        # a role abbreviation between a preposition and the name
        ("Error caught by HCA Hope before the second dose was given.", "Hope"),
        # the last line: a name and a bracketed role or team abbreviation
        ("Bedtime went smoothly for once.\nHeather (SW)", "Heather"),
        ("All paperwork filed.\nIvy Marsh (RN)", "Ivy"),
        # two name-words joined by "and" before a bracketed relation or age
        ("Placement found for Hope and Storm (siblings) tonight.", "Storm"),
        ("Placement found for Hope and Storm (siblings) tonight.", "Hope"),
        ("Contact went well: Dawn and Misty (twins, 5) loved the park.", "Misty"),
        # an unlisted word starting a sentence right before a surname
        ("Chiamaka Okonkwo phoned the duty line twice.", "Chiamaka"),
    ],
)
def test_name_words_used_alone(text: str, word: str) -> None:
    assert any(word in r for r in redacted(text)), redacted(text)


def test_confirmed_lower_case_name_found_after_an_opening_quote() -> None:
    text = 'Thanks to rose for staying late. A resident said "rose is always kind to me".'
    assert [r for r in redacted(text) if "rose" in r] == ["rose", "rose"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # abstract nouns before a copula are not people
        ("Our hope is that the move settles things for him.", "hope"),
        ("Joy was the word the panel used for the outcome.", "joy"),
        # numbered regulations and paragraphs
        ("Notified the visitor under Reg 32 and logged it.", "Reg"),
        ("Paperwork follows Para 7 of the guidance.", "Para"),
        # named schemes and countries are not people
        ("She arrived via Homes for Ukraine with her son.", "Ukraine"),
        ("He travelled from Eritrea through Libya last year.", "Eritrea"),
        # an ordinary word after praise when it is not a name
        ("Shout out to everyone on nights for the effort.", "everyone"),
    ],
)
def test_ordinary_words_kept(text: str, term: str) -> None:
    assert not any(term in r for r in redacted(text)), redacted(text)
