"""Reporter-facing pages: the start page, the promise of confidentiality, reporting, follow-up."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template

from config.security import public

bp = Blueprint("reporting", __name__)


@bp.get("/")
@public
def start() -> str:
    """The start page: what Candour is and what it promises."""
    return render_template("reporting/start.html")


@bp.get("/privacy")
@public
def privacy() -> str:
    """Exactly what is and is not kept about a reporter."""
    return render_template("reporting/privacy.html")


@bp.get("/follow-up")
@public
def followup() -> str:
    """Follow up a report with its receipt."""
    return render_template("reporting/followup_start.html", errors={})


def init_app(app: Flask) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
