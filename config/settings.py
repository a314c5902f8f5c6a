"""Validated, immutable settings read from the environment.

Every setting Candour reads lives here, in one frozen object, so that a missing production secret
stops the process at start-up instead of surfacing as a confusing failure later. Nothing here runs
at import time: `load_settings()` is called by the app factory (and by tests with overrides).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROFILES = ("development", "test", "production")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ROOT = Path(__file__).resolve().parent.parent


class SettingsError(RuntimeError):
    """Raised when the environment does not describe a runnable configuration."""


def _bool(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise SettingsError(f"{name} must be true or false, not {value!r}")


def _int(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {value!r}") from None


@dataclass(frozen=True)
class Settings:
    """Everything the app needs to know about its environment."""

    profile: str = "development"
    secret_key: str = ""
    database_url: str = ""
    keyring_path: Path = ROOT / "instance" / "keyring.json"
    contact_key_dir: Path = ROOT / "instance" / "contact-keys"
    ratelimit_storage_uri: str = "memory://"
    session_cookie_name: str = "candour_session"
    session_cookie_secure: bool = False
    session_lifetime_minutes: int = 60
    session_idle_minutes: int = 30
    require_totp: bool = False
    max_request_bytes: int = 256 * 1024
    organisation_name: str = "Candour"
    organisation_access_code: str = ""
    login_attempts_per_window: int = 5
    login_window_minutes: int = 15
    submissions_per_hour: int = 20
    followups_per_hour: int = 30
    draft_days: int = 14
    contact_retention_months: int = 12
    small_number_threshold: int = 5
    bank_holidays_path: Path = ROOT / "config" / "data" / "bank_holidays.json"
    just_culture_dir: Path = ROOT / "instance" / "just_culture"
    mail_server: str = ""
    mail_sender: str = ""
    log_level: str = "INFO"
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_production(self) -> bool:
        """True when running for real users."""
        return self.profile == "production"

    def validate(self) -> Settings:
        """Fail fast on settings that cannot work; return self for chaining."""
        if self.profile not in PROFILES:
            raise SettingsError(f"CANDOUR_PROFILE must be one of {PROFILES}, not {self.profile!r}")
        if self.is_production:
            missing = [
                name
                for name, value in (
                    ("SECRET_KEY", self.secret_key),
                    ("DATABASE_URL", self.database_url),
                )
                if not value
            ]
            if missing:
                raise SettingsError(f"production needs {', '.join(missing)}")
            if len(self.secret_key) < 32:
                raise SettingsError("SECRET_KEY must be at least 32 characters in production")
            if not self.keyring_path.is_file():
                raise SettingsError(f"production needs a keyring at {self.keyring_path}")
            if not self.session_cookie_secure or not self.session_cookie_name.startswith("__Host-"):
                raise SettingsError("production sessions need a Secure __Host- cookie")
            if not self.require_totp:
                raise SettingsError("production requires TOTP for staff")
        if not self.database_url:
            raise SettingsError("DATABASE_URL is empty")
        if self.log_level not in LOG_LEVELS:
            raise SettingsError(f"LOG_LEVEL must be one of {LOG_LEVELS}, not {self.log_level!r}")
        if self.max_request_bytes < 1024:
            raise SettingsError("MAX_REQUEST_BYTES is too small to accept a report")
        return self


def _defaults_for(profile: str) -> dict[str, Any]:
    instance = ROOT / "instance"
    if profile == "production":
        return {
            "session_cookie_name": "__Host-candour",
            "session_cookie_secure": True,
            "require_totp": True,
        }
    if profile == "test":
        return {"secret_key": "test-secret-key-not-for-real-use-0123456789", "log_level": "WARNING"}
    return {
        "secret_key": "development-only-secret-key-do-not-deploy-0123",
        "database_url": f"sqlite:///{instance / 'candour.sqlite3'}",
    }


_ENV: dict[str, tuple[str, str]] = {
    # environment variable -> (field, kind)
    "SECRET_KEY": ("secret_key", "str"),
    "DATABASE_URL": ("database_url", "str"),
    "CANDOUR_KEYRING": ("keyring_path", "path"),
    "CANDOUR_CONTACT_KEY_DIR": ("contact_key_dir", "path"),
    "RATELIMIT_STORAGE_URI": ("ratelimit_storage_uri", "str"),
    "SESSION_COOKIE_NAME": ("session_cookie_name", "str"),
    "SESSION_COOKIE_SECURE": ("session_cookie_secure", "bool"),
    "SESSION_LIFETIME_MINUTES": ("session_lifetime_minutes", "int"),
    "SESSION_IDLE_MINUTES": ("session_idle_minutes", "int"),
    "REQUIRE_TOTP": ("require_totp", "bool"),
    "MAX_REQUEST_BYTES": ("max_request_bytes", "int"),
    "CANDOUR_ORGANISATION_NAME": ("organisation_name", "str"),
    "CANDOUR_ACCESS_CODE": ("organisation_access_code", "str"),
    "LOGIN_ATTEMPTS_PER_WINDOW": ("login_attempts_per_window", "int"),
    "LOGIN_WINDOW_MINUTES": ("login_window_minutes", "int"),
    "SUBMISSIONS_PER_HOUR": ("submissions_per_hour", "int"),
    "FOLLOWUPS_PER_HOUR": ("followups_per_hour", "int"),
    "DRAFT_DAYS": ("draft_days", "int"),
    "CONTACT_RETENTION_MONTHS": ("contact_retention_months", "int"),
    "SMALL_NUMBER_THRESHOLD": ("small_number_threshold", "int"),
    "CANDOUR_BANK_HOLIDAYS": ("bank_holidays_path", "path"),
    "CANDOUR_JUST_CULTURE_DIR": ("just_culture_dir", "path"),
    "MAIL_SERVER": ("mail_server", "str"),
    "MAIL_SENDER": ("mail_sender", "str"),
    "LOG_LEVEL": ("log_level", "level"),
}


def load_settings(
    environ: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Build validated settings from environment variables, profile defaults and overrides."""
    env = os.environ if environ is None else environ
    profile = overrides.pop("profile", None) or env.get("CANDOUR_PROFILE", "development")
    values: dict[str, Any] = {"profile": profile, **_defaults_for(profile)}
    for name, (attr, kind) in _ENV.items():
        if name not in env:
            continue
        raw = env[name]
        if kind == "bool":
            values[attr] = _bool(name, raw)
        elif kind == "int":
            values[attr] = _int(name, raw)
        elif kind == "path":
            values[attr] = Path(raw)
        elif kind == "level":  # gunicorn.conf.py reads the same variable, in either case
            values[attr] = raw.strip().upper()
        else:
            values[attr] = raw
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = set(overrides) - known
    if unknown:
        raise SettingsError(f"unknown settings: {sorted(unknown)}")
    values.update(overrides)
    return Settings(**values).validate()


def documented_variables() -> list[str]:
    """Every environment variable Candour reads (the README lists each; a test checks)."""
    return ["CANDOUR_PROFILE", *_ENV]
