"""Timed jobs on APScheduler, run in their own process with a database claim per run.

The app factory never starts threads (STYLE rule 11). `flask --app wsgi scheduler run` starts a
blocking APScheduler in its own process. Several scheduler processes may run (for resilience, or
by accident); each run of a job is claimed first with a conditional UPDATE on `job_claims`
(`last_slot < :slot`), which exactly one process can win on SQLite or PostgreSQL, so no job runs
twice for the same slot (flask-apscheduler issues #51 and #139 show the failure this prevents).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from flask import Flask
from sqlalchemy import String, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from config.database import db, transaction, utcnow

log = logging.getLogger("candour.scheduler")

JobFunction = Callable[[dt.datetime], object]


class JobClaim(db.Model):  # type: ignore[name-defined]
    """The last slot each job was claimed for."""

    __tablename__ = "job_claims"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_slot: Mapped[str] = mapped_column(String(32), default="")


@dataclass(frozen=True)
class Job:
    """A job: a function of `now` run every `minutes`, inside one transaction."""

    name: str
    minutes: int
    run: JobFunction
    description: str


def slot_for(job: Job, now: dt.datetime) -> str:
    """The slot a run at `now` belongs to (runs in the same slot are the same run)."""
    period = job.minutes * 60
    start = int(now.timestamp()) // period * period
    return dt.datetime.fromtimestamp(start, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


def claim(job: Job, slot: str) -> bool:
    """Claim this job's run for `slot`; True for exactly one caller per slot."""
    with transaction():
        exists = db.session.execute(select(JobClaim.name).where(JobClaim.name == job.name)).first()
        if exists is None:
            try:
                with db.session.begin_nested():
                    db.session.execute(insert(JobClaim).values(name=job.name, last_slot=""))
            except IntegrityError:
                pass  # another process created it first
    with transaction():
        result = db.session.execute(
            update(JobClaim)
            .where(JobClaim.name == job.name, JobClaim.last_slot < slot)
            .values(last_slot=slot)
        )
        won = result.rowcount == 1  # type: ignore[attr-defined]
    return won


def run_once(app: Flask, job: Job, *, now: dt.datetime | None = None) -> bool:
    """Claim and run one job in an app context. Returns True if this process ran it."""
    moment = now or utcnow()
    with app.app_context():
        if not claim(job, slot_for(job, moment)):
            return False
        try:
            with transaction():
                job.run(moment)
        except Exception as exc:  # a failed run must not stop the scheduler
            log.error("job %s failed: %s", job.name, type(exc).__name__)
            return False
    log.info("job %s ran", job.name)
    return True


def registered_jobs(app: Flask) -> list[Job]:
    """Jobs the areas registered on this app."""
    jobs: list[Job] = app.extensions.setdefault("candour.jobs", [])
    return jobs


def register_job(app: Flask, name: str, minutes: int, run: JobFunction, description: str) -> None:
    """Add a job to the app's scheduler (areas call this from their `init_app`)."""
    registered_jobs(app).append(Job(name=name, minutes=minutes, run=run, description=description))


def build_scheduler(app: Flask) -> BlockingScheduler:
    """A blocking APScheduler with every registered job (not started)."""
    scheduler = BlockingScheduler(timezone=dt.UTC)
    for job in registered_jobs(app):
        scheduler.add_job(
            run_once,
            IntervalTrigger(minutes=job.minutes),
            args=[app, job],
            id=job.name,
            name=job.description,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=job.minutes * 60,
            next_run_time=utcnow(),
        )
    return scheduler
