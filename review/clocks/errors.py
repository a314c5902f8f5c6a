"""Errors of the clocks stage (plain English, safe to show staff)."""

from __future__ import annotations

from review.workflow.errors import ReviewInputError


class ClockSettingsError(ReviewInputError):
    """A clock duration or the bank holiday list is not usable."""
