"""The database base: typed declarative models, engine tuning and the one-commit helper.

SQLite is the embedded default and is tuned for durability (WAL, synchronous=FULL) and for
privacy (secure_delete overwrites freed pages so deleted report text does not linger in the
file). Every transaction on SQLite takes the write lock up front (BEGIN IMMEDIATE) so two writers
never deadlock on a lock upgrade. PostgreSQL is reached through psycopg 3.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base for every Candour model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)


def utcnow() -> dt.datetime:
    """The current time, timezone-aware UTC (services take `now` so tests control it)."""
    return dt.datetime.now(dt.UTC)


def engine_options(database_url: str) -> dict[str, Any]:
    """Engine keyword arguments suited to the configured database."""
    if database_url.startswith("sqlite"):
        return {"connect_args": {"timeout": 30, "check_same_thread": False}}
    return {"pool_pre_ping": True}


@event.listens_for(Engine, "connect")
def _sqlite_on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    # Let SQLAlchemy, not the driver, decide when transactions begin (so BEGIN IMMEDIATE works).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA secure_delete=ON",
        "PRAGMA busy_timeout=30000",
    ):
        cursor.execute(pragma)
    cursor.close()


@event.listens_for(Session, "after_flush")
def _remember_flush(session: Session, flush_context: Any) -> None:
    session.info["flushed"] = True


@event.listens_for(Session, "after_transaction_end")
def _forget_flush(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop("flushed", None)


# Set while a `transaction()` is open in this thread or task: its BEGIN takes the write lock.
_writing: ContextVar[bool] = ContextVar("candour_writing", default=False)


@event.listens_for(Engine, "begin")
def _sqlite_begin(conn: Any) -> None:
    if conn.dialect.name == "sqlite":
        # Writers take the lock up front (BEGIN IMMEDIATE), so a read-then-write transaction never
        # fails to upgrade its lock under contention; plain reads stay deferred and, under WAL,
        # never block a writer.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if _writing.get() else "BEGIN")


@contextmanager
def transaction() -> Iterator[None]:
    """Run a unit of work and commit it once; roll back if anything inside raises.

    A read-only transaction the session may already have open (objects loaded before the unit
    of work) is ended first, so the unit of work starts a fresh transaction that holds the write
    lock from its first statement and sees the latest committed data.
    """
    session = db.session()
    pending = session.new or session.dirty or session.deleted or session.info.get("flushed")
    if session.in_transaction() and not pending:
        session.rollback()
    token = _writing.set(True)
    try:
        yield
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        _writing.reset(token)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps stored as UTC and always returned timezone-aware, on SQLite and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware UTC time")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def public_reference(prefix: str, length: int = 10) -> str:
    """A random, unguessable public reference (never an integer id in a URL)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    body = "".join(secrets.choice(alphabet) for _ in range(length))
    return f"{prefix}-{body}"
