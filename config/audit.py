"""The tamper-evident audit log: an HMAC chain with gap-free sequence numbers.

Each entry is appended in the same transaction as the change it records, so an audited change
and its entry commit or roll back together. Entries hold who, what, which record and when, never
content: `details` accepts only counts, flags and short codes (checked here, so a careless caller
cannot leak a narrative into the log). Events caused by a reporter are stamped with the day only,
so the audit log cannot reveal an exact submission time.

Each entry's MAC covers its fields and the previous entry's MAC; a single head row holds the last
sequence number and MAC. `flask --app wsgi audit verify` detects an edited, deleted, inserted or
truncated entry. The head row is locked for each append so sequence numbers have no gaps even
with several app processes on PostgreSQL (SQLite already serialises writers).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import JSON, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from config.database import UTCDateTime, db

REPORTER = "reporter"
SYSTEM = "system"
_SAFE_TEXT = re.compile(r"^[A-Za-z0-9 _.:/\-]{0,64}$")
# Detail keys and values are codes: no spaces, so a sentence ("the nurse gave ...") or a name
# ("Jane Smith") cannot be recorded as a detail.
_CODE = re.compile(r"^[A-Za-z0-9_.:/\-]{0,64}$")
_GENESIS = "0" * 64


class AuditError(Exception):
    """An audit entry was refused (for example, details that could carry content)."""


class AuditEvent(db.Model):  # type: ignore[name-defined]
    """One entry in the chain."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(64), default="", index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class AuditHead(db.Model):  # type: ignore[name-defined]
    """The single row naming the chain's last entry (detects truncation)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(default=0)
    last_mac: Mapped[str] = mapped_column(String(64), default=_GENESIS)


def _check_details(details: dict[str, Any]) -> dict[str, Any]:
    for key, value in details.items():
        if not _CODE.match(key):
            raise AuditError(f"audit detail key {key!r} is not a short code")
        if isinstance(value, bool | int | float) or value is None:
            continue
        if isinstance(value, str) and _CODE.match(value):
            continue
        if isinstance(value, dict) and all(
            _CODE.match(str(k)) and isinstance(v, int) for k, v in value.items()
        ):
            continue  # counts by kind, e.g. {"name": 3}
        raise AuditError(f"audit detail {key!r} must be a number, flag or short code, not content")
    return details


def _mac(key: bytes, seq: int, at: dt.datetime, actor: str, action: str, subject: str,
         details: dict[str, Any], prev_mac: str) -> str:
    body = json.dumps(
        [seq, at.astimezone(dt.UTC).isoformat(), actor, action, subject, details, prev_mac],
        sort_keys=True,
        separators=(",", ":"),
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def _key() -> bytes:
    return bytes(current_app.extensions["candour.keyring"].audit_key)


def _locked_head() -> AuditHead:
    """The head row, locked for this transaction; created once, safely under concurrency.

    On a fresh database several first writers may find no head row at once: each tries to
    insert it in a savepoint, all but one fail on the primary key, and everyone then locks the
    one row that exists (a plain insert would turn that race into a 500).
    """
    query = select(AuditHead).where(AuditHead.id == 1).with_for_update()
    head = db.session.execute(query).scalar_one_or_none()
    if head is not None:
        return head
    try:
        with db.session.begin_nested():
            db.session.add(AuditHead(id=1, last_seq=0, last_mac=_GENESIS))
    except IntegrityError:
        pass  # another transaction created it first
    return db.session.execute(query).scalar_one()


def record(
    action: str,
    *,
    actor: str,
    now: dt.datetime,
    subject: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append an entry to the chain in the current transaction (the caller commits)."""
    if not _SAFE_TEXT.match(action) or not _SAFE_TEXT.match(subject) or not _SAFE_TEXT.match(actor):
        raise AuditError("action, actor and subject must be short codes")
    clean = _check_details(dict(details or {}))
    at = now.astimezone(dt.UTC)
    if actor == REPORTER:
        at = at.replace(hour=0, minute=0, second=0, microsecond=0)
    head = _locked_head()
    seq = head.last_seq + 1
    mac = _mac(_key(), seq, at, actor, action, subject, clean, head.last_mac)
    event = AuditEvent(
        seq=seq, at=at, actor=actor, action=action, subject=subject, details=clean,
        prev_mac=head.last_mac, mac=mac,
    )
    db.session.add(event)
    head.last_seq = seq
    head.last_mac = mac
    db.session.flush()
    return event


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of checking the chain."""

    ok: bool
    entries: int
    problems: list[str]
    head_mac: str


def verify_chain() -> VerifyResult:
    """Walk the whole chain and report every break: edits, deletions, insertions, truncation."""
    key = _key()
    problems: list[str] = []
    prev_mac = _GENESIS
    expected = 1
    count = 0
    for event in db.session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        count += 1
        if event.seq != expected:
            problems.append(f"gap: expected entry {expected}, found {event.seq}")
        if event.prev_mac != prev_mac:
            problems.append(f"entry {event.seq}: does not follow the entry before it")
        mac = _mac(key, event.seq, event.at, event.actor, event.action, event.subject,
                   event.details or {}, event.prev_mac)
        if not hmac.compare_digest(mac, event.mac):
            problems.append(f"entry {event.seq}: contents were changed")
        prev_mac = event.mac
        expected = event.seq + 1
    head = db.session.get(AuditHead, 1)
    last_seq, last_mac = (head.last_seq, head.last_mac) if head else (0, _GENESIS)
    if last_seq != expected - 1 or last_mac != prev_mac:
        problems.append(
            f"truncated or extended: head names entry {last_seq}, chain ends at {expected - 1}"
        )
    return VerifyResult(ok=not problems, entries=count, problems=problems, head_mac=last_mac)
