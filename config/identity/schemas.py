"""Input schemas for staff sign-in and account pages."""

from __future__ import annotations

from marshmallow import Schema, fields, validate


class SignInArgs(Schema):
    """E-mail and password from the sign-in form."""

    email = fields.String(required=True, validate=validate.Length(min=3, max=254),
                          error_messages={"required": "Enter your e-mail address"})
    password = fields.String(required=True, validate=validate.Length(min=1, max=256),
                             error_messages={"required": "Enter your password"})


class TotpArgs(Schema):
    """A six-digit code from an authenticator app."""

    code = fields.String(required=True, validate=validate.Regexp(r"^\s*\d{3}\s?\d{3}\s*$",
                         error="Enter the 6-digit code from your authenticator app"),
                         error_messages={"required": "Enter the 6-digit code"})


class TotpEnrolArgs(TotpArgs):
    """The secret being enrolled plus a code that proves it works."""

    secret = fields.String(required=True, validate=validate.Regexp(r"^[A-Z2-7]{16,64}$"))


class ChangePasswordArgs(Schema):
    """A new password, typed twice."""

    password = fields.String(required=True, validate=validate.Length(min=12, max=256,
                             error="Password must be between 12 and 256 characters"))
    confirm = fields.String(required=True, validate=validate.Length(max=256))
