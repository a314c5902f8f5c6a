"""The reporter's side: submission, receipts, anonymous follow-up and the Report aggregate."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the reporting blueprints and jobs."""
    from reporting import jobs, views

    views.init_app(app)
    jobs.init_app(app)
