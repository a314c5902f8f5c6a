"""The panel's pages: the triage queue, a de-identified report, triage answers, the chair's tools."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, abort, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from config.database import db, transaction, utcnow
from config.forms import load_form
from config.identity.models import StaffUser
from config.security import PANEL, Role, staff
from reporting import services as reporting
from reporting.models import Report
from review.clocks import services as clocks
from review.deidentify import services as deidentify
from review.justculture import services as justculture
from review.triage import services
from review.triage.schemas import AssignArgs, MergeArgs, QuestionArgs, ResolveArgs, TriageArgs
from review.workflow import services as workflow

bp = Blueprint("triage", __name__, url_prefix="/staff")


def _report(reference: str) -> Report:
    return services.get_panel_report(reference, g.staff_user)


@bp.get("/triage")
@staff(PANEL)
def queue() -> ResponseReturnValue:
    """Reports waiting for triage that this panel member may see, with their clocks."""
    reports = services.triage_queue(g.staff_user)
    return render_template("review/triage/queue.html", reports=reports,
                           clocks=clocks.clocks_by_report(utcnow(), reports),
                           answered={r.id: len(services.answers(r)) for r in reports},
                           mine={r.id: services.my_answer(r, g.staff_user) is not None for r in reports},
                           all_reports=services.panel_reports(g.staff_user))


def _panel_staff() -> list[StaffUser]:
    return list(db.session.execute(
        select(StaffUser).where(StaffUser.role.in_([r.value for r in PANEL]), StaffUser.active.is_(True))
        .order_by(StaffUser.display_name)
    ).scalars())


def _radio(options: dict[str, str]) -> list[tuple[str, str, None]]:
    return [(code, label, None) for code, label in options.items()]


def render_report(report: Report, *, errors: dict[str, list[str]] | None = None, form: str = "",
                  status: int = 200, refusal: str | None = None) -> ResponseReturnValue:
    """The de-identified report page with everything this panel member may see and do."""
    user = g.staff_user
    acts = justculture.acts(report)
    context: dict[str, Any] = {
        "report": report,
        "texts": reporting.open_deidentified(report) or {},
        "labels": deidentify.FIELD_LABELS,
        "status_words": reporting.plain_status(report.status),
        "is_reader": services.is_reader(report, user),
        "my_answer": services.my_answer(report, user),
        "answers": services.visible_answers(report, user),
        "both_in": services.both_in(report),
        "differences": services.differences(report),
        "readers": services.readers(report),
        "outcome": services.outcome_of(report),
        "messages": services.panel_messages(report),
        "can_ask": reporting.accepts_messages(report),
        "acts": acts,
        "act_texts": {act.id: justculture.act_description(report, act) for act in acts},
        "act_assessments": {act.id: justculture.visible_assessments(act, user) for act in acts},
        "act_disagrees": {act.id: justculture.act_disagrees(act) for act in acts},
        "models": justculture.library(),
        "default_outcome": justculture.DEFAULT_OUTCOME_WORDS,
        "history": workflow.history(report),
        "chair_steps": [a for a in workflow.CHAIR_STEPS if workflow.can_take(report, a)],
        "reader_options": [("auto", "The next reviewer (round-robin)")] + [
            (u.public_id, f"{u.display_name} ({u.role})") for u in _panel_staff()
        ] if Role(user.role) is Role.CHAIR else [],
        "chair_options": [(a, workflow.TRANSITIONS[a].verb.capitalize(), None) for a in workflow.CHAIR_STEPS
                          if workflow.can_take(report, a)],
        "outcome_options": [(f"{m.id}/{o.code}", f"{m.name}: {o.label}")
                            for m in justculture.library().models.values() for o in m.outcomes.values()],
        "clocks": clocks.clocks_by_report(utcnow(), [report])[report.id],
        "open_risk": deidentify.has_open_risk(report),
        "errors": errors or {},
        "refusal": refusal,
        "form": form,
        "choices": {
            "kinds": _radio(services.KINDS), "harm": _radio(services.harm_grades()),
            "areas": list(services.service_areas().items()), "potential": _radio(services.LEARNING_POTENTIAL),
            "routes": _radio(services.ROUTES), "themes": list(services.themes().items()),
        },
    }
    return render_template("review/triage/report.html", **context), status


@bp.get("/reports/<reference>")
@staff(PANEL)
def report_page(reference: str) -> ResponseReturnValue:
    """A de-identified report (the panel never sees raw text or contact details)."""
    return render_report(_report(reference))


@bp.post("/reports/<reference>/triage")
@staff(PANEL)
def triage(reference: str) -> ResponseReturnValue:
    """One reader's independent triage answers."""
    report = _report(reference)
    data, errors = load_form(TriageArgs())
    if data is None:
        return render_report(report, errors=errors, form="triage", status=400)
    with transaction():
        services.submit_answer(report, data, actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=reference))


@bp.post("/reports/<reference>/conflict")
@staff(PANEL)
def conflict(reference: str) -> ResponseReturnValue:
    """Declare a conflict of interest: you are taken off the report and replaced."""
    report = _report(reference)
    with transaction():
        services.declare_conflict(report, actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.queue"))


@bp.post("/reports/<reference>/readers")
@staff(Role.CHAIR)
def assign(reference: str) -> ResponseReturnValue:
    """The chair assigns a reader, or fills the places round-robin."""
    report = _report(reference)
    data, errors = load_form(AssignArgs())
    if data is None:
        return render_report(report, errors=errors, form="assign", status=400)
    with transaction():
        if data["reader"] == "auto":
            services.auto_assign(report, actor=g.staff_user, now=utcnow())
        else:
            reader = db.session.execute(
                select(StaffUser).where(StaffUser.public_id == data["reader"])
            ).scalar_one_or_none()
            if reader is None:
                abort(400, description="Choose a panel member from the list.")
            services.assign_reader(report, reader, actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=reference))


@bp.post("/reports/<reference>/questions")
@staff(PANEL)
def question(reference: str) -> ResponseReturnValue:
    """Ask the anonymous reporter a question; they answer through their receipt."""
    report = _report(reference)
    data, errors = load_form(QuestionArgs())
    if data is None:
        return render_report(report, errors=errors, form="question", status=400)
    with transaction():
        services.ask_reporter(report, data["body"], actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=reference))


@bp.post("/reports/<reference>/immediate-risk")
@staff(PANEL)
def immediate_risk(reference: str) -> ResponseReturnValue:
    """Flag an immediate risk: the confidentiality officer is asked to act within a working day."""
    report = _report(reference)
    with transaction():
        deidentify.flag_immediate_risk(report, actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=reference))


@bp.post("/reports/<reference>/resolve")
@staff(Role.CHAIR)
def resolve(reference: str) -> ResponseReturnValue:
    """The chair resolves the readers' disagreement, with a reason."""
    report = _report(reference)
    data, errors = load_form(ResolveArgs())
    if data is None:
        return render_report(report, errors=errors, form="resolve", status=400)
    with transaction():
        services.resolve(report, data, data["reason"], actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=reference))


@bp.post("/reports/<reference>/merge")
@staff(Role.CHAIR)
def merge(reference: str) -> ResponseReturnValue:
    """Merge a duplicate into the report that survives."""
    report = _report(reference)
    data, errors = load_form(MergeArgs())
    if data is None:
        return render_report(report, errors=errors, form="merge", status=400)
    with transaction():
        services.merge(report, data["into"], data["reason"], actor=g.staff_user, now=utcnow())
    return redirect(url_for("triage.report_page", reference=reference))


@bp.get("/disagreements")
@staff(Role.CHAIR)
def disagreements() -> ResponseReturnValue:
    """Reports and acts where the readers or assessors disagree, for the chair."""
    reports = services.disagreements(g.staff_user)
    return render_template("review/triage/disagreements.html", reports=reports,
                           differences={r.id: services.differences(r) for r in reports},
                           acts=justculture.act_disagreements(g.staff_user))


def refused(reference: str, message: str, status: int) -> ResponseReturnValue:
    """The report page again, with the refusal of the step just tried shown at the top."""
    return render_report(_report(reference), status=status, refusal=message)


def init_app(app: Flask) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
