"""The recall-first policy: names confirmed once are hidden everywhere, first names in any
position, signatures, list members, lone initials, birth years and uncued references.

Every sentence here is written for these tests, not taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from anonymiser import anonymise


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in anonymise(text).spans]


def hidden(text: str, word: str) -> bool:
    return word not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Foster carer met Rosie at noon. Later rosie settled with a film.", "rosie"),
        ("Brother Jasper visited. jasper cried when he left.", "jasper"),
        ("Grace arrived upset. By teatime grace was laughing again.", "grace"),
    ],
)
def test_confirmed_name_hidden_in_any_case(text: str, word: str) -> None:
    assert hidden(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nan said Grace was tired. The panel acted in good faith.", "faith"),
        ("Mum named Hope as her contact. I hope the plan works.", "hope"),
        ("Dad said Will would come. The review will be on Friday.", "will be"),
        ("Carer Mark was on shift. Please mark the log as checked.", "mark the"),
        ("Sky rang at nine. The sky was dark by then.", "sky was"),
    ],
)
def test_ordinary_word_kept_beside_confirmed_name(text: str, word: str) -> None:
    assert word in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Hope you are all keeping well after the move.",
        "Mark the chart before handover.",
        "Will you ring the duty desk tomorrow?",
        "May I ask that the form is signed.",
        "Review booked for May 14th at the office.",
        "Held at Alpha 3 then cleared to Romeo 4.",
    ],
)
def test_ordinary_patterns_with_first_name_words(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "name"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Summer at the desk took the call.", "Summer"),
        ("Toby on the late shift found the gap.", "Toby"),
        ("Staff briefed afterwards. Jasper PF, Ana Silva PM.", "Jasper"),
    ],
)
def test_first_name_at_sentence_start(text: str, word: str) -> None:
    assert hidden(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Form resent to the right team, thanks. Poppy", "Poppy"),
        ("Plan agreed at the meeting today.\nJuniper (SW)", "Juniper"),
        ("Missed the bus again, sorry all. Wren Oduya", "Wren"),
    ],
)
def test_trailing_signature(text: str, word: str) -> None:
    assert hidden(text, word)


@pytest.mark.parametrize(
    "text",
    ["Incident closed with no harm. Resolved.", "Thanks all. Kind Regards", "All safe.\nBest wishes"],
)
def test_ordinary_final_words_are_not_signatures(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "name"]


def test_list_members_with_a_confirmed_name() -> None:
    out = anonymise("Nan brought Ivy Mensah, Juno and little Wren to the park.").text
    for word in ("Ivy", "Juno", "Wren"):
        assert word not in out


def test_list_keeps_titles_as_titles() -> None:
    out = anonymise("Nurse Ola Bright met Dr Chen and Captain Price.").text
    assert "Captain" in out


def test_lone_initial_in_person_position() -> None:
    out = anonymise("Restraint carried out on R. (16) after the fire alarm.").text
    assert "R." not in out


def test_year_after_b_or_born_is_date_of_birth() -> None:
    found = kinds("Patient Ivo Klein (b. 1947) and his brother, born 1950, both seen.")
    assert ("1947", "date_of_birth") in found
    assert ("1950", "date_of_birth") in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Badge holder stopped at the gate (AVP 48213).", "48213"),
        ("Her booking ref QZ9RT2 was shared with police.", "QZ9RT2"),
        ("Signed off under licence UK.66.554433B by the engineer.", "UK.66.554433B"),
        ("Engineer holds lic GB.66.12345.", "GB.66.12345"),
    ],
)
def test_references_without_a_cue_word(text: str, code: str) -> None:
    assert code not in anonymise(text).text


def test_generic_street_with_known_town_is_address() -> None:
    found = kinds("Prescription collected from Boots, Station Road, Leeds yesterday.")
    assert any(k == "address" and "Station Road" in t for t, k in found)


def test_address_cue_before_a_phrase_is_not_an_address() -> None:
    found = kinds("The address on the court papers was out of date.")
    assert not [k for k in found if k[1] == "address"]
