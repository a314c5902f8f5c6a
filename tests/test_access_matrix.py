"""The role x endpoint matrix: every endpoint, every role, against its declared policy.

The policy each view declares (`@public`, `@staff(...)`) is the table; this test proves the app
enforces it for every method of every route, signed out and signed in as each role. Records
are addressed with references that do not exist, so an allowed caller gets the endpoint's own
answer (often 404 or 400) and a refused one gets 401/302 (signed out) or 403 (wrong role).
No combination may produce a 500.
"""

from __future__ import annotations

import pytest

from config.security import Role, policy_of
from tests.conftest import csrf_token, make_staff, sign_in

ROLES = [None, *[r.value for r in Role]]


def _url(rule) -> str:
    values = {name: "ZZ-NOSUCHREF" for name in rule.arguments}
    for name, converter in rule._converters.items():
        if type(converter).__name__ == "IntegerConverter":
            values[name] = 999999
        if type(converter).__name__ == "PathConverter":
            values[name] = "no/such/file.css"
    return rule.build(values, append_unknown=False)[1]


def _calls(app):
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            yield rule, method


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r or "anonymous")
def test_every_endpoint_enforces_its_declared_policy(app, client, role):
    if role is not None:
        sign_in(client, make_staff(role))
    token = csrf_token(client, "/staff/sign-in")
    failures = []
    for rule, method in _calls(app):
        if rule.endpoint in {"identity.sign_out"}:
            continue  # would end this client's session mid-walk; covered in tests/platform
        declared = policy_of(app.view_functions[rule.endpoint])
        assert declared is not None, f"{rule.endpoint} declares no access policy"
        url = _url(rule)
        kwargs = {}
        if method != "GET":
            if rule.rule.startswith("/api/"):
                kwargs = {"json": {}, "headers": {"X-CSRFToken": token}}
            else:
                kwargs = {"data": {"csrf_token": token}}
        response = client.open(url, method=method, **kwargs)
        status = response.status_code
        if status >= 500:
            failures.append(f"{method} {url}: {status}")
            continue
        if declared.public:
            refused = False
        elif role is None:
            refused = True
        else:
            refused = bool(declared.roles) and Role(role) not in declared.roles
        if refused:
            expected = {403} if role else {302, 401}
            if status not in expected:
                failures.append(f"{method} {url} as {role}: {status}, expected refusal {expected}")
        elif status in {401, 403} and not (declared.public and rule.rule.startswith("/api/")):
            failures.append(f"{method} {url} as {role}: refused with {status} but policy allows it")
    assert not failures, "\n".join(failures)
