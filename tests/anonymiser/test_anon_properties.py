"""Property tests: spans always index the original text exactly and never overlap."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anonymiser import KINDS, anonymise
from anonymiser.engine import build_text

# Mix realistic fragments with arbitrary text so the detectors actually fire.
FRAGMENTS = st.sampled_from(
    [
        "Jayden", "jayden's", "Mr Patel", "Dr. Okafor", "J. Smith", "07700 900123", "LS6 2AB",
        "943 476 5919", "QQ 12 34 56 C", "LCS-448812", "12/03/2024", "3rd March", "aged 7",
        "St Mary's Primary School", "14 Mill Lane", "G-ABCD", "BA123", "AB12 CDE", "Grace",
        "the 14th", "a@b.co", "Ward 7B", "DOB", "(4)", ",", ".", "\n", " and ", "Thanks, ",
        "—", "'s", "Leeds", "Will", "Hope", "mum", "social worker",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_spans_are_sorted_disjoint_and_rebuild_the_output(text: str) -> None:
    result = anonymise(text)
    previous_end = 0
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end
        assert span.kind in KINDS
        assert 0.0 <= span.confidence <= 1.0
        assert span.reason
        previous_end = span.end
    assert build_text(text, result.spans) == result.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_breaks(text: str) -> None:
    result = anonymise(text)
    assert build_text(text, result.spans) == result.text
    assert all(0 <= s.start < s.end <= len(text) for s in result.spans)


def test_empty_text() -> None:
    result = anonymise("")
    assert result.text == "" and result.spans == []
