"""Regressions found in review of the platform: each failed before its fix."""

from __future__ import annotations

import logging

import pytest

from config.logs import DropAccessLog
from config.settings import SettingsError, load_settings
from tests.conftest import PASSWORD, csrf_token, make_staff


def test_honest_sign_ins_never_lock_an_account_out(app, client, settings):
    user = make_staff("reviewer")
    for _ in range(settings.login_attempts_per_window + 3):
        token = csrf_token(client)
        response = client.post("/staff/sign-in", data={"email": user.email, "password": PASSWORD,
                                                       "csrf_token": token})
        assert response.status_code == 302
        client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})


def test_a_wrong_password_after_a_success_still_counts_towards_the_limit(app, client, settings):
    user = make_staff("reviewer")
    codes = []
    for _ in range(settings.login_attempts_per_window + 1):
        token = csrf_token(client)
        codes.append(client.post("/staff/sign-in", data={"email": user.email, "password": "wrong password!",
                                                         "csrf_token": token}).status_code)
    assert codes[-1] == 429


def test_log_scrubbing_keeps_times_and_removes_addresses():
    record = logging.LogRecord("candour", logging.INFO, __file__, 1,
                               "job ran at 10:30:00 for 2001:db8::7 and 198.51.100.4", None, None)
    assert DropAccessLog().filter(record)
    message = record.getMessage()
    assert "10:30:00" in message
    assert "2001:db8::7" not in message and "198.51.100.4" not in message


def test_a_bad_boolean_names_its_variable():
    with pytest.raises(SettingsError, match="REQUIRE_TOTP"):
        load_settings(environ={"CANDOUR_PROFILE": "test", "DATABASE_URL": "sqlite://",
                               "REQUIRE_TOTP": "maybe"})


def test_first_audit_entries_written_at_once_on_a_fresh_database_all_succeed(app):
    """Several first writers used to race to create the head row; one got a 500 (IntegrityError)."""
    import threading

    from config import audit
    from config.database import db, transaction
    from tests.conftest import NOW

    barrier = threading.Barrier(6)
    errors: list[BaseException] = []

    def write(number: int) -> None:
        with app.app_context():
            try:
                barrier.wait(timeout=10)
                with transaction():
                    audit.record("test.parallel", actor="system", now=NOW, subject=f"R-{number}")
            except BaseException as exc:  # noqa: BLE001 - the test reports any failure
                errors.append(exc)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    result = audit.verify_chain()
    assert result.ok and result.entries == 6
