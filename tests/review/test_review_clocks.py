"""Working-day clocks with a controlled clock, across weekends and bank holidays; reminders; e-mail."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from config.database import db, transaction, utcnow
from config.scheduler import registered_jobs, run_once
from review.clocks import jobs
from review.clocks import services as clocks
from review.deidentify import services as deidentify
from tests.conftest import csrf_token, sign_in
from tests.review.conftest import REFERENCE_RE, release, submit

CHRISTMAS_EVE = dt.datetime(2026, 12, 24, 9, 0, tzinfo=dt.UTC)  # a Thursday before two bank holidays


def _run(app, job, *, now: dt.datetime) -> bool:
    """Run the job in its own app context and session, as the scheduler does (ours must not hold a lock)."""
    db.session.rollback()
    return run_once(app, job, now=now)


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC)


def test_working_days_skip_weekends_and_bank_holidays(app):
    cal = clocks.working_calendar()
    # Christmas Day (Fri), the weekend and the Boxing Day substitute (Mon 28th) do not count.
    assert cal.add_working_days(dt.date(2026, 12, 24), 1) == dt.date(2026, 12, 29)
    assert cal.add_working_days(dt.date(2026, 12, 24), 2) == dt.date(2026, 12, 30)
    # Easter 2026: Good Friday 3 April and Easter Monday 6 April.
    assert cal.add_working_days(dt.date(2026, 4, 2), 1) == dt.date(2026, 4, 7)
    # An ordinary weekend.
    assert cal.add_working_days(dt.date(2026, 11, 20), 1) == dt.date(2026, 11, 23)
    assert cal.add_working_days(dt.date(2026, 11, 18), 5) == dt.date(2026, 11, 25)
    assert cal.working_days_left(dt.date(2026, 12, 24), dt.date(2026, 12, 30)) == 2
    assert cal.working_days_left(dt.date(2026, 12, 30), dt.date(2026, 12, 30)) == 0
    assert (
        cal.working_days_left(dt.date(2027, 1, 4), dt.date(2026, 12, 30)) == -2
    )  # 31 Dec, 4 Jan (1 Jan hol)
    assert cal.next_working_day(dt.date(2027, 12, 25)) == dt.date(2027, 12, 29)


def test_bank_holidays_2025_to_2028_are_listed(app):
    holidays = clocks.working_calendar().holidays
    for year in (2025, 2026, 2027, 2028):
        assert sum(1 for d in holidays if d.year == year) == 8
    assert dt.date(2028, 1, 3) in holidays and dt.date(2027, 12, 28) in holidays


class TestOwnHolidayList:
    @pytest.fixture
    def settings_overrides(self, tmp_path):
        path = tmp_path / "holidays.json"
        path.write_text(json.dumps(["2026-11-19"]), "utf-8")  # an organisation's own closure day
        return {"bank_holidays_path": path}

    def test_the_bank_holiday_list_is_configurable(self, app):
        cal = clocks.working_calendar()
        assert cal.holidays == frozenset({dt.date(2026, 11, 19)})
        assert cal.add_working_days(dt.date(2026, 11, 18), 1) == dt.date(2026, 11, 20)
        assert cal.is_working_day(dt.date(2026, 12, 25))  # not in this list


def test_clocks_of_a_new_report_over_christmas(panel):
    report, _ = submit(now=CHRISTMAS_EVE)
    due = {c.kind: c for c in clocks.open_clocks(CHRISTMAS_EVE)}
    assert due["acknowledge"].due_on == dt.date(2026, 12, 30)
    assert due["deidentify"].due_on == dt.date(2026, 12, 31)
    assert due["feedback"].due_on == dt.date(2027, 3, 24)
    assert due["acknowledge"].days_left == 2 and not due["acknowledge"].overdue
    later = {c.kind: c for c in clocks.open_clocks(_at(dt.date(2026, 12, 31)))}
    assert later["acknowledge"].overdue and later["acknowledge"].days_left == -1
    assert later["deidentify"].days_left == 0 and not later["deidentify"].overdue


def test_acknowledging_stops_the_acknowledgement_clock(panel):
    report, _ = submit(now=CHRISTMAS_EVE)
    with transaction():
        deidentify.acknowledge(report, actor=panel.officer, now=CHRISTMAS_EVE)
    kinds = {c.kind for c in clocks.open_clocks(CHRISTMAS_EVE)}
    assert "acknowledge" not in kinds and "deidentify" in kinds
    assert report.messages[-1].author == "confidentiality_officer"


def test_immediate_risk_has_a_one_working_day_clock(panel):
    friday = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    submit(now=friday, immediate_risk=True)
    risk = next(c for c in clocks.open_clocks(friday) if c.kind == "immediate_risk")
    assert risk.due_on == dt.date(2026, 11, 23) and risk.days_left == 1
    assert next(
        c for c in clocks.open_clocks(_at(dt.date(2026, 11, 24))) if c.kind == "immediate_risk"
    ).overdue


def test_triage_clock_starts_at_release_and_durations_are_configurable(panel):
    report, _ = submit(now=CHRISTMAS_EVE)
    release(report, panel.officer, now=CHRISTMAS_EVE)
    triage = next(c for c in clocks.open_clocks(CHRISTMAS_EVE) if c.kind == "triage")
    assert triage.started_on == dt.date(2026, 12, 24) and triage.due_on == dt.date(2027, 1, 5)
    with transaction():
        clocks.set_durations({"triage": 2, "feedback": 1}, actor=panel.admin, now=CHRISTMAS_EVE)
    found = {c.kind: c for c in clocks.open_clocks(CHRISTMAS_EVE)}
    assert found["triage"].due_on == dt.date(2026, 12, 30)
    assert found["feedback"].due_on == dt.date(2027, 1, 25)  # 24 Jan 2027 is a Sunday
    with pytest.raises(clocks.ClockSettingsError):
        clocks.set_durations({"feedback": 40}, actor=panel.admin, now=CHRISTMAS_EVE)


def test_the_job_raises_reminders_once_per_overdue_clock(app, panel, client):
    submit(now=CHRISTMAS_EVE)
    job = next(j for j in registered_jobs(app) if j.name == "review.clock_reminders")
    assert _run(app, job, now=_at(dt.date(2026, 12, 30)))  # nothing overdue yet
    assert clocks.reminders_for(panel.officer) == []
    assert _run(app, job, now=_at(dt.date(2026, 12, 31)))
    first = clocks.reminders_for(panel.officer)
    assert [r.kind for r, _ in first] == ["acknowledge"]
    assert _run(app, job, now=_at(dt.date(2026, 12, 31)) + dt.timedelta(hours=1))
    assert len(clocks.reminders_for(panel.officer)) == 1  # not raised twice
    assert clocks.reminders_for(panel.chair) == []
    sign_in(client, panel.officer)
    page = client.get("/staff/reminders").get_data(as_text=True)
    assert "Acknowledge the report" in page and "Overdue" in page
    reference = first[0][0].reference
    token = csrf_token(client, "/staff/reminders")
    assert client.post(f"/staff/reminders/{reference}/dismiss", data={"csrf_token": token}).status_code == 302
    assert clocks.reminders_for(panel.officer) == []
    sign_in(client, panel.chair)
    token = csrf_token(client, "/staff/reminders")
    assert client.post(f"/staff/reminders/{reference}/dismiss", data={"csrf_token": token}).status_code == 404


def test_no_mail_without_a_mail_server(app, panel, monkeypatch):
    sent: list = []
    monkeypatch.setattr(jobs, "send_mail", lambda *args: sent.append(args))
    submit(now=CHRISTMAS_EVE)
    job = next(j for j in registered_jobs(app) if j.name == "review.clock_reminders")
    _run(app, job, now=_at(dt.date(2027, 1, 8)))
    assert sent == []


class TestWithMail:
    @pytest.fixture
    def settings_overrides(self):
        return {"mail_server": "smtp.example.org", "mail_sender": "candour@example.org"}

    def test_mail_carries_no_report_content_and_is_sent_after_commit(self, app, panel, monkeypatch):
        sent: list = []
        monkeypatch.setattr(
            jobs, "send_mail", lambda settings, to, subject, body: sent.append((to, subject, body))
        )
        report, _ = submit(now=CHRISTMAS_EVE)
        job = next(j for j in registered_jobs(app) if j.name == "review.clock_reminders")
        assert _run(app, job, now=_at(dt.date(2027, 1, 8)))
        assert sent, "a reminder e-mail was expected"
        for to, subject, body in sent:
            assert to == [panel.officer.email]
            assert report.reference not in body + subject
            assert not REFERENCE_RE.search(body + subject)
            assert "overdue" in body


def test_home_page_shows_each_queue_with_its_clocks(client, panel):
    now = utcnow()
    old, _ = submit(now=now - dt.timedelta(days=30))
    new, _ = submit(now=now)
    sign_in(client, panel.officer)
    page = client.get("/staff/").get_data(as_text=True)
    assert "Confidentiality queue" in page and old.reference in page and new.reference in page
    assert "Overdue" in page and "working days left" in page and "due " in page
