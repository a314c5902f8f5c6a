"""Errors of the review workflow; every message is plain English and safe to show staff."""

from __future__ import annotations


class ReviewError(Exception):
    """Base class for review errors."""


class IllegalTransitionError(ReviewError):
    """The report is not in a state from which this step can be taken (HTTP 409)."""


class NotAllowedError(ReviewError):
    """This person's role may not take this step (HTTP 403)."""


class ReportNotVisibleError(ReviewError):
    """The report does not exist for this person (HTTP 404: we do not confirm it exists)."""


class ReviewInputError(ReviewError):
    """A decision was refused because something it needs is missing or wrong (HTTP 400/409)."""
