"""Nothing lost: repeated kill -9 of the server during submissions loses no acknowledged report.

A real gunicorn serves the app on an SQLite file (WAL, synchronous=FULL). Client threads submit
reports while the whole server process group is killed with SIGKILL and restarted, three times.
Every report the server acknowledged with a 201 must then be in the database exactly once.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import sqlite3
import subprocess
import threading
import time

import pytest

from tests.conftest import BIN, PG_URL, ROOT, free_port, gunicorn_env, start_gunicorn

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="kills a server on an SQLite file")


def _submit(port: int, number: int) -> str | None:
    body = json.dumps({"kind": "incident", "narrative": f"Durability check number {number}."})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("POST", "/api/v1/reports", body=body, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        payload = response.read()
    except (OSError, http.client.HTTPException):
        return None  # not acknowledged: the reporter saw an error and knows to try again
    finally:
        connection.close()
    if response.status != 201:
        return None
    return str(json.loads(payload)["reference"])


def test_kill_9_during_submissions_loses_no_acknowledged_report(tmp_path):
    env = gunicorn_env(tmp_path)
    subprocess.run([str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    counter = iter(range(10**9))

    def client() -> None:
        while not stop.is_set():
            reference = _submit(port, next(counter))
            if reference:
                with lock:
                    acknowledged.append(reference)

    server = start_gunicorn(env, port)
    threads = [threading.Thread(target=client, daemon=True) for _ in range(4)]
    for thread in threads:
        thread.start()
    for _ in range(3):
        time.sleep(2.0)
        os.killpg(server.pid, signal.SIGKILL)  # the master and every worker, mid-request
        server.wait(timeout=10)
        server = start_gunicorn(env, port)
    time.sleep(1.0)
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=10)

    assert len(acknowledged) > 20, "too few submissions to say anything"
    database = sqlite3.connect(tmp_path / "durable.sqlite3")
    stored = [row[0] for row in database.execute("SELECT reference FROM reports")]
    database.close()
    print(f"{len(acknowledged)} acknowledged across 3 kill -9 restarts; {len(stored)} stored")
    missing = set(acknowledged) - set(stored)
    assert not missing, f"{len(missing)} acknowledged reports lost"
    assert len(stored) == len(set(stored)), "a report was stored twice"
    assert len(acknowledged) == len(set(acknowledged))
