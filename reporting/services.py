"""Reporting services: submission, receipts, drafts, follow-up, contact details and the Report API.

Every function here takes explicit inputs (`now`, `actor`) and never commits: views and jobs wrap
calls in `config.database.transaction()`. Crypto sits behind intention-revealing functions
(`seal_report_text`, `open_contact_details`, ...) built on the keyring's envelopes:

- report text is sealed under the report's own data key, bound to table, column and reference;
- the receipt exists only in the response that created the report, and as an HMAC-SHA256 under
  the keyring's receipt pepper (never in a URL, cookie, log or e-mail);
- contact details are sealed under the key for the month they were given (crypto-shredding);
- nothing here stores or logs a client address, user agent or exact submission time.

The review area calls the functions listed in the module's "Services for review" section.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from flask import current_app
from sqlalchemy import delete, func, select

from anonymiser import anonymise, assess_risk
from config import audit
from config.crypto import KeyDestroyedError, Keyring, RowEnvelope
from config.database import db, public_reference
from config.settings import Settings
from config.taxonomy import load_taxonomy
from reporting.errors import (
    AccessCodeError,
    ContactRevealError,
    DraftNotFoundError,
    MessageNotAllowedError,
    ReceiptInTextError,
    ReportClosedError,
    ReportNotFoundError,
)
from reporting.models import (
    FINAL_STATUSES,
    Author,
    ContactReveal,
    Draft,
    Kind,
    Message,
    OutcomeItem,
    Report,
    Status,
    StatusEvent,
)

WORDLIST_PATH = Path(__file__).resolve().parent / "data" / "wordlist.txt"
RECEIPT_WORDS = 10  # 10 x log2(7776) = 129 bits
DRAFT_WORDS = 6  # 77 bits: drafts expire within days and lookups are rate limited
RECEIPT_RUN = 8  # a run this long of wordlist words in a report looks like a pasted receipt
REFERENCE_PREFIX = "CR"
TEXT_FIELDS = ("narrative", "why_it_matters", "what_would_help", "factors_other", "already_done")
_MAX_LOOKUP = 400  # longest receipt text we bother hashing (anything longer cannot match)

#: Plain words for the status a report is in now, as the reporter sees them (DESIGN.md section 2).
#: Each names what has actually happened: `deidentified` means the officer has finished and the
#: panel has the report, so it reads "with the panel", never "being de-identified".
PLAIN_STATUS: dict[Status, str] = {
    Status.SUBMITTED: "Received",
    Status.DEIDENTIFIED: "With the panel",
    Status.TRIAGED: "Triaged by the panel",
    Status.IN_REVIEW: "In review",
    Status.LEARNING_AGREED: "Learning agreed",
    Status.CLOSED: "Closed",
    Status.WITHDRAWN: "Withdrawn",
    Status.OUTSIDE_SCOPE: "Outside the scope of learning reviews",
    Status.MERGED: "Merged with a similar report",
}

#: The same steps as they read in the reporter's history: what happened on that day.
HISTORY_WORDS: dict[Status, str] = {
    Status.SUBMITTED: "Received",
    Status.DEIDENTIFIED: "De-identified and passed to the panel",
    Status.TRIAGED: "Triaged by the panel",
    Status.IN_REVIEW: "Review started",
    Status.LEARNING_AGREED: "Learning agreed",
    Status.CLOSED: "Closed",
    Status.WITHDRAWN: "Withdrawn",
    Status.OUTSIDE_SCOPE: "Closed as outside the scope of learning reviews",
    Status.MERGED: "Merged with a similar report",
}

#: What each status means, in a sentence for the reporter.
STATUS_EXPLANATION: dict[Status, str] = {
    Status.SUBMITTED: "We have your report. The confidentiality officer is removing details that "
                      "could identify anyone; nobody on the panel reads it before that is done.",
    Status.DEIDENTIFIED: "The confidentiality officer removed names, places and dates so that "
                         "nobody can be identified. Two panel members are now reading the "
                         "de-identified report to decide how to learn from it.",
    Status.TRIAGED: "The panel has read the de-identified report and decided how to learn from it.",
    Status.IN_REVIEW: "The panel is looking at how the work system shaped what happened.",
    Status.LEARNING_AGREED: "The panel has agreed what was learned and what will change. See "
                            "\u201cyou said, we did\u201d below.",
    Status.CLOSED: "The work on this report is finished. Any contact details have been destroyed.",
    Status.WITHDRAWN: "You withdrew this report. Its content has been deleted.",
    Status.OUTSIDE_SCOPE: "This report is not something a learning review can deal with. See "
                          "below for where such matters go.",
    Status.MERGED: "Another report described the same events, so the panel is dealing with them "
                   "together. Your report still counts.",
}

#: Signposts the panel can attach to a report (codes -> plain words for the reporter).
SIGNPOSTS: dict[str, tuple[str, str]] = {
    "health_support": (
        "Health and wellbeing support",
        "The panel recorded that health or wellbeing played a part. Support is available in "
        "confidence from your occupational health service or employee assistance programme, and "
        "from your GP. Asking for support will not be held against you.",
    ),
    "outside_learning_route": (
        "Where these matters go instead",
        "What you described may involve deliberate harm or a matter for a professional regulator, "
        "the police or a disciplinary process, which a learning review cannot decide. Speak to "
        "your organisation's safeguarding lead, Freedom to Speak Up guardian or whistleblowing "
        "line. Your identity has not been revealed to anyone.",
    ),
    # Triage's route "outside scope": the report is not for this programme at all. The places
    # such matters go are data (taxonomy.json "outside_scope_routes"); see `signpost()`.
    "outside_programme": (
        "Where this can go instead",
        "What you described is not something this learning programme deals with, so the panel "
        "has closed it here. Your identity has not been revealed to anyone.",
    ),
    "safeguarding_referral_made": (
        "A safeguarding referral was made",
        "The confidentiality officer made a safeguarding referral about the risk you described, "
        "without naming you.",
    ),
    "regulator": (
        "Raising it with a regulator",
        "You can also raise concerns directly with the relevant regulator (for example Ofsted, "
        "the Care Quality Commission or the Civil Aviation Authority).",
    ),
    "peer_support": (
        "Peer support",
        "Being involved in an incident can be hard. Your organisation's peer support or "
        "wellbeing service can talk it through with you in confidence.",
    ),
}

#: Signpost for triage's "outside scope" route (not for this programme: a complaint, an HR matter).
OUTSIDE_PROGRAMME = "outside_programme"
#: Signposts that tell an outside-scope reporter where the matter goes instead; the just-culture
#: deliberate-harm outcome records `outside_learning_route`, triage records `outside_programme`.
OUTSIDE_SCOPE_SIGNPOSTS = frozenset({"outside_learning_route", OUTSIDE_PROGRAMME})

OUTCOME_KINDS = ("action", "finding", "bulletin")
OUTCOME_STATES = ("planned", "in_progress", "done", "not_done")
REVEAL_REASONS = {
    "callback_requested": "The reporter asked for a call back",
    "immediate_risk": "Someone may be at risk of harm now",
    "clarify_report": "To clarify the report with the reporter",
    "other": "Another reason (explained below)",
}


# -- keyring and settings -------------------------------------------------------------------------
def _ring() -> Keyring:
    ring: Keyring = current_app.extensions["candour.keyring"]
    return ring


def _settings() -> Settings:
    settings: Settings = current_app.config["CANDOUR_SETTINGS"]
    return settings


def _month(day: dt.date | dt.datetime) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _add_months(month: str, months: int) -> str:
    year, mon = int(month[:4]), int(month[5:])
    total = year * 12 + (mon - 1) + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


# -- receipts and codes -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_wordlist() -> tuple[str, ...]:
    """The 7,776-word diceware list shipped in reporting/data/wordlist.txt."""
    words = tuple(w.strip() for w in WORDLIST_PATH.read_text("utf-8").splitlines() if w.strip())
    return words


@lru_cache(maxsize=1)
def _wordset() -> frozenset[str]:
    return frozenset(load_wordlist())


def _words(count: int) -> str:
    words = load_wordlist()
    return " ".join(secrets.choice(words) for _ in range(count))


def new_receipt() -> str:
    """A fresh receipt: 10 random diceware words (about 129 bits), space separated."""
    return _words(RECEIPT_WORDS)


def normalise_receipt(text: str) -> str:
    """Lower-case, treat hyphens, dots, commas and underscores as spaces, collapse spaces."""
    cleaned = re.sub(r"[\s\-_.,;:/]+", " ", text[:_MAX_LOOKUP].lower())
    return cleaned.strip()


def _keyed_hash(purpose: bytes, value: str) -> str:
    key = _ring().receipt_pepper
    if purpose:
        key = hmac.new(key, purpose, hashlib.sha256).digest()  # a separate key per purpose
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def receipt_hash(receipt: str) -> str:
    """HMAC-SHA256 of the normalised receipt under the keyring's receipt pepper."""
    return _keyed_hash(b"", normalise_receipt(receipt))


def draft_code_hash(code: str) -> str:
    """Keyed hash of a normalised draft code (a different key from receipts)."""
    return _keyed_hash(b"candour draft code", normalise_receipt(code))


_TOKEN = re.compile(r"[a-z]+|[^a-z]+")


def contains_receipt_like(text: str) -> bool:
    """True if the text holds a run of 8+ wordlist words separated only by spaces or hyphens.

    We cannot check a text against existing receipts (only their hashes exist), so we refuse
    anything shaped like a receipt. The wordlist leaves out the common function words ("the",
    "and", "was", ...) so ordinary sentences break the run long before eight words.
    """
    words = _wordset()
    run = 0
    for token in _TOKEN.findall(text.lower()):
        if token[0].isalpha():
            run = run + 1 if token in words else 0
            if run >= RECEIPT_RUN:
                return True
        elif not re.fullmatch(r"[ \t\-]+", token):
            run = 0
    return False


def receipt_like_fields(data: dict[str, Any]) -> list[str]:
    """Names of the text fields that look like they contain a receipt."""
    found = [name for name in TEXT_FIELDS if isinstance(data.get(name), str)
             and contains_receipt_like(data[name])]
    contact = data.get("contact") or {}
    found += [f"contact.{k}" for k, v in contact.items() if isinstance(v, str) and contains_receipt_like(v)]
    return found


def check_access_code(code: str | None) -> None:
    """Refuse the form unless the organisation's access code (if one is set) was given.

    Compared in constant time over digests (so neither content nor length leaks); who entered
    it is never recorded.
    """
    expected = _settings().organisation_access_code
    if not expected:
        return
    given = hashlib.sha256((code or "").strip().encode("utf-8")).digest()
    if not hmac.compare_digest(given, hashlib.sha256(expected.encode("utf-8")).digest()):
        raise AccessCodeError("Enter the access code your organisation gave you")


def access_code_required() -> bool:
    """True when the organisation restricts the form with an access code."""
    return bool(_settings().organisation_access_code)


# -- sealing --------------------------------------------------------------------------------------------
def _report_envelope(report: Report) -> RowEnvelope:
    return _ring().row_envelope("reports", report.reference, report.wrapped_key)


def seal_report_text(report: Report, fields: dict[str, str | None]) -> None:
    """Seal the reporter's free-text fields under the report's own data key."""
    envelope = _report_envelope(report)
    for name in TEXT_FIELDS:
        if name in fields:
            value = fields[name]
            setattr(report, f"{name}_sealed", envelope.seal_text(name, value) if value else None)


def _contact_aad(reference: str) -> bytes:
    return f"reports|contact|{reference}".encode()


def seal_contact_details(report: Report, contact: dict[str, str | None], *, now: dt.datetime) -> None:
    """Seal contact details under this month's contact key (destroyed later: crypto-shredding)."""
    clean = {k: v for k, v in contact.items() if k in ("name", "phone", "email") and v}
    if not clean:
        return
    month = _month(now)
    payload = json.dumps(clean, sort_keys=True).encode("utf-8")
    report.contact_sealed = _ring().seal_for_month(month, payload, _contact_aad(report.reference))
    report.contact_month = month
    report.contact_shredded = False


def open_contact_details(report: Report) -> dict[str, str]:
    """Open contact details (only via `reveal_contact_details`, which audits the look)."""
    if report.contact_sealed is None:
        raise ContactRevealError("This report has no contact details (none given, or destroyed).")
    try:
        raw = _ring().open_for_month(report.contact_sealed, _contact_aad(report.reference))
    except KeyDestroyedError:
        raise ContactRevealError("These contact details have been destroyed.") from None
    data: dict[str, str] = json.loads(raw.decode("utf-8"))
    return data


# -- submission -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Submission:
    """A stored report and its receipt (the only time the receipt exists in clear)."""

    report: Report
    receipt: str


def _unique_reference() -> str:
    while True:
        reference = public_reference(REFERENCE_PREFIX)
        if db.session.execute(select(Report.id).where(Report.reference == reference)).first() is None:
            return reference


def submit_report(data: dict[str, Any], *, now: dt.datetime) -> Submission:
    """Store a new report from validated input and return it with its one-time receipt.

    Raises AccessCodeError (wrong organisation code) and ReceiptInTextError (a text field looks
    like it contains a receipt phrase). Stores the day, never the time.
    """
    check_access_code(data.get("access_code"))
    suspicious = receipt_like_fields(data)
    if suspicious:
        raise ReceiptInTextError(suspicious)
    kind = Kind(data["kind"])
    receipt = new_receipt()
    digest = receipt_hash(receipt)
    while db.session.execute(select(Report.id).where(Report.receipt_hash == digest)).first():
        receipt = new_receipt()  # 2^-129 per pair: here for completeness, not expected to run
        digest = receipt_hash(receipt)
    reference = _unique_reference()
    envelope = _ring().new_row_envelope("reports", reference)
    report = Report(
        reference=reference,
        receipt_hash=digest,
        kind=kind.value,
        path="full" if _is_full(data) else "short",
        status=Status.SUBMITTED.value,
        submitted_on=now.date(),
        learning_month=_month(now),
        occurred_month=data.get("occurred_month"),
        service_area=data.get("service_area"),
        setting=data.get("setting"),
        harm_grade=data.get("harm_grade") if kind is not Kind.SUCCESS else None,
        roles_involved=list(data.get("roles_involved") or []),
        factors=list(data.get("factors") or []),
        quote_consent=bool(data.get("quote_consent")),
        immediate_risk=bool(data.get("immediate_risk")),
        wrapped_key=envelope.wrapped_key,
        signposts=[],
    )
    seal_report_text(report, {name: data.get(name) for name in TEXT_FIELDS})
    if data.get("contact"):
        seal_contact_details(report, data["contact"], now=now)
    report.status_events.append(StatusEvent(status=Status.SUBMITTED.value, on=now.date()))
    db.session.add(report)
    db.session.flush()
    audit.record(
        "report.submitted", actor=audit.REPORTER, now=now, subject=reference,
        details={"kind": kind.value, "path": report.path, "immediate_risk": report.immediate_risk,
                 "contact": report.contact_sealed is not None},
    )
    return Submission(report=report, receipt=receipt)


def _is_full(data: dict[str, Any]) -> bool:
    if data.get("path") in ("short", "full"):
        return bool(data["path"] == "full")
    structured = ("service_area", "setting", "occurred_month", "harm_grade", "roles_involved",
                  "factors", "factors_other", "already_done")
    return any(data.get(name) for name in structured)


# -- anonymised preview ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PreviewField:
    """One text field as the panel would see it: the spans the anonymiser would change."""

    name: str
    original: str
    anonymised: str
    spans: list[Any]
    risk_level: str
    risk_reasons: list[Any]


def preview_text(fields: dict[str, str | None]) -> list[PreviewField]:
    """Run the anonymiser over each text field so the reporter can see and fix what it removes."""
    out = []
    for name in TEXT_FIELDS:
        text = fields.get(name)
        if not text:
            continue
        result = anonymise(text)
        risk = assess_risk(text, result)
        out.append(PreviewField(name=name, original=text, anonymised=result.text, spans=list(result.spans),
                                risk_level=risk.level, risk_reasons=list(risk.reasons)))
    return out


# -- proof of report -----------------------------------------------------------------------------------
def proof_code(reference: str, month: str) -> str:
    """The proof-of-report code: an HMAC of reference and month (not the receipt), grouped."""
    digest = _keyed_hash(b"candour proof of report", f"{reference}|{month}")
    raw = digest[:20].upper()
    return "-".join(raw[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class ProofCheck:
    """Result of checking a proof of report: valid, and if so the month of filing."""

    valid: bool
    month: str | None = None


def verify_proof(reference: str, code: str) -> ProofCheck:
    """Check a proof of report; answers only 'valid, filed in <month>' or 'not valid'."""
    report = find_report(reference.strip().upper()[:24])
    month = report.learning_month if report else "0000-00"
    expected = proof_code(report.reference if report else "none", month)
    given = re.sub(r"[^0-9A-F]", "", code.upper())
    ok = hmac.compare_digest(expected.replace("-", ""), given[:20]) and len(given) == 20
    return ProofCheck(valid=bool(report) and ok, month=month if report and ok else None)


# -- drafts ------------------------------------------------------------------------------------------------
def save_draft(answers: dict[str, Any], *, now: dt.datetime) -> str:
    """Seal unfinished answers under their own data key; return the draft code (shown once)."""
    code = _words(DRAFT_WORDS)
    digest = draft_code_hash(code)
    envelope = _ring().new_row_envelope("report_drafts", digest)
    payload = json.dumps(answers, sort_keys=True)
    draft = Draft(
        code_hash=digest,
        wrapped_key=envelope.wrapped_key,
        answers_sealed=envelope.seal_text("answers", payload),
        expires_on=now.date() + dt.timedelta(days=_settings().draft_days),
    )
    db.session.add(draft)
    db.session.flush()
    return code


def resume_draft(code: str, *, now: dt.datetime) -> dict[str, Any]:
    """Open a saved draft by its code and delete it (the reporter can save again)."""
    digest = draft_code_hash(code)
    draft = db.session.execute(select(Draft).where(Draft.code_hash == digest)).scalar_one_or_none()
    if draft is None or draft.expires_on < now.date():
        raise DraftNotFoundError(
            "We could not find saved answers for that code. Check the words, or start again: "
            f"saved answers are deleted after {_settings().draft_days} days."
        )
    envelope = _ring().row_envelope("report_drafts", draft.code_hash, draft.wrapped_key)
    answers: dict[str, Any] = json.loads(envelope.open_text("answers", draft.answers_sealed))
    db.session.delete(draft)
    db.session.flush()
    return answers


def purge_expired_drafts(*, now: dt.datetime) -> int:
    """Delete drafts past their expiry day; returns how many."""
    result = db.session.execute(delete(Draft).where(Draft.expires_on < now.date()))
    return int(result.rowcount)  # type: ignore[attr-defined]


# -- follow-up (the reporter, holding a receipt) -------------------------------------------------------
def find_by_receipt(receipt: str) -> Report | None:
    """The report a receipt belongs to, or None.

    Always normalises, hashes and queries, whatever the input looks like, so a malformed receipt
    costs the same as a well-formed unknown one (no timing difference to learn from).
    """
    digest = receipt_hash(receipt)
    return db.session.execute(select(Report).where(Report.receipt_hash == digest)).scalar_one_or_none()


@dataclass(frozen=True)
class ReporterMessage:
    """A message as the reporter sees it."""

    public_id: str
    author: str
    is_question: bool
    answered: bool
    sent_on: dt.date
    body: str | None


@dataclass(frozen=True)
class ReporterOutcome:
    """One "you said, we did" item."""

    kind: str
    state: str
    added_on: dt.date
    text: str


@dataclass(frozen=True)
class ReporterView:
    """What a receipt holder may see: no narrative, no contact details.

    For a merged report, `status`, `outcomes` and `signposts` are those of the surviving report
    (the work carries on there), `merged` is True and `history` continues with the surviving
    report's steps after the merge. `messages` are always this receipt's own: each reporter
    sees only what they and the panel wrote to each other.
    """

    reference: str
    kind: str
    learning_month: str
    status: str
    status_words: str
    status_explanation: str
    is_final: bool
    history: list[tuple[str, str, dt.date]]
    messages: list[ReporterMessage]
    outcomes: list[ReporterOutcome]
    signposts: list[tuple[str, str, str]]
    open_questions: int = field(default=0)
    merged: bool = field(default=False)
    can_message: bool = field(default=False)
    can_withdraw: bool = field(default=False)


def surviving_report(report: Report) -> Report:
    """The report whose work this one's reporter follows: itself, or the one it was merged into."""
    current, seen = report, {report.id}
    while Status(current.status) is Status.MERGED and current.merged_into_id is not None:
        target = db.session.get(Report, current.merged_into_id)
        if target is None or target.id in seen:
            break
        seen.add(target.id)
        current = target
    return current


def accepts_messages(report: Report) -> bool:
    """True while messages may pass between the panel and this report's reporter.

    A merged report keeps its own channel for as long as the report it was merged into is open,
    so the panel can still ask each reporter questions through their own receipt.
    """
    return not surviving_report(report).is_final


def _history(report: Report, survivor: Report) -> list[tuple[str, str, dt.date]]:
    events = list(report.status_events)
    if survivor is not report:
        merged_at = max((e.id for e in events if e.status == Status.MERGED.value), default=0)
        events += [e for e in survivor.status_events if e.id > merged_at]
    return [(e.status, history_words(e.status), e.on) for e in events]


def _signposts(*reports: Report) -> list[tuple[str, str, str]]:
    codes: list[str] = []
    for item in reports:
        codes += [code for code in item.signposts if code in SIGNPOSTS and code not in codes]
        if Status(item.status) is Status.OUTSIDE_SCOPE and not OUTSIDE_SCOPE_SIGNPOSTS & set(codes):
            codes.append(OUTSIDE_PROGRAMME)  # closed as outside scope without a recorded signpost
    return [signpost(code) for code in codes]


def reporter_view(report: Report) -> ReporterView:
    """Build the follow-up view for a receipt holder (a merged report shows the surviving one's work)."""
    survivor = surviving_report(report)
    status = Status(survivor.status)
    merged = survivor is not report
    explanation = STATUS_EXPLANATION[status]
    if merged:
        explanation = f"{STATUS_EXPLANATION[Status.MERGED]} {explanation}"
    messages = [
        ReporterMessage(public_id=m.public_id, author=m.author, is_question=m.is_question,
                        answered=m.answered, sent_on=m.sent_on,
                        body=open_message_body(m) if m.body_sealed else None)
        for m in report.messages
    ]
    items = [*survivor.outcomes, *(report.outcomes if merged else [])]
    outcomes = [ReporterOutcome(kind=o.kind, state=o.state, added_on=o.added_on, text=open_outcome_text(o))
                for o in items]
    signposts = _signposts(survivor, report) if merged else _signposts(report)
    return ReporterView(
        reference=report.reference, kind=report.kind, learning_month=report.learning_month,
        status=status.value, status_words=plain_status(status),
        status_explanation=explanation, is_final=survivor.is_final,
        history=_history(report, survivor), messages=messages, outcomes=outcomes, signposts=signposts,
        open_questions=sum(1 for m in messages if m.is_question and not m.answered),
        merged=merged, can_message=not survivor.is_final, can_withdraw=not report.is_final,
    )


def _seal_message(report: Report, message: Message, body: str) -> None:
    message.body_sealed = _report_envelope(report).seal_text(f"message:{message.public_id}", body)


def add_reporter_message(report: Report, body: str, *, reply_to: str | None, now: dt.datetime) -> Message:
    """The reporter answers a panel question (reply_to) or adds information."""
    if not accepts_messages(report):
        raise ReportClosedError("This report is closed, so you cannot add to it.")
    if receipt_like_fields({"narrative": body}):
        raise ReceiptInTextError(["body"])
    question = None
    if reply_to:
        question = next((m for m in report.messages if m.public_id == reply_to and m.is_question), None)
        if question is None:
            raise MessageNotAllowedError("That question could not be found. Add your answer as new "
                                         "information instead.")
    message = Message(public_id=public_reference("M"), author=Author.REPORTER.value, is_question=False,
                      sent_on=now.date(), reply_to_id=question.id if question else None)
    report.messages.append(message)
    _seal_message(report, message, body)
    if question is not None:
        question.answered = True
    db.session.flush()
    audit.record("report.reporter_message", actor=audit.REPORTER, now=now, subject=report.reference,
                 details={"answer": question is not None})
    return message


def erase_report_content(report: Report) -> None:
    """Delete every piece of reporter content: sealed text, de-identified text, message bodies."""
    for name in TEXT_FIELDS:
        setattr(report, f"{name}_sealed", None)
    report.deidentified_sealed = None
    for message in report.messages:
        message.body_sealed = None
        message.deidentified_sealed = None


def withdraw_report(report: Report, *, now: dt.datetime) -> None:
    """The reporter withdraws: content deleted, contact details shredded, kind/status/month kept."""
    if report.is_final:
        raise ReportClosedError("This report is already closed, so it cannot be withdrawn.")
    erase_report_content(report)
    shred_contact_details(report, now=now)
    _set_status(report, Status.WITHDRAWN, now=now)
    audit.record("report.withdrawn", actor=audit.REPORTER, now=now, subject=report.reference)


# -- services for review ------------------------------------------------------------------------------
def find_report(reference: str) -> Report | None:
    """The report with this public reference, or None."""
    return db.session.execute(select(Report).where(Report.reference == reference)).scalar_one_or_none()


def get_report(reference: str) -> Report:
    """The report with this public reference; raises ReportNotFoundError."""
    report = find_report(reference)
    if report is None:
        raise ReportNotFoundError("No report has that reference.")
    return report


def open_report_text(report: Report) -> dict[str, str | None]:
    """The raw free-text fields. ONLY for the confidentiality officer's de-identification screen."""
    envelope = _report_envelope(report)
    out: dict[str, str | None] = {}
    for name in TEXT_FIELDS:
        blob = getattr(report, f"{name}_sealed")
        out[name] = envelope.open_text(name, blob) if blob is not None else None
    return out


def release_deidentified(report: Report, fields: dict[str, str], *, now: dt.datetime) -> None:
    """Seal the de-identified fields (JSON) the panel will read."""
    if report.is_final:
        raise ReportClosedError("The report is closed.")
    payload = json.dumps({k: v for k, v in fields.items()}, sort_keys=True)
    report.deidentified_sealed = _report_envelope(report).seal_text("deidentified", payload)
    db.session.flush()


def open_deidentified(report: Report) -> dict[str, str] | None:
    """The de-identified fields, or None if none were released (or the report was withdrawn)."""
    if report.deidentified_sealed is None:
        return None
    data: dict[str, str] = json.loads(_report_envelope(report).open_text("deidentified",
                                                                           report.deidentified_sealed))
    return data


def _set_status(report: Report, status: Status, *, now: dt.datetime) -> None:
    report.status = status.value
    report.status_events.append(StatusEvent(status=status.value, on=now.date()))
    db.session.flush()


def record_triage_classification(report: Report, *, harm_grade: str, service_area: str | None,
                                 now: dt.datetime) -> None:
    """Record the panel's agreed harm grade and service area on the report (triage calls this).

    The reporter's own `kind` is kept: the panel's view of the kind lives in review's triage
    outcome. Codes are checked against the taxonomy so the aggregate never holds an unknown one.
    """
    if report.is_final:
        raise ReportClosedError("The report is in a final state and cannot be reclassified.")
    taxonomy = load_taxonomy()
    if harm_grade not in taxonomy.harm_grade_codes():
        raise ValueError(f"unknown harm grade {harm_grade!r}")
    if service_area is not None and taxonomy.service_area(service_area) is None:
        raise ValueError(f"unknown service area {service_area!r}")
    report.harm_grade = harm_grade
    report.service_area = service_area
    db.session.flush()


def record_merged_into(report: Report, survivor: Report, *, now: dt.datetime) -> None:
    """Point a duplicate at the report that survives (review then records the `merged` status).

    The duplicate's reporter keeps following up with their own receipt and sees the survivor's
    status and outcome (`reporter_view`).
    """
    if report.is_final:
        raise ReportClosedError("The report is in a final state and cannot be merged.")
    if survivor.id == report.id or surviving_report(survivor).id == report.id:
        raise ValueError("a report cannot be merged into itself")
    report.merged_into_id = survivor.id
    db.session.flush()


def record_status(report: Report, status: Status, *, now: dt.datetime) -> None:
    """Set the status and append a day-only StatusEvent; review owns the transition rules.

    Refuses any change to a report already in a final state (ReportClosedError).
    """
    if report.is_final:
        raise ReportClosedError("The report is in a final state and cannot change status.")
    _set_status(report, Status(status), now=now)


def post_staff_message(report: Report, body: str, *, author: Author, is_question: bool,
                       now: dt.datetime) -> Message:
    """A message from the panel or the confidentiality officer to the anonymous reporter."""
    if Author(author) is Author.REPORTER:
        raise MessageNotAllowedError("Staff messages cannot be written as the reporter.")
    if not accepts_messages(report):
        raise ReportClosedError("The report is in a final state.")
    message = Message(public_id=public_reference("M"), author=Author(author).value,
                      is_question=is_question, sent_on=now.date())
    report.messages.append(message)
    _seal_message(report, message, body)
    db.session.flush()
    return message


def open_message_body(message: Message) -> str:
    """The text of a message (empty once the report was withdrawn)."""
    if message.body_sealed is None:
        return ""
    return _report_envelope(message.report).open_text(f"message:{message.public_id}", message.body_sealed)


def release_deidentified_message(message: Message, text: str, *, now: dt.datetime) -> None:
    """Seal the de-identified version of a reporter's message that the panel may read.

    The confidentiality officer's relay (review.deidentify) decides the text; the raw message
    stays readable only through `open_message_body` on the officer's pages.
    """
    if Author(message.author) is not Author.REPORTER:
        raise MessageNotAllowedError("Only the reporter's messages are de-identified for the panel.")
    if message.body_sealed is None:
        raise MessageNotAllowedError("This message has been deleted.")
    if message.report.status == Status.WITHDRAWN.value:
        raise ReportClosedError("The report was withdrawn.")
    message.deidentified_sealed = _report_envelope(message.report).seal_text(
        f"message_deidentified:{message.public_id}", text)
    db.session.flush()


def open_deidentified_message(message: Message) -> str | None:
    """The de-identified version of a reporter's message, or None if not (yet) released."""
    if message.deidentified_sealed is None:
        return None
    return _report_envelope(message.report).open_text(f"message_deidentified:{message.public_id}",
                                                      message.deidentified_sealed)


def find_message(report: Report, public_id: str) -> Message | None:
    """One of the report's messages by its public id, or None."""
    return next((m for m in report.messages if m.public_id == public_id), None)


def messages_awaiting_relay() -> list[Message]:
    """Reporter messages not yet de-identified for the panel, on reports not withdrawn, oldest first."""
    return list(db.session.execute(
        select(Message).join(Report, Report.id == Message.report_id)
        .where(Message.author == Author.REPORTER.value, Message.body_sealed.is_not(None),
               Message.deidentified_sealed.is_(None), Report.status != Status.WITHDRAWN.value)
        .order_by(Message.sent_on, Message.id)
    ).scalars())


def add_outcome(report: Report, kind: str, text: str, *, now: dt.datetime,
                state: str = "planned") -> OutcomeItem:
    """Add a "you said, we did" item the reporter will see."""
    if kind not in OUTCOME_KINDS or state not in OUTCOME_STATES:
        raise ValueError(f"outcome kind must be one of {OUTCOME_KINDS}, state one of {OUTCOME_STATES}")
    public_id = public_reference("O")
    item = OutcomeItem(public_id=public_id, kind=kind, state=state, added_on=now.date(),
                       text_sealed=_report_envelope(report).seal_text(f"outcome:{public_id}", text))
    report.outcomes.append(item)
    db.session.flush()
    return item


def open_outcome_text(item: OutcomeItem) -> str:
    """The text of an outcome item."""
    return _report_envelope(item.report).open_text(f"outcome:{item.public_id}", item.text_sealed)


def update_outcome_state(item: OutcomeItem, state: str) -> None:
    """Move an outcome item to planned, in_progress, done or not_done."""
    if state not in OUTCOME_STATES:
        raise ValueError(f"state must be one of {OUTCOME_STATES}")
    item.state = state


def add_signpost(report: Report, code: str) -> None:
    """Attach a signpost (a code from SIGNPOSTS) the reporter will see in plain words."""
    if code not in SIGNPOSTS:
        raise ValueError(f"unknown signpost {code!r}; known: {sorted(SIGNPOSTS)}")
    if code not in report.signposts:
        report.signposts = [*report.signposts, code]


def signpost(code: str) -> tuple[str, str, str]:
    """(code, title, text) of a signpost; the outside-programme text lists the taxonomy's routes."""
    title, text = SIGNPOSTS[code]
    if code == OUTSIDE_PROGRAMME:
        routes = load_taxonomy().outside_scope_routes
        if routes:
            text = " ".join([text, "Where such matters go instead:",
                             *(f"{route.label}: {route.help}" for route in routes)])
    return code, title, text


def has_contact_details(report: Report) -> bool:
    """True while the report holds sealed contact details."""
    return report.contact_sealed is not None


def shred_contact_details(report: Report, *, now: dt.datetime) -> bool:
    """Delete the sealed contact details (review calls this at closure); True if there were any.

    The month's key itself is destroyed by the retention job once no open report needs it,
    which is what makes old backups unreadable too.
    """
    if report.contact_sealed is None:
        return False
    report.contact_sealed = None
    report.contact_shredded = True
    audit.record("report.contact_shredded", actor=audit.SYSTEM, now=now, subject=report.reference)
    return True


def plain_status(status: Status | str) -> str:
    """Plain words for a status, as the reporter sees it."""
    return PLAIN_STATUS[Status(status)]


def history_words(status: Status | str) -> str:
    """Plain words for a step in the reporter's history: what happened that day."""
    return HISTORY_WORDS[Status(status)]


# -- confidentiality officer ----------------------------------------------------------------------------
def reveal_contact_details(report: Report, *, actor: str, reason_code: str, reason: str,
                           now: dt.datetime) -> dict[str, str]:
    """Open contact details for a callback: audited, with the reason sealed in the reveal log."""
    if reason_code not in REVEAL_REASONS:
        raise ContactRevealError("Choose a reason.")
    details = open_contact_details(report)
    public_id = public_reference("CV")
    envelope = _ring().new_row_envelope("report_contact_reveals", public_id)
    db.session.add(ContactReveal(
        public_id=public_id, report_id=report.id, actor=actor, reason_code=reason_code, at=now,
        wrapped_key=envelope.wrapped_key, reason_sealed=envelope.seal_text("reason", reason),
    ))
    audit.record("report.contact_revealed", actor=actor, now=now, subject=report.reference,
                 details={"reason": reason_code, "reason_length": len(reason)})
    db.session.flush()
    return details


def open_reveal_reason(reveal: ContactReveal) -> str:
    """The sealed reason of one reveal (for an investigation of the reveal log)."""
    envelope = _ring().row_envelope("report_contact_reveals", reveal.public_id, reveal.wrapped_key)
    return envelope.open_text("reason", reveal.reason_sealed)


@dataclass(frozen=True)
class StaffMessage:
    """A message as the confidentiality officer sees it."""

    public_id: str
    author: str
    is_question: bool
    answered: bool
    sent_on: dt.date
    body: str


def staff_messages(report: Report) -> list[StaffMessage]:
    """Every message of a report, opened, for the confidentiality officer's page."""
    return [StaffMessage(m.public_id, m.author, m.is_question, m.answered, m.sent_on, open_message_body(m))
            for m in report.messages]


# -- retention (the scheduled job calls these) --------------------------------------------------------
def shred_expired_contact_details(*, now: dt.datetime) -> int:
    """Delete sealed contact details of final reports, and of any past the retention limit."""
    cutoff = _add_months(_month(now), -_settings().contact_retention_months)
    finals = [s.value for s in FINAL_STATUSES]
    rows = db.session.execute(
        select(Report).where(Report.contact_sealed.is_not(None))
        .where(Report.status.in_(finals) | (Report.contact_month <= cutoff))
    ).scalars().all()
    for report in rows:
        shred_contact_details(report, now=now)
    db.session.flush()
    return len(rows)


def destroy_unused_contact_keys(*, now: dt.datetime) -> list[str]:
    """Destroy each past month's contact key once no report still holds details sealed under it.

    The current month's key is kept (new reports are still being sealed under it). This is the
    crypto-shred: once the key file is gone, every copy of those blobs, in backups too, is noise.
    """
    current = _month(now)
    held = set(db.session.execute(
        select(Report.contact_month).where(Report.contact_sealed.is_not(None)).distinct()
    ).scalars())
    destroyed = []
    for month in _ring().contact_key_months():
        if month < current and month not in held and _ring().destroy_contact_key(month):
            destroyed.append(month)
            audit.record("contact_key.destroyed", actor=audit.SYSTEM, now=now, subject=month)
    return destroyed


def count_reports() -> int:
    """How many reports exist (for tests and the benchmark)."""
    return int(db.session.execute(select(func.count(Report.id))).scalar_one())
