"""The web shell in a real browser: start page renders with its stylesheet and no CSP errors."""

import pytest

pytestmark = pytest.mark.browser


def test_start_page_in_chromium(page):
    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Tell us what went wrong")
    # GOV.UK Frontend's script ran (loaded as an external module under the CSP).
    assert "js-enabled" in page.evaluate("document.body.className")
