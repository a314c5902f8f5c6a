"""Replacements are readable, consistent within a report and aware of stated roles."""

from anonymiser import Policy, anonymise


def test_same_person_same_placeholder_and_possessive_kept() -> None:
    text = "Jayden said no. jayden's sister laughed. Jayden left."
    assert anonymise(text).text == "Person A said no. Person A's sister laughed. Person A left."


def test_child_role_from_age() -> None:
    text = "Jayden (aged 4) was found alone. Jayden was cold."
    assert anonymise(text).text == "Child A (aged 1-4) was found alone. Child A was cold."


def test_child_role_from_apposition() -> None:
    assert anonymise("the child, Jayden, cried").text == "the child, Child A, cried"


def test_parent_role() -> None:
    assert anonymise("His mother, Sarah, rang.").text == "His mother, Parent 1, rang."
    assert anonymise("mum Sarah rang").text == "mum Parent 1 rang"


def test_professional_roles() -> None:
    text = "Social worker Tom Briggs met Dr Okafor and Captain Hughes."
    assert anonymise(text).text == "Social worker 1 met Doctor 1 and Captain 1."


def test_surname_links_to_full_name() -> None:
    text = "Sunita Patel attended. Mrs Patel said she was worried."
    result = anonymise(text)
    assert result.text == "Person A attended. Person A said she was worried."


def test_two_people_with_one_surname_differ() -> None:
    text = "Sunita Patel and Raj Patel attended."
    assert anonymise(text).text == "Person A and Person B attended."


def test_two_children_lettered() -> None:
    text = "Jayden (4) and Kacper (6) were home."
    assert anonymise(text).text == "Child A (1-4) and Child B (5-9) were home."


def test_initials_link_to_full_name() -> None:
    text = "Jayden Smith was seen. Later JS refused food."
    assert anonymise(text).text == "Person A was seen. Later Person A refused food."


def test_role_aware_off() -> None:
    text = "Dr Okafor saw mum Sarah."
    assert anonymise(text, Policy(role_aware=False)).text == "Person A saw mum Person B."


def test_counts_by_kind() -> None:
    result = anonymise("Jayden rang 07700 900123 and Priya rang 07700 900456.")
    assert result.counts_by_kind() == {"name": 2, "phone": 2}


def test_structured_placeholders() -> None:
    text = "Email a@b.com, phone 07700 900123, NI QQ123456C, NHS 943 476 5919, LS6 2AB."
    assert anonymise(text).text == (
        "Email [email], phone [phone], NI [NI number], NHS [NHS number], [postcode]."
    )
