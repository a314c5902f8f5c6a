"""WSGI entry point: builds the app and nothing else (`flask --app wsgi ...`, gunicorn wsgi:app)."""

from config.app import create_app

app = create_app()
