"""Inputs and outputs of the workflow stage: chair steps, admin settings, the history."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from review.workflow.services import CHAIR_STEPS


class TransitionArgs(Schema):
    """A chair's step on a report (start review, agree learning, close...)."""

    action = fields.String(required=True, validate=validate.OneOf(CHAIR_STEPS))
    reason = fields.String(load_default="", validate=validate.Length(max=4000))


class SettingsArgs(Schema):
    """The admin's settings page: the default decision model and the clock durations."""

    default_model = fields.String(required=True, validate=validate.Length(min=1, max=64))
    acknowledge = fields.Integer(required=True, validate=validate.Range(1, 60))
    deidentify = fields.Integer(required=True, validate=validate.Range(1, 60))
    immediate_risk = fields.Integer(required=True, validate=validate.Range(1, 60))
    triage = fields.Integer(required=True, validate=validate.Range(1, 60))
    feedback = fields.Integer(required=True, validate=validate.Range(1, 12))
