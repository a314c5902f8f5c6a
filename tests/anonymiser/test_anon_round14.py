"""Round 14 (session 8): what blind corpora 85-88 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, one_span_of_kind, redacted, untouched


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The critical care paramedic Sol gave him ketamine before the transfer.", "Sol"),
        ("At the stand the loader Jag signalled the tug to stop.", "Jag"),
        ("Our support worker Dot noticed the fridge was warm.", "Dot"),
    ],
)
def test_an_everyday_word_between_a_role_and_a_verb_is_a_name(text: str, who: str) -> None:
    assert hidden(text, who)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The patient Transport arrived late again.", "Transport"),
        ("Next morning Gateway ran checks and found the schedule error.", "Gateway"),
        ("The Chain of Survival worked exactly as it should.", "Survival"),
        ("the nurse Practitioner reviewed him at 14:00", "Practitioner"),
    ],
)
def test_services_and_titles_after_a_role_or_time_are_not_names(text: str, term: str) -> None:
    assert untouched(text, term)


def test_a_rare_word_capitalised_mid_sentence_before_a_verb_is_a_name() -> None:
    text = "We drew up a list of places Dot might head for. Dot was found in a barn at 19:10."
    assert "Dot" not in redacted(text)


def test_initials_in_a_tables_column_of_people_are_names_there_and_elsewhere() -> None:
    text = ("Child | Worker | Last visit | Status\n"
            "Mia Kowalski | K.D. | 10/05 | OVERDUE\n"
            "Leo Grant | P.J. | 27/06 | ok\n"
            "Note: Mia's visit was missed because K.D.\nwent on leave.")
    out = redacted(text)
    assert "K.D." not in out and "P.J." not in out
    assert "Last visit" in out and "OVERDUE" in out


def test_undotted_initials_under_an_initials_header_are_names() -> None:
    text = ("Fridge log - treatment room\n"
            "Date  | AM min/max | PM min/max | Initials\n"
            "04/10 | 3.1/6.8    | 4.0/7.2    | HW\n"
            "05/10 | 2.9/7.0    | --         | --\n")
    assert hidden(text, "HW")


def test_names_in_a_carers_column_of_a_space_aligned_rota() -> None:
    text = ("Client           Time   Carers         Notes\n"
            "Mrs Okoro        07:30  Ruby + Storm   hoist\n"
            "Mr Lindqvist     09:00  Storm          meds\n")
    out = redacted(text)
    assert "Storm" not in out and "Ruby" not in out
    assert "hoist" in out and "Carers" in out


def test_a_role_column_in_a_table_is_not_a_name() -> None:
    text = ("Name            Role             Agency\n"
            "Tomasz Wojcik   Team Manager     Police\n")
    assert untouched(text, "Team Manager")
    assert untouched(text, "Police")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("At 19:30 a residential support worker, OKAFOR, Tobi, used a hold.", "OKAFOR, Tobi"),
        ("19:10 ambulance handover, FISHER, Dominic 34, chest pain", "FISHER, Dominic"),
        ("Client: HENDERSON, M       07:30 double up", "HENDERSON, M"),
        ("Crew: Capt ROBERTSON, Ewan / F/O Patel", "ROBERTSON, Ewan"),
    ],
)
def test_a_surname_in_capitals_then_a_first_name_is_one_person(text: str, who: str) -> None:
    assert one_span_of_kind(text, who, "name")


def test_a_surname_first_person_gets_one_placeholder() -> None:
    result = anonymise("Handover, GRANT, Lucy 34, then GRANT, Lucy again at 20:00.")
    names = [s for s in result.spans if s.kind == "name"]
    assert len({s.replacement for s in names}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The ODP, Luka, stopped everything.",
        "Mode S alerted the AFISO, Morag, who queried the height.",
        "Border Force - Arrivals PCP, Eastmarsh Airport",
    ],
)
def test_a_roles_letters_before_a_name_are_not_a_surname(text: str) -> None:
    role = next(w.rstrip(",") for w in text.split() if w.rstrip(",").isupper() and len(w) > 2)
    assert untouched(text, role)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Patient: Gabriela Costa   Hosp no: K0938811   Age: 8 months", "Hosp"),
        ("Scrub: Kat (ODP)   Circ: Lewis   Surgeon: Mr Banerjee", "Circ"),
        ("SURNAME: OKONKWO   FORENAME: CHIDERA   DOB: 03/11/2011", "FORENAME"),
        ("Patient: KOWALSKI, Dariusz   Prison no: A7731FD", "Prison"),
    ],
)
def test_a_forms_field_label_after_a_column_break_is_not_a_name(text: str, label: str) -> None:
    assert untouched(text, label)


def test_a_route_between_two_towns_is_not_a_name() -> None:
    assert untouched("Flight: KS417 Manchester-Newquay   Date: 26/07/2024", "Manchester-Newquay")


def test_people_in_neighbouring_columns_are_two_people() -> None:
    result = anonymise("Seat   Passenger          Escort\n"
                       "14C    Ibrahim Diallo     Mamadou Diallo\n")
    names = [s for s in result.spans if s.kind == "name"]
    assert len(names) == 2 and names[0].replacement != names[1].replacement
