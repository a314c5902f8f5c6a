"""`flask backup create`: a consistent SQLite copy that restores every report (with the keyring)."""

from __future__ import annotations

import pytest

from config.app import create_app
from config.database import db, transaction
from reporting import services as reporting
from tests.conftest import NOW, PG_URL

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="SQLite online backup; PostgreSQL uses pg_dump")


def test_backup_then_restore_round_trips_every_report(app, settings, tmp_path):
    references = {}
    for number in range(12):
        with transaction():
            submission = reporting.submit_report(
                {"kind": "incident" if number % 2 else "success", "narrative": f"Narrative number {number}."},
                now=NOW,
            )
        references[submission.report.reference] = f"Narrative number {number}."
    target = tmp_path / "backups" / "candour-backup.sqlite3"
    result = app.test_cli_runner().invoke(args=["backup", "create", str(target)])
    assert result.exit_code == 0, result.output
    assert target.stat().st_mode & 0o777 == 0o600

    restored = create_app(settings.__class__(**{**settings.__dict__, "database_url": f"sqlite:///{target}"}))
    with restored.app_context():
        for reference, narrative in references.items():
            report = reporting.get_report(reference)
            assert reporting.open_report_text(report)["narrative"] == narrative
        db.session.remove()
        db.engine.dispose()
    assert b"Narrative number" not in target.read_bytes()

