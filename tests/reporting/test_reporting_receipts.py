"""Receipts: the wordlist, entropy, keyed-hash storage, normalisation and receipt-in-text refusal."""

from __future__ import annotations

import math
import re

from sqlalchemy import select

from config.database import db
from reporting import services
from reporting.models import Report


def test_wordlist_has_7776_distinct_short_lower_case_words(app):
    words = services.load_wordlist()
    assert len(words) == 7776
    assert len(set(words)) == 7776
    assert all(re.fullmatch(r"[a-z]{3,8}", w) for w in words)
    assert not {"the", "and", "was", "to", "of"} & set(words)  # function words break receipt-like runs


def test_receipt_has_at_least_112_bits(app):
    receipt = services.new_receipt()
    words = receipt.split(" ")
    assert len(words) == services.RECEIPT_WORDS
    assert all(w in services.load_wordlist() for w in words)
    assert services.RECEIPT_WORDS * math.log2(len(services.load_wordlist())) >= 112
    assert len({services.new_receipt() for _ in range(200)}) == 200


def test_receipt_is_stored_only_as_an_hmac(app, api_submit):
    data = api_submit()
    report = db.session.execute(select(Report)).scalar_one()
    assert report.receipt_hash == services.receipt_hash(data["receipt"])
    assert len(report.receipt_hash) == 64
    assert data["receipt"] not in repr(report.__dict__)
    # The hash is keyed: a plain SHA-256 of the receipt is not what is stored.
    import hashlib

    assert report.receipt_hash != hashlib.sha256(data["receipt"].encode()).hexdigest()


def test_receipts_are_normalised_for_lookup(app, api_submit):
    receipt = api_submit()["receipt"]
    variants = [
        receipt.upper(),
        "  " + receipt.replace(" ", "   ") + " ",
        receipt.replace(" ", "-"),
        receipt.replace(" ", " - ").title(),
    ]
    for variant in variants:
        assert services.find_by_receipt(variant) is not None
    assert services.find_by_receipt(receipt.rsplit(" ", 1)[0]) is None


def test_text_containing_a_receipt_like_run_is_refused(app, client, api_submit):
    receipt = api_submit()["receipt"]
    for text in (f"My receipt is {receipt}", receipt.replace(" ", "-"), receipt.upper()):
        response = client.post("/api/v1/reports", json={"kind": "incident", "narrative": text})
        assert response.status_code == 422
        assert "receipt" in response.get_json()["errors"]["narrative"][0]
    response = client.post(
        "/api/v1/reports", json={"kind": "success", "narrative": "Fine.", "already_done": receipt}
    )
    assert response.status_code == 422 and "already_done" in response.get_json()["errors"]
    assert services.count_reports() == 1


def test_ordinary_prose_is_not_mistaken_for_a_receipt(app):
    prose = [
        "The night shift handover was rushed because two staff were off sick and the agency nurse "
        "did not know the ward routine, so the insulin dose was given late.",
        "Social worker visited the family home after school; the child seemed anxious about the "
        "new foster placement and asked to see her brother more often.",
        "Crew briefing covered the revised departure slot, fuel figures and the forecast crosswind "
        "at the destination airport.",
        "Great teamwork from everyone involved made sure the young person felt listened to.",
    ]
    for text in prose:
        assert not services.contains_receipt_like(text), text


def test_draft_codes_and_receipts_use_different_keys(app):
    assert services.draft_code_hash("alpha beta") != services.receipt_hash("alpha beta")
