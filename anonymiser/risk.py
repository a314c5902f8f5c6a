"""Re-identification risk: what could still point to a person after redaction.

Redaction removes direct identifiers; people are also recognised by combinations of ordinary
facts (the only male midwife, a death that made the news, a team of three). The score is a
sum of weighted findings capped at 100, each with a plain-English reason and a suggested
generalisation the reporter or confidentiality officer can apply.
"""

from __future__ import annotations

import re

from anonymiser.engine import anonymise
from anonymiser.model import DIRECT_KINDS, Policy, Result, RiskAssessment, RiskReason

_RULES: tuple[tuple[str, int, re.Pattern[str], str, str], ...] = (
    (
        "rare_role",
        20,
        re.compile(
            r"\b(?:head\s+of\s+(?:service|department|nursing|midwifery|safety|operations)|"
            r"(?:the\s+)?(?:medical|nursing|clinical|managing|service|area|regional|"
            r"operations|safety|executive|assistant|deputy)?\s*director|chief\s+(?:executive|"
            r"pilot|nurse|officer|medical\s+officer|operating\s+officer|social\s+worker|"
            r"engineer|inspector)|principal\s+social\s+worker|medical\s+examiner|"
            r"accountable\s+manager|head\s*teacher|headteacher|matron|chair\s+of|"
            r"the\s+(?:only|sole|single|lone)\s+(?:[\w-]+\s+){0,3}?(?:\w+))\b",
            re.IGNORECASE,
        ),
        "A rare or senior role can point to one person: {match!r}.",
        "Use a broader description, e.g. 'a senior manager' or 'a member of staff'.",
    ),
    (
        "small_team",
        15,
        re.compile(
            r"\b(?:team|unit|service|crew|ward)\s+of\s+(?:two|three|four|five|[2-5])\b|"
            r"\b(?:only|just)\s+(?:one|two|three|[1-3])\s+(?:of\s+us|staff|nurses|doctors|"
            r"pilots|workers|people|members)\b|\bone\s+of\s+(?:only\s+)?(?:two|three|[23])\b",
            re.IGNORECASE,
        ),
        "A small team is mentioned ({match!r}); with the service named, anyone can be found.",
        "Describe the team without its size, e.g. 'a small team'.",
    ),
    (
        "exact_time",
        8,
        re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?!\.\d)|\b(?:1[0-2]|0?[1-9])\s?[ap]\.?m\b\.?",
                   re.IGNORECASE),
        "An exact time is left in ({match!r}); with a date it can match rotas and logs.",
        "Round to a period of the day, e.g. 'in the afternoon' or 'overnight'.",
    ),
    (
        "weekday",
        4,
        re.compile(r"\b(?:on|last|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                   re.IGNORECASE),
        "A specific weekday is given ({match!r}); with the month it narrows the date.",
        "Say 'one weekday' or leave the day out.",
    ),
    (
        "unusual_event",
        20,
        re.compile(
            r"\b(?:died|death|deceased|fatal(?:ity|ities)?|killed|passed\s+away|"
            r"stillbirth|stillborn|coroner|inquest|murder(?:ed)?|manslaughter|"
            r"serious\s+case\s+review|safeguarding\s+practice\s+review|child\s+death|"
            r"crash(?:ed)?|hull\s+loss|evacuat(?:ed|ion))\b",
            re.IGNORECASE,
        ),
        "A rare, serious event ({match!r}) may be publicly known and easy to match.",
        "Keep the event type but remove details that match press or public records.",
    ),
    (
        "media",
        20,
        re.compile(
            r"\b(?:in\s+the\s+(?:news|papers?|press)|newspapers?|media\s+(?:coverage|interest)|"
            r"journalists?|reporters?|bbc|itv|sky\s+news|went\s+viral|social\s+media|"
            r"tiktok|facebook|twitter|instagram|local\s+paper|front\s+page)\b",
            re.IGNORECASE,
        ),
        "Media or social media attention is mentioned ({match!r}); the case may be searchable.",
        "Say 'there was public interest' without naming the outlet or platform.",
    ),
    (
        "multiple_birth",
        10,
        re.compile(r"\b(?:twins?|triplets?|quadruplets?|quads)\b", re.IGNORECASE),
        "Twins or triplets are mentioned ({match!r}); multiple births are rare and memorable.",
        "Refer to 'siblings' unless the multiple birth matters to the learning.",
    ),
    (
        "rare_condition",
        12,
        re.compile(
            r"\brare\s+(?:condition|disease|disorder|syndrome|genetic|cancer|illness)|"
            r"\b(?:one\s+in\s+a\s+million|only\s+known\s+case|unusual\s+diagnosis|"
            r"progeria|huntington|cystic\s+fibrosis|sickle\s+cell|spinal\s+muscular\s+atrophy|"
            r"batten|rett|prader|angelman|edwards|patau|conjoined|transplant)\b",
            re.IGNORECASE,
        ),
        "A rare condition is mentioned ({match!r}); few patients share it locally.",
        "Describe it more generally, e.g. 'a rare genetic condition' or 'a complex condition'.",
    ),
    (
        "distinctive_trait",
        8,
        re.compile(
            r"\b(?:polish|romanian|lithuanian|arabic|somali|urdu|punjabi|bengali|tigrinya|"
            r"amharic|kurdish|farsi|pashto|vietnamese|cantonese|mandarin|bsl|sign\s+language)"
            r"[\s-]+(?:speaking|speaker|interpreter)\b|\b(?:only\s+(?:male|female|black|"
            r"welsh-speaking)|wheelchair\s+user|amputee|transgender|trans\s+(?:man|woman))\b",
            re.IGNORECASE,
        ),
        "A distinctive personal trait is mentioned ({match!r}).",
        "Leave the trait out unless it matters to the learning, or describe it broadly.",
    ),
)

_QUASI_KINDS = ("age", "organisation", "date", "address")
_ROLE_RE = re.compile(
    r"\b(?:social\s+worker|nurse|doctor|midwife|pilot|captain|first\s+officer|teacher|"
    r"manager|consultant|registrar|health\s+visitor|paramedic|controller|engineer)\b",
    re.IGNORECASE,
)
_LEFTOVER_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?")


def _level(score: int) -> str:
    if score >= 60:
        return "high"
    if score >= 25:
        return "medium"
    return "low"


def assess_risk(
    text: str, result: Result | None = None, policy: Policy | None = None
) -> RiskAssessment:
    """Score how re-identifiable a report still is after anonymisation, with reasons."""
    result = result if result is not None else anonymise(text, policy)
    redacted = result.text
    reasons: list[RiskReason] = []
    score = 0
    for code, weight, pattern, message, suggestion in _RULES:
        m = pattern.search(redacted)
        if m is None:
            continue
        matched = " ".join(m.group(0).split())
        reasons.append(RiskReason(code, message.format(match=matched), suggestion))
        score += weight

    counts = result.counts_by_kind()
    quasi = [k for k in _QUASI_KINDS if counts.get(k)]
    if _ROLE_RE.search(text):
        quasi.append("role")
    if len(quasi) >= 3:
        reasons.append(
            RiskReason(
                "quasi_identifiers",
                f"Several quasi-identifiers appear together ({', '.join(quasi)}); "
                "each is harmless alone but together they can single someone out.",
                "Generalise at least one further: a wider age band, a season instead of a "
                "month, 'a local service' instead of the service type.",
            )
        )
        score += 10 * (len(quasi) - 2)

    low = [s for s in result.spans if s.kind in DIRECT_KINDS and s.confidence < 0.7]
    if low:
        reasons.append(
            RiskReason(
                "low_confidence",
                f"{len(low)} redaction(s) were uncertain (e.g. {text[low[0].start:low[0].end]!r}); "
                "a person should confirm them.",
                "Check each highlighted item and edit the redaction if it is wrong.",
            )
        )
        score += min(15, 5 * len(low))

    leftovers = [m.group(0) for m in _LEFTOVER_RE.finditer(redacted)
                 if not m.group(0).startswith(("Child ", "Parent ", "Person ", "ZZZ"))]
    if leftovers:
        reasons.append(
            RiskReason(
                "possible_identifier_left",
                f"Capitalised words remain that might be names or places: "
                f"{', '.join(sorted(set(leftovers))[:5])}.",
                "Check these words; add local names to the organisation's identifying list.",
            )
        )
        score += min(15, 3 * len(set(leftovers)))

    if policy is not None and policy.min_confidence > 0:
        skipped = [s for s in anonymise(text, Policy()).spans
                   if s.kind in DIRECT_KINDS and s.confidence < policy.min_confidence]
        if skipped:
            reasons.append(
                RiskReason(
                    "below_threshold",
                    f"{len(skipped)} possible identifier(s) were left because the policy's "
                    "confidence threshold is high.",
                    "Lower the threshold or review these items by hand.",
                )
            )
            score += 10

    score = max(0, min(100, score))
    return RiskAssessment(score=score, level=_level(score), reasons=reasons)
