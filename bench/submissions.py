"""Benchmark: concurrent report submissions through gunicorn, then a zero-loss check.

Starts gunicorn (several workers, loopback only, access log off) on a scratch SQLite database, or
on PostgreSQL with --database-url, runs N client threads POSTing /api/v1/reports, prints
reports/second and p50/p95 latency, then checks that every acknowledged (201) reference exists
exactly once in the database. Bounded in count and time; stops the server it started.

    .venv/bin/python bench/submissions.py --reports 200 --clients 20
    .venv/bin/python bench/submissions.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(scratch: Path, database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "CANDOUR_PROFILE": "development",
            "SECRET_KEY": "bench-secret-key-not-for-real-use-0123456789",
            "DATABASE_URL": database_url,
            "CANDOUR_KEYRING": str(scratch / "keys" / "keyring.json"),
            "CANDOUR_CONTACT_KEY_DIR": str(scratch / "keys" / "contact"),
            "RATELIMIT_STORAGE_URI": "memory://",
            "SUBMISSIONS_PER_HOUR": "1000000",
            "FOLLOWUPS_PER_HOUR": "1000000",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def prepare(env: dict[str, str]) -> None:
    """Create the keyring and the tables before the workers start (they must not race to)."""
    os.environ.update(env)
    from config.app import create_app
    from config.database import db

    app = create_app()
    with app.app_context():
        db.create_all()
        db.engine.dispose()


def wait_ready(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not become ready in time")


def submit(port: int, number: int) -> tuple[int, str | None, float]:
    body = json.dumps(
        {
            "kind": ("incident", "near_miss", "success")[number % 3],
            "narrative": f"Benchmark report {number}: the handover sheet was out of date.",
            "contact": {"email": f"bench{number}@example.org"} if number % 4 == 0 else None,
        }
    )
    body = body.replace(', "contact": null', "")
    started = time.perf_counter()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", "/api/v1/reports", body=body, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        payload = response.read()
        conn.close()
    except OSError:
        return 0, None, time.perf_counter() - started
    elapsed = time.perf_counter() - started
    reference = json.loads(payload)["reference"] if response.status == 201 else None
    return response.status, reference, elapsed


def verify(references: list[str]) -> tuple[int, int, int]:
    """(found exactly once, missing, duplicated) for the acknowledged references."""
    from sqlalchemy import func, select

    from config.app import create_app
    from config.database import db
    from reporting.models import Report

    app = create_app()
    with app.app_context():
        counts: dict[str, int] = {}
        for start in range(0, len(references), 500):
            chunk = references[start : start + 500]
            rows = db.session.execute(
                select(Report.reference, func.count(Report.id))
                .where(Report.reference.in_(chunk))
                .group_by(Report.reference)
            ).all()
            counts.update({ref: n for ref, n in rows})
        db.engine.dispose()
    once = sum(1 for ref in references if counts.get(ref) == 1)
    missing = sum(1 for ref in references if ref not in counts)
    duplicated = sum(1 for ref in references if counts.get(ref, 0) > 1) + (
        len(references) - len(set(references))
    )
    return once, missing, duplicated


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=200, help="reports to submit (max 5000)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent client threads (max 64)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (2-4)")
    parser.add_argument("--database-url", default="", help="PostgreSQL URL (default: scratch SQLite)")
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds before giving up")
    args = parser.parse_args()
    reports, clients = min(args.reports, 5000), min(args.clients, 64)
    workers = max(2, min(args.workers, 4))

    scratch = Path(tempfile.mkdtemp(prefix="candour-bench-"))
    database_url = args.database_url or f"sqlite:///{scratch / 'bench.sqlite3'}"
    env = environment(scratch, database_url)
    prepare(env)
    port = free_port()
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    server_log = scratch / "gunicorn.log"
    server = subprocess.Popen(  # noqa: S603 - fixed arguments, loopback only
        [
            gunicorn,
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--chdir",
            str(ROOT),
            "--log-level",
            "warning",
            "--timeout",
            "60",
            "wsgi:app",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=server_log.open("wb"),
        start_new_session=True,
    )
    deadline = time.monotonic() + args.time_limit
    try:
        wait_ready(port, min(deadline, time.monotonic() + 60))
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=clients) as pool:
            results = list(pool.map(lambda n: submit(port, n), range(reports)))
        wall = time.perf_counter() - started
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    acknowledged = [ref for status, ref, _ in results if status == 201 and ref]
    latencies = sorted(elapsed for _, _, elapsed in results)
    statuses: dict[int, int] = {}
    for status, _, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    once, missing, duplicated = verify(acknowledged)
    backend = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    print(f"backend: {backend}, gunicorn workers: {workers}, clients: {clients}, reports: {reports}")
    print(f"statuses: {dict(sorted(statuses.items()))}")
    print(f"throughput: {len(acknowledged) / wall:.1f} reports/second over {wall:.2f} s")
    print(f"latency: p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    print(
        f"acknowledged: {len(acknowledged)}, stored exactly once: {once}, lost: {missing}, "
        f"duplicated: {duplicated}"
    )
    ok = once == len(acknowledged) and missing == 0 and duplicated == 0 and len(acknowledged) == reports
    errors = [line for line in server_log.read_text("utf-8", "replace").splitlines() if "ERROR" in line]
    if errors:
        print(
            "server errors (exception types only):",
            *sorted(set(e.split(": ", 1)[-1] for e in errors)),
            sep="\n  ",
        )
    print("RESULT: " + ("PASS (zero lost, zero duplicated)" if ok else "FAIL"))
    shutil.rmtree(scratch, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
