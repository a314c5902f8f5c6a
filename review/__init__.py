"""The panel's side: triage, just culture, reviews, actions, themes and bulletins."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the review blueprints, navigation and jobs."""
    from review import views

    views.init_app(app)
