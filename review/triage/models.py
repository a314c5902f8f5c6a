"""Readers assigned to a report, their independent triage answers and the agreed triage.

Answers hold codes only (kind, harm grade, route, themes...). A reader's free-text note is sealed
under the report's key. Nothing here names the reporter.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from config.database import UTCDateTime, db
from config.identity.models import StaffUser


class Assignment(db.Model):  # type: ignore[name-defined]
    """A panel member asked to read and triage one report."""

    __tablename__ = "review_assignments"
    __table_args__ = (UniqueConstraint("report_id", "reader_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    reader_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    assigned_by: Mapped[str] = mapped_column(String(32))
    assigned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default="active")  # "active" | "conflict"

    reader: Mapped[StaffUser] = relationship()


class TriageAnswer(db.Model):  # type: ignore[name-defined]
    """One reader's independent triage of one report (hidden from the other reader until both are in)."""

    __tablename__ = "review_triage_answers"
    __table_args__ = (UniqueConstraint("report_id", "reader_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    reader_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    harm_grade: Mapped[str] = mapped_column(String(32))
    immediate_risk: Mapped[bool] = mapped_column(default=False)
    learning_potential: Mapped[str] = mapped_column(String(16))
    service_area: Mapped[str | None] = mapped_column(String(64), default=None)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    route: Mapped[str] = mapped_column(String(32))
    duplicate_of: Mapped[str | None] = mapped_column(String(24), default=None)
    note_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    submitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    reader: Mapped[StaffUser] = relationship()


class TriageOutcome(db.Model):  # type: ignore[name-defined]
    """The triage the report moved on with: agreed by both readers, or resolved by the chair."""

    __tablename__ = "review_triage_outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), unique=True)
    decided_by: Mapped[str] = mapped_column(String(32))  # "system" (agreement) or the chair's id
    agreed: Mapped[bool] = mapped_column(default=True)
    kind: Mapped[str] = mapped_column(String(16))
    harm_grade: Mapped[str] = mapped_column(String(32))
    immediate_risk: Mapped[bool] = mapped_column(default=False)
    learning_potential: Mapped[str] = mapped_column(String(16))
    service_area: Mapped[str | None] = mapped_column(String(64), default=None)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    route: Mapped[str] = mapped_column(String(32))
    duplicate_of: Mapped[str | None] = mapped_column(String(24), default=None)
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
