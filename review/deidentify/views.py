"""The confidentiality officer's pages: the queue, the raw-beside-proposal screen, release, risk."""

from __future__ import annotations

from flask import Blueprint, Flask, abort, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from config.database import transaction, utcnow
from config.forms import load_form
from config.security import Role, staff
from reporting import services as reporting
from reporting.models import Message, Report, Status
from review.clocks import services as clocks
from review.deidentify import services
from review.deidentify.errors import ReleaseRefusedError
from review.deidentify.schemas import ReleaseFormArgs, ReplyReleaseArgs, RiskActionArgs
from review.triage import services as triage

bp = Blueprint("deidentify", __name__, url_prefix="/staff/confidentiality")
OFFICER = Role.CONFIDENTIALITY_OFFICER


def _report(reference: str) -> Report:
    report = reporting.find_report(reference)
    if report is None:
        abort(404)
    return report


@bp.get("/")
@staff(OFFICER)
def queue() -> ResponseReturnValue:
    """The officer's queue: immediate risks on top, then reports waiting for de-identification."""
    items = services.officer_queue()
    by_report = clocks.clocks_by_report(utcnow(), [report for report, _ in items])
    return render_template("review/deidentify/queue.html", items=items, clocks=by_report,
                           replies=services.replies_awaiting_relay())


def _render_report(report: Report, errors: dict[str, list[str]] | None = None,
                   values: dict[str, str] | None = None, status: int = 200,
                   refusal: str | None = None) -> ResponseReturnValue:
    proposal = services.propose(report, actor=g.staff_user) if report.status == Status.SUBMITTED else None
    flags = services.risk_history(report)
    return render_template(
        "review/deidentify/report.html", report=report, proposal=proposal, errors=errors or {},
        refusal=refusal,
        values=values or (proposal.proposed_texts() if proposal else {}),
        open_risk=services.has_open_risk(report), flags=flags,
        notes={flag.id: services.risk_note(report, flag) for flag in flags},
        risk_actions=services.RISK_ACTIONS, acknowledged=services.is_acknowledged(report),
        decision=services.latest_decision(report),
        replies=[m for r, m in services.replies_awaiting_relay() if r.id == report.id],
        clocks=clocks.clocks_by_report(utcnow(), [report])[report.id],
    ), status


@bp.get("/<reference>")
@staff(OFFICER)
def report_page(reference: str) -> ResponseReturnValue:
    """Raw text beside the anonymiser's proposal, the risk score and the release form."""
    return _render_report(_report(reference))


@bp.post("/<reference>/release")
@staff(OFFICER)
def release(reference: str) -> ResponseReturnValue:
    """Release the accepted or edited de-identified version to the panel."""
    report = _report(reference)
    data, errors = load_form(ReleaseFormArgs())
    if data is None:
        return _render_report(report, errors, status=400)
    with transaction():
        triage.release_to_panel(report, data["fields"], extra_redactions=data["extra_redactions"],
                                actor=g.staff_user, now=utcnow())
    return redirect(url_for("deidentify.queue"))


@bp.post("/<reference>/acknowledge")
@staff(OFFICER)
def acknowledge(reference: str) -> ResponseReturnValue:
    """Tell the reporter the report has arrived."""
    report = _report(reference)
    with transaction():
        services.acknowledge(report, actor=g.staff_user, now=utcnow())
    return redirect(url_for("deidentify.report_page", reference=reference))


@bp.post("/<reference>/risk")
@staff(OFFICER)
def risk_action(reference: str) -> ResponseReturnValue:
    """Record what was done about an immediate risk."""
    report = _report(reference)
    data, errors = load_form(RiskActionArgs())
    if data is None:
        return _render_report(report, errors, status=400)
    with transaction():
        services.record_risk_action(report, data["actions"], data["note"], actor=g.staff_user, now=utcnow())
    return redirect(url_for("deidentify.queue"))


def _render_reply(report: Report, message: Message, errors: dict[str, list[str]] | None = None,
                  value: str | None = None, status: int = 200) -> ResponseReturnValue:
    proposal = services.propose_reply(report, message, actor=g.staff_user)
    return render_template("review/deidentify/reply.html", report=report, message=message, proposal=proposal,
                           errors=errors or {}, value=value), status


@bp.get("/<reference>/replies/<message_id>")
@staff(OFFICER)
def reply_page(reference: str, message_id: str) -> ResponseReturnValue:
    """A reporter's raw reply beside the anonymiser's proposal, and the form to pass it on."""
    report = _report(reference)
    return _render_reply(report, services.get_reporter_message(report, message_id))


@bp.post("/<reference>/replies/<message_id>")
@staff(OFFICER)
def release_reply(reference: str, message_id: str) -> ResponseReturnValue:
    """Release the accepted or edited de-identified reply to the report's panel."""
    report = _report(reference)
    message = services.get_reporter_message(report, message_id)
    data, errors = load_form(ReplyReleaseArgs())
    if data is None:
        return _render_reply(report, message, errors, status=400)
    try:
        with transaction():
            services.release_reply(report, message, data["text"], extra_redactions=data["extra_redactions"],
                                   actor=g.staff_user, now=utcnow())
    except ReleaseRefusedError as exc:
        return _render_reply(report, message, {"text": [str(exc)]}, value=data["text"], status=409)
    return redirect(url_for("deidentify.report_page", reference=reference))


def refused(reference: str, message: str, status: int) -> ResponseReturnValue:
    """The officer's report page again, with the refusal of the step just tried shown at the top."""
    return _render_report(_report(reference), status=status, refusal=message)


def init_app(app: Flask) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
