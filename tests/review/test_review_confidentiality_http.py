"""Over HTTP: the de-identification gate, and that the panel never sees raw text or contact details."""

from __future__ import annotations

import re

from sqlalchemy import select

from config.audit import AuditEvent
from config.database import db, transaction
from reporting import services as reporting
from reporting.models import Author, Status
from review.deidentify import services as deidentify
from tests.conftest import NOW, csrf_from, csrf_token, sign_in
from tests.review.conftest import CONTACT_CANARY, RAW_CANARY, answer, release, submit

LINK = re.compile(r'href="(/(?:staff|api)/[^"#?]*)"')


def test_officer_sees_raw_text_beside_the_proposal_with_spans_and_risk(client, panel, submitted):
    report, _ = submitted
    sign_in(client, panel.officer)
    page = client.get(f"/staff/confidentiality/{report.reference}").get_data(as_text=True)
    assert RAW_CANARY in page  # the raw text, for the officer only
    assert "<mark" in page and "name →" in page  # highlighted spans with their kind and replacement
    assert "March 2026" in page  # the exact date generalised to the month
    assert "Re-identification risk:" in page and "out of 100" in page
    assert 'name="narrative"' in page  # the textarea prefilled with the anonymiser's output


def test_officer_edits_adds_redactions_and_releases(client, panel, submitted):
    report, _ = submitted
    sign_in(client, panel.officer)
    page = client.get(f"/staff/confidentiality/{report.reference}").get_data(as_text=True)
    proposal = deidentify.propose(report, actor=panel.officer).proposed_texts()
    edited = proposal["narrative"] + " The ward was busy."
    response = client.post(
        f"/staff/confidentiality/{report.reference}/release",
        data={
            "narrative": edited,
            "why_it_matters": proposal["why_it_matters"],
            "extra_redactions": "insulin\n",
            "csrf_token": csrf_from(page),
        },
    )
    assert response.status_code == 302
    assert report.status == Status.DEIDENTIFIED
    texts = reporting.open_deidentified(report)
    assert texts is not None and "insulin" not in texts["narrative"] and "[redacted]" in texts["narrative"]
    assert texts["narrative"].endswith("The ward was busy.")
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "report.release")).scalar_one()
    assert event.details["decision"] == "edited" and event.details["redactions"]["manual"] == 1
    assert "ward" not in str(event.details)


def test_release_that_leaves_out_a_field_is_refused(client, panel, submitted):
    report, _ = submitted
    sign_in(client, panel.officer)
    token = csrf_token(client, f"/staff/confidentiality/{report.reference}")
    response = client.post(
        f"/staff/confidentiality/{report.reference}/release",
        data={"narrative": "something", "csrf_token": token},
    )
    assert response.status_code == 400
    assert report.status == Status.SUBMITTED


def test_panel_cannot_reach_a_report_before_release(client, panel, submitted):
    report, _ = submitted
    for user in (panel.reviewer1, panel.chair):
        sign_in(client, user)
        assert client.get(f"/staff/reports/{report.reference}").status_code == 404
        assert client.get(f"/api/v1/reports/{report.reference}").status_code == 404
        assert client.get(f"/staff/confidentiality/{report.reference}").status_code == 403


def _crawl(client, start: list[str]) -> dict[str, str]:
    """Every staff page and API response reachable by following links from `start`."""
    seen: dict[str, str] = {}
    todo = list(start)
    while todo:
        url = todo.pop()
        if url in seen or "/sign-out" in url:
            continue
        response = client.get(url)
        seen[url] = response.get_data(as_text=True)
        todo += [u for u in LINK.findall(seen[url]) if u not in seen]
    return seen


def _relay(client, officer, report, message_id: str, *, extra: str = "") -> str:
    """The officer opens a reporter's reply and releases the anonymiser's proposal; returns the page."""
    sign_in(client, officer)
    url = f"/staff/confidentiality/{report.reference}/replies/{message_id}"
    page = client.get(url).get_data(as_text=True)
    proposed = deidentify.propose_reply(report, reporting.find_message(report, message_id),
                                        actor=officer).proposed_texts()["reply"]
    form = {"text": proposed, "extra_redactions": extra, "csrf_token": csrf_from(page)}
    response = client.post(url, data=form)
    assert response.status_code == 302, response.get_data(as_text=True)[:400]
    client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})
    return page


def test_reviewers_never_see_raw_text_or_contact_details(client, panel, released):
    # A panel question answered by the reporter in their own (raw) words covers the messages too:
    # one reply the officer relayed (the panel reads its de-identified version), one not yet relayed.
    with transaction():
        question = reporting.post_staff_message(
            released, "Which shift was it?", author=Author.PANEL, is_question=True, now=NOW
        )
        reply = reporting.add_reporter_message(
            released, f"It was the night shift, ask Nurse {RAW_CANARY}", reply_to=question.public_id, now=NOW
        )
        reporting.add_reporter_message(released, f"{RAW_CANARY} also saw it.", reply_to=None, now=NOW)
    _relay(client, panel.officer, released, reply.public_id, extra="Quartermaine")
    answer(released, panel.reviewer1, harm_grade="severe")
    for user in (panel.reviewer1, panel.reviewer2, panel.chair):
        sign_in(client, user)
        pages = _crawl(
            client,
            [
                "/staff/",
                "/staff/triage",
                f"/staff/reports/{released.reference}",
                f"/staff/reports/{released.reference}/assessments/new",
                "/staff/disagreements",
                "/staff/clocks",
                "/staff/reminders",
            ],
        )
        pages.update(
            {
                url: client.get(url).get_data(as_text=True)
                for url in (
                    "/api/v1/triage/queue",
                    f"/api/v1/reports/{released.reference}",
                    f"/api/v1/reports/{released.reference}/triage",
                    "/api/v1/just-culture/models",
                    "/api/v1/clocks",
                )
            }
        )
        assert len(pages) > 8
        assert "It was the night shift" in pages[f"/staff/reports/{released.reference}"], user.role
        relay_page = f"/staff/confidentiality/{released.reference}/replies/{reply.public_id}"
        assert client.get(relay_page).status_code == 403
        for url, body in pages.items():
            assert RAW_CANARY not in body, (user.role, url)
            assert CONTACT_CANARY not in body, (user.role, url)
        client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})


def test_second_reader_cannot_see_the_first_readers_answers_over_http(client, panel, released):
    answer(released, panel.reviewer1, harm_grade="severe", route="after_action_review")
    sign_in(client, panel.reviewer2)
    page = client.get(f"/staff/reports/{released.reference}").get_data(as_text=True)
    assert 'data-testid="answer"' not in page and "after action review" not in page
    state = client.get(f"/api/v1/reports/{released.reference}/triage").get_json()
    assert state["answers"] == [] and state["both_in"] is False
    token = csrf_token(client, f"/staff/reports/{released.reference}")
    body = {"kind": "incident", "harm_grade": "low", "learning_potential": "high", "route": "systems_review"}
    response = client.post(
        f"/api/v1/reports/{released.reference}/triage", json=body, headers={"X-CSRFToken": token}
    )
    assert response.status_code == 201
    state = response.get_json()
    assert state["both_in"] is True and len(state["answers"]) == 2
    assert sorted(state["differences"]) == ["harm_grade", "route"]


def test_unassigned_reviewer_gets_404(client, panel, released):
    sign_in(client, panel.reviewer3)
    assert client.get(f"/staff/reports/{released.reference}").status_code == 404
    assert client.get(f"/api/v1/reports/{released.reference}").status_code == 404
    assert released.reference not in client.get("/api/v1/triage/queue").get_data(as_text=True)


def test_immediate_risk_flagged_at_submission_tops_the_queue(client, panel, app):
    plain, _ = submit()
    risky, _ = submit(immediate_risk=True)
    sign_in(client, panel.officer)
    page = client.get("/staff/confidentiality/").get_data(as_text=True)
    assert page.index(risky.reference) < page.index(plain.reference)
    assert "Immediate risk" in page and "Act on the immediate risk" in page
    token = csrf_token(client, f"/staff/confidentiality/{risky.reference}")
    response = client.post(
        f"/staff/confidentiality/{risky.reference}/risk",
        data={"actions": ["safeguarding_referral"], "note": "Referred to the duty team", "csrf_token": token},
    )
    assert response.status_code == 302
    assert not deidentify.has_open_risk(risky)
    assert "safeguarding_referral_made" in risky.signposts
    flag = deidentify.risk_history(risky)[0]
    assert flag.source == "reporter" and b"duty team" not in flag.note_sealed
    event = db.session.execute(
        select(AuditEvent).where(AuditEvent.action == "report.immediate_risk_acted")
    ).scalar_one()
    assert event.details["actions"] == {"safeguarding_referral": 1} and "duty" not in str(event.details)


def test_reader_flags_immediate_risk_during_triage(client, panel, released):
    sign_in(client, panel.reviewer1)
    token = csrf_token(client, f"/staff/reports/{released.reference}")
    assert (
        client.post(
            f"/staff/reports/{released.reference}/immediate-risk", data={"csrf_token": token}
        ).status_code
        == 302
    )
    assert deidentify.has_open_risk(released)
    assert [item.report for item in deidentify.open_risks()] == [released]


def test_panel_question_reaches_the_reporter(client, panel, app):
    report, receipt = submit()
    release(report, panel.officer)
    sign_in(client, panel.reviewer1)
    token = csrf_token(client, f"/staff/reports/{report.reference}")
    response = client.post(
        f"/staff/reports/{report.reference}/questions",
        data={"body": "Was a second checker available?", "csrf_token": token},
    )
    assert response.status_code == 302
    view = reporting.reporter_view(reporting.find_by_receipt(receipt))
    assert any(m.is_question and m.body == "Was a second checker available?" for m in view.messages)


def test_officer_relays_a_reporters_reply_to_the_panel_audited_without_text(client, panel, released):
    with transaction():
        question = reporting.post_staff_message(
            released, "Was a second checker available?", author=Author.PANEL, is_question=True, now=NOW
        )
        reply = reporting.add_reporter_message(
            released, f"No. Nurse {RAW_CANARY} was alone on 3 March 2026.", reply_to=question.public_id,
            now=NOW,
        )
    sign_in(client, panel.reviewer1)
    before = client.get(f"/staff/reports/{released.reference}").get_data(as_text=True)
    assert "a reply from the reporter" in before and "was alone" not in before
    client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})

    sign_in(client, panel.officer)
    queue = client.get("/staff/confidentiality/").get_data(as_text=True)
    assert f"/staff/confidentiality/{released.reference}/replies/{reply.public_id}" in queue
    client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})
    page = _relay(client, panel.officer, released, reply.public_id, extra="Quartermaine")
    assert RAW_CANARY in page and "<mark" in page and "Re-identification risk:" in page  # raw beside proposal

    for user in (panel.reviewer1, panel.chair):
        sign_in(client, user)
        after = client.get(f"/staff/reports/{released.reference}").get_data(as_text=True)
        assert "was alone" in after and "de-identified by the confidentiality officer" in after
        assert RAW_CANARY not in after and "3 March" not in after
        client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})
    sign_in(client, panel.reviewer3)  # not one of the report's readers
    assert client.get(f"/staff/reports/{released.reference}").status_code == 404

    event = db.session.execute(
        select(AuditEvent).where(AuditEvent.action == "report.reply_released")
    ).scalar_one()
    assert sum(event.details["redactions"].values()) >= 2  # the name and the date, counted by kind
    assert event.details["decision"] in ("accepted", "edited")
    assert "alone" not in str(event.details) and "Quartermaine" not in str(event.details)
    # Passed on once: a second release is refused and the queue no longer lists it.
    assert deidentify.replies_awaiting_relay() == []
