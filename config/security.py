"""Access policy (default deny) and the security headers every response carries.

Every view declares who may call it with `@public` or `@staff(...)`. A `before_request` hook
refuses any endpoint without a declaration, and `tests/test_access_policy.py` walks the URL map so
an undeclared endpoint fails the build before it can ship.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from flask import Flask, Response, abort, current_app, g, redirect, request, url_for

F = TypeVar("F", bound=Callable[..., Any])


class Role(StrEnum):
    """Staff roles (DESIGN.md section 1). Reporters have no account and no role."""

    REVIEWER = "reviewer"
    CHAIR = "chair"
    CONFIDENTIALITY_OFFICER = "confidentiality_officer"
    PUBLISHER = "publisher"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """Human-readable role name."""
        return self.value.replace("_", " ").capitalize()


#: A chair may do everything a reviewer may.
PANEL = (Role.REVIEWER, Role.CHAIR)


@dataclass(frozen=True)
class Policy:
    """Who may call an endpoint: everyone (`public`) or signed-in staff with one of `roles`."""

    public: bool
    roles: frozenset[Role]
    allow_pending_login: bool = False

    def describe(self) -> str:
        """Short text for the policy table in tests and docs."""
        if self.public:
            return "public"
        return "staff:" + ",".join(sorted(self.roles)) if self.roles else "staff:any"


def public(view: F) -> F:
    """Anyone may call this endpoint, with or without an account."""
    view.candour_policy = Policy(public=True, roles=frozenset())  # type: ignore[attr-defined]
    return view


def staff(*roles: Role | Iterable[Role]) -> Callable[[F], F]:
    """Only signed-in staff, and if roles are given, only those roles."""
    flat: set[Role] = set()
    for role in roles:
        if isinstance(role, Role):
            flat.add(role)
        else:
            flat.update(role)

    def decorate(view: F) -> F:
        view.candour_policy = Policy(public=False, roles=frozenset(flat))  # type: ignore[attr-defined]
        return view

    return decorate


def policy_of(view: Callable[..., Any]) -> Policy | None:
    """The declared policy of a view function, or None if it declared none."""
    return getattr(view, "candour_policy", None)


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def enforce_policy() -> Response | None:
    """before_request: refuse undeclared endpoints and callers outside the policy."""
    if request.endpoint is None:
        return None  # Flask answers 404/405 itself
    function = current_app.view_functions.get(request.endpoint)
    declared = policy_of(function) if function else None
    if declared is None:
        abort(404)
    if declared.public:
        return None
    user = g.get("staff_user")
    if user is None:
        if _wants_json() or request.method != "GET":
            abort(401)
        return redirect(url_for("identity.sign_in", next=request.path))  # type: ignore[return-value]
    if declared.roles and Role(user.role) not in declared.roles:
        abort(403)
    if getattr(user, "must_change_password", False) and request.endpoint != "identity.change_password":
        # A one-time or reset password must be replaced before anything else: redirecting once
        # at sign-in is not enough, the user could simply go to another page.
        if _wants_json() or request.method != "GET":
            abort(403)
        return redirect(url_for("identity.change_password"))  # type: ignore[return-value]
    return None


def _csp(nonce: str) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src 'self' 'nonce-{nonce}'",
            f"style-src 'self' 'nonce-{nonce}'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
        ]
    )


def csp_nonce() -> str:
    """The per-response nonce for the (external) script and style tags in templates."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(18)
    return str(g.csp_nonce)


def add_security_headers(response: Response) -> Response:
    """after_request: the headers of SECURITY.md on every response."""
    response.headers["Content-Security-Policy"] = _csp(csp_nonce())
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    if request.is_secure:
        response.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    return response


def init_app(app: Flask) -> None:
    """Install default-deny and the response headers."""

    app.before_request(enforce_policy)
    app.after_request(add_security_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
    static = app.view_functions.get("static")
    if static is not None:
        public(static)
