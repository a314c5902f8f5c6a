"""Inputs and outputs of the de-identification stage (the confidentiality officer's audience)."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_load, validate

from reporting.services import TEXT_FIELDS
from review.deidentify.services import RISK_ACTIONS

_TEXT = validate.Length(max=20000)


class ReleaseFormArgs(Schema):
    """The officer's release form: one textarea per field, plus extra phrases to redact (one a line)."""

    narrative = fields.String(load_default=None, validate=_TEXT)
    why_it_matters = fields.String(load_default=None, validate=_TEXT)
    what_would_help = fields.String(load_default=None, validate=_TEXT)
    factors_other = fields.String(load_default=None, validate=_TEXT)
    already_done = fields.String(load_default=None, validate=_TEXT)
    extra_redactions = fields.String(load_default="", validate=validate.Length(max=4000))

    @post_load
    def _split(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        texts = {name: data[name] for name in TEXT_FIELDS if data.get(name) is not None}
        phrases = [line.strip() for line in data["extra_redactions"].splitlines() if line.strip()]
        return {"fields": texts, "extra_redactions": phrases}


class ReplyReleaseArgs(Schema):
    """The officer's relay form: the de-identified reply, plus extra phrases to redact (one a line)."""

    text = fields.String(required=True, validate=validate.Length(min=1, max=20000))
    extra_redactions = fields.String(load_default="", validate=validate.Length(max=4000))

    @post_load
    def _split(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        phrases = [line.strip() for line in data["extra_redactions"].splitlines() if line.strip()]
        return {"text": data["text"], "extra_redactions": phrases}


class ReleaseArgs(Schema):
    """POST /api/v1/reports/{reference}/deidentification."""

    texts = fields.Dict(keys=fields.String(validate=validate.OneOf(TEXT_FIELDS)),
                        values=fields.String(validate=_TEXT), required=True, data_key="fields")
    extra_redactions = fields.List(fields.String(validate=validate.Length(min=1, max=200)),
                                   load_default=list, validate=validate.Length(max=100))


class ReleasedSchema(Schema):
    """The answer to a release: status and what was counted (no text)."""

    reference = fields.String()
    status = fields.String()
    decision = fields.String()
    redactions = fields.Dict(keys=fields.String(), values=fields.Integer())
    risk_score = fields.Integer()


class RiskActionArgs(Schema):
    """What the officer did about an immediate risk."""

    actions = fields.List(fields.String(validate=validate.OneOf(list(RISK_ACTIONS))), required=True,
                          validate=validate.Length(min=1))
    note = fields.String(load_default="", validate=validate.Length(max=2000))
