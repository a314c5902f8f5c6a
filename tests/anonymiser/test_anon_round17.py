"""Round 17 (session 8): what blind corpora 95-98 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import hidden, untouched


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("the site mark was hard to see under the Betadine; the side was confirmed", "Betadine"),
        ("weights were wrong after a change to their Cargowise template.", "Cargowise"),
        ("she had a Travelodge key card in her hoodie", "Travelodge"),
        ("I am pilot of the group Jodel G-AYKD. After take off the engine ran rough.", "Jodel"),
        ("Prop strike on landing, Eurostar G-OTRU at the farm strip.", "Eurostar"),
        ("took 90 s to find the Doyen retractor.", "Doyen"),
        ("cloud base lowered over the Pennines faster than forecast", "Pennines"),
    ],
)
def test_a_product_brand_or_aircraft_type_after_an_article_or_before_a_registration(
        text: str, term: str) -> None:
    assert untouched(text, term)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Child protection visit to the Al-Halabi family (dad Omar, mum Rania).", "Al-Halabi"),
        ("the two boys were due to go to the Brennans in Telford", "Brennans"),
        ("Children: Riley (11), Kenzie (8), the Lowther-Bell twins (3)", "Lowther-Bell"),
    ],
)
def test_a_family_after_an_article_is_still_people(text: str, who: str) -> None:
    assert hidden(text, who)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ops put out an airside safety notice. Nice work yus. Learning: daily checks.", "yus"),
        ("It was a system failure, not a people one. - anj, ED nurse in charge", "anj"),
        ("Positive: Lisa caught it.\n- G.P., Firefighter", "G.P."),
        # Nilufar is a known first name since session 13's world lists; a known first name
        # takes its initial, and since round 35 the initial's full stop ("Person A, care").
        ("The lock is broken, anybody can see it. I tell maintenance. Nilufar B., care assistant",
         "Nilufar B"),
        ("Period missing: 19/05 to 20/05\nInterviewer: nat (missing team)\nWhere: a bench", "nat"),
    ],
)
def test_people_praised_signing_or_in_a_field_in_lower_case(text: str, who: str) -> None:
    assert hidden(text, who)


def test_praise_then_a_place_is_not_a_name() -> None:
    assert untouched("Theatres good catch, Theatre 5, Wednesday 15th May.", "Theatre 5")
