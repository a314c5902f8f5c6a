"""Concurrent submissions: none lost, none duplicated, no 500 (SECURITY.md test plan).

The first test runs on whichever database the suite uses, through a real threaded server. The
second needs PostgreSQL (two gunicorn instances sharing one database, as in production) and is
skipped with that reason when CANDOUR_TEST_DATABASE_URL is not set.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from config import audit
from config.database import db
from reporting.models import Report
from tests.conftest import PG_URL, free_port, gunicorn_env, start_gunicorn

REPORTS = 200


def _post(base: str, number: int) -> tuple[int, str | None]:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        body = json.dumps({"kind": "success" if number % 3 == 0 else "incident",
                           "narrative": f"Concurrent report {number} about a handover that went well."})
        connection.request("POST", "/api/v1/reports", body=body, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        payload = response.read()
    finally:
        connection.close()
    reference = json.loads(payload).get("reference") if response.status == 201 else None
    return response.status, reference


@pytest.fixture
def settings_overrides():
    return {"submissions_per_hour": 100_000}


def test_200_concurrent_submissions_are_all_stored_exactly_once(app, live_server):
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda n: _post(live_server, n), range(REPORTS)))
    statuses = Counter(status for status, _ in results)
    assert statuses == {201: REPORTS}, statuses
    references = [reference for _, reference in results]
    db.session.rollback()
    stored = list(db.session.execute(select(Report.reference)).scalars())
    assert sorted(stored) == sorted(references)
    assert len(set(stored)) == REPORTS


@pytest.mark.postgres
def test_two_gunicorn_instances_share_one_postgresql_database(app, tmp_path):
    """Production shape: separate app processes, one database, one keyring; nothing lost."""
    env = gunicorn_env(tmp_path)
    env["DATABASE_URL"] = PG_URL
    env["CANDOUR_KEYRING"] = str(app.extensions["candour.keyring"].path)
    env["CANDOUR_CONTACT_KEY_DIR"] = str(app.extensions["candour.keyring"].contact_key_dir)
    db.session.commit()  # the schema exists (the app fixture made it); release our transaction
    ports = [free_port(), free_port()]
    servers = [start_gunicorn(env, port) for port in ports]
    try:
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(lambda n: _post(bases[n % 2], n), range(REPORTS)))
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
    assert Counter(status for status, _ in results) == {201: REPORTS}
    db.session.rollback()
    stored = list(db.session.execute(select(Report.reference)).scalars())
    assert sorted(stored) == sorted(reference for _, reference in results)
    assert audit.verify_chain().ok
