"""The assessment walk: one act, one question per page, no JavaScript; the decision; the chair's say."""

from __future__ import annotations

from flask import Blueprint, Flask, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from config.database import transaction, utcnow
from config.forms import load_form
from config.security import PANEL, Role, staff
from reporting.models import Report
from review.justculture import services
from review.justculture.models import Assessment
from review.justculture.schemas import AnswerArgs, DecideArgs, ResolveActArgs, StartAssessmentArgs
from review.triage import services as triage
from review.triage.views import render_report

bp = Blueprint("justculture", __name__, url_prefix="/staff")


@bp.get("/reports/<reference>/assessments/new")
@staff(PANEL)
def start(reference: str) -> ResponseReturnValue:
    """Choose the model and the act to assess."""
    report = triage.get_panel_report(reference, g.staff_user)
    return _render_start(report)


def _render_start(report: Report, errors: dict[str, list[str]] | None = None,
                  status: int = 200) -> ResponseReturnValue:
    acts = services.acts(report)
    models = services.library()
    return render_template(
        "review/justculture/start.html", report=report, models=models,
        default=services.default_model_id(models),
        acts=acts, act_texts={a.id: services.act_description(report, a) for a in acts}, errors=errors or {},
    ), status


@bp.post("/reports/<reference>/assessments")
@staff(PANEL)
def create(reference: str) -> ResponseReturnValue:
    """Start the walk for one act."""
    report = triage.get_panel_report(reference, g.staff_user)
    data, errors = load_form(StartAssessmentArgs())
    if data is None:
        return _render_start(report, errors, 400)
    with transaction():
        assessment = services.start_assessment(
            report, actor=g.staff_user, now=utcnow(), model_id=data["model_id"],
            act_reference=data["act"] if data["act"] and data["act"] != "new" else None,
            description=data["description"],
        )
    return redirect(url_for("justculture.walk", reference=assessment.reference))


@bp.get("/assessments/<reference>")
@staff(PANEL)
def walk(reference: str) -> ResponseReturnValue:
    """The current question (one per page), or the recommendation and the decision form."""
    report, assessment = services.get_assessment(reference, g.staff_user)
    return _render_walk(report, assessment)


def _render_walk(report: Report, assessment: Assessment, errors: dict[str, list[str]] | None = None,
                 status: int = 200, refusal: str | None = None) -> ResponseReturnValue:
    return render_template(
        "review/justculture/walk.html", report=report, assessment=assessment,
        walk=services.walk_of(assessment), act_text=services.act_description(report, assessment.act),
        reason=services.departure_reason(report, assessment), errors=errors or {}, refusal=refusal,
    ), status


@bp.post("/assessments/<reference>/answer")
@staff(PANEL)
def answer(reference: str) -> ResponseReturnValue:
    """Answer the question on the page, or go back and change an earlier answer."""
    report, assessment = services.get_assessment(reference, g.staff_user)
    data, errors = load_form(AnswerArgs())
    if data is None:
        return _render_walk(report, assessment, {"answer": ["Choose an answer."]}, 400)
    with transaction():
        services.answer(report, assessment, data["question"], data["answer"], actor=g.staff_user,
                        now=utcnow())
    return redirect(url_for("justculture.walk", reference=reference))


@bp.post("/assessments/<reference>/decide")
@staff(PANEL)
def decide(reference: str) -> ResponseReturnValue:
    """Record the decision (with a reason if it departs from the recommendation)."""
    report, assessment = services.get_assessment(reference, g.staff_user)
    data, errors = load_form(DecideArgs())
    if data is None:
        return _render_walk(report, assessment, errors, 400)
    with transaction():
        services.decide(report, assessment, data["outcome"], data["reason"], actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=report.reference))


@bp.post("/reports/<reference>/acts/<act>/resolve")
@staff(Role.CHAIR)
def resolve(reference: str, act: str) -> ResponseReturnValue:
    """The chair settles an act's outcome, with a reason."""
    report = triage.get_panel_report(reference, g.staff_user)
    found = services.find_act(report, act)
    data, errors = load_form(ResolveActArgs())
    if data is None:
        return render_report(report, errors=errors, form="resolve_act", status=400)
    with transaction():
        services.resolve_act(report, found, data["model_id"], data["outcome"], data["reason"],
                             actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=reference))


def refused_walk(reference: str, message: str, status: int) -> ResponseReturnValue:
    """The assessment page again, with the refusal of the step just tried shown at the top."""
    report, assessment = services.get_assessment(reference, g.staff_user)
    return _render_walk(report, assessment, status=status, refusal=message)


def init_app(app: Flask) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
