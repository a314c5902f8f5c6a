"""Round 27 (session 10): what blind corpora 159-164 showed after they were measured, held out
from round 26."""

from __future__ import annotations

from tests.anonymiser.spans import hidden, untouched


def test_a_name_before_a_role_in_brackets_even_an_everyday_word() -> None:
    assert hidden("refugee status came through, so joy (his personal adviser) used it", "joy")
    assert hidden("never once made her feel like a problem. — Jules (deputy manager)", "Jules")
    assert hidden("the obs chart. sim (nurse) ps label printer at the cotside", "sim")
    assert hidden("datix done. nic (band 6)", "nic")
    assert hidden("got out and walked it round. Shell (dispatcher) saw and checked", "Shell")


def test_a_role_in_brackets_does_not_make_a_name_of_a_heading_or_a_thing() -> None:
    assert untouched("Comment (Duty Ops Controller): the crew did well", "Comment")
    assert untouched("The street triage car (nurse plus officer) was late", "car")
    assert untouched("parents NOT told discharge date (per SW)", "date")
    assert untouched("cover for nights (agency nurse) was found", "nights")


def test_initials_before_a_role_unless_the_role_spells_them() -> None:
    text = "Present: GP (Security Duty Manager), Insp Nadia Rahman (police)\nActions: GP - cordon"
    assert hidden(text, "GP")
    assert untouched("the DSL (designated safeguarding lead) rang back", "DSL")
    assert untouched("the SW (social worker) rang back", "SW")


def test_a_double_first_name_before_a_grade_in_brackets() -> None:
    assert hidden("From: Chidi (DCT)   To: Ellie-May (DCT)\n\nPATIENT | ISSUE", "Ellie-May")


def test_dotted_initials_before_a_service_in_brackets() -> None:
    text = "Present: N.R. (police), P.N. (HBS), S.K-W. (SDM), Jo Alderton (Border Force)"
    assert hidden(text, "P.N.") and hidden(text, "S.K-W.")


def test_a_sign_off_naming_the_writers_job() -> None:
    assert hidden("what good looks like - well done both. - Jules, Security Training Lead", "Jules")
    assert untouched("rota - Monday, night shift lead", "Monday")


def test_initials_in_brackets_closing_a_report() -> None:
    assert hidden("briefing at every shift start for two weeks (LP)", "LP")
    assert untouched("reported to the regulator (CAA)", "CAA")
    assert untouched("Thanks to everyone.\nAmber (FC)", "FC")


def test_one_letter_praised_thanked_or_seen_like_a_person() -> None:
    assert hidden("[10:25] Dele Adeyemi\nta K. logging as near miss", "K")
    assert hidden("Danny 10:53\ngood catch G 👍 we need the tracker to flag it", "G")
    assert hidden("22:41 - Jade M: just seen T at the bus station w the lads", "T")
    assert untouched("we saw C on the x-ray", "C")


def test_a_name_between_a_role_and_both() -> None:
    assert hidden("Winch driver Big Al and her instructor Oz both said it was calm", "Oz")
