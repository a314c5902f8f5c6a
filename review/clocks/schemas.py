"""Outputs of the clocks stage."""

from __future__ import annotations

from marshmallow import Schema, fields


class ClockSchema(Schema):
    """One running clock."""

    kind = fields.String()
    label = fields.String()
    reference = fields.String()
    role = fields.String()
    started_on = fields.Date()
    due_on = fields.Date()
    working_days_left = fields.Integer()
    overdue = fields.Boolean()
