"""The decision aid in the workflow: agreement, the chair, routes, re-walks, and the reporter's view."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from config.audit import AuditEvent
from config.database import db, transaction
from reporting import services as reporting
from reporting.models import Status
from review.justculture import services as justculture
from review.justculture.errors import AssessmentError
from review.workflow import services as workflow
from tests.conftest import NOW, csrf_token, sign_in
from tests.review.conftest import CONTACT_CANARY, RAW_CANARY

NHS = "nhs-just-culture-guide-2018"
HARM = {"deliberate_harm": "yes"}
HEALTH = {
    "deliberate_harm": "no",
    "substance_misuse": "no",
    "physical_ill_health": "no",
    "mental_ill_health": "yes",
}
SYSTEM = {
    "deliberate_harm": "no",
    "substance_misuse": "no",
    "physical_ill_health": "no",
    "mental_ill_health": "no",
    "protocols_exist": "no",
}


def _assess(report, user, answers, *, act=None, decision=None, reason=None, model=NHS):
    with transaction():
        result = justculture.assess(
            report,
            answers,
            actor=user,
            now=NOW,
            model_id=model,
            act_reference=act,
            description=None if act else "the second dose given alone",
            decision=decision,
            reason=reason,
        )
    return result


def test_default_model_is_the_nhs_guide_and_admin_can_change_it(panel, app):
    assert justculture.default_model_id() == NHS
    with transaction():
        justculture.set_default_model("marx-just-culture", actor=panel.admin, now=NOW)
    assert justculture.default_model_id() == "marx-just-culture"
    with pytest.raises(workflow.NotAllowedError):
        justculture.set_default_model(NHS, actor=panel.chair, now=NOW)
    with pytest.raises(AssessmentError):
        justculture.set_default_model("no-such-model", actor=panel.admin, now=NOW)


def test_two_agreeing_system_decisions_keep_the_learning_route(panel, released):
    first = _assess(released, panel.reviewer1, SYSTEM, decision="system_no_protocol")
    act = first.assessment.act
    assert first.walk.outcome.code == "system_no_protocol" and act.agreed_at is None
    _assess(released, panel.reviewer2, SYSTEM, act=act.reference, decision="system_no_protocol")
    assert act.outcome_code == "system_no_protocol" and act.outcome_route == "learning"
    assert act.agreed_by == "system"
    assert released.status == Status.DEIDENTIFIED and released.signposts == []


def test_deliberate_harm_closes_outside_scope_and_reveals_nothing(panel, released, client):
    first = _assess(released, panel.reviewer1, HARM, decision="deliberate_harm")
    _assess(released, panel.reviewer2, HARM, act=first.assessment.act.reference, decision="deliberate_harm")
    assert released.status == Status.OUTSIDE_SCOPE
    assert "outside_learning_route" in released.signposts
    assert not reporting.has_contact_details(released)  # shredded at closure, never opened
    actions = list(db.session.execute(select(AuditEvent.action)).scalars())
    assert "report.contact_revealed" not in actions
    assert "report.close_outside_scope" in actions
    # Nothing about the reporter in any trace the decision left.
    trail = json.dumps([e.details for e in db.session.execute(select(AuditEvent)).scalars()])
    assert CONTACT_CANARY not in trail and RAW_CANARY not in trail
    history = " ".join(filter(None, (workflow.event_reason(released, e) for e in workflow.history(released))))
    assert CONTACT_CANARY not in history
    # The panel's view of the report still shows no contact details or raw text.
    sign_in(client, panel.chair)
    page = client.get(f"/staff/reports/{released.reference}").get_data(as_text=True)
    assert CONTACT_CANARY not in page and RAW_CANARY not in page


def test_deliberate_harm_is_explained_to_the_reporter_in_plain_words(panel, app):
    from tests.review.conftest import release, submit

    report, receipt = submit()
    release(report, panel.officer)
    first = _assess(report, panel.reviewer1, HARM, decision="deliberate_harm")
    _assess(report, panel.reviewer2, HARM, act=first.assessment.act.reference, decision="deliberate_harm")
    view = reporting.reporter_view(reporting.find_by_receipt(receipt))
    assert view.status_words == "Outside the scope of learning reviews"
    assert any(
        code == "outside_learning_route" and "Your identity has not been revealed" in text
        for code, _title, text in view.signposts
    )


def test_health_outcome_adds_wellbeing_signposting(panel, released):
    first = _assess(released, panel.reviewer1, HEALTH, decision="mental_ill_health")
    _assess(
        released, panel.reviewer2, HEALTH, act=first.assessment.act.reference, decision="mental_ill_health"
    )
    assert released.signposts == ["health_support"]
    assert released.status == Status.DEIDENTIFIED


def test_departing_from_the_recommendation_needs_a_reason(panel, released):
    with pytest.raises(AssessmentError, match="departs from the recommendation"):
        _assess(released, panel.reviewer1, SYSTEM, decision="individual_learning")
    result = _assess(
        released,
        panel.reviewer1,
        SYSTEM,
        decision="individual_learning",
        reason="A second check was routine on this ward",
    )
    assert (
        justculture.departure_reason(released, result.assessment) == "A second check was routine on this ward"
    )
    event = (
        db.session.execute(select(AuditEvent).where(AuditEvent.action == "report.assessment_decided"))
        .scalars()
        .all()[-1]
    )
    assert event.details["departed"] is True and event.details["recommended"] == "system_no_protocol"


def test_disagreeing_assessors_go_to_the_chair(panel, released):
    first = _assess(released, panel.reviewer1, SYSTEM, decision="system_no_protocol")
    act = first.assessment.act
    _assess(released, panel.reviewer2, HEALTH, act=act.reference, decision="mental_ill_health")
    assert justculture.act_disagrees(act)
    assert justculture.act_disagreements(panel.chair) == [(released, act)]
    with pytest.raises(workflow.NotAllowedError):
        justculture.resolve_act(released, act, NHS, "system_no_protocol", "x", actor=panel.reviewer1, now=NOW)
    with transaction():
        justculture.resolve_act(
            released, act, NHS, "system_no_protocol", "The ill health came later", actor=panel.chair, now=NOW
        )
    assert act.outcome_code == "system_no_protocol" and act.agreed_by == panel.chair.public_id
    assert not justculture.act_disagrees(act)


def test_assessors_cannot_see_each_others_walks_until_both_decide(panel, released):
    first = _assess(released, panel.reviewer1, SYSTEM, decision="system_no_protocol")
    act = first.assessment.act
    assert justculture.visible_assessments(act, panel.reviewer2) == []
    second = _assess(released, panel.reviewer2, {}, act=act.reference)
    assert [a.assessor_id for a in justculture.visible_assessments(act, panel.reviewer2)] == [
        panel.reviewer2.id
    ]
    with pytest.raises(Exception):  # noqa: B017 - 404 for someone else's assessment
        justculture.get_assessment(first.assessment.reference, panel.reviewer2)
    with transaction():
        for question, value in SYSTEM.items():
            justculture.answer(released, second.assessment, question, value, actor=panel.reviewer2, now=NOW)
        justculture.decide(
            released, second.assessment, "system_no_protocol", None, actor=panel.reviewer2, now=NOW
        )
    assert len(justculture.visible_assessments(act, panel.reviewer2)) == 2


def test_rewalking_keeps_the_earlier_assessment_in_the_history(panel, released):
    first = _assess(released, panel.reviewer1, SYSTEM, decision="system_no_protocol")
    act = first.assessment.act
    again = _assess(released, panel.reviewer1, HEALTH, act=act.reference, decision="mental_ill_health")
    assert [a.state for a in act.assessments] == ["superseded", "decided"]
    assert act.assessments[0].decided == "system_no_protocol"
    assert again.assessment.reference != first.assessment.reference
    assert justculture.current_decisions(act) == [again.assessment]


def test_changing_an_earlier_answer_drops_the_later_ones(panel, released):
    with transaction():
        assessment = justculture.start_assessment(
            released, actor=panel.reviewer1, now=NOW, model_id=NHS, description="an act"
        )
        for question, value in SYSTEM.items():
            justculture.answer(released, assessment, question, value, actor=panel.reviewer1, now=NOW)
        assert assessment.recommended == "system_no_protocol"
        result = justculture.answer(
            released, assessment, "deliberate_harm", "yes", actor=panel.reviewer1, now=NOW
        )
    assert result.outcome.code == "deliberate_harm" and assessment.answers == {"deliberate_harm": "yes"}
    with pytest.raises(AssessmentError):
        justculture.answer(released, assessment, "protocols_exist", "no", actor=panel.reviewer1, now=NOW)


def test_assessment_api_returns_the_recommendation(client, panel, released):
    sign_in(client, panel.reviewer1)
    token = csrf_token(client, "/staff/triage")
    response = client.post(
        f"/api/v1/reports/{released.reference}/assessments",
        headers={"X-CSRFToken": token},
        json={
            "model_id": "reason-culpability-tree-1997",
            "act_description": "the dose",
            "answers": {
                "actions_intended": "no",
                "unauthorised_substance": "no",
                "knowing_violation": "no",
                "substitution_test": "yes",
                "history_of_unsafe_acts": "no",
            },
        },
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["complete"] is True and body["recommendation"]["code"] == "blameless_error"
    assert body["recommendation"]["route"] == "learning" and body["decided"] is None
    partial = client.post(
        f"/api/v1/reports/{released.reference}/assessments",
        headers={"X-CSRFToken": token},
        json={"answers": {"deliberate_harm": "no"}, "act_reference": body["act"]},
    )
    assert partial.status_code == 201
    assert partial.get_json()["next_question"]["id"] == "substance_misuse"
    bad = client.post(
        f"/api/v1/reports/{released.reference}/assessments",
        headers={"X-CSRFToken": token},
        json={"answers": {"deliberate_harm": "perhaps"}, "act_description": "x"},
    )
    assert bad.status_code == 400


def test_the_walk_is_one_question_per_page_without_javascript(client, panel, released):
    sign_in(client, panel.reviewer1)
    page = client.get(f"/staff/reports/{released.reference}/assessments/new").get_data(as_text=True)
    token = csrf_token(client, f"/staff/reports/{released.reference}/assessments/new")
    assert "Decision model" in page
    response = client.post(
        f"/staff/reports/{released.reference}/assessments",
        data={"model_id": "marx-just-culture", "description": "the shortcut", "csrf_token": token},
    )
    assert response.status_code == 302
    walk_url = response.headers["Location"]
    reference = walk_url.rsplit("/", 1)[-1]
    page = client.get(walk_url).get_data(as_text=True)
    assert "Did the person intend to cause harm?" in page
    assert (
        "Leads to: Purposeful harm" in page and "Leads to: Did the person make a behavioural choice" in page
    )
    assert "<script>" not in page
    for question, value in (
        ("intent_to_harm", "no"),
        ("behavioural_choice", "yes"),
        ("conscious_disregard", "no"),
    ):
        response = client.post(
            f"/staff/assessments/{reference}/answer",
            data={"question": question, "answer": value, "csrf_token": token},
        )
        assert response.status_code == 302
    page = client.get(walk_url).get_data(as_text=True)
    assert "Recommendation: At-risk behaviour: coach" in page
    response = client.post(
        f"/staff/assessments/{reference}/decide",
        data={"outcome": "human_error", "reason": "", "csrf_token": token},
    )
    assert response.status_code == 400
    assert "departs from the recommendation" in response.get_data(as_text=True)
    response = client.post(
        f"/staff/assessments/{reference}/decide",
        data={"outcome": "at_risk_behaviour", "reason": "", "csrf_token": token},
    )
    assert response.status_code == 302
