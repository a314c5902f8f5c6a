"""Every page a person can reach without parameters passes axe-core's WCAG 2.2 A/AA rules.

The pages are discovered from the URL map (GET routes without arguments), so a new page is
checked without anyone remembering to add it. Staff pages are checked signed in as each role.
axe-core comes from the npm registry (package.json) and is injected into a context that bypasses
the CSP for the test only; the app itself allows no inline script.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from config.security import Role, policy_of
from tests.conftest import PASSWORD, make_staff

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _pages(app, *, public: bool) -> list[str]:
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.arguments or rule.rule.startswith("/api/"):
            continue
        declared = policy_of(app.view_functions[rule.endpoint])
        if declared is not None and declared.public == public:
            urls.append(rule.rule)
    return sorted(set(urls))


def _is_page(response) -> bool:
    return (response is not None and response.status == 200
            and "text/html" in response.headers.get("content-type", ""))


def _violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [f"{v['id']} ({v['impact']}): {v['help']} x{len(v['nodes'])}" for v in result["violations"]]


@pytest.fixture
def axe_context(chromium, live_server):
    if not AXE.exists():
        pytest.skip("axe-core not installed (npm ci installs it)")
    context = chromium.new_context(base_url=live_server, bypass_csp=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()


def test_public_pages_pass_axe(app, axe_context):
    page = axe_context.new_page()
    problems = {}
    for url in _pages(app, public=True):
        response = page.goto(url)
        if not _is_page(response):
            continue
        found = _violations(page)
        if found:
            problems[url] = found
    assert not problems, problems


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_staff_pages_pass_axe(app, axe_context, role):
    user = make_staff(role)
    page = axe_context.new_page()
    page.goto("/staff/sign-in")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    problems = {}
    for url in _pages(app, public=False):
        response = page.goto(url)
        if not _is_page(response):
            continue
        found = _violations(page)
        if found:
            problems[url] = found
    assert not problems, problems
