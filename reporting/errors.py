"""Errors raised by the reporting services; views turn them into plain-English answers."""

from __future__ import annotations


class ReportingError(Exception):
    """Base class for reporting errors (messages are safe to show a reporter)."""


class ReportNotFoundError(ReportingError):
    """No report has that reference (or receipt)."""


class ReportClosedError(ReportingError):
    """The report is in a final state (closed, withdrawn, outside scope or merged)."""


class ReceiptInTextError(ReportingError):
    """A text field looks like it contains a receipt phrase."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__(
            "Your report looks like it contains a receipt phrase (a long run of receipt words). "
            "Receipts must never be written into a report, because anyone who reads the report "
            "could then follow it up as you. Remove the phrase and try again."
        )
        self.fields = fields


class AccessCodeError(ReportingError):
    """The organisation access code is missing or wrong."""


class DraftNotFoundError(ReportingError):
    """No saved draft matches that code (or it has expired)."""


class ContactRevealError(ReportingError):
    """Contact details cannot be revealed (none given, or already destroyed)."""


class MessageNotAllowedError(ReportingError):
    """A follow-up message was refused (for example, replying to a message that is not a question)."""
