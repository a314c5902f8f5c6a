"""Staff accounts and their server-side sessions."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from config.database import UTCDateTime, db


def _public_id() -> str:
    return secrets.token_urlsafe(12)


class StaffUser(db.Model):  # type: ignore[name-defined]
    """A member of staff. Reporters never have an account."""

    __tablename__ = "staff_users"
    __envelope__ = ("staff_users", "public_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=_public_id)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    # The TOTP secret is sealed under this row's data key, so a database copy cannot mint codes.
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    totp_secret_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    totp_last_step: Mapped[int | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    sessions: Mapped[list[StaffSession]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    @property
    def has_totp(self) -> bool:
        """True once a second factor is enrolled."""
        return self.totp_secret_sealed is not None


class StaffSession(db.Model):  # type: ignore[name-defined]
    """A signed-in browser. The cookie holds a random id; only its SHA-256 is stored."""

    __tablename__ = "staff_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    user: Mapped[StaffUser] = relationship(back_populates="sessions")
