"""Round 26 (session 10): what blind corpora 153-158 showed after their untouched measurement."""

from __future__ import annotations

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


def test_a_postcode_with_an_invented_area_in_brackets_or_on_the_towns_next_line() -> None:
    assert one_span_of_kind("half mile to Top Farm, Ashworth Moor (AM3 9PY) with the meds",
                            "AM3 9PY", "postcode")
    assert one_span_of_kind("Flat 2, 18 Orchard Lane, Pelbury\nPB7 2RX.", "PB7 2RX", "postcode")
    # session 17: in capitals with its one space, such a code is a postcode anywhere
    assert one_span_of_kind("the dose was 40 (XY3 9PY not given)", "XY3 9PY", "postcode")


def test_a_lower_case_name_before_an_irregular_past_tense() -> None:
    assert hidden("walked her out the front to her taxi. mo heard and stopped her", "mo")


def test_a_two_letter_first_name_before_a_verb() -> None:
    assert hidden("only found it mon when jo chased. MASH have it now", "jo")
    assert untouched("we had a go at it and it went well", "go")


def test_a_name_after_an_ex_partner_word() -> None:
    assert hidden("kayleigh says her ex dean has been round again", "dean")


def test_a_bare_possessive_before_an_acronym_when_the_name_is_in_the_report() -> None:
    text = ("place aisha with new host frank & pauline mcintyre on fri. final checks weds "
            "spotted franks DBS on the update service")
    result = anonymise(text)
    at = text.index("franks")
    assert any(s.kind == "name" and s.start == at for s in result.spans)
    assert "franks" not in result.text and "DBS" in result.text


def test_a_short_form_of_a_name_written_as_a_name_and_doing_something() -> None:
    assert hidden("* Ed met Kwame fortnightly at 7pm, after his shift", "Ed")
    assert untouched("ED saw him at 9 and discharged", "ED")
    assert untouched("Ed was busy all night", "Ed")


def test_initials_in_brackets_after_the_writer_or_a_role() -> None:
    assert hidden("clinical check by locum, accuracy check by me (NB). we both read it", "NB")
    assert hidden("PILOT (OR): Landing site in sight, field north of the road", "OR")
    assert untouched("the nurse (RGN) said the obs were fine", "RGN")
    assert untouched("the captain (PF) called go-around", "PF")


def test_the_person_a_message_praises() -> None:
    assert hidden("sending a corrected one. Ebs you are a star", "Ebs")
    assert hidden("Grace, you're a legend!", "Grace")
    assert untouched("Honestly you are all amazing.", "Honestly")
    assert untouched("Team you are the best.", "Team")


def test_a_surname_as_it_was_spelled_even_a_towns_name() -> None:
    assert hidden("also mums surname spelt Fairburn in two places", "Fairburn")
    assert untouched("the drug name was spelt Paracetamol on the chart", "Paracetamol")


def test_a_lower_case_name_before_where_they_work_and_what_they_did() -> None:
    assert hidden("scan fine thankfully. nas from IT said they emailed", "nas")
    assert hidden("skin broken. will from the OT team was with me", "will")
    assert untouched("someone from IT said they emailed", "someone")


def test_a_named_housing_estate_in_lower_case() -> None:
    assert one_span_of_kind("our patient on the Highfield estate was confused",
                            "Highfield estate", "address")
    assert untouched("on the Council estate nobody answered", "Council estate")


def test_an_unknown_patients_temporary_identity() -> None:
    text = "Our patient had the temporary ID Unknown Male Alpha 7731 and was given ketamine"
    assert one_span_of_kind(text, "Unknown Male Alpha 7731", "case_reference")


def test_a_part_66_licence_with_a_category_in_it() -> None:
    assert one_span_of_kind("Sign: K. Oduya B1 lic UK.66.B1.44712", "UK.66.B1.44712",
                            "case_reference")


def test_a_log_named_by_its_date_is_dated_not_referenced() -> None:
    assert one_span_of_kind("kestrel hse night log 11/03/24", "11/03/24", "date")


def test_a_lower_case_name_after_a_four_figure_time() -> None:
    text = "night log\n\n2140 jaden refused meds again\n2210 window open, jaden not in room."
    assert hidden(text, "jaden")


def test_one_letter_for_a_person_with_an_age_in_brackets() -> None:
    assert hidden("At bedtime on 20 May S (age 13) told Chidi that an older lad", "S")
