"""Default deny, CSRF, security headers and error pages that leak nothing."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask, abort, g
from flask.testing import FlaskClient

from config.security import Role, policy_of, public, staff
from tests.conftest import make_staff, sign_in

CANARY = "canary-secret-7f3a9b"


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A client whose requests each get a fresh `g` (conftest keeps one app context pushed)."""

    @app.before_request
    def _fresh_request_globals() -> None:
        g.pop("csrf_token", None)
        g.pop("csp_nonce", None)

    def boom() -> str:
        raise RuntimeError(f"{CANARY} in /srv/candour/secret.py line 12")

    def throttled() -> str:
        abort(429)

    def admin_only() -> str:
        return "admin"

    def staff_api() -> dict[str, str]:
        return {"ok": "yes"}

    def undeclared() -> str:
        return "should never be served"

    app.add_url_rule("/test-platform/boom", "test_platform_boom", public(boom))
    app.add_url_rule("/api/v1/test-platform/boom", "test_platform_api_boom", public(boom))
    app.add_url_rule("/test-platform/throttled", "test_platform_throttled", public(throttled))
    app.add_url_rule("/test-platform/admin", "test_platform_admin", staff(Role.ADMIN)(admin_only))
    app.add_url_rule("/api/v1/test-platform/staff", "test_platform_staff_api", staff()(staff_api))
    app.add_url_rule("/test-platform/undeclared", "test_platform_undeclared", undeclared)
    return app.test_client()


# -- default deny ---------------------------------------------------------------------------------
def test_every_endpoint_declares_a_policy(app: Flask) -> None:
    rows = []
    undeclared = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        policy = policy_of(app.view_functions[rule.endpoint])
        rows.append((rule.endpoint, rule.rule, ",".join(sorted(rule.methods - {"HEAD", "OPTIONS"})),
                     policy.describe() if policy else "UNDECLARED"))
        if policy is None:
            undeclared.append(rule.endpoint)
    width = max(len(r[0]) for r in rows)
    print("\nendpoint".ljust(width + 2), "policy")
    for endpoint, path, methods, policy in rows:
        print(f"{endpoint:<{width}}  {policy:<28} {methods:<10} {path}")
    assert not undeclared, f"endpoints without @public/@staff: {undeclared}"
    assert policy_of(app.view_functions["identity.sign_in"]).public  # type: ignore[union-attr]
    assert not policy_of(app.view_functions["review.home"]).public  # type: ignore[union-attr]


def test_an_undeclared_endpoint_answers_404(client: FlaskClient) -> None:
    response = client.get("/test-platform/undeclared")
    assert response.status_code == 404
    assert "should never be served" not in response.get_data(as_text=True)


def test_staff_pages_need_a_session(client: FlaskClient) -> None:
    response = client.get("/staff/")
    assert response.status_code == 302
    assert "/staff/sign-in" in response.headers["Location"]
    assert client.get("/api/v1/test-platform/staff").status_code == 401


def test_wrong_role_is_refused(client: FlaskClient) -> None:
    user = make_staff("reviewer")
    sign_in(client, user)
    response = client.get("/test-platform/admin")
    assert response.status_code == 403
    assert "admin" != response.get_data(as_text=True)


# -- CSRF -----------------------------------------------------------------------------------------
def test_post_form_without_csrf_token_is_refused(client: FlaskClient) -> None:
    user = make_staff("reviewer")
    client.get("/staff/sign-in")
    response = client.post("/staff/sign-in", data={"email": user.email, "password": "whatever-it-is"})
    assert response.status_code == 400
    response = client.post("/staff/sign-in", data={"email": user.email, "password": "x",
                                                   "csrf_token": "forged-token"})
    assert response.status_code == 400


def test_sign_out_needs_csrf_token(client: FlaskClient) -> None:
    sign_in(client, make_staff("reviewer"))
    assert client.post("/staff/sign-out").status_code == 400
    assert client.get("/staff/").status_code == 200  # still signed in


# -- headers --------------------------------------------------------------------------------------
def _assert_security_headers(response: Any) -> None:
    csp = response.headers["Content-Security-Policy"]
    assert re.search(r"script-src [^;]*'nonce-[A-Za-z0-9_-]{16,}'", csp)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/", "/staff/sign-in", "/privacy", "/api/v1/openapi.json"])
def test_dynamic_pages_carry_security_headers(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    _assert_security_headers(response)
    assert "no-store" in response.headers["Cache-Control"]


def test_csp_nonce_is_fresh_and_used_by_the_page(client: FlaskClient) -> None:
    first = client.get("/staff/sign-in")
    second = client.get("/staff/sign-in")
    nonce = re.search(r"'nonce-([^']+)'", first.headers["Content-Security-Policy"]).group(1)  # type: ignore[union-attr]
    other = re.search(r"'nonce-([^']+)'", second.headers["Content-Security-Policy"]).group(1)  # type: ignore[union-attr]
    assert nonce != other
    html = first.get_data(as_text=True)
    assert f'nonce="{nonce}"' in html
    assert "<script>" not in html and " style=" not in html and "onclick" not in html


# -- error pages ----------------------------------------------------------------------------------
def _assert_our_error_page(response: Any, code: int) -> str:
    assert response.status_code == code
    body = response.get_data(as_text=True)
    assert "govuk-template" in body  # our layout, not Werkzeug's
    assert "Traceback" not in body and "Werkzeug" not in body and "werkzeug" not in body
    assert CANARY not in body and "secret.py" not in body
    _assert_security_headers(response)
    return body


def test_error_pages_are_ours_and_leak_nothing(app: Flask, client: FlaskClient) -> None:
    client.get("/staff/sign-in")
    # 400: no CSRF token
    _assert_our_error_page(client.post("/staff/sign-in", data={"email": "a@b.c", "password": "p"}), 400)
    # 403: wrong role
    sign_in(client, make_staff("reviewer"))
    _assert_our_error_page(client.get("/test-platform/admin"), 403)
    # 404, 405
    body = _assert_our_error_page(client.get(f"/no-such-page-{CANARY}"), 404)
    assert CANARY not in body
    _assert_our_error_page(client.delete("/"), 405)
    # 413
    limit = app.config["MAX_CONTENT_LENGTH"]
    _assert_our_error_page(client.post("/staff/sign-in", data={"email": "x" * (limit + 1)}), 413)
    # 429
    _assert_our_error_page(client.get("/test-platform/throttled"), 429)
    # 500: an unexpected exception shows neither its message nor a traceback
    body = _assert_our_error_page(client.get("/test-platform/boom"), 500)
    assert "RuntimeError" not in body


def test_api_errors_are_json_and_leak_nothing(client: FlaskClient) -> None:
    response = client.get("/api/v1/test-platform/boom")
    assert response.status_code == 500
    assert response.is_json
    assert response.get_json()["status"] == 500
    text = response.get_data(as_text=True)
    assert CANARY not in text and "RuntimeError" not in text and "Traceback" not in text
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404 and response.is_json


def test_an_unexpected_error_rolls_back_the_transaction(app: Flask, client: FlaskClient) -> None:
    from config import audit
    from config.database import db, utcnow

    def half_done() -> str:
        audit.record("test.half", actor=audit.SYSTEM, now=utcnow())
        raise RuntimeError(CANARY)

    app.add_url_rule("/test-platform/half", "test_platform_half", public(half_done))
    assert client.get("/test-platform/half").status_code == 500
    db.session.remove()
    assert db.session.execute(db.select(audit.AuditEvent)).first() is None


def test_the_error_page_template_does_not_echo_the_path(client: FlaskClient) -> None:
    payload = "<script>alert(1)</script>"
    body = client.get(f"/{payload}").get_data(as_text=True)
    assert payload not in body
