"""Round 7 of the recall work: names grown over the capitalised words beside them, names
before ages, in brackets after a role, thanked or copied in; short keep terms written as
names; codes of letters and five or more digits; whole address blocks; census name lists.

Every sentence here is written for these tests, not taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, kinds, one_span_of_kind, redacted, untouched

# -- names grown over neighbouring capitalised words -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me + passenger Victor Frank. No avoiding action", "Victor Frank"),
        ("Crew Capt Duncan Grant, FO Priyanka Sen. Frequency was busy", "Priyanka Sen"),
        ("Crew Capt Duncan Grant, FO Priyanka Sen. Frequency was busy", "Duncan Grant"),
        ("dad Wade Tennant who has a non-mol", "Wade Tennant"),
    ],
)
def test_name_grown_over_neighbouring_words(text: str, name: str) -> None:
    assert hidden(text, name), redacted(text)
    assert one_span_of_kind(text, name, "name"), kinds(text)


def test_growth_stops_short_of_an_organisation() -> None:
    """A surgery called "Grace Hill Surgery" stays whole: no name span is cut out of it."""
    text = "Referred to Grace Hill Surgery today"
    surgery = text.index("Surgery")
    names = [s for s in anonymise(text).spans if s.kind == "name"]
    assert not [s for s in names if s.end <= surgery], kinds(text)
    assert one_span_of_kind(text, "Grace Hill Surgery", "organisation"), kinds(text)
    assert "Surgery" in redacted(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the MEL and SEN support", "MEL"),
        ("the MEL and SEN support", "SEN"),
        ("thanks MEL for the update", "MEL"),
        ("Checked the MEL with Mel before departure.", "MEL"),
    ],
)
def test_upper_case_keep_terms_kept(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)


# -- short keep terms written as names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thanks Mel! - paeds", "Mel"),
        ("Nurse Mel was on shift.", "Mel"),
        ("Checked the MEL with Mel before departure.", "Mel"),
    ],
)
def test_title_case_keep_term_is_a_name(text: str, name: str) -> None:
    assert one_span_of_kind(text, name, "name"), kinds(text)
    assert "Mel" not in redacted(text).replace("MEL", "")


# -- names before ages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivy aged 4 was very distressed", "Ivy"),
        ("re Autumn (6) and Rocky (4). mum not in", "Autumn"),
        ("re Autumn (6) and Rocky (4). mum not in", "Rocky"),
        ("jack (care leaver, 19) passed his CSCS card", "jack"),
        ("Drew (24) on s2 absconded", "Drew"),
    ],
)
def test_name_before_an_age(text: str, name: str) -> None:
    assert hidden(text, name), redacted(text)
    assert one_span_of_kind(text, name, "name"), kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Twins (8) placed together", "Twins"),
        ("the boy (4) was fine", "boy"),
        ("Children (3) at home.", "Children"),
    ],
)
def test_ordinary_word_before_an_age_kept(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)


# -- names in brackets after a role ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("contact worker (Dusty) let it go ahead", "Dusty"),
        ("security compliance (bill) on Monday", "bill"),
    ],
)
def test_name_in_brackets_after_a_role(text: str, name: str) -> None:
    assert hidden(text, name), redacted(text)
    assert one_span_of_kind(text, name, "name"), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "(see below)",
        "Actions agreed (see below).",
        "The worker (see below) will call.",
        "the plan (may change)",
        "We agreed the plan (may change) with mum.",
    ],
)
def test_ordinary_words_in_brackets_untouched(text: str) -> None:
    result = anonymise(text)
    assert result.spans == [], kinds(text)
    assert result.text == text


# -- names thanked or copied in ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thanks Mel! - paeds", "Mel"),
        ("Thank you Sterling at the virtual school", "Sterling"),
        ("cc Dusty Wainwright, Laura Chen (TM)", "Dusty Wainwright"),
        ("cc Dusty Wainwright, Laura Chen (TM)", "Laura Chen"),
        ("shout out to Faith for staying late", "Faith"),
        ("well done Penny on the handover", "Penny"),
        ("kudos to Sterling", "Sterling"),
    ],
)
def test_name_thanked_or_copied_in(text: str, name: str) -> None:
    assert hidden(text, name), redacted(text)
    assert one_span_of_kind(text, name, "name"), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks to Riverside Surgery",
        "Thanks to Riverside Surgery for the quick reply.",
    ],
)
def test_thanked_organisation_is_not_a_name(text: str) -> None:
    riverside = text.index("Riverside")
    names = [s for s in anonymise(text).spans if s.kind == "name"]
    assert not [s for s in names if s.start <= riverside < s.end], kinds(text)
    assert one_span_of_kind(text, "Riverside Surgery", "organisation"), kinds(text)


# -- codes of letters and five or more digits ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("care proceedings ZW24C00381 (Faith)", "ZW24C00381"),
        ("care proceedings ZW24C00381 (Faith)", "Faith"),
        ("Hosp nos P118223 / P118907.", "P118223"),
        ("Hosp nos P118223 / P118907.", "P118907"),
        ("Ref HUM150325 opened.", "HUM150325"),
    ],
)
def test_codes_with_five_digits_hidden(text: str, code: str) -> None:
    assert hidden(text, code), redacted(text)


def test_both_hospital_numbers_are_references() -> None:
    text = "Hosp nos P118223 / P118907."
    assert kinds(text) == [("P118223", "case_reference"), ("P118907", "case_reference")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The A321neo diverted.", "A321neo"),
        ("Aircraft was a B737 at FL360 in cruise.", "B737"),
        ("Aircraft was a B737 at FL360 in cruise.", "FL360"),
        ("Detained under s136 last night.", "s136"),
        ("Known T1DM, on insulin.", "T1DM"),
        ("The EC135 landed at the scene.", "EC135"),
        ("AW169 crew attended.", "AW169"),
        ("The 737-800 was late.", "737-800"),
        ("A321neo B737 FL360 s136 T1DM EC135 AW169 737-800", "A321neo"),
    ],
)
def test_short_technical_codes_kept(text: str, code: str) -> None:
    assert untouched(text, code), kinds(text)


def test_technical_codes_all_kept_together() -> None:
    text = "A321neo B737 FL360 s136 T1DM EC135 AW169 737-800"
    result = anonymise(text)
    assert result.spans == [], kinds(text)
    assert result.text == text


# -- whole address blocks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "block", "postcode"),
    [
        ("visit to 'Rosemount', Lower Bryn Road, Pontypridd CF37 4DH. Attended",
         "'Rosemount', Lower Bryn Road, Pontypridd", "CF37 4DH"),
        ("refuge address - Ty Gwyn, Heol y Bryn, Llandeilo SA19 6RE - to both",
         "Ty Gwyn, Heol y Bryn, Llandeilo", "SA19 6RE"),
        ("foster carers at 'The Willows', Church Lane, Little Hadham SG11 2DT since",
         "'The Willows', Church Lane, Little Hadham", "SG11 2DT"),
    ],
)
def test_address_block_is_one_span_and_postcode_its_own(text: str, block: str, postcode: str) -> None:
    found = kinds(text)
    assert (block, "address") in found, found
    assert (postcode, "postcode") in found, found
    out = redacted(text)
    assert block not in out and postcode not in out, out
    for word in block.replace(",", " ").replace("'", " ").split():
        assert word not in out, out


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("refuge address - Ty Gwyn, Heol y Bryn, Llandeilo SA19 6RE - to both",
         "Ty Gwyn, Heol y Bryn, Llandeilo"),
        ("flat 6 Brunswick court, Hulme m15 5hx", "flat 6 Brunswick court, Hulme"),
        ("flat 6 Brunswick court, Hulme m15 5hx", "m15 5hx"),
    ],
)
def test_address_fully_covered(text: str, needle: str) -> None:
    assert hidden(text, needle), redacted(text)


def test_lower_case_flat_address_leaves_nothing_behind() -> None:
    text = "flat 6 Brunswick court, Hulme m15 5hx"
    out = redacted(text)
    for word in ("Brunswick", "Hulme", "m15", "5hx"):
        assert word not in out, out


def test_signature_job_title_not_an_address() -> None:
    text = "Kind regards Angharad Green Team Manager, Gateshead Leaving Care Team"
    addresses = [t for t, k in kinds(text) if k == "address"]
    assert not [a for a in addresses if "Manager" in a], kinds(text)
    assert "Manager" in redacted(text)


def test_agency_before_an_address_kept() -> None:
    text = "Discussed with MASH, Leeds LS1 4AB."
    assert untouched(text, "MASH"), kinds(text)
    assert hidden(text, "Leeds"), redacted(text)
    assert ("LS1 4AB", "postcode") in kinds(text)


# -- census name lists -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("spoke to kimberly about it", "kimberly"),
        ("Asked dolores to call back.", "dolores"),
        ("Kimberly rang the office.", "Kimberly"),
    ],
)
def test_census_first_names(text: str, name: str) -> None:
    assert hidden(text, name), redacted(text)
    assert one_span_of_kind(text, name, "name"), kinds(text)


def test_two_word_town_is_a_place_not_a_name() -> None:
    text = "The course was in Milton Keynes in May."
    found = kinds(text)
    assert not [t for t, k in found if k == "name"], found
    assert redacted(text) == text  # a town on its own is kept (Policy(towns=True) hides it)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PC Gold rang, he'd been found at the station.", "Gold"),
        ("an older lad known as Tiny. He was not seen again.", "Tiny"),
        ("The caller said her name was Trace. I stopped.", "Trace"),
        ("tag said WISNIEWSKA/ALICJA MS. pulled it off the belt", "WISNIEWSKA/ALICJA"),
        ("said 'mum's boyfriend clay grabbed me'. Mum was upset.", "clay"),
        ("Said he was her nephew jay. Refused to release her.", "jay"),
        ("22:15 reign (YP, 14) absconded via the laundry window", "reign"),
        ("Reign's social worker to be told in the morning. — kaz", "kaz"),
    ],
)
def test_word_names_in_person_slots(text: str, name: str) -> None:
    assert hidden(text, name), redacted(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Both boxes ticked YES/NO and AND/OR on the form.", "YES/NO"),
        ("doing his Duke of Edinburgh award this term", "Duke"),
        ("the boy (4) was fine and his sister said no.", "sister"),
        ("my brother said no and the carer support was good", "support"),
        ("All sorted now - see above", "see"),
    ],
)
def test_ordinary_words_in_person_slots_kept(text: str, word: str) -> None:
    assert untouched(text, word), redacted(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("He was booked in as UNKNOWN-MAJ-0417 until police came.", "UNKNOWN-MAJ-0417"),
        ("Hospital no. RJ7 003 1884. Allergy added.", "RJ7 003 1884"),
        ("contact at Unit 4, Marlowe Business Park, Luton LU2 8DA, dad", "Unit 4"),
    ],
)
def test_grouped_and_hyphenated_records_hidden(text: str, code: str) -> None:
    assert hidden(text, code), redacted(text)


def test_a_reference_with_a_slash_stays_whole() -> None:
    text = "Reported to Met Police, crime ref CAD 4410/03SEP. Examiner told."
    assert hidden(text, "4410/03SEP"), redacted(text)
