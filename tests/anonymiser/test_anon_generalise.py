"""Categories of identifier that hand-written reports use and generated ones rarely do.

Each test names a general cue, not a phrasing: the sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from anonymiser import anonymise


def redacted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in anonymise(text).spans]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in anonymise(text).spans]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an age in brackets straight after an ordinary word that is also a first name
        ("Visit planned for faith (6yo) after school.", "faith"),
        # initials followed by an age in brackets, even where the letters spell a unit
        ("At 21:15 MB (14) came back to the home late.", "MB"),
        # "<name> is <age>"
        ("Ivy is 12, tall, last seen in a red coat.", "Ivy"),
        # a name introduced by the team they belong to, then doing something
        ("Rota gap overnight; Summer from the bank team covered it.", "Summer"),
        # praise closing a sentence
        ("The crew coped brilliantly. Good work Joy!", "Joy"),
        # a lone name in brackets after a role
        ("The loader (Ray) spotted the loose panel.", "Ray"),
        # a name-word above only a role abbreviation on the last line
        ("Please double check the chart.\nAngel RN", "Angel"),
    ],
)
def test_name_words_in_person_positions(text: str, word: str) -> None:
    assert word in " ".join(redacted(text))


def test_lower_case_repeat_of_a_confirmed_name_is_redacted() -> None:
    text = "Referral re faith (6yo) from school. Later we saw faith at home with nan."
    out = anonymise(text).text
    assert "faith" not in out


def test_ordinary_use_of_the_word_survives() -> None:
    text = "Referral re faith (6yo) from school. Staff acted in good faith throughout."
    assert "good faith" in anonymise(text).text


def test_month_before_a_surname_is_a_first_name() -> None:
    assert "June Okafor" in " ".join(redacted("Escort arrived late for June Okafor today."))
    assert "12 May" not in " ".join(s for k, s in kinds("Seen 12 May by the GP.") if k == "name")


def test_list_of_first_names_after_a_colon() -> None:
    assert "Precious" in redacted("On shift tonight: Precious, Tobenna.")


@pytest.mark.parametrize(
    "code",
    ["QEH 330 1192", "TL 551203", "GB.42.7781"],
)
def test_references_written_in_groups(code: str) -> None:
    text = f"Logged under record no {code}. Nothing further."
    assert code in redacted(text)


def test_grouped_reference_does_not_swallow_a_date() -> None:
    assert ("date", "25 Jan 2022") in kinds("Seen at the clinic on 25 Jan 2022 by the GP.")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ellis (foster placement, 13) ran off.", "13"),
        ("Marek Nowak (58, Polish speaking) fell twice.", "58"),
        ("Priya, 15, told her tutor.", "15"),
        ("Bea and Kit (twins, 3 and 5) moved in.", "5"),
        ("She loves art and she's 11, nearly 12.", "11"),
    ],
)
def test_bare_ages_near_a_person(text: str, age: str) -> None:
    assert ("age", age) in kinds(text)


def test_numbers_that_are_not_ages_stay() -> None:
    assert not [k for k, _ in kinds("Jo was 20 minutes late to the meeting.") if k == "age"]
    assert not [k for k, _ in kinds("Post went to Tom, 12 Ash Road.") if k == "age"]


def test_years_old_after_for_is_an_age() -> None:
    assert any(k == "age" for k, _ in kinds("Called out for 79yo male with a fall."))


def test_street_name_inside_an_organisation() -> None:
    spans = kinds("Booked at Mill Lane Surgery for Monday.")
    assert ("organisation", "Mill Lane Surgery") in spans


def test_and_inside_an_organisation_name() -> None:
    spans = kinds("Taken to Aberdeen Eye and Ear Hospital for review.")
    assert ("organisation", "Aberdeen Eye and Ear Hospital") in spans


def test_airport_codes_in_a_route_and_their_repeats_are_kept() -> None:
    # A public airport identifies nobody; the flight number does, and goes.
    text = "Diversion on EZY123 MAN-FAO due weather; landed at FAO safely."
    result = anonymise(text)
    assert "MAN-FAO" in result.text and "at FAO safely" in result.text
    assert "EZY123" not in result.text
    assert "MAN-ACE, 28/03" in anonymise("Cabin crew, Jet2, LS811 MAN-ACE, 28/03. Pax unwell.").text


def test_unit_transfer_is_not_a_route() -> None:
    assert "ICU-HDU" in anonymise("Stepped down ICU-HDU overnight.").text


def test_aircraft_type_is_kept() -> None:
    assert "ATR 72-600" in anonymise("Bird strike on G-ABCD (ATR 72-600) on climb.").text


def test_role_title_stays_and_the_number_replaces_the_name() -> None:
    text = "Captain Okoro briefed the crew. Nurse Amy Reid checked the dose."
    assert anonymise(text).text == "Captain 1 briefed the crew. Nurse 1 checked the dose."


def test_a_role_title_alone_is_not_a_name() -> None:
    for text in ("Captain informed, no diversion.", "First officer flew, Capt landed."):
        assert not redacted(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an unfamiliar capitalised word straight after a verb that takes a person
        ("Phoned Radmila about the missed appointment.", "Radmila"),
        ("The duty worker reassured Oyelaran and left a card.", "Oyelaran"),
        # an unfamiliar word above a role in brackets on the last line (a nickname signature)
        ("Tenancy signed today.\nGaz (PA, leaving care)", "Gaz"),
        # an ordinary-word first name with a relation in brackets after it
        ("Mark (their youngest) spent the day at the farm.", "Mark"),
        # a first name that a capitalised list line would otherwise mistake for a heading
        ("Chronology notes for Jack and Holly Penhaligon:\n- visit done", "Jack"),
        # a lower-case name-word between a verb of giving and her/his/their
        ("i nearly gave hope her inhaler twice before tea.", "hope"),
        # a lower-case month-name starting a sentence with an age in brackets
        ("june (15) told staff she felt unsafe at home.", "june"),
    ],
)
def test_name_in_a_person_position(text: str, word: str) -> None:
    assert word in " ".join(redacted(text))


def test_unfamiliar_name_confirmed_once_is_found_again_in_lower_case() -> None:
    text = "Saw Radmila at the flat. later radmila says the meter is broken."
    assert redacted(text).count("Radmila") == 1
    assert "radmila" in redacted(text)


def test_mixed_case_system_word_leaves_only_its_code() -> None:
    text = "Logged on StEIS 2023/40021 the same day."
    assert redacted(text) == ["2023/40021"]
    assert redacted("Figures for March 2024/25 are out.") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Delivery eased by McRoberts and suprapubic pressure.", "McRoberts"),
        ("Bird strike on a Saab 340 climbing out.", "Saab"),
        ("Lined up on RWY 09 and held.", "RWY"),
    ],
)
def test_manoeuvres_aircraft_makers_and_shorthand_are_kept(text: str, term: str) -> None:
    assert term not in " ".join(redacted(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Reviewed baby Tilly (9 weeks) in clinic today.", "9 weeks"),
        ("Placement found for Archie (20 months) near his nan.", "20 months"),
    ],
)
def test_an_infant_age_in_weeks_or_months_after_a_name(text: str, age: str) -> None:
    assert ("age", age) in kinds(text)


def test_scottish_flat_number_belongs_to_the_street() -> None:
    text = "Found later at a friend's, 5/2 Leith Walk, Edinburgh, and brought back."
    assert "5/2" in " ".join(redacted(text))
