"""The panel's side: triage, just culture, reviews, actions, themes and bulletins.

Split by workflow stage, each with the same file vocabulary (models, schemas, services, views
with a blueprint `bp`, errors, jobs):

- `workflow/`: the report's life as a state machine, its history and the admin's settings;
- `deidentify/`: the confidentiality officer's de-identification gate and immediate risk;
- `triage/`: two-reader blind triage, assignment, conflicts, the chair's resolution, merging;
- `justculture/`: the just-culture decision aid (the engine and models are in config.justculture);
- `clocks/`: working-day clocks and reminders;
- `api/`: the same services as JSON under /api/v1.
"""

from __future__ import annotations

from flask import Flask
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import BadRequest, Conflict, Forbidden, NotFound

from config.errors import handle_http
from reporting.errors import ReportClosedError
from review.workflow.errors import (
    IllegalTransitionError,
    NotAllowedError,
    ReportNotVisibleError,
    ReviewInputError,
)


def _conflict(exc: Exception) -> ResponseReturnValue:
    from review.views import refusal_page

    return refusal_page(str(exc), 409) or handle_http(Conflict(description=str(exc)))


def _refused(exc: Exception) -> ResponseReturnValue:
    from review.views import refusal_page

    return refusal_page(str(exc), 400) or handle_http(BadRequest(description=str(exc)))


def _forbidden(exc: Exception) -> ResponseReturnValue:
    return handle_http(Forbidden())


def _not_found(exc: Exception) -> ResponseReturnValue:
    return handle_http(NotFound())


def init_app(app: Flask) -> None:
    """Register the review blueprints, navigation, error answers and jobs."""
    from review import cli, views
    from review.api import views as api_views
    from review.clocks import views as clock_views
    from review.deidentify import views as deidentify_views
    from review.justculture import views as justculture_views
    from review.triage import views as triage_views
    from review.workflow import views as workflow_views

    views.init_app(app)
    cli.init_app(app)
    for module in (deidentify_views, triage_views, justculture_views, workflow_views, clock_views, api_views):
        module.init_app(app)
    # Illegal steps are a 409 (refused input a 400) with the plain message, on pages and the API
    # alike; a page's form shows the refusal on the page it was posted from.
    app.register_error_handler(IllegalTransitionError, _conflict)
    app.register_error_handler(ReportClosedError, _conflict)
    app.register_error_handler(ReviewInputError, _refused)
    app.register_error_handler(NotAllowedError, _forbidden)
    app.register_error_handler(ReportNotVisibleError, _not_found)
