"""`flask --app wsgi demo seed`: a development database filled with realistic sample data.

It uses the same services as the web pages, so the sample reports go through the real
submission, de-identification, two-reader triage and follow-up steps (and their audit entries).
Refused in production.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from config.database import transaction, utcnow
from config.identity import services as identity
from config.identity.models import StaffUser
from reporting import services as reporting
from reporting.models import Author, Report
from review.deidentify import services as deidentify
from review.triage import services as triage

demo_cli = AppGroup("demo", help="Sample data for trying Candour.")

DEMO_REPORTS = Path(__file__).resolve().parent / "data" / "demo_reports.json"
DEMO_STAFF = (
    ("demo-officer@candour.local", "confidentiality_officer", "Casey (confidentiality officer)"),
    ("demo-chair@candour.local", "chair", "Morgan (panel chair)"),
    ("demo-reviewer1@candour.local", "reviewer", "Riley (reviewer)"),
    ("demo-reviewer2@candour.local", "reviewer", "Jordan (reviewer)"),
    ("demo-reviewer3@candour.local", "reviewer", "Avery (reviewer)"),
    ("demo-publisher@candour.local", "publisher", "Quinn (publisher)"),
)


def _staff(now: dt.datetime) -> tuple[dict[str, StaffUser], dict[str, str]]:
    users: dict[str, StaffUser] = {}
    passwords: dict[str, str] = {}
    for email, role, name in DEMO_STAFF:
        user = identity.find_user_by_email(email)
        if user is None:
            password = "-".join(secrets.token_hex(3) for _ in range(4))
            with transaction():
                user = identity.create_user(email, role, password, display_name=name, actor="cli", now=now)
            passwords[email] = password
        users[email] = user
    return users, passwords


def _triage(reader_answers: list[dict[str, Any]], report: Report, readers: list[StaffUser],
            now: dt.datetime) -> None:
    for reader, answer in zip(readers, reader_answers, strict=False):
        with transaction():
            triage.submit_answer(report, answer, actor=reader, now=now)


def seed(now: dt.datetime) -> dict[str, Any]:
    """Create the demo staff and reports and move them through the workflow. Returns a summary."""
    users, passwords = _staff(now)
    officer = users["demo-officer@candour.local"]
    chair = users["demo-chair@candour.local"]
    samples = json.loads(DEMO_REPORTS.read_text("utf-8"))
    receipts: list[tuple[str, str, str]] = []
    for number, sample in enumerate(samples):
        submitted = now - dt.timedelta(days=3 * (len(samples) - number))
        with transaction():
            submission = reporting.submit_report(dict(sample), now=submitted)
        report = submission.report
        receipts.append((report.reference, sample["kind"], submission.receipt))
        if number >= 7:
            continue  # left with the confidentiality officer, to try the de-identification gate
        with transaction():
            deidentify.acknowledge(report, actor=officer, now=submitted)
        proposal = deidentify.propose(report, actor=officer)
        with transaction():
            triage.release_to_panel(report, proposal.proposed_texts(), actor=officer,
                                    now=submitted + dt.timedelta(days=1))
        readers = [a.reader for a in triage.readers(report)]
        if number >= 5 or len(readers) < 2:
            continue  # waiting for the readers
        base = {"kind": sample["kind"], "harm_grade": sample.get("harm_grade") or "none",
                "learning_potential": "high", "service_area": sample.get("service_area"),
                "themes": sample.get("factors", [])[:2], "immediate_risk": False,
                "route": "success_review" if sample["kind"] == "success" else "systems_review"}
        second = dict(base)
        if number == 0:  # the two readers disagree: the chair resolves it on the disagreements page
            second["harm_grade"] = "moderate"
            second["route"] = "after_action_review"
        _triage([base, second], report, readers, submitted + dt.timedelta(days=2))
        if number == 1:
            with transaction():
                reporting.post_staff_message(
                    report, "Thank you for this. Was the Signs of Safety mapping your idea or a team "
                    "practice? We would like to know what made it possible.",
                    author=Author.PANEL, is_question=True, now=submitted + dt.timedelta(days=3))
    return {"passwords": passwords, "receipts": receipts, "chair": chair.email}


@demo_cli.command("seed")
def demo_seed() -> None:
    """Fill the database with sample staff and reports (development only)."""
    settings = current_app.config["CANDOUR_SETTINGS"]
    if settings.is_production:
        raise click.ClickException("demo data is never loaded in production")
    summary = seed(utcnow())
    click.echo("Demo staff (sign in at /staff/sign-in):")
    for email, role, _name in DEMO_STAFF:
        password = summary["passwords"].get(email, "(unchanged: created by an earlier seed)")
        click.echo(f"  {role:<24} {email:<32} {password}")
    click.echo("Demo receipts (follow up at /follow-up; in real use a receipt is shown only once):")
    for reference, kind, receipt in summary["receipts"]:
        click.echo(f"  {reference} {kind:<9} {receipt}")


def init_app(app: Flask) -> None:
    """Register the demo command group."""
    app.cli.add_command(demo_cli)
