"""Fixtures for the reporting tests: submit through the API or the web form, and read receipts."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask.testing import FlaskClient

CANARY_IP = "203.0.113.77"
CANARY_UA = "CanaryBrowser/9.9 (canary-ua-7f3e)"


def _csrf(client: FlaskClient, url: str = "/report") -> str:
    html = client.get(url).get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


@pytest.fixture
def api_submit(client: FlaskClient) -> Any:
    """POST /api/v1/reports and return the JSON (asserting 201)."""

    def _submit(**fields: Any) -> dict[str, Any]:
        body = {"kind": "incident", "narrative": "The referral was not passed on at handover."}
        body.update(fields)
        response = client.post("/api/v1/reports", json=body)
        assert response.status_code == 201, response.get_json()
        data: dict[str, Any] = response.get_json()
        return data

    return _submit


@pytest.fixture
def web_submit(client: FlaskClient) -> Any:
    """Send a complete report through the web form's final page; returns (response, receipt)."""

    def _submit(**answers: Any) -> tuple[Any, str | None]:
        data: dict[str, Any] = {
            "kind": "incident",
            "path": "short",
            "immediate_risk": "no",
            "narrative": "A child's plan was not shared with the school.",
            "wants_contact": "no",
        }
        data.update(answers)
        data.update({"csrf_token": _csrf(client), "step": "check", "go": "send"})
        response = client.post("/report", data=data)
        match = re.search(r'id="receipt"><strong>([^<]+)</strong>', response.get_data(as_text=True))
        return response, (match.group(1) if match else None)

    return _submit


@pytest.fixture
def form_csrf(client: FlaskClient) -> Any:
    """A CSRF token for the client's session."""
    return lambda url="/report": _csrf(client, url)
