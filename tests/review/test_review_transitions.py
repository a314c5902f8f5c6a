"""The state machine refuses every illegal step, at the service and over HTTP (409, plain words)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from config.audit import AuditEvent
from config.database import db, transaction
from reporting.models import Status
from review.workflow import services as workflow
from review.workflow.errors import IllegalTransitionError, NotAllowedError
from tests.conftest import NOW, csrf_token, sign_in
from tests.review.conftest import answer

ILLEGAL = [
    (action, status)
    for action, step in workflow.TRANSITIONS.items()
    if action != "withdraw"
    for status in Status
    if status not in step.sources
]


def _audit_count() -> int:
    return int(db.session.execute(select(func.count(AuditEvent.seq))).scalar_one())


@pytest.mark.parametrize(("action", "status"), ILLEGAL, ids=[f"{a}-from-{s.value}" for a, s in ILLEGAL])
def test_illegal_transition_is_refused_by_the_service(panel, submitted, action, status):
    report, _ = submitted
    report.status = status.value
    step = workflow.TRANSITIONS[action]
    actor = (
        None
        if step.system and not step.roles
        else next((u for u in (panel.chair, panel.officer) if u.role in {r.value for r in step.roles}), None)
    )
    before = _audit_count()
    events = len(report.status_events)
    with pytest.raises(IllegalTransitionError) as raised:
        workflow.transition(report, action, actor=actor, now=NOW, reason="a reason")
    assert "cannot be" in str(raised.value)
    assert report.status == status.value
    assert len(report.status_events) == events
    assert _audit_count() == before


@pytest.mark.parametrize("action", [a for a in workflow.TRANSITIONS if a != "withdraw"])
def test_wrong_role_is_refused_by_the_service(panel, submitted, action):
    report, _ = submitted
    step = workflow.TRANSITIONS[action]
    report.status = next(iter(step.sources)).value
    for user in (panel.reviewer1, panel.publisher, panel.admin):
        with pytest.raises(NotAllowedError):
            workflow.transition(report, action, actor=user, now=NOW, reason="a reason")


def test_withdraw_is_the_reporters_step_only(panel, submitted):
    report, _ = submitted
    with pytest.raises(IllegalTransitionError):
        workflow.transition(report, "withdraw", actor=panel.chair, now=NOW)


def test_system_only_steps_refuse_people(panel, released):
    with pytest.raises(NotAllowedError):
        workflow.transition(released, "triage_agreed", actor=panel.chair, now=NOW)


def test_illegal_chair_step_over_http_is_409_with_a_plain_message(client, panel, released):
    sign_in(client, panel.chair)
    token = csrf_token(client, f"/staff/reports/{released.reference}")
    response = client.post(
        f"/staff/reports/{released.reference}/transition",
        data={"action": "close", "reason": "done", "csrf_token": token},
    )
    assert response.status_code == 409
    assert "cannot be closed because it is with the panel" in response.get_data(as_text=True)
    assert released.status == Status.DEIDENTIFIED


def test_releasing_twice_over_the_api_is_409(client, panel, released):
    sign_in(client, panel.officer)
    token = csrf_token(client, f"/staff/confidentiality/{released.reference}")
    response = client.post(
        f"/api/v1/reports/{released.reference}/deidentification",
        json={"fields": {"narrative": "x"}},
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 409
    assert response.get_json()["status"] == 409
    assert "cannot be released to the panel" in response.get_json()["detail"]


def test_triage_after_triage_is_409_over_the_api(client, panel, released):
    answer(released, panel.reviewer1)
    answer(released, panel.reviewer2)
    assert released.status == Status.TRIAGED
    sign_in(client, panel.reviewer1)
    token = csrf_token(client, "/staff/triage")
    body = {"kind": "incident", "harm_grade": "low", "learning_potential": "low", "route": "systems_review"}
    response = client.post(
        f"/api/v1/reports/{released.reference}/triage", json=body, headers={"X-CSRFToken": token}
    )
    assert response.status_code == 409


def test_chair_steps_over_http_are_audited(client, panel, released):
    answer(released, panel.reviewer1)
    answer(released, panel.reviewer2)
    sign_in(client, panel.chair)
    token = csrf_token(client, f"/staff/reports/{released.reference}")
    response = client.post(
        f"/staff/reports/{released.reference}/transition",
        data={"action": "start_review", "reason": "", "csrf_token": token},
    )
    assert response.status_code == 302
    with transaction():
        pass
    assert released.status == Status.IN_REVIEW
    assert db.session.execute(
        select(AuditEvent).where(AuditEvent.action == "report.start_review")
    ).scalar_one()
