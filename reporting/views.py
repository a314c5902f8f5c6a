"""Reporter-facing pages, the reporter JSON API and the confidentiality officer's reporting pages.

The web form needs no JavaScript and no account. Answers travel between its pages in hidden
fields of each POSTed form (pages are Cache-Control: no-store), so nothing is kept on the server
or in a cookie until the reporter sends the report or chooses "save and come back". The receipt
appears only in the body of the response to the POST that created the report; follow-up actions
re-post it in hidden fields, never in a URL or cookie.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    g,
    jsonify,
    make_response,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from markupsafe import Markup, escape
from marshmallow import Schema

from config.database import transaction, utcnow
from config.extensions import csrf
from config.forms import load_form, load_json, load_query
from config.limiter import client_hit
from config.openapi import document
from config.security import Role, public, staff
from config.taxonomy import DEFAULT_CODEBOOK, load_codebook, load_taxonomy
from reporting import services
from reporting.errors import (
    AccessCodeError,
    ContactRevealError,
    DraftNotFoundError,
    MessageNotAllowedError,
    ReceiptInTextError,
    ReportClosedError,
)
from reporting.models import Author, Report
from reporting.schemas import (
    DraftResumeArgs,
    FollowupMessageArgs,
    MessageCreatedSchema,
    ReceiptArgs,
    ReportArgs,
    ReporterFollowupSchema,
    ReportFormArgs,
    RevealArgs,
    StaffMessageArgs,
    SubmittedSchema,
    VerifyArgs,
    WithdrawArgs,
    WithdrawnSchema,
    WizardArgs,
    form_answers_to_submission,
    lenient_answers_args,
)

bp = Blueprint("reporting", __name__)
api_bp = Blueprint("reporting_api", __name__, url_prefix="/api/v1")
staff_bp = Blueprint("reporting_staff", __name__, url_prefix="/staff/reports")

Errors = dict[str, list[str]]

#: The web form's pages and the answers each one asks for.
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "start": ("access_code", "kind", "path"),
    "risk": ("immediate_risk",),
    "what": ("narrative",),
    "why": ("why_it_matters",),
    "help": ("what_would_help",),
    "details": ("service_area", "setting", "occurred_month", "harm_grade", "roles_involved"),
    "factors": ("factors", "factors_other", "already_done", "quote_consent"),
    "contact": ("wants_contact", "contact_name", "contact_phone", "contact_email"),
    "check": services.TEXT_FIELDS,
}
NOT_FOUND = "We could not find a report with that receipt. Check the words and try again."


# -- helpers ----------------------------------------------------------------------------------------
def steps_for(answers: dict[str, Any]) -> list[str]:
    """The pages this reporter goes through (the full path adds the structured questions)."""
    middle = ["details", "factors"] if answers.get("path") == "full" else []
    return ["start", "risk", "what", "why", "help", *middle, "contact", "check"]


def step_errors(step: str, answers: dict[str, Any]) -> Errors:
    """What is missing on this page (the schema already checked what was given)."""
    errors: Errors = {}
    if step == "start":
        if not answers.get("kind"):
            errors["kind"] = ["Choose what you are reporting"]
        if not answers.get("path"):
            errors["path"] = ["Choose the short or the full form"]
        try:
            services.check_access_code(answers.get("access_code"))
        except AccessCodeError as exc:
            errors["access_code"] = [str(exc)]
    elif step == "risk" and answers.get("immediate_risk") is None:
        errors["immediate_risk"] = ["Say whether anyone is at risk of harm now"]
    elif step in ("what", "check") and not answers.get("narrative"):
        errors["narrative"] = ["Tell us what happened" if answers.get("kind") != "success"
                               else "Tell us what went well"]
    elif step == "contact":
        if answers.get("wants_contact") is None:
            errors["wants_contact"] = ["Say whether you want to leave contact details"]
        elif answers.get("wants_contact") and not (
                answers.get("contact_phone") or answers.get("contact_email")):
            errors["contact_phone"] = ["Give a phone number or e-mail address, or choose no"]
    if step == "check" and not answers.get("kind"):
        errors["kind"] = ["Go back to the first page and choose what you are reporting"]
    for name in STEP_FIELDS.get(step, ()):
        value = answers.get(name)
        if isinstance(value, str) and services.contains_receipt_like(value):
            errors[name] = [str(ReceiptInTextError([name]))]
    return errors


def highlight(text: str, spans: list[Any]) -> Markup:
    """The text as the panel would see it, each replacement in <mark>; every piece escaped."""
    out = Markup("")
    position = 0
    for span in spans:
        out += escape(text[position : span.start])
        out += Markup('<mark class="candour-redaction">{}<span class="govuk-visually-hidden">'
                      ' (replacing \u201c{}\u201d)</span></mark>').format(span.replacement,
                                                                          text[span.start : span.end])
        position = span.end
    return out + escape(text[position:])


def _month_choices(now: dt.datetime, count: int = 25) -> list[tuple[str, str]]:
    year, month = now.year, now.month
    out = []
    for _ in range(count):
        out.append((f"{year:04d}-{month:02d}", dt.date(year, month, 1).strftime("%B %Y")))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def _render_step(step: str, answers: dict[str, Any], errors: Errors,
                 status: int = 200) -> ResponseReturnValue:
    previews = []
    if step == "check" and answers.get("narrative"):
        previews = services.preview_text({k: answers.get(k) for k in services.TEXT_FIELDS})
    hidden = {k: v for k, v in answers.items() if k not in STEP_FIELDS.get(step, ()) and v is not None}
    steps = steps_for(answers)
    return render_template(
        f"reporting/step_{step}.html", step=step, answers=answers, errors=errors, hidden=hidden,
        previews=previews, highlight=highlight, taxonomy=load_taxonomy(),
        codebook=load_codebook(DEFAULT_CODEBOOK), months=_month_choices(utcnow()),
        step_number=steps.index(step) + 1 if step in steps else 1, step_count=len(steps),
        access_code_required=services.access_code_required(),
        role_options=[(r.code, r.label) for r in load_taxonomy().roles],
    ), status


def _submit_limit() -> str:
    return f"{current_app.config['CANDOUR_SETTINGS'].submissions_per_hour} per hour"


def _followup_limit() -> str:
    return f"{current_app.config['CANDOUR_SETTINGS'].followups_per_hour} per hour"


def _receipt_page(submission: services.Submission) -> ResponseReturnValue:
    report = submission.report
    return render_template(
        "reporting/receipt.html", receipt=submission.receipt, report=report,
        proof=services.proof_code(report.reference, report.learning_month),
        month_words=_month_words(report.learning_month), urgent=report.immediate_risk,
        taxonomy=load_taxonomy(),
    ), 201


def _month_words(month: str) -> str:
    return dt.date(int(month[:4]), int(month[5:]), 1).strftime("%B %Y")


# -- the reporting form --------------------------------------------------------------------------------
@bp.get("/")
@public
def start() -> str:
    """The start page: what Candour is and what it promises."""
    return render_template("reporting/start.html")


@bp.get("/privacy")
@public
def privacy() -> str:
    """Exactly what is and is not kept about a reporter."""
    return render_template("reporting/privacy.html")


@bp.get("/report")
@public
def report_start() -> ResponseReturnValue:
    """The first page of the reporting form."""
    return _render_step("start", {}, {})


@bp.post("/report")
@public
def report_step() -> ResponseReturnValue:
    """One page of the form: validate, then go back, save, move on, or send the report."""
    nav, _ = load_form(WizardArgs())
    nav = nav or {"step": "start", "go": "next"}
    step = nav["step"] if nav["step"] in STEP_FIELDS else "start"
    answers, errors = load_form(ReportFormArgs())
    if answers is None:
        # Keep what was typed (escaped on the page) so a too-long answer is not lost.
        kept, _ = load_form(lenient_answers_args())
        return _render_step(step, kept or {}, errors, 400)
    answers = {k: v for k, v in answers.items() if v not in (None, [], "")}
    steps = steps_for(answers)
    if nav["go"] == "back":
        return _render_step(steps[max(steps.index(step) - 1, 0)] if step in steps else "start", answers, {})
    if nav["go"] == "save":
        with transaction():
            code = services.save_draft(answers, now=utcnow())
        return render_template("reporting/draft_saved.html", code=code)
    errors = step_errors(step, answers)
    if errors:
        return _render_step(step, answers, errors, 400)
    if step == "check" and nav["go"] == "send":
        return _send(answers)
    if step == "check" or step not in steps:
        return _render_step("check" if step == "check" else "start", answers, {})
    return _render_step(steps[steps.index(step) + 1], answers, {})


def _send(answers: dict[str, Any]) -> ResponseReturnValue:
    if not client_hit(_submit_limit(), purpose="submit"):
        abort(429)
    try:
        with transaction():
            submission = services.submit_report(form_answers_to_submission(answers), now=utcnow())
            response = _receipt_page(submission)
    except ReceiptInTextError as exc:
        return _render_step("check", answers, {name: [str(exc)] for name in exc.fields}, 400)
    except AccessCodeError as exc:
        return _render_step("start", answers, {"access_code": [str(exc)]}, 400)
    return response


@bp.route("/report/resume", methods=["GET", "POST"])
@public
def report_resume() -> ResponseReturnValue:
    """Come back to saved answers with a draft code."""
    errors: Errors = {}
    if request.method == "POST":
        if not client_hit(_followup_limit(), purpose="draft"):
            abort(429)
        data, errors = load_form(DraftResumeArgs())
        if data is not None:
            try:
                with transaction():
                    answers = services.resume_draft(data["code"], now=utcnow())
            except DraftNotFoundError as exc:
                errors = {"code": [str(exc)]}
            else:
                steps = steps_for(answers)
                return _render_step(steps[-2] if len(steps) > 1 else "start", answers, {})
    return render_template("reporting/draft_resume.html", errors=errors), (400 if errors else 200)


@bp.get("/urgent-help")
@public
def urgent_help() -> ResponseReturnValue:
    """Where to go today if someone is at risk of harm now."""
    return render_template("reporting/urgent_help.html", taxonomy=load_taxonomy())


# -- proof of report ------------------------------------------------------------------------------------
@bp.get("/verify")
@public
def verify() -> ResponseReturnValue:
    """Check a proof of report: shows only whether it is valid and the month of filing."""
    data, errors = load_query(VerifyArgs())
    result = None
    if data and data.get("reference") and data.get("proof"):
        if not client_hit(_followup_limit(), purpose="verify"):
            abort(429)
        result = services.verify_proof(data["reference"], data["proof"])
    month = _month_words(result.month) if result and result.month else None
    return render_template("reporting/verify.html", result=result, month=month, errors=errors,
                           query=data or {})


@bp.get("/proof.txt")
@public
def proof_download() -> ResponseReturnValue:
    """Download a proof of report as a text file (checked first, so it cannot be forged here)."""
    data, _ = load_query(VerifyArgs())
    if not data or not data.get("reference") or not data.get("proof"):
        abort(404)
    result = services.verify_proof(data["reference"], data["proof"])
    if not result.valid or result.month is None:
        abort(404)
    body = render_template("reporting/proof.txt", reference=data["reference"].strip().upper(),
                           proof=data["proof"].strip().upper(), month=_month_words(result.month),
                           verify_url=url_for("reporting.verify", _external=True))
    return Response(body, mimetype="text/plain",
                    headers={"Content-Disposition": 'attachment; filename="proof-of-report.txt"'})


# -- follow-up -------------------------------------------------------------------------------------------
@bp.get("/follow-up")
@public
def followup() -> ResponseReturnValue:
    """Follow up a report with its receipt."""
    return render_template("reporting/followup_start.html", errors={})


def _lookup(receipt: str) -> Report | None:
    if not client_hit(_followup_limit(), purpose="followup"):
        abort(429)
    return services.find_by_receipt(receipt)


def _followup_page(report: Report, receipt: str, *, notice: str | None = None,
                   errors: Errors | None = None, status: int = 200) -> ResponseReturnValue:
    return render_template("reporting/followup.html", view=services.reporter_view(report), receipt=receipt,
                           notice=notice, errors=errors or {}, month_words=_month_words), status


@bp.post("/follow-up")
@public
def followup_view() -> ResponseReturnValue:
    """Show the status, messages and outcome of the report a receipt belongs to."""
    data, errors = load_form(ReceiptArgs())
    if data is None:
        return render_template("reporting/followup_start.html", errors=errors), 400
    report = _lookup(data["receipt"])
    if report is None:
        return render_template("reporting/followup_start.html", errors={"receipt": [NOT_FOUND]}), 404
    return _followup_page(report, data["receipt"])


@bp.post("/follow-up/message")
@public
def followup_message() -> ResponseReturnValue:
    """The reporter answers a question or adds information."""
    receipt, _ = load_form(ReceiptArgs())
    report = _lookup(receipt["receipt"]) if receipt else None
    if report is None or receipt is None:
        return render_template("reporting/followup_start.html", errors={"receipt": [NOT_FOUND]}), 404
    data, errors = load_form(FollowupMessageArgs())
    if data is None:
        return _followup_page(report, receipt["receipt"], errors=errors, status=400)
    try:
        with transaction():
            services.add_reporter_message(report, data["body"], reply_to=data.get("reply_to"), now=utcnow())
    except (ReportClosedError, MessageNotAllowedError, ReceiptInTextError) as exc:
        return _followup_page(report, receipt["receipt"], errors={"body": [str(exc)]}, status=409)
    return _followup_page(report, receipt["receipt"], notice="Thank you. The panel will see your message.")


@bp.post("/follow-up/withdraw")
@public
def followup_withdraw() -> ResponseReturnValue:
    """Withdraw a report (after a confirmation page)."""
    data, _ = load_form(WithdrawArgs())
    report = _lookup(data["receipt"]) if data else None
    if report is None or data is None:
        return render_template("reporting/followup_start.html", errors={"receipt": [NOT_FOUND]}), 404
    if data.get("confirm") != "yes":
        return render_template("reporting/withdraw_confirm.html", receipt=data["receipt"],
                               view=services.reporter_view(report))
    try:
        with transaction():
            services.withdraw_report(report, now=utcnow())
    except ReportClosedError as exc:
        return _followup_page(report, data["receipt"], errors={"confirm": [str(exc)]}, status=409)
    return _followup_page(report, data["receipt"],
                          notice="Your report has been withdrawn and its content deleted.")


# -- JSON API --------------------------------------------------------------------------------------------
@api_bp.post("/reports")
@public
def api_submit() -> ResponseReturnValue:
    """Submit a report; the answer carries the receipt, this once only."""
    if not client_hit(_submit_limit(), purpose="submit"):
        abort(429)
    data = load_json(ReportArgs())
    try:
        with transaction():
            submission = services.submit_report(data, now=utcnow())
            report = submission.report
            body = SubmittedSchema().dump({
                "receipt": submission.receipt, "reference": report.reference, "status": report.status,
                "month": report.learning_month,
                "proof": services.proof_code(report.reference, report.learning_month)})
    except ReceiptInTextError as exc:
        return _api_invalid({name: [str(exc)] for name in exc.fields})
    except AccessCodeError as exc:
        return _api_invalid({"access_code": [str(exc)]})
    return jsonify(body), 201


def _api_invalid(errors: Errors) -> ResponseReturnValue:
    return jsonify({"error": "Check what you entered", "status": 422, "errors": errors}), 422


def _api_not_found() -> ResponseReturnValue:
    return jsonify({"error": "Not found", "status": 404, "detail": NOT_FOUND}), 404


def _api_receipt_holder(schema: Schema) -> tuple[dict[str, Any], Report]:
    """Throttle, validate, and find the report a receipt belongs to (unknown: the plain 404)."""
    if not client_hit(_followup_limit(), purpose="followup"):
        abort(429)
    data = load_json(schema)
    report = services.find_by_receipt(data["receipt"])
    if report is None:
        abort(make_response(_api_not_found()))
    return data, report


@api_bp.post("/followup")
@public
def api_followup() -> ResponseReturnValue:
    """Status, history, messages and outcome of the report a receipt belongs to."""
    data, report = _api_receipt_holder(ReceiptArgs())
    return jsonify(ReporterFollowupSchema().dump(services.reporter_view(report)))


@api_bp.post("/followup/messages")
@public
def api_followup_message() -> ResponseReturnValue:
    """Answer a panel question (reply_to) or add information."""
    data, report = _api_receipt_holder(FollowupMessageArgs())
    try:
        with transaction():
            message = services.add_reporter_message(report, data["body"], reply_to=data.get("reply_to"),
                                                    now=utcnow())
            body = MessageCreatedSchema().dump({"id": message.public_id, "status": "received"})
    except (ReportClosedError, MessageNotAllowedError) as exc:
        abort(409, description=str(exc))
    except ReceiptInTextError as exc:
        return _api_invalid({"body": [str(exc)]})
    return jsonify(body), 201


@api_bp.post("/followup/withdraw")
@public
def api_followup_withdraw() -> ResponseReturnValue:
    """Withdraw a report: its content is deleted and contact details destroyed."""
    data, report = _api_receipt_holder(ReceiptArgs())
    try:
        with transaction():
            services.withdraw_report(report, now=utcnow())
    except ReportClosedError as exc:
        abort(409, description=str(exc))
    return jsonify(WithdrawnSchema().dump({"reference": report.reference, "status": report.status}))


# -- the confidentiality officer ----------------------------------------------------------------------
def _staff_report(reference: str) -> Report:
    report = services.find_report(reference)
    if report is None:
        abort(404)
    return report


@staff_bp.route("/<reference>/messages", methods=["GET", "POST"])
@staff(Role.CONFIDENTIALITY_OFFICER)
def staff_messages(reference: str) -> ResponseReturnValue:
    """Messages with the anonymous reporter, and a form to reply or ask a question."""
    report = _staff_report(reference)
    errors: Errors = {}
    if request.method == "POST":
        data, errors = load_form(StaffMessageArgs())
        if data is not None:
            try:
                with transaction():
                    services.post_staff_message(report, data["body"], author=Author.CONFIDENTIALITY_OFFICER,
                                                is_question=data["is_question"], now=utcnow())
            except ReportClosedError as exc:
                errors = {"body": [str(exc)]}
    return render_template("reporting/staff_messages.html", report=report,
                           messages=services.staff_messages(report), errors=errors,
                           accepts_messages=services.accepts_messages(report)), (400 if errors else 200)


@staff_bp.route("/<reference>/contact", methods=["GET", "POST"])
@staff(Role.CONFIDENTIALITY_OFFICER)
def staff_contact(reference: str) -> ResponseReturnValue:
    """Reveal contact details for a call back: a reason is required and the look is audited."""
    report = _staff_report(reference)
    errors: Errors = {}
    details = None
    if request.method == "POST":
        data, errors = load_form(RevealArgs())
        if data is not None:
            try:
                with transaction():
                    details = services.reveal_contact_details(
                        report, actor=g.staff_user.public_id, reason_code=data["reason_code"],
                        reason=data["reason"], now=utcnow())
            except ContactRevealError as exc:
                errors = {"reason_code": [str(exc)]}
    return render_template("reporting/staff_contact.html", report=report, details=details, errors=errors,
                           has_contact=services.has_contact_details(report),
                           reasons=services.REVEAL_REASONS), (400 if errors else 200)


# -- registration ------------------------------------------------------------------------------------------
def _document_api(app: Flask) -> None:
    errors: dict[int, tuple[str, Any]] = {400: ("Malformed", None), 422: ("Invalid", None),
                                          429: ("Throttled", None)}
    document(app, "/reports", "post", summary="Submit a confidential report", body=ReportArgs,
             responses={201: ("Created; the receipt is shown this once only", SubmittedSchema), **errors},
             tags=["reporting"])
    document(app, "/followup", "post", summary="Follow up a report with its receipt", body=ReceiptArgs,
             responses={200: ("The reporter's view", ReporterFollowupSchema),
                        404: ("No report has that receipt", None), **errors}, tags=["reporting"])
    document(app, "/followup/messages", "post", summary="Answer a question or add information",
             body=FollowupMessageArgs,
             responses={201: ("Received", MessageCreatedSchema), 404: ("No report has that receipt", None),
                        409: ("The report is closed", None), **errors}, tags=["reporting"])
    document(app, "/followup/withdraw", "post", summary="Withdraw a report", body=ReceiptArgs,
             responses={200: ("Withdrawn", WithdrawnSchema), 404: ("No report has that receipt", None),
                        409: ("The report is already closed", None), **errors}, tags=["reporting"])


def init_app(app: Flask) -> None:
    """Register the blueprints and describe the API."""
    csrf.exempt(api_bp)
    app.register_blueprint(bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(staff_bp)
    _document_api(app)
