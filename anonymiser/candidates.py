"""The internal candidate record every detector emits, and overlap resolution.

Detectors are allowed to disagree: an e-mail address contains a name, a school name contains
a saint's name. They all emit candidates and `resolve` keeps a non-overlapping subset,
preferring the detector that knows more (priority), then confidence, then length.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# Higher wins when candidates overlap. Structured identifiers outrank free-text guesses
# because their patterns are validated (check digits, postcode areas).
PRIORITY: dict[str, int] = {
    "email": 100,
    "nhs_number": 95,
    "ni_number": 95,
    "postcode": 92,
    "phone": 90,
    "aircraft_registration": 85,
    "date_of_birth": 84,
    "flight_number": 82,
    "vehicle_registration": 82,
    "case_reference": 80,
    "date": 75,
    "address": 70,
    "organisation": 65,
    "age": 60,
    "name": 50,
}


@dataclass(slots=True)
class Candidate:
    """A proposed span before overlap resolution and placeholder assignment."""

    start: int
    end: int
    kind: str
    confidence: float
    reason: str
    replacement: str | None = None
    # Detector-specific facts the replacer needs (role cue, org type words, name tokens).
    meta: dict[str, str] = field(default_factory=dict)
    priority_bonus: int = 0

    @property
    def priority(self) -> int:
        """Return the overlap priority of this candidate."""
        return PRIORITY[self.kind] + self.priority_bonus


def _trim_name(
    cand: Candidate, text: str, starts: list[int], ends: list[int]
) -> Candidate | None:
    start, end = cand.start, cand.end
    for s, e in zip(starts, ends, strict=True):
        if s < end and start < e:
            if s <= start:
                start = e
            elif e >= end:
                end = s
            else:
                return None  # the other span sits inside the name: keep the name out
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if end - start < 2:
        return None
    return Candidate(start, end, cand.kind, cand.confidence, cand.reason, cand.replacement,
                     dict(cand.meta), cand.priority_bonus)


def resolve(candidates: list[Candidate], text: str | None = None) -> list[Candidate]:
    """Keep a non-overlapping subset of candidates, best first, returned in text order."""
    ordered = sorted(
        candidates,
        key=lambda c: (-c.priority, -c.confidence, -(c.end - c.start), c.start),
    )
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Candidate] = []
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        i = bisect.bisect_left(starts, cand.start)
        # Neighbour on the left must end before we start; neighbour on the right must
        # start after we end.
        if (i > 0 and ends[i - 1] > cand.start) or (i < len(starts) and starts[i] < cand.end):
            if cand.kind != "name" or text is None:
                continue
            # A name run that swallowed the tail of a code ("...40 A. Shannon") keeps the part
            # that does not overlap: losing the whole name would leave the person in the text.
            trimmed = _trim_name(cand, text, starts, ends)
            if trimmed is None:
                continue
            cand = trimmed
            i = bisect.bisect_left(starts, cand.start)
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        kept.insert(i, cand)
    return kept
