"""Staff pages: the home page with each role's queues and their clocks, and the staff navigation."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Flask, g, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from config.database import utcnow
from config.security import PANEL, Role, staff
from review.clocks import services as clocks
from review.deidentify import services as deidentify
from review.deidentify import views as deidentify_views
from review.justculture import services as justculture
from review.justculture import views as justculture_views
from review.triage import services as triage
from review.triage import views as triage_views
from review.workflow.errors import ReviewError

bp = Blueprint("review", __name__, url_prefix="/staff")


@dataclass(frozen=True)
class NavItem:
    """One entry of the staff navigation."""

    label: str
    href: str
    active: bool


_NAV: tuple[tuple[str, str, tuple[Role, ...] | None], ...] = (
    ("Home", "review.home", None),
    ("Confidentiality queue", "deidentify.queue", (Role.CONFIDENTIALITY_OFFICER,)),
    ("Triage", "triage.queue", PANEL),
    ("Disagreements", "triage.disagreements", (Role.CHAIR,)),
    ("Clocks", "clocks.clocks", (Role.CONFIDENTIALITY_OFFICER, Role.CHAIR, Role.ADMIN)),
    ("Reminders", "clocks.reminders", None),
    ("Settings", "workflow.settings", (Role.ADMIN,)),
    ("Account", "identity.change_password", None),
)


def staff_navigation() -> list[NavItem]:
    """Navigation for the signed-in user's role."""
    user = g.get("staff_user")
    if user is None:
        return []
    role = Role(user.role)
    return [
        NavItem(label, url_for(endpoint), request.endpoint == endpoint)
        for label, endpoint, roles in _NAV
        if roles is None or role in roles
    ]


@bp.get("/")
@staff()
def home() -> str:
    """The staff home: each queue of the signed-in role, with its clocks."""
    user = g.staff_user
    role = Role(user.role)
    now = utcnow()
    officer = deidentify.officer_queue() if role is Role.CONFIDENTIALITY_OFFICER else []
    panel = triage.triage_queue(user) if role in PANEL else []
    reports = [r for r, _ in officer] + panel
    return render_template(
        "review/home.html", officer=officer, panel=panel, clocks=clocks.clocks_by_report(now, reports),
        disagreements=(len(triage.disagreements(user)) + len(justculture.act_disagreements(user)))
        if role is Role.CHAIR else 0,
        reminders=len(clocks.reminders_for(user)),
    )


def refusal_page(message: str, status: int) -> ResponseReturnValue | None:
    """For a refused step posted from a staff page, that page again with the refusal shown.

    None when there is no such page (the API, a GET, a form not about one report): the caller
    then answers with the plain error page. The status (400/409) is kept either way.
    """
    reference = (request.view_args or {}).get("reference")
    endpoint = request.endpoint or ""
    if request.method != "POST" or request.path.startswith("/api/") or not isinstance(reference, str):
        return None
    if g.get("staff_user") is None:
        return None
    try:
        if endpoint.startswith("deidentify."):
            return deidentify_views.refused(reference, message, status)
        if endpoint in ("justculture.answer", "justculture.decide"):
            return justculture_views.refused_walk(reference, message, status)
        if endpoint.split(".")[0] in ("triage", "workflow", "justculture"):
            return triage_views.refused(reference, message, status)
    except (ReviewError, HTTPException):
        return None  # the page itself is out of reach now: the plain error page will do
    return None


def init_app(app: Flask) -> None:
    """Register the blueprint and the navigation helper."""
    app.register_blueprint(bp)
    app.jinja_env.globals["staff_navigation"] = staff_navigation
