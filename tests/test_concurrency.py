"""Concurrent submissions: none lost, none duplicated, no 500 (SECURITY.md test plan).

The first test runs on whichever database the suite uses, through a real threaded server. The
second needs PostgreSQL (two app instances sharing one database, as in production) and is
skipped with that reason when CANDOUR_TEST_DATABASE_URL is not set.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from config.database import db
from reporting.models import Report

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
def test_two_app_instances_share_one_postgresql_database(settings):
    from werkzeug.serving import make_server

    from config.app import create_app

    apps = [create_app(settings) for _ in range(2)]
    with apps[0].app_context():
        db.drop_all()
        db.create_all()
    servers = [make_server("127.0.0.1", 0, application, threaded=True) for application in apps]
    threads = [threading.Thread(target=server.serve_forever, daemon=True) for server in servers]
    for thread in threads:
        thread.start()
    try:
        bases = [f"http://127.0.0.1:{server.server_port}" for server in servers]
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(lambda n: _post(bases[n % 2], n), range(REPORTS)))
    finally:
        for server in servers:
            server.shutdown()
    assert Counter(status for status, _ in results) == {201: REPORTS}
    with apps[1].app_context():
        stored = list(db.session.execute(select(Report.reference)).scalars())
        assert sorted(stored) == sorted(reference for _, reference in results)
        db.drop_all()
        for application in apps:
            with application.app_context():
                db.engine.dispose()
