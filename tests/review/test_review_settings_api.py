"""The admin's settings page (default model, organisation models, clocks) and the OpenAPI document."""

from __future__ import annotations

import json

import pytest

from config.justculture import BUILTIN_DIR
from review.clocks import services as clocks
from review.justculture import services as justculture
from tests.conftest import csrf_token, sign_in


@pytest.fixture
def settings_overrides(tmp_path):
    own = json.loads((BUILTIN_DIR / "marx_just_culture.json").read_text("utf-8"))
    own.update(id="our-model", name="Our own model")
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "ours.json").write_text(json.dumps(own), "utf-8")
    broken = dict(own, id="broken-model", start="nowhere")
    (tmp_path / "models" / "broken.json").write_text(json.dumps(broken), "utf-8")
    return {"just_culture_dir": tmp_path / "models"}


def test_admin_chooses_an_organisation_model_and_clock_durations(client, panel):
    sign_in(client, panel.admin)
    page = client.get("/staff/admin/settings").get_data(as_text=True)
    assert "Our own model" in page
    assert "broken.json: `start` names no question" in page  # refused with a clear message
    token = csrf_token(client, "/staff/admin/settings")
    form = {
        "default_model": "our-model",
        "acknowledge": "2",
        "deidentify": "4",
        "immediate_risk": "1",
        "triage": "7",
        "feedback": "2",
        "csrf_token": token,
    }
    response = client.post("/staff/admin/settings", data=form)
    assert response.status_code == 200 and "Settings saved" in response.get_data(as_text=True)
    assert justculture.default_model_id() == "our-model"
    assert clocks.durations()["triage"] == 7 and clocks.durations()["feedback"] == 2
    response = client.post("/staff/admin/settings", data={**form, "feedback": "99"})
    assert response.status_code == 400


def test_reviewers_can_use_the_organisation_model(client, panel, released):
    sign_in(client, panel.reviewer1)
    token = csrf_token(client, "/staff/triage")
    models = client.get("/api/v1/just-culture/models").get_json()["items"]
    assert {"our-model", "nhs-just-culture-guide-2018"} <= {m["id"] for m in models}
    assert "broken-model" not in {m["id"] for m in models}
    response = client.post(
        f"/api/v1/reports/{released.reference}/assessments",
        json={"model_id": "our-model", "act_description": "a shortcut", "answers": {"intent_to_harm": "no"}},
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 201 and response.get_json()["model_id"] == "our-model"


def test_every_review_api_endpoint_is_documented_as_staff_only(client, app):
    document = client.get("/api/v1/openapi.json").get_json()
    expected = {
        ("/api/v1/triage/queue", "get"),
        ("/api/v1/reports/{reference}", "get"),
        ("/api/v1/reports/{reference}/triage", "get"),
        ("/api/v1/reports/{reference}/triage", "post"),
        ("/api/v1/reports/{reference}/deidentification", "post"),
        ("/api/v1/reports/{reference}/assessments", "post"),
        ("/api/v1/just-culture/models", "get"),
        ("/api/v1/clocks", "get"),
    }
    for path, method in expected:
        operation = document["paths"][path][method]
        assert operation["security"] == [{"staffSession": []}], (path, method)
    panel_schema = document["components"]["schemas"]["PanelReport"]["properties"]
    assert "deidentified" in panel_schema and not {"narrative", "contact", "raw"} & set(panel_schema)
