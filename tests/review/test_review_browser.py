"""The whole path in a real browser, one browser context per person.

A reporter submits through the form at /, the confidentiality officer de-identifies and releases
it, two reviewers triage it blind and disagree, the chair resolves it, and the reporter follows
every step through the receipt. No reviewer page ever shows the raw name from the narrative.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from reporting import services as reporting
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

CANARY = "Zebulon Quartermaine"
NARRATIVE = (
    f"Nurse {CANARY} gave the second insulin dose on 3 March without a second check because "
    "the ward was short of staff."
)


def _continue(page):
    page.get_by_role("button", name="Continue").click()


def _submit(page) -> str:
    page.goto("/")
    page.get_by_role("button", name="Start a report").click()
    page.get_by_label("Something went wrong").check()
    page.get_by_label("The short form (under 10 minutes)").check()
    _continue(page)
    page.get_by_label("No", exact=True).check()
    _continue(page)
    page.get_by_label("What happened?").fill(NARRATIVE)
    _continue(page)
    page.get_by_label(re.compile("Why does it matter")).fill("It could happen on any ward.")
    _continue(page)
    page.locator("#what_would_help").fill("A second checker on every shift.")
    _continue(page)
    page.get_by_label("No, keep me anonymous").check()
    _continue(page)
    page.get_by_role("button", name="Send report").click()
    return page.locator("#receipt").inner_text().strip()


def _status(page, receipt: str) -> tuple[str, str]:
    page.goto("/follow-up")
    page.get_by_label("Receipt phrase").fill(receipt)
    _continue(page)
    return page.locator("#status").inner_text(), page.locator("#history").inner_text()


def _person(chromium, live_server, user):
    context = chromium.new_context(base_url=live_server)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto("/staff/sign-in")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Staff home")).to_be_visible()
    return context, page, errors


def _triage(page, reference: str, *, harm: str, route: str) -> None:
    page.goto("/staff/triage")
    page.get_by_role("link", name=reference).first.click()
    assert CANARY not in page.content()
    page.get_by_label("Incident", exact=True).check()
    page.get_by_label(harm, exact=True).check()
    page.get_by_label("High", exact=True).check()
    page.get_by_label(route, exact=True).check()
    page.get_by_role("button", name="Submit my triage").click()


def test_full_path_from_report_to_chair_resolution(page, chromium, live_server, app, panel):
    receipt = _submit(page)
    report = reporting.find_by_receipt(receipt)
    reference = report.reference
    assert _status(page, receipt)[0] == "Received"

    officer, officer_page, officer_errors = _person(chromium, live_server, panel.officer)
    officer_page.get_by_role("link", name="Confidentiality queue").click()
    officer_page.get_by_role("link", name=reference).click()
    assert CANARY in officer_page.locator('[data-testid="raw-narrative"]').inner_text()
    assert CANARY not in officer_page.locator("#narrative").input_value()
    officer_page.get_by_role("button", name="Release the de-identified version to the panel").click()
    expect(officer_page.get_by_role("heading", name="Confidentiality queue")).to_be_visible()
    status, _history = _status(page, receipt)
    assert status == reporting.plain_status("deidentified")

    first, first_page, first_errors = _person(chromium, live_server, panel.reviewer1)
    _triage(first_page, reference, harm="Low harm", route="Systems review")
    # the triage form posts and redirects: wait for the page it lands on, never count at once
    expect(first_page.locator('[data-testid="answer"]')).to_have_count(1)

    second, second_page, second_errors = _person(chromium, live_server, panel.reviewer2)
    second_page.goto(f"/staff/reports/{reference}")
    assert second_page.locator('[data-testid="answer"]').count() == 0  # blind to the first reader
    _triage(second_page, reference, harm="Severe harm", route="After-action review")
    expect(second_page.locator('[data-testid="answer"]')).to_have_count(2)
    assert second_page.locator('[data-testid="status"]').inner_text() == "deidentified"

    chair, chair_page, chair_errors = _person(chromium, live_server, panel.chair)
    chair_page.get_by_role("link", name="Disagreements").click()
    chair_page.get_by_role("link", name=reference).click()
    chair_page.get_by_label("Moderate harm", exact=True).check()
    chair_page.get_by_label("Systems review", exact=True).check()
    chair_page.get_by_label("Reason for your decision").fill("Moderate: the second dose was given.")
    chair_page.get_by_role("button", name="Resolve").click()
    assert chair_page.locator('[data-testid="status"]').inner_text() == "triaged"
    assert CANARY not in chair_page.content()

    status, history = _status(page, receipt)
    assert status == reporting.plain_status("triaged")
    for step in ("submitted", "deidentified", "triaged"):
        assert reporting.history_words(step) in history
    assert CANARY not in page.content()

    for context in (officer, first, second, chair):
        context.close()
    assert not (officer_errors or first_errors or second_errors or chair_errors)
