"""Round 24 (session 9): what held-out blind corpora 135-140 showed after their untouched
measurement at the end of rounds 22 and 23."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


def test_a_letter_last_seen_after_a_log_time() -> None:
    text = "Missing from short break - Ethan (13)\n\n18:05  E last seen in the garden by Kerry-Ann"
    assert any(s.kind == "name" and text[s.start:s.end] == "E" for s in anonymise(text).spans)


@pytest.mark.parametrize(("text", "initials"), [
    ("Led by: JB (ED reg)   Scribe: AO\n\nCase: motorcyclist", "AO"),
    ("Date/time: 03/02/2024 20:15\nYoung person: RM   DOB: 19/08/2010\n", "RM"),
])
def test_initials_in_a_persons_field(text: str, initials: str) -> None:
    assert hidden(text, initials)


@pytest.mark.parametrize(("text", "role"), [
    ("fallers need a different response. Reporter: GP, Peel House Medical Practice.", "GP"),
    ("Date/time: 14/02/2024 09:42\nReferrer: DSL, Grangefield Academy\nChild: Kacper", "DSL"),
])
def test_a_role_in_a_reporters_field_stays(text: str, role: str) -> None:
    assert untouched(text, role)


def test_initials_that_spell_a_word_in_a_list_of_who_attended_with_their_service() -> None:
    text = ("Present: AK (chair), RH (police), SO (YJS), ML (health)\n\n"
            "1. Nobody linked them until SO said they were co-accused.")
    for initials in ("AK", "RH", "SO", "ML"):
        assert hidden(text, initials)
    assert untouched("1. Nobody linked them, so SO said nothing (YJS).", "so")


def test_initials_in_a_staffing_line() -> None:
    text = "Staffing:       AB on GMC until 15:00\nWx:             CAVOK, wind 250/12"
    assert hidden(text, "AB")


def test_welsh_first_names() -> None:
    text = "disclosed domestic abuse; community midwife Mared made a MARAC referral."
    assert hidden(text, "Mared")


def test_a_chat_speaker_with_an_initial() -> None:
    text = "Tom: sheep gone\nSue B: brilliant!! well done Pri\nTom: ta"
    assert one_span_of_kind(text, "Sue B", "name")


def test_a_two_word_nickname_speaking_in_a_chat_export() -> None:
    text = ("03/12/2023, 18:41 - Big Tel: lads near miss on stand 22 just now\n"
            "03/12/2023, 18:42 - Big Tel: apron bus came round the back\n"
            "03/12/2023, 18:44 - Sandeep: was that the new driver?\n"
            "03/12/2023, 18:45 - Big Tel: yeah agency, 2nd week")
    assert hidden(text, "Big Tel") and hidden(text, "Sandeep")


def test_a_desk_that_speaks_in_a_chat_export_is_not_a_person() -> None:
    text = ("03/12/2023, 18:41 - Ops Desk: stand 22 closed\n"
            "03/12/2023, 18:44 - Sandeep: ok\n"
            "03/12/2023, 18:45 - Ops Desk: reopened\n"
            "03/12/2023, 18:46 - Sandeep: thanks")
    assert untouched(text, "Ops Desk")


@pytest.mark.parametrize(("text", "word"), [
    ("the weight was higher on this sector so VR was 3 kt low.", "VR"),
    ("Reported by: ADC Layla Haddad\nAircraft: N512FX", "ADC"),
    ("Present: Dr Reddy, PN Carys Lloyd, HCA Bukola", "PN"),
    ("TVN (Eilidh Robertson) reviewed on 03/11.", "TVN"),
    ("he did the FREDA check before descent", "FREDA"),
    ("including WCHR and MEDA entries on the list", "MEDA"),
    ("the wrong record from the call list on Lilie and was about to", "Lilie"),
    ("LFTs deranged, Parvolex started, admitted under AMU.", "Parvolex"),
    ("single Airwave talk group for multi-aircraft jobs", "Airwave"),
    ("the monthly update using Mailchimp with the donor list", "Mailchimp"),
    ("She also put a welfare flag on Raiser's Edge so the team knew", "Raiser"),
    ("paper PNLs are gone, Amadeus Altea shows everything.", "Amadeus Altea"),
    ("closed with Steri-Strips by the nurse.", "Steri-Strips"),
    ("bone debris in the box joint of the Kocher forceps.", "Kocher"),
    ("a pinhole on the shaft of a monopolar Maryland grasper", "Maryland"),
    ("A Piper Malibu, N4127X, landed without PPR", "Piper Malibu"),
    ("The club Robin DR400 G-BAJK landed on the grass", "Robin"),
])
def test_more_terms_that_carry_the_learning(text: str, word: str) -> None:
    assert untouched(text, word)
