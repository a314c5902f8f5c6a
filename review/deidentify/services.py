"""The de-identification gate and immediate-risk actions (DESIGN.md sections 2 and 6).

A new report is seen by the confidentiality officer alone. `propose()` opens the raw text (the
only place in the review area that does) and runs the anonymiser over each field, so the officer
sees the raw text beside the proposal with every span highlighted and the re-identification risk
with its reasons. `release()` takes what the officer accepted or edited, applies any extra
redactions, seals it on the report through reporting's service and moves the report to
`deidentified`. The audit entry carries the decision and the count of redactions by kind; the
text is never logged.

Reporter replies: a reporter's answer or added information is raw text too, so the panel sees it
only once the officer relays it: `propose_reply()` shows the raw reply beside the anonymiser's
proposal (the same pieces as the report screen) and `release_reply()` seals the accepted or edited
version for the panel, audited with counts by kind and no text.

Immediate risk: a report flagged by its reporter, or flagged by anyone during triage, goes to the
top of the officer's queue with a one-working-day clock. `record_risk_action()` keeps codes for
what was done (and an optional note sealed under the report's key), never the reporter's identity.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import exists, select

from anonymiser import RiskAssessment, Span, anonymise, assess_risk
from config.database import db
from config.identity.models import StaffUser
from config.security import Role
from reporting import services as reporting
from reporting.models import Author, Message, Report, Status
from review.deidentify.errors import ReleaseRefusedError
from review.deidentify.models import Deidentification, RiskFlag
from review.workflow import services as workflow
from review.workflow.errors import ReportNotVisibleError

OFFICER = frozenset({Role.CONFIDENTIALITY_OFFICER})
MANUAL_KIND = "manual"
REDACTED = "[redacted]"
FIELD_LABELS = {
    "narrative": "What happened",
    "why_it_matters": "Why it matters",
    "what_would_help": "What would help",
    "factors_other": "Other contributing factors",
    "already_done": "What has been done already",
}
RISK_ACTIONS = {
    "safeguarding_referral": "Safeguarding referral made",
    "emergency_services": "Emergency services contacted",
    "manager_informed": "Service manager told, without naming the reporter",
    "already_handled": "Already being handled by the service",
    "no_action_needed": "No action needed",
    "other": "Other (see note)",
}
ACKNOWLEDGEMENT = (
    "Thank you. Your report has reached the confidentiality officer, who is removing details "
    "that could identify anyone before the review panel reads it."
)
_FIELD_LIMIT = 20000


@dataclass(frozen=True)
class Segment:
    """A piece of the raw text: plain, or a span the anonymiser would replace."""

    text: str
    span: Span | None = None


@dataclass(frozen=True)
class FieldProposal:
    """One free-text field: raw text in segments, and the anonymiser's proposed text."""

    name: str
    label: str
    segments: tuple[Segment, ...]
    proposed: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Proposal:
    """Everything the officer sees for one report."""

    fields: tuple[FieldProposal, ...]
    risk: RiskAssessment
    counts: dict[str, int] = field(default_factory=dict)

    def proposed_texts(self) -> dict[str, str]:
        """Field name -> the anonymiser's proposed text."""
        return {f.name: f.proposed for f in self.fields}


def _segments(text: str, spans: list[Span]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < cursor:
            continue  # overlapping spans: the anonymiser resolves these; show the first
        if span.start > cursor:
            out.append(Segment(text[cursor:span.start]))
        out.append(Segment(text[span.start:span.end], span))
        cursor = span.end
    if cursor < len(text):
        out.append(Segment(text[cursor:]))
    return tuple(out)


def propose(report: Report, *, actor: StaffUser) -> Proposal:
    """Open the raw text (confidentiality officer only) and the anonymiser's proposal for it."""
    workflow.require_role(actor, OFFICER, what="read the raw text of a report")
    raw = {name: text for name, text in reporting.open_report_text(report).items() if text}
    labels = {name: FIELD_LABELS.get(name, name.replace("_", " ").capitalize()) for name in raw}
    return _proposal({name: (labels[name], text) for name, text in raw.items()})


def _proposal(texts: dict[str, tuple[str, str]]) -> Proposal:
    """The anonymiser's proposal for raw texts (name -> (label, text)), with counts and risk."""
    proposals: list[FieldProposal] = []
    counts: Counter[str] = Counter()
    for name, (label, text) in texts.items():
        result = anonymise(text)
        counts.update(result.counts_by_kind())
        proposals.append(FieldProposal(
            name=name, label=label, segments=_segments(text, list(result.spans)), proposed=result.text,
            spans=tuple(result.spans),
        ))
    combined = "\n\n".join(text for _label, text in texts.values())
    risk = assess_risk(combined, anonymise(combined)) if combined else RiskAssessment(0, "low", [])
    return Proposal(fields=tuple(proposals), risk=risk, counts=dict(counts))


def _apply_extra_redactions(texts: dict[str, str], phrases: list[str]) -> tuple[dict[str, str], int]:
    count = 0
    out: dict[str, str] = {}
    for name, text in texts.items():
        for phrase in phrases:
            pattern = re.compile(re.escape(phrase), re.IGNORECASE)
            text, hits = pattern.subn(REDACTED, text)
            count += hits
        out[name] = text
    return out, count


def release(
    report: Report,
    fields: dict[str, str],
    *,
    extra_redactions: list[str] | None = None,
    actor: StaffUser,
    now: dt.datetime,
) -> Deidentification:
    """Release the officer's de-identified version to the panel (submitted -> deidentified)."""
    workflow.require_role(actor, OFFICER, what="release a report to the panel")
    # Checked before opening the raw text, so a wrong-state call reveals and costs nothing.
    workflow.check_transition(report, "release", actor=actor)
    proposal = propose(report, actor=actor)
    expected = set(proposal.proposed_texts())
    unknown = set(fields) - expected
    missing = expected - set(fields)
    if unknown or missing:
        raise ReleaseRefusedError("Send exactly one de-identified text for each field of the report.")
    if any(len(text) > _FIELD_LIMIT for text in fields.values()):
        raise ReleaseRefusedError(f"Keep each field under {_FIELD_LIMIT} characters.")
    phrases = [p.strip() for p in (extra_redactions or []) if p.strip()]
    texts, manual = _apply_extra_redactions({k: v.strip() for k, v in fields.items()}, phrases)
    if not any(texts.values()):
        raise ReleaseRefusedError("The de-identified version is empty; the panel would have nothing to read.")
    edited = manual > 0 or texts != {k: v.strip() for k, v in proposal.proposed_texts().items()}
    counts = dict(proposal.counts)
    if manual:
        counts[MANUAL_KIND] = manual
    reporting.release_deidentified(report, texts, now=now)
    decision = Deidentification(
        report_id=report.id, decided_by=actor.public_id, decided_at=now,
        decision="edited" if edited else "accepted", redactions=counts,
        risk_score=int(proposal.risk.score), risk_level=str(proposal.risk.level),
    )
    db.session.add(decision)
    workflow.transition(report, "release", actor=actor, now=now, details={
        "decision": decision.decision, "redactions": counts, "risk_score": decision.risk_score,
    })
    return decision


# -- reporter replies: relayed to the panel only once de-identified --------------------------------
REPLY_FIELD = "reply"


def get_reporter_message(report: Report, message_id: str) -> Message:
    """A reporter's message on this report; ReportNotVisibleError (404) for anything else."""
    message = reporting.find_message(report, message_id)
    if message is None or message.author != Author.REPORTER.value or message.body_sealed is None:
        raise ReportNotVisibleError("Page not found")
    return message


def propose_reply(report: Report, message: Message, *, actor: StaffUser) -> Proposal:
    """Open a reporter's raw reply (officer only) beside the anonymiser's proposal for it."""
    workflow.require_role(actor, OFFICER, what="read the reporter's own words")
    label = "Answer to the panel's question" if message.reply_to_id else "Information added by the reporter"
    return _proposal({REPLY_FIELD: (label, reporting.open_message_body(message))})


def release_reply(report: Report, message: Message, text: str, *, extra_redactions: list[str] | None = None,
                  actor: StaffUser, now: dt.datetime) -> str:
    """Release the officer's de-identified version of a reporter's reply to the panel; returns it.

    The audit entry carries the decision and the redactions counted by kind, never the text.
    """
    workflow.require_role(actor, OFFICER, what="pass a reporter's reply to the panel")
    if message.deidentified_sealed is not None:
        raise ReleaseRefusedError("This reply has already been passed to the panel.")
    proposal = propose_reply(report, message, actor=actor)
    if len(text) > _FIELD_LIMIT:
        raise ReleaseRefusedError(f"Keep the reply under {_FIELD_LIMIT} characters.")
    phrases = [p.strip() for p in (extra_redactions or []) if p.strip()]
    texts, manual = _apply_extra_redactions({REPLY_FIELD: text.strip()}, phrases)
    if not texts[REPLY_FIELD]:
        raise ReleaseRefusedError("The de-identified reply is empty; the panel would have nothing to read.")
    counts = dict(proposal.counts)
    if manual:
        counts[MANUAL_KIND] = manual
    edited = manual > 0 or texts[REPLY_FIELD] != proposal.proposed_texts()[REPLY_FIELD].strip()
    reporting.release_deidentified_message(message, texts[REPLY_FIELD], now=now)
    workflow.record_event(report, "reply_released", actor=actor, now=now, details={
        "decision": "edited" if edited else "accepted", "redactions": counts,
        "risk_score": int(proposal.risk.score),
    })
    return texts[REPLY_FIELD]


def replies_awaiting_relay() -> list[tuple[Report, Message]]:
    """Reporter messages the officer has not yet de-identified for the panel, oldest first."""
    return [(message.report, message) for message in reporting.messages_awaiting_relay()]


def acknowledge(report: Report, *, actor: StaffUser, now: dt.datetime) -> None:
    """Tell the reporter, through their receipt, that the report has arrived (stops the 2-day clock)."""
    workflow.require_role(actor, OFFICER, what="acknowledge a report")
    if workflow.last_event(report, "acknowledge") is not None:
        return
    if report.is_final:
        raise ReleaseRefusedError("This report is finished; there is nothing to acknowledge.")
    reporting.post_staff_message(report, ACKNOWLEDGEMENT, author=Author.CONFIDENTIALITY_OFFICER,
                                 is_question=False, now=now)
    workflow.record_event(report, "acknowledge", actor=actor, now=now)


def is_acknowledged(report: Report) -> bool:
    """True once the report was acknowledged or released (either tells the reporter it arrived)."""
    return (workflow.last_event(report, "acknowledge") is not None
            or Status(report.status) != Status.SUBMITTED)


# -- immediate risk -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RiskItem:
    """A report with an immediate risk not yet acted on, and the day the clock started."""

    report: Report
    since: dt.date
    source: str


def open_risks() -> list[RiskItem]:
    """Every immediate risk not yet acted on, oldest first."""
    items: list[RiskItem] = []
    unflagged = select(Report).where(
        Report.immediate_risk.is_(True),
        ~exists().where(RiskFlag.report_id == Report.id),
    )
    for report in db.session.execute(unflagged).scalars():
        items.append(RiskItem(report, report.submitted_on, "reporter"))
    flagged = select(RiskFlag, Report).join(Report, Report.id == RiskFlag.report_id).where(
        RiskFlag.acted_at.is_(None)
    )
    seen: set[int] = set()
    for flag, report in db.session.execute(flagged).all():
        if report.id not in seen:
            seen.add(report.id)
            items.append(RiskItem(report, flag.flagged_on, flag.source))
    return sorted(items, key=lambda item: (item.since, item.report.reference))


def has_open_risk(report: Report) -> bool:
    """True if the report has an immediate risk not yet acted on."""
    return any(item.report.id == report.id for item in open_risks())


def flag_immediate_risk(report: Report, *, actor: StaffUser, now: dt.datetime) -> RiskFlag:
    """Raise an immediate risk from triage: the report goes to the top of the officer's queue."""
    workflow.require_role(actor, {Role.REVIEWER, Role.CHAIR, Role.CONFIDENTIALITY_OFFICER},
                          what="flag an immediate risk")
    open_flag = db.session.execute(
        select(RiskFlag).where(RiskFlag.report_id == report.id, RiskFlag.acted_at.is_(None))
    ).scalars().first()
    if open_flag is not None:
        return open_flag
    flag = RiskFlag(report_id=report.id, source="panel", flagged_by=actor.public_id, flagged_on=now.date())
    db.session.add(flag)
    workflow.record_event(report, "immediate_risk_flagged", actor=actor, now=now)
    return flag


def record_risk_action(
    report: Report, actions: list[str], note: str | None, *, actor: StaffUser, now: dt.datetime
) -> RiskFlag:
    """Record what the officer did about an immediate risk (codes, plus an optional sealed note)."""
    workflow.require_role(actor, OFFICER, what="record action on an immediate risk")
    unknown = set(actions) - set(RISK_ACTIONS)
    if not actions or unknown:
        raise ReleaseRefusedError("Choose what was done from the list.")
    if not has_open_risk(report):
        raise ReleaseRefusedError("This report has no immediate risk waiting for action.")
    flags = list(db.session.execute(
        select(RiskFlag).where(RiskFlag.report_id == report.id, RiskFlag.acted_at.is_(None))
    ).scalars())
    if not flags:  # flagged by the reporter at submission: the record is made now
        flags = [RiskFlag(report_id=report.id, source="reporter", flagged_by="reporter",
                          flagged_on=report.submitted_on)]
        db.session.add(flags[0])
    for flag in flags:
        flag.acted_at = now
        flag.acted_by = actor.public_id
        flag.actions = sorted(set(actions))
    db.session.flush()
    if "safeguarding_referral" in actions:
        reporting.add_signpost(report, "safeguarding_referral_made")
    text = (note or "").strip()
    if text:
        flags[0].note_sealed = workflow.seal_panel_note(report, f"review_risk_flags.note.{flags[0].id}", text)
    workflow.record_event(report, "immediate_risk_acted", actor=actor, now=now,
                          details={"actions": {code: 1 for code in sorted(set(actions))}, "note": bool(text)})
    return flags[0]


def risk_history(report: Report) -> list[RiskFlag]:
    """Every risk flag of a report, oldest first."""
    return list(db.session.execute(
        select(RiskFlag).where(RiskFlag.report_id == report.id).order_by(RiskFlag.id)
    ).scalars())


def risk_note(report: Report, flag: RiskFlag) -> str | None:
    """The sealed note on a risk action (officer's screen only)."""
    if flag.note_sealed is None:
        return None
    return workflow.open_panel_note(report, f"review_risk_flags.note.{flag.id}", flag.note_sealed)


def officer_queue() -> list[tuple[Report, RiskItem | None]]:
    """The officer's queue: immediate risks first, then reports waiting for de-identification."""
    risks = open_risks()
    risky = {item.report.id: item for item in risks}
    waiting = db.session.execute(
        select(Report).where(Report.status == Status.SUBMITTED.value).order_by(Report.submitted_on, Report.id)
    ).scalars()
    queue: list[tuple[Report, RiskItem | None]] = [(item.report, item) for item in risks]
    queue.extend((report, None) for report in waiting if report.id not in risky)
    return queue


def latest_decision(report: Report) -> Deidentification | None:
    """The most recent de-identification decision of a report."""
    return db.session.execute(
        select(Deidentification).where(Deidentification.report_id == report.id)
        .order_by(Deidentification.id.desc()).limit(1)
    ).scalar_one_or_none()
