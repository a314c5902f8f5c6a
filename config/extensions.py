"""Flask extensions, created unbound here and bound to an app in the factory."""

from __future__ import annotations

from flask_migrate import Migrate
from flask_wtf.csrf import CSRFProtect

from config.database import db
from config.limiter import limiter

csrf = CSRFProtect()
migrate = Migrate(compare_type=True, render_as_batch=True)

__all__ = ["csrf", "db", "limiter", "migrate"]
