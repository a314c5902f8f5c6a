"""The audit chain detects edits, deletions, truncation and insertions; it refuses content."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from sqlalchemy import select, text

from config import audit
from config.database import db, transaction
from tests.conftest import NOW


def _write_chain(entries: int = 6) -> None:
    with transaction():
        for i in range(entries):
            audit.record("report.moved", actor=audit.SYSTEM, now=NOW + dt.timedelta(minutes=i),
                         subject=f"R-{i:04d}", details={"from": "submitted", "to": "triaged", "n": i})


def _sql(statement: str, **params: object) -> None:
    db.session.execute(text(statement), params)
    db.session.commit()


def _problems() -> list[str]:
    db.session.expire_all()
    result = audit.verify_chain()
    assert result.ok is (not result.problems)
    return result.problems


def test_an_intact_chain_verifies(app: Flask) -> None:
    assert audit.verify_chain().ok  # empty
    _write_chain()
    result = audit.verify_chain()
    assert result.ok and result.entries == 6
    seqs = list(db.session.execute(select(audit.AuditEvent.seq).order_by(audit.AuditEvent.seq)).scalars())
    assert seqs == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("column, value", [
    ("subject", "R-9999"), ("actor", "someone"), ("action", "report.deleted"),
    ("details", '{"from": "submitted", "to": "closed", "n": 2}'), ("at", "2026-11-19 10:32:00"),
])
def test_an_edited_entry_is_detected(app: Flask, column: str, value: str) -> None:
    _write_chain()
    _sql(f"UPDATE audit_events SET {column} = :v WHERE seq = 3", v=value)
    problems = _problems()
    assert any("entry 3" in p for p in problems), problems


def test_a_deleted_entry_is_detected(app: Flask) -> None:
    _write_chain()
    _sql("DELETE FROM audit_events WHERE seq = 3")
    problems = _problems()
    assert any("gap" in p for p in problems), problems


def test_a_truncated_tail_is_detected(app: Flask) -> None:
    _write_chain()
    _sql("DELETE FROM audit_events WHERE seq > 4")
    problems = _problems()
    assert any("truncated" in p for p in problems), problems


def test_a_rewound_head_changes_the_head_mac_the_operator_recorded(app: Flask) -> None:
    _write_chain()
    recorded = audit.verify_chain().head_mac  # `flask audit verify` prints this for the operator
    _sql("DELETE FROM audit_events WHERE seq > 4")
    _sql("UPDATE audit_head SET last_seq = 4, last_mac = (SELECT mac FROM audit_events WHERE seq = 4)")
    # A consistent prefix verifies on its own (no chain can prove its own tail without an
    # outside anchor), but its head MAC no longer matches the one the operator kept.
    result = audit.verify_chain()
    assert result.entries == 4
    assert result.head_mac != recorded


def test_reordered_entries_are_detected(app: Flask) -> None:
    _write_chain()
    _sql("UPDATE audit_events SET seq = 100 WHERE seq = 2")
    _sql("UPDATE audit_events SET seq = 2 WHERE seq = 3")
    _sql("UPDATE audit_events SET seq = 3 WHERE seq = 100")
    assert _problems()


def test_an_inserted_entry_is_detected(app: Flask) -> None:
    _write_chain()
    # A forged entry appended at the end, with the head moved to name it.
    _sql("INSERT INTO audit_events (seq, at, actor, action, subject, details, prev_mac, mac) "
         "SELECT 7, at, actor, action, 'R-FORGED', details, mac, mac FROM audit_events WHERE seq = 6")
    _sql("UPDATE audit_head SET last_seq = 7, last_mac = (SELECT mac FROM audit_events WHERE seq = 7)")
    problems = _problems()
    assert any("entry 7" in p for p in problems), problems


def test_an_entry_inserted_in_the_middle_is_detected(app: Flask) -> None:
    _write_chain()
    for seq in (6, 5, 4):
        _sql("UPDATE audit_events SET seq = :new WHERE seq = :old", new=seq + 1, old=seq)
    _sql("INSERT INTO audit_events (seq, at, actor, action, subject, details, prev_mac, mac) "
         "SELECT 4, at, actor, action, subject, details, prev_mac, mac FROM audit_events WHERE seq = 3")
    _sql("UPDATE audit_head SET last_seq = 7")
    assert _problems()


@pytest.mark.parametrize("details", [
    {"note": "the nurse gave the wrong dose to the child"},
    {"note": "Jane Smith"},
    {"name": "x" * 100},
    {"text": ["a", "list", "of", "words"]},
    {"nested": {"free text here": 1}},
    {"nested": {"name": "Jane"}},
    {"bad key with <b>": 1},
])
def test_details_with_free_text_are_refused(app: Flask, details: dict[str, object]) -> None:
    with pytest.raises(audit.AuditError):
        audit.record("report.moved", actor=audit.SYSTEM, now=NOW, details=details)


def test_short_codes_and_counts_are_accepted(app: Flask) -> None:
    with transaction():
        event = audit.record("report.redacted", actor=audit.SYSTEM, now=NOW, subject="R-ABC123",
                             details={"from": "submitted", "to": "in_review", "redactions": {"name": 3},
                                      "urgent": True, "score": 0.5, "month": "2026-11", "none": None})
    assert event.seq == 1
    with pytest.raises(audit.AuditError):
        audit.record("report moved by a person", actor="cli", now=NOW, subject="Jane Smith's report")


def test_reporter_events_are_stamped_with_the_day_only(app: Flask) -> None:
    exact = dt.datetime(2026, 11, 18, 22, 47, 13, 123456, tzinfo=dt.UTC)
    with transaction():
        audit.record("report.submitted", actor=audit.REPORTER, now=exact, subject="R-XYZ")
        audit.record("report.triaged", actor=audit.SYSTEM, now=exact, subject="R-XYZ")
    db.session.expire_all()
    reporter, system = db.session.execute(
        select(audit.AuditEvent).order_by(audit.AuditEvent.seq)).scalars()
    assert reporter.at == dt.datetime(2026, 11, 18, tzinfo=dt.UTC)
    assert system.at == exact
    assert audit.verify_chain().ok


def test_flask_audit_verify_exit_code(app: Flask) -> None:
    runner = app.test_cli_runner()
    _write_chain()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert "intact: 6 entries" in result.output
    _sql("UPDATE audit_events SET subject = 'R-EDITED' WHERE seq = 2")
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1
    assert "BROKEN" in result.output and "entry 2" in result.output
