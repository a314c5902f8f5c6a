"""Round 40: what session 19 learnt from blind corpora 289-304 once they had been measured."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, kinds, untouched


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("can a CA pick up 4471-2290 pls - mum asking about Calpol", "4471-2290"),
        ("call 111-250214-01133 - caller rang re her babys rash", "111-250214-01133"),
        ("pls can the pregnancy q be a forced field. inc 240402-1193", "240402-1193"),
        ("yeah 240509-0842 open, crew 6 min away", "240509-0842"),
    ],
)
def test_a_number_in_hyphenated_groups_is_a_reference(text: str, ref: str) -> None:
    assert hidden(text, ref), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("runway 27 closed 1400-1600 for works", "1400-1600"),
        ("he lived in the area 2014-2019 before moving", "2014-2019"),
        ("cleared to climb 3000-4000 ft on the QNH", "3000-4000"),
        ("PBE replaced from stock, P/N 119003-11, seal intact", "119003-11"),
    ],
)
def test_times_years_round_figures_and_part_numbers_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("another boy who said his name was filmon, both smelt of weed", "filmon"),
        ("pt dean (surname ?mccarthy) 34 left w/o being seen", "mccarthy"),
        ("i had the delaney file in my bag as well", "delaney"),
        ("placement visit at the okonkwo hse tues", "okonkwo"),
        ("Item 1: the H. family (ref AN-2023-0144)", "H."),
        ("big shout out 2 will and the night team", "will"),
        ("quick 1 - shout out 2 will on edt last nite", "will"),
        ("first aid given by me + grace, steri strips didnt hold", "grace"),
        ("BP 132/80. husband Reg with her. kept her 30 min", "Reg"),
        ("we had none in. will rang round 4 pharmacies", "will"),
        ("The plan kept Minh (8) and An (5) out of foster care", "An"),
    ],
)
def test_names_in_slots_round_40(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "the name was not given at the desk",
        "he was known as well to the youth offending team",
        "the old file was in the cabinet",
        "the will was read out at the meeting",
        "it will rain later so bring a coat",
    ],
)
def test_ordinary_words_in_those_slots_stay(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind == "name"], kinds(text)


def test_initials_repeated_with_full_stops_are_the_same_person() -> None:
    text = ("Item 1 - transfer of E.G. (NTS-24-0871)\n"
            "E.G. (aged 15, Albanian) was due to travel by taxi on Monday.")
    spans = [s for s in anonymise(text).spans if text[s.start:s.end] == "E.G."]
    assert len(spans) == 2, kinds(text)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Printed and kept by the door. Well done all. CH", "CH"),
        ("nothing bent, all signed off.\nRI\n", "RI"),
    ],
)
def test_initials_signing_off_a_report(text: str, letters: str) -> None:
    assert hidden(text, letters), kinds(text)


@pytest.mark.parametrize(
    "text",
    ["Works vehicle should have been off. NFA.", "Discussed at huddle.\nReached patient? NO"],
)
def test_a_status_closing_a_report_stays(text: str) -> None:
    assert not anonymise(text).spans, kinds(text)


def test_a_village_after_a_word_for_where_is_an_address() -> None:
    text = "left the file in the car outside the pub in Nether Cobley overnight"
    assert hidden(text, "Nether Cobley"), kinds(text)


@pytest.mark.parametrize(
    "text",
    ["referred to Long Term team on Monday", "escalated to High Intensity user lead",
     "went in at North Pier for screening"],
)
def test_locality_words_before_everyday_words_stay(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind == "address"], kinds(text)


def test_a_card_signed_with_love_hides_the_signers_not_the_love() -> None:
    text = "You treated him like family.\nLove, Carlene & Devon"
    result = anonymise(text)
    assert hidden(text, "Carlene") and hidden(text, "Devon"), kinds(text)
    assert result.text.splitlines()[-1].startswith("Love, ")


def test_a_relation_repeated_in_lower_case_as_a_role_stays() -> None:
    text = "husband Reg with her. told Dr Ahmadi (ENT reg) about the fall"
    assert hidden(text, "Reg") and untouched(text, "ENT reg"), kinds(text)


@pytest.mark.parametrize(
    ("text", "hide"),
    [
        ("G071 624 118 305 L | RBC | ward 3 | restocked", "G071 624 118 305"),
        ("girl 13 (will call her M. here, full details on EPR) came in", "M."),
        ("03/06/2024, 19:50 - Big Dan: cheers gem\n03/06/2024, 20:13 - Luka: anyone", "gem"),
        ("respite carer was told baby R was on standard formula", "R"),
        ("Fentanyl 500mcg/10ml | 14 | 13 | O.K. / R.S.", "O.K."),
        ("hv 2day w ruth at 41 mill brow for outreach session", "41 mill brow"),
        ("out on detached w/ kez round bramley park approx 21:40", "bramley park"),
    ],
)
def test_more_identifiers_round_40(text: str, hide: str) -> None:
    assert hidden(text, hide), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rapid review - Baby Y (9 weeks), non-accidental head injury",
        "thanks will do",
        "we can't walk him there and parked in the car park",
        "it is a 10 minute walk from the station",
        "call her Mum if you need anything",
    ],
)
def test_no_names_or_places_in_these_round_40(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind in ("name", "address")], kinds(text)


def test_one_letter_speaking_in_a_transcript_of_initials() -> None:
    text = ("Caller: Femi (night worker) to on-call manager Grace Whitlock\n"
            "F: mum in flat 3 wants to take the baby tonight.\n"
            "GW: What's baby's legal status?\n"
            "F: Oakley is on an ICO since 2 Dec.")
    assert sum(1 for s in anonymise(text).spans if text[s.start:s.end] == "F") == 2, kinds(text)


def test_letters_alone_speaking_are_left_to_the_transcript() -> None:
    text = "T: what happened next?\nM: he went to his room and I rang the school."
    assert not [s for s in anonymise(text).spans if s.kind == "name"], kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gaz says dec did the dupe check before he went home", "dec"),
        ("cant release it til thats sorted, waiting on dec's stamp", "dec"),
        ("our laser has no lockout. told Dec. he was totally honest", "Dec"),
    ],
)
def test_a_months_short_form_used_as_a_name(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize("text", ["the audit is due by dec", "rang jan 4th about the visit",
                                  "figures for dec were fine"])
def test_a_months_short_form_as_a_month_stays(text: str) -> None:
    assert not [s for s in anonymise(text).spans if s.kind == "name"], kinds(text)


def test_everyday_words_joined_by_a_hyphen_are_no_surname() -> None:
    text = "told the boss. gus self-reported, just culture, he was honest"
    assert hidden(text, "gus") and untouched(text, "self-reported"), kinds(text)


@pytest.mark.parametrize(
    ("text", "hide"),
    [
        ("[10:18] Deji: the one out at Lower Hessle is the other lad", "Lower Hessle"),
        ("was finishing the okafor form f late last nite for panel", "okafor"),
        ("Prisoner: G. Anyanwu (A6630HW)   Escort: Bolton & Cartwright (OSG)", "Bolton"),
    ],
)
def test_villages_files_and_officers_round_40(text: str, hide: str) -> None:
    assert hidden(text, hide), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("concern raised by a bank branch in High Wycombe for Norman Pettifer", "High Wycombe"),
        ("the unredacted notes went to the solicitor", "unredacted"),
        ("flights to Leeds and Manchester were cancelled", "Leeds"),
    ],
)
def test_known_towns_and_everyday_words_stay_round_40(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)
