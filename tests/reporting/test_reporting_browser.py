"""The reporter's journey in a real browser (Chromium via Playwright), with no JavaScript needed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from config.database import transaction, utcnow
from reporting import services
from reporting.models import Author

pytestmark = pytest.mark.browser

NARRATIVE = "Dr Jones at Leeds gave the evening dose late on 3 March because the drug round was interrupted."


def _continue(page):
    page.get_by_role("button", name="Continue").click()


def _submit_report(page, *, kind_label: str, path_label: str, full: bool, success: bool) -> str:
    page.goto("/")
    page.get_by_role("button", name="Start a report").click()
    page.get_by_label(kind_label).check()
    page.get_by_label(path_label).check()
    _continue(page)
    page.get_by_label("No", exact=True).check()
    _continue(page)
    page.get_by_label("What went well?" if success else "What happened?").fill(NARRATIVE)
    _continue(page)
    page.get_by_label(re.compile("Why does it matter")).fill("It could have caused harm.")
    _continue(page)
    page.locator("#what_would_help").fill("Protected time for drug rounds.")
    _continue(page)
    if full:
        page.get_by_label("Service area").select_option("health")
        page.get_by_label("Setting").select_option("inpatient_ward")
        page.get_by_label("The month it happened").select_option(index=2)
        if not success:
            page.get_by_label("Low harm").check()
        page.get_by_label("Nurse", exact=True).check()
        _continue(page)
        page.get_by_label("Time pressure and interruptions").check()
        page.get_by_label("What has already been done? (optional)").fill("Told the ward manager.")
        page.get_by_label("Yes", exact=True).check()
        _continue(page)
    page.get_by_label("No, keep me anonymous").check()
    _continue(page)
    # The anonymised preview: the name is highlighted, shown as the panel will see it.
    preview = page.locator("#preview-narrative")
    assert preview.locator("mark.candour-redaction").count() >= 1
    assert "Jones" not in preview.inner_text().split("(replacing")[0]
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("heading", name="Report sent")).to_be_visible()
    receipt = page.locator("#receipt").inner_text().strip()
    assert len(receipt.split()) == 10
    assert page.locator("#proof-code").inner_text().strip()
    return receipt


@pytest.mark.parametrize(
    ("kind_label", "success"), [("Something went wrong", False), ("Something went well", True)]
)
@pytest.mark.parametrize(
    ("path_label", "full"),
    [("The short form (under 10 minutes)", False), ("The full form (about 20 minutes)", True)],
)
def test_submit_both_kinds_on_both_paths(page, app, kind_label, success, path_label, full):
    receipt = _submit_report(page, kind_label=kind_label, path_label=path_label, full=full, success=success)
    report = services.find_by_receipt(receipt)
    assert report is not None
    assert report.kind == ("success" if success else "incident")
    assert report.path == ("full" if full else "short")
    if full:
        assert report.service_area == "health" and "nurse" in report.roles_involved
        assert report.quote_consent is True
        assert report.harm_grade == (None if success else "low")


def _follow_up(page, receipt: str) -> None:
    page.goto("/follow-up")
    page.get_by_label("Receipt phrase").fill(receipt.upper())
    _continue(page)


def test_keep_receipt_come_back_answer_question_and_withdraw(page, app):
    receipt = _submit_report(
        page,
        kind_label="Something nearly went wrong",
        path_label="The short form (under 10 minutes)",
        full=False,
        success=False,
    )
    assert "/report" in page.url and receipt not in page.url

    _follow_up(page, receipt)
    assert page.locator("#status").inner_text() == "Received"
    assert NARRATIVE not in page.content()

    report = services.find_by_receipt(receipt)
    with transaction():
        services.post_staff_message(
            report, "Which ward <b>was</b> it?", author=Author.PANEL, is_question=True, now=utcnow()
        )
    _follow_up(page, receipt)
    expect(page.get_by_text("Which ward <b>was</b> it?")).to_be_visible()  # shown as text, not markup
    page.get_by_label("Your answer").fill("A surgical ward.")
    page.get_by_role("button", name="Send answer").click()
    assert "The panel will see your message" in page.locator("#notice").inner_text()
    expect(page.get_by_text("A surgical ward.")).to_be_visible()

    page.get_by_role("button", name="Withdraw my report").click()
    expect(page.get_by_role("heading", name=re.compile("Are you sure"))).to_be_visible()
    page.get_by_role("button", name="Yes, withdraw and delete my report").click()
    assert page.locator("#status").inner_text() == "Withdrawn"
    assert receipt.lower() not in page.url.lower()


def test_immediate_risk_shows_where_to_go_before_and_after(page, app):
    page.goto("/report")
    page.get_by_label("Something went wrong").check()
    page.get_by_label("The short form (under 10 minutes)").check()
    _continue(page)
    page.get_by_label("Yes, someone may be at risk of harm now").check()
    _continue(page)
    expect(page.get_by_role("heading", name="If someone is at risk of harm now")).to_be_visible()
    assert "999" in page.content()
    page.get_by_label("What happened?").fill("A child said they are scared to go home tonight.")
    for _ in range(3):
        _continue(page)
    page.get_by_label("No, keep me anonymous").check()
    _continue(page)
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("heading", name="If someone is at risk of harm now")).to_be_visible()
    receipt = page.locator("#receipt").inner_text().strip()
    assert services.find_by_receipt(receipt).immediate_risk is True


def test_printed_receipt_page_shows_only_the_proof_of_report(page, app):
    receipt = _submit_report(page, kind_label="Something went wrong",
                             path_label="The short form (under 10 minutes)", full=False, success=False)
    page.emulate_media(media="print")
    for shown in ("#proof", "#proof-code", "#verify-instructions"):
        assert page.locator(shown).is_visible(), shown
    assert not page.locator("#receipt").is_visible()  # the receipt phrase never reaches paper
    assert not page.get_by_role("heading", name="Report sent").is_visible()
    assert not page.get_by_role("heading", name="What happens next").is_visible()
    printed = page.locator("main").inner_text()
    assert receipt not in printed and "Download the proof" not in printed
    pdf = page.pdf()  # Chromium lays the print out for real
    assert pdf.startswith(b"%PDF")
