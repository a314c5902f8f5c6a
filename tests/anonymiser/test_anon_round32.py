"""Round 32: initials before their role in a meeting's list of who was there (session 11)."""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import hidden, kinds, redacted, untouched


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        # A kept term ("MH", mental health) or a scan ("CT") is still someone's initials here.
        ("Present: Dr Anwar (GP lead), MH (DN), Chloe (DN), Sunita (CNS)", "MH"),
        ("Attendees: CT (SW, chair), HK (school nurse), Faye (DSL)", "CT"),
        ("Present: GA (CFI, chair), RL (HoT), Tomasz\n5. AOB: DP leaving in Jan.", "GA"),
    ],
)
def test_initials_before_their_role_in_an_attendance_list(text: str, initials: str) -> None:
    assert hidden(text, initials), kinds(text)


def test_the_same_initials_later_in_the_minutes_go_too() -> None:
    text = ("Attendees: CT (SW, chair), HK (school nurse), Faye (DSL)\n"
            "All agreed the rule that updates go via CT only has stopped mixed messages.")
    assert "CT" not in redacted(text), kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A role with the person in brackets, and a role or unit in capitals, stay.
        ("Present: DSL (Faye Brown), SW (Kate), IRO (Mo)", "DSL"),
        ("Present: GP (locum), Amira (HV), Jon (SW)", "GP"),
        ("Apologies: ICU (nights), Ben (SN)", "ICU"),
    ],
)
def test_roles_and_units_in_an_attendance_list_are_kept(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)
