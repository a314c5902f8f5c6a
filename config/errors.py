"""Error pages and JSON errors that leak nothing: no stack traces, no input echoed back."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, InternalServerError

from config.database import db
from config.forms import error_messages

log = logging.getLogger("candour.errors")

_TITLES = {
    400: "Something in the request was not right",
    401: "Sign in to see this page",
    403: "You do not have access to this page",
    404: "Page not found",
    405: "That action is not allowed here",
    409: "That cannot be done now",
    413: "What you sent is too large",
    422: "Check what you entered",
    429: "Too many requests",
    500: "Sorry, there is a problem with the service",
}


def _respond(code: int, description: str | None = None) -> tuple[Response | str, int]:
    title = _TITLES.get(code, "Something went wrong")
    if request.path.startswith("/api/"):
        return jsonify({"error": title, "status": code, "detail": description or title}), code
    return render_template("errors/error.html", code=code, title=title, detail=description), code


def handle_http(exc: HTTPException) -> tuple[Response | str, int]:
    """Render any HTTP error with our page; only our own descriptions are shown."""
    code = exc.code or 500
    description = exc.description if getattr(exc, "candour_safe", False) or code in (400, 409, 429) else None
    if code == 429:
        description = "You have made too many requests. Wait a while, then try again."
    return _respond(code, description if isinstance(description, str) else None)


def handle_validation(exc: ValidationError) -> tuple[Response | str, int]:
    """marshmallow errors become 422 with field messages (JSON) or an error page."""
    if request.path.startswith("/api/"):
        body = {"error": _TITLES[422], "status": 422, "errors": error_messages(exc)}
        return jsonify(body), 422
    return _respond(422)


def handle_unexpected(exc: Exception) -> tuple[Response | str, int]:
    """Roll back, log the exception type only (never request data), and show a plain 500."""
    db.session.rollback()
    log.error("unhandled %s on %s %s", type(exc).__name__, request.method,
              request.url_rule.rule if request.url_rule else "(no route)")
    return _respond(500)


def init_app(app: Flask) -> None:
    """Register the handlers."""
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(ValidationError, handle_validation)
    app.register_error_handler(InternalServerError, lambda exc: handle_unexpected(exc))
    app.register_error_handler(Exception, handle_unexpected)
