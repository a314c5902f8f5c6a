"""Operator commands: create, list and disable staff; the development bootstrap."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask, g
from flask.testing import FlaskClient

from config.app import create_app
from config.crypto import Keyring
from config.identity import services as identity
from config.settings import load_settings
from tests.conftest import PASSWORD, PG_URL, csrf_from, make_staff, sign_in


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A client whose requests each get a fresh `g` (conftest keeps one app context pushed)."""

    @app.before_request
    def _fresh_request_globals() -> None:
        g.pop("csrf_token", None)
        g.pop("csp_nonce", None)

    return app.test_client()


def test_users_create_and_list(app: Flask, client: FlaskClient) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "create", "--email", "Chair@Example.org", "--role", "chair"],
                           env={"CANDOUR_NEW_PASSWORD": PASSWORD})
    assert result.exit_code == 0, result.output
    assert "Created chair@example.org (chair)" in result.output
    assert PASSWORD not in result.output
    user = identity.find_user_by_email("chair@example.org")
    assert user is not None and user.role == "chair"
    sign_in(client, user)
    assert client.get("/staff/").status_code == 200

    listing = runner.invoke(args=["users", "list"])
    assert listing.exit_code == 0
    assert "chair@example.org\tchair\tactive\tno-totp" in listing.output


@pytest.mark.parametrize("args, password, message", [
    (["--role", "wizard"], PASSWORD, "role"),
    (["--role", "reviewer"], "short", "12 characters"),
])
def test_users_create_refuses_bad_input(app: Flask, args: list[str], password: str, message: str) -> None:
    result = app.test_cli_runner().invoke(args=["users", "create", "--email", "x@example.org", *args],
                                          env={"CANDOUR_NEW_PASSWORD": password})
    assert result.exit_code != 0
    assert message in result.output
    assert identity.find_user_by_email("x@example.org") is None


def test_users_create_refuses_a_duplicate(app: Flask) -> None:
    make_staff("reviewer", "dup@example.org")
    result = app.test_cli_runner().invoke(args=["users", "create", "--email", "dup@example.org",
                                                "--role", "admin"], env={"CANDOUR_NEW_PASSWORD": PASSWORD})
    assert result.exit_code != 0 and "already exists" in result.output


def test_users_disable_ends_sessions(app: Flask, client: FlaskClient) -> None:
    user = make_staff("reviewer", "leaver@example.org")
    sign_in(client, user)
    assert client.get("/staff/").status_code == 200
    result = app.test_cli_runner().invoke(args=["users", "disable", "--email", "leaver@example.org"])
    assert result.exit_code == 0, result.output
    response = client.get("/staff/")
    assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]
    token = csrf_from(client.get("/staff/sign-in").get_data(as_text=True))
    response = client.post("/staff/sign-in", data={"email": user.email, "password": PASSWORD,
                                                    "csrf_token": token})
    assert response.status_code == 400
    listing = app.test_cli_runner().invoke(args=["users", "list"]).output
    assert "leaver@example.org\treviewer\tdisabled" in listing
    missing = app.test_cli_runner().invoke(args=["users", "disable", "--email", "nobody@example.org"])
    assert missing.exit_code != 0


def test_dev_bootstrap_forces_a_password_change(app: Flask, client: FlaskClient) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["dev", "bootstrap", "--email", "admin@candour.test"])
    assert result.exit_code == 0, result.output
    match = re.search(r"one-time password: (\S+)", result.output)
    assert match
    once = match.group(1)
    again = runner.invoke(args=["dev", "bootstrap", "--email", "admin@candour.test"])
    assert again.exit_code == 0 and once not in again.output

    token = csrf_from(client.get("/staff/sign-in").get_data(as_text=True))
    response = client.post("/staff/sign-in", data={"email": "admin@candour.test", "password": once,
                                                    "csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/staff/account/password")
    # The change cannot be skipped by going elsewhere.
    response = client.get("/staff/")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/staff/account/password")

    page = client.get("/staff/account/password")
    assert page.status_code == 200
    new = "a brand new long passphrase"
    response = client.post("/staff/account/password", data={
        "password": new, "confirm": new, "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert response.status_code == 302
    assert client.get("/staff/").status_code == 200
    user = identity.find_user_by_email("admin@candour.test")
    assert user is not None and not user.must_change_password and user.role == "admin"


def test_dev_bootstrap_is_refused_in_production(tmp_path: Path) -> None:
    # No `app` fixture: Flask CLI commands run in an already-pushed app context if there is one.
    keyring = tmp_path / "prod" / "keyring.json"
    Keyring.generate(keyring, tmp_path / "prod" / "contact").save()
    production = create_app(load_settings(
        environ={}, profile="production", secret_key="p" * 40,
        database_url=PG_URL or f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        keyring_path=keyring, contact_key_dir=tmp_path / "prod" / "contact"))
    result = production.test_cli_runner().invoke(args=["dev", "bootstrap"])
    assert result.exit_code != 0 and "not in production" in result.output
    assert "one-time password" not in result.output
