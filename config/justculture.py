"""Just-culture decision models as data, and the one engine that walks them.

DESIGN.md section 3: the NHS "A just culture guide" (2018), Reason's culpability tree (1997) and
Marx's model are JSON files under `config/data/just_culture/`; an organisation adds its own model
by dropping a JSON file into `settings.just_culture_dir`, no code needed. Every file is checked
with `DecisionModelFileSchema` when it is loaded: a malformed file, a branch that leads nowhere,
a loop or an unreachable question is refused with a message naming the file and the problem, so
an assessor can never be walked into a dead end.

The engine is deliberately small: `walk(model, answers)` follows the answers from the model's
first question and returns either the next question to ask or the outcome it recommends, plus
the path taken (so a page can show where each answer led). `all_paths(model)` lists every path,
which the tests walk to prove each model reaches its documented outcome.

This module imports no area; the review area stores assessments and applies their effects.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from config.settings import ROOT

BUILTIN_DIR = ROOT / "config" / "data" / "just_culture"

#: Where an outcome sends the report (DESIGN.md section 3).
ROUTES = ("learning", "health_support", "outside_learning_route", "individual_support")
_CODE = validate.Regexp(r"^[a-z0-9][a-z0-9_\-]{0,63}$", error="Use 1-64 lower-case letters, digits, _ or -.")


class DecisionModelError(ValueError):
    """A decision model file, or a set of answers, does not fit the model."""


# -- the file format -----------------------------------------------------------------------------
class BranchSchema(Schema):
    """One possible answer to a question and where it leads: another question or an outcome."""

    answer = fields.String(required=True, validate=_CODE)
    label = fields.String(required=True, validate=validate.Length(min=1, max=120))
    next = fields.String(load_default=None, validate=_CODE)
    outcome = fields.String(load_default=None, validate=_CODE)

    @validates_schema
    def _one_destination(self, data: dict[str, Any], **kwargs: Any) -> None:
        if (data.get("next") is None) == (data.get("outcome") is None):
            raise ValidationError("A branch leads to exactly one of `next` (a question) or `outcome`.")


class QuestionSchema(Schema):
    """One question, asked on its own page."""

    id = fields.String(required=True, validate=_CODE)
    section = fields.String(load_default="", validate=validate.Length(max=120))
    text = fields.String(required=True, validate=validate.Length(min=1, max=500))
    help = fields.String(load_default="", validate=validate.Length(max=1000))
    branches = fields.List(fields.Nested(BranchSchema), required=True,
                           validate=validate.Length(min=2, max=10))


class OutcomeSchema(Schema):
    """Where a walk ends: a recommendation with its route and words for the reporter."""

    code = fields.String(required=True, validate=_CODE)
    label = fields.String(required=True, validate=validate.Length(min=1, max=200))
    description = fields.String(load_default="", validate=validate.Length(max=2000))
    route = fields.String(required=True, validate=validate.OneOf(ROUTES))
    reporter_message = fields.String(required=True, validate=validate.Length(min=1, max=1000))


class DecisionModelFileSchema(Schema):
    """A whole decision model file; cross-checks that every branch leads somewhere real."""

    id = fields.String(required=True, validate=_CODE)
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    version = fields.String(required=True, validate=validate.Length(min=1, max=40))
    source = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    description = fields.String(load_default="", validate=validate.Length(max=2000))
    start = fields.String(required=True, validate=_CODE)
    questions = fields.List(fields.Nested(QuestionSchema), required=True, validate=validate.Length(min=1))
    outcomes = fields.List(fields.Nested(OutcomeSchema), required=True, validate=validate.Length(min=1))

    @validates_schema
    def _graph(self, data: dict[str, Any], **kwargs: Any) -> None:
        questions = {q["id"]: q for q in data.get("questions", [])}
        outcomes = {o["code"] for o in data.get("outcomes", [])}
        if len(questions) != len(data.get("questions", [])):
            raise ValidationError("Two questions share an id.")
        if len(outcomes) != len(data.get("outcomes", [])):
            raise ValidationError("Two outcomes share a code.")
        if data.get("start") not in questions:
            raise ValidationError(f"`start` names no question ({data.get('start')!r}).")
        for question in questions.values():
            answers = [b["answer"] for b in question["branches"]]
            if len(set(answers)) != len(answers):
                raise ValidationError(f"Question {question['id']!r} offers the same answer twice.")
            for branch in question["branches"]:
                if branch["next"] is not None and branch["next"] not in questions:
                    raise ValidationError(
                        f"Question {question['id']!r}, answer {branch['answer']!r} leads to an unknown "
                        f"question {branch['next']!r}."
                    )
                if branch["outcome"] is not None and branch["outcome"] not in outcomes:
                    raise ValidationError(
                        f"Question {question['id']!r}, answer {branch['answer']!r} leads to an unknown "
                        f"outcome {branch['outcome']!r}."
                    )
        seen_questions, seen_outcomes = _reach(data["start"], questions)
        unreachable = sorted(set(questions) - seen_questions)
        if unreachable:
            raise ValidationError(f"These questions can never be reached: {', '.join(unreachable)}.")
        unused = sorted(outcomes - seen_outcomes)
        if unused:
            raise ValidationError(f"These outcomes can never be reached: {', '.join(unused)}.")


def _reach(start: str, questions: Mapping[str, Mapping[str, Any]]) -> tuple[set[str], set[str]]:
    """Walk the graph from `start`; refuse loops (a walk must always end)."""
    seen_q: set[str] = set()
    seen_o: set[str] = set()

    def visit(qid: str, trail: tuple[str, ...]) -> None:
        if qid in trail:
            raise ValidationError(f"The questions loop back on themselves: {' -> '.join((*trail, qid))}.")
        seen_q.add(qid)
        for branch in questions[qid]["branches"]:
            if branch["outcome"] is not None:
                seen_o.add(branch["outcome"])
            else:
                visit(branch["next"], (*trail, qid))

    visit(start, ())
    return seen_q, seen_o


# -- loaded models -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Branch:
    """An answer and where it leads."""

    answer: str
    label: str
    next: str | None
    outcome: str | None


@dataclass(frozen=True)
class Question:
    """A question of a model."""

    id: str
    section: str
    text: str
    help: str
    branches: tuple[Branch, ...]

    def branch(self, answer: str) -> Branch:
        """The branch for `answer`; DecisionModelError if the question has no such answer."""
        for branch in self.branches:
            if branch.answer == answer:
                return branch
        raise DecisionModelError(f"{answer!r} is not an answer to question {self.id!r}.")


@dataclass(frozen=True)
class Outcome:
    """A recommendation."""

    code: str
    label: str
    description: str
    route: str
    reporter_message: str


@dataclass(frozen=True)
class DecisionModel:
    """One decision model, validated."""

    id: str
    name: str
    version: str
    source: str
    description: str
    start: str
    questions: Mapping[str, Question]
    outcomes: Mapping[str, Outcome]
    origin: str = "built-in"

    def question(self, qid: str) -> Question:
        """The question with id `qid`."""
        try:
            return self.questions[qid]
        except KeyError:
            raise DecisionModelError(f"Model {self.id!r} has no question {qid!r}.") from None

    def outcome(self, code: str) -> Outcome:
        """The outcome with code `code`."""
        try:
            return self.outcomes[code]
        except KeyError:
            raise DecisionModelError(f"Model {self.id!r} has no outcome {code!r}.") from None


def model_from_dict(raw: Any, *, origin: str = "built-in") -> DecisionModel:
    """Validate a parsed model file and build the model (DecisionModelError on any problem)."""
    if not isinstance(raw, dict):
        raise DecisionModelError("The file must hold one JSON object.")
    try:
        data = DecisionModelFileSchema().load(raw)
    except ValidationError as exc:
        raise DecisionModelError(_describe(exc.messages)) from None
    questions = {
        q["id"]: Question(
            id=q["id"], section=q["section"], text=q["text"], help=q["help"],
            branches=tuple(Branch(b["answer"], b["label"], b["next"], b["outcome"]) for b in q["branches"]),
        )
        for q in data["questions"]
    }
    outcomes = {
        o["code"]: Outcome(o["code"], o["label"], o["description"], o["route"], o["reporter_message"])
        for o in data["outcomes"]
    }
    return DecisionModel(
        id=data["id"], name=data["name"], version=data["version"], source=data["source"],
        description=data["description"], start=data["start"], questions=questions, outcomes=outcomes,
        origin=origin,
    )


def _describe(messages: Any, prefix: str = "") -> str:
    if isinstance(messages, dict):
        parts = []
        for key, value in messages.items():
            where = prefix if key == "_schema" else (f"{prefix}.{key}" if prefix else str(key))
            parts.append(_describe(value, where))
        return "; ".join(parts)
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        text = " ".join(messages)
        return f"{prefix}: {text}" if prefix else text
    if isinstance(messages, list):
        return "; ".join(_describe(m, prefix) for m in messages)
    return f"{prefix}: {messages}" if prefix else str(messages)


def load_model_file(path: Path, *, origin: str = "built-in") -> DecisionModel:
    """Read and validate one model file; the error names the file and what is wrong."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionModelError(f"{path.name}: cannot be read ({type(exc).__name__}).") from None
    except json.JSONDecodeError as exc:
        raise DecisionModelError(f"{path.name}: is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    try:
        return model_from_dict(raw, origin=origin)
    except DecisionModelError as exc:
        raise DecisionModelError(f"{path.name}: {exc}") from None


@dataclass(frozen=True)
class ModelLibrary:
    """Every usable model, and the organisation files that were refused (with why)."""

    models: Mapping[str, DecisionModel]
    refused: tuple[str, ...] = field(default_factory=tuple)

    def get(self, model_id: str) -> DecisionModel:
        """The model with this id; DecisionModelError if there is none."""
        try:
            return self.models[model_id]
        except KeyError:
            raise DecisionModelError(f"There is no decision model {model_id!r}.") from None


def load_library(organisation_dir: Path | None = None, builtin_dir: Path = BUILTIN_DIR) -> ModelLibrary:
    """The built-in models plus valid organisation models; invalid organisation files are refused.

    A built-in file that fails validation is a programming error and raises; an organisation file
    that fails is listed in `refused` so the admin page can say why, and the rest still load.
    """
    models: dict[str, DecisionModel] = {}
    for path in sorted(builtin_dir.glob("*.json")):
        model = load_model_file(path)
        models[model.id] = model
    refused: list[str] = []
    if organisation_dir is not None and organisation_dir.is_dir():
        for path in sorted(organisation_dir.glob("*.json")):
            try:
                model = load_model_file(path, origin="organisation")
            except DecisionModelError as exc:
                refused.append(str(exc))
                continue
            if model.id in models:
                refused.append(f"{path.name}: the id {model.id!r} is already used by another model.")
                continue
            models[model.id] = model
    return ModelLibrary(models=models, refused=tuple(refused))


# -- the engine ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """A question on the path, the answer given and where it led."""

    question: Question
    branch: Branch


@dataclass(frozen=True)
class Walk:
    """Where a set of answers leads: the path so far and the next question or the outcome."""

    model: DecisionModel
    steps: tuple[Step, ...]
    next_question: Question | None
    outcome: Outcome | None

    @property
    def complete(self) -> bool:
        """True once the answers reach an outcome."""
        return self.outcome is not None

    @property
    def answers(self) -> dict[str, str]:
        """Only the answers on the path (answers to questions the path skipped are dropped)."""
        return {step.question.id: step.branch.answer for step in self.steps}


def walk(model: DecisionModel, answers: Mapping[str, str]) -> Walk:
    """Follow `answers` from the first question; stop at the first unanswered question or an outcome."""
    steps: list[Step] = []
    question: Question | None = model.question(model.start)
    while question is not None:
        answer = answers.get(question.id)
        if answer is None:
            return Walk(model, tuple(steps), question, None)
        branch = question.branch(answer)
        steps.append(Step(question, branch))
        if branch.outcome is not None:
            return Walk(model, tuple(steps), None, model.outcome(branch.outcome))
        question = model.question(str(branch.next))
    raise DecisionModelError("unreachable")  # pragma: no cover - the schema forbids dead ends


def all_paths(model: DecisionModel) -> list[tuple[dict[str, str], str]]:
    """Every path through the model as (answers, outcome code), in question order."""
    paths: list[tuple[dict[str, str], str]] = []

    def visit(qid: str, answers: dict[str, str]) -> None:
        for branch in model.question(qid).branches:
            taken = {**answers, qid: branch.answer}
            if branch.outcome is not None:
                paths.append((taken, branch.outcome))
            else:
                visit(str(branch.next), taken)

    visit(model.start, {})
    return paths
