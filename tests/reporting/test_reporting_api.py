"""The reporting JSON API: submission, validation, follow-up, messages, withdrawal, throttling."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from config.database import db, transaction
from config.database import utcnow as now_
from reporting import services
from reporting.models import Author, Report, Status

FULL = {
    "kind": "incident",
    "narrative": "The discharge letter went to the wrong GP practice.",
    "why_it_matters": "Follow-up bloods were missed.",
    "what_would_help": "A check of the practice code at discharge.",
    "service_area": "health",
    "setting": "inpatient_ward",
    "occurred_month": "2026-09",
    "harm_grade": "low",
    "roles_involved": ["nurse", "doctor"],
    "factors": ["tasks.handover", "tools.it_systems"],
    "factors_other": "The system picks the last practice used.",
    "already_done": "Told the ward manager.",
    "quote_consent": True,
    "immediate_risk": False,
    "contact": {"name": "A Nurse", "phone": "07700 900982", "email": "nurse@example.org"},
}


def test_minimal_report_answers_201_with_receipt_reference_and_status(client):
    response = client.post("/api/v1/reports", json={"kind": "near_miss", "narrative": "Caught it."})
    assert response.status_code == 201
    body = response.get_json()
    assert set(body) >= {"receipt", "reference", "status"}
    assert body["status"] == "submitted" and body["reference"].startswith("CR-")
    report = services.get_report(body["reference"])
    assert report.kind == "near_miss" and report.path == "short"
    assert report.submitted_on.isoformat() == now_().date().isoformat()


def test_full_report_is_stored_sealed_with_structured_fields(client, api_submit):
    body = api_submit(**FULL)
    report = services.get_report(body["reference"])
    assert report.path == "full" and report.service_area == "health" and report.harm_grade == "low"
    assert report.roles_involved == ["nurse", "doctor"]
    assert services.open_report_text(report)["narrative"] == FULL["narrative"]
    assert FULL["narrative"].encode() not in report.narrative_sealed
    assert services.has_contact_details(report)
    assert services.open_contact_details(report)["email"] == "nurse@example.org"


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"kind": "accident"}, "kind"),
        ({"narrative": ""}, "narrative"),
        ({"narrative": "x" * 20_001}, "narrative"),
        ({"narrative": "bell\x07"}, "narrative"),
        ({"narrative": "\ud800"}, "narrative"),
        ({"narrative": None}, "narrative"),
        ({"narrative": 5}, "narrative"),
        ({"occurred_month": "2099-01"}, "occurred_month"),
        ({"occurred_month": "2026-13"}, "occurred_month"),
        ({"occurred_month": "2026-10-03"}, "occurred_month"),
        ({"service_area": "space"}, "service_area"),
        ({"service_area": "aviation", "setting": "maternity"}, "setting"),
        ({"harm_grade": "catastrophic"}, "harm_grade"),
        ({"kind": "success", "harm_grade": "low"}, "harm_grade"),
        ({"roles_involved": ["Dr Smith"]}, "roles_involved.0"),
        ({"factors": ["nope"]}, "factors.0"),
        ({"contact": {"phone": "call me"}}, "contact.phone"),
        ({"contact": {"email": "not-an-email"}}, "contact.email"),
        ({"contact": {}}, "contact.phone"),
        ({"contact": {"fax": "1"}}, "contact.fax"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_invalid_fields_answer_422_with_a_message_and_write_nothing(client, patch, field):
    body = {"kind": "incident", "narrative": "Something happened.", **patch}
    response = client.post("/api/v1/reports", json=body)
    assert response.status_code == 422, response.get_json()
    errors = response.get_json()["errors"]
    assert field in errors and all(isinstance(m, str) and m for m in errors[field])
    assert db.session.execute(select(func.count(Report.id))).scalar_one() == 0


@pytest.mark.parametrize("raw", [b"[]", b"not json", b'"text"', b"", b"{"])
def test_malformed_bodies_answer_400(client, raw):
    response = client.post("/api/v1/reports", data=raw, content_type="application/json")
    assert response.status_code == 400
    assert services.count_reports() == 0


def test_strings_are_stripped_and_crlf_normalised(client, api_submit):
    body = api_submit(narrative="  line one\r\nline two\t  ")
    assert (
        services.open_report_text(services.get_report(body["reference"]))["narrative"] == "line one\nline two"
    )


def test_followup_shows_status_history_messages_and_outcome_but_no_narrative(client, api_submit, app):
    body = api_submit(**FULL)
    report = services.get_report(body["reference"])
    with transaction():
        services.record_status(report, Status.DEIDENTIFIED, now=now_())
        question = services.post_staff_message(
            report, "Which shift was it?", author=Author.PANEL, is_question=True, now=now_()
        )
        services.add_outcome(
            report, "action", "Discharge letters now checked by a second person.", now=now_(), state="done"
        )
        services.add_signpost(report, "health_support")
    response = client.post("/api/v1/followup", json={"receipt": body["receipt"]})
    assert response.status_code == 200
    view = response.get_json()
    assert view["status"] == "deidentified" and view["status_words"] == "With the panel"
    assert [h["status"] for h in view["history"]] == ["submitted", "deidentified"]
    assert view["messages"][0]["body"] == "Which shift was it?" and view["messages"][0]["is_question"]
    assert view["outcomes"][0]["text"].startswith("Discharge letters")
    assert view["signposts"][0]["code"] == "health_support"
    text = response.get_data(as_text=True)
    for secret in (FULL["narrative"], "nurse@example.org", "07700", FULL["already_done"]):
        assert secret not in text
    reply = client.post(
        "/api/v1/followup/messages",
        json={"receipt": body["receipt"], "body": "The night shift.", "reply_to": question.public_id},
    )
    assert reply.status_code == 201
    db.session.refresh(question)
    assert question.answered
    again = client.post("/api/v1/followup", json={"receipt": body["receipt"]}).get_json()
    assert again["messages"][-1]["author"] == "reporter"


def test_unknown_and_malformed_receipts_are_indistinguishable(client, api_submit):
    receipt = api_submit()["receipt"]
    wrong_word = " ".join(["abandon", *receipt.split(" ")[1:]])
    answers = [
        client.post("/api/v1/followup", json={"receipt": r})
        for r in (wrong_word, "x", "!!!", "a" * 300, "\u00e9\u00e9")
    ]
    assert {a.status_code for a in answers} == {404}
    assert len({a.get_data() for a in answers}) == 1
    for path in ("/api/v1/followup/messages", "/api/v1/followup/withdraw"):
        body = {"receipt": "x", "body": "hello"} if path.endswith("messages") else {"receipt": "x"}
        response = client.post(path, json=body)
        assert response.status_code == 404 and response.get_data() == answers[0].get_data()


class TestThrottling:
    @pytest.fixture
    def settings_overrides(self):
        return {"followups_per_hour": 5, "submissions_per_hour": 6}

    def test_receipt_lookups_are_throttled(self, client, api_submit):
        api_submit()
        statuses = [
            client.post("/api/v1/followup", json={"receipt": f"guess {i}"}).status_code for i in range(7)
        ]
        assert statuses[:5] == [404] * 5 and statuses[5:] == [429, 429]
        throttled = client.post("/api/v1/followup", json={"receipt": "guess"})
        assert throttled.get_json()["detail"].startswith("You have made too many requests")
        # Another client address has its own allowance.
        other = client.post(
            "/api/v1/followup", json={"receipt": "guess"}, environ_base={"REMOTE_ADDR": "198.51.100.1"}
        )
        assert other.status_code == 404

    def test_submissions_are_throttled(self, client):
        statuses = [
            client.post("/api/v1/reports", json={"kind": "success", "narrative": f"Good {i}"}).status_code
            for i in range(8)
        ]
        assert statuses.count(201) == 6 and statuses[-1] == 429
        assert services.count_reports() == 6


def test_withdraw_erases_content_and_keeps_kind_status_month(client, api_submit):
    body = api_submit(**FULL)
    report = services.get_report(body["reference"])
    with transaction():
        services.release_deidentified(
            report, {"narrative": "A letter went to the wrong practice."}, now=now_()
        )
        services.post_staff_message(report, "Thanks", author=Author.PANEL, is_question=False, now=now_())
    response = client.post("/api/v1/followup/withdraw", json={"receipt": body["receipt"]})
    assert response.status_code == 200 and response.get_json()["status"] == "withdrawn"
    db.session.expire_all()
    report = services.get_report(body["reference"])
    for name in services.TEXT_FIELDS:
        assert getattr(report, f"{name}_sealed") is None
    assert report.deidentified_sealed is None and report.contact_sealed is None and report.contact_shredded
    assert all(m.body_sealed is None for m in report.messages)
    assert (report.kind, report.status, report.learning_month) == ("incident", "withdrawn", "2026-11")
    assert client.post("/api/v1/followup/withdraw", json={"receipt": body["receipt"]}).status_code == 409
    assert (
        client.post("/api/v1/followup/messages", json={"receipt": body["receipt"], "body": "x"}).status_code
        == 409
    )


class TestAccessCode:
    @pytest.fixture
    def settings_overrides(self):
        return {"organisation_access_code": "ward-42-secret"}

    def test_access_code_is_required_and_compared(self, client):
        body = {"kind": "incident", "narrative": "Something."}
        assert client.post("/api/v1/reports", json=body).status_code == 422
        wrong = client.post("/api/v1/reports", json={**body, "access_code": "ward-41-secret"})
        assert wrong.status_code == 422 and "access_code" in wrong.get_json()["errors"]
        right = client.post("/api/v1/reports", json={**body, "access_code": " ward-42-secret "})
        assert right.status_code == 201
        assert services.count_reports() == 1

    def test_web_form_asks_for_the_code_on_the_first_page(self, client, form_csrf):
        page = client.get("/report").get_data(as_text=True)
        assert 'name="access_code"' in page
        response = client.post(
            "/report",
            data={
                "csrf_token": form_csrf(),
                "step": "start",
                "kind": "incident",
                "path": "short",
                "access_code": "nope",
            },
        )
        assert response.status_code == 400 and "access code" in response.get_data(as_text=True)
