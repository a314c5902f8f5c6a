"""The chair's workflow steps on a report, and the admin's settings page."""

from __future__ import annotations

from flask import Blueprint, Flask, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from config.database import transaction, utcnow
from config.forms import load_form
from config.security import Role, staff
from review.clocks import services as clocks
from review.justculture import services as justculture
from review.triage import services as triage
from review.triage.views import render_report
from review.workflow import services
from review.workflow.schemas import SettingsArgs, TransitionArgs

bp = Blueprint("workflow", __name__, url_prefix="/staff")


@bp.post("/reports/<reference>/transition")
@staff(Role.CHAIR)
def transition(reference: str) -> ResponseReturnValue:
    """A chair's step along the report's life (refused with 409 from the wrong status)."""
    report = triage.get_panel_report(reference, g.staff_user)
    data, errors = load_form(TransitionArgs())
    if data is None:
        return render_report(report, errors=errors, form="transition", status=400)
    with transaction():
        services.transition(report, data["action"], actor=g.staff_user, now=utcnow(), reason=data["reason"])
    return redirect(url_for("triage.report_page", reference=reference))


def _render_settings(errors: dict[str, list[str]] | None = None, saved: bool = False,
                     status: int = 200) -> ResponseReturnValue:
    models = justculture.library()
    return render_template(
        "review/workflow/settings.html", models=models, default=justculture.default_model_id(models),
        durations=clocks.durations(), labels=clocks.LABELS, units=clocks.UNITS, errors=errors or {},
        saved=saved,
    ), status


@bp.get("/admin/settings")
@staff(Role.ADMIN)
def settings() -> ResponseReturnValue:
    """The default just-culture model, organisation models (and refused files), clock durations."""
    return _render_settings()


@bp.post("/admin/settings")
@staff(Role.ADMIN)
def save_settings() -> ResponseReturnValue:
    """Save the default model and clock durations."""
    data, errors = load_form(SettingsArgs())
    if data is None:
        return _render_settings(errors, status=400)
    with transaction():
        justculture.set_default_model(data.pop("default_model"), actor=g.staff_user, now=utcnow())
        clocks.set_durations(data, actor=g.staff_user, now=utcnow())
    return _render_settings(saved=True)


def init_app(app: Flask) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
