"""What a reporter sees after the panel acts: merged reports, status words, outside scope signposts."""

from __future__ import annotations

import pytest

from config.database import transaction
from reporting import services as reporting
from reporting.errors import ReportClosedError
from reporting.models import Status
from review.triage import services as triage
from review.workflow import services as workflow
from tests.conftest import NOW, csrf_token, sign_in
from tests.review.conftest import answer, release, submit


def _merge_second_into(first, panel):
    """Submit and release a second report, and have both its readers triage it as a duplicate."""
    second, receipt = submit(contact=False)
    release(second, panel.officer)
    for reader in [a.reader for a in triage.readers(second)]:
        answer(second, reader, route="duplicate", duplicate_of=first.reference)
    assert second.status == Status.MERGED
    return second, receipt


def _survivor_learning_agreed(first, panel):
    answer(first, panel.reviewer1)
    answer(first, panel.reviewer2)
    with transaction():
        workflow.transition(first, "start_review", actor=panel.chair, now=NOW)
        reporting.add_outcome(first, "action", "Insulin is now double-checked by a second nurse.",
                              now=NOW, state="done")
        reporting.add_signpost(first, "peer_support")
        workflow.transition(first, "agree_learning", actor=panel.chair, now=NOW, reason="Agreed.")


def _followup_page(client, receipt):
    token = csrf_token(client, "/follow-up")
    return client.post("/follow-up", data={"csrf_token": token, "receipt": receipt})


def test_merged_reporter_sees_the_surviving_reports_status_and_outcome(client, panel, released):
    first, (second, receipt) = released, _merge_second_into(released, panel)
    _survivor_learning_agreed(first, panel)

    view = reporting.reporter_view(reporting.find_by_receipt(receipt))
    assert view.merged and view.reference == second.reference
    assert view.status == "learning_agreed" and view.status_words == "Learning agreed"
    assert [o.text for o in view.outcomes] == ["Insulin is now double-checked by a second nurse."]
    assert [code for code, _t, _x in view.signposts] == ["peer_support"]
    # Its own steps, then the surviving report's steps after the merge.
    assert [h[0] for h in view.history] == ["submitted", "deidentified", "triaged", "merged",
                                            "triaged", "in_review", "learning_agreed"]

    api = client.post("/api/v1/followup", json={"receipt": receipt}).get_json()
    assert api["merged"] is True and api["status"] == "learning_agreed"
    assert api["outcomes"][0]["text"].startswith("Insulin is now double-checked")
    assert api["signposts"][0]["code"] == "peer_support"
    assert api["reference"] == second.reference and first.reference not in str(api)

    html = _followup_page(client, receipt).get_data(as_text=True)
    assert 'id="merged-notice"' in html and "Learning agreed" in html
    assert "Insulin is now double-checked by a second nurse." in html
    assert first.reference not in html


def test_panel_still_asks_each_reporter_and_each_sees_only_their_own_messages(client, panel, app):
    first, first_receipt = submit(contact=False)
    release(first, panel.officer)
    second, second_receipt = _merge_second_into(first, panel)
    with transaction():
        triage.ask_reporter(first, "Was the second checker on the ward?", actor=panel.chair, now=NOW)
        triage.ask_reporter(second, "Which shift was it?", actor=panel.chair, now=NOW)

    mine = reporting.reporter_view(reporting.find_by_receipt(second_receipt))
    assert [m.body for m in mine.messages] == ["Which shift was it?"] and mine.can_message
    theirs = reporting.reporter_view(reporting.find_by_receipt(first_receipt))
    assert [m.body for m in theirs.messages] == ["Was the second checker on the ward?"]

    # The merged reporter answers through their own receipt, over the API.
    question = mine.messages[0].public_id
    response = client.post("/api/v1/followup/messages",
                           json={"receipt": second_receipt, "body": "The night shift.", "reply_to": question})
    assert response.status_code == 201
    assert "The night shift." not in str(reporting.reporter_view(first).messages)

    # The chair can ask from the merged report's page too.
    sign_in(client, panel.chair)
    page = client.get(f"/staff/reports/{second.reference}").get_data(as_text=True)
    assert "Ask the reporter a question" in page


def test_merged_reporters_channel_closes_with_the_surviving_report(panel, released):
    first, (second, _receipt) = released, _merge_second_into(released, panel)
    answer(first, panel.reviewer1)
    answer(first, panel.reviewer2)
    with transaction():
        workflow.transition(first, "close", actor=panel.chair, now=NOW, reason="Nothing more to learn.")
    assert not reporting.accepts_messages(second)
    with pytest.raises(ReportClosedError), transaction():
        reporting.add_reporter_message(second, "One more thing", reply_to=None, now=NOW)
    assert reporting.reporter_view(second).status_words == "Closed"


def test_status_words_say_what_has_happened_once_released(client, panel, app):
    report, receipt = submit(contact=False)
    assert reporting.reporter_view(report).status_words == "Received"
    release(report, panel.officer)
    view = reporting.reporter_view(report)
    assert view.status_words == "With the panel"
    assert "is removing" not in view.status_explanation
    assert [words for _s, words, _on in view.history] == ["Received", "De-identified and passed to the panel"]
    html = _followup_page(client, receipt).get_data(as_text=True).lower()
    assert "being de-identified" not in html and "is removing" not in html
    answer(report, panel.reviewer1)
    answer(report, panel.reviewer2)
    assert reporting.reporter_view(report).status_words == "Triaged by the panel"


def test_triage_outside_scope_signposts_where_such_matters_go(client, panel, app):
    report, receipt = submit()
    release(report, panel.officer)
    answer(report, panel.reviewer1, route="outside_scope")
    answer(report, panel.reviewer2, route="outside_scope")
    assert report.status == Status.OUTSIDE_SCOPE
    assert report.signposts == ["outside_programme"]
    view = reporting.reporter_view(report)
    [(code, title, text)] = view.signposts
    assert code == "outside_programme" and title == "Where this can go instead"
    assert "complaints team" in text and "deliberate harm" not in text  # from taxonomy.json
    html = _followup_page(client, receipt).get_data(as_text=True)
    assert 'id="signpost-outside_programme"' in html and "deliberate harm" not in html


def test_triage_writes_its_classification_through_reporting(panel, released):
    answer(released, panel.reviewer1, harm_grade="moderate", service_area="childrens_social_care")
    answer(released, panel.reviewer2, harm_grade="moderate", service_area="childrens_social_care")
    assert (released.harm_grade, released.service_area) == ("moderate", "childrens_social_care")
    with pytest.raises(ValueError), transaction():
        reporting.record_triage_classification(released, harm_grade="catastrophic-ish", service_area=None,
                                               now=NOW)
