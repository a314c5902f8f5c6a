"""Input (`...Args`) and output (`...Schema`) schemas for the reporter's forms and the JSON API.

Strict by design: unknown JSON fields are refused, every string is stripped and length-capped,
control characters other than newline and tab are refused (a CR LF from a browser textarea is
turned into a newline first), and every code must come from the configurable taxonomy. One dump
schema per audience: `ReporterFollowupSchema` shows a receipt holder no narrative and no
contact details.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    pre_dump,
    pre_load,
    validate,
    validates_schema,
)

from config.taxonomy import DEFAULT_CODEBOOK, load_codebook, load_taxonomy

KINDS = ("incident", "near_miss", "success")
NARRATIVE_MAX = 20_000
TEXT_MAX = 5_000
SHORT_TEXT_MAX = 2_000
MESSAGE_MAX = 5_000
RECEIPT_MAX = 300
_BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
PHONE = r"^\+?[0-9 ()\-]{6,40}$"
PHONE_ERROR = "Enter a phone number, like 07700 900 982 or +44 808 157 0192"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class Text(fields.String):
    """A stripped string with only printable characters, newlines and tabs."""

    def __init__(self, *, max_length: int, min_length: int = 0, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Length(
            min=min_length, max=max_length,
            error=f"Must be {max_length:,} characters or fewer" if not min_length else None))
        super().__init__(**kwargs)
        self.max_length = max_length

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        for char in text:
            category = unicodedata.category(char)
            if char in "\n\t":
                continue
            if category in ("Cc", "Cs", "Co", "Cn") or char in _BIDI:
                raise ValidationError("Remove the hidden or control characters from this answer")
        if len(text) > self.max_length:
            raise ValidationError(f"Must be {self.max_length:,} characters or fewer "
                                  f"(you wrote {len(text):,})")
        return text


def _choice(codes: Any, message: str) -> validate.Validator:
    return validate.OneOf(sorted(codes), error=message)


def _service_areas() -> list[str]:
    return [a.code for a in load_taxonomy().service_areas]


def _settings_codes() -> list[str]:
    return [s.code for _a, s in load_taxonomy().all_settings()]


def validate_month(value: str) -> None:
    """A month as YYYY-MM, from 1990 to this month (never a day: we do not keep exact dates)."""
    if not _MONTH.match(value):
        raise ValidationError("Enter the month as year and month, for example 2026-10")
    today = dt.datetime.now(dt.UTC).date()
    if value > f"{today.year:04d}-{today.month:02d}":
        raise ValidationError("The month cannot be in the future")
    if value < "1990-01":
        raise ValidationError("Enter a month from 1990 onwards")


class ContactArgs(Schema):
    """Optional contact details for a call back (sealed; only the confidentiality officer sees them)."""

    class Meta:
        unknown = RAISE

    name = Text(max_length=100, load_default=None)
    phone = Text(max_length=40, load_default=None,
                 validate=validate.Regexp(PHONE, error=PHONE_ERROR))
    email = fields.Email(load_default=None, validate=validate.Length(max=254),
                         error_messages={"invalid": "Enter an e-mail address, like name@example.com"})

    @validates_schema
    def _not_empty(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not any(data.get(k) for k in ("name", "phone", "email")):
            raise ValidationError("Give a phone number or e-mail address, or leave out contact details",
                                  "phone")


class ReportArgs(Schema):
    """A new report (JSON API). Only `kind` and `narrative` are required."""

    class Meta:
        unknown = RAISE

    kind = fields.String(
        required=True, validate=validate.OneOf(KINDS, error="Choose incident, near_miss or success"),
        error_messages={"required": "Say whether this is an incident, a near miss or a success"})
    narrative = Text(required=True, min_length=1, max_length=NARRATIVE_MAX,
                     error_messages={"required": "Tell us what happened"})
    why_it_matters = Text(max_length=TEXT_MAX, load_default=None)
    what_would_help = Text(max_length=TEXT_MAX, load_default=None)
    service_area = fields.String(
        load_default=None,
        validate=lambda v: _one_of(v, _service_areas(), "Choose a service area from the list"))
    setting = fields.String(
        load_default=None, validate=lambda v: _one_of(v, _settings_codes(), "Choose a setting from the list"))
    occurred_month = fields.String(load_default=None, validate=validate_month)
    harm_grade = fields.String(load_default=None,
                               validate=lambda v: _one_of(v, load_taxonomy().harm_grade_codes(),
                                                          "Choose a harm grade from the list"))
    roles_involved = fields.List(
        fields.String(validate=lambda v: _one_of(v, load_taxonomy().role_codes(),
                                                 "Choose roles from the list")),
        load_default=list, validate=validate.Length(max=40, error="Choose at most 40 roles"))
    factors = fields.List(
        fields.String(validate=lambda v: _one_of(v, load_codebook(DEFAULT_CODEBOOK).codes(),
                                                 "Choose factors from the list")),
        load_default=list, validate=validate.Length(max=60, error="Choose at most 60 factors"))
    factors_other = Text(max_length=SHORT_TEXT_MAX, load_default=None)
    already_done = Text(max_length=TEXT_MAX, load_default=None)
    quote_consent = fields.Boolean(load_default=False)
    immediate_risk = fields.Boolean(load_default=False)
    contact = fields.Nested(ContactArgs, load_default=None)
    access_code = Text(max_length=100, load_default=None)

    @validates_schema
    def _consistent(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, list[str]] = {}
        if data.get("harm_grade") and data.get("kind") == "success":
            errors["harm_grade"] = ["Harm grades are only for incidents and near misses"]
        area, setting = data.get("service_area"), data.get("setting")
        if setting and area and not load_taxonomy().is_setting(area, setting):
            errors["setting"] = ["Choose a setting that belongs to the service area you chose"]
        if errors:
            raise ValidationError(errors)


def _one_of(value: str, codes: Any, message: str) -> None:
    if value not in codes:
        raise ValidationError(message)


class ReportFormArgs(ReportArgs):
    """The same fields from the web form, where every answer is optional until its own step.

    Contact details arrive flat (contact_name, ...) and blank choices arrive as "".
    """

    class Meta:
        unknown = RAISE

    kind = fields.String(load_default=None,
                         validate=validate.OneOf(KINDS, error="Choose what you are reporting"))
    narrative = Text(max_length=NARRATIVE_MAX, load_default=None)
    path = fields.String(load_default=None,
                         validate=validate.OneOf(("short", "full"),
                                                 error="Choose the short or the full form"))
    wants_contact = fields.Boolean(load_default=None)
    contact_name = Text(max_length=100, load_default=None)
    contact_phone = Text(max_length=40, load_default=None,
                         validate=validate.Regexp(PHONE, error=PHONE_ERROR))
    contact_email = fields.Email(load_default=None, validate=validate.Length(max=254),
                                 error_messages={"invalid": "Enter an e-mail address, like name@example.com"})
    immediate_risk = fields.Boolean(load_default=None)
    quote_consent = fields.Boolean(load_default=None)

    @pre_load
    def _blank_is_none(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key in ("step", "go"):
                continue
            if isinstance(value, str) and value.strip() == "":
                continue
            if isinstance(value, list):
                value = [v for v in value if not (isinstance(v, str) and not v.strip())]
            out[key] = value
        return out


def lenient_answers_args() -> Schema:
    """A schema that keeps every form answer as typed, to re-show a page after an error."""
    declared: dict[str, fields.Field] = {}
    for name, item in ReportFormArgs().fields.items():
        declared[name] = (fields.List(fields.String(), load_default=list) if isinstance(item, fields.List)
                          else fields.String(load_default=None))
    return Schema.from_dict(declared, name="LenientAnswersArgs")()


def form_answers_to_submission(answers: dict[str, Any]) -> dict[str, Any]:
    """Turn the web form's flat answers into the submission shape `submit_report` takes."""
    data = {k: v for k, v in answers.items()
            if k not in ("wants_contact", "contact_name", "contact_phone", "contact_email", "contact")}
    if answers.get("wants_contact"):
        contact = {"name": answers.get("contact_name"), "phone": answers.get("contact_phone"),
                   "email": answers.get("contact_email")}
        data["contact"] = {k: v for k, v in contact.items() if v} or None
    if data.get("kind") == "success":
        data["harm_grade"] = None
    return data


class WizardArgs(Schema):
    """Which step of the web form was posted, and which button was pressed."""

    step = fields.String(load_default="start", validate=validate.Length(max=20))
    go = fields.String(load_default="next",
                       validate=validate.OneOf(("next", "back", "save", "send", "check")))


class DraftResumeArgs(Schema):
    """A draft code typed by the reporter."""

    code = fields.String(required=True, validate=validate.Length(min=1, max=RECEIPT_MAX),
                         error_messages={"required": "Enter the words of your draft code"})


class ReceiptArgs(Schema):
    """A receipt, for follow-up (form and JSON)."""

    class Meta:
        unknown = RAISE

    receipt = fields.String(required=True, validate=validate.Length(min=1, max=RECEIPT_MAX,
                                                                     error="Enter your receipt phrase"),
                            error_messages={"required": "Enter your receipt phrase"})


class FollowupMessageArgs(ReceiptArgs):
    """The reporter answers a question (reply_to) or adds information."""

    body = Text(required=True, min_length=1, max_length=MESSAGE_MAX,
                error_messages={"required": "Write your answer or the information you want to add"})
    reply_to = fields.String(load_default=None, validate=validate.Length(max=24))


class WithdrawArgs(ReceiptArgs):
    """Withdraw a report; the web form also sends `confirm`."""

    confirm = fields.String(load_default=None, validate=validate.OneOf(("yes",)))


class StaffMessageArgs(Schema):
    """A message from the confidentiality officer to the reporter."""

    body = Text(required=True, min_length=1, max_length=MESSAGE_MAX,
                error_messages={"required": "Write the message"})
    is_question = fields.Boolean(load_default=False)


class RevealArgs(Schema):
    """Why the confidentiality officer needs the contact details."""

    reason_code = fields.String(required=True, validate=validate.OneOf(
        ("callback_requested", "immediate_risk", "clarify_report", "other"), error="Choose a reason"),
        error_messages={"required": "Choose a reason"})
    reason = Text(required=True, min_length=10, max_length=SHORT_TEXT_MAX,
                  error_messages={"required": "Explain why you need the contact details"})


class VerifyArgs(Schema):
    """A proof of report to check."""

    reference = fields.String(load_default=None, validate=validate.Length(max=40))
    proof = fields.String(load_default=None, validate=validate.Length(max=60))


# -- dump schemas ------------------------------------------------------------------------------------
class SubmittedSchema(Schema):
    """What the reporter gets back from POST /api/v1/reports (the receipt, this once only)."""

    receipt = fields.String(required=True)
    reference = fields.String(required=True)
    status = fields.String(required=True)
    proof = fields.String()
    month = fields.String()


class StatusEventSchema(Schema):
    """One entry of the status history (day only)."""

    status = fields.String()
    words = fields.String()
    on = fields.Date()


class ReporterMessageSchema(Schema):
    """A message as the reporter sees it."""

    id = fields.String(attribute="public_id")
    author = fields.String()
    is_question = fields.Boolean()
    answered = fields.Boolean()
    sent_on = fields.Date()
    body = fields.String(allow_none=True)


class ReporterOutcomeSchema(Schema):
    """One "you said, we did" item."""

    kind = fields.String()
    state = fields.String()
    added_on = fields.Date()
    text = fields.String()


class SignpostSchema(Schema):
    """Where to go for help or for matters outside the learning route."""

    code = fields.String()
    title = fields.String()
    text = fields.String()


class ReporterFollowupSchema(Schema):
    """The follow-up view for a receipt holder: no narrative, no contact details."""

    reference = fields.String()
    kind = fields.String()
    month = fields.String()
    status = fields.String()
    status_words = fields.String()
    status_explanation = fields.String()
    history = fields.List(fields.Nested(StatusEventSchema))
    messages = fields.List(fields.Nested(ReporterMessageSchema))
    outcomes = fields.List(fields.Nested(ReporterOutcomeSchema))
    signposts = fields.List(fields.Nested(SignpostSchema))
    merged = fields.Boolean()
    can_message = fields.Boolean()

    @pre_dump
    def _from_view(self, view: Any, **kwargs: Any) -> dict[str, Any]:
        return {
            "reference": view.reference, "kind": view.kind, "month": view.learning_month,
            "status": view.status, "status_words": view.status_words,
            "status_explanation": view.status_explanation,
            "history": [{"status": s, "words": w, "on": d} for s, w, d in view.history],
            "messages": view.messages, "outcomes": view.outcomes,
            "signposts": [{"code": c, "title": t, "text": x} for c, t, x in view.signposts],
            "merged": view.merged, "can_message": view.can_message,
        }


class MessageCreatedSchema(Schema):
    """Acknowledgement of a reporter's message."""

    id = fields.String()
    status = fields.String()


class WithdrawnSchema(Schema):
    """Acknowledgement of a withdrawal."""

    reference = fields.String()
    status = fields.String()
