"""Round 11 (session 6): what blind corpora 53-60 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import hidden, untouched


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Placed at Flat 2, 19 Orchard Street, Westmoor WM3 8HF with mum.", "WM3 8HF"),
        ("Letters went to 23 Wellgate Terrace, WM2 4LP, the father's address.", "WM2 4LP"),
        ("Postcode: QQ1 2AB (new flat).", "QQ1 2AB"),
    ],
)
def test_a_full_postcode_where_an_address_ends_even_with_an_area_no_map_has(
        text: str, postcode: str) -> None:
    assert hidden(text, postcode)


@pytest.mark.parametrize("text", ["Her ref is XZ4 5AB on the form.", "model xz4 5ab fitted"])
def test_an_unknown_area_elsewhere_is_not_a_postcode(text: str) -> None:
    code = "XZ4 5AB" if "XZ4" in text else "xz4 5ab"
    assert untouched(text, code)
