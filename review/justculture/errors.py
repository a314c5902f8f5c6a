"""Errors of the just-culture stage (plain English, safe to show staff)."""

from __future__ import annotations

from review.workflow.errors import ReviewInputError


class AssessmentError(ReviewInputError):
    """An assessment step was refused (unknown model, wrong answer, decision without a reason...)."""
