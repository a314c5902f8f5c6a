"""Errors of the triage stage (plain English, safe to show staff)."""

from __future__ import annotations

from review.workflow.errors import ReviewInputError


class TriageError(ReviewInputError):
    """A triage step was refused (for example, answering twice, or assigning a third reader)."""
