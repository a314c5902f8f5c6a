"""SQLite is tuned for durability and privacy on every connection."""

from __future__ import annotations

import threading

import pytest
from flask import Flask
from sqlalchemy import text

from config.database import db
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="SQLite pragmas; this run uses PostgreSQL")


def _pragmas() -> dict[str, object]:
    with db.engine.connect() as connection:
        return {name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")}


def test_pragmas_are_in_effect(app: Flask) -> None:
    assert _pragmas() == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}


def test_pragmas_hold_on_every_pooled_connection(app: Flask) -> None:
    seen: list[dict[str, object]] = []

    def read() -> None:
        with app.app_context():
            seen.append(_pragmas())

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(seen) == 4
    assert all(p == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}
               for p in seen)


def test_foreign_keys_are_enforced(app: Flask) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        db.session.execute(text(
            "INSERT INTO staff_sessions (token_hash, user_id, created_at, last_seen_at, expires_at) "
            "VALUES ('x', 99999, '2026-01-01', '2026-01-01', '2026-01-01')"))
        db.session.commit()
    db.session.rollback()
