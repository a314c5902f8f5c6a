"""The OpenAPI document for `/api/v1`, built from the same marshmallow schemas the views use.

Areas describe each JSON endpoint with `document(...)` when they register their blueprints; the
document is served at `/api/v1/openapi.json` and drives the schemathesis tests.
"""

from __future__ import annotations

from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Blueprint, Flask, current_app, jsonify
from flask.typing import ResponseReturnValue
from marshmallow import Schema

from config.security import public

bp = Blueprint("openapi", __name__, url_prefix="/api/v1")

_ERROR = {
    "type": "object",
    "properties": {
        "error": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    },
}


def _spec(app: Flask) -> APISpec:
    spec: APISpec | None = app.extensions.get("candour.openapi")
    if spec is None:
        spec = APISpec(
            title="Candour API",
            version="1.0.0",
            openapi_version="3.0.3",
            plugins=[MarshmallowPlugin()],
            info={"description": "Confidential reporting and review. Reporter endpoints need no "
                                 "account; staff endpoints need a signed-in session."},
        )
        spec.components.schema("Error", _ERROR)
        app.extensions["candour.openapi"] = spec
    return spec


def document(
    app: Flask,
    path: str,
    method: str,
    *,
    summary: str,
    responses: dict[int, tuple[str, type[Schema] | None]],
    body: type[Schema] | None = None,
    parameters: list[dict[str, Any]] | None = None,
    tags: list[str] | None = None,
    staff_only: bool = False,
) -> None:
    """Describe one operation (path relative to /api/v1, OpenAPI-style `{param}`)."""
    spec = _spec(app)
    operation: dict[str, Any] = {"summary": summary, "responses": {}}
    if tags:
        operation["tags"] = tags
    if parameters:
        operation["parameters"] = parameters
    if body is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": body}},
        }
    for status, (description, schema) in responses.items():
        content: dict[str, Any] = {}
        if schema is not None:
            content = {"application/json": {"schema": schema}}
        elif status >= 400:
            content = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        response: dict[str, Any] = {"description": description}
        if content:
            response["content"] = content
        operation["responses"][str(status)] = response
    if staff_only:
        operation["security"] = [{"staffSession": []}]
    spec.path(path=f"/api/v1{path}", operations={method.lower(): operation})


@bp.get("/openapi.json")
@public
def openapi_document() -> ResponseReturnValue:
    """The OpenAPI 3 document describing every /api/v1 endpoint."""
    spec = _spec(current_app._get_current_object())  # type: ignore[attr-defined]
    return jsonify(spec.to_dict())


def init_app(app: Flask) -> None:
    """Register the document endpoint."""
    spec = _spec(app)
    spec.components.security_scheme(
        "staffSession", {"type": "apiKey", "in": "cookie", "name": app.config["SESSION_COOKIE_NAME"]}
    )
    app.register_blueprint(bp)
