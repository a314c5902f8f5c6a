"""Shared fixtures: a fresh app and database per test, staff factories, CSRF-aware helpers.

The suite runs on SQLite by default. Set CANDOUR_TEST_DATABASE_URL (for example
postgresql+psycopg://postgres@127.0.0.1:5432/candour_ci) to run every test against PostgreSQL;
`.ci/run` does both.
"""

from __future__ import annotations

import datetime as dt
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, g, has_app_context
from flask.testing import FlaskClient

from config.app import create_app
from config.database import db, transaction
from config.identity import services as identity
from config.identity.models import StaffUser
from config.settings import Settings, load_settings

PG_URL = os.environ.get("CANDOUR_TEST_DATABASE_URL", "")
PASSWORD = "correct horse battery staple"
NOW = dt.datetime(2026, 11, 18, 10, 30, tzinfo=dt.UTC)  # a Wednesday


def pytest_report_header(config: pytest.Config) -> str:
    where = f"PostgreSQL {PG_URL}" if PG_URL else "SQLite (set CANDOUR_TEST_DATABASE_URL for PostgreSQL)"
    return f"candour database: {where}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `postgres` are skipped, visibly and with the reason, on SQLite runs."""
    if PG_URL:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set CANDOUR_TEST_DATABASE_URL (.ci/run does)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Tests override this to change settings for one test module or test."""
    return {}


@pytest.fixture
def settings(tmp_path: Path, settings_overrides: dict[str, Any]) -> Settings:
    url = PG_URL or f"sqlite:///{tmp_path / 'candour.sqlite3'}"
    values: dict[str, Any] = {
        "profile": "test",
        "database_url": url,
        "keyring_path": tmp_path / "keys" / "keyring.json",
        "contact_key_dir": tmp_path / "keys" / "contact",
        "ratelimit_storage_uri": "memory://",
    }
    values.update(settings_overrides)
    return load_settings(environ={}, **values)


@pytest.fixture
def app(settings: Settings) -> Iterator[Flask]:
    application = create_app(settings)
    with application.app_context():
        if PG_URL:
            db.drop_all()
        db.create_all()
        yield application
        db.session.remove()
        if PG_URL:
            db.drop_all()
        db.engine.dispose()


class IsolatedClient(FlaskClient):
    """A test client whose requests start with an empty `g`, as each does in production.

    Tests hold an app context open to call services, and Flask reuses it for the client's
    requests; without this, `g` (Flask-WTF's CSRF token cache, the signed-in user) would leak
    from one request into the next and hide bugs such as a CSRF token that outlives a sign-in.
    """

    def open(self, *args: Any, **kwargs: Any) -> Any:
        if has_app_context():
            g.__dict__.clear()
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    app.test_client_class = IsolatedClient
    return app.test_client()


def make_staff(role: str, email: str | None = None, *, password: str = PASSWORD,
               now: dt.datetime = NOW) -> StaffUser:
    """Create a staff account directly through the service."""
    with transaction():
        return identity.create_user(email or f"{role}-{os.urandom(3).hex()}@example.org", role,
                                    password, actor="test", now=now)


_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    """The CSRF token embedded in a rendered form."""
    match = _CSRF.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


def csrf_token(client: FlaskClient, url: str = "/staff/sign-in") -> str:
    """Fetch a page and return the CSRF token it carries for this client's session."""
    return csrf_from(client.get(url).get_data(as_text=True))


def sign_in(client: FlaskClient, user: StaffUser, password: str = PASSWORD) -> None:
    """Sign a test client in as `user` through the real form."""
    token = csrf_token(client)
    response = client.post("/staff/sign-in", data={"email": user.email, "password": password,
                                                    "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]


@pytest.fixture
def staff_factory(app: Flask) -> Any:
    return make_staff


@pytest.fixture
def signed_in(client: FlaskClient, app: Flask) -> Any:
    """Call with a role to get a client signed in as a fresh user of that role."""

    def _sign_in(role: str) -> StaffUser:
        user = make_staff(role)
        sign_in(client, user)
        return user

    return _sign_in


# -- browser tests ---------------------------------------------------------------------------------
def _chromium_path() -> str | None:
    import shutil

    return os.environ.get("CANDOUR_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def _closing_responses(app: Flask) -> Any:
    """Read and close each response before Werkzeug's development server sends it.

    When a client hangs up mid-download (Chromium does when a test navigates on), the
    development server's clean-up raises before it closes the response, leaving a static file
    open until garbage collection. Test responses are small, so buffering them costs nothing.
    """

    def wsgi(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        body = app(environ, start_response)
        try:
            return [b"".join(body)]
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()

    return wsgi


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """Serve the test app on a free loopback port in a thread; yields the base URL."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, _closing_responses(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A real headless Chromium (Debian's) driven by Playwright."""
    executable = _chromium_path()
    if not executable:
        pytest.skip("Chromium not installed (apt-get install chromium; .ci/run does this)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Any, live_server: str) -> Iterator[Any]:
    """A fresh browser context and page; console errors and CSP violations fail the test."""
    context = chromium.new_context(base_url=live_server)
    context.set_default_timeout(10_000)
    browser_page = context.new_page()
    problems: list[str] = []
    browser_page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    browser_page.on("pageerror", lambda exc: problems.append(str(exc)))
    yield browser_page
    context.close()
    assert not problems, f"browser console errors: {problems}"


# -- real servers in subprocesses (durability and multi-instance tests) ---------------------------
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def gunicorn_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOUR_TEST")}
    env.update({
        "CANDOUR_PROFILE": "development",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'durable.sqlite3'}",
        "CANDOUR_KEYRING": str(tmp_path / "keyring.json"),
        "CANDOUR_CONTACT_KEY_DIR": str(tmp_path / "contact-keys"),
        "SUBMISSIONS_PER_HOUR": "100000",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_WORKERS": "2",
    })
    return env


def start_gunicorn(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "wsgi:app"],
        cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:  # ready when a worker has loaded the app and answers a page
            connection.request("GET", "/privacy")
            if connection.getresponse().status == 200:
                return process
        except (OSError, http.client.HTTPException):
            pass
        finally:
            connection.close()
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)
    raise AssertionError("gunicorn did not start")
