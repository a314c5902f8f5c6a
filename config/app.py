"""The application factory: settings, extensions, keyring, areas, security, errors, CLI.

Nothing here migrates the database or starts a thread; those are CLI commands.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from flask import Flask

from config import cli, errors, openapi, security
from config.crypto import Keyring
from config.database import db, engine_options
from config.extensions import csrf, limiter, migrate
from config.identity import views as identity_views
from config.logs import configure_logging
from config.settings import ROOT, Settings, load_settings

log = logging.getLogger("candour")


def _load_keyring(settings: Settings) -> Keyring:
    if settings.is_production:
        return Keyring.load(settings.keyring_path, settings.contact_key_dir)
    ring, created = Keyring.load_or_create(settings.keyring_path, settings.contact_key_dir)
    if created:
        log.warning("Created a development keyring at %s (mode 0600). Keep it out of backups.",
                    settings.keyring_path)
    return ring


def create_app(settings: Settings | None = None, **overrides: Any) -> Flask:
    """Build a Candour app from validated settings (read from the environment if not given)."""
    settings = settings or load_settings(**overrides)
    configure_logging(settings.log_level)
    app = Flask(
        "candour",
        root_path=str(ROOT),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    app.config.update(
        CANDOUR_SETTINGS=settings,
        SECRET_KEY=settings.secret_key,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        SQLALCHEMY_ENGINE_OPTIONS=engine_options(settings.database_url),
        SESSION_COOKIE_NAME=settings.session_cookie_name,
        SESSION_COOKIE_SECURE=settings.session_cookie_secure,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_PATH="/",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(minutes=settings.session_lifetime_minutes),
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_request_bytes,
        RATELIMIT_STORAGE_URI=settings.ratelimit_storage_uri,
        RATELIMIT_HEADERS_ENABLED=False,
        WTF_CSRF_TIME_LIMIT=None,
        WTF_CSRF_SSL_STRICT=settings.session_cookie_secure,
        TESTING=settings.profile == "test",
        JSON_SORT_KEYS=False,
    )
    if settings.database_url.startswith("sqlite:///"):
        ROOT.joinpath("instance").mkdir(exist_ok=True)
    app.extensions["candour.keyring"] = _load_keyring(settings)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)

    identity_views.init_app(app)
    openapi.init_app(app)

    # Areas: review imports reporting, never the other way round.
    import reporting
    import review

    reporting.init_app(app)
    review.init_app(app)

    @app.context_processor
    def _template_globals() -> dict[str, Any]:
        return {"settings": settings}

    security.init_app(app)
    errors.init_app(app)
    cli.init_app(app)
    return app
