"""Candour's anonymiser: finds and replaces identifying details in free-text narratives.

A pure library (standard library plus the word lists in ``anonymiser/data``) so that the
reporting and review layers, the CLI and the benchmarks all get the same behaviour.

    >>> from anonymiser import anonymise
    >>> anonymise("Mum Sarah rang 07700 900123.").text
    'Mum Parent 1 rang [phone].'
"""

from anonymiser.engine import anonymise
from anonymiser.model import (
    KINDS,
    Policy,
    Result,
    RiskAssessment,
    RiskReason,
    Span,
    load_terms,
)
from anonymiser.risk import assess_risk

__all__ = [
    "KINDS",
    "Policy",
    "Result",
    "RiskAssessment",
    "RiskReason",
    "Span",
    "anonymise",
    "assess_risk",
    "load_terms",
]
