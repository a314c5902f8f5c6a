"""Staff pages: the home page with each role's queues."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Flask, g, render_template, request, url_for

from config.security import Role, staff

bp = Blueprint("review", __name__, url_prefix="/staff")


@dataclass(frozen=True)
class NavItem:
    """One entry of the staff navigation."""

    label: str
    href: str
    active: bool


def staff_navigation() -> list[NavItem]:
    """Navigation for the signed-in user's role."""
    user = g.get("staff_user")
    if user is None:
        return []
    items = [("Home", "review.home", None)]
    items.append(("Account", "identity.change_password", None))
    role = Role(user.role)
    return [
        NavItem(label, url_for(endpoint), request.endpoint == endpoint)
        for label, endpoint, roles in items
        if roles is None or role in roles
    ]


@bp.get("/")
@staff()
def home() -> str:
    """The staff home: what needs doing, by role."""
    return render_template("review/home.html")


def init_app(app: Flask) -> None:
    """Register the blueprint and the navigation helper."""
    app.register_blueprint(bp)
    app.jinja_env.globals["staff_navigation"] = staff_navigation
