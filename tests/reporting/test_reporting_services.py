"""Service-level tests: drafts, retention and crypto-shredding, contact reveal, messages, proof."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from config.audit import AuditEvent, verify_chain
from config.crypto import CryptoError
from config.database import db, transaction
from config.security import Role
from reporting import jobs, services
from reporting.errors import ContactRevealError, DraftNotFoundError, ReportClosedError, ReportNotFoundError
from reporting.models import Author, ContactReveal, Draft, Status


def get_with_token(client, url):
    """GET a page and return (response, its CSRF token).

    Each test-client request starts with an empty `g` (tests/conftest.py `IsolatedClient`), so
    the token belongs to the session as it is now, after any sign-in rotated it.
    """
    import re

    response = client.get(url)
    match = re.search(r'name="csrf_token" value="([^"]+)"', response.get_data(as_text=True))
    assert match
    return response, match.group(1)


NOW = dt.datetime(2026, 11, 18, 10, 30, tzinfo=dt.UTC)
CONTACT = {"name": "Sam Carer", "phone": "07700 900123", "email": "sam@example.org"}


def _submit(**extra):
    data = {"kind": "incident", "narrative": "The referral was not passed on.", **extra}
    with transaction():
        return services.submit_report(data, now=NOW)


# -- drafts -------------------------------------------------------------------------------------------
def test_draft_round_trip_and_single_use(app):
    with transaction():
        code = services.save_draft({"kind": "success", "narrative": "Good handover"}, now=NOW)
    assert len(code.split()) == services.DRAFT_WORDS
    draft = db.session.execute(select(Draft)).scalar_one()
    assert b"Good handover" not in draft.answers_sealed
    assert draft.expires_on == NOW.date() + dt.timedelta(days=14)
    with transaction():
        answers = services.resume_draft(code.upper().replace(" ", "-"), now=NOW)
    assert answers["narrative"] == "Good handover"
    with pytest.raises(DraftNotFoundError):
        services.resume_draft(code, now=NOW)


def test_drafts_expire_and_the_job_deletes_them(app):
    with transaction():
        code = services.save_draft({"narrative": "x"}, now=NOW)
        services.save_draft({"narrative": "y"}, now=NOW + dt.timedelta(days=10))
    later = NOW + dt.timedelta(days=15)
    with pytest.raises(DraftNotFoundError):
        services.resume_draft(code, now=later)
    with transaction():
        jobs.run_purge_drafts(later)
    assert db.session.execute(select(func.count(Draft.id))).scalar_one() == 1


# -- review-facing services -----------------------------------------------------------------------------
def test_get_and_find_report(app):
    sub = _submit()
    assert services.get_report(sub.report.reference) is sub.report
    assert services.find_report("CR-NOPE") is None
    with pytest.raises(ReportNotFoundError):
        services.get_report("CR-NOPE")


def test_record_status_appends_day_only_events_and_refuses_final_reports(app):
    report = _submit().report
    with transaction():
        services.record_status(report, Status.DEIDENTIFIED, now=NOW + dt.timedelta(days=1))
        services.record_status(report, Status.CLOSED, now=NOW + dt.timedelta(days=2))
    assert [(e.status, e.on.isoformat()) for e in report.status_events] == [
        ("submitted", "2026-11-18"),
        ("deidentified", "2026-11-19"),
        ("closed", "2026-11-20"),
    ]
    with pytest.raises(ReportClosedError):
        services.record_status(report, Status.TRIAGED, now=NOW)
    assert services.plain_status(Status.TRIAGED) == "Triaged by the panel"
    assert services.plain_status(Status.DEIDENTIFIED) == "With the panel"


def test_deidentified_text_round_trip_and_binding(app):
    first, second = _submit().report, _submit().report
    with transaction():
        services.release_deidentified(first, {"narrative": "Person A did X"}, now=NOW)
    assert services.open_deidentified(first) == {"narrative": "Person A did X"}
    assert services.open_deidentified(second) is None
    second.deidentified_sealed = first.deidentified_sealed  # a blob moved to another row fails closed
    with pytest.raises(CryptoError):
        services.open_deidentified(second)


def test_messages_outcomes_and_signposts(app):
    report = _submit().report
    with transaction():
        question = services.post_staff_message(
            report, "When?", author=Author.PANEL, is_question=True, now=NOW
        )
        answer = services.add_reporter_message(report, "In October.", reply_to=question.public_id, now=NOW)
        item = services.add_outcome(report, "action", "Handover checklist updated", now=NOW)
        services.update_outcome_state(item, "done")
        services.add_signpost(report, "outside_learning_route")
    assert services.open_message_body(question) == "When?"
    assert services.open_message_body(answer) == "In October."
    assert b"October" not in answer.body_sealed and question.answered and answer.reply_to_id == question.id
    view = services.reporter_view(report)
    assert view.outcomes[0].state == "done" and view.signposts[0][0] == "outside_learning_route"
    with pytest.raises(ValueError):
        services.add_signpost(report, "made_up")
    with pytest.raises(ValueError):
        services.add_outcome(report, "gossip", "x", now=NOW)


def test_contact_details_are_sealed_under_the_month_key(app):
    report = _submit(contact=CONTACT).report
    assert report.contact_month == "2026-11"
    assert b"sam@example.org" not in report.contact_sealed
    assert services.open_contact_details(report) == CONTACT
    assert services.shred_contact_details(report, now=NOW) is True
    assert services.shred_contact_details(report, now=NOW) is False
    assert not services.has_contact_details(report) and report.contact_shredded


# -- retention job and crypto-shredding ------------------------------------------------------------------
def _backup(app, tmp_path: Path) -> Path:
    source = Path(app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///"))
    target = tmp_path / "backup.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def test_retention_job_shreds_final_and_overage_contact_details(app, tmp_path):
    closed = _submit(contact=CONTACT).report
    open_report = _submit(contact={"email": "open@example.org"}).report
    with transaction():
        services.record_status(closed, Status.CLOSED, now=NOW)
    sqlite = app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite")
    # SQLite: a real online backup; PostgreSQL: a copy of the rows, as a dump would hold them.
    backup = _backup(app, tmp_path) if sqlite else None
    copied = [(r.reference, r.contact_sealed) for r in (closed, open_report)]
    ring = app.extensions["candour.keyring"]

    # Next month: the closed report's blob goes, but the open report still needs November's key.
    with transaction():
        jobs.run_contact_retention(NOW + dt.timedelta(days=20))
    assert closed.contact_sealed is None and open_report.contact_sealed is not None
    assert "2026-11" in ring.contact_key_months()

    # Past the retention limit: the open report's blob goes too, and November's key is destroyed.
    with transaction():
        jobs.run_contact_retention(NOW + dt.timedelta(days=400))
    assert open_report.contact_sealed is None
    assert "2026-11" not in ring.contact_key_months()

    # The backup taken before the job still holds the blobs, but nothing can open them.
    if backup is not None:
        with sqlite3.connect(backup) as conn:
            rows = conn.execute("SELECT reference, contact_sealed FROM reports").fetchall()
    else:
        rows = copied
    assert all(blob is not None for _ref, blob in rows)
    for reference, blob in rows:
        with pytest.raises(CryptoError):
            ring.open_for_month(blob, f"reports|contact|{reference}".encode())
    assert verify_chain().ok


def test_current_month_key_is_kept_while_reports_are_sealed_under_it(app):
    report = _submit(contact=CONTACT).report
    with transaction():
        services.record_status(report, Status.CLOSED, now=NOW)
        jobs.run_contact_retention(NOW)
    assert report.contact_sealed is None
    assert "2026-11" in app.extensions["candour.keyring"].contact_key_months()


# -- contact reveal ---------------------------------------------------------------------------------------
def test_reveal_is_audited_without_the_reason_text(app):
    report = _submit(contact=CONTACT).report
    reason = "The reporter asked for a call about the ward rota."
    with transaction():
        details = services.reveal_contact_details(
            report, actor="U-OFFICER", reason_code="callback_requested", reason=reason, now=NOW
        )
    assert details == CONTACT
    event = db.session.execute(
        select(AuditEvent).where(AuditEvent.action == "report.contact_revealed")
    ).scalar_one()
    assert event.subject == report.reference and event.details == {
        "reason": "callback_requested",
        "reason_length": len(reason),
    }
    reveal = db.session.execute(select(ContactReveal)).scalar_one()
    assert reason.encode() not in reveal.reason_sealed
    assert services.open_reveal_reason(reveal) == reason
    services.shred_contact_details(report, now=NOW)
    with pytest.raises(ContactRevealError):
        services.reveal_contact_details(
            report, actor="U-OFFICER", reason_code="other", reason="x" * 12, now=NOW
        )


def test_reveal_page_for_the_confidentiality_officer(app, client, signed_in):
    report = _submit(contact=CONTACT).report
    signed_in(Role.CONFIDENTIALITY_OFFICER.value)
    url = f"/staff/reports/{report.reference}/contact"
    page, token = get_with_token(client, url)
    assert page.status_code == 200 and "sam@example.org" not in page.get_data(as_text=True)
    refused = client.post(
        url, data={"csrf_token": token, "reason_code": "callback_requested", "reason": "short"}
    )
    assert refused.status_code == 400 and "sam@example.org" not in refused.get_data(as_text=True)
    shown = client.post(
        url,
        data={
            "csrf_token": token,
            "reason_code": "callback_requested",
            "reason": "Reporter asked for a call back.",
        },
    )
    assert shown.status_code == 200 and "sam@example.org" in shown.get_data(as_text=True)
    assert db.session.execute(select(func.count(ContactReveal.id))).scalar_one() == 1
    assert client.get("/staff/reports/CR-NOPE/contact").status_code == 404


@pytest.mark.parametrize("role", [Role.REVIEWER, Role.CHAIR, Role.PUBLISHER, Role.ADMIN])
def test_reveal_and_messages_are_refused_to_every_other_role(app, client, signed_in, role):
    report = _submit(contact=CONTACT).report
    signed_in(role.value)
    for url in (f"/staff/reports/{report.reference}/contact", f"/staff/reports/{report.reference}/messages"):
        response = client.get(url)
        assert response.status_code in (403, 404)
        assert "sam@example.org" not in response.get_data(as_text=True)
        posted = client.post(
            url, data={"reason_code": "other", "reason": "I would like to know", "body": "hi"}
        )
        assert posted.status_code in (400, 403, 404)
        assert "sam@example.org" not in posted.get_data(as_text=True)
    assert db.session.execute(select(func.count(ContactReveal.id))).scalar_one() == 0


def test_reveal_needs_sign_in(app, client):
    report = _submit(contact=CONTACT).report
    response = client.get(f"/staff/reports/{report.reference}/contact")
    assert response.status_code == 302 and "sign-in" in response.headers["Location"]


def test_staff_message_page_posts_a_question(app, client, signed_in):
    report = _submit().report
    signed_in(Role.CONFIDENTIALITY_OFFICER.value)
    url = f"/staff/reports/{report.reference}/messages"
    _page, token = get_with_token(client, url)
    response = client.post(
        url, data={"csrf_token": token, "body": "<b>Which team?</b>", "is_question": "yes"}
    )
    assert response.status_code == 200
    assert "&lt;b&gt;Which team?&lt;/b&gt;" in response.get_data(as_text=True)
    message = report.messages[0]
    assert message.is_question and message.author == "confidentiality_officer"


# -- proof of report ---------------------------------------------------------------------------------------
def test_proof_of_report_verifies_and_reveals_nothing_else(app, client):
    sub = _submit(contact=CONTACT)
    reference = sub.report.reference
    proof = services.proof_code(reference, "2026-11")
    assert sub.receipt.split()[0] not in proof.lower()
    good = client.get("/verify", query_string={"reference": reference, "proof": proof.lower()})
    page = good.get_data(as_text=True)
    assert good.status_code == 200 and "Valid proof" in page and "November 2026" in page
    assert "referral" not in page and "sam@example.org" not in page
    bad = client.get("/verify", query_string={"reference": reference, "proof": "AAAA-BBBB-CCCC-DDDD-EEEE"})
    assert "Not a valid proof" in bad.get_data(as_text=True)
    unknown = client.get("/verify", query_string={"reference": "CR-AAAAAAAAAA", "proof": proof})
    assert "Not a valid proof" in unknown.get_data(as_text=True)
    download = client.get("/proof.txt", query_string={"reference": reference, "proof": proof})
    assert download.status_code == 200 and "attachment" in download.headers["Content-Disposition"]
    text = download.get_data(as_text=True)
    assert reference in text and "November 2026" in text and sub.receipt not in text
    assert client.get("/proof.txt", query_string={"reference": reference, "proof": "nope"}).status_code == 404
