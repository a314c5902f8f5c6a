"""Privacy: a canary address, user agent and narrative sent through a whole reporter journey
appear in no database file (main, -wal, -shm), log, temporary file or backup; receipts never
appear in clear."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest

from config.database import db, transaction, utcnow
from reporting import services
from reporting.models import Author

CANARY_IP = "203.0.113.77"
CANARY_UA = "CanaryAgent/7.7 (canary-ua-51f0)"
CANARY_TEXT = "Canarynarrative Quillfeather handed over the wrong chart at Zyzzyva House"
CANARY_CONTACT = "canary.contact.88@example.org"
HEADERS = {
    "User-Agent": CANARY_UA,
    "X-Forwarded-For": CANARY_IP,
    "X-Real-IP": CANARY_IP,
    "Referer": "https://canary-referrer.example/",
}
ENV = {"REMOTE_ADDR": CANARY_IP}


def _token(client) -> str:
    html = client.get("/report", headers=HEADERS, environ_base=ENV).get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def _journey(client) -> list[str]:
    """Submit through the web form and the API, follow up, answer, withdraw one; return receipts."""
    token = _token(client)
    answers = {
        "csrf_token": token,
        "kind": "incident",
        "path": "full",
        "immediate_risk": "no",
        "narrative": CANARY_TEXT,
        "why_it_matters": CANARY_TEXT,
        "service_area": "health",
        "wants_contact": "yes",
        "contact_email": CANARY_CONTACT,
    }
    for step in ("start", "risk", "what", "why", "help", "details", "factors", "contact", "check"):
        response = client.post(
            "/report", data={**answers, "step": step, "go": "next"}, headers=HEADERS, environ_base=ENV
        )
        assert response.status_code == 200, step
    response = client.post(
        "/report", data={**answers, "step": "check", "go": "send"}, headers=HEADERS, environ_base=ENV
    )
    assert response.status_code == 201
    web_receipt = re.search(r'id="receipt"><strong>([^<]+)<', response.get_data(as_text=True)).group(1)
    api = client.post(
        "/api/v1/reports",
        json={"kind": "success", "narrative": CANARY_TEXT, "contact": {"email": CANARY_CONTACT}},
        headers=HEADERS,
        environ_base=ENV,
    )
    assert api.status_code == 201
    api_receipt = api.get_json()["receipt"]
    report = services.find_by_receipt(web_receipt)
    with transaction():
        services.post_staff_message(
            report, "What shift?", author=Author.PANEL, is_question=True, now=utcnow()
        )
    question = report.messages[0].public_id
    for path, body in (
        ("/api/v1/followup", {"receipt": web_receipt}),
        ("/api/v1/followup/messages", {"receipt": web_receipt, "body": CANARY_TEXT, "reply_to": question}),
        ("/api/v1/followup", {"receipt": "wrong " + web_receipt}),
        ("/api/v1/followup/withdraw", {"receipt": api_receipt}),
    ):
        assert client.post(path, json=body, headers=HEADERS, environ_base=ENV).status_code < 500
    page = client.post(
        "/follow-up",
        data={"csrf_token": _token(client), "receipt": web_receipt},
        headers=HEADERS,
        environ_base=ENV,
    )
    assert page.status_code == 200
    return [web_receipt, api_receipt]


def _needles(receipts: list[str]) -> list[bytes]:
    needles = [
        CANARY_IP,
        CANARY_UA,
        "canary-ua-51f0",
        "Canarynarrative",
        "Quillfeather",
        "Zyzzyva",
        CANARY_CONTACT,
        "canary-referrer",
    ]
    for receipt in receipts:
        words = receipt.split()
        needles += [receipt, "-".join(words)] + [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    out = []
    for needle in needles:
        out += [needle.encode(), needle.encode("utf-16-le"), needle.upper().encode()]
    return out


def _assert_clean(path: Path, needles: list[bytes]) -> None:
    data = path.read_bytes()
    for needle in needles:
        assert needle not in data, f"{needle!r} found in {path}"


def _files_under(folder: Path):
    """Every file below `folder`; entries that vanish while we walk (other processes' temp files)
    are skipped instead of failing the walk."""
    for root, _dirs, names in os.walk(folder):  # os.walk ignores directories it cannot list
        for name in names:
            yield Path(root) / name


def test_canary_journey_leaves_no_trace(app, client, caplog, tmp_path):
    started = time.time()
    log_file = tmp_path / "candour.log"
    handler = logging.FileHandler(log_file)
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        receipts = _journey(client)
        db.session.remove()
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    needles = _needles(receipts)

    captured = "\n".join(r.getMessage() for r in caplog.records) + "\n" + caplog.text
    for needle in needles:
        assert needle.decode("utf-8", "ignore") not in captured or not needle.decode("utf-8", "ignore")
    _assert_clean(log_file, needles)

    url = app.config["SQLALCHEMY_DATABASE_URI"]
    if url.startswith("sqlite:///"):
        database = Path(url.removeprefix("sqlite:///"))
        files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
        backup = tmp_path / "backup.sqlite3"
        with sqlite3.connect(database) as src, sqlite3.connect(backup) as dst:
            src.backup(dst)
        files.append(backup)
        for path in files:
            if path.exists():
                _assert_clean(path, needles)
        assert Path(f"{database}-wal").exists()  # WAL mode: the -wal file was really checked
    # Temporary files written during the journey (ours and the system's temp directory).
    for folder in {Path(tempfile.gettempdir()), tmp_path}:
        for path in _files_under(folder):
            try:
                if path.is_file() and path.stat().st_mtime >= started and path.stat().st_size < 50_000_000:
                    if path.suffix not in {".pyc"} and "pytest-of" not in str(path.parent.parent):
                        _assert_clean(path, needles)
            except OSError:
                continue
    # Keys live outside the database; they hold no canary either.
    for path in Path(app.config["CANDOUR_SETTINGS"].keyring_path).parent.rglob("*"):
        if path.is_file():
            _assert_clean(path, needles)


def test_withdrawn_report_content_is_gone_from_the_database_file(app, client, api_submit):
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        pytest.skip("reads the SQLite file")
    body = api_submit(narrative=CANARY_TEXT)
    report = services.get_report(body["reference"])
    sealed = report.narrative_sealed
    assert client.post("/api/v1/followup/withdraw", json={"receipt": body["receipt"]}).status_code == 200
    db.session.remove()
    database = Path(app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///"))
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert sealed not in database.read_bytes()  # secure_delete overwrote the old ciphertext
