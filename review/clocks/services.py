"""Working-day clocks (DESIGN.md section 6).

Clocks count working days: Monday to Friday, less the bank holidays in the configurable list at
`settings.bank_holidays_path` (England and Wales 2025-2028 by default, in GOV.UK's format). A
clock's due date is `n` working days after the day it started (the start day does not count);
"working days left" counts working days after today up to and including the due day, so a clock
due today has 0 left and a clock past its due day is overdue.

| clock | starts | stops | default |
|---|---|---|---|
| acknowledge | the day the report arrived | acknowledged or released | 2 working days |
| de-identify | the day the report arrived | released to the panel | 3 working days |
| immediate risk | the day it was flagged | the officer records action | 1 working day |
| triage | the day it was released | triaged (agreed or resolved) | 5 working days |
| feedback | the day the report arrived | learning agreed, or final | 3 months |

The admin changes durations on the settings page (stored as panel settings).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from config.database import db, public_reference
from config.identity.models import StaffUser
from config.security import Role
from reporting.models import FINAL_STATUSES, Report, Status
from review.clocks.errors import ClockSettingsError
from review.clocks.models import Reminder
from review.deidentify import services as deidentify
from review.workflow import services as workflow
from review.workflow.errors import ReportNotVisibleError

DEFAULT_DURATIONS = {"acknowledge": 2, "deidentify": 3, "immediate_risk": 1, "triage": 5, "feedback": 3}
LABELS = {
    "acknowledge": "Acknowledge the report",
    "deidentify": "De-identify and release",
    "immediate_risk": "Act on the immediate risk",
    "triage": "Triage",
    "feedback": "Feedback to the reporter",
}
UNITS = {"feedback": "months"}
ROLES = {
    "acknowledge": Role.CONFIDENTIALITY_OFFICER,
    "deidentify": Role.CONFIDENTIALITY_OFFICER,
    "immediate_risk": Role.CONFIDENTIALITY_OFFICER,
    "triage": Role.CHAIR,
    "feedback": Role.CHAIR,
}
_LIMITS = {"feedback": (1, 12)}
_SETTING = "clock.{}"


# -- the calendar ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class WorkingCalendar:
    """Weekdays less bank holidays."""

    holidays: frozenset[dt.date]

    def is_working_day(self, day: dt.date) -> bool:
        """True on a weekday that is not a bank holiday."""
        return day.weekday() < 5 and day not in self.holidays

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The day `days` working days after `start` (the start day itself does not count)."""
        day = start
        counted = 0
        while counted < days:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` if it is a working day, otherwise the next one."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def working_days_left(self, today: dt.date, due: dt.date) -> int:
        """Working days after today up to the due day; negative (working days late) once overdue."""
        if due >= today:
            return sum(1 for n in range(1, (due - today).days + 1)
                       if self.is_working_day(today + dt.timedelta(days=n)))
        return -sum(1 for n in range(0, (today - due).days)
                    if self.is_working_day(today - dt.timedelta(days=n)))


def read_bank_holidays(path: Path) -> frozenset[dt.date]:
    """Bank holidays from a JSON file: GOV.UK's shape (`{"events": [{"date": ...}]}`) or a list of dates."""
    try:
        raw = json.loads(path.read_text("utf-8"))
        entries = raw["events"] if isinstance(raw, dict) else raw
        return frozenset(
            dt.date.fromisoformat(entry["date"] if isinstance(entry, dict) else entry) for entry in entries
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ClockSettingsError(
            f"The bank holiday list {path.name} cannot be read ({type(exc).__name__})."
        ) from None


def working_calendar() -> WorkingCalendar:
    """The calendar from the configured bank holiday list."""
    return WorkingCalendar(read_bank_holidays(current_app.config["CANDOUR_SETTINGS"].bank_holidays_path))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day if it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- durations ------------------------------------------------------------------------------------
def durations() -> dict[str, int]:
    """Current clock durations (working days; feedback in months)."""
    out = {}
    for name, default in DEFAULT_DURATIONS.items():
        try:
            out[name] = int(workflow.get_setting(_SETTING.format(name), str(default)))
        except ValueError:
            out[name] = default
    return out


def set_durations(values: dict[str, int], *, actor: StaffUser, now: dt.datetime) -> None:
    """The admin changes clock durations."""
    for name, value in values.items():
        if name not in DEFAULT_DURATIONS:
            raise ClockSettingsError(f"There is no clock called {name}.")
        low, high = _LIMITS.get(name, (1, 60))
        if not low <= int(value) <= high:
            raise ClockSettingsError(f"{LABELS[name]}: choose between {low} and {high}.")
        workflow.set_setting(_SETTING.format(name), str(int(value)), actor=actor, now=now)


# -- clocks ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Clock:
    """One running clock on one report."""

    kind: str
    report: Report
    started_on: dt.date
    due_on: dt.date
    days_left: int

    @property
    def label(self) -> str:
        """What has to be done."""
        return LABELS[self.kind]

    @property
    def role(self) -> Role:
        """Who is reminded."""
        return ROLES[self.kind]

    @property
    def overdue(self) -> bool:
        """True once the due day has passed."""
        return self.days_left < 0


def _release_day(report: Report) -> dt.date:
    event = workflow.last_event(report, "release")
    if event is not None:
        return event.at.date()
    changes = [e.on for e in report.status_events if e.status == Status.DEIDENTIFIED.value]
    return changes[-1] if changes else report.submitted_on


def clocks_for(report: Report, *, today: dt.date, cal: WorkingCalendar, lengths: dict[str, int],
               risk_since: dt.date | None = None) -> list[Clock]:
    """The clocks running on one report today."""
    status = Status(report.status)
    found: list[tuple[str, dt.date, dt.date]] = []
    if risk_since is not None:
        due = cal.add_working_days(risk_since, lengths["immediate_risk"])
        found.append(("immediate_risk", risk_since, due))
    if status is Status.SUBMITTED:
        if not deidentify.is_acknowledged(report):
            found.append(("acknowledge", report.submitted_on,
                          cal.add_working_days(report.submitted_on, lengths["acknowledge"])))
        found.append(("deidentify", report.submitted_on,
                      cal.add_working_days(report.submitted_on, lengths["deidentify"])))
    if status is Status.DEIDENTIFIED:
        start = _release_day(report)
        found.append(("triage", start, cal.add_working_days(start, lengths["triage"])))
    if status not in FINAL_STATUSES and status is not Status.LEARNING_AGREED:
        due = cal.next_working_day(add_months(report.submitted_on, lengths["feedback"]))
        found.append(("feedback", report.submitted_on, due))
    return [Clock(kind, report, start, due, cal.working_days_left(today, due)) for kind, start, due in found]


def open_clocks(now: dt.datetime, *, reports: list[Report] | None = None) -> list[Clock]:
    """Every running clock (on the given reports, or on all open reports), soonest due first."""
    cal = working_calendar()
    lengths = durations()
    risks = {item.report.id: item.since for item in deidentify.open_risks()}
    if reports is None:
        finals = [s.value for s in FINAL_STATUSES]
        reports = list(db.session.execute(
            select(Report).where(Report.status.notin_(finals)).order_by(Report.id)
        ).scalars())
        known = {r.id for r in reports}
        reports += [item.report for item in deidentify.open_risks() if item.report.id not in known]
    clocks: list[Clock] = []
    for report in reports:
        clocks += clocks_for(report, today=now.date(), cal=cal, lengths=lengths,
                             risk_since=risks.get(report.id))
    return sorted(clocks, key=lambda c: (c.due_on, c.kind, c.report.reference))


def clocks_by_report(now: dt.datetime, reports: list[Report]) -> dict[int, list[Clock]]:
    """Clocks for each of the given reports (for the queues)."""
    out: dict[int, list[Clock]] = {r.id: [] for r in reports}
    for clock in open_clocks(now, reports=reports):
        out[clock.report.id].append(clock)
    return out


# -- reminders ------------------------------------------------------------------------------------
def raise_reminders(now: dt.datetime) -> list[Reminder]:
    """Create a reminder for each overdue clock that has none yet; returns the new ones."""
    made: list[Reminder] = []
    for clock in open_clocks(now):
        if not clock.overdue:
            continue
        exists = db.session.execute(select(Reminder.id).where(
            Reminder.role == clock.role.value, Reminder.kind == clock.kind,
            Reminder.report_id == clock.report.id, Reminder.due_on == clock.due_on,
        )).first()
        if exists is not None:
            continue
        reminder = Reminder(reference=public_reference("RM"), role=clock.role.value, kind=clock.kind,
                            report_id=clock.report.id, due_on=clock.due_on, raised_at=now)
        db.session.add(reminder)
        made.append(reminder)
    db.session.flush()
    return made


def reminders_for(user: StaffUser) -> list[tuple[Reminder, Report]]:
    """Open reminders for the user's role, oldest due first."""
    rows = db.session.execute(
        select(Reminder, Report).join(Report, Report.id == Reminder.report_id)
        .where(Reminder.role == user.role, Reminder.dismissed_at.is_(None))
        .order_by(Reminder.due_on, Reminder.id)
    ).all()
    return [(reminder, report) for reminder, report in rows]


def dismiss_reminder(reference: str, *, actor: StaffUser, now: dt.datetime) -> None:
    """Dismiss a reminder of the actor's role (others' answer 404)."""
    reminder = db.session.execute(
        select(Reminder).where(Reminder.reference == reference)
    ).scalar_one_or_none()
    if reminder is None or reminder.role != actor.role or reminder.dismissed_at is not None:
        raise ReportNotVisibleError("Page not found")
    reminder.dismissed_at = now
    reminder.dismissed_by = actor.public_id
