"""The clocks page and each role's reminder list."""

from __future__ import annotations

from flask import Blueprint, Flask, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from config.database import transaction, utcnow
from config.security import Role, staff
from review.clocks import services

bp = Blueprint("clocks", __name__, url_prefix="/staff")


@bp.get("/clocks")
@staff(Role.CONFIDENTIALITY_OFFICER, Role.CHAIR, Role.ADMIN)
def clocks() -> ResponseReturnValue:
    """Every running clock: due date, working days left, overdue."""
    return render_template("review/clocks/clocks.html", clocks=services.open_clocks(utcnow()),
                           durations=services.durations(), units=services.UNITS, labels=services.LABELS)


@bp.get("/reminders")
@staff()
def reminders() -> ResponseReturnValue:
    """Reminders raised for overdue clocks, for the signed-in person's role."""
    return render_template("review/clocks/reminders.html", reminders=services.reminders_for(g.staff_user),
                           labels=services.LABELS)


@bp.post("/reminders/<reference>/dismiss")
@staff()
def dismiss(reference: str) -> ResponseReturnValue:
    """Dismiss a reminder for everyone in the role."""
    with transaction():
        services.dismiss_reminder(reference, actor=g.staff_user, now=utcnow())
    return redirect(url_for("clocks.reminders"))


def init_app(app: Flask) -> None:
    """Register the blueprint and the clock job."""
    from review.clocks import jobs

    app.register_blueprint(bp)
    jobs.init_app(app)
