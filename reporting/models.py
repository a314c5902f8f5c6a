"""The Report aggregate: a report, its reporter-facing messages, status history and outcome.

What is stored, and why (SECURITY.md "collect less"):
- every free-text field is sealed under the report's own data key (`__envelope__`), bound to
  table, column and reference; the database alone reveals no narrative;
- the receipt is stored only as an HMAC under a pepper from the keyring;
- times are kept to the day (`submitted_on`) and the learning record to the month
  (`learning_month`, `occurred_month`); no client address, user agent or exact time exists here;
- contact details are sealed under the key for the month they were given (`contact_month`),
  so destroying that month's key shreds them everywhere, backups included.

The review area reads and advances reports through `reporting.services`; reporting never imports
review.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from config.database import UTCDateTime, db, public_reference


class Kind(StrEnum):
    """What the reporter is telling us about."""

    INCIDENT = "incident"
    NEAR_MISS = "near_miss"
    SUCCESS = "success"


class Status(StrEnum):
    """DESIGN.md section 2: the report's life."""

    SUBMITTED = "submitted"
    DEIDENTIFIED = "deidentified"
    TRIAGED = "triaged"
    IN_REVIEW = "in_review"
    LEARNING_AGREED = "learning_agreed"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    OUTSIDE_SCOPE = "outside_scope"
    MERGED = "merged"


#: Statuses after which nothing more happens to a report (contact details are shredded).
FINAL_STATUSES = frozenset({Status.CLOSED, Status.WITHDRAWN, Status.OUTSIDE_SCOPE, Status.MERGED})


class Author(StrEnum):
    """Who wrote a follow-up message (never a person's name)."""

    REPORTER = "reporter"
    PANEL = "panel"
    CONFIDENTIALITY_OFFICER = "confidentiality_officer"


class Report(db.Model):  # type: ignore[name-defined]
    """One confidential report."""

    __tablename__ = "reports"
    __envelope__ = ("reports", "reference")

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    receipt_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    path: Mapped[str] = mapped_column(String(8), default="short")
    status: Mapped[str] = mapped_column(String(24), default=Status.SUBMITTED.value, index=True)
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    learning_month: Mapped[str] = mapped_column(String(7))
    occurred_month: Mapped[str | None] = mapped_column(String(7), default=None)
    service_area: Mapped[str | None] = mapped_column(String(64), default=None)
    setting: Mapped[str | None] = mapped_column(String(64), default=None)
    harm_grade: Mapped[str | None] = mapped_column(String(32), default=None)
    roles_involved: Mapped[list[str]] = mapped_column(JSON, default=list)
    factors: Mapped[list[str]] = mapped_column(JSON, default=list)
    quote_consent: Mapped[bool] = mapped_column(default=False)
    immediate_risk: Mapped[bool] = mapped_column(default=False, index=True)

    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    # Sealed free text (see reporting.services for the seal/open functions).
    narrative_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    why_it_matters_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    what_would_help_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    factors_other_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    already_done_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # The de-identified version released by the confidentiality officer (JSON of fields).
    deidentified_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    contact_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    contact_month: Mapped[str | None] = mapped_column(String(7), default=None, index=True)
    contact_shredded: Mapped[bool] = mapped_column(default=False)

    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="SET NULL"), default=None
    )
    # Plain-words outcome codes the reporter sees (e.g. "health_support"), never free text.
    signposts: Mapped[list[str]] = mapped_column(JSON, default=list)

    messages: Mapped[list[Message]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="Message.id"
    )
    status_events: Mapped[list[StatusEvent]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="StatusEvent.id"
    )
    outcomes: Mapped[list[OutcomeItem]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="OutcomeItem.id"
    )

    @property
    def is_final(self) -> bool:
        """True once the report is closed, withdrawn, outside scope or merged."""
        return Status(self.status) in FINAL_STATUSES

    def __repr__(self) -> str:  # never show content
        return f"<Report {self.reference} {self.status}>"


class Message(db.Model):  # type: ignore[name-defined]
    """A question, answer or note between the panel and the anonymous reporter."""

    __tablename__ = "report_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Opaque id shown to reporters (reply_to) so integer ids never leave the server.
    public_id: Mapped[str] = mapped_column(String(24), unique=True, default=lambda: public_reference("M"))
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(32))
    is_question: Mapped[bool] = mapped_column(default=False)
    body_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    answered: Mapped[bool] = mapped_column(default=False)
    reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("report_messages.id", ondelete="SET NULL"), default=None
    )
    # A reporter's message is raw text, read only by the confidentiality officer; the version the
    # officer de-identified and released to the panel is sealed here (None until relayed).
    deidentified_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    report: Mapped[Report] = relationship(back_populates="messages")


class StatusEvent(db.Model):  # type: ignore[name-defined]
    """A status change as the reporter sees it (day only; the audit log has the rest)."""

    __tablename__ = "report_status_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    on: Mapped[dt.date] = mapped_column(Date)

    report: Mapped[Report] = relationship(back_populates="status_events")


class OutcomeItem(db.Model):  # type: ignore[name-defined]
    """"You said, we did": an action or bulletin this report led to, in words for the reporter."""

    __tablename__ = "report_outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Opaque id: the sealed text is bound to it, so texts cannot be swapped between items.
    public_id: Mapped[str] = mapped_column(String(24), unique=True, default=lambda: public_reference("O"))
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "action" | "bulletin" | "finding"
    text_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(24), default="planned")
    added_on: Mapped[dt.date] = mapped_column(Date)

    report: Mapped[Report] = relationship(back_populates="outcomes")


class Draft(db.Model):  # type: ignore[name-defined]
    """A 'save and come back' draft: sealed answers found by a keyed hash of the draft code."""

    __tablename__ = "report_drafts"
    __envelope__ = ("report_drafts", "code_hash")

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    answers_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    expires_on: Mapped[dt.date] = mapped_column(Date, index=True)


class ContactReveal(db.Model):  # type: ignore[name-defined]
    """One audited look at a report's contact details; the reason is sealed, never in the audit log.

    The audit chain records who revealed which report's details and when (with the reason's
    length and code); the reason text itself may name people, so it is sealed under this row's
    own data key and readable only through `reporting.services.open_reveal_reason`.
    """

    __tablename__ = "report_contact_reveals"
    __envelope__ = ("report_contact_reveals", "public_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(24), unique=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    reason_code: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    reason_sealed: Mapped[bytes] = mapped_column(LargeBinary)


def as_dict(report: Report) -> dict[str, Any]:
    """Structured (non-secret) fields of a report, for schemas and tests."""
    return {
        "reference": report.reference,
        "kind": report.kind,
        "status": report.status,
        "learning_month": report.learning_month,
        "occurred_month": report.occurred_month,
        "service_area": report.service_area,
        "setting": report.setting,
        "harm_grade": report.harm_grade,
        "immediate_risk": report.immediate_risk,
    }
