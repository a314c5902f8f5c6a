"""Session 13: the world name lists (anonymiser/data/world_*.txt, from Faker's tables), and
roles in brackets after a name.

The hand-kept lists hold the names most often met in UK reports; names from the rest of the
world were found only where a rule's slot or the tagger put them. On the lists, they are found
as the hand-kept names are, also in lower case. The lists are built to add names and not
noise, and what slips through as a name is checked here too.
"""

from __future__ import annotations

import pytest

from anonymiser.lexicon import lexicon
from tests.anonymiser.spans import hidden, kinds, untouched


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("rang radek at base, he said leave it with him", "radek"),
        ("urine pots for dragan and his partner nearly got swapped", "dragan"),
        ("handed the keys to svenja before I left", "svenja"),
        ("A summary of the Lindqvist letter was saved over", "Lindqvist"),
    ],
)
def test_names_of_the_wider_world(text: str, who: str) -> None:
    assert hidden(text, who), kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Acronyms in capitals that the world lists hold as names ("Huet", "Cait", "Safo").
        ("Pax held a valid HUET but not the refresher.", "HUET"),
        ("Present: DS Kerr (CAIT), Lisa Mannion (HR)", "CAIT"),
        ("Attendees: SAFO J. Okoro, WM Halliday", "SAFO"),
        ("classic LASA error, can we move the MR to the bottom shelf", "LASA"),
        # Words with an "s" that the name finder would read as a name's plural.
        ("the class teacher met us at the gate", "class"),
        ("Obinna Okonkwo-Reid, maths teacher, gave the account", "maths"),
        # Kept terms: police met on arrival, a light twin, clipped words.
        ("Captain requested police on arrival; the Guardia Civil met the aircraft.", "Guardia"),
        ("Garda information via Police Scotland: the partner has a history", "Garda"),
        ("hired aircraft, usually fly the Seneca", "Seneca"),
        ("missing fri night from the children's home (resi), police found him", "resi"),
        ("day 2 post hemi, found on floor by the bed", "hemi"),
        ("suggest OIM checks heli schedule b4 setting muster drills", "heli"),
    ],
)
def test_what_the_world_lists_do_not_make_a_name(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)


def test_a_surname_in_capitals_beside_a_known_first_name() -> None:
    # Forms ask for surnames in capitals; beside a hand-listed first name it is a name.
    text = "Subject: RE: Ahmed SALIH - age assessment"
    assert hidden(text, "Ahmed SALIH"), kinds(text)


def test_the_world_lists_hold_no_kept_term_or_everyday_word() -> None:
    lex = lexicon()
    assert lex.world
    assert not lex.world & lex.keep
    assert not {w for w in lex.world if lex.is_common(w) or w in lex.english}
    assert "neo" not in lex.first_names  # the neonatal unit: in two of Faker's locales only


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Rory Castellanos (chair), Marta Wójcik (MCC), Gwen Tudor", "MCC"),
        ("Irene Macleod (mum); Dr Adeyemi (RC); Hope Lindgren (care coordinator)", "RC"),
        ("Attendance: Dr Rahul Menon, Mark Eze (HART), Tamsin", "HART"),
        ("Present: Dominic Achebe (DOM), Gwen Tudor (Crew Control lead)", "DOM"),
    ],
)
def test_capitals_in_brackets_after_a_name_that_are_not_its_initials(text: str,
                                                                       role: str) -> None:
    # A role or team written after the person: the letters cannot be their initials.
    assert untouched(text, role), kinds(text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Statement taken from Zoe Hart (ZH) at 10:00; ZH was calm", "ZH"),
        ("CHRONOLOGY YP: Tyler-James Booth (TJ)   DOB: 14/02/2007", "TJ"),
    ],
)
def test_initials_in_brackets_after_the_name_they_belong_to(text: str, initials: str) -> None:
    assert hidden(text, initials), kinds(text)
