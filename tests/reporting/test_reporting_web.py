"""The web form without a browser: steps, errors, drafts, the preview's escaping and follow-up."""

from __future__ import annotations

import re

from config.database import transaction, utcnow
from reporting import services
from reporting.models import Author


def test_short_path_steps_in_order(client, form_csrf):
    token = form_csrf()
    answers = {"csrf_token": token, "kind": "success", "path": "short"}
    seen = []
    step = "start"
    for _ in range(10):
        response = client.post(
            "/report",
            data={
                **answers,
                "step": step,
                "go": "next",
                "immediate_risk": "no",
                "narrative": "Good",
                "wants_contact": "no",
            },
        )
        assert response.status_code == 200
        step = re.search(r'name="step" value="([a-z]+)"', response.get_data(as_text=True)).group(1)
        seen.append(step)
        if step == "check":
            break
    assert seen == ["risk", "what", "why", "help", "contact", "check"]


def test_missing_answers_show_a_govuk_error_summary(client, form_csrf):
    token = form_csrf()
    response = client.post("/report", data={"csrf_token": token, "step": "start"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert (
        "govuk-error-summary" in page and 'href="#kind"' in page and "Choose what you are reporting" in page
    )
    response = client.post(
        "/report",
        data={
            "csrf_token": token,
            "step": "what",
            "kind": "incident",
            "path": "short",
            "immediate_risk": "no",
        },
    )
    assert response.status_code == 400 and "Tell us what happened" in response.get_data(as_text=True)


def test_an_over_long_answer_is_kept_and_explained(client, form_csrf):
    text = "word " * 4100
    response = client.post(
        "/report",
        data={
            "csrf_token": form_csrf(),
            "step": "what",
            "kind": "incident",
            "path": "short",
            "narrative": text,
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "20,000 characters or fewer" in page
    assert text.strip()[:200] in page
    assert services.count_reports() == 0


def test_preview_escapes_html_and_highlights_redactions(client, form_csrf):
    narrative = '<script>alert(1)</script> Dr Jones said "<b>hi</b>" at Leeds'
    response = client.post(
        "/report",
        data={
            "csrf_token": form_csrf(),
            "step": "contact",
            "go": "next",
            "kind": "incident",
            "path": "short",
            "immediate_risk": "no",
            "narrative": narrative,
            "wants_contact": "no",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert '<mark class="candour-redaction">' in page
    preview = page[page.index('id="preview-narrative"') :]
    preview = preview[: preview.index("</div>")]
    assert "<b>" not in preview


def test_web_submission_shows_receipt_once_and_proof(client, web_submit):
    response, receipt = web_submit(kind="near_miss")
    assert response.status_code == 201 and receipt
    page = response.get_data(as_text=True)
    assert "cannot show it again" in page and "Proof code" in page
    assert receipt not in (response.headers.get("Location") or "")
    assert all(receipt not in c for c in response.headers.getlist("Set-Cookie"))
    assert response.headers["Cache-Control"] == "no-store"
    report = services.find_by_receipt(receipt)
    assert report.kind == "near_miss" and report.path == "short"


def test_web_submission_refuses_a_pasted_receipt(client, web_submit, api_submit):
    receipt = api_submit()["receipt"]
    response, got = web_submit(narrative=f"Earlier I reported this: {receipt}")
    assert response.status_code == 400 and got is None
    assert "receipt" in response.get_data(as_text=True)
    assert services.count_reports() == 1


def test_contact_details_from_the_form_are_sealed(client, web_submit):
    response, receipt = web_submit(wants_contact="yes", contact_phone="07700 900123")
    report = services.find_by_receipt(receipt)
    assert services.open_contact_details(report) == {"phone": "07700 900123"}
    response, receipt = web_submit(wants_contact="no", contact_phone="07700 900123")
    assert not services.has_contact_details(services.find_by_receipt(receipt))


def test_save_and_come_back(client, form_csrf):
    token = form_csrf()
    saved = client.post(
        "/report",
        data={
            "csrf_token": token,
            "step": "why",
            "go": "save",
            "kind": "success",
            "path": "short",
            "immediate_risk": "no",
            "narrative": "Lovely teamwork",
        },
    )
    code = re.search(r'id="draft-code"><strong>([^<]+)<', saved.get_data(as_text=True)).group(1)
    assert len(code.split()) == 6
    wrong = client.post("/report/resume", data={"csrf_token": token, "code": "not my code"})
    assert wrong.status_code == 400 and "could not find" in wrong.get_data(as_text=True)
    resumed = client.post("/report/resume", data={"csrf_token": token, "code": code.upper()})
    assert resumed.status_code == 200 and "Lovely teamwork" in resumed.get_data(as_text=True)
    again = client.post("/report/resume", data={"csrf_token": token, "code": code})
    assert again.status_code == 400  # a draft opens once


def test_web_follow_up_answer_and_withdraw(client, web_submit, form_csrf):
    _response, receipt = web_submit()
    report = services.find_by_receipt(receipt)
    with transaction():
        question = services.post_staff_message(
            report, "Which team?", author=Author.CONFIDENTIALITY_OFFICER, is_question=True, now=utcnow()
        )
    token = form_csrf("/follow-up")
    page = client.post("/follow-up", data={"csrf_token": token, "receipt": receipt})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Which team?" in html and "A child&#39;s plan" not in html
    assert html.count(f'name="receipt" value="{receipt}"') >= 2
    bad = client.post("/follow-up", data={"csrf_token": token, "receipt": "wrong words"})
    assert bad.status_code == 404 and "could not find" in bad.get_data(as_text=True)
    empty = client.post("/follow-up/message", data={"csrf_token": token, "receipt": receipt, "body": " "})
    assert empty.status_code == 400
    answered = client.post(
        "/follow-up/message",
        data={"csrf_token": token, "receipt": receipt, "reply_to": question.public_id, "body": "Team B"},
    )
    assert answered.status_code == 200 and question.answered
    confirm = client.post("/follow-up/withdraw", data={"csrf_token": token, "receipt": receipt})
    assert "Are you sure" in confirm.get_data(as_text=True) and report.status == "submitted"
    done = client.post(
        "/follow-up/withdraw", data={"csrf_token": token, "receipt": receipt, "confirm": "yes"}
    )
    assert done.status_code == 200 and report.status == "withdrawn" and report.narrative_sealed is None


def test_signposts_for_outside_scope_reports(client, web_submit, form_csrf):
    from reporting.models import Status

    _response, receipt = web_submit()
    report = services.find_by_receipt(receipt)
    with transaction():
        services.record_status(report, Status.OUTSIDE_SCOPE, now=utcnow())
    page = client.post("/follow-up", data={"csrf_token": form_csrf("/follow-up"), "receipt": receipt})
    html = page.get_data(as_text=True)
    # Closed as outside scope without a recorded signpost: where such matters go, not deliberate harm.
    assert "Where this can go instead" in html and "Withdraw my report" not in html
    assert "deliberate harm" not in html


def test_urgent_help_page_lists_local_contacts(client):
    page = client.get("/urgent-help").get_data(as_text=True)
    assert "999" in page and "front door" in page
