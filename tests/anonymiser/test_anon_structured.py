"""Shape-based identifiers: e-mail, phone, postcode, NHS, NI, references, vehicles, aviation."""

import pytest

from anonymiser import anonymise
from anonymiser.structured import nhs_check_digit_ok


def found(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in anonymise(text).spans if s.kind == kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("email me at jo.bloggs+work@example.co.uk please", "jo.bloggs+work@example.co.uk"),
        ("Contact: J_SMITH@nhs.net.", "J_SMITH@nhs.net"),
    ],
)
def test_emails(text: str, expected: str) -> None:
    assert found(text, "email") == [expected]
    assert "[email]" in anonymise(text).text


@pytest.mark.parametrize(
    "number",
    [
        "07700 900123",
        "07700900123",
        "0770 090 0123",
        "+44 7700 900123",
        "+44 (0)7700 900 123",
        "0161 496 0000",
        "(0161) 4960000",
        "020 7946 0018",
        "01632 960 001",
        "0113-496-0000",
        "+1 212 555 0199",
        "0161 496 0000 ext 2345",
    ],
)
def test_phone_formats(number: str) -> None:
    text = f"She rang from {number} yesterday."
    assert found(text, "phone") == [number]


def test_local_number_only_with_context() -> None:
    assert found("ring the desk on 496 0000", "phone") == ["496 0000"]
    assert found("there were 496 0000 items", "phone") == []


def test_nhs_check_digit() -> None:
    assert nhs_check_digit_ok("9434765919")
    assert not nhs_check_digit_ok("9434765918")


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "943-476-5919"])
def test_valid_nhs_numbers(number: str) -> None:
    spans = [s for s in anonymise(f"NHS no {number} on file").spans if s.kind == "nhs_number"]
    assert len(spans) == 1 and spans[0].confidence >= 0.95


def test_invalid_check_digit_near_nhs_is_still_redacted_with_lower_confidence() -> None:
    spans = [s for s in anonymise("NHS number 943 476 5918").spans if s.kind == "nhs_number"]
    assert len(spans) == 1 and spans[0].confidence < 0.9


def test_valid_nhs_without_context() -> None:
    assert found("number 943 476 5919 was wrong", "nhs_number") == ["943 476 5919"]


@pytest.mark.parametrize("ni", ["QQ 12 34 56 C", "QQ123456C", "AB 123456 D"])
def test_ni_numbers(ni: str) -> None:
    assert found(f"NI number {ni} given", "ni_number") == [ni]


@pytest.mark.parametrize("postcode", ["LS6 2AB", "ls6 2ab", "SW1A 1AA", "M1 1AE", "B338TH", "EC1A 1BB"])
def test_postcodes(postcode: str) -> None:
    assert found(f"lives near {postcode} now", "postcode") == [postcode]


@pytest.mark.parametrize("text", ["give 2 x 500mg", "the A320 and ATR 72", "took 5ml at 3pm"])
def test_not_postcodes(text: str) -> None:
    assert found(text, "postcode") == []


@pytest.mark.parametrize(
    "text, ref",
    [
        ("see LCS-448812 for history", "LCS-448812"),
        ("Mosaic ID 1234567 updated", "1234567"),
        ("plan CP/2024/0192 agreed", "CP/2024/0192"),
        ("hospital number RXH1234567", "RXH1234567"),
        ("MRN 00123456 checked", "00123456"),
        ("logged on DATIX W12345 today", "W12345"),
        ("case ref: AB/77812 closed", "AB/77812"),
        ("crime ref 14/123456/24 given", "14/123456/24"),
    ],
)
def test_case_references(text: str, ref: str) -> None:
    assert found(text, "case_reference") == [ref]


@pytest.mark.parametrize("text", ["case 2 of 3 was reviewed", "Section 47 enquiry", "NEWS2 score of 5"])
def test_not_case_references(text: str) -> None:
    assert found(text, "case_reference") == []


@pytest.mark.parametrize("reg", ["AB12 CDE", "AB12CDE", "YR71 XKT"])
def test_vehicle_registrations(reg: str) -> None:
    assert found(f"the car {reg} was parked", "vehicle_registration") == [reg]


def test_older_vehicle_formats_need_context() -> None:
    assert found("reg L123 ABC seen", "vehicle_registration") == ["L123 ABC"]
    assert found("vehicle reg ABC 123D", "vehicle_registration") == ["ABC 123D"]


@pytest.mark.parametrize("reg", ["G-ABCD", "EI-ABC", "D-AIBC", "N123AB", "F-GKXA", "VH-OQA"])
def test_aircraft_registrations(reg: str) -> None:
    assert found(f"aircraft {reg} returned to stand", "aircraft_registration") == [reg]


def test_not_aircraft_registrations() -> None:
    text = "Wear an N95 mask. An X-RAY was taken. The Boeing 737 and A320 were fine."
    assert found(text, "aircraft_registration") == []


@pytest.mark.parametrize(
    "text, flight",
    [
        ("on BA123 to Madrid", "BA123"),
        ("EZY4567 diverted", "EZY4567"),
        ("flight U2 8023 was late", "U2 8023"),
        ("callsign RYR12AB", "RYR12AB"),
    ],
)
def test_flight_numbers(text: str, flight: str) -> None:
    assert found(text, "flight_number") == [flight]


def test_aircraft_types_are_not_flights() -> None:
    text = "The Boeing 737 and the A320 and ATR 72 were on stand; TCAS RA followed."
    assert anonymise(text).spans == []


def test_reference_after_a_log_page() -> None:
    text = "Entered in the tech log page 895980 by the engineer."
    found = [(text[s.start : s.end], s.kind) for s in anonymise(text).spans]
    assert ("895980", "case_reference") in found


def test_flight_context_word_needs_a_code() -> None:
    text = "Agreed at the Fostering Service on 21st of June."
    assert [s.kind for s in anonymise(text).spans if s.kind == "flight_number"] == []
