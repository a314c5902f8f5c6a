"""Round 16 (session 8): what blind corpora 90-94 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, untouched


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Triaged green by ENP. NEWS2 done at triage.", "ENP"),
        ("Learning: TCM to include a sweep of the landing site.", "TCM"),
        ("He will go back to NASS accommodation tomorrow.", "NASS"),
        ("She has a Schengen visa for the night stop.", "Schengen"),
        ("Claimed DOB 21/03/2008 (Nowruz, the date he knows).", "Nowruz"),
        ('Shannon: "Mammy\'s not right, she didn\'t know me"', "Mammy"),
        ("Grief is a human factor too. It should be. – Frankie, FI", "FI"),
        ("She is living at home, back from uni since Jan. Nobody told us.", "Jan"),
        ("Great transition evening!\nCofion,\nGlyn", "Cofion"),
    ],
)
def test_roles_services_and_everyday_words_stay(text: str, term: str) -> None:
    assert untouched(text, term)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Drained 2 l, resampled, clear. Sig: KT\n04/02/25 07:30 refuelled. Sig: KT", "KT"),
        ("Subject: Loadsheet error\n\nOisin,\n\nThe final loadsheet showed 28 passengers.", "Oisin"),
        ("Description: supervised contact between A.M. and birth mum.", "A.M."),
        ("MAH speaks Arabic, M.H. speaks Zaghawa, and both have the same DOB.", "M.H."),
        ("22:10 manager on call G. Harrow agreed overnight with uncle", "G. Harrow"),
        ("I flew, he called heights, Doc Harrow kept quiet and watched the radalt.", "Harrow"),
        ("It stayed calm. Jules (AMHP, Tees Valley AMHP Service)", "Jules"),
    ],
)
def test_people_in_signature_fields_greetings_initials_and_titles(text: str, who: str) -> None:
    assert hidden(text, who)


def test_a_dotted_time_stays() -> None:
    assert untouched("Ward round starts at 9 A.M. every day.", "A.M.")


def test_an_initial_before_a_name_that_acts_keeps_two_people_apart() -> None:
    result = anonymise("Supervisor Kim O. Will arrived on time.")
    names = [s for s in result.spans if s.kind == "name"]
    assert len(names) == 2 and names[0].replacement != names[1].replacement


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("custody sgt said mum wasnt answering so could i be appropriate adult", "wasnt"),
        ("he hadnt slept at all and asked for a PACE break", "hadnt"),
        ("Dear Marcus,\nI'm afraid auto-complete picked the wrong address.", "I'm"),
        ("[13:05] ops_dan: in this sun?? they're 2-8 degrees", "they're"),
        ("Hi Gaz,\nWe've just found the error.", "We've"),
        ("To the crew, I'm Mia and I'm 11.", "I'm"),
        ("simple language a young child can read, with an adult version", "can read"),
    ],
)
def test_contractions_and_modals_are_never_names(text: str, word: str) -> None:
    assert untouched(text, word)


def test_a_name_before_a_contraction_typed_without_its_apostrophe_ends_at_the_name() -> None:
    text = "keen to crack on before shift change. kacper hadnt had his rights given"
    assert hidden(text, "kacper") and untouched(text, "hadnt")
