"""Fixtures for the review area: a panel of staff, and reports submitted through reporting's service.

Reports carry canary strings in their raw text and contact details so tests can prove that no
page or API response a reviewer can reach ever contains them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask

from config.database import transaction
from config.identity.models import StaffUser
from reporting import services as reporting
from reporting.models import Report
from review.triage import services as triage
from tests.conftest import NOW, make_staff

REFERENCE_RE = re.compile(r"CR-[A-Z0-9]{10}")
RAW_CANARY = "Zebulon Quartermaine"  # a name the anonymiser replaces; it must never reach the panel
CONTACT_CANARY = "canary-contact@example.org"
NARRATIVE = (
    f"On 3 March 2026 Nurse {RAW_CANARY} gave the second dose of insulin at 14:05 without a second "
    "check because the ward was short of staff and the checking policy was unclear."
)


@dataclass
class Panel:
    """The staff of one test: an officer, two reviewers, a spare reviewer, a chair, others."""

    officer: StaffUser
    reviewer1: StaffUser
    reviewer2: StaffUser
    reviewer3: StaffUser
    chair: StaffUser
    publisher: StaffUser
    admin: StaffUser


_HASHES: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _hash_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hash the shared test password once per session: Argon2id per account would dominate run time."""
    from config.identity import services as identity

    real = identity.hash_password

    def cached(password: str) -> str:
        if password not in _HASHES:
            _HASHES[password] = real(password)
        return _HASHES[password]

    monkeypatch.setattr(identity, "hash_password", cached)


@pytest.fixture
def panel(app: Flask) -> Panel:
    """Staff accounts, reviewers created in order so round-robin picks reviewer1 and reviewer2 first."""
    return Panel(
        officer=make_staff("confidentiality_officer"),
        reviewer1=make_staff("reviewer"),
        reviewer2=make_staff("reviewer"),
        reviewer3=make_staff("reviewer"),
        chair=make_staff("chair"),
        publisher=make_staff("publisher"),
        admin=make_staff("admin"),
    )


def submit(
    *,
    narrative: str = NARRATIVE,
    immediate_risk: bool = False,
    contact: bool = True,
    now: dt.datetime = NOW,
    **extra: Any,
) -> tuple[Report, str]:
    """Submit a report through reporting's service; returns (report, receipt)."""
    data: dict[str, Any] = {
        "kind": "incident",
        "narrative": narrative,
        "immediate_risk": immediate_risk,
        "why_it_matters": "It could happen again on any ward.",
        **extra,
    }
    if contact:
        data["contact"] = {"email": CONTACT_CANARY, "name": None, "phone": None}
    with transaction():
        submission = reporting.submit_report(data, now=now)
    return submission.report, submission.receipt


def release(report: Report, officer: StaffUser, *, now: dt.datetime = NOW) -> None:
    """The officer accepts the anonymiser's proposal as it stands and releases it."""
    from review.deidentify import services as deidentify

    with transaction():
        proposal = deidentify.propose(report, actor=officer)
        triage.release_to_panel(report, proposal.proposed_texts(), actor=officer, now=now)


def answer(report: Report, reader: StaffUser, *, now: dt.datetime = NOW, **overrides: Any) -> None:
    """One reader's triage answers (systems review, low harm unless overridden)."""
    data = {
        "kind": "incident",
        "harm_grade": "low",
        "immediate_risk": False,
        "learning_potential": "high",
        "service_area": "health",
        "themes": [],
        "route": "systems_review",
        "duplicate_of": None,
        "note": "",
    }
    data.update(overrides)
    with transaction():
        triage.submit_answer(report, data, actor=reader, now=now)


@pytest.fixture
def submitted(app: Flask) -> tuple[Report, str]:
    """A freshly submitted report and its receipt."""
    return submit()


@pytest.fixture
def released(panel: Panel, submitted: tuple[Report, str]) -> Report:
    """A report released to the panel, with reviewer1 and reviewer2 assigned round-robin."""
    report = submitted[0]
    release(report, panel.officer)
    return report
