"""The anonymise() pipeline: detect, apply the organisation's lists, resolve, replace.

Every detector sees the original text and reports offsets into it; nothing rewrites the text
until the very end, so the spans always index the original exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anonymiser.candidates import Candidate, resolve
from anonymiser.lexicon import Lexicon, lexicon
from anonymiser.model import Policy, Result, Span
from anonymiser.names import find_names
from anonymiser.places import (
    NAMED_STREET_RE,
    ORG_TYPE_RE,
    find_addresses,
    find_organisations,
    find_towns,
)
from anonymiser.replace import assign
from anonymiser.structured import find_structured
from anonymiser.temporal import age_band, find_ages, find_dates

DEFAULT_POLICY = Policy()

# An organisation's own terms outrank every built-in detector: they know their patch.
_ORG_LIST_BONUS = 100


@lru_cache(maxsize=64)
def _terms_pattern(terms: frozenset[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    alt = "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE)


def _kind_of_term(term: str, lex: Lexicon) -> str:
    if ORG_TYPE_RE.search(term.title()):
        return "organisation"
    if NAMED_STREET_RE.search(term.title()):
        return "address"
    words = term.lower().split()
    if words and all(w in lex.first_names or w in lex.surnames for w in words):
        return "name"
    return "organisation"


def _always_identifying(text: str, policy: Policy, lex: Lexicon) -> list[Candidate]:
    pattern = _terms_pattern(policy.always_identifying)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        kind = _kind_of_term(m.group(0), lex)
        meta = {"tokens": m.group(0).lower(), "initials": ""} if kind == "name" else {"type": ""}
        found.append(
            Candidate(m.start(), m.end(), kind, 1.0, "on the organisation's identifying list",
                      meta=meta, priority_bonus=_ORG_LIST_BONUS)
        )
    return found


def _never_ranges(text: str, policy: Policy) -> list[tuple[int, int]]:
    pattern = _terms_pattern(policy.never_redact)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


_BRACKET_AGE_RE = re.compile(r"\s*\((\d{1,2})\)")


def _bracket_ages(text: str, names: list[Candidate], policy: Policy) -> list[Candidate]:
    """'Jayden (4)' — a bare number in brackets after a name is an age."""
    out = []
    for cand in names:
        m = _BRACKET_AGE_RE.match(text, cand.end + (2 if text.startswith("'s", cand.end) else 0))
        if m:
            years = int(m.group(1))
            replacement = age_band(years) if policy.age_bands else "[age]"
            out.append(Candidate(m.start(1), m.end(1), "age", 0.8, "number in brackets after a name",
                                 replacement=replacement))
    return out


def detect(text: str, policy: Policy) -> list[Candidate]:
    """Return every candidate from every detector, before overlap resolution."""
    lex = lexicon()
    cands: list[Candidate] = []
    cands.extend(find_structured(text, lex.common))
    cands.extend(find_dates(text, policy))
    cands.extend(find_ages(text, policy))
    cands.extend(find_organisations(text, lex))
    cands.extend(find_addresses(text, lex))
    cands.extend(find_towns(text, lex))
    names = find_names(text, lex)
    cands.extend(names)
    cands.extend(_bracket_ages(text, names, policy))
    cands.extend(_always_identifying(text, policy, lex))
    never = _never_ranges(text, policy)
    if never:
        cands = [
            c for c in cands
            if c.priority_bonus or not any(s < c.end and c.start < e for s, e in never)
        ]
    return [c for c in cands if c.kind in policy.kinds and c.confidence >= policy.min_confidence]


def build_text(text: str, spans: list[Span]) -> str:
    """Rebuild the output by splicing each span's replacement into the original."""
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(span.replacement)
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def anonymise(text: str, policy: Policy | None = None) -> Result:
    """Find identifying details in text and return the redacted text with its spans."""
    policy = policy or DEFAULT_POLICY
    if not text:
        return Result(text="", spans=[], original="")
    kept = resolve(detect(text, policy), text)
    spans = assign(text, kept, policy)
    return Result(text=build_text(text, spans), spans=spans, original=text)
