"""Staff identity services: accounts, password and TOTP checks, server-side sessions.

Services never commit; callers wrap them in `transaction()`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask import current_app
from sqlalchemy import delete, func, select

from config import audit
from config.crypto import Keyring
from config.database import db
from config.identity.errors import AccountError, SignInError, ThrottledError, TotpError
from config.identity.models import StaffSession, StaffUser
from config.limiter import forget, hit, keyed
from config.security import Role

# Argon2id with the RFC 9106 "second recommended" parameters (64 MiB, 3 passes, 4 lanes).
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)
# Each hash takes 64 MiB: cap how many run at once so a login flood cannot exhaust memory.
_hash_slots = threading.BoundedSemaphore(4)
_dummy_hash: list[str] = []
_dummy_lock = threading.Lock()

TOTP_STEP_SECONDS = 30


def hash_password(password: str) -> str:
    """Argon2id hash of a password."""
    with _hash_slots:
        return _hasher.hash(password)


def _dummy() -> str:
    with _dummy_lock:
        if not _dummy_hash:
            _dummy_hash.append(hash_password(secrets.token_urlsafe(16)))
        return _dummy_hash[0]


def _verify(stored: str, password: str) -> bool:
    with _hash_slots:
        try:
            return _hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


def validate_password(password: str) -> None:
    """Refuse passwords too short to resist guessing (NCSC: length over complexity)."""
    if len(password) < 12:
        raise AccountError("Password must be at least 12 characters")
    if len(password) > 256:
        raise AccountError("Password must be 256 characters or fewer")


def _keyring() -> Keyring:
    ring: Keyring = current_app.extensions["candour.keyring"]
    return ring


def normalise_email(email: str) -> str:
    """Case-fold and trim an e-mail address for lookups."""
    return email.strip().lower()


def find_user_by_email(email: str) -> StaffUser | None:
    """The account with this e-mail address, if any."""
    return db.session.execute(
        select(StaffUser).where(StaffUser.email == normalise_email(email))
    ).scalar_one_or_none()


def get_user(public_id: str) -> StaffUser:
    """The account with this public id; raises AccountError if absent."""
    user = db.session.execute(
        select(StaffUser).where(StaffUser.public_id == public_id)
    ).scalar_one_or_none()
    if user is None:
        raise AccountError("No such account")
    return user


def list_users() -> list[StaffUser]:
    """Every staff account, by e-mail."""
    return list(db.session.execute(select(StaffUser).order_by(StaffUser.email)).scalars())


def create_user(
    email: str,
    role: str,
    password: str,
    *,
    display_name: str | None = None,
    actor: str,
    now: dt.datetime,
    must_change_password: bool = False,
) -> StaffUser:
    """Create a staff account with an Argon2id password."""
    try:
        role_value = Role(role)
    except ValueError:
        raise AccountError(f"Unknown role {role!r}; choose one of {[r.value for r in Role]}") from None
    address = normalise_email(email)
    if "@" not in address or len(address) > 254:
        raise AccountError("Enter a valid e-mail address")
    validate_password(password)
    if find_user_by_email(address) is not None:
        raise AccountError("An account with that e-mail address already exists")
    public_id = secrets.token_urlsafe(12)
    envelope = _keyring().new_row_envelope("staff_users", public_id)
    user = StaffUser(
        public_id=public_id,
        email=address,
        display_name=display_name or address.split("@")[0],
        role=role_value.value,
        password_hash=hash_password(password),
        wrapped_key=envelope.wrapped_key,
        must_change_password=must_change_password,
        created_at=now,
    )
    db.session.add(user)
    db.session.flush()
    audit.record("staff.created", actor=actor, subject=public_id, now=now,
                 details={"role": role_value.value})
    return user


def disable_user(user: StaffUser, *, actor: str, now: dt.datetime) -> None:
    """Disable an account and end all its sessions."""
    user.active = False
    db.session.execute(delete(StaffSession).where(StaffSession.user_id == user.id))
    audit.record("staff.disabled", actor=actor, subject=user.public_id, now=now)


def _attempt_limit() -> str:
    settings = current_app.config["CANDOUR_SETTINGS"]
    return f"{settings.login_attempts_per_window} per {settings.login_window_minutes} minutes"


def authenticate(email: str, password: str, *, now: dt.datetime) -> StaffUser:
    """Check an e-mail and password, throttled per account name (known or not).

    The throttle is counted before the password is checked, atomically in the limiter store,
    so a burst of parallel guesses cannot slip past it. Unknown names are counted the same way
    and checked against a dummy hash so that timing does not reveal which accounts exist.
    """
    limit = _attempt_limit()
    key = keyed(normalise_email(email), purpose="signin")
    if not hit(limit, key):
        raise ThrottledError("Too many sign-in attempts. Wait 15 minutes and try again.")
    user = find_user_by_email(email)
    stored = user.password_hash if user is not None else _dummy()
    ok = _verify(stored, password)
    if user is None or not ok or not user.active:
        raise SignInError("Enter a correct e-mail address and password")
    forget(limit, key)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def change_password(user: StaffUser, new_password: str, *, now: dt.datetime) -> None:
    """Set a new password and clear the must-change flag."""
    validate_password(new_password)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    audit.record("staff.password_changed", actor=user.public_id, subject=user.public_id, now=now)


# -- TOTP -----------------------------------------------------------------------------------------
def new_totp_secret() -> str:
    """A fresh base32 TOTP secret (not yet stored)."""
    return pyotp.random_base32()


def totp_uri(user: StaffUser, secret: str) -> str:
    """The otpauth:// URI an authenticator app reads."""
    issuer = current_app.config["CANDOUR_SETTINGS"].organisation_name
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=issuer)


def _totp_secret(user: StaffUser) -> str | None:
    if user.totp_secret_sealed is None:
        return None
    envelope = _keyring().row_envelope("staff_users", user.public_id, user.wrapped_key)
    return envelope.open_text("totp_secret", user.totp_secret_sealed)


def _matching_step(secret: str, code: str, now: dt.datetime) -> int | None:
    code = code.strip().replace(" ", "")
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    step = int(now.timestamp()) // TOTP_STEP_SECONDS
    for candidate in (step, step - 1, step + 1):  # one step of clock drift either way
        if secrets.compare_digest(totp.at(candidate * TOTP_STEP_SECONDS), code):
            return candidate
    return None


def enrol_totp(user: StaffUser, secret: str, code: str, *, now: dt.datetime) -> None:
    """Store a TOTP secret once the user proves their app produces a current code."""
    step = _matching_step(secret, code, now)
    if step is None:
        raise TotpError("That code did not match. Check the time on your phone and try again.")
    envelope = _keyring().row_envelope("staff_users", user.public_id, user.wrapped_key)
    user.totp_secret_sealed = envelope.seal_text("totp_secret", secret)
    user.totp_last_step = step
    audit.record("staff.totp_enrolled", actor=user.public_id, subject=user.public_id, now=now)


def verify_totp(user: StaffUser, code: str, *, now: dt.datetime) -> None:
    """Accept a current code once; a replayed or older code is refused."""
    secret = _totp_secret(user)
    if secret is None:
        raise TotpError("No second factor is set up for this account")
    limit = _attempt_limit()
    key = keyed(user.public_id, purpose="totp")
    if not hit(limit, key):
        raise ThrottledError("Too many codes tried. Wait 15 minutes and try again.")
    step = _matching_step(secret, code, now)
    if step is None:
        raise TotpError("Enter the current 6-digit code from your authenticator app")
    if user.totp_last_step is not None and step <= user.totp_last_step:
        raise TotpError("That code has already been used. Wait for the next one.")
    user.totp_last_step = step
    forget(limit, key)


# -- sessions -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SessionToken:
    """The random token for the cookie (never stored) and its row."""

    token: str
    record: StaffSession


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start_session(user: StaffUser, *, now: dt.datetime) -> SessionToken:
    """Open a new server-side session (a fresh id on every sign-in)."""
    settings = current_app.config["CANDOUR_SETTINGS"]
    token = secrets.token_urlsafe(32)
    record = StaffSession(
        token_hash=_token_hash(token),
        user_id=user.id,
        created_at=now,
        last_seen_at=now,
        expires_at=now + dt.timedelta(minutes=settings.session_lifetime_minutes),
    )
    db.session.add(record)
    audit.record("staff.signed_in", actor=user.public_id, subject=user.public_id, now=now)
    return SessionToken(token=token, record=record)


def resume_session(token: str, *, now: dt.datetime) -> StaffUser | None:
    """The user behind a session token, if the session is alive; expired sessions are removed."""
    record = db.session.execute(
        select(StaffSession).where(StaffSession.token_hash == _token_hash(token))
    ).scalar_one_or_none()
    if record is None:
        return None
    settings = current_app.config["CANDOUR_SETTINGS"]
    idle_limit = record.last_seen_at + dt.timedelta(minutes=settings.session_idle_minutes)
    if now >= record.expires_at or now >= idle_limit or not record.user.active:
        db.session.delete(record)
        return None
    record.last_seen_at = now
    return record.user


def end_session(token: str, *, now: dt.datetime) -> None:
    """Sign out: delete the session row so the old cookie is dead on the server."""
    record = db.session.execute(
        select(StaffSession).where(StaffSession.token_hash == _token_hash(token))
    ).scalar_one_or_none()
    if record is not None:
        audit.record("staff.signed_out", actor=record.user.public_id,
                     subject=record.user.public_id, now=now)
        db.session.delete(record)


def purge_expired_sessions(*, now: dt.datetime) -> int:
    """Delete sessions past their absolute expiry (a scheduled job)."""
    count = db.session.execute(
        select(func.count()).select_from(StaffSession).where(StaffSession.expires_at <= now)
    ).scalar_one()
    db.session.execute(delete(StaffSession).where(StaffSession.expires_at <= now))
    return int(count)
