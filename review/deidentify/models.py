"""What the confidentiality officer decided: de-identification decisions and immediate-risk actions.

Neither table holds report text. A decision keeps the counts of redactions by kind and the
re-identification score (numbers only); the de-identified text itself is sealed on the report by
`reporting.services.release_deidentified`. An immediate-risk action keeps codes for what was done
and an optional note sealed under the report's key, and nothing about the reporter.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from config.database import UTCDateTime, db


class Deidentification(db.Model):  # type: ignore[name-defined]
    """The confidentiality officer's release of a de-identified version to the panel."""

    __tablename__ = "review_deidentifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    decided_by: Mapped[str] = mapped_column(String(32))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    decision: Mapped[str] = mapped_column(String(16))  # "accepted" | "edited"
    redactions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    risk_score: Mapped[int] = mapped_column(default=0)
    risk_level: Mapped[str] = mapped_column(String(16), default="")


class RiskFlag(db.Model):  # type: ignore[name-defined]
    """Immediate risk raised by someone during triage, or the record of acting on any risk flag.

    A report flagged by its reporter at submission has no row until the officer acts; a flag
    raised by staff gets a row at once. The queue shows flags not yet acted on.
    """

    __tablename__ = "review_risk_flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # "reporter" | "panel"
    flagged_by: Mapped[str] = mapped_column(String(32))
    flagged_on: Mapped[dt.date] = mapped_column(Date)
    acted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    acted_by: Mapped[str | None] = mapped_column(String(32), default=None)
    actions: Mapped[list[str]] = mapped_column(JSON, default=list)
    note_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
