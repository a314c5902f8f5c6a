"""A step a service refuses on a staff page shows the refusal on that page; the API keeps its JSON."""

from __future__ import annotations

from reporting.models import Status
from tests.conftest import csrf_from, csrf_token, sign_in
from tests.review.conftest import answer

TRIAGE = {"kind": "incident", "harm_grade": "low", "learning_potential": "low", "route": "systems_review"}


def test_second_triage_answer_shows_the_refusal_on_the_report_page(client, panel, released):
    answer(released, panel.reviewer1)
    sign_in(client, panel.reviewer1)
    page = client.get(f"/staff/reports/{released.reference}").get_data(as_text=True)
    response = client.post(f"/staff/reports/{released.reference}/triage",
                           data={**TRIAGE, "csrf_token": csrf_from(page)})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'class="govuk-error-summary"' in html and "You have already triaged this report" in html
    assert f"Report {released.reference}</h1>" in html  # the report page, not a bare error page
    assert "<title>Error: Report" in html


def test_illegal_transition_shows_the_refusal_on_the_report_page(client, panel, released):
    sign_in(client, panel.chair)
    token = csrf_token(client, f"/staff/reports/{released.reference}")
    response = client.post(f"/staff/reports/{released.reference}/transition",
                           data={"action": "close", "reason": "done", "csrf_token": token})
    html = response.get_data(as_text=True)
    assert response.status_code == 409
    assert 'data-testid="refusal"' in html and "cannot be closed because it is with the panel" in html
    assert f"Report {released.reference}</h1>" in html and released.status == Status.DEIDENTIFIED


def test_the_api_still_answers_409_json(client, panel, released):
    answer(released, panel.reviewer1)
    answer(released, panel.reviewer2)
    sign_in(client, panel.reviewer1)
    token = csrf_token(client, "/staff/triage")
    response = client.post(f"/api/v1/reports/{released.reference}/triage", json=TRIAGE,
                           headers={"X-CSRFToken": token})
    assert response.status_code == 409 and response.get_json()["status"] == 409
