"""Staff sign-in, second factor, sign-out and account pages."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from config.database import transaction, utcnow
from config.forms import load_form
from config.identity import services
from config.identity.errors import AccountError, SignInError, ThrottledError, TotpError
from config.identity.schemas import ChangePasswordArgs, SignInArgs, TotpArgs, TotpEnrolArgs
from config.security import public, staff

bp = Blueprint("identity", __name__, url_prefix="/staff")

_PENDING_SECONDS = 300


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths, so sign-in cannot be used as an open redirect."""
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("review.home")


def load_signed_in_user() -> None:
    """before_request: resolve the session cookie to a live staff session (or none)."""
    g.staff_user = None
    token = session.get("sid")
    if not token or request.endpoint == "static":
        return
    with transaction():
        user = services.resume_session(str(token), now=utcnow())
    if user is None:
        session.pop("sid", None)
    g.staff_user = user


def _complete_sign_in(user: services.StaffUser) -> Response:
    # Rotate: drop everything the pre-login session held (including the CSRF token).
    session.clear()
    with transaction():
        token = services.start_session(user, now=utcnow())
    session["sid"] = token.token
    session.permanent = True
    if user.must_change_password:
        return redirect(url_for("identity.change_password"))
    return redirect(_safe_next(request.args.get("next")))


@bp.route("/sign-in", methods=["GET", "POST"])
@public
def sign_in() -> Response | str:
    """Sign in with e-mail and password."""
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        data, errors = load_form(SignInArgs())
        if data is not None:
            try:
                with transaction():
                    user = services.authenticate(data["email"], data["password"], now=utcnow())
            except ThrottledError as exc:
                return render_template("identity/sign_in.html", errors={"email": [str(exc)]}), 429  # type: ignore[return-value]
            except SignInError as exc:
                errors = {"email": [str(exc)]}
            else:
                settings = current_app.config["CANDOUR_SETTINGS"]
                if user.has_totp or settings.require_totp:
                    if not user.has_totp:
                        errors = {"email": ["Your account needs a second factor. Ask an admin to enrol you."]}
                    else:
                        session.clear()
                        session["pending"] = {"uid": user.public_id, "at": int(utcnow().timestamp())}
                        return redirect(url_for("identity.sign_in_code", next=request.args.get("next")))
                else:
                    return _complete_sign_in(user)
    status = 400 if errors else 200
    return render_template("identity/sign_in.html", errors=errors), status  # type: ignore[return-value]


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
def sign_in_code() -> Response | str:
    """Second step of sign-in: the TOTP code."""
    pending = session.get("pending")
    now = utcnow()
    if not isinstance(pending, dict) or now.timestamp() - int(pending.get("at", 0)) > _PENDING_SECONDS:
        session.pop("pending", None)
        return redirect(url_for("identity.sign_in"))
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        data, errors = load_form(TotpArgs())
        if data is not None:
            try:
                with transaction():
                    user = services.get_user(str(pending["uid"]))
                    services.verify_totp(user, data["code"], now=now)
            except ThrottledError as exc:
                return render_template("identity/code.html", errors={"code": [str(exc)]}), 429  # type: ignore[return-value]
            except (TotpError, AccountError) as exc:
                errors = {"code": [str(exc)]}
            else:
                return _complete_sign_in(user)
    status = 400 if errors else 200
    return render_template("identity/code.html", errors=errors), status  # type: ignore[return-value]


@bp.route("/sign-out", methods=["POST"])
@public
def sign_out() -> Response:
    """Sign out and kill the server-side session."""
    token = session.get("sid")
    if token:
        with transaction():
            services.end_session(str(token), now=utcnow())
    session.clear()
    return redirect(url_for("identity.sign_in", signed_out=1))


@bp.route("/account/two-factor", methods=["GET", "POST"])
@staff()
def two_factor() -> Response | str:
    """Set up a TOTP authenticator app for the signed-in account."""
    errors: dict[str, list[str]] = {}
    secret = services.new_totp_secret()
    if request.method == "POST":
        data, errors = load_form(TotpEnrolArgs())
        if data is not None:
            secret = data["secret"]
            try:
                with transaction():
                    services.enrol_totp(g.staff_user, secret, data["code"], now=utcnow())
            except TotpError as exc:
                errors = {"code": [str(exc)]}
            else:
                return redirect(url_for("review.home"))
    uri = services.totp_uri(g.staff_user, secret)
    page = render_template("identity/two_factor.html", secret=secret, uri=uri, errors=errors)
    return page, (400 if errors else 200)  # type: ignore[return-value]


@bp.route("/account/password", methods=["GET", "POST"])
@staff()
def change_password() -> Response | str:
    """Change the signed-in account's password."""
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        data, errors = load_form(ChangePasswordArgs())
        if data is not None and data["password"] != data["confirm"]:
            errors = {"confirm": ["The passwords do not match"]}
        elif data is not None:
            try:
                with transaction():
                    services.change_password(g.staff_user, data["password"], now=utcnow())
            except AccountError as exc:
                errors = {"password": [str(exc)]}
            else:
                return redirect(url_for("review.home"))
    return render_template("identity/password.html", errors=errors), (400 if errors else 200)  # type: ignore[return-value]


def init_app(app: Flask) -> None:
    """Register the blueprint and the per-request session loader (before the policy check)."""
    app.before_request(load_signed_in_user)
    app.register_blueprint(bp)
