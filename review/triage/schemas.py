"""Inputs and outputs of triage. The panel's dump schemas have no raw text field at all."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, pre_load, validate

from review.triage.services import KINDS, LEARNING_POTENTIAL, ROUTES

_REF = validate.Regexp(r"^[A-Za-z0-9\-]{1,24}$", error="Enter a report reference such as CR-ABCDEFGHJK.")


class TriageArgs(Schema):
    """One reader's triage answers."""

    kind = fields.String(required=True, validate=validate.OneOf(list(KINDS)))
    harm_grade = fields.String(required=True, validate=validate.Length(min=1, max=32))
    immediate_risk = fields.Boolean(load_default=False)
    learning_potential = fields.String(required=True, validate=validate.OneOf(list(LEARNING_POTENTIAL)))
    service_area = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64))
    themes = fields.List(fields.String(validate=validate.Length(max=64)), load_default=list,
                         validate=validate.Length(max=40))
    route = fields.String(required=True, validate=validate.OneOf(list(ROUTES)))
    duplicate_of = fields.String(load_default=None, allow_none=True, validate=_REF)
    note = fields.String(load_default="", validate=validate.Length(max=2000))

    @pre_load
    def _blank_is_none(self, data: Any, **kwargs: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v != ""}
        return data


class ResolveArgs(TriageArgs):
    """The chair's resolution of a disagreement, with the reason."""

    reason = fields.String(required=True, validate=validate.Length(min=1, max=4000))


class AssignArgs(Schema):
    """The chair assigns a reader (a staff public id), or `auto` for round-robin."""

    reader = fields.String(required=True, validate=validate.Length(min=1, max=32))


class QuestionArgs(Schema):
    """A question to the anonymous reporter."""

    body = fields.String(required=True, validate=validate.Length(min=1, max=2000))


class MergeArgs(Schema):
    """Merge this report into the one that survives."""

    into = fields.String(required=True, validate=_REF)
    reason = fields.String(required=True, validate=validate.Length(min=1, max=4000))


class PanelReportSchema(Schema):
    """A report as the panel sees it: structured codes and the de-identified text only."""

    reference = fields.String()
    kind = fields.String()
    status = fields.String()
    learning_month = fields.String()
    occurred_month = fields.String(allow_none=True)
    service_area = fields.String(allow_none=True)
    setting = fields.String(allow_none=True)
    harm_grade = fields.String(allow_none=True)
    immediate_risk = fields.Boolean()
    deidentified = fields.Dict(keys=fields.String(), values=fields.String())


class PanelQueueItemSchema(Schema):
    """A report in the triage queue, with its clocks."""

    reference = fields.String()
    kind = fields.String()
    status = fields.String()
    learning_month = fields.String()
    immediate_risk = fields.Boolean()
    answers_in = fields.Integer()
    triage_due_on = fields.Date(allow_none=True)
    working_days_left = fields.Integer(allow_none=True)
    overdue = fields.Boolean()


class TriageAnswerSchema(Schema):
    """One reader's answer (shown to the other reader only once both are in)."""

    reader = fields.String()
    mine = fields.Boolean()
    kind = fields.String()
    harm_grade = fields.String()
    immediate_risk = fields.Boolean()
    learning_potential = fields.String()
    service_area = fields.String(allow_none=True)
    themes = fields.List(fields.String())
    route = fields.String()
    duplicate_of = fields.String(allow_none=True)


class TriageStateSchema(Schema):
    """Where triage of a report stands, for the person asking."""

    reference = fields.String()
    status = fields.String()
    both_in = fields.Boolean()
    answers = fields.List(fields.Nested(TriageAnswerSchema))
    differences = fields.List(fields.String())
