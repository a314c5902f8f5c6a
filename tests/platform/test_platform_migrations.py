"""`flask db upgrade` on an empty database gives exactly the schema the models describe."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from sqlalchemy import inspect, text

from config.app import create_app
from config.database import db
from config.settings import load_settings
from tests.conftest import PG_URL


@pytest.fixture
def empty_app(tmp_path: Path) -> Iterator[Flask]:
    """An app on a database with no tables at all."""
    application = create_app(load_settings(
        environ={}, profile="test", database_url=PG_URL or f"sqlite:///{tmp_path / 'migrated.sqlite3'}",
        keyring_path=tmp_path / "keys" / "keyring.json", contact_key_dir=tmp_path / "keys" / "contact",
        ratelimit_storage_uri="memory://"))
    with application.app_context():
        if PG_URL:
            db.drop_all()
            db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
            db.session.commit()
        assert inspect(db.engine).get_table_names() == []
        yield application
        db.session.remove()
        if PG_URL:
            db.drop_all()
            db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
            db.session.commit()
        db.engine.dispose()


@pytest.fixture
def keep_logging() -> Iterator[None]:
    """migrations/env.py calls logging.fileConfig, which replaces handlers and disables loggers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    loggers = {name: (lg.disabled, lg.level) for name, lg in logging.root.manager.loggerDict.items()
               if isinstance(lg, logging.Logger)}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, (disabled, lvl) in loggers.items():
        logger = logging.getLogger(name)
        logger.disabled, logger.level = disabled, lvl


PLATFORM_TABLES = {"audit_events", "audit_head", "job_claims", "staff_users", "staff_sessions"}


def _diff_after_upgrade(app: Flask) -> list[Any]:
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "compare_server_default": False})
        diff: list[Any] = compare_metadata(context, db.metadata)
    return diff


def _tables_named(change: Any) -> set[str]:
    """Table names a diff entry touches (entries are tuples, or lists of tuples for columns)."""
    found: set[str] = set()
    items = change if isinstance(change, list) else [change]
    for item in items:
        for part in item:
            table = getattr(part, "table", None)
            if isinstance(part, str) and part in PLATFORM_TABLES:
                found.add(part)
            elif getattr(part, "name", None) and hasattr(part, "columns") and not hasattr(part, "table"):
                found.add(part.name)
            elif table is not None and getattr(table, "name", None):
                found.add(table.name)
    return found


def test_upgrade_head_matches_the_platform_models(empty_app: Flask, keep_logging: None) -> None:
    diff = [d for d in _diff_after_upgrade(empty_app) if _tables_named(d) & PLATFORM_TABLES]
    assert not diff, "\n".join(repr(d) for d in diff)


def test_upgrade_head_matches_the_models(empty_app: Flask, keep_logging: None) -> None:
    diff = _diff_after_upgrade(empty_app)
    readable = "\n".join(repr(d) for d in diff)
    assert not diff, f"the migrations differ from the models; regenerate the initial migration:\n{readable}"
    tables = set(inspect(db.engine).get_table_names())
    assert PLATFORM_TABLES <= tables
