"""Scheduled reporting jobs: contact-detail retention (crypto-shredding) and expired drafts.

Each job runs inside one transaction, claimed once per slot across processes by
`config.scheduler`. Key files are destroyed after the blobs that used them are deleted, so a
crash in between leaves details either readable or shredded, never half of each.
"""

from __future__ import annotations

import datetime as dt
import logging

from flask import Flask

from config.scheduler import register_job
from reporting import services

log = logging.getLogger("candour.reporting.jobs")


def run_contact_retention(now: dt.datetime) -> None:
    """Delete contact details of final or over-age reports, then destroy unneeded month keys."""
    shredded = services.shred_expired_contact_details(now=now)
    destroyed = services.destroy_unused_contact_keys(now=now)
    log.info("contact retention: %d shredded, %d month keys destroyed", shredded, len(destroyed))


def run_purge_drafts(now: dt.datetime) -> None:
    """Delete 'save and come back' drafts past their expiry day."""
    purged = services.purge_expired_drafts(now=now)
    log.info("drafts: %d expired drafts deleted", purged)


def init_app(app: Flask) -> None:
    """Register the reporting jobs with the scheduler."""
    register_job(app, "reporting.contact_retention", 60, run_contact_retention,
                 "Destroy contact details at closure or the retention limit (crypto-shredding)")
    register_job(app, "reporting.purge_drafts", 60, run_purge_drafts, "Delete expired drafts")
