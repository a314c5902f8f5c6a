"""Two-reader blind triage (DESIGN.md section 2, "triaged").

Two panel members read each de-identified report and triage it independently. A reader sees only
reports assigned to them, and sees the other reader's answers only once both are in (blindness
is enforced here, in `visible_answers`, not in templates). When both answers are in:

- if they agree on harm grade and route (and, for a duplicate, on which report), the report
  becomes `triaged` automatically (an audited system step);
- otherwise the chair resolves it on the disagreements page with a recorded reason.

Readers are assigned by the chair, or by the system round-robin (the reviewer who was assigned
least recently goes first). A reader who recognises the case declares a conflict of interest, is
removed from the report (losing sight of it) and replaced.

The agreed route then takes effect: "outside scope" closes the report as outside scope (the
reporter is told, through the `outside_programme` signpost, where such matters go instead: the
places are data in taxonomy.json), "duplicate" merges it into the other report (its reporter
keeps following up with their own receipt, sees the surviving report's status and outcome, and
can still be asked questions on the merged report while the survivor is open). The triage
classification reaches the Report only through `reporting.services`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from config.database import db
from config.identity.models import StaffUser
from config.security import PANEL, Role
from config.taxonomy import TaxonomyError, load_codebook, load_taxonomy
from reporting import services as reporting
from reporting.models import Author, Kind, Message, Report, Status
from review.deidentify import services as deidentify
from review.deidentify.models import Deidentification
from review.triage.errors import TriageError
from review.triage.models import Assignment, TriageAnswer, TriageOutcome
from review.workflow import services as workflow
from review.workflow.errors import ReportNotVisibleError

READERS_PER_REPORT = 2
LEARNING_POTENTIAL = {"low": "Low", "medium": "Medium", "high": "High"}
ROUTES = {
    "systems_review": "Systems review",
    "after_action_review": "After-action review",
    "success_review": "Success review",
    "no_further_review": "No further review",
    "outside_scope": "Outside scope",
    "duplicate": "Duplicate of another report",
}
KINDS = {Kind.INCIDENT.value: "Incident", Kind.NEAR_MISS.value: "Near miss", Kind.SUCCESS.value: "Success"}
#: Fields on which the two readers must agree, or the chair decides.
KEY_FIELDS = ("harm_grade", "route", "duplicate_of")
ANSWER_FIELDS = ("kind", "harm_grade", "immediate_risk", "learning_potential", "service_area", "themes",
                 "route", "duplicate_of")
_POTENTIAL_ORDER = ("low", "medium", "high")


# -- choices --------------------------------------------------------------------------------------
def harm_grades() -> dict[str, str]:
    """Harm grade codes and labels, from the configurable taxonomy."""
    return {h.code: h.label for h in load_taxonomy().harm_grades}


def service_areas() -> dict[str, str]:
    """Service area codes and labels, from the configurable taxonomy."""
    return {a.code: a.label for a in load_taxonomy().service_areas}


def themes() -> dict[str, str]:
    """Theme codes from the contributory factors codebook (SEIPS by default)."""
    try:
        codebook = load_codebook()
    except TaxonomyError:
        return {}
    return {f.code: f.label for f in codebook.factors}


# -- visibility -----------------------------------------------------------------------------------
def _assignment(report: Report, user: StaffUser) -> Assignment | None:
    return db.session.execute(
        select(Assignment).where(Assignment.report_id == report.id, Assignment.reader_id == user.id)
    ).scalar_one_or_none()


def is_reader(report: Report, user: StaffUser) -> bool:
    """True if `user` is an active (not conflicted) reader of the report."""
    assignment = _assignment(report, user)
    return assignment is not None and assignment.state == "active"


def can_see(report: Report, user: StaffUser) -> bool:
    """Panel visibility: never before de-identification; a chair sees all, a reviewer only theirs."""
    if Status(report.status) in (Status.SUBMITTED, Status.WITHDRAWN) or report.deidentified_sealed is None:
        return False
    role = Role(user.role)
    if role is Role.CHAIR:
        assignment = _assignment(report, user)
        return assignment is None or assignment.state == "active"
    return role is Role.REVIEWER and is_reader(report, user)


def get_panel_report(reference: str, user: StaffUser) -> Report:
    """The report if this panel member may see it; ReportNotVisibleError (404) otherwise."""
    report = reporting.find_report(reference)
    if report is None or not can_see(report, user):
        raise ReportNotVisibleError("Page not found")
    return report


def panel_reports(user: StaffUser, *, statuses: tuple[Status, ...] | None = None) -> list[Report]:
    """Reports this panel member may see, optionally only in some statuses, oldest first."""
    query = select(Report).where(Report.status.notin_([Status.SUBMITTED.value, Status.WITHDRAWN.value]),
                                 Report.deidentified_sealed.is_not(None))
    if statuses:
        query = query.where(Report.status.in_([s.value for s in statuses]))
    if Role(user.role) is not Role.CHAIR:
        query = query.join(Assignment, Assignment.report_id == Report.id).where(
            Assignment.reader_id == user.id, Assignment.state == "active"
        )
    else:
        conflicted = select(Assignment.report_id).where(Assignment.reader_id == user.id,
                                                        Assignment.state == "conflict")
        query = query.where(Report.id.notin_(conflicted))
    return list(db.session.execute(query.order_by(Report.submitted_on, Report.id)).scalars())


def triage_queue(user: StaffUser) -> list[Report]:
    """De-identified reports waiting for triage that this panel member may see."""
    return panel_reports(user, statuses=(Status.DEIDENTIFIED,))


# -- assignment -----------------------------------------------------------------------------------
def readers(report: Report) -> list[Assignment]:
    """Active readers of a report, in the order they were assigned."""
    return list(db.session.execute(
        select(Assignment).where(Assignment.report_id == report.id, Assignment.state == "active")
        .order_by(Assignment.id)
    ).scalars())


def assign_reader(report: Report, reader: StaffUser, *, actor: StaffUser | None,
                  now: dt.datetime) -> Assignment:
    """Assign a panel member to read a report (the chair, or the system round-robin)."""
    workflow.require_role(actor, {Role.CHAIR}, system=True, what="assign readers")
    if Status(report.status) is not Status.DEIDENTIFIED:
        raise TriageError("Readers can only be assigned while a report waits for triage.")
    if Role(reader.role) not in PANEL or not reader.active:
        raise TriageError("Only active reviewers and chairs can read reports.")
    existing = _assignment(report, reader)
    if existing is not None:
        raise TriageError("That person has already been assigned this report, or declared a conflict.")
    if len(readers(report)) >= READERS_PER_REPORT:
        raise TriageError("This report already has two readers.")
    assignment = Assignment(report_id=report.id, reader_id=reader.id, assigned_by=workflow.actor_code(actor),
                            assigned_at=now, state="active")
    db.session.add(assignment)
    db.session.flush()
    workflow.record_event(report, "reader_assigned", actor=actor, now=now,
                          details={"reader": reader.public_id})
    return assignment


def auto_assign(report: Report, *, actor: StaffUser | None, now: dt.datetime) -> list[Assignment]:
    """Fill the report's reader places round-robin from the active reviewers (least recent first)."""
    taken = select(Assignment.reader_id).where(Assignment.report_id == report.id)
    last_assigned = (
        select(Assignment.reader_id, func.max(Assignment.assigned_at).label("last"))
        .group_by(Assignment.reader_id).subquery()
    )
    candidates = db.session.execute(
        select(StaffUser)
        .outerjoin(last_assigned, last_assigned.c.reader_id == StaffUser.id)
        .where(StaffUser.role == Role.REVIEWER.value, StaffUser.active.is_(True), StaffUser.id.notin_(taken))
        .order_by(last_assigned.c.last.is_not(None), last_assigned.c.last, StaffUser.id)
    ).scalars()
    made: list[Assignment] = []
    for candidate in candidates:
        if len(readers(report)) >= READERS_PER_REPORT:
            break
        made.append(assign_reader(report, candidate, actor=actor, now=now))
    return made


def declare_conflict(report: Report, *, actor: StaffUser, now: dt.datetime) -> None:
    """A reader declares a conflict of interest: removed from the report, and replaced."""
    assignment = _assignment(report, actor)
    if assignment is None or assignment.state != "active":
        raise ReportNotVisibleError("Page not found")
    if Status(report.status) is not Status.DEIDENTIFIED:
        raise TriageError("Conflicts can be declared while the report waits for triage; tell the chair.")
    assignment.state = "conflict"
    answer = _answer_of(report, actor)
    if answer is not None:
        db.session.delete(answer)  # an answer given with a conflict of interest does not count
    db.session.flush()
    workflow.record_event(report, "conflict_declared", actor=actor, now=now)
    auto_assign(report, actor=None, now=now)


def release_to_panel(report: Report, fields: dict[str, str], *, extra_redactions: list[str] | None = None,
                     actor: StaffUser, now: dt.datetime) -> Deidentification:
    """The officer releases the de-identified version; the system assigns two readers round-robin."""
    decision = deidentify.release(report, fields, extra_redactions=extra_redactions, actor=actor, now=now)
    auto_assign(report, actor=None, now=now)
    return decision


# -- answers --------------------------------------------------------------------------------------
def _answer_of(report: Report, user: StaffUser) -> TriageAnswer | None:
    return db.session.execute(
        select(TriageAnswer).where(TriageAnswer.report_id == report.id, TriageAnswer.reader_id == user.id)
    ).scalar_one_or_none()


def answers(report: Report) -> list[TriageAnswer]:
    """Answers from the report's active readers, in the order they were given."""
    active = select(Assignment.reader_id).where(Assignment.report_id == report.id,
                                                Assignment.state == "active")
    return list(db.session.execute(
        select(TriageAnswer).where(TriageAnswer.report_id == report.id, TriageAnswer.reader_id.in_(active))
        .order_by(TriageAnswer.id)
    ).scalars())


def both_in(report: Report) -> bool:
    """True once both readers have answered."""
    return len(answers(report)) >= READERS_PER_REPORT


def visible_answers(report: Report, user: StaffUser) -> list[TriageAnswer]:
    """The answers this person may see: their own, and the others only once both are in."""
    given = answers(report)
    if len(given) >= READERS_PER_REPORT:
        return given
    return [a for a in given if a.reader_id == user.id]


def my_answer(report: Report, user: StaffUser) -> TriageAnswer | None:
    """This reader's own answer, if given."""
    return _answer_of(report, user)


def _validate(data: dict[str, Any]) -> dict[str, Any]:
    if data["kind"] not in KINDS:
        raise TriageError("Choose what kind of report this is.")
    if data["harm_grade"] not in harm_grades():
        raise TriageError("Choose a harm grade.")
    if data["learning_potential"] not in LEARNING_POTENTIAL:
        raise TriageError("Choose the learning potential.")
    if data.get("service_area") and data["service_area"] not in service_areas():
        raise TriageError("Choose a service area from the list.")
    known = themes()
    if known and any(code not in known for code in data.get("themes") or []):
        raise TriageError("Choose themes from the codebook.")
    if data["route"] not in ROUTES:
        raise TriageError("Choose a route.")
    if data["route"] == "duplicate" and not data.get("duplicate_of"):
        raise TriageError("Give the reference of the report this one duplicates.")
    if data["route"] != "duplicate":
        data["duplicate_of"] = None
    return data


def submit_answer(report: Report, data: dict[str, Any], *, actor: StaffUser,
                  now: dt.datetime) -> TriageAnswer:
    """Record one reader's independent triage; settle the report if both answers are in."""
    if not is_reader(report, actor):
        raise ReportNotVisibleError("Page not found")
    if Status(report.status) is not Status.DEIDENTIFIED:
        workflow.check_transition(report, "triage_agreed", actor=None)  # raises the plain 409
    if _answer_of(report, actor) is not None:
        raise TriageError("You have already triaged this report; answers cannot be changed.")
    clean = _validate(dict(data))
    if clean.get("duplicate_of"):
        _duplicate_target(report, clean["duplicate_of"], actor)
    answer = TriageAnswer(
        report_id=report.id, reader_id=actor.id, kind=clean["kind"], harm_grade=clean["harm_grade"],
        immediate_risk=bool(clean.get("immediate_risk")), learning_potential=clean["learning_potential"],
        service_area=clean.get("service_area") or None, themes=sorted(set(clean.get("themes") or [])),
        route=clean["route"], duplicate_of=clean.get("duplicate_of"), submitted_at=now,
    )
    db.session.add(answer)
    db.session.flush()
    note = (clean.get("note") or "").strip()
    if note:
        answer.note_sealed = workflow.seal_panel_note(report, f"review_triage_answers.note.{answer.id}", note)
    workflow.record_event(report, "triage_answered", actor=actor, now=now,
                          details={"harm": answer.harm_grade, "route": answer.route})
    if answer.immediate_risk:
        deidentify.flag_immediate_risk(report, actor=actor, now=now)
    _settle(report, now=now)
    return answer


def answer_note(report: Report, answer: TriageAnswer) -> str | None:
    """A reader's sealed note on their answer."""
    if answer.note_sealed is None:
        return None
    return workflow.open_panel_note(report, f"review_triage_answers.note.{answer.id}", answer.note_sealed)


def differences(report: Report) -> list[str]:
    """The key fields on which the two readers differ (empty if they agree or are not both in)."""
    given = answers(report)
    if len(given) < READERS_PER_REPORT:
        return []
    first, second = given[:2]
    return [name for name in KEY_FIELDS if getattr(first, name) != getattr(second, name)]


def _combined(given: list[TriageAnswer]) -> dict[str, Any]:
    """Two agreeing answers combined: key fields agree; the rest are merged conservatively."""
    first, second = given[:2]
    return {
        "kind": first.kind if first.kind == second.kind else None,
        "harm_grade": first.harm_grade,
        "immediate_risk": first.immediate_risk or second.immediate_risk,
        "learning_potential": max(first.learning_potential, second.learning_potential,
                                  key=_POTENTIAL_ORDER.index),
        "service_area": first.service_area if first.service_area == second.service_area else None,
        "themes": sorted(set(first.themes) | set(second.themes)),
        "route": first.route,
        "duplicate_of": first.duplicate_of,
    }


def _settle(report: Report, *, now: dt.datetime) -> None:
    given = answers(report)
    if len(given) < READERS_PER_REPORT or differences(report):
        return  # waiting for a reader, or for the chair
    _apply(report, _combined(given), agreed=True, actor=None, now=now, reason=None)


def disagreements(user: StaffUser) -> list[Report]:
    """Reports where both readers answered and differ on a key field (the chair's list)."""
    return [r for r in triage_queue(user) if differences(r)]


def resolve(report: Report, data: dict[str, Any], reason: str, *, actor: StaffUser,
            now: dt.datetime) -> TriageOutcome:
    """The chair resolves a disagreement between the readers, with a recorded reason."""
    workflow.check_transition(report, "triage_resolved", actor=actor)
    if not differences(report):
        raise TriageError("There is no disagreement to resolve on this report.")
    if not reason.strip():
        raise TriageError("Give a reason for the decision.")
    clean = _validate(dict(data))
    if clean.get("duplicate_of"):
        _duplicate_target(report, clean["duplicate_of"], actor)
    given = _combined(answers(report))
    final = {**given, **{k: clean.get(k) for k in ANSWER_FIELDS if k in clean}}
    final["themes"] = sorted(set(clean.get("themes") or given["themes"]))
    return _apply(report, final, agreed=False, actor=actor, now=now, reason=reason)


def _apply(report: Report, final: dict[str, Any], *, agreed: bool, actor: StaffUser | None,
           now: dt.datetime, reason: str | None) -> TriageOutcome:
    outcome = TriageOutcome(
        report_id=report.id, decided_by=workflow.actor_code(actor), agreed=agreed,
        kind=final.get("kind") or report.kind, harm_grade=final["harm_grade"],
        immediate_risk=bool(final.get("immediate_risk")), learning_potential=final["learning_potential"],
        service_area=final.get("service_area") or report.service_area, themes=list(final.get("themes") or []),
        route=final["route"], duplicate_of=final.get("duplicate_of"), decided_at=now,
    )
    db.session.add(outcome)
    reporting.record_triage_classification(report, harm_grade=outcome.harm_grade,
                                           service_area=outcome.service_area, now=now)
    workflow.transition(report, "triage_agreed" if agreed else "triage_resolved", actor=actor, now=now,
                        reason=reason, details={"harm": outcome.harm_grade, "route": outcome.route})
    if outcome.route == "outside_scope":
        # Not for this programme (a complaint, an HR matter): tell the reporter where it goes
        # instead. `outside_learning_route` is kept for the just-culture deliberate-harm outcome.
        reporting.add_signpost(report, reporting.OUTSIDE_PROGRAMME)
        workflow.transition(report, "close_outside_scope", actor=actor, now=now,
                            reason=None, details={"by": "triage"})
    elif outcome.route == "duplicate" and outcome.duplicate_of:
        target = reporting.get_report(outcome.duplicate_of)
        _merge(report, target, actor=actor, now=now, reason=reason)
    return outcome


def outcome_of(report: Report) -> TriageOutcome | None:
    """The triage the report moved on with, if any."""
    return db.session.execute(
        select(TriageOutcome).where(TriageOutcome.report_id == report.id)
    ).scalar_one_or_none()


# -- merging duplicates ---------------------------------------------------------------------------
def _duplicate_target(report: Report, reference: str, actor: StaffUser) -> Report:
    # One message for "no such report" and "not eligible", so the answer is no existence oracle.
    target = reporting.find_report(reference.strip().upper())
    if (
        target is None
        or target.id == report.id
        or target.deidentified_sealed is None
        or Status(target.status) in (Status.SUBMITTED, Status.WITHDRAWN, Status.MERGED)
    ):
        raise TriageError("Give the reference of another de-identified report that has not been merged.")
    return target


def _merge(report: Report, target: Report, *, actor: StaffUser | None, now: dt.datetime,
           reason: str | None) -> None:
    reporting.record_merged_into(report, target, now=now)
    workflow.transition(report, "merge", actor=actor, now=now, reason=reason,
                        details={"into": target.reference})


def merge(report: Report, into_reference: str, reason: str, *, actor: StaffUser, now: dt.datetime) -> None:
    """The chair merges a duplicate into the report that survives; each reporter keeps their receipt."""
    workflow.check_transition(report, "merge", actor=actor)
    target = _duplicate_target(report, into_reference, actor)
    _merge(report, target, actor=actor, now=now, reason=reason)


# -- questions to the reporter --------------------------------------------------------------------
def ask_reporter(report: Report, body: str, *, actor: StaffUser, now: dt.datetime) -> None:
    """A panel question to the anonymous reporter, answered through their receipt."""
    workflow.require_role(actor, set(PANEL), what="ask the reporter a question")
    text = body.strip()
    if not text:
        raise TriageError("Write the question.")
    if not reporting.accepts_messages(report):
        raise TriageError("This report is finished, so the reporter cannot be asked more.")
    reporting.post_staff_message(report, text, author=Author.PANEL, is_question=True, now=now)
    workflow.record_event(report, "question_asked", actor=actor, now=now)


@dataclass(frozen=True)
class PanelMessage:
    """A message as the panel sees it: staff messages in full, the reporter's only once relayed.

    The reporter writes raw text, so only the confidentiality officer reads it; the panel sees
    that a reply arrived, and its words once the officer has released a de-identified version
    (review.deidentify.release_reply). `relayed` marks such a de-identified reply.
    """

    author: str
    is_question: bool
    answered: bool
    sent_on: dt.date
    body: str | None
    relayed: bool = False


def _panel_body(message: Message) -> str | None:
    if message.author == Author.REPORTER.value:
        return reporting.open_deidentified_message(message)  # never the raw words
    return reporting.open_message_body(message)


def panel_messages(report: Report) -> list[PanelMessage]:
    """The report's messages for the panel: the reporter's only in their de-identified version."""
    return [
        PanelMessage(m.author, m.is_question, m.answered, m.sent_on, _panel_body(m),
                     relayed=m.author == Author.REPORTER.value and m.deidentified_sealed is not None)
        for m in report.messages
    ]
