"""Every path through each of the three decision models reaches its documented outcome.

The expected tables below are written from the sources (DESIGN.md section 3: the NHS guide 2018,
Reason 1997, Marx 2001), not generated from the files, so a wrong branch in a data file fails.
The engine's own list of paths must equal the table: no undocumented path, none missing.
"""

from __future__ import annotations

import json

import pytest

from config.justculture import (
    BUILTIN_DIR,
    DecisionModelError,
    all_paths,
    load_library,
    load_model_file,
    model_from_dict,
    walk,
)

Y, N = "yes", "no"
NHS_HEALTH = ("substance_misuse", "physical_ill_health", "mental_ill_health")
_NHS_CLEAR = {"deliberate_harm": N, "substance_misuse": N, "physical_ill_health": N, "mental_ill_health": N}
_NHS_FORESIGHT = {**_NHS_CLEAR, "protocols_exist": Y, "protocols_workable": Y, "knowing_departure": Y}
_NHS_SUBSTITUTION = {**_NHS_FORESIGHT, "peer_substitution": N, "missed_training": N, "supervision_absent": N}

DOCUMENTED: dict[str, list[tuple[dict[str, str], str, str]]] = {
    "nhs-just-culture-guide-2018": [
        # (1) deliberate harm -> outside the learning route
        ({"deliberate_harm": Y}, "deliberate_harm", "outside_learning_route"),
        # (2) health: substance misuse, physical or mental ill health -> health and wellbeing support
        ({"deliberate_harm": N, "substance_misuse": Y}, "substance_misuse", "health_support"),
        (
            {"deliberate_harm": N, "substance_misuse": N, "physical_ill_health": Y},
            "physical_ill_health",
            "health_support",
        ),
        (
            {**{k: v for k, v in _NHS_CLEAR.items() if k != "mental_ill_health"}, "mental_ill_health": Y},
            "mental_ill_health",
            "health_support",
        ),
        # (3) foresight: any "no" -> system issue
        ({**_NHS_CLEAR, "protocols_exist": N}, "system_no_protocol", "learning"),
        (
            {**_NHS_CLEAR, "protocols_exist": Y, "protocols_workable": N},
            "system_unworkable_protocol",
            "learning",
        ),
        (
            {**_NHS_CLEAR, "protocols_exist": Y, "protocols_workable": Y, "knowing_departure": N},
            "system_unintended_departure",
            "learning",
        ),
        # (4) substitution: any "yes" -> system issue
        ({**_NHS_FORESIGHT, "peer_substitution": Y}, "system_peers_would_do_same", "learning"),
        (
            {**_NHS_FORESIGHT, "peer_substitution": N, "missed_training": Y},
            "system_missed_training",
            "learning",
        ),
        (
            {**_NHS_FORESIGHT, "peer_substitution": N, "missed_training": N, "supervision_absent": Y},
            "system_supervision_absent",
            "learning",
        ),
        # (5) mitigating circumstances: yes -> support, HR advice; no -> individual learning, graduated
        (
            {**_NHS_SUBSTITUTION, "mitigating_circumstances": Y},
            "mitigated_individual_support",
            "individual_support",
        ),
        ({**_NHS_SUBSTITUTION, "mitigating_circumstances": N}, "individual_learning", "individual_support"),
    ],
    "reason-culpability-tree-1997": [],  # filled below: the tree's lower half repeats
    "marx-just-culture": [
        ({"intent_to_harm": Y}, "purposeful_harm", "outside_learning_route"),
        ({"intent_to_harm": N, "behavioural_choice": N}, "human_error", "learning"),  # console
        (
            {"intent_to_harm": N, "behavioural_choice": Y, "conscious_disregard": N},
            "at_risk_behaviour",
            "individual_support",
        ),  # coach
        (
            {"intent_to_harm": N, "behavioural_choice": Y, "conscious_disregard": Y},
            "reckless_behaviour",
            "individual_support",
        ),  # sanction
    ],
}


def _reason_lower(prefix: dict[str, str]) -> list[tuple[dict[str, str], str, str]]:
    """Reason's tree below the intention questions (substances, violations, substitution, history)."""
    return [
        (
            {**prefix, "unauthorised_substance": Y, "medical_condition": N},
            "substance_misuse_without_mitigation",
            "health_support",
        ),
        (
            {**prefix, "unauthorised_substance": Y, "medical_condition": Y},
            "substance_misuse_with_mitigation",
            "health_support",
        ),
        (
            {**prefix, "unauthorised_substance": N, "knowing_violation": Y, "procedures_sound": Y},
            "possible_reckless_violation",
            "individual_support",
        ),
        (
            {**prefix, "unauthorised_substance": N, "knowing_violation": Y, "procedures_sound": N},
            "system_induced_violation",
            "learning",
        ),
        (
            {
                **prefix,
                "unauthorised_substance": N,
                "knowing_violation": N,
                "substitution_test": N,
                "training_deficiencies": N,
            },
            "possible_negligent_error",
            "individual_support",
        ),
        (
            {
                **prefix,
                "unauthorised_substance": N,
                "knowing_violation": N,
                "substitution_test": N,
                "training_deficiencies": Y,
            },
            "system_induced_error",
            "learning",
        ),
        (
            {
                **prefix,
                "unauthorised_substance": N,
                "knowing_violation": N,
                "substitution_test": Y,
                "history_of_unsafe_acts": Y,
            },
            "blameless_error_remedial_training",
            "individual_support",
        ),
        (
            {
                **prefix,
                "unauthorised_substance": N,
                "knowing_violation": N,
                "substitution_test": Y,
                "history_of_unsafe_acts": N,
            },
            "blameless_error",
            "learning",
        ),
    ]


DOCUMENTED["reason-culpability-tree-1997"] = [
    ({"actions_intended": Y, "consequences_intended": Y}, "sabotage", "outside_learning_route"),
    *_reason_lower({"actions_intended": Y, "consequences_intended": N}),
    *_reason_lower({"actions_intended": N}),
]

CASES = [
    (model_id, answers, outcome, route)
    for model_id, paths in DOCUMENTED.items()
    for answers, outcome, route in paths
]


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_the_three_models_are_present(library):
    assert set(library.models) == set(DOCUMENTED)
    assert not library.refused


@pytest.mark.parametrize("model_id", sorted(DOCUMENTED))
def test_engine_paths_equal_the_documented_paths(library, model_id):
    found = sorted((sorted(a.items()), o) for a, o in all_paths(library.get(model_id)))
    documented = sorted((sorted(a.items()), o) for a, o, _ in DOCUMENTED[model_id])
    assert found == documented


@pytest.mark.parametrize(
    ("model_id", "answers", "outcome", "route"),
    CASES,
    ids=[f"{m}:{o}:{i}" for i, (m, _a, o, _r) in enumerate(CASES)],
)
def test_every_path_walks_to_its_documented_outcome(library, model_id, answers, outcome, route):
    model = library.get(model_id)
    # Walk it one question at a time, as the pages do.
    given: dict[str, str] = {}
    result = walk(model, given)
    while not result.complete:
        question = result.next_question
        assert question is not None and question.id in answers, f"asked an undocumented question {question}"
        given[question.id] = answers[question.id]
        result = walk(model, given)
    assert result.outcome is not None
    assert result.outcome.code == outcome
    assert result.outcome.route == route
    assert result.answers == answers
    assert result.outcome.reporter_message


def test_deliberate_harm_is_the_only_way_out_of_the_learning_route(library):
    for model_id, answers, _outcome, route in CASES:
        intent = (
            answers.get("deliberate_harm")
            or answers.get("intent_to_harm")
            or (answers.get("consequences_intended") if answers.get("actions_intended") == Y else None)
        )
        assert (route == "outside_learning_route") == (intent == Y), (model_id, answers)


def test_unknown_answer_is_refused(library):
    with pytest.raises(DecisionModelError, match="not an answer"):
        walk(library.get("marx-just-culture"), {"intent_to_harm": "maybe"})


def test_answers_off_the_path_are_dropped(library):
    result = walk(library.get("marx-just-culture"), {"intent_to_harm": Y, "behavioural_choice": N})
    assert result.answers == {"intent_to_harm": Y}


def _builtin(name: str) -> dict:
    return json.loads((BUILTIN_DIR / name).read_text("utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.pop("outcomes"), "outcomes"),
        (lambda m: m.update(start="nowhere"), "`start` names no question"),
        (lambda m: m["questions"][0]["branches"][0].update(outcome="missing"), "unknown outcome 'missing'"),
        (lambda m: m["questions"][0]["branches"][1].update(next="missing"), "unknown question 'missing'"),
        (
            lambda m: m["questions"][2]["branches"][1].update(next="intent_to_harm", outcome=None),
            "loop back on themselves",
        ),
        (lambda m: m["questions"][1]["branches"][0].update(next=None), "exactly one of"),
        (lambda m: m["outcomes"][0].update(route="punishment"), "Must be one of"),
        (
            lambda m: m["questions"].append(
                {
                    "id": "orphan",
                    "text": "?",
                    "branches": [
                        {"answer": "yes", "label": "Yes", "outcome": "human_error"},
                        {"answer": "no", "label": "No", "outcome": "human_error"},
                    ],
                }
            ),
            "can never be reached: orphan",
        ),
    ],
)
def test_invalid_models_are_refused_with_a_clear_message(change, message):
    raw = _builtin("marx_just_culture.json")
    change(raw)
    with pytest.raises(DecisionModelError, match=message):
        model_from_dict(raw)


def test_organisation_models_load_and_bad_files_are_refused(tmp_path):
    own = _builtin("marx_just_culture.json")
    own.update(id="our-model", name="Our own model")
    (tmp_path / "ours.json").write_text(json.dumps(own), "utf-8")
    (tmp_path / "broken.json").write_text("{not json", "utf-8")
    clash = _builtin("marx_just_culture.json")
    (tmp_path / "clash.json").write_text(json.dumps(clash), "utf-8")
    library = load_library(tmp_path)
    assert "our-model" in library.models and library.models["our-model"].origin == "organisation"
    assert any(r.startswith("broken.json: is not valid JSON") for r in library.refused)
    assert any(
        r.startswith("clash.json: the id 'marx-just-culture' is already used") for r in library.refused
    )
    assert len(library.models) == 4


def test_builtin_files_each_validate():
    for path in sorted(BUILTIN_DIR.glob("*.json")):
        assert load_model_file(path).questions
