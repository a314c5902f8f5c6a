"""Acts under assessment and the assessments of them.

DESIGN.md section 3: one act at a time, at least two assessors, the tool recommends and people
decide. An `Act` is the act being assessed (described by the panel in de-identified words, sealed
under the report's key) and holds the agreed outcome once there is one. Each `Assessment` is one
assessor's walk through one model: the answers (codes), the recommendation, the decision and, if
the decision departs from the recommendation, the reason (sealed). Re-walking keeps the earlier
assessment, marked superseded, in the history.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from config.database import UTCDateTime, db
from config.identity.models import StaffUser


class Act(db.Model):  # type: ignore[name-defined]
    """One act of one person, assessed on its own."""

    __tablename__ = "review_acts"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    description_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    outcome_model: Mapped[str | None] = mapped_column(String(64), default=None)
    outcome_code: Mapped[str | None] = mapped_column(String(64), default=None)
    outcome_route: Mapped[str | None] = mapped_column(String(32), default=None)
    agreed_by: Mapped[str | None] = mapped_column(String(32), default=None)
    agreed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)

    assessments: Mapped[list[Assessment]] = relationship(back_populates="act", order_by="Assessment.id")


class Assessment(db.Model):  # type: ignore[name-defined]
    """One assessor's walk through a decision model for one act."""

    __tablename__ = "review_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("review_acts.id", ondelete="CASCADE"), index=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    model_id: Mapped[str] = mapped_column(String(64))
    model_version: Mapped[str] = mapped_column(String(40))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    recommended: Mapped[str | None] = mapped_column(String(64), default=None)
    decided: Mapped[str | None] = mapped_column(String(64), default=None)
    departure_reason_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    state: Mapped[str] = mapped_column(String(16), default="in_progress")  # in_progress|decided|superseded
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)

    act: Mapped[Act] = relationship(back_populates="assessments")
    assessor: Mapped[StaffUser] = relationship()
