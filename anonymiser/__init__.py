"""Candour's anonymiser: finds and replaces identifying details in free-text narratives.

A pure library (standard library plus the word lists and the name tagger's weights in
``anonymiser/data``, all plain text) so that the reporting and review layers, the CLI and the
benchmarks all get the same behaviour. Rules find what identifiers look like; a small averaged
perceptron (``anonymiser/tagger.py``) proposes names from the words around them, and the rules
keep the last word on ordinary uses.

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
