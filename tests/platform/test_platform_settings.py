"""Settings reach the app: cookie flags, request size, production secrets, env parsing, README."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pyotp
import pytest
from flask import Flask

from config.app import create_app
from config.crypto import Keyring
from config.database import db, transaction
from config.identity import services as identity
from config.settings import ROOT, SettingsError, documented_variables, load_settings
from tests.conftest import PASSWORD, PG_URL, csrf_from, make_staff

HTTPS = "https://candour.test"


def _production_values(tmp_path: Path) -> dict[str, Any]:
    keyring = tmp_path / "prod-keys" / "keyring.json"
    contact = tmp_path / "prod-keys" / "contact"
    Keyring.generate(keyring, contact).save()
    return {
        "profile": "production",
        "secret_key": "s" * 48,
        "database_url": PG_URL or f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        "keyring_path": keyring,
        "contact_key_dir": contact,
        "ratelimit_storage_uri": "memory://",
    }


@pytest.fixture
def production_app(tmp_path: Path) -> Any:
    # No app context stays pushed while requests run: each request gets its own `g`, as in
    # production (a shared `g` would carry one request's CSRF token into the next).
    application = create_app(load_settings(environ={}, **_production_values(tmp_path)))
    with application.app_context():
        if PG_URL:
            db.drop_all()
        db.create_all()
    yield application
    with application.app_context():
        if PG_URL:
            db.drop_all()
        db.engine.dispose()


def _set_cookie_headers(response: Any) -> list[str]:
    return response.headers.getlist("Set-Cookie")


def test_session_cookie_flags_in_test_profile(app: Flask, client: Any) -> None:
    user = make_staff("reviewer")
    page = client.get("/staff/sign-in")
    response = client.post("/staff/sign-in", data={"email": user.email, "password": PASSWORD,
                                                    "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert response.status_code == 302
    [cookie] = [c for c in _set_cookie_headers(response) if c.startswith("candour_session=")]
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}
    assert "httponly" in attributes
    assert "samesite=strict" in cookie.lower()
    assert "path=/" in cookie.lower()


def test_production_cookie_is_secure_host_prefixed_after_sign_in(production_app: Flask) -> None:
    client = production_app.test_client()
    headers = {"Referer": f"{HTTPS}/staff/sign-in"}  # CSRF SSL-strict checks the referrer
    start = dt.datetime.now(dt.UTC)
    secret = pyotp.random_base32()
    totp = pyotp.TOTP(secret)
    with production_app.app_context():
        user = make_staff("reviewer", now=start)
        email = user.email
        with transaction():
            # Enrol on an earlier step, so the current code is not a replay of the enrolment code.
            earlier = start - dt.timedelta(seconds=90)
            identity.enrol_totp(user, secret, totp.at(earlier), now=earlier)
    page = client.get("/staff/sign-in", base_url=HTTPS)
    response = client.post("/staff/sign-in", base_url=HTTPS, headers=headers, data={
        "email": email, "password": PASSWORD, "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert "/staff/sign-in/code" in response.headers["Location"]
    page = client.get("/staff/sign-in/code", base_url=HTTPS)
    response = client.post("/staff/sign-in/code", base_url=HTTPS, headers=headers, data={
        "code": totp.now(), "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    [cookie] = [c for c in _set_cookie_headers(response) if c.startswith("__Host-candour=")]
    lowered = [part.strip().lower() for part in cookie.split(";")]
    assert "secure" in lowered
    assert "httponly" in lowered
    assert "samesite=strict" in lowered
    assert "path=/" in lowered
    assert not any(part.startswith("domain=") for part in lowered)  # __Host- forbids Domain
    assert client.get("/staff/", base_url=HTTPS).status_code == 200
    # A secure cookie is not sent over plain HTTP, so the same client is signed out there.
    assert client.get("/staff/").status_code == 302


def test_request_larger_than_max_content_length_is_413(app: Flask, client: Any) -> None:
    limit = app.config["CANDOUR_SETTINGS"].max_request_bytes
    assert app.config["MAX_CONTENT_LENGTH"] == limit
    response = client.post("/staff/sign-in", data={"email": "x" * (limit + 10), "password": "p"})
    assert response.status_code == 413


@pytest.mark.parametrize("missing", ["secret_key", "database_url", "keyring", "totp", "cookie"])
def test_production_refuses_to_start_without_its_secrets(tmp_path: Path, missing: str) -> None:
    values = _production_values(tmp_path)
    if missing == "keyring":
        values["keyring_path"] = tmp_path / "nowhere" / "keyring.json"
    elif missing == "totp":
        values["require_totp"] = False
    elif missing == "cookie":
        values["session_cookie_secure"] = False
    else:
        values[missing] = ""
    with pytest.raises(SettingsError):
        load_settings(environ={}, **values)


def test_production_secrets_from_the_environment(tmp_path: Path) -> None:
    values = _production_values(tmp_path)
    env = {"CANDOUR_PROFILE": "production", "SECRET_KEY": "k" * 40,
           "DATABASE_URL": values["database_url"], "CANDOUR_KEYRING": str(values["keyring_path"])}
    settings = load_settings(environ=env)
    assert settings.is_production and settings.require_totp
    assert settings.session_cookie_name.startswith("__Host-") and settings.session_cookie_secure
    with pytest.raises(SettingsError):
        load_settings(environ={k: v for k, v in env.items() if k != "SECRET_KEY"})
    with pytest.raises(SettingsError):
        load_settings(environ={**env, "SECRET_KEY": "short"})
    with pytest.raises(SettingsError):
        load_settings(environ={**env, "REQUIRE_TOTP": "false"})


def test_environment_variables_are_parsed_and_validated(tmp_path: Path) -> None:
    base = {"CANDOUR_PROFILE": "test", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    settings = load_settings(environ={**base, "MAX_REQUEST_BYTES": "4096", "REQUIRE_TOTP": "yes",
                                      "SESSION_IDLE_MINUTES": "7",
                                      "CANDOUR_KEYRING": str(tmp_path / "k.json")})
    assert settings.max_request_bytes == 4096
    assert settings.require_totp is True
    assert settings.session_idle_minutes == 7
    assert settings.keyring_path == tmp_path / "k.json"
    for name, bad in [("MAX_REQUEST_BYTES", "lots"), ("SESSION_IDLE_MINUTES", "1.5"),
                      ("REQUIRE_TOTP", "maybe"), ("SESSION_COOKIE_SECURE", "2"),
                      ("CANDOUR_PROFILE", "staging")]:
        with pytest.raises(SettingsError):
            load_settings(environ={**base, name: bad})
    with pytest.raises(SettingsError):
        load_settings(environ=base, not_a_setting=1)


def test_log_level_is_read_in_either_case_as_gunicorn_reads_it(tmp_path: Path) -> None:
    # gunicorn.conf.py lower-cases LOG_LEVEL for itself; "info" once crashed every worker
    # at boot ("Unknown level: 'info'") instead of being read as INFO.
    base = {"CANDOUR_PROFILE": "test", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    assert load_settings(environ={**base, "LOG_LEVEL": "info"}).log_level == "INFO"
    assert load_settings(environ={**base, "LOG_LEVEL": " Warning "}).log_level == "WARNING"
    with pytest.raises(SettingsError, match="LOG_LEVEL"):
        load_settings(environ={**base, "LOG_LEVEL": "chatty"})


def test_settings_reach_the_app(tmp_path: Path) -> None:
    values = _production_values(tmp_path)
    values.update(profile="test", max_request_bytes=5000, session_lifetime_minutes=42,
                  session_cookie_name="candour_custom", require_totp=False)
    application = create_app(load_settings(environ={}, **values))
    config = application.config
    assert config["SESSION_COOKIE_NAME"] == "candour_custom"
    assert config["SESSION_COOKIE_HTTPONLY"] is True
    assert config["SESSION_COOKIE_SAMESITE"] == "Strict"
    assert config["MAX_CONTENT_LENGTH"] == 5000
    assert config["PERMANENT_SESSION_LIFETIME"] == dt.timedelta(minutes=42)
    assert config["SECRET_KEY"] == "s" * 48
    with application.app_context():
        db.engine.dispose()


def test_every_variable_is_documented_in_the_readme() -> None:
    readme = ROOT / "README.md"
    assert readme.is_file(), "README.md is missing (the lead writes it; it must list every variable)"
    text = readme.read_text("utf-8")
    missing = [name for name in documented_variables() if not re.search(rf"\b{name}\b", text)]
    assert not missing, f"README.md does not document: {missing}"
