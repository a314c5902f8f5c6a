"""Addresses, house names, towns and local organisations; generic place words survive."""

import pytest

from anonymiser import Policy, anonymise


def spans(text: str, kind: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.replacement) for s in anonymise(text).spans if s.kind == kind]


@pytest.mark.parametrize(
    "text, address",
    [
        ("She lives at 14 Mill Lane with nan.", "14 Mill Lane"),
        ("moved to Flat 3, 22 Kingsway last year", "Flat 3, 22 Kingsway"),
        ("address is 7 church road now", "7 church road"),
        ("staying at Rose Cottage with dad", "Rose Cottage"),
        ("seen walking on Acacia Avenue", "Acacia Avenue"),
    ],
)
def test_addresses(text: str, address: str) -> None:
    assert [a for a, _ in spans(text, "address")] == [address]


@pytest.mark.parametrize(
    "text, org, replacement",
    [
        ("He attends St Mary's Primary School daily.", "St Mary's Primary School",
         "ZZZ Primary School"),
        ("She goes to Little Acorns Nursery.", "Little Acorns Nursery", "ZZZ Nursery"),
        ("registered at Riverside Medical Centre", "Riverside Medical Centre",
         "ZZZ Medical Centre"),
        ("seen at Northfield Children's Centre", "Northfield Children's Centre",
         "ZZZ Children's Centre"),
        ("held by the Eastside Locality Team", "Eastside Locality Team", "ZZZ Locality Team"),
    ],
)
def test_organisations(text: str, org: str, replacement: str) -> None:
    assert spans(text, "organisation") == [(org, replacement)]


@pytest.mark.parametrize(
    "text",
    [
        "taken to the hospital and then a children's home",
        "the runway was wet and the school was closed",
        "Children's Services and the Duty Team were told",
        "moved to the Intensive Care Unit from the Emergency Department",
        "went to A&E then ICU",
    ],
)
def test_generic_places_left(text: str) -> None:
    assert anonymise(text).spans == []


def test_two_organisations_in_a_list_stay_separate() -> None:
    text = "St Mary's Primary School and Little Acorns Nursery both called."
    result = anonymise(text)
    orgs = [s for s in result.spans if s.kind == "organisation"]
    assert len(orgs) == 2
    assert result.text == "ZZZ Primary School and YYY Nursery both called."


def test_same_place_same_placeholder() -> None:
    text = "Riverside Surgery rang. Later Riverside Surgery rang again."
    assert anonymise(text).text == "ZZZ Surgery rang. Later ZZZ Surgery rang again."


def test_a_town_on_its_own_is_kept_and_hidden_when_the_policy_asks() -> None:
    # A bare town is where something happened, not who: kept by default, like the learning.
    assert spans("She went to the training in Leeds in May.", "address") == []
    assert anonymise("She went to the training in Leeds in May.").text == (
        "She went to the training in Leeds in May.")
    hidden = anonymise("She went to the training in Leeds in May.", Policy(towns=True))
    assert [(s.start, s.end, s.replacement) for s in hidden.spans if s.kind == "address"] == [
        (28, 33, "ZZZ")]


def test_the_town_someone_moved_to_is_where_they_live_and_is_hidden() -> None:
    # Session 18: where someone lives narrows who they are (round 39).
    assert [(s.start, s.end) for s in anonymise("She moved to Leeds in May.").spans
            if s.kind == "address"] == [(13, 18)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Placed at 4 Mill Lane, Ilkley with her aunt.", "Ilkley"),
        ("Found at Lower Combe, Hatherleigh by the farmer.", "Hatherleigh"),
        ("They moved into the Holiday Inn Express, Greenwich last week.", "Greenwich"),
    ],
)
def test_a_town_that_ends_an_address_is_hidden_with_it(text: str, town: str) -> None:
    assert town not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Transferred from Kirkwall to Lerwick on the morning flight.",
        "Families travel to Leeds, Bradford and Huddersfield for clinic.",
        "Nearest young carers' group is in Stornoway, two ferries away.",
    ],
)
def test_towns_and_villages_on_their_own_are_neither_names_nor_addresses(text: str) -> None:
    assert anonymise(text).spans == [], anonymise(text).spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brought back by PC Danby at 05:40.", "Danby"),
        ("HHJ Mansfield read it in court.", "Mansfield"),
        ("Signed T. Ramsbottom RMN.", "Ramsbottom"),
    ],
)
def test_a_village_name_after_a_title_or_initial_is_still_a_surname(text: str, name: str) -> None:
    assert name not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Summary Of Events And Immediate Actions Taken By The Team",
        "The Transport Team and the Core Group met.",
        "Spring Ward reopened after cleaning.",
    ],
)
def test_headings_and_functional_teams_are_not_organisations(text: str) -> None:
    assert [s for s in anonymise(text).spans if s.kind == "organisation"] == []


def test_church_of_england_school_kept_whole() -> None:
    text = "She attends St Mary's Church of England Primary School."
    assert spans(text, "organisation") == [
        ("St Mary's Church of England Primary School", "ZZZ Primary School")
    ]


def test_town_inside_hospital_name_is_part_of_the_organisation() -> None:
    text = "Transferred to Leeds General Infirmary overnight."
    assert spans(text, "organisation") == [("Leeds General Infirmary", "ZZZ General Infirmary")]


# -- whole addresses, lower-case streets, districts ------------------------------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("She lives at Flat 11, Falcon Heights, Clarence Mews with her son.",
         "Flat 11, Falcon Heights, Clarence Mews"),
        ("moved to 13 Victoria Mansions, Chestnut Way, Swansea without telling us",
         "13 Victoria Mansions, Chestnut Way, Swansea"),
        ("the letter went to The Old Forge, Ash Grove, Hackney last week",
         "The Old Forge, Ash Grove, Hackney"),
        ("discharged home to 55 chapeltown rise without a package of care",
         "55 chapeltown rise"),
        ("found near 8 north close, Wrexham the next day", "8 north close, Wrexham"),
    ],
)
def test_whole_addresses(text: str, address: str) -> None:
    assert [a for a, _ in spans(text, "address")] == [address]


def test_address_stops_before_the_next_sentence() -> None:
    text = "Posted to 2 Cotton Mill, Saltaire Way, Huddersfield Managers were told."
    assert [a for a, _ in spans(text, "address")] == [
        "2 Cotton Mill, Saltaire Way, Huddersfield"
    ]


@pytest.mark.parametrize(
    "text",
    ["We met at 3 big park gates", "It took 2 minutes walk to get there", "Her school, Parkside"],
)
def test_ordinary_numbers_before_street_words_are_not_addresses(text: str) -> None:
    assert spans(text, "address") == []
    assert [o for o, _ in spans(text, "organisation")] == []


@pytest.mark.parametrize(
    "text, code",
    [("The family lives in LS6 now.", "LS6"), ("the BD5 area is busy", "BD5")],
)
def test_bare_postcode_district_with_place_context(text: str, code: str) -> None:
    assert [p for p, _ in spans(text, "postcode")] == [code]


@pytest.mark.parametrize("text", ["low B12 levels", "wear an N95 mask", "junction 4 of the M1"])
def test_district_lookalikes_are_left(text: str) -> None:
    assert spans(text, "postcode") == []


def test_person_whose_surname_is_a_house_word_is_not_a_house() -> None:
    text = "Passenger Selam Hall was denied boarding."
    assert spans(text, "address") == []


def test_two_word_town() -> None:
    assert spans("The course was in Milton Keynes in May.", "address") == []
    assert spans("Her flat is at 2 Elm Road, Milton Keynes now.", "address") == [
        ("2 Elm Road, Milton Keynes", "ZZZ Road")]


@pytest.mark.parametrize(
    "text",
    [
        "Weather closed Westray and the Sanday ferry was off on Saturday.",
        "The patient flew from Benbecula to Glasgow; Shetland patients go to Aberdeen.",
    ],
)
def test_islands_are_places_not_people(text: str) -> None:
    assert [s for s in anonymise(text).spans if s.kind == "name"] == []
