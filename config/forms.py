"""Parsing request input with marshmallow, for HTML forms and JSON bodies alike.

Views call `load_form` or `load_json` with an `...Args` schema; nothing reads `request.form` or
`request.json` directly, so every input is validated in one place.
"""

from __future__ import annotations

from typing import Any

from flask import abort, request
from marshmallow import EXCLUDE, Schema, ValidationError

FieldErrors = dict[str, list[str]]


def _flatten(messages: Any, prefix: str = "") -> FieldErrors:
    out: FieldErrors = {}
    if isinstance(messages, dict):
        for key, value in messages.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            out.update(_flatten(value, name))
    elif isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        out[prefix or "_schema"] = list(messages)
    else:
        out[prefix or "_schema"] = [str(messages)]
    return out


def load_form(schema: Schema) -> tuple[dict[str, Any] | None, FieldErrors]:
    """Validate the submitted form; returns (data, {}) or (None, field errors)."""
    raw: dict[str, Any] = {}
    for key in request.form:
        if key == "csrf_token":
            continue
        values = request.form.getlist(key)
        raw[key] = values if len(values) > 1 or key in _list_fields(schema) else values[0]
    try:
        return schema.load(raw, unknown=EXCLUDE), {}
    except ValidationError as exc:
        return None, _flatten(exc.messages)


def _list_fields(schema: Schema) -> set[str]:
    from marshmallow import fields

    return {name for name, field in schema.fields.items() if isinstance(field, fields.List)}


def load_query(schema: Schema) -> tuple[dict[str, Any] | None, FieldErrors]:
    """Validate query-string arguments (GET forms such as /verify); (data, {}) or (None, errors)."""
    try:
        return schema.load({key: request.args.get(key) for key in request.args}, unknown=EXCLUDE), {}
    except ValidationError as exc:
        return None, _flatten(exc.messages)


def load_json(schema: Schema) -> dict[str, Any]:
    """Validate a JSON body; a malformed body is a 400, invalid fields raise ValidationError (422)."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, description="The request body must be a JSON object.")
    result: dict[str, Any] = schema.load(body)
    return result


def error_messages(exc: ValidationError) -> FieldErrors:
    """Field messages of a marshmallow error, flattened for templates and JSON."""
    return _flatten(exc.messages)
