"""Role x endpoint matrix for every endpoint of the review area, against the table declared here.

For each endpoint under the review blueprints and each of anonymous, reviewer, chair,
confidentiality officer, publisher and admin: a refused caller gets the refusal (a redirect to
sign in or 401 when anonymous, 403 for a wrong role), and an allowed caller gets past the policy
and finds the record (not 401, 403 or 404). An endpoint missing from the table fails the test.
"""

from __future__ import annotations

import re

import pytest

from config.database import db, public_reference, transaction
from config.security import Role
from reporting import services as reporting
from review.clocks.models import Reminder
from review.justculture import services as justculture
from review.triage import services as triage
from tests.conftest import NOW, csrf_token, sign_in
from tests.review.conftest import release, submit

BLUEPRINTS = ("review", "deidentify", "triage", "justculture", "workflow", "clocks", "review_api")
ROLES = ("anonymous", "reviewer", "chair", "confidentiality_officer", "publisher", "admin")
STAFF = {"reviewer", "chair", "confidentiality_officer", "publisher", "admin"}
PANEL = {"reviewer", "chair"}
CO = {"confidentiality_officer"}
CHAIR = {"chair"}
ADMIN = {"admin"}
CLOCK_ROLES = {"confidentiality_officer", "chair", "admin"}

POLICY: dict[str, set[str]] = {
    "review.home": STAFF,
    "deidentify.queue": CO,
    "deidentify.report_page": CO,
    "deidentify.release": CO,
    "deidentify.acknowledge": CO,
    "deidentify.risk_action": CO,
    "deidentify.reply_page": CO,
    "deidentify.release_reply": CO,
    "triage.queue": PANEL,
    "triage.report_page": PANEL,
    "triage.triage": PANEL,
    "triage.conflict": PANEL,
    "triage.assign": CHAIR,
    "triage.question": PANEL,
    "triage.immediate_risk": PANEL,
    "triage.resolve": CHAIR,
    "triage.merge": CHAIR,
    "triage.disagreements": CHAIR,
    "justculture.start": PANEL,
    "justculture.create": PANEL,
    "justculture.walk": PANEL,
    "justculture.answer": PANEL,
    "justculture.decide": PANEL,
    "justculture.resolve": CHAIR,
    "workflow.transition": CHAIR,
    "workflow.settings": ADMIN,
    "workflow.save_settings": ADMIN,
    "clocks.clocks": CLOCK_ROLES,
    "clocks.reminders": STAFF,
    "clocks.dismiss": STAFF,
    "review_api.triage_queue": PANEL,
    "review_api.report": PANEL,
    "review_api.triage_state": PANEL,
    "review_api.triage_answer": PANEL,
    "review_api.release": CO,
    "review_api.assessment": PANEL,
    "review_api.models": PANEL,
    "review_api.clock_list": CLOCK_ROLES,
}
#: Endpoints that act on the report waiting for the confidentiality officer (not yet released).
OFFICER_SUBJECT = {
    "deidentify.report_page",
    "deidentify.release",
    "deidentify.acknowledge",
    "deidentify.risk_action",
    "review_api.release",
}


def _endpoints(app) -> list[tuple[str, str, str]]:
    rules = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] in BLUEPRINTS:
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                rules.append((rule.endpoint, rule.rule, method))
    return rules


def test_every_review_endpoint_is_in_the_table(app):
    found = {endpoint for endpoint, _rule, _method in _endpoints(app)}
    assert found == set(POLICY), f"undeclared: {found - set(POLICY)}; stale: {set(POLICY) - found}"


#: Steps that change what the caller can reach afterwards run last.
LAST = ("triage.conflict",)


@pytest.mark.parametrize("role", ROLES)
def test_role_endpoint_matrix(app, client, panel, role):
    """One world per role; every endpoint is called once and judged against the table."""
    waiting, _ = submit(immediate_risk=True)
    released, _ = submit()
    release(released, panel.officer)
    with transaction():
        reply = reporting.add_reporter_message(released, "It was the night shift.", reply_to=None, now=NOW)
    users = {
        "reviewer": panel.reviewer1,
        "chair": panel.chair,
        "confidentiality_officer": panel.officer,
        "publisher": panel.publisher,
        "admin": panel.admin,
    }
    user = users.get(role)
    with transaction():
        if role == "chair":  # make the chair one of the two readers, so reader-only steps apply
            db.session.delete(triage.readers(released)[1])
            db.session.flush()
            triage.assign_reader(released, panel.chair, actor=panel.chair, now=NOW)
        assessment = justculture.start_assessment(
            released, actor=user if role in PANEL else panel.reviewer1, now=NOW, description="an act"
        )
        reminder = Reminder(
            reference=public_reference("RM"),
            role=role if role in STAFF else Role.CHAIR.value,
            kind="triage",
            report_id=released.id,
            due_on=NOW.date(),
            raised_at=NOW,
        )
        db.session.add(reminder)
    if user is not None:
        sign_in(client, user)
    token = csrf_token(client, "/staff/sign-in")
    problems = []
    calls = sorted(_endpoints(app), key=lambda call: (call[0] in LAST, call[0], call[2]))
    for endpoint, rule, method in calls:
        subject = waiting if endpoint in OFFICER_SUBJECT else released
        values = {"reference": subject.reference, "act": assessment.act.reference,
                  "message_id": reply.public_id}
        if endpoint in ("justculture.walk", "justculture.answer", "justculture.decide"):
            values["reference"] = assessment.reference
        if endpoint == "clocks.dismiss":
            values["reference"] = reminder.reference
        url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m, v=values: v[m.group(1)], rule)
        if method == "GET":
            response = client.get(url)
        elif url.startswith("/api/"):
            response = client.post(url, json={}, headers={"X-CSRFToken": token})
        else:
            response = client.post(url, data={"csrf_token": token})
        status = response.status_code
        to_sign_in = status == 302 and "/staff/sign-in" in response.headers.get("Location", "")
        if role in POLICY[endpoint]:
            ok = status not in (401, 403, 404) and not to_sign_in
        elif role == "anonymous":
            ok = to_sign_in if method == "GET" and not url.startswith("/api/") else status == 401
        else:
            ok = status == 403
        if not ok:
            problems.append(f"{role} {method} {url} ({endpoint}): {status}")
    assert not problems, "\n".join(problems)
