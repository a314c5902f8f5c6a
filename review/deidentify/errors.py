"""Errors of the de-identification stage (plain English, safe to show staff)."""

from __future__ import annotations

from review.workflow.errors import ReviewInputError


class ReleaseRefusedError(ReviewInputError):
    """The de-identified version cannot be released as given."""
