"""Dates generalise to the month, dates of birth are removed, ages become bands."""

import pytest

from anonymiser import Policy, anonymise
from anonymiser.temporal import age_band


def spans(text: str, kind: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.replacement) for s in anonymise(text).spans if s.kind == kind]


@pytest.mark.parametrize(
    "date, replacement",
    [
        ("12/03/2024", "March 2024"),
        ("12.3.24", "March 2024"),
        ("3rd March 2024", "March 2024"),
        ("March 3rd", "March"),
        ("3 Mar", "March"),
        ("2024-03-12", "March 2024"),
        ("Monday 3rd March", "March"),
        ("the 3rd of March, 2024", "March 2024"),
    ],
)
def test_dates_generalised_to_month(date: str, replacement: str) -> None:
    assert spans(f"It happened on {date} after lunch.", "date") == [(date, replacement)]


def test_day_of_month_only() -> None:
    assert spans("It happened on the 14th when she visited.", "date") == [("the 14th", "[month]")]


@pytest.mark.parametrize(
    "text",
    [
        "every Monday we meet",
        "in March the plan changed",
        "last week and in the spring",
        "by Friday at 14:30",
        "at 3pm the bus came",
        "for 3 days and 2 hours",
        "the 3rd time this happened",
        "on the 5th floor",
        "7 children were in the room",
        "March 2024 was busy",
    ],
)
def test_generic_times_left_alone(text: str) -> None:
    assert anonymise(text).spans == []


@pytest.mark.parametrize(
    "text, dob",
    [
        ("DOB 12/03/2019.", "12/03/2019"),
        ("d.o.b: 3rd March 2019", "3rd March 2019"),
        ("born on 4 June 2020", "4 June 2020"),
        ("Date of birth: 2019-03-12", "2019-03-12"),
    ],
)
def test_dates_of_birth(text: str, dob: str) -> None:
    assert spans(text, "date_of_birth") == [(dob, "[date of birth]")]


@pytest.mark.parametrize(
    "text, age, replacement",
    [
        ("aged 7 and in school", "aged 7", "aged 5-9"),
        ("a 7-year-old boy", "7-year-old", "5-9-year-old"),
        ("the boy, 7 yrs, was", "7 yrs", "5-9 yrs"),
        ("mum, age 34, said", "age 34", "age 25-34"),
        ("a 3-month-old baby", "3-month-old", "under-1-year-old"),
        ("aged 15 months", "aged 15 months", "aged 1-4 months"),
        ("a seven year old", "seven year old", "5-9 year old"),
    ],
)
def test_ages_banded(text: str, age: str, replacement: str) -> None:
    assert spans(text, "age") == [(age, replacement)]


def test_durations_are_not_ages() -> None:
    assert spans("She worked there for 7 yrs.", "age") == []


def test_age_band_edges() -> None:
    assert age_band(0.5) == "under 1"
    assert age_band(1) == "1-4"
    assert age_band(17) == "15-17"
    assert age_band(18) == "18-24"
    assert age_band(90) == "85+"


def test_date_granularity_policy() -> None:
    text = "Seen on 12/03/2024."
    assert anonymise(text, Policy(date_granularity="year")).text == "Seen on 2024."
    assert anonymise(text, Policy(date_granularity="remove")).text == "Seen on [date]."


def test_age_bands_can_be_switched_off() -> None:
    assert anonymise("aged 7", Policy(age_bands=False)).text == "[age]"


def test_weekday_with_ordinal() -> None:
    assert spans("at the park on Saturday 12th with friends", "date") == [
        ("Saturday 12th", "[month]")
    ]


@pytest.mark.parametrize(
    "text, dob",
    [
        ("Her DOB is 28-Oct-1984 and she lives alone.", "28-Oct-1984"),
        ("DOB: 3 Nov 44 | allergic to penicillin", "3 Nov 44"),
    ],
)
def test_more_dates_of_birth(text: str, dob: str) -> None:
    assert [d for d, _ in spans(text, "date_of_birth")] == [dob]
