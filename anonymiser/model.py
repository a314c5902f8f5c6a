"""Value types of the anonymiser: spans, results, the replacement policy and risk findings.

Everything here is a frozen dataclass so a result can be handed to other layers (the review
workflow, the CLI, a benchmark) without anyone mutating what the detector decided.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

KINDS: tuple[str, ...] = (
    "name",
    "address",
    "postcode",
    "phone",
    "email",
    "nhs_number",
    "ni_number",
    "case_reference",
    "date_of_birth",
    "date",
    "age",
    "organisation",
    "vehicle_registration",
    "aircraft_registration",
    "flight_number",
)

# Kinds that identify someone on their own; the recall target and the risk check treat them
# more strictly than quasi-identifiers such as dates, ages and organisations.
DIRECT_KINDS: frozenset[str] = frozenset(
    {
        "name",
        "address",
        "postcode",
        "phone",
        "email",
        "nhs_number",
        "ni_number",
        "case_reference",
        "date_of_birth",
    }
)

DATE_GRANULARITIES: frozenset[str] = frozenset({"month", "year", "remove"})


@dataclass(frozen=True, slots=True)
class Span:
    """One identifying stretch of the original text and what replaces it."""

    start: int
    end: int
    kind: str
    replacement: str
    confidence: float
    reason: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence out of range: {self.confidence}")


@dataclass(frozen=True, slots=True)
class Result:
    """The anonymised text plus the spans (offsets into the original) that produced it."""

    text: str
    spans: list[Span] = field(default_factory=list)
    original: str = ""

    def counts_by_kind(self) -> dict[str, int]:
        """Return how many spans of each kind were found."""
        return dict(Counter(span.kind for span in self.spans))


def load_terms(path: str | Path) -> frozenset[str]:
    """Read one term per line from a UTF-8 text file, skipping blanks and '#' comments."""
    terms: set[str] = set()
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            terms.add(line)
    return frozenset(terms)


@dataclass(frozen=True, slots=True)
class Policy:
    """How an organisation wants text anonymised: local term lists and replacement style."""

    always_identifying: frozenset[str] = frozenset()
    never_redact: frozenset[str] = frozenset()
    date_granularity: str = "month"
    age_bands: bool = True
    role_aware: bool = True
    place_placeholder: str = "ZZZ"
    # Spans below this confidence are still reported by assess_risk but not replaced.
    min_confidence: float = 0.0
    kinds: frozenset[str] = frozenset(KINDS)
    # A town or city written on its own ("diverted to Leeds") is kept unless this is set; one
    # that is part of an address ("4 Mill Lane, Ilkley") is always hidden with the address.
    towns: bool = False

    def __post_init__(self) -> None:
        if self.date_granularity not in DATE_GRANULARITIES:
            raise ValueError(
                f"date_granularity must be one of {sorted(DATE_GRANULARITIES)}, "
                f"not {self.date_granularity!r}"
            )
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds in policy: {sorted(unknown)}")
        if not self.place_placeholder.strip():
            raise ValueError("place_placeholder must not be blank")

    @classmethod
    def from_lists(
        cls,
        always_identifying: Iterable[str] = (),
        never_redact: Iterable[str] = (),
        **options: object,
    ) -> Policy:
        """Build a policy from plain term lists (blank entries are ignored)."""
        return cls(
            always_identifying=frozenset(t.strip() for t in always_identifying if t.strip()),
            never_redact=frozenset(t.strip() for t in never_redact if t.strip()),
            **options,  # type: ignore[arg-type]
        )

    @classmethod
    def from_files(
        cls,
        always_identifying: str | Path | None = None,
        never_redact: str | Path | None = None,
        **options: object,
    ) -> Policy:
        """Build a policy from text files holding one term per line."""
        return cls.from_lists(
            load_terms(always_identifying) if always_identifying else (),
            load_terms(never_redact) if never_redact else (),
            **options,
        )


@dataclass(frozen=True, slots=True)
class RiskReason:
    """One reason a report could still be re-identified, with a suggested fix."""

    code: str
    message: str
    suggestion: str


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """A 0..100 re-identification score, its level and the reasons behind it."""

    score: int
    level: str
    reasons: list[RiskReason] = field(default_factory=list)
