"""The clock job: raise in-app reminders for overdue clocks, and e-mail the role if mail is set up.

E-mails carry no report content and no reference: only how many items are overdue and that the
recipient should sign in. They are sent after the job's transaction commits (an outside effect
must not happen for a run that rolled back).
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections import Counter
from email.message import EmailMessage

from flask import Flask, current_app
from sqlalchemy import event, select

from config.database import db
from config.identity.models import StaffUser
from config.scheduler import register_job
from config.settings import Settings
from review.clocks import services

log = logging.getLogger("candour.review.clocks")


def send_mail(settings: Settings, recipients: list[str], subject: str, body: str) -> None:
    """Send one plain e-mail through the configured SMTP server."""
    message = EmailMessage()
    message["From"] = settings.mail_sender or "candour@localhost"
    message["To"] = ", ".join(recipients)
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(settings.mail_server, timeout=30) as smtp:
        smtp.send_message(message)


def _mail_after_commit(settings: Settings, mails: list[tuple[list[str], int]]) -> None:
    def _send(session: object) -> None:
        for recipients, count in mails:
            try:
                send_mail(settings, recipients, "Candour: items are overdue",
                          f"{count} item(s) in your Candour queue are overdue. "
                          "Sign in to Candour to see them.\n")
            except OSError as exc:  # a mail failure must not stop the scheduler
                log.error("reminder e-mail failed: %s", type(exc).__name__)

    event.listen(db.session(), "after_commit", _send, once=True)


def run_clock_reminders(now: dt.datetime) -> int:
    """Raise reminders for overdue clocks; e-mail each role's staff a count (no content)."""
    made = services.raise_reminders(now)
    settings: Settings = current_app.config["CANDOUR_SETTINGS"]
    if made and settings.mail_server:
        by_role = Counter(reminder.role for reminder in made)
        mails = []
        for role, count in sorted(by_role.items()):
            recipients = list(db.session.execute(
                select(StaffUser.email).where(StaffUser.role == role, StaffUser.active.is_(True))
            ).scalars())
            if recipients:
                mails.append((recipients, count))
        _mail_after_commit(settings, mails)
    return len(made)


def init_app(app: Flask) -> None:
    """Register the clock job (every 30 minutes)."""
    register_job(app, "review.clock_reminders", 30, run_clock_reminders,
                 "Raise reminders for overdue review clocks")
