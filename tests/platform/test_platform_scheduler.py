"""Two schedulers (threads or real processes) never run one job twice for the same slot."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading
import time
from pathlib import Path
from typing import Any

from flask import Flask

from config.app import create_app
from config.database import db
from config.scheduler import Job, register_job, registered_jobs, run_once, slot_for
from config.settings import load_settings
from tests.conftest import NOW

JOB_NAME = "platform-probe"


def _probe_job(out: Path, pause: float = 0.0) -> Job:
    def body(now: dt.datetime) -> None:
        time.sleep(pause)  # widen the window in which a second runner could slip in
        with out.open("a", encoding="utf-8") as handle:
            handle.write(f"{now.isoformat()}\n")

    return Job(name=JOB_NAME, minutes=5, run=body, description="test probe")


def _runs(out: Path) -> list[str]:
    return out.read_text("utf-8").splitlines() if out.exists() else []


def test_slots(app: Flask) -> None:
    job = _probe_job(Path("/dev/null"))
    assert slot_for(job, NOW) == "2026-11-18T10:30:00"
    assert slot_for(job, NOW + dt.timedelta(minutes=4, seconds=59)) == "2026-11-18T10:30:00"
    assert slot_for(job, NOW + dt.timedelta(minutes=5)) == "2026-11-18T10:35:00"


def test_a_job_runs_once_per_slot_and_again_next_slot(app: Flask, tmp_path: Path) -> None:
    out = tmp_path / "runs.txt"
    job = _probe_job(out)
    assert run_once(app, job, now=NOW) is True
    assert run_once(app, job, now=NOW + dt.timedelta(minutes=1)) is False
    assert run_once(app, job, now=NOW + dt.timedelta(minutes=5)) is True
    assert run_once(app, job, now=NOW) is False  # an older slot never runs again
    assert len(_runs(out)) == 2


def test_two_threads_never_run_a_job_twice(app: Flask, tmp_path: Path) -> None:
    db.session.rollback()  # hold no transaction (on SQLite it would hold the write lock)
    out = tmp_path / "runs.txt"
    job = _probe_job(out, pause=0.2)
    for round_number in range(3):
        now = NOW + dt.timedelta(minutes=5 * round_number)
        barrier = threading.Barrier(2)
        results: list[bool] = []

        def run(moment: dt.datetime = now, gate: threading.Barrier = barrier,
                out: list[bool] = results) -> None:
            gate.wait(timeout=30)
            out.append(run_once(app, job, now=moment))

        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(results) == [False, True], results
        assert len(_runs(out)) == round_number + 1


def _scheduler_process(values: dict[str, Any], out: str, ready_dir: str, name: str,
                       now_iso: str, results: Any) -> None:
    """One scheduler process: its own app, same database; waits for the other, then runs."""
    application = create_app(load_settings(environ={}, **values))
    job = _probe_job(Path(out), pause=0.2)
    register_job(application, job.name, job.minutes, job.run, job.description)
    Path(ready_dir, name).touch()
    deadline = time.monotonic() + 60
    while len(list(Path(ready_dir).iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.001)
    [registered] = [j for j in registered_jobs(application) if j.name == JOB_NAME]
    results.put((name, run_once(application, registered, now=dt.datetime.fromisoformat(now_iso))))
    with application.app_context():
        db.engine.dispose()


def test_two_scheduler_processes_never_run_a_job_twice(app: Flask, tmp_path: Path) -> None:
    settings = app.config["CANDOUR_SETTINGS"]
    values = {"profile": "test", "database_url": settings.database_url,
              "keyring_path": settings.keyring_path, "contact_key_dir": settings.contact_key_dir,
              "ratelimit_storage_uri": "memory://"}
    db.session.rollback()
    out = tmp_path / "runs.txt"
    spawn = multiprocessing.get_context("spawn")
    for round_number in range(2):
        now = NOW + dt.timedelta(minutes=5 * round_number)
        ready = tmp_path / f"ready-{round_number}"
        ready.mkdir()
        results = spawn.Queue()
        processes = [
            spawn.Process(target=_scheduler_process,
                          args=(values, str(out), str(ready), name, now.isoformat(), results))
            for name in ("first", "second")
        ]
        for process in processes:
            process.start()
        outcomes = dict(results.get(timeout=60) for _ in processes)
        for process in processes:
            process.join(timeout=60)
            assert process.exitcode == 0
        assert sorted(outcomes.values()) == [False, True], outcomes
        assert len(_runs(out)) == round_number + 1, _runs(out)
