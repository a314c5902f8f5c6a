"""The report's life as an explicit state machine (DESIGN.md section 2).

Every move of a report between statuses goes through `transition()`, which checks the table
below: the statuses it may start from, the roles that may take it (or the system, for automatic
steps such as two readers agreeing), and whether a person must give a reason. A step from the
wrong status raises `IllegalTransitionError`, which the web layer answers with 409 and a plain
message. Each step writes, in the same transaction:

- the reporter-visible status event (through `reporting.services.record_status`),
- a `ReviewEvent` with who, when and the sealed reason,
- an audit entry with codes only (`report.<action>`, from, to).

Withdrawal belongs to the reporter and is done by the reporting area; it is listed here so the
table documents the whole life of a report.

Reasons are sealed under the report's data key because staff may quote the case in them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import select

from config import audit
from config.database import db, public_reference
from config.identity.models import StaffUser
from config.security import Role
from reporting import services as reporting
from reporting.models import FINAL_STATUSES, Report, Status
from review.workflow.errors import IllegalTransitionError, NotAllowedError, ReviewInputError
from review.workflow.models import PanelSetting, ReviewEvent

SYSTEM_ROLE = "system"
_REASON_LIMIT = 4000


@dataclass(frozen=True)
class Transition:
    """One allowed step: from which statuses, to which, by whom, and whether a reason is needed."""

    action: str
    sources: frozenset[Status]
    target: Status
    roles: frozenset[Role]
    system: bool
    needs_reason: bool
    verb: str


def _t(action: str, sources: set[Status], target: Status, roles: set[Role], *, system: bool = False,
       needs_reason: bool = False, verb: str) -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(roles), system, needs_reason, verb)


_PANEL_STAGES = {Status.DEIDENTIFIED, Status.TRIAGED, Status.IN_REVIEW}

#: The whole state machine. Keys are the action codes used in audit entries (`report.<action>`).
TRANSITIONS: Mapping[str, Transition] = {
    t.action: t
    for t in (
        _t("release", {Status.SUBMITTED}, Status.DEIDENTIFIED, {Role.CONFIDENTIALITY_OFFICER},
           verb="released to the panel"),
        _t("triage_agreed", {Status.DEIDENTIFIED}, Status.TRIAGED, set(), system=True,
           verb="marked as triaged"),
        _t("triage_resolved", {Status.DEIDENTIFIED}, Status.TRIAGED, {Role.CHAIR}, needs_reason=True,
           verb="marked as triaged"),
        _t("close_outside_scope", _PANEL_STAGES, Status.OUTSIDE_SCOPE, {Role.CHAIR}, system=True,
           needs_reason=True, verb="closed as outside scope"),
        _t("merge", _PANEL_STAGES, Status.MERGED, {Role.CHAIR}, system=True, needs_reason=True,
           verb="merged into another report"),
        _t("start_review", {Status.TRIAGED}, Status.IN_REVIEW, {Role.CHAIR}, verb="put into review"),
        _t("agree_learning", {Status.IN_REVIEW}, Status.LEARNING_AGREED, {Role.CHAIR}, needs_reason=True,
           verb="signed off as learning agreed"),
        _t("close", {Status.TRIAGED, Status.LEARNING_AGREED}, Status.CLOSED, {Role.CHAIR},
           needs_reason=True, verb="closed"),
        # The reporter withdraws through the reporting area; listed to document the whole life.
        _t("withdraw", {Status.SUBMITTED, Status.DEIDENTIFIED, Status.TRIAGED, Status.IN_REVIEW},
           Status.WITHDRAWN, set(), verb="withdrawn"),
    )
}

#: Steps a chair takes by hand from the report page (the others happen through their own screens).
CHAIR_STEPS = ("start_review", "agree_learning", "close", "close_outside_scope")


def actor_code(actor: StaffUser | None) -> str:
    """The audit/history name of an actor: a staff public id, or `system`."""
    return actor.public_id if actor is not None else audit.SYSTEM


def require_role(actor: StaffUser | None, roles: frozenset[Role] | set[Role], *, system: bool = False,
                 what: str = "do this") -> None:
    """Refuse an actor whose role is not among `roles` (None means the system)."""
    if actor is None:
        if not system:
            raise NotAllowedError(f"Only a person can {what}.")
        return
    if Role(actor.role) not in roles:
        raise NotAllowedError(f"Your role cannot {what}.")


def status_of(report: Report) -> Status:
    """The report's status as a `Status`."""
    return Status(report.status)


def can_take(report: Report, action: str) -> bool:
    """True if `action` is allowed from the report's current status."""
    return status_of(report) in TRANSITIONS[action].sources


def check_transition(report: Report, action: str, *, actor: StaffUser | None) -> Transition:
    """The step, if this actor may take it from the report's status; otherwise raise."""
    step = TRANSITIONS.get(action)
    if step is None or action == "withdraw":
        raise IllegalTransitionError("That step does not exist in the review workflow.")
    require_role(actor, step.roles, system=step.system, what=f"have a report {step.verb}")
    current = status_of(report)
    if current not in step.sources:
        raise IllegalTransitionError(
            f"This report cannot be {step.verb} because it is {reporting.plain_status(current).lower()}."
        )
    return step


def transition(
    report: Report,
    action: str,
    *,
    actor: StaffUser | None,
    now: dt.datetime,
    reason: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> ReviewEvent:
    """Move a report one step along its life, or refuse with IllegalTransitionError."""
    step = check_transition(report, action, actor=actor)
    current = status_of(report)
    text = (reason or "").strip()
    if step.needs_reason and actor is not None and not text:
        raise ReviewInputError("Give a reason for this decision.")
    reporting.record_status(report, step.target, now=now)
    event = record_event(report, action, actor=actor, now=now, reason=text or None,
                         from_status=current, to_status=step.target, details=details)
    if step.target in FINAL_STATUSES:
        # Contact details are no longer needed once nothing more will happen (DESIGN.md 2).
        reporting.shred_contact_details(report, now=now)
    return event


def record_event(
    report: Report,
    action: str,
    *,
    actor: StaffUser | None,
    now: dt.datetime,
    reason: str | None = None,
    from_status: Status | None = None,
    to_status: Status | None = None,
    details: Mapping[str, Any] | None = None,
) -> ReviewEvent:
    """Record a decision in the report's review history and the audit log (codes only)."""
    if reason is not None and len(reason) > _REASON_LIMIT:
        raise ReviewInputError(f"Keep the reason under {_REASON_LIMIT} characters.")
    start = from_status or status_of(report)
    event = ReviewEvent(
        reference=public_reference("EV"),
        report_id=report.id,
        action=action,
        from_status=start.value,
        to_status=to_status.value if to_status else None,
        actor=actor_code(actor),
        actor_role=actor.role if actor is not None else SYSTEM_ROLE,
        at=now,
    )
    if reason:
        event.reason_sealed = seal_panel_note(report, f"review_events.reason.{event.reference}", reason)
    db.session.add(event)
    audit_details: dict[str, Any] = {"from": start.value}
    if to_status is not None:
        audit_details["to"] = to_status.value
    audit_details["reason_given"] = bool(reason)
    audit_details.update(details or {})
    audit.record(f"report.{action}", actor=actor_code(actor), now=now, subject=report.reference,
                 details=audit_details)
    db.session.flush()
    return event


def history(report: Report) -> list[ReviewEvent]:
    """The report's review history, oldest first."""
    return list(db.session.execute(
        select(ReviewEvent).where(ReviewEvent.report_id == report.id).order_by(ReviewEvent.id)
    ).scalars())


def event_reason(report: Report, event: ReviewEvent) -> str | None:
    """The sealed reason of a history event, opened for panel members who may see the report."""
    if event.reason_sealed is None:
        return None
    return open_panel_note(report, f"review_events.reason.{event.reference}", event.reason_sealed)


def last_event(report: Report, action: str) -> ReviewEvent | None:
    """The most recent history event of a kind, if any."""
    return db.session.execute(
        select(ReviewEvent)
        .where(ReviewEvent.report_id == report.id, ReviewEvent.action == action)
        .order_by(ReviewEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()


# -- sealed panel notes --------------------------------------------------------------------------
def _report_envelope(report: Report) -> Any:
    table, _ = Report.__envelope__
    ring = current_app.extensions["candour.keyring"]
    return ring.row_envelope(table, report.reference, report.wrapped_key)


def seal_panel_note(report: Report, column: str, text: str) -> bytes:
    """Seal staff-written text about a report under the report's own key, bound to `column`."""
    blob: bytes = _report_envelope(report).seal_text(column, text)
    return blob


def open_panel_note(report: Report, column: str, blob: bytes) -> str:
    """Open staff-written text sealed with `seal_panel_note` (fails closed if moved)."""
    text: str = _report_envelope(report).open_text(column, blob)
    return text


# -- settings -------------------------------------------------------------------------------------
def get_setting(name: str, default: str) -> str:
    """A panel setting's value, or `default` if the admin has not set it."""
    row = db.session.get(PanelSetting, name)
    return row.value if row is not None else default


def set_setting(name: str, value: str, *, actor: StaffUser, now: dt.datetime) -> None:
    """Change a panel setting (admin only; audited by name, the value is a short code or number)."""
    require_role(actor, {Role.ADMIN}, what="change settings")
    row = db.session.get(PanelSetting, name)
    if row is None:
        db.session.add(PanelSetting(name=name, value=value))
    elif row.value == value:
        return
    else:
        row.value = value
    audit.record("settings.changed", actor=actor.public_id, now=now, subject=name[:64],
                 details={"value": value[:64]})
    db.session.flush()
