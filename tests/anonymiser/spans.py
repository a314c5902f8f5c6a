"""Shared assertions about what anonymise() hid and what it left, for the anonymiser tests."""

from __future__ import annotations

from anonymiser import anonymise


def redacted(text: str) -> str:
    return anonymise(text).text


def covered(text: str, needle: str) -> bool:
    """True when every character of needle (first occurrence) is inside some span."""
    start = text.index(needle)
    spans = anonymise(text).spans
    return all(any(s.start <= k < s.end for s in spans) for k in range(start, start + len(needle)))


def hidden(text: str, needle: str) -> bool:
    """Covered by spans and gone from the redacted text."""
    return covered(text, needle) and needle not in redacted(text)


def untouched(text: str, word: str) -> bool:
    """No span overlaps word (first occurrence) and it is still in the redacted text."""
    start = text.index(word)
    end = start + len(word)
    result = anonymise(text)
    return word in result.text and not any(s.start < end and start < s.end for s in result.spans)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in anonymise(text).spans]


def one_span_of_kind(text: str, needle: str, kind: str) -> bool:
    """True when a single span of the given kind covers all of needle (first occurrence)."""
    start = text.index(needle)
    end = start + len(needle)
    return any(s.kind == kind and s.start <= start and end <= s.end for s in anonymise(text).spans)
