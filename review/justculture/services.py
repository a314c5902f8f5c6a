"""The just-culture decision aid (DESIGN.md section 3).

One engine (`config.justculture`) walks whichever model the assessor chooses; the admin picks the
default. An assessor assesses one act at a time, one question per page; the walk recommends an
outcome and the assessor records a decision, with a reason if it departs from the recommendation.
Until an outcome is agreed the act is treated as "the system, not the individual".

When the current decisions of at least two assessors agree, the act's outcome is agreed by the
system; when they differ, the chair resolves it with a recorded reason. An agreed outcome takes
effect through its route:

- `learning` and `individual_support`: the report stays in the learning route;
- `health_support`: wellbeing signposting is added to the reporter's follow-up view;
- `outside_learning_route` (deliberate harm): the report is closed as outside scope and the
  reporter is told in plain words where such matters go. Nothing identifies the reporter: no
  contact details are opened and the contact details are shredded at closure.

Assessors do not see each other's walks until both have decided (like triage). Re-walking an act
keeps the earlier assessment, marked superseded, in the history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from config.database import db, public_reference
from config.identity.models import StaffUser
from config.justculture import (
    DecisionModel,
    DecisionModelError,
    ModelLibrary,
    Outcome,
    Walk,
    load_library,
    walk,
)
from config.security import PANEL, Role
from reporting import services as reporting
from reporting.models import Report, Status
from review.justculture.errors import AssessmentError
from review.justculture.models import Act, Assessment
from review.triage import services as triage
from review.workflow import services as workflow
from review.workflow.errors import IllegalTransitionError, ReportNotVisibleError

DEFAULT_MODEL_SETTING = "just_culture.default_model"
FALLBACK_MODEL = "nhs-just-culture-guide-2018"
DEFAULT_OUTCOME_WORDS = "The system, not the individual (the default until an outcome is agreed)"
ASSESSABLE = (Status.DEIDENTIFIED, Status.TRIAGED, Status.IN_REVIEW)
_DESCRIPTION_LIMIT = 500


# -- models ---------------------------------------------------------------------------------------
def library() -> ModelLibrary:
    """Built-in models plus the organisation's own (invalid files are listed as refused)."""
    return load_library(current_app.config["CANDOUR_SETTINGS"].just_culture_dir)


def default_model_id(models: ModelLibrary | None = None) -> str:
    """The model the admin chose as default (the NHS guide unless changed)."""
    models = models or library()
    chosen = workflow.get_setting(DEFAULT_MODEL_SETTING, FALLBACK_MODEL)
    return chosen if chosen in models.models else FALLBACK_MODEL


def set_default_model(model_id: str, *, actor: StaffUser, now: dt.datetime) -> None:
    """The admin chooses the default decision model."""
    models = library()
    if model_id not in models.models:
        raise AssessmentError("Choose one of the available decision models.")
    workflow.set_setting(DEFAULT_MODEL_SETTING, model_id, actor=actor, now=now)


def get_model(model_id: str) -> DecisionModel:
    """A model by id; AssessmentError if there is none."""
    try:
        return library().get(model_id)
    except DecisionModelError as exc:
        raise AssessmentError(str(exc)) from None


# -- acts -----------------------------------------------------------------------------------------
def acts(report: Report) -> list[Act]:
    """The acts assessed on a report, oldest first."""
    return list(db.session.execute(
        select(Act).where(Act.report_id == report.id).order_by(Act.id)
    ).scalars())


def act_description(report: Report, act: Act) -> str:
    """The panel's de-identified description of the act."""
    column = f"review_acts.description.{act.reference}"
    return workflow.open_panel_note(report, column, act.description_sealed)


def _require_assessable(report: Report, actor: StaffUser) -> None:
    workflow.require_role(actor, set(PANEL), what="assess an act")
    if Status(report.status) not in ASSESSABLE:
        raise IllegalTransitionError(
            f"Acts can be assessed only while the panel has the report; it is "
            f"{reporting.plain_status(report.status)}."
        )


def _new_act(report: Report, description: str, *, actor: StaffUser, now: dt.datetime) -> Act:
    text = description.strip()
    if not text:
        raise AssessmentError("Describe the act you are assessing, in de-identified words.")
    if len(text) > _DESCRIPTION_LIMIT:
        raise AssessmentError(f"Keep the description under {_DESCRIPTION_LIMIT} characters.")
    act = Act(reference=public_reference("ACT"), report_id=report.id, created_by=actor.public_id,
              created_at=now, description_sealed=b"")
    column = f"review_acts.description.{act.reference}"
    act.description_sealed = workflow.seal_panel_note(report, column, text)
    db.session.add(act)
    db.session.flush()
    return act


def find_act(report: Report, reference: str) -> Act:
    """An act of this report; ReportNotVisibleError if the reference is not one of its acts."""
    act = db.session.execute(
        select(Act).where(Act.reference == reference, Act.report_id == report.id)
    ).scalar_one_or_none()
    if act is None:
        raise ReportNotVisibleError("Page not found")
    return act


# -- assessments ----------------------------------------------------------------------------------
def start_assessment(
    report: Report,
    *,
    actor: StaffUser,
    now: dt.datetime,
    model_id: str | None = None,
    act_reference: str | None = None,
    description: str | None = None,
) -> Assessment:
    """Begin (or re-walk) an assessment of one act; an earlier walk by the same person is kept."""
    _require_assessable(report, actor)
    model = get_model(model_id or default_model_id())
    act = find_act(report, act_reference) if act_reference else _new_act(report, description or "",
                                                                          actor=actor, now=now)
    for earlier in _current(act, actor):
        earlier.state = "superseded"
    assessment = Assessment(reference=public_reference("AS"), act=act, assessor_id=actor.id,
                            model_id=model.id, model_version=model.version, answers={}, state="in_progress",
                            started_at=now)
    db.session.add(assessment)
    db.session.flush()
    workflow.record_event(report, "assessment_started", actor=actor, now=now,
                          details={"act": act.reference, "model": model.id})
    return assessment


def _current(act: Act, assessor: StaffUser) -> list[Assessment]:
    return [a for a in act.assessments if a.assessor_id == assessor.id and a.state != "superseded"]


def get_assessment(reference: str, user: StaffUser) -> tuple[Report, Assessment]:
    """An assessment its own assessor is working on (others answer 404: assessments are blind)."""
    assessment = db.session.execute(
        select(Assessment).where(Assessment.reference == reference)
    ).scalar_one_or_none()
    if assessment is None or assessment.assessor_id != user.id:
        raise ReportNotVisibleError("Page not found")
    report = db.session.get(Report, assessment.act.report_id)
    if report is None:
        raise ReportNotVisibleError("Page not found")
    return report, assessment


def walk_of(assessment: Assessment) -> Walk:
    """Where the assessment's answers lead in its model."""
    return walk(get_model(assessment.model_id), assessment.answers)


def answer(report: Report, assessment: Assessment, question_id: str, value: str, *, actor: StaffUser,
           now: dt.datetime) -> Walk:
    """Answer the next question, or change an earlier answer (later answers are then dropped)."""
    _require_assessable(report, actor)
    if assessment.state != "in_progress":
        raise AssessmentError("This assessment is decided; start a new walk to assess the act again.")
    current = walk_of(assessment)
    on_path = [step.question.id for step in current.steps]
    if question_id in on_path:
        kept = on_path[: on_path.index(question_id)]
        answers = {qid: current.answers[qid] for qid in kept}
    elif current.next_question is not None and current.next_question.id == question_id:
        answers = dict(current.answers)
    else:
        raise AssessmentError("Answer the question on the page.")
    answers[question_id] = value
    try:
        result = walk(current.model, answers)
    except DecisionModelError:
        raise AssessmentError("Choose one of the answers.") from None
    assessment.answers = result.answers
    assessment.recommended = result.outcome.code if result.outcome else None
    db.session.flush()
    return result


def decide(report: Report, assessment: Assessment, outcome_code: str, reason: str | None, *,
           actor: StaffUser, now: dt.datetime) -> Assessment:
    """Record the assessor's decision; a departure from the recommendation needs a reason."""
    _require_assessable(report, actor)
    if assessment.state != "in_progress":
        raise AssessmentError("This assessment is already decided.")
    result = walk_of(assessment)
    if result.outcome is None:
        raise AssessmentError("Answer every question before deciding.")
    model = result.model
    if outcome_code not in model.outcomes:
        raise AssessmentError("Choose one of the outcomes of this model.")
    text = (reason or "").strip()
    departed = outcome_code != result.outcome.code
    if departed and not text:
        raise AssessmentError("Say why your decision departs from the recommendation.")
    assessment.decided = outcome_code
    assessment.state = "decided"
    assessment.decided_at = now
    if text:
        assessment.departure_reason_sealed = workflow.seal_panel_note(
            report, f"review_assessments.reason.{assessment.reference}", text)
    db.session.flush()
    workflow.record_event(report, "assessment_decided", actor=actor, now=now, details={
        "act": assessment.act.reference, "model": model.id, "recommended": result.outcome.code,
        "decided": outcome_code, "departed": departed,
    })
    _settle_act(report, assessment.act, now=now)
    return assessment


def departure_reason(report: Report, assessment: Assessment) -> str | None:
    """Why the assessor departed from the recommendation, if they did."""
    if assessment.departure_reason_sealed is None:
        return None
    return workflow.open_panel_note(report, f"review_assessments.reason.{assessment.reference}",
                                    assessment.departure_reason_sealed)


def current_decisions(act: Act) -> list[Assessment]:
    """Each assessor's current decided assessment of the act."""
    return [a for a in act.assessments if a.state == "decided"]


def visible_assessments(act: Act, user: StaffUser) -> list[Assessment]:
    """Every assessment of the act this person may see: their own; others once two have decided."""
    if len({a.assessor_id for a in current_decisions(act)}) >= 2:
        return list(act.assessments)
    return [a for a in act.assessments if a.assessor_id == user.id]


def act_disagrees(act: Act) -> bool:
    """True if two or more assessors decided differently and no outcome is agreed."""
    decided = current_decisions(act)
    return act.agreed_at is None and len({(a.model_id, a.decided) for a in decided}) > 1


def _settle_act(report: Report, act: Act, *, now: dt.datetime) -> None:
    decided = current_decisions(act)
    outcomes = {(a.model_id, a.decided) for a in decided}
    if len({a.assessor_id for a in decided}) < 2:
        return
    if len(outcomes) == 1:
        model_id, code = outcomes.pop()
        if (act.outcome_model, act.outcome_code) != (model_id, code):
            model = get_model(model_id)
            _agree(report, act, model, model.outcome(str(code)), actor=None, now=now, reason=None)
    elif act.agreed_at is not None and act.agreed_by == workflow.actor_code(None):
        # New facts changed a decision: the agreement lapses and the chair decides.
        act.agreed_at = None
        act.agreed_by = None


def resolve_act(report: Report, act: Act, model_id: str, outcome_code: str, reason: str, *,
                actor: StaffUser, now: dt.datetime) -> Act:
    """The chair settles the act's outcome (after a disagreement), with a recorded reason."""
    workflow.require_role(actor, {Role.CHAIR}, what="settle a just-culture outcome")
    _require_assessable(report, actor)
    if not current_decisions(act):
        raise AssessmentError("No assessor has decided on this act yet.")
    if not reason.strip():
        raise AssessmentError("Give a reason for the decision.")
    model = get_model(model_id)
    if outcome_code not in model.outcomes:
        raise AssessmentError("Choose one of the outcomes of this model.")
    _agree(report, act, model, model.outcome(outcome_code), actor=actor, now=now, reason=reason)
    return act


def _agree(report: Report, act: Act, model: DecisionModel, outcome: Outcome, *, actor: StaffUser | None,
           now: dt.datetime, reason: str | None) -> None:
    act.outcome_model = model.id
    act.outcome_code = outcome.code
    act.outcome_route = outcome.route
    act.agreed_by = workflow.actor_code(actor)
    act.agreed_at = now
    workflow.record_event(report, "just_culture_agreed", actor=actor, now=now, reason=reason, details={
        "act": act.reference, "model": model.id, "outcome": outcome.code, "route": outcome.route,
    })
    if outcome.route == "health_support":
        reporting.add_signpost(report, "health_support")
    elif outcome.route == "outside_learning_route":
        # Deliberate harm leaves the learning route without revealing anyone: the report closes as
        # outside scope (contact details shredded at closure) and the reporter reads, through the
        # receipt, where such matters go.
        reporting.add_signpost(report, "outside_learning_route")
        if workflow.can_take(report, "close_outside_scope"):
            workflow.transition(report, "close_outside_scope", actor=actor, now=now, reason=reason,
                                details={"by": "just_culture"})


@dataclass(frozen=True)
class Recommendation:
    """What the API returns: the walk's state and any decision recorded."""

    assessment: Assessment
    walk: Walk


def assess(
    report: Report,
    answers: dict[str, str],
    *,
    actor: StaffUser,
    now: dt.datetime,
    model_id: str | None = None,
    act_reference: str | None = None,
    description: str | None = None,
    decision: str | None = None,
    reason: str | None = None,
) -> Recommendation:
    """Walk a whole set of answers at once (the API) and, if given, record the decision."""
    assessment = start_assessment(report, actor=actor, now=now, model_id=model_id,
                                  act_reference=act_reference, description=description)
    model = get_model(assessment.model_id)
    try:
        result = walk(model, answers)
    except DecisionModelError as exc:
        raise AssessmentError(str(exc)) from None
    assessment.answers = result.answers
    assessment.recommended = result.outcome.code if result.outcome else None
    db.session.flush()
    if decision is not None:
        decide(report, assessment, decision, reason, actor=actor, now=now)
    return Recommendation(assessment, result)


def act_disagreements(user: StaffUser) -> list[tuple[Report, Act]]:
    """Acts whose assessors disagree, on reports this chair may see."""
    rows = db.session.execute(
        select(Report, Act).join(Act, Act.report_id == Report.id)
        .where(Report.status.in_([s.value for s in ASSESSABLE]), Act.agreed_at.is_(None))
        .order_by(Act.id)
    ).all()
    return [(report, act) for report, act in rows if act_disagrees(act) and triage.can_see(report, user)]
