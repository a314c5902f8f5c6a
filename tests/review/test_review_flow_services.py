"""The workflow through the services: release, two-reader triage, the chair, merging, conflicts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from config.audit import AuditEvent, verify_chain
from config.database import db, transaction
from reporting import services as reporting
from reporting.models import Status
from review.triage import services as triage
from review.workflow import services as workflow
from review.workflow.errors import ReportNotVisibleError
from review.workflow.models import ReviewEvent
from tests.conftest import NOW
from tests.review.conftest import CONTACT_CANARY, RAW_CANARY, answer, release, submit


def _actions(reference: str) -> list[str]:
    return list(
        db.session.execute(
            select(AuditEvent.action).where(AuditEvent.subject == reference).order_by(AuditEvent.seq)
        ).scalars()
    )


def test_release_makes_the_report_visible_to_two_round_robin_readers(panel, submitted):
    report, _ = submitted
    assert not triage.can_see(report, panel.chair)
    release(report, panel.officer)
    assert report.status == Status.DEIDENTIFIED
    readers = [a.reader_id for a in triage.readers(report)]
    assert readers == [panel.reviewer1.id, panel.reviewer2.id]
    assert triage.can_see(report, panel.reviewer1) and triage.can_see(report, panel.chair)
    assert not triage.can_see(report, panel.reviewer3)
    texts = reporting.open_deidentified(report)
    assert texts and RAW_CANARY not in " ".join(texts.values())
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "report.release")).scalar_one()
    assert event.details["decision"] == "accepted"
    assert event.details["redactions"]["name"] >= 1
    assert event.details["from"] == "submitted" and event.details["to"] == "deidentified"
    assert RAW_CANARY not in str(event.details)


def test_next_report_goes_to_the_next_reviewer_round_robin(panel, released):
    second, _ = submit()
    release(second, panel.officer)
    readers = {a.reader_id for a in triage.readers(second)}
    assert panel.reviewer3.id in readers


def test_agreeing_readers_triage_the_report_automatically(panel, released):
    answer(released, panel.reviewer1)
    assert released.status == Status.DEIDENTIFIED
    answer(released, panel.reviewer2)
    assert released.status == Status.TRIAGED
    outcome = triage.outcome_of(released)
    assert outcome is not None and outcome.agreed and outcome.decided_by == "system"
    assert released.harm_grade == "low"
    assert "report.triage_agreed" in _actions(released.reference)


def test_disagreement_waits_for_the_chair_who_must_give_a_reason(panel, released):
    answer(released, panel.reviewer1, harm_grade="low")
    answer(released, panel.reviewer2, harm_grade="severe", route="after_action_review")
    assert released.status == Status.DEIDENTIFIED
    assert triage.differences(released) == ["harm_grade", "route"]
    assert triage.disagreements(panel.chair) == [released]
    data = {
        "kind": "incident",
        "harm_grade": "moderate",
        "learning_potential": "high",
        "route": "systems_review",
        "themes": [],
    }
    with pytest.raises(triage.TriageError), transaction():
        triage.resolve(released, data, "  ", actor=panel.chair, now=NOW)
    with pytest.raises(workflow.NotAllowedError), transaction():
        triage.resolve(released, data, "because", actor=panel.reviewer1, now=NOW)
    with transaction():
        triage.resolve(
            released, data, "Moderate on the evidence of the second dose", actor=panel.chair, now=NOW
        )
    assert released.status == Status.TRIAGED and released.harm_grade == "moderate"
    event = workflow.last_event(released, "triage_resolved")
    assert (
        event is not None
        and workflow.event_reason(released, event) == "Moderate on the evidence of the second dose"
    )
    # The reason is sealed: the database row does not hold it in clear.
    assert b"second dose" not in event.reason_sealed


def test_second_reader_cannot_see_the_first_readers_answers(panel, released):
    answer(released, panel.reviewer1, harm_grade="severe")
    assert triage.visible_answers(released, panel.reviewer2) == []
    assert [a.reader_id for a in triage.visible_answers(released, panel.reviewer1)] == [panel.reviewer1.id]
    answer(released, panel.reviewer2)
    assert len(triage.visible_answers(released, panel.reviewer2)) == 2


def test_reader_with_a_conflict_is_replaced_and_loses_sight_of_the_report(panel, released):
    with transaction():
        triage.declare_conflict(released, actor=panel.reviewer1, now=NOW)
    assert not triage.can_see(released, panel.reviewer1)
    with pytest.raises(ReportNotVisibleError):
        triage.get_panel_report(released.reference, panel.reviewer1)
    assert {a.reader_id for a in triage.readers(released)} == {panel.reviewer2.id, panel.reviewer3.id}
    assert "report.conflict_declared" in _actions(released.reference)


def test_duplicate_route_merges_and_keeps_each_reporters_receipt(panel, released):
    first = released
    second, receipt = submit(contact=False)
    release(second, panel.officer)
    readers = [a.reader for a in triage.readers(second)]
    for reader in readers:
        answer(second, reader, route="duplicate", duplicate_of=first.reference)
    assert second.status == Status.MERGED and second.merged_into_id == first.id
    view = reporting.reporter_view(reporting.find_by_receipt(receipt))
    assert view.merged and view.status == first.status  # the surviving report's status
    assert [h[0] for h in view.history] == ["submitted", "deidentified", "triaged", "merged"]


def test_outside_scope_route_closes_and_shreds_contact_details(panel, released):
    assert reporting.has_contact_details(released)
    answer(released, panel.reviewer1, route="outside_scope")
    answer(released, panel.reviewer2, route="outside_scope")
    assert released.status == Status.OUTSIDE_SCOPE
    assert not reporting.has_contact_details(released)


def test_chair_steps_through_review_to_closure(panel, released):
    answer(released, panel.reviewer1)
    answer(released, panel.reviewer2)
    with transaction():
        workflow.transition(released, "start_review", actor=panel.chair, now=NOW)
        workflow.transition(released, "agree_learning", actor=panel.chair, now=NOW, reason="Signed off")
        workflow.transition(released, "close", actor=panel.chair, now=NOW, reason="Actions done")
    assert released.status == Status.CLOSED
    assert [h.status for h in released.status_events][-3:] == ["in_review", "learning_agreed", "closed"]


def test_every_transition_is_audited_and_the_chain_verifies(panel, released):
    answer(released, panel.reviewer1)
    answer(released, panel.reviewer2)
    with transaction():
        workflow.transition(released, "start_review", actor=panel.chair, now=NOW)
    events = (
        db.session.execute(
            select(ReviewEvent).where(
                ReviewEvent.to_status.is_not(None), ReviewEvent.report_id == released.id
            )
        )
        .scalars()
        .all()
    )
    actions = _actions(released.reference)
    for event in events:
        assert f"report.{event.action}" in actions
    assert [e.to_status for e in events] == ["deidentified", "triaged", "in_review"]
    assert verify_chain().ok
    everything = str([e.details for e in db.session.execute(select(AuditEvent)).scalars()])
    assert RAW_CANARY not in everything and CONTACT_CANARY not in everything
