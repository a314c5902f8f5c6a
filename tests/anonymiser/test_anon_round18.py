"""Round 18 (session 8): what blind corpora 99-102 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Raised with the EPMA team, DTX-338102. RKW, Band 7 pharmacist", "RKW"),
        ("I'd like to feed this back to the force trainers. — BM", "BM"),
        ("- Cubicle 3 alarm volume too low. Owner: Mo to log with EBME.", "Mo"),
        ("MOR filed with the CAA.\n\nDirk, please can your site manager call me today?", "Dirk"),
        ("nearly handed jamals sertraline to Reece as both blister packs looked alike", "jamal"),
    ],
)
def test_signatures_owners_vocatives_and_bare_possessives(text: str, who: str) -> None:
    assert hidden(text, who)


def test_a_crime_number_after_a_comma_is_a_reference() -> None:
    text = "Police attended and gave a crime number, 14/66721/25. What went wrong:"
    assert one_span_of_kind(text, "14/66721/25", "case_reference")


def test_a_date_after_a_hospital_and_a_comma_stays_a_date() -> None:
    text = "ED majors, Royal Sussex County Hospital, 01/03/2025 02:40. Intoxicated pt"
    assert one_span_of_kind(text, "01/03/2025", "date")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Hello,\nWe have been unable to board the child.", "Hello"),
        ("Please review through FRMS.\n\nGrazie,\nMatteo", "Grazie"),
        ("a Cruse referral, and the repeats are now weekly", "Cruse"),
        ("Cc: OIM\nDate: Tuesday, 23 April 2024", "OIM"),
        ("the Fraser/Gillick picture needed proper assessment", "Gillick"),
        ("alfie (10 weeks) in moses basket, nappy soaked through", "moses"),
        ("a 5-year-old with cystic fibrosis & neds support w/ his meds", "neds"),
    ],
)
def test_greetings_services_and_everyday_words_stay(text: str, term: str) -> None:
    assert untouched(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Positive, genotype 3. He started Epclusa 12 weeks with weekly pick-up.", "Epclusa"),
        ("she was treated with Parvolex and is physically well", "Parvolex"),
        ("Mr Pillai (58) was started on Trelegy Ellipta by his GP.", "Trelegy Ellipta"),
        ("a second dose of adrenaline from the Doctor's Kit if no improvement", "Kit"),
        ("the van crossed the taxiway at holding point Charlie without clearance", "Charlie"),
    ],
)
def test_medicines_a_roles_kit_and_taxiways_stay(text: str, term: str) -> None:
    assert untouched(text, term)


def test_initials_after_a_double_dash_sign_a_note() -> None:
    assert hidden("00:10 back at base. Handover to Jas for am.\n-- CF", "CF")
