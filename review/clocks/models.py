"""In-app reminders raised by the clock job, one list per role.

A reminder names the clock and the report reference (an opaque code), never report content.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from config.database import UTCDateTime, db


class Reminder(db.Model):  # type: ignore[name-defined]
    """An overdue clock, shown to everyone in a role until someone dismisses it."""

    __tablename__ = "review_reminders"
    __table_args__ = (UniqueConstraint("role", "kind", "report_id", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    role: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    dismissed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    dismissed_by: Mapped[str | None] = mapped_column(String(32), default=None)
