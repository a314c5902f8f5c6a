"""Logs never carry a client address or user agent, whatever the request and whoever serves it."""

from __future__ import annotations

import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from flask import Flask
from werkzeug.serving import make_server

from config.logs import DropAccessLog
from config.security import public
from tests.conftest import csrf_from, make_staff

ADDRESS = "198.51.100.23"
AGENT = "CanaryBrowser/9.9 (platform-log-probe-4471)"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def collected(caplog: pytest.LogCaptureFixture) -> Iterator[_Collect]:
    caplog.set_level(logging.DEBUG)
    for name in ("werkzeug", "candour", "flask_wtf.csrf", "sqlalchemy"):
        caplog.set_level(logging.DEBUG, logger=name)
    handler = _Collect()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


def _assert_clean(lines: list[str], *needles: str) -> None:
    assert lines, "nothing was logged: the probe proves nothing"
    for line in lines:
        for needle in needles:
            assert needle not in line, line


def _routes(app: Flask) -> None:
    def boom() -> str:
        raise RuntimeError("boom")

    app.add_url_rule("/test-platform/boom", "test_platform_boom", public(boom))


def test_test_client_requests_log_no_address_or_agent(app: Flask, collected: _Collect,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    _routes(app)
    user = make_staff("reviewer")
    client = app.test_client()
    environ = {"REMOTE_ADDR": ADDRESS, "HTTP_USER_AGENT": AGENT}
    token = csrf_from(client.get("/staff/sign-in", environ_base=environ).get_data(as_text=True))
    client.post("/staff/sign-in", environ_base=environ, data={"email": user.email, "password": "bad",
                                                              "csrf_token": token})
    client.post("/staff/sign-in", environ_base=environ, data={"email": user.email})  # no CSRF token
    client.get("/no-such-page", environ_base=environ)
    client.get("/test-platform/boom", environ_base=environ)
    client.get("/api/v1/openapi.json", environ_base=environ)
    logging.getLogger("candour.probe").warning("request from %s", ADDRESS)  # scrubbed if logged
    _assert_clean(collected.lines, ADDRESS, AGENT, "CanaryBrowser")
    _assert_clean([r.getMessage() for r in caplog.records], ADDRESS, AGENT)


def test_the_development_server_logs_no_address_or_agent(app: Flask, collected: _Collect,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    _routes(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        for path, expected in (("/", 200), ("/staff/sign-in", 200), ("/nowhere", 404),
                               ("/test-platform/boom", 500)):
            request = urllib.request.Request(base + path, headers={"User-Agent": AGENT})  # noqa: S310
            try:
                with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
                    status = response.status
            except urllib.error.HTTPError as exc:
                status = exc.code
                exc.close()
            assert status == expected, path
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    _assert_clean(collected.lines, "127.0.0.1", AGENT, "CanaryBrowser")
    _assert_clean([r.getMessage() for r in caplog.records], "127.0.0.1", AGENT)


def test_drop_access_log_drops_werkzeug_request_lines_and_scrubs_addresses() -> None:
    scrub = DropAccessLog()

    def record(name: str, msg: str, *args: object) -> logging.LogRecord:
        return logging.LogRecord(name, logging.INFO, __file__, 1, msg, args or None, None)

    access = record("werkzeug", '%s - - [18/Nov/2026 10:30:00] "%s" %s -',
                    ADDRESS, "GET /follow-up HTTP/1.1", "200")
    assert scrub.filter(access) is False
    other = record("candour.x", "client %s and %s said hello", ADDRESS, "2001:db8::17")
    assert scrub.filter(other) is True
    assert ADDRESS not in other.getMessage() and "2001:db8::17" not in other.getMessage()
    plain = record("candour.x", "job %s ran", "retention")
    assert scrub.filter(plain) is True and plain.getMessage() == "job retention ran"


def test_the_filter_is_installed_where_access_lines_go(app: Flask) -> None:
    for name in ("werkzeug", ""):
        logger = logging.getLogger(name or None)
        assert any(isinstance(f, DropAccessLog) for f in logger.filters), name
