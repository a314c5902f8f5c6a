"""Round 33: what session 12 learnt from blind corpora 189-206 once they had been measured."""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import hidden, kinds, untouched

# A chat pasted from Slack or Teams: each message opens on its sender's handle and the time.
SLACK = ("#ward-7-nights\n"
         "priya.s  02:14\n"
         "bed 4 obs dropping, can someone look\n"
         "Tomasz W  02:16\n"
         "on my way\n"
         "brin  02:31\n"
         "outreach called, lactate back 4.1\n"
         "priya.s  02:40\n"
         "thanks both, escalated to reg")


@pytest.mark.parametrize("handle", ["priya.s", "brin"])
def test_a_senders_handle_in_a_pasted_chat(handle: str) -> None:
    assert hidden(SLACK, handle), kinds(SLACK)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Teams - theatre coordinators\nfee 07:02: list 3 starts late\n"
         "Osagie 07:05: anaesthetist stuck on the M6\nfee 07:06: ok, moving case 1 to list 2\n"
         "doz b 07:20: porters told", "doz b"),
        # An everyday word as a handle, once the chat's other senders are people.
        ("WhatsApp - hangar B\nbig rob: torque wrench missing from board 3\n"
         "Kasia: not me, signed mine back 0540\nbig rob: found it in the wheel well\n"
         "Kasia: glad we checked before the tow", "big rob"),
    ],
)
def test_chat_handles_with_a_colon(text: str, handle: str) -> None:
    assert hidden(text, handle), kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A timeline is not a chat: what opens its lines are events and headings.
        ("Chronology\nAmira 09:10 rang duty\nbreakfast 09:30 refused\nobs 10:00 normal\n"
         "lunch 12:30 ate well", "breakfast"),
        ("Notes 14:02\nupdate: bed manager rang\nplan: transfer tomorrow\nnote: NOK aware\n"
         "Signed Yusuf: ok", "plan"),
    ],
)
def test_timelines_and_headings_are_not_senders(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("WhatsApp - hangar B\nall tools back on the shadow board", "B"),
        ("Handover: list C overran, theatre D closed at 6\nthanks all", "D"),
    ],
)
def test_a_letter_naming_a_place_is_not_a_person(text: str, letter: str) -> None:
    assert untouched(text, letter), kinds(text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Night log\n01:40  TK on obs round sees light under door\n01:45  all settled", "TK"),
        ("Log\n0310  BW / RA attended the alarm, reset\n0400  quiet", "BW"),
        ("Log\n0310  BW / RA attended the alarm, reset\n0400  quiet", "RA"),
        ("Log\n0645  HJ handover to days (Femi), all quiet", "HJ"),
    ],
)
def test_initials_acting_in_a_timed_log(text: str, initials: str) -> None:
    assert hidden(text, initials), kinds(text)


def test_a_unit_in_a_timed_log_stays() -> None:
    text = "Log\n0310  GP / ED attended by phone\n0400  quiet"
    assert untouched(text, "GP") and untouched(text, "ED"), kinds(text)


def test_a_column_of_case_numbers_in_a_pipe_table() -> None:
    text = ("Overnight breaches\n| Case | Client | Wait |\n|---|---|---|\n"
            "| 80412 | Mr Haddad | 4h |\n| 80419 | Ms Nowak | 2h |")
    assert hidden(text, "80412") and hidden(text, "80419"), kinds(text)


def test_the_first_column_of_a_pipe_table_is_read_too() -> None:
    # A table written with a pipe at each end keeps its first column (it used to be dropped).
    text = "| Worker | Visits | Notes |\n|---|---|---|\n| TJ | 4 | ok |\n| BRM | 6 | late |"
    assert hidden(text, "TJ") and hidden(text, "BRM"), kinds(text)


def test_numbers_in_other_columns_stay() -> None:
    text = "| Ref | Visits | Hours |\n|---|---|---|\n| CR-20331 | 14 | 120 |"
    assert untouched(text, "120") and untouched(text, "14"), kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("fire door alarm went at 3. told summer at handover, she'll ring estates", "summer"),
        ("meds count wrong again. spoke to dawn after and she rechecked the book", "dawn"),
        ("nobody hurt. rang rich (on call mgr) straight away", "rich"),
    ],
)
def test_a_lower_case_name_spoken_to(text: str, word: str) -> None:
    assert hidden(text, word), kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("he told me at handover that the keys were missing", "me"),
        ("worked from memory, not from the checklist", "memory"),
        ("she spoke to mum after and mum was fine", "mum"),
    ],
)
def test_what_is_spoken_to_that_is_not_a_name(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        # Letters that also spell a term ("RA", "RW") are initials in a column of people.
        ("Bed | Pt | Nurse | Dr\n1 | J. Morrow | RO | HK\n4 | Ann Price | RA | TW", "RA"),
        ("Bed | Pt | Nurse | Dr\n1 | J. Morrow | RO | HK\n4 | Ann Price | RA | TW", "HK"),
        ("Date\tFlight\tCapt\tFO\n15/07\tXY501\tJT\tRW\n16/07\tXY503\tJT\tRW", "RW"),
        ("Time\tGlider\tP1\tP2 (guest)\n09:52\tG-CKXW\tRP\tYusuf A.\n09:58\tG-DEXB\tGH\tMei T.",
         "GH"),
    ],
)
def test_initials_in_a_column_of_people(text: str, initials: str) -> None:
    assert hidden(text, initials), kinds(text)


def test_a_form_field_beside_a_name_row_is_not_a_person() -> None:
    text = "| Field | On sheet | Correct |\n| Name | Mo Iqbal | Mo Iqbal |\n| DOB | 14/06/1961 | 02/11/1958 |"
    assert untouched(text, "DOB"), kinds(text)


def test_initials_opening_a_line_beside_lines_opening_on_names() -> None:
    text = ("handover sat day\nmax - good chat about home, ate well\nleah - quiet, rang nan\n"
            "TQ - court on mon, needs suit ironing\nisaac - pool all eve")
    assert hidden(text, "TQ"), kinds(text)


def test_initials_owning_actions_under_an_actions_heading() -> None:
    text = ("Huddle notes\nList ran late again.\nActions\nVB - list changes on the whiteboard\n"
            "DK - email surgeons re diabetic pts first")
    assert hidden(text, "VB") and hidden(text, "DK"), kinds(text)


def test_terms_opening_lines_under_a_heading_that_is_not_actions() -> None:
    text = "Glossary\nDSL - designated safeguarding lead\nIRO - independent reviewing officer"
    assert untouched(text, "DSL") and untouched(text, "IRO"), kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("rang her back, she is safe. call logged 25/DA/0418, emailing the IDVA", "25/DA/0418"),
        ("same fault as ADD/GHJK/0311 and 0312, deferral refused", "0312"),
        ("Eng: T. Mensah  Auth 5521, CRS issued", "5521"),
        ("Bag tag 0BA 771203 traced to the passenger's booking", "0BA 771203"),
    ],
)
def test_references_in_slashed_parts_listed_and_numbered(text: str, code: str) -> None:
    assert hidden(text, code), kinds(text)


def test_a_blood_pressure_listed_after_another_is_not_a_reference() -> None:
    text = "BP 120/80 and 110 systolic later, obs stable"
    assert untouched(text, "110"), kinds(text)


@pytest.mark.parametrize("place", ["Kingsmead Recreation Ground", "Fernhill Playing Fields"])
def test_named_recreation_grounds_and_playing_fields(place: str) -> None:
    text = f"crowd still on the field at {place} when the firework went off"
    assert hidden(text, place.split()[0]), kinds(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("the Hep B box was stopping the door closing", "Hep B"),
        ("she was Fraser competent so we fitted the Cu-IUD", "Fraser"),
        ("Femi Adewale (Outstation) 04:12: ice detector fault again", "Outstation"),
        ("06:41:10 GND: Northway 418, stand 22, push and start approved", "GND"),
        ("Note from SDM: good spot, the cabin search had missed it", "SDM"),
        ("the annual Letterbox exchange for two brothers placed apart", "Letterbox"),
    ],
)
def test_domain_terms_that_look_like_names_stay(text: str, term: str) -> None:
    assert untouched(text, term), kinds(text)


def test_a_person_called_fraser_is_still_a_person() -> None:
    assert hidden("Fraser Reid rang the office about the rota", "Fraser")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("fog came in fast. summer told the duty ops manager, MOR done.", "summer"),
        ("nobody hurt. dawn rang the on-call and logged it", "dawn"),
    ],
)
def test_an_everyday_word_that_is_a_name_speaking(text: str, word: str) -> None:
    assert hidden(text, word), kinds(text)


def test_a_modal_before_a_speech_verb_stays() -> None:
    assert untouched("he will said nothing more", "will")
