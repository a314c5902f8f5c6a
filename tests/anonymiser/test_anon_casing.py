"""Text typed in capitals: read as ordinary prose, offsets into the original kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anonymiser import anonymise
from anonymiser.casing import truecase
from anonymiser.lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("10:16 LIFT G-TVAA. CREW: CAPT HAWKEN, DR MUNRO. 10:29 HLS FIELD ADJACENT.", "HAWKEN"),
        ("GO-AROUND FLOWN. CAPT R. NAIDOO REPORTED IT TO THE TOWER AT ONCE.", "NAIDOO"),
        ("LANDOWNER TOM PASCOE CLEARED CATTLE FROM THE FIELD BEFORE LANDING.", "PASCOE"),
        ("REPORT BY SCCM DOYLE-HART AFTER THE CHILD WAS HANDED TO THE WRONG ADULT.", "DOYLE-HART"),
        ("MEDICAL DIVERSION REQUESTED PER DR ON BOARD PETRAKIS. PREFER LISBON.", "PETRAKIS"),
    ],
)
def test_names_in_text_typed_in_capitals_are_found(text: str, name: str) -> None:
    assert name not in anonymise(text).text


def test_a_street_typed_in_capitals_keeps_its_capitals_and_is_hidden() -> None:
    text = "CHILD TAKEN TO MATERNAL AUNT AT 22 HOLLY BANK, LS8 2DW. AUNT CHECKED ON PNC."
    out = anonymise(text).text
    assert "HOLLY BANK" not in out and "LS8 2DW" not in out


@pytest.mark.parametrize(
    "text",
    [
        "LEVEL BUST REPORTED TO ATC ON FREQ. MOR FILED. SIMILAR CALLSIGN ON SAME FREQ.",
        "CASUALTIES IN WATER, LIFEJACKETS ON, LIGHTS SEEN. SUCCESS: BEACON ACTIVATED.",
        "SECOND DOSE LIKELY DRAWN UP AND DISCARDED, UNACCOUNTED FOR. READMITTED LATER.",
        "TURNAROUND LOG MAN-BHD STAND 56 DISPATCHER ON TIME. ALL PAX BOARDED BY 0710.",
    ],
)
def test_technical_words_and_acronyms_in_capitals_are_not_names(text: str) -> None:
    assert [s for s in anonymise(text).spans if s.kind == "name"] == []


def test_ordinary_prose_is_read_exactly_as_written() -> None:
    text = "Mum said the GP at the NHS clinic saw Amir on Tuesday."
    assert truecase(text, lexicon()) is text


def test_only_lines_in_capitals_are_recased() -> None:
    text = "Normal line with Ahmed KHAN here.\nCREW: CAPT HAWKEN REPORTED THE BIRDSTRIKE TO ATC."
    seen = truecase(text, lexicon())
    assert seen.splitlines()[0] == text.splitlines()[0]
    assert "Capt Hawken reported the" in seen


@given(st.text(alphabet=st.sampled_from(list("ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖ '-/.,:\n0123456789")),
               max_size=200))
def test_recasing_never_moves_an_offset(text: str) -> None:
    seen = truecase(text, lexicon())
    assert len(seen) == len(text)
    assert seen.lower() == text.lower() or seen == text
    result = anonymise(text)
    assert all(0 <= s.start < s.end <= len(text) for s in result.spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PRINTED COPY GIVEN TO DAUGHTER HEATHER. PT RESTARTED NEXT DAY BY CARERS.", "HEATHER"),
        ("RED WATCH WATCH MANAGER: STOKES 1422 LOCAL STANDBY CALLED BY ATC.", "STOKES"),
        ("1. PRICE, TIA-LOUISE (14) - MISPER FROM THE HOME. POLICE HAD HER AS \"TIA PRICE\".",
         "PRICE"),
    ],
)
def test_names_that_are_also_words_in_capitals_beside_a_person_cue(text: str, name: str) -> None:
    assert name not in anonymise(text).text


def test_a_time_is_not_a_house_number() -> None:
    seen = truecase("0301 BOTH WINCHED AND LANDED AT THE SITE. 0322 HANDED TO AMBULANCE CREW.",
                    lexicon())
    assert seen.startswith("0301 both winched")
