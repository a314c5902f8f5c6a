"""Names as people really type them, and the words that must never be taken for names."""

import pytest

from anonymiser import anonymise


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in anonymise(text).spans if s.kind == "name"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I spoke to jayden about school.", ["jayden"]),
        ("Jayden's coat was wet.", ["Jayden"]),
        ("Seen by Mr Patel and Dr Okafor.", ["Mr Patel", "Dr Okafor"]),
        ("Nurse Amy gave the dose.", ["Amy"]),
        ("Captain Hughes declared a PAN.", ["Hughes"]),
        ("Letter signed by J. Smith today.", ["J. Smith"]),
        ("Oluwaseun and Siobhan attended.", ["Oluwaseun", "Siobhan"]),
        ("Mr Al-Hassan arrived late.", ["Mr Al-Hassan"]),
        ("Ms Kowalczyk phoned the team.", ["Ms Kowalczyk"]),
        ("Zainab said Muhammad was scared.", ["Zainab", "Muhammad"]),
        ("Ayşe Yılmaz was the interpreter.", ["Ayşe Yılmaz"]),
        ("Mum (Sarah) was present.", ["Sarah"]),
        ("Present: Nguyen Van Minh, Priya Sharma.", ["Nguyen Van Minh", "Priya Sharma"]),
    ],
)
def test_names_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yesterday Grace said she was hungry.", ["Grace"]),
        ("The baby is called Hope.", ["Hope"]),
        ("We asked Will to wait.", ["Will"]),
        ("His brother Mark hit him.", ["Mark"]),
        ("Summer's mum was upset.", ["Summer"]),
        ("Rose told staff she was scared.", ["Rose"]),
        ("Jack and Amber were playing.", ["Jack", "Amber"]),
        ("It was Faith who noticed.", ["Faith"]),
    ],
)
def test_names_that_are_also_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I hope the will is read soon.",
        "We will mark the faith school's summer fete.",
        "The duty social worker rang mum and the health visitor.",
        "Signs of Safety and Working Together were followed.",
        "Referred to CAMHS, MASH and the LADO after the Section 47.",
        "The child has Down's syndrome and another has Parkinson's disease.",
        "Given salbutamol and paracetamol for bronchiolitis and sepsis.",
        "The IRO and the registrar agreed the Child Protection Plan.",
        "The first officer and the captain briefed the TCAS RA.",
        "Every Monday in March, by Friday at the latest.",
        "The ward sister escalated using SBAR and NEWS2.",
        "Ofsted and the CQC visited; the CAA and NATS were told.",
        "Crohn's disease and Hodgkin's lymphoma were ruled out.",
    ],
)
def test_no_names_in_role_and_term_text(text: str) -> None:
    assert names(text) == []


def test_signatures() -> None:
    assert names("Please call back.\nThanks, Priya") == ["Priya"]
    # Since round 35 a closing initial takes its full stop, and the replacement gives it back
    # where it also ended the sentence (test_anon_round35).
    assert names("All sorted now.\n— Tom B.") == ["Tom B."]
    assert anonymise("All sorted now.\n— Tom B.").text == "All sorted now.\n— Person A."


def test_sentence_initial_ordinary_words_kept() -> None:
    text = "Staff were busy. Later the team met. During handover nothing was missed."
    assert anonymise(text).spans == []


def test_repeated_mentions_all_redacted() -> None:
    text = "Kacper was upset. Later kacper calmed down and Kacper's dad came."
    assert names(text) == ["Kacper", "kacper", "Kacper"]


@pytest.mark.parametrize(
    "text",
    [
        "Held at Alpha 3 then cleared to Charlie 2.",
        "An Arabic-speaking interpreter was booked.",
        "Staff were thin on Christmas Day and Boxing Day.",
        "Pt is a 34 yr old female seen in A&E.",
        "The flight from Palma landed late.",
    ],
)
def test_more_non_names(text: str) -> None:
    assert names(text) == []


def test_lower_case_names_in_run_on_text() -> None:
    text = "went round nans on tuesday and chantelle was there, she said darren hit her"
    assert names(text) == ["chantelle", "darren"]


def test_lower_case_name_in_brackets_after_relation() -> None:
    assert names("mum (jade) said no") == ["jade"]


def test_initials_with_role_in_brackets() -> None:
    assert names("Called by JW (duty SW) about it.") == ["JW"]


# -- names typed the way people really type them ---------------------------------------------


def test_couple_keeps_both_titles_in_one_span() -> None:
    assert names("Mr and Mrs Dimitrov came to the meeting.") == ["Mr and Mrs Dimitrov"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Transport went to the wrong house but Mr cook actually lives nearby.", ["Mr cook"]),
        ("I got a call from Miss hill about the visit.", ["Miss hill"]),
        ("111 advised Miss French to bring her in.", ["Miss French"]),
        ("Crew: Capt. lawson (commander) and the FO.", ["lawson"]),
    ],
)
def test_title_before_an_ordinary_word_is_a_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("written by mark nelson (personal adviser) on friday", ["mark nelson"]),
        ("records for poppy watkins were shared with the wrong family", ["poppy watkins"]),
        ("jack was excluded from school again", ["jack"]),
        ("Baby james was born early and went to the unit.", ["james"]),
    ],
)
def test_lower_case_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Blessing in row 9 went into labour.", ["Blessing"]),
        ("Faith on ward 23 spent the night awake.", ["Faith"]),
        ("Rose drove the patient in.", ["Rose"]),
        ("Diversion avoided when FO Stokes queried the clearance.", ["Stokes"]),
        ("Contact Ava Bright on the ward number.", ["Ava Bright"]),
        ("Kids: Oliver 6, Summer 5.", ["Oliver", "Summer"]),
    ],
)
def test_names_that_are_words_with_context(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nobody had logged it.\nS.S.", ["S.S."]),
        ("The chart was not updated. K.W.", ["K.W."]),
        ("Time: 12.40pm bw", ["bw"]),
        ("All sorted in the end. Thanks, autumn", ["autumn"]),
        ("Kind regards\nfrank\nWard Manager", ["frank"]),
    ],
)
def test_signatures_and_closing_initials(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_name_after_a_code_is_not_lost_with_the_code() -> None:
    text = "NI number came through as AB 12 34 56 C. Shannon was left at the hospital."
    assert names(text) == ["Shannon"]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the engineers the AOG was fixed quickly.",
        "Enoxaparin was given at noon and Midazolam later.",
        "Admitted with Guillain-Barré syndrome last year.",
        "Police stopped a green Toyota Yaris on the bypass.",
        "The Safeguarding Lead reviewed the Incident Form and the Action Plan.",
        "We discussed it on Teams and in the Daily Huddle.",
        "Kind regards\nCaptain\nBand 6 Midwife",
    ],
)
def test_capitalised_ordinary_words_and_products_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Background\nThe social worker visited the family at home.",
        "Summary\nThe nurse gave the wrong dose.",
        "The patient was awaiting Dr review overnight.",
    ],
)
def test_headings_and_title_phrases_are_not_names(text: str) -> None:
    assert names(text) == []


def test_ordinary_word_after_a_role_abbreviation_is_not_a_name() -> None:
    assert names("The new HCA Training starts in June.") == []


def test_title_with_initials() -> None:
    assert names("Capt. M. Harrington was PM on the sector.") == ["M. Harrington"]
    assert names("Reviewed by Dr J K Mensah-Bonsu later.") == ["Dr J K Mensah-Bonsu"]
