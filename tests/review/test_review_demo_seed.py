"""`flask demo seed` walks sample reports through the real workflow, and never runs in production."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from config import audit
from config.database import db
from reporting import services as reporting
from reporting.models import Report


def test_demo_seed_fills_every_early_stage_and_keeps_the_audit_chain(app):
    result = app.test_cli_runner().invoke(args=["demo", "seed"])
    assert result.exit_code == 0, result.output
    statuses = Counter(db.session.execute(select(Report.status)).scalars())
    assert statuses["submitted"] == 3  # waiting for the confidentiality officer
    assert statuses["deidentified"] + statuses["triaged"] == 7
    assert statuses["triaged"] >= 1
    assert audit.verify_chain().ok
    # The receipts it prints really open their reports' follow-up.
    receipt_line = next(line for line in result.output.splitlines() if line.strip().startswith("CR-"))
    reference, _kind, *words = receipt_line.split()
    found = reporting.find_by_receipt(" ".join(words))
    assert found is not None and found.reference == reference


def test_receipt_words_avoid_distressing_vocabulary():
    words = set(reporting.load_wordlist())
    assert len(words) == 7776
    distressing = {"poison", "cruelty", "offender", "crimes", "ransom", "fault", "blame", "death", "abuse"}
    assert not words & distressing
