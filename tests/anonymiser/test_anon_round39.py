"""Round 39: what session 18 learnt from blind corpora 273-288 once they had been measured."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, kinds, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Decision stands. - Storm Adebayo-Lowe, Chief Pilot", "Storm Adebayo-Lowe"),
        ("To: Storm Kerr-Mbeki\nDate: Tue 3 June", "Storm Kerr-Mbeki"),
    ],
)
def test_storm_with_a_double_barrelled_surname_is_a_person(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_a_named_storm_stays() -> None:
    assert untouched("Storm Babet closed the road to the depot", "Storm Babet")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("CALLER: Ninth of October 1941. I'm 84.", "Ninth of October 1941"),
        ("she said it was on the twenty-second of March", "twenty-second of March"),
        ("the review is the first of July", "first of July"),
    ],
)
def test_a_day_written_in_words(text: str, date: str) -> None:
    assert hidden(text, date), kinds(text)


def test_a_day_in_words_after_born_is_a_date_of_birth() -> None:
    spans = anonymise("he was born on the third of June 1950 in the old hospital").spans
    assert [s.kind for s in spans] == ["date_of_birth"]


@pytest.mark.parametrize(
    "text",
    ["second of all, the first of many", "the second of may be the one", "third of the way up"],
)
def test_ordinal_words_that_are_no_date_stay(text: str) -> None:
    assert not anonymise(text).spans, kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mentioning it because will used the new app so the lad could say it", "will"),
        ("took bloods on mr D (A4410QX) who is on the hep list", "D"),
    ],
)
def test_names_in_slots_round_39(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize("text", ["they will shred the old forms", "it will speed things up"])
def test_will_before_a_verb_stays(text: str) -> None:
    assert untouched(text, "will"), kinds(text)


def test_a_chat_handle_before_a_time_in_square_brackets() -> None:
    text = ("jonny-b [08:58] system down since 8.30\nTom Hale [09:01] ok\n"
            "jonny-b [09:20] flagged to the manager")
    assert hidden(text, "jonny-b"), kinds(text)


def test_a_one_letter_nickname_in_quotes_between_names() -> None:
    text = 'Nominee: Siobhán "S" Nic Aodha (Trimmer, A shift)'
    assert hidden(text, "S"), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("During the annual inspection on the Harvard G-BXRK he found a crack", "Harvard"),
        ("a torch was found in the wheel well of the Dakota after the test flight", "Dakota"),
        ("Component: red cells, O RhD positive, irradiated no", "O RhD positive"),
        ("historical group on LIMS is A RhD neg, repeat sample taken", "A RhD neg"),
        ("Lactate 4.1 on the gas, fluids up", "Lactate"),
        ("sent to 64 people using To rather than Bcc by mistake", "Bcc"),
        ("Switchboard rang the bleep holder at 02:40", "Switchboard"),
    ],
)
def test_domain_words_round_39_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)
