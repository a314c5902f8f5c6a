"""Every field rejects bad input with a clear message and writes nothing; no request is a 500.

Hypothesis drives each JSON and form field with arbitrary values; schemathesis walks the OpenAPI
document. Runs are bounded and deterministic (derandomize, small max_examples, no deadline).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reporting import services

JSON_FIELDS = [
    "kind",
    "narrative",
    "why_it_matters",
    "what_would_help",
    "service_area",
    "setting",
    "occurred_month",
    "harm_grade",
    "roles_involved",
    "factors",
    "factors_other",
    "already_done",
    "quote_consent",
    "immediate_risk",
    "contact",
    "access_code",
    "unexpected",
]
FORM_FIELDS = [
    "kind",
    "path",
    "immediate_risk",
    "narrative",
    "why_it_matters",
    "what_would_help",
    "service_area",
    "setting",
    "occurred_month",
    "harm_grade",
    "roles_involved",
    "factors",
    "factors_other",
    "already_done",
    "quote_consent",
    "wants_contact",
    "contact_name",
    "contact_phone",
    "contact_email",
    "step",
    "go",
]
FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=50)
    | st.sampled_from(
        [
            "\x00",
            "\ud800",
            "\u202e",
            "2099-01",
            "x" * 20_001,
            "health",
            "nurse",
            "",
            "<script>alert(1)</script>",
            "a" * 300,
        ]
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
form_values = st.text(max_size=60) | st.sampled_from(
    [
        "\x00",
        "\x1b[31m",
        "\u202e",
        "yes",
        "no",
        "maybe",
        "x" * 20_001,
        "2099-01",
        "health",
        "check",
        "send",
        "save",
        "back",
        "",
    ]
)


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"submissions_per_hour": 100_000, "followups_per_hour": 100_000}


@pytest.mark.parametrize("field", JSON_FIELDS)
def test_json_fields_never_500_and_invalid_input_writes_nothing(app, client, field):
    @FUZZ
    @given(value=json_values)
    def check(value: Any) -> None:
        before = services.count_reports()
        body = {"kind": "incident", "narrative": "A near miss at handover.", field: value}
        response = client.post("/api/v1/reports", json=body)
        assert response.status_code in (201, 400, 422), response.get_data(as_text=True)[:300]
        if response.status_code == 201:
            assert services.count_reports() == before + 1
        else:
            assert services.count_reports() == before
            errors = response.get_json().get("errors") or {}
            assert response.status_code == 400 or errors, response.get_json()
            assert all(isinstance(m, str) and m for ms in errors.values() for m in ms)

    check()


@pytest.mark.parametrize("field", FORM_FIELDS)
def test_form_fields_never_500_and_invalid_input_writes_nothing(app, client, form_csrf, field):
    token = form_csrf()

    @FUZZ
    @given(value=form_values)
    def check(value: str) -> None:
        before = services.count_reports()
        data = {
            "csrf_token": token,
            "kind": "incident",
            "path": "short",
            "immediate_risk": "no",
            "narrative": "A near miss at handover.",
            "wants_contact": "no",
            "step": "check",
            "go": "send",
            field: value,
        }
        response = client.post("/report", data=data)
        assert response.status_code in (200, 201, 400), response.status_code
        page = response.get_data(as_text=True)
        if response.status_code == 201:
            assert services.count_reports() == before + 1
        else:
            assert services.count_reports() == before
        if response.status_code == 400:
            assert "govuk-error-summary" in page or "not right" in page
        assert "<script>alert(1)" not in page

    check()


def test_followup_fields_never_500(app, client):
    @FUZZ
    @given(
        body=st.dictionaries(
            st.sampled_from(["receipt", "body", "reply_to", "extra"]), json_values, max_size=4
        )
    )
    def check(body: dict[str, Any]) -> None:
        for path in ("/api/v1/followup", "/api/v1/followup/messages", "/api/v1/followup/withdraw"):
            response = client.post(path, json=body)
            assert response.status_code in (400, 404, 422), (path, response.status_code)

    check()


# -- schemathesis over the OpenAPI document ---------------------------------------------------------------
@pytest.fixture
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


# Only this area's operations (other areas run schemathesis over their own).
schema = schemathesis.pytest.from_fixture("api_schema").include(
    path_regex=r"^/api/v1/(reports|followup|followup/messages|followup/withdraw)$"
)


@schema.parametrize()
@settings(
    max_examples=30, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
def test_openapi_operations_never_answer_5xx(case, app):
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.status_code)
    if case.method.upper() == case.operation.method.upper():  # the coverage phase also tries others
        assert response.status_code in {int(code) for code in case.operation.definition.raw["responses"]} | {
            400
        }
    if response.status_code == 201 and case.path == "/api/v1/reports":
        assert re.fullmatch(r"CR-[A-Z2-9]{10}", response.json()["reference"])
