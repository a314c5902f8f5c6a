"""Inputs and outputs of the just-culture decision aid."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_load, validate

_CODE = validate.Length(min=1, max=64)


class StartAssessmentArgs(Schema):
    """Start a walk: the model, and either an existing act or a new act's description."""

    model_id = fields.String(load_default=None, validate=_CODE)
    act = fields.String(load_default=None, validate=validate.Length(max=24))
    description = fields.String(load_default="", validate=validate.Length(max=500))


class AnswerArgs(Schema):
    """One answer to the question on the page (or a changed earlier answer)."""

    question = fields.String(required=True, validate=_CODE)
    answer = fields.String(required=True, validate=_CODE)


class DecideArgs(Schema):
    """The assessor's decision and, if it departs from the recommendation, why."""

    outcome = fields.String(required=True, validate=_CODE)
    reason = fields.String(load_default="", validate=validate.Length(max=4000))


class ResolveActArgs(Schema):
    """The chair settles an act's outcome: `outcome` is "<model id>/<outcome code>"."""

    outcome = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9_\-]{1,64}/[a-z0-9_\-]{1,64}$"))
    reason = fields.String(required=True, validate=validate.Length(min=1, max=4000))

    @post_load
    def _split(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        model_id, code = data["outcome"].split("/", 1)
        return {"model_id": model_id, "outcome": code, "reason": data["reason"]}


class AssessmentArgs(Schema):
    """POST /api/v1/reports/{reference}/assessments: a model, answers and optionally a decision."""

    model_id = fields.String(load_default=None, validate=_CODE)
    act_reference = fields.String(load_default=None, validate=validate.Length(max=24))
    act_description = fields.String(load_default=None, validate=validate.Length(max=500))
    answers = fields.Dict(keys=fields.String(validate=_CODE), values=fields.String(validate=_CODE),
                          required=True, validate=validate.Length(max=50))
    decision = fields.String(load_default=None, validate=_CODE)
    reason = fields.String(load_default=None, validate=validate.Length(max=4000))


class BranchSchema(Schema):
    """An answer and where it leads."""

    answer = fields.String()
    label = fields.String()
    next = fields.String(allow_none=True)
    outcome = fields.String(allow_none=True)


class QuestionSchema(Schema):
    """A question of a model."""

    id = fields.String()
    section = fields.String()
    text = fields.String()
    help = fields.String()
    branches = fields.List(fields.Nested(BranchSchema))


class OutcomeSchema(Schema):
    """An outcome of a model."""

    code = fields.String()
    label = fields.String()
    description = fields.String()
    route = fields.String()


class StepSchema(Schema):
    """A question on the path and the answer given."""

    question = fields.String()
    answer = fields.String()


class RecommendationSchema(Schema):
    """The walk's state: the next question, or the recommended outcome, and any decision."""

    assessment = fields.String()
    act = fields.String()
    model_id = fields.String()
    model_version = fields.String()
    complete = fields.Boolean()
    path = fields.List(fields.Nested(StepSchema))
    next_question = fields.Nested(QuestionSchema, allow_none=True)
    recommendation = fields.Nested(OutcomeSchema, allow_none=True)
    decided = fields.String(allow_none=True)


class DecisionModelSchema(Schema):
    """A decision model, summarised."""

    id = fields.String()
    name = fields.String()
    version = fields.String()
    source = fields.String()
    origin = fields.String()
    default = fields.Boolean()
