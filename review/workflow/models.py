"""The review history of a report and the panel's settings.

`ReviewEvent` is the panel-side history of a report: each transition and each decision a person
made, with who and when. Reasons are free text written by staff and may quote the case, so they
are sealed under the report's own data key (like the report text) and never reach the audit log,
which takes only codes.

`PanelSetting` holds what an admin changes on the settings page (the default just-culture model,
clock durations) as small name/value rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from config.database import UTCDateTime, db


class ReviewEvent(db.Model):  # type: ignore[name-defined]
    """One step in a report's review history (a transition or a recorded decision)."""

    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(48))
    from_status: Mapped[str] = mapped_column(String(24))
    to_status: Mapped[str | None] = mapped_column(String(24), default=None)
    actor: Mapped[str] = mapped_column(String(32))
    actor_role: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reason_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class PanelSetting(db.Model):  # type: ignore[name-defined]
    """A setting the admin changes without code (never report content)."""

    __tablename__ = "review_settings"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))
