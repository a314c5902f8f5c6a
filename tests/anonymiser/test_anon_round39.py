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


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("said his birth grandmother lives in Kidsgrove. Picked up by the adviser", "Kidsgrove"),
        ("He is staying with his aunt in Hemsworth for a few nights", "Hemsworth"),
        ("she thought she was back in\nCleethorpes working at the docks", "Cleethorpes"),
    ],
)
def test_the_town_someone_lives_in_is_hidden(text: str, town: str) -> None:
    assert hidden(text, town), kinds(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [("diverted, BA1437 to Belfast landed at 14:10", "Belfast"),
     ("the conference in Manchester was useful", "Manchester")],
)
def test_a_town_on_its_own_elsewhere_stays(text: str, town: str) -> None:
    assert untouched(text, town), kinds(text)


def test_one_letter_used_again_and_again_for_someone_named() -> None:
    text = ("Shannon Obi (16) - Sat 3 May\n15:05 S back from college, says going out.\n"
            "15:40 S seen getting into a car.\n16:10 Key worker rings S - no answer.\n"
            "23:10 Talked with S. Says the car is a cousin's.")
    spans = [s for s in anonymise(text).spans if text[s.start:s.end].rstrip(".") == "S"]
    assert len(spans) == 4, kinds(text)


@pytest.mark.parametrize(
    "text",
    ["Sam moved to Bay B. Bay B is full, Bay B closed, Plan B agreed with Sam",
     "Bob | 1,200 L\nBen | 900 L\nBea | 3,000 L"],
)
def test_letters_that_label_things_stay(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.end - s.start == 1], kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gem said she would ring the school back", "gem"),
        ("Nurse in charge (Constance) informed at 02:10.", "Constance"),
        ("When I checked the index on the\nKaur-Lindqvist bundle, tab F was wrong", "Kaur-Lindqvist"),
    ],
)
def test_names_in_slots_round_39_second_part(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("CrCl by Cockcroft-Gault overestimated it", "Cockcroft-Gault"),
     ("a child with Lennox-Gastaut syndrome", "Lennox-Gastaut")],
)
def test_eponyms_joined_by_a_hyphen_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Regards,\nHollie\nInteriors Team Leader, Corvane Aero", "Interiors Team"),
        ("Ben Kettle (Heron Airways Station Manager) and the crew", "Station Manager"),
    ],
)
def test_a_role_ending_in_a_job_word_is_no_organisation(text: str, role: str) -> None:
    assert untouched(text, role), kinds(text)


def test_the_organisation_before_a_role_is_still_hidden() -> None:
    text = "Ben Kettle (Heron Airways Station Manager) and the crew"
    assert hidden(text, "Heron Airways"), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("group and screen: RhD negative, antibody screen neg", "RhD negative"),
     ("meds were in a Dosette box by the kettle", "Dosette"),
     ("the Broselow tape put him in the purple zone", "Broselow")],
)
def test_more_domain_words_round_39_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Regards,\nSid\nChief Remote Pilot, UAS Operations", "Sid"),
        ("done, moz covering. she was on her 4th night", "moz"),
        ("fitzy on the radio shouted stop stop stop", "fitzy"),
    ],
)
def test_short_forms_round_39(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize("text", ["Tel: 07700 900591", "Senior Practitioner | Tel 01484 496217",
                                  "the SID was changed for runway 27"])
def test_a_phone_label_and_a_departure_route_stay(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind == "name"], kinds(text)


@pytest.mark.parametrize("text", ["\r J. Smith", "Jo Smith\r J\r J\r J went home", "\x0b P\x0c P P"])
def test_a_lone_letter_after_other_whitespace_does_not_break_anonymise(text: str) -> None:
    # Found by the property test: a carriage return before the letter left nothing to split.
    result = anonymise(text)
    assert len(result.text) > 0
