"""Staff sign-in: password, TOTP with replay refusal, throttling, timing, session rotation/expiry."""

from __future__ import annotations

import datetime as dt
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

import pyotp
import pytest
from flask import Flask, g
from flask.testing import FlaskClient

from config.database import db, transaction
from config.identity import services as identity
from config.identity import views as identity_views
from config.security import public, staff
from tests.conftest import NOW, PASSWORD, csrf_from, make_staff, sign_in

COOKIE = "candour_session"


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A client whose requests each get a fresh `g` (conftest keeps one app context pushed)."""

    @app.before_request
    def _fresh_request_globals() -> None:
        g.pop("csrf_token", None)
        g.pop("csp_nonce", None)

    def whoami() -> dict[str, str]:
        return {"user": g.staff_user.public_id}

    app.add_url_rule("/api/v1/test-platform/whoami", "test_platform_whoami", staff()(whoami))
    app.add_url_rule("/test-platform/ping", "test_platform_ping", public(lambda: "pong"))
    return app.test_client()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.datetime], None]:
    """Set the time the identity views see."""
    current = {"now": NOW}
    monkeypatch.setattr(identity_views, "utcnow", lambda: current["now"])

    def set_time(when: dt.datetime) -> None:
        current["now"] = when

    return set_time


def _post_sign_in(client: FlaskClient, email: str, password: str) -> Any:
    token = csrf_from(client.get("/staff/sign-in").get_data(as_text=True))
    return client.post("/staff/sign-in", data={"email": email, "password": password, "csrf_token": token})


def _post_code(client: FlaskClient, code: str) -> Any:
    page = client.get("/staff/sign-in/code")
    assert page.status_code == 200, "no pending sign-in"
    return client.post("/staff/sign-in/code", data={"code": code,
                                                    "csrf_token": csrf_from(page.get_data(as_text=True))})


def _sign_out(client: FlaskClient) -> None:
    token = csrf_from(client.get("/staff/account/password").get_data(as_text=True))
    response = client.post("/staff/sign-out", data={"csrf_token": token})
    assert response.status_code == 302


# -- password and TOTP ----------------------------------------------------------------------------
def test_sign_in_with_password(client: FlaskClient) -> None:
    user = make_staff("reviewer")
    assert client.get("/staff/").status_code == 302
    response = _post_sign_in(client, user.email.upper(), PASSWORD)
    assert response.status_code == 302
    assert client.get("/staff/").status_code == 200
    assert _post_sign_in(client.application.test_client(), user.email, "wrong password!!").status_code == 400


@pytest.mark.parametrize("settings_overrides", [{"login_attempts_per_window": 10}])
def test_sign_in_with_totp(client: FlaskClient, clock: Callable[[dt.datetime], None],
                           settings_overrides: Any) -> None:
    user = make_staff("chair")
    secret = pyotp.random_base32()
    totp = pyotp.TOTP(secret)
    with pytest.raises(identity.TotpError):
        with transaction():
            identity.enrol_totp(user, secret, "000000" if totp.at(NOW) != "000000" else "111111", now=NOW)
    with transaction():
        identity.enrol_totp(user, secret, totp.at(NOW), now=NOW)
    assert user.has_totp

    # The enrolment code cannot be used again to sign in (same step).
    clock(NOW + dt.timedelta(seconds=5))
    assert _post_sign_in(client, user.email, PASSWORD).status_code == 302
    assert client.get("/staff/").status_code == 302  # password alone is not enough
    assert _post_code(client, totp.at(NOW)).status_code == 400
    # A wrong code is refused.
    later = NOW + dt.timedelta(seconds=60)
    clock(later)
    wrong = f"{(int(totp.at(later)) + 1) % 1_000_000:06d}"
    assert _post_code(client, wrong).status_code == 400
    # The current code works, once.
    response = _post_code(client, totp.at(later))
    assert response.status_code == 302
    assert client.get("/staff/").status_code == 200
    _sign_out(client)
    assert _post_sign_in(client, user.email, PASSWORD).status_code == 302
    replay = _post_code(client, totp.at(later))
    assert replay.status_code == 400
    assert "already been used" in replay.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302
    # An older code (still inside the drift window) is a replay too.
    clock(later + dt.timedelta(seconds=30))
    assert _post_code(client, totp.at(later)).status_code == 400
    assert _post_code(client, totp.at(later + dt.timedelta(seconds=30))).status_code == 302
    assert client.get("/staff/").status_code == 200


@pytest.mark.parametrize("settings_overrides", [{"require_totp": True}])
def test_required_totp_refuses_a_password_only_account(client: FlaskClient, settings_overrides: Any) -> None:
    user = make_staff("reviewer")
    response = _post_sign_in(client, user.email, PASSWORD)
    assert response.status_code == 400
    assert "second factor" in response.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302


def test_pending_second_factor_expires(client: FlaskClient, clock: Callable[[dt.datetime], None]) -> None:
    user = make_staff("reviewer")
    secret = pyotp.random_base32()
    with transaction():
        identity.enrol_totp(user, secret, pyotp.TOTP(secret).at(NOW), now=NOW)
    clock(NOW + dt.timedelta(minutes=1))
    assert _post_sign_in(client, user.email, PASSWORD).status_code == 302
    clock(NOW + dt.timedelta(minutes=20))
    response = client.get("/staff/sign-in/code")
    assert response.status_code == 302 and response.headers["Location"].endswith("/staff/sign-in")


# -- throttling -----------------------------------------------------------------------------------
def test_throttle_counts_unknown_and_known_accounts_alike(app: Flask, client: FlaskClient) -> None:
    limit = app.config["CANDOUR_SETTINGS"].login_attempts_per_window
    user = make_staff("reviewer")
    for email in ("nobody-here@example.org", user.email):
        codes = [_post_sign_in(client, email, "not the password").status_code for _ in range(limit + 2)]
        assert codes == [400] * limit + [429, 429], email
    # Even the right password is refused once throttled.
    assert _post_sign_in(client, user.email, PASSWORD).status_code == 429
    # Another account name is not affected.
    assert _post_sign_in(client, "someone-else@example.org", "x").status_code == 400


def test_throttle_holds_under_parallel_attempts(app: Flask, client: FlaskClient,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    limit = app.config["CANDOUR_SETTINGS"].login_attempts_per_window
    user = make_staff("reviewer")
    checked: list[int] = []
    real_verify = identity._verify

    def counting_verify(stored: str, password: str) -> bool:
        checked.append(1)
        return real_verify(stored, password)

    monkeypatch.setattr(identity, "_verify", counting_verify)
    email_of_user = user.email
    db.session.rollback()  # end this thread's read transaction (on SQLite it holds the write lock)
    attempts = 20
    barrier = threading.Barrier(attempts)
    results: list[int] = []
    errors: list[BaseException] = []

    def attempt(email: str) -> None:
        try:
            own = app.test_client()
            token = csrf_from(own.get("/staff/sign-in").get_data(as_text=True))
            barrier.wait(timeout=30)
            response = own.post("/staff/sign-in", data={"email": email, "password": "guess guess",
                                                         "csrf_token": token})
            results.append(response.status_code)
        except BaseException as exc:  # reported below
            errors.append(exc)

    for email in (email_of_user, "unknown-parallel@example.org"):
        checked.clear()
        results.clear()
        barrier.reset()
        threads = [threading.Thread(target=attempt, args=(email,)) for _ in range(attempts)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, errors
        assert len(results) == attempts
        assert set(results) <= {400, 429}, results
        assert len(checked) <= limit, f"{len(checked)} passwords checked for {email}"
        assert sum(code != 429 for code in results) <= limit
        assert results.count(429) >= attempts - limit


# -- timing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("settings_overrides", [{"login_attempts_per_window": 1000}])
def test_unknown_and_known_sign_ins_take_similar_time(client: FlaskClient, settings_overrides: Any) -> None:
    user = make_staff("reviewer")
    token = csrf_from(client.get("/staff/sign-in").get_data(as_text=True))

    def timed(email: str) -> float:
        start = time.perf_counter()
        response = client.post("/staff/sign-in", data={"email": email, "password": "wrong password",
                                                       "csrf_token": token})
        elapsed = time.perf_counter() - start
        assert response.status_code == 400
        return elapsed

    timed("warm-up@example.org")  # the dummy hash is made on first use
    timed(user.email)
    known, unknown = [], []
    for i in range(5):
        known.append(timed(user.email))
        unknown.append(timed(f"nobody-{i}@example.org"))
    ratio = statistics.median(unknown) / statistics.median(known)
    print(f"\nmedian known {statistics.median(known):.3f}s unknown {statistics.median(unknown):.3f}s "
          f"ratio {ratio:.2f}")
    assert 0.5 <= ratio <= 2.0


# -- sessions -------------------------------------------------------------------------------------
def test_session_rotates_at_sign_in(client: FlaskClient) -> None:
    user = make_staff("reviewer")
    before_token = csrf_from(client.get("/staff/sign-in").get_data(as_text=True))
    before_cookie = client.get_cookie(COOKIE)
    assert before_cookie is not None
    response = client.post("/staff/sign-in", data={"email": user.email, "password": PASSWORD,
                                                    "csrf_token": before_token})
    assert response.status_code == 302
    after_cookie = client.get_cookie(COOKIE)
    assert after_cookie is not None and after_cookie.value != before_cookie.value
    after_token = csrf_from(client.get("/staff/account/password").get_data(as_text=True))
    assert after_token != before_token
    # The pre-login cookie grants nothing.
    stranger = client.application.test_client()
    stranger.set_cookie(COOKIE, before_cookie.value)
    assert stranger.get("/staff/").status_code == 302
    assert stranger.get("/api/v1/test-platform/whoami").status_code == 401
    # The pre-login CSRF token no longer works for the signed-in session.
    response = client.post("/staff/sign-out", data={"csrf_token": before_token})
    assert response.status_code == 400


def test_session_is_dead_after_sign_out(client: FlaskClient) -> None:
    user = make_staff("reviewer")
    sign_in(client, user)
    assert client.get("/api/v1/test-platform/whoami").get_json() == {"user": user.public_id}
    signed_in_cookie = client.get_cookie(COOKIE)
    assert signed_in_cookie is not None
    _sign_out(client)
    assert client.get("/staff/").status_code == 302
    replay = client.application.test_client()
    replay.set_cookie(COOKIE, signed_in_cookie.value)
    response = replay.get("/staff/")
    assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]
    assert replay.get("/api/v1/test-platform/whoami").status_code == 401


@pytest.mark.parametrize("settings_overrides", [{"session_idle_minutes": 30, "session_lifetime_minutes": 60}])
def test_idle_and_absolute_expiry(client: FlaskClient, clock: Callable[[dt.datetime], None],
                                  settings_overrides: Any) -> None:
    user = make_staff("reviewer")
    sign_in(client, user)
    cookie = client.get_cookie(COOKIE)
    assert cookie is not None
    # Active use keeps the session alive up to its absolute lifetime...
    for minutes in (20, 40, 59):
        clock(NOW + dt.timedelta(minutes=minutes))
        assert client.get("/staff/").status_code == 200, minutes
    # ...but not beyond it.
    clock(NOW + dt.timedelta(minutes=61))
    assert client.get("/staff/").status_code == 302
    # And the same cookie replayed does not come back to life.
    replay = client.application.test_client()
    replay.set_cookie(COOKIE, cookie.value)
    clock(NOW + dt.timedelta(minutes=62))
    assert replay.get("/staff/").status_code == 302

    # Idle: a new session left alone for the idle limit is dead.
    clock(NOW)
    sign_in(client, user)
    clock(NOW + dt.timedelta(minutes=29))
    assert client.get("/staff/").status_code == 200
    clock(NOW + dt.timedelta(minutes=29 + 30))
    assert client.get("/staff/").status_code == 302


def test_session_service_expiry(app: Flask) -> None:
    user = make_staff("reviewer")
    with transaction():
        token = identity.start_session(user, now=NOW).token
    with transaction():
        assert identity.resume_session(token, now=NOW + dt.timedelta(minutes=29)) is not None
    with transaction():
        assert identity.resume_session(token, now=NOW + dt.timedelta(minutes=29 + 31)) is None
    with transaction():  # deleted, not just refused
        assert identity.resume_session(token, now=NOW + dt.timedelta(minutes=30)) is None
