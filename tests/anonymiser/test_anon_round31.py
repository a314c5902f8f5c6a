"""Round 31: people's initials in typed tables, from blind corpora 189-194 (session 11).

A column holds people when its header is a role ("Clinician", "IRO", "Reviewer") or says who
checked ("Checked"), and two people can share a cell ("GN/MK"); a rota's columns of nothing
but initials hold people when some of those initials are a person elsewhere in the report.
"""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import hidden, kinds, untouched


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("LARC list - Rm 2\nTime  | Pt   | Procedure        | Clinician\n"
         "09:00 | R.B. | IUS fit          | AMS\n09:40 | P.D. | implant removal  | KO\n", "AMS"),
        ("| Child | Ref | IRO | Next |\n| J.W. | CP-22-4410 | SO'D | RCPC 17/07 |\n"
         "| K.M. | LAC-0931 | JH | LAC review |\n", "SO'D"),
        ("| Reg | Type | Reviewer | Survey |\n| G-BXKW | C172S | RP | 10/02 |\n"
         "| G-JMBK | DA40 | TF | 12/02 |\n", "TF"),
    ],
)
def test_initials_under_a_role_header_are_people(text: str, initials: str) -> None:
    assert hidden(text, initials), kinds(text)


def test_two_peoples_initials_in_one_checked_cell() -> None:
    text = ("| Ref | Child | Checked | Sent |\n|---|---|---|---|\n"
            "| LB-1876 | Z.B. | GN/MK | 04/07 |\n| LB-2291 | T.B. | KO/- | 23/08 |\n")
    for initials in ("GN", "MK", "KO"):
        assert hidden(text, initials), kinds(text)


def test_a_rota_of_initials_is_people_when_one_of_them_is() -> None:
    text = ("Time\tLane 1\tLane 2\tSSA North\n0400-0600\tGS\tNW\tKP\n0600-0800\tGS\tAJ\tKP\n"
            "0800-1000\tTA\tAJ\tDG\n\nNear miss: KP spotted it on the CCTV wall at 06:14.")
    for initials in ("NW", "AJ", "DG"):
        assert hidden(text, initials), kinds(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A column of codes, with no person among them, stays: airports, not initials.
        ("| Flight | From | To |\n| BA123 | LHR | MAN |\n| BA456 | EDI | BHX |\n", "MAN"),
        # A code beside a passenger's name, and a role beside a person's.
        ("| Time | Flight | Pax | Note |\n| 18:10 | BA2664 | HOLLOWAY WCHS | ok |\n"
         "| 18:45 | FR 8321 | MENSAH x2 | ok |\n", "WCHS"),
        ("Team on the day:\n  Anaesthetic reg    Dr Sunil Bhattacharya\n  Porter             Errol\n"
         "  Receiving ODP      Lukas Brandt\n", "ODP"),
        # An agency is not a person, whatever its column.
        ("Date       | Agency          | Event\n12/09/2023 | CSC front door  | PPN received\n"
         "06/11/2023 | CSC             | Contact screened by DW\n", "CSC"),
    ],
)
def test_codes_and_roles_in_tables_are_kept(text: str, word: str) -> None:
    assert untouched(text, word), kinds(text)
