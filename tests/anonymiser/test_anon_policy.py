"""Organisation lists: terms always redacted, terms never redacted, and loading them."""

from pathlib import Path

import pytest

from anonymiser import Policy, anonymise, load_terms


def test_always_identifying_terms_are_redacted() -> None:
    policy = Policy.from_lists(always_identifying=["Brookside", "Oakwood Team"])
    result = anonymise("The brookside unit and Oakwood Team met.", policy)
    assert [s.kind for s in result.spans] == ["organisation", "organisation"]
    assert "brookside" not in result.text.lower()
    assert "Oakwood" not in result.text


def test_always_identifying_name() -> None:
    policy = Policy.from_lists(always_identifying=["Jayden"])
    result = anonymise("told jayden", policy)
    assert result.spans[0].kind == "name" and result.spans[0].confidence == 1.0


def test_never_redact_terms_survive() -> None:
    policy = Policy.from_lists(never_redact=["Hope Ward", "Grace"])
    result = anonymise("On Hope Ward, Grace said it was fine.", policy)
    assert result.text == "On Hope Ward, Grace said it was fine."


def test_loader_reads_one_term_per_line(tmp_path: Path) -> None:
    terms = tmp_path / "local.txt"
    terms.write_text("# local teams\nBrookside\n\n  Oakwood Team  \n", encoding="utf-8")
    assert load_terms(terms) == frozenset({"Brookside", "Oakwood Team"})
    policy = Policy.from_files(always_identifying=terms)
    assert policy.always_identifying == frozenset({"Brookside", "Oakwood Team"})


def test_policy_validation() -> None:
    with pytest.raises(ValueError):
        Policy(date_granularity="day")
    with pytest.raises(ValueError):
        Policy(kinds=frozenset({"shoe_size"}))


def test_kinds_filter() -> None:
    result = anonymise("Jayden rang 07700 900123", Policy(kinds=frozenset({"phone"})))
    assert result.text == "Jayden rang [phone]"


def test_placeholder_style() -> None:
    result = anonymise("He attends Little Acorns Nursery.", Policy(place_placeholder="XYZ"))
    assert result.text == "He attends XYZ Nursery."


def test_never_redact_terms_survive_when_a_detector_gave_them_a_priority_adjustment() -> None:
    # Towns carry a negative priority adjustment; the never-redact list used to treat any
    # adjustment as "from the organisation's identifying list" and let them through.
    policy = Policy.from_lists(never_redact=["Leeds"])
    text = "The family moved to Leeds last spring."
    result = anonymise(text, policy)
    assert "Leeds" in result.text, [(text[s.start:s.end], s.kind) for s in result.spans]
