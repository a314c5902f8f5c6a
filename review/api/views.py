"""Staff JSON endpoints under /api/v1: triage queue and answers, release, assessments, clocks.

Session-authenticated like the pages; state changes need the CSRF token in `X-CSRFToken`. Each
endpoint is documented in the OpenAPI document with `staff_only=True`. The panel's responses are
dumped with panel schemas that have no raw text field at all.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, abort, g, jsonify
from flask.typing import ResponseReturnValue

from config.database import transaction, utcnow
from config.forms import load_json
from config.openapi import document
from config.security import PANEL, Role, staff
from reporting import services as reporting
from reporting.models import Report
from review.clocks import services as clocks
from review.clocks.schemas import ClockSchema
from review.deidentify.schemas import ReleaseArgs, ReleasedSchema
from review.justculture import services as justculture
from review.justculture.schemas import AssessmentArgs, DecisionModelSchema, RecommendationSchema
from review.triage import services as triage
from review.triage.models import TriageAnswer
from review.triage.schemas import PanelQueueItemSchema, PanelReportSchema, TriageArgs, TriageStateSchema

bp = Blueprint("review_api", __name__, url_prefix="/api/v1")


def _clock_dump(clock: clocks.Clock) -> dict[str, Any]:
    return {"kind": clock.kind, "label": clock.label, "reference": clock.report.reference,
            "role": clock.role.value, "started_on": clock.started_on, "due_on": clock.due_on,
            "working_days_left": clock.days_left, "overdue": clock.overdue}


@bp.get("/triage/queue")
@staff(PANEL)
def triage_queue() -> ResponseReturnValue:
    """Reports waiting for triage that the caller may see, with the triage clock."""
    reports = triage.triage_queue(g.staff_user)
    by_report = clocks.clocks_by_report(utcnow(), reports)
    items = []
    for report in reports:
        clock = next((c for c in by_report[report.id] if c.kind == "triage"), None)
        items.append({
            "reference": report.reference, "kind": report.kind, "status": report.status,
            "learning_month": report.learning_month, "immediate_risk": report.immediate_risk,
            "answers_in": len(triage.answers(report)), "triage_due_on": clock.due_on if clock else None,
            "working_days_left": clock.days_left if clock else None, "overdue": bool(clock and clock.overdue),
        })
    return jsonify({"items": PanelQueueItemSchema(many=True).dump(items)})


def _panel_report(reference: str) -> Report:
    return triage.get_panel_report(reference, g.staff_user)


@bp.get("/reports/<reference>")
@staff(PANEL)
def report(reference: str) -> ResponseReturnValue:
    """A de-identified report as the panel sees it."""
    found = _panel_report(reference)
    data = {**_structured(found), "deidentified": reporting.open_deidentified(found) or {}}
    return jsonify(PanelReportSchema().dump(data))


def _structured(found: Report) -> dict[str, Any]:
    return {name: getattr(found, name) for name in (
        "reference", "kind", "status", "learning_month", "occurred_month", "service_area", "setting",
        "harm_grade", "immediate_risk")}


def _triage_state(found: Report) -> dict[str, Any]:
    user = g.staff_user

    def dump(answer: TriageAnswer) -> dict[str, Any]:
        return {"reader": answer.reader.display_name, "mine": answer.reader_id == user.id,
                **{name: getattr(answer, name) for name in triage.ANSWER_FIELDS}}

    return TriageStateSchema().dump({
        "reference": found.reference, "status": found.status, "both_in": triage.both_in(found),
        "answers": [dump(a) for a in triage.visible_answers(found, user)],
        "differences": triage.differences(found),
    })


@bp.get("/reports/<reference>/triage")
@staff(PANEL)
def triage_state(reference: str) -> ResponseReturnValue:
    """Where triage stands: your answer, and the other reader's once both are in."""
    return jsonify(_triage_state(_panel_report(reference)))


@bp.post("/reports/<reference>/triage")
@staff(PANEL)
def triage_answer(reference: str) -> ResponseReturnValue:
    """Submit your independent triage answers."""
    found = _panel_report(reference)
    data = load_json(TriageArgs())
    with transaction():
        triage.submit_answer(found, data, actor=g.staff_user, now=utcnow())
    return jsonify(_triage_state(found)), 201


@bp.post("/reports/<reference>/deidentification")
@staff(Role.CONFIDENTIALITY_OFFICER)
def release(reference: str) -> ResponseReturnValue:
    """Release the de-identified version to the panel (submitted -> deidentified)."""
    found = reporting.find_report(reference)
    if found is None:
        abort(404)
    data = load_json(ReleaseArgs())
    with transaction():
        decision = triage.release_to_panel(found, data["texts"], extra_redactions=data["extra_redactions"],
                                           actor=g.staff_user, now=utcnow())
    return jsonify(ReleasedSchema().dump({
        "reference": found.reference, "status": found.status, "decision": decision.decision,
        "redactions": decision.redactions, "risk_score": decision.risk_score,
    }))


@bp.post("/reports/<reference>/assessments")
@staff(PANEL)
def assessment(reference: str) -> ResponseReturnValue:
    """Walk a decision model with the given answers; returns the next question or the recommendation."""
    found = _panel_report(reference)
    data = load_json(AssessmentArgs())
    with transaction():
        result = justculture.assess(
            found, data["answers"], actor=g.staff_user, now=utcnow(), model_id=data["model_id"],
            act_reference=data["act_reference"], description=data["act_description"],
            decision=data["decision"], reason=data["reason"],
        )
    walk = result.walk
    body = {
        "assessment": result.assessment.reference, "act": result.assessment.act.reference,
        "model_id": walk.model.id, "model_version": walk.model.version, "complete": walk.complete,
        "path": [{"question": s.question.id, "answer": s.branch.answer} for s in walk.steps],
        "next_question": walk.next_question, "recommendation": walk.outcome,
        "decided": result.assessment.decided,
    }
    return jsonify(RecommendationSchema().dump(body)), 201


@bp.get("/just-culture/models")
@staff(PANEL)
def models() -> ResponseReturnValue:
    """The decision models available, and which is the default."""
    library = justculture.library()
    default = justculture.default_model_id(library)
    items = [{"id": m.id, "name": m.name, "version": m.version, "source": m.source, "origin": m.origin,
              "default": m.id == default} for m in library.models.values()]
    return jsonify({"items": DecisionModelSchema(many=True).dump(items)})


@bp.get("/clocks")
@staff(Role.CONFIDENTIALITY_OFFICER, Role.CHAIR, Role.ADMIN)
def clock_list() -> ResponseReturnValue:
    """Every running clock with its due date and working days left."""
    items = [_clock_dump(c) for c in clocks.open_clocks(utcnow())]
    return jsonify({"items": ClockSchema(many=True).dump(items)})


def _document(app: Flask) -> None:
    ref = [{"name": "reference", "in": "path", "required": True, "schema": {"type": "string"}}]
    denied: dict[int, tuple[str, Any]] = {401: ("Not signed in", None), 403: ("Not your role", None)}
    tags = ["review"]
    document(app, "/triage/queue", "get", summary="Reports waiting for triage (yours, or all for a chair)",
             responses={200: ("The queue", None), **denied}, tags=tags, staff_only=True)
    document(app, "/reports/{reference}", "get", summary="A de-identified report (panel)", parameters=ref,
             responses={200: ("The report", PanelReportSchema), 404: ("Not found", None), **denied},
             tags=tags, staff_only=True)
    document(app, "/reports/{reference}/triage", "get",
             summary="Where triage stands (blind until both are in)",
             parameters=ref, responses={200: ("Triage state", TriageStateSchema), 404: ("Not found", None),
                                        **denied}, tags=tags, staff_only=True)
    document(app, "/reports/{reference}/triage", "post", summary="Submit your triage answers", parameters=ref,
             body=TriageArgs, responses={201: ("Recorded", TriageStateSchema), 400: ("Refused", None),
                                         404: ("Not found", None), 409: ("Wrong status", None),
                                         422: ("Invalid", None), **denied}, tags=tags, staff_only=True)
    document(app, "/reports/{reference}/deidentification", "post",
             summary="Release the de-identified version to the panel", parameters=ref, body=ReleaseArgs,
             responses={200: ("Released", ReleasedSchema), 400: ("Refused", None), 404: ("Not found", None),
                        409: ("Wrong status", None), 422: ("Invalid", None), **denied},
             tags=tags, staff_only=True)
    document(app, "/reports/{reference}/assessments", "post",
             summary="Walk a just-culture model: returns the next question or the recommendation",
             parameters=ref, body=AssessmentArgs,
             responses={201: ("The walk", RecommendationSchema), 400: ("Refused", None),
                        404: ("Not found", None), 409: ("Wrong status", None), 422: ("Invalid", None),
                        **denied}, tags=tags, staff_only=True)
    document(app, "/just-culture/models", "get", summary="Available just-culture decision models",
             responses={200: ("The models", None), **denied}, tags=tags, staff_only=True)
    document(app, "/clocks", "get", summary="Running clocks with due dates and working days left",
             responses={200: ("The clocks", None), **denied}, tags=tags, staff_only=True)


def init_app(app: Flask) -> None:
    """Register the blueprint and describe it in the OpenAPI document."""
    app.register_blueprint(bp)
    _document(app)
