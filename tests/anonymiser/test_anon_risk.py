"""Re-identification risk: scores, levels, reasons and suggestions."""

import pytest

from anonymiser import anonymise, assess_risk


def codes(text: str) -> set[str]:
    return {r.code for r in assess_risk(text).reasons}


def test_plain_text_is_low_risk() -> None:
    risk = assess_risk("The handover was rushed and the checklist was skipped.")
    assert risk.level == "low" and risk.score < 25


@pytest.mark.parametrize(
    "text, code",
    [
        ("I was the only Polish-speaking interpreter on shift.", "rare_role"),
        ("The head of service decided.", "rare_role"),
        ("The chief pilot reviewed it.", "rare_role"),
        ("We are a team of three.", "small_team"),
        ("It happened at 14:30 on the ward.", "exact_time"),
        ("The child died and there was an inquest.", "unusual_event"),
        ("It was in the news the next day.", "media"),
        ("The twins were both unwell.", "multiple_birth"),
        ("She has a rare condition.", "rare_condition"),
    ],
)
def test_reason_codes(text: str, code: str) -> None:
    assert code in codes(text)


def test_reasons_have_message_and_suggestion() -> None:
    risk = assess_risk("The head of service was in the news after the death.")
    assert risk.level in ("medium", "high")
    for reason in risk.reasons:
        assert reason.message and reason.suggestion


def test_quasi_identifier_combination() -> None:
    text = "A 7-year-old at Little Acorns Nursery was seen by the nurse on 3rd March 2024."
    assert "quasi_identifiers" in codes(text)


def test_uses_given_result() -> None:
    text = "Grace was upset."
    result = anonymise(text)
    assert assess_risk(text, result).score == assess_risk(text).score


def test_score_bounds() -> None:
    text = (
        "The only male midwife, head of service, in the news after a death of twins with a "
        "rare condition, at 14:30 on Monday, in our team of three."
    )
    risk = assess_risk(text)
    assert 0 <= risk.score <= 100 and risk.level == "high"
