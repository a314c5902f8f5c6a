"""Round 34: what session 13 learnt from blind corpora 207-218 once they had been measured."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, kinds, untouched

CHRONOLOGY = ("Chronology - AN (9yrs) - Wed 6 March 2024\n"
              "08:50 school attendance officer rings hub: AN not in, no call from family.\n"
              "13:10 Police see AN - well, no concerns.")


def test_initials_with_their_age_even_when_they_spell_a_word() -> None:
    assert hidden(CHRONOLOGY, "AN"), kinds(CHRONOLOGY)
    # ... and the same letters wherever else the report uses them
    assert "AN " not in anonymise(CHRONOLOGY).text


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("YP: ME, aged 15, was missing again overnight", "ME"),
        ("19:05 YP RM (15) refused to go to room after the phone call", "RM"),
    ],
)
def test_initials_with_an_age(text: str, initials: str) -> None:
    assert hidden(text, initials), kinds(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Beds free at 06:00: ICU (2), HDU (4), AMU (11).", "ICU"),
        ("Beds free at 06:00: ICU (2), HDU (4), AMU (11).", "HDU"),
        ("She spent 19 hours in ED (18, high risk on the Waterlow) before moving", "ED"),
    ],
)
def test_a_kept_term_with_a_count_in_brackets_is_nobodys_initials(text: str, term: str) -> None:
    assert untouched(text, term), kinds(text)


def test_the_messaging_tool_a_chat_export_names() -> None:
    text = "#approach-ops (Slack)\n@marisol.v  14:02 heads up - ATIS Info changed, QNH 1009"
    assert untouched(text, "Slack"), kinds(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("came in early with the Mensah-Lloyd party and no wheelchair booked", "Mensah-Lloyd"),
        ("has the Novak-Reid letter gone out yet?", "Novak-Reid"),
    ],
)
def test_a_double_barrelled_surname_after_the(text: str, who: str) -> None:
    # "the <Word>" is how a product or a type is written, but not when every part of the word
    # is on the name lists.
    assert hidden(text, who), kinds(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("the Britten-Norman Islander was on stand 4", "Britten-Norman"),
        ("noted Cheyne-Stokes breathing at 03:00", "Cheyne-Stokes"),
        ("used the Neville-Barnes forceps for the delivery", "Neville-Barnes"),
    ],
)
def test_hyphenated_eponyms_and_types_stay(text: str, term: str) -> None:
    assert untouched(text, term), kinds(text)


# Kept terms that are first names written like one ("Lars", not the radar service LARS).
HANGAR_LOG = ("02:40  borescope complete, intake cleared.\n"
              "03:30  torch missing from the shadow board. Reported to B1 Lars Henriksen.\n"
              "03:35  Lars stops the planned engine ground run and orders a FOD search.")
MISSING_RESIDENT = ("Resident: Reginald Pryce (known as Reg), aged 79, vascular dementia\n"
                    "14:05 Reg seen in the lounge by carer Amber.\n"
                    "14:40 Reg not at afternoon tea. Search of building started.")


@pytest.mark.parametrize(("text", "who"), [(HANGAR_LOG, "Lars"), (MISSING_RESIDENT, "Reg")])
def test_a_kept_term_that_is_a_first_name_written_like_one(text: str, who: str) -> None:
    assert who not in anonymise(text).text, kinds(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Notified: SW, Ofsted (Reg 40), parent, CAMHS crisis team", "Reg"),
        ("02:00  PEWS 6, drowsy. Reg Dr Tan attends, fluids given", "Reg"),
        ("22:00  PEWS 3. Not escalated - nurse told reg was in resus", "reg"),
        ("LARS on 120.9 offered a basic service, SID changed to MID 2G", "LARS"),
    ],
)
def test_the_same_terms_as_terms(text: str, term: str) -> None:
    assert untouched(text, term), kinds(text)


def test_lower_case_initials_after_a_dash_at_the_very_end() -> None:
    text = "the card reader is broken again this month. can someone sort the kiosk - kc"
    assert hidden(text, "kc"), kinds(text)


@pytest.mark.parametrize("text", ["gave the dose at 10 - ok", "all fine, home by 5 - yes"])
def test_a_word_after_a_dash_at_the_end_is_not_a_sign_off(text: str) -> None:
    last = text.split()[-1]
    assert untouched(text, last), kinds(text)


def test_a_record_number_after_a_products_name_leaves_the_name() -> None:
    text = "clozapine clinic: mr fenwick (RiO 1048823) in for POC bloods"
    assert hidden(text, "1048823"), kinds(text)
    assert untouched(text, "RiO"), kinds(text)


def test_a_published_guideline_number_is_no_record() -> None:
    text = "3 months old with a fever = should be orange per NICE NG143, escalated"
    assert untouched(text, "NG143"), kinds(text)


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("06:18:02  GND: Tug 14, hold short of taxiway Charlie, A320 passing left to right.\n"
         "06:18:07  TUG 14: Crossing Charlie, Tug 14.", "Charlie"),
        ("tow approved via Bravo, hold short Alpha. TOW 2: Via Bravo, cross Alpha, Tow Two.",
         "Alpha"),
        ("Equipment all serviceable. ATIS Information Mike, QNH 1017.", "Mike"),
    ],
)
def test_a_phonetic_letter_naming_a_taxiway_or_a_broadcast(text: str, letter: str) -> None:
    assert untouched(text, letter), kinds(text)


def test_a_person_called_charlie_is_still_a_person() -> None:
    text = "Ramp agent Charlie Osei drove the tug; Charlie said the brakes felt soft."
    assert "Charlie" not in anonymise(text).text, kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("test article was picked up on X-ray at Lane 5 by Niamh, bag search by Carlos", "Lane"),
        ("the lane was reopened by the Lane Supervisor before police had finished", "Lane"),
    ],
)
def test_a_place_word_with_its_number_is_not_a_name(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)


def test_a_person_called_lane_is_still_a_person() -> None:
    text = "Huge thanks to Lane for covering the late shift at no notice."
    assert hidden(text, "Lane"), kinds(text)
