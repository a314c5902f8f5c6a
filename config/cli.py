"""Operations as Flask CLI commands: users, keys, audit, scheduler, development bootstrap."""

from __future__ import annotations

import os
import secrets
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from sqlalchemy import select

from config import audit
from config.crypto import Keyring, blob_key_id
from config.database import Base, db, transaction, utcnow
from config.identity import services as identity
from config.identity.errors import AccountError
from config.scheduler import build_scheduler, registered_jobs, run_once

users_cli = AppGroup("users", help="Manage staff accounts.")
keys_cli = AppGroup("keys", help="Rotate and retire encryption keys.")
audit_cli = AppGroup("audit", help="Check the tamper-evident audit log.")
scheduler_cli = AppGroup("scheduler", help="Run timed jobs (in their own process).")
dev_cli = AppGroup("dev", help="Development helpers.")
backup_cli = AppGroup("backup", help="Consistent copies of the SQLite database.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--role", required=True)
@click.option("--name", "display_name", default=None)
def users_create(email: str, role: str, display_name: str | None) -> None:
    """Create a staff account (password from CANDOUR_NEW_PASSWORD or a prompt)."""
    password = os.environ.get("CANDOUR_NEW_PASSWORD") or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    try:
        with transaction():
            user = identity.create_user(email, role, password, display_name=display_name,
                                        actor="cli", now=utcnow())
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created {user.email} ({user.role}).")


@users_cli.command("disable")
@click.option("--email", required=True)
def users_disable(email: str) -> None:
    """Disable an account and end its sessions."""
    user = identity.find_user_by_email(email)
    if user is None:
        raise click.ClickException("No such account")
    with transaction():
        identity.disable_user(user, actor="cli", now=utcnow())
    click.echo(f"Disabled {user.email}.")


@users_cli.command("list")
def users_list() -> None:
    """List staff accounts."""
    for user in identity.list_users():
        state = "active" if user.active else "disabled"
        factor = "totp" if user.has_totp else "no-totp"
        click.echo(f"{user.email}\t{user.role}\t{state}\t{factor}")


def _enveloped_models() -> list[Any]:
    return [m.class_ for m in Base.registry.mappers if hasattr(m.class_, "__envelope__")]


def _keyring() -> Keyring:
    ring: Keyring = current_app.extensions["candour.keyring"]
    return ring


def rotate_keys(batch: int = 200) -> tuple[str, int]:
    """Add a new KEK and re-wrap every row's data key under it. Returns (new id, rows).

    The keyring is saved (old and new keys both present) before any row changes, and rows are
    re-wrapped in committed batches, so a crash at any point leaves every row readable.
    """
    ring = _keyring()
    new_id = ring.add_kek()
    ring.save()
    count = 0
    for model in _enveloped_models():
        table, ref_attr = model.__envelope__
        last = 0
        while True:
            rows = list(db.session.execute(
                select(model).where(model.id > last).order_by(model.id).limit(batch)
            ).scalars())
            if not rows:
                break
            with transaction():
                for row in rows:
                    if row.wrapped_key is not None and blob_key_id(row.wrapped_key) != new_id:
                        row.wrapped_key = ring.rewrap(table, getattr(row, ref_attr), row.wrapped_key)
                        count += 1
                last = rows[-1].id
    with transaction():
        audit.record("keys.rotated", actor="cli", now=utcnow(), subject=new_id,
                     details={"rows": count})
    return new_id, count


def keys_in_use() -> set[str]:
    """KEK ids that still wrap at least one row."""
    used: set[str] = set()
    for model in _enveloped_models():
        for blob in db.session.execute(select(model.wrapped_key)).scalars():
            if blob is not None:
                used.add(blob_key_id(blob))
    return used


@keys_cli.command("rotate")
def keys_rotate() -> None:
    """Create a new key-encryption key and re-wrap every data key under it."""
    new_id, count = rotate_keys()
    click.echo(f"Active key is now {new_id}; re-wrapped {count} data keys.")


@keys_cli.command("retire")
def keys_retire() -> None:
    """Forget old key-encryption keys that no row uses any more."""
    ring = _keyring()
    used = keys_in_use()
    retired = [kid for kid in list(ring.keks) if kid != ring.active_kek and kid not in used]
    for kid in retired:
        ring.retire_kek(kid)
    ring.save()
    click.echo(f"Retired {len(retired)} key(s); {len(ring.keks)} remain.")


@keys_cli.command("status")
def keys_status() -> None:
    """Show key ids (never key material) and which are in use."""
    ring = _keyring()
    used = keys_in_use()
    for kid in ring.keks:
        marks = [m for m, on in (("active", kid == ring.active_kek), ("in use", kid in used)) if on]
        click.echo(f"{kid}\t{', '.join(marks) or 'unused'}")
    click.echo(f"contact keys: {', '.join(ring.contact_key_months()) or 'none'}")


@audit_cli.command("verify")
def audit_verify() -> None:
    """Check the audit chain; exit 1 if it was edited, cut or reordered."""
    result = audit.verify_chain()
    if result.ok:
        click.echo(f"Audit log intact: {result.entries} entries; head {result.head_mac}.")
        return
    for problem in result.problems:
        click.echo(problem, err=True)
    click.echo(f"Audit log BROKEN: {len(result.problems)} problem(s).", err=True)
    sys.exit(1)


@scheduler_cli.command("run")
def scheduler_run() -> None:
    """Run the timed jobs until stopped (its own process; safe to run more than one)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    scheduler = build_scheduler(app)
    click.echo(f"Scheduler running {len(registered_jobs(app))} jobs. Ctrl+C to stop.")
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass


@scheduler_cli.command("list")
def scheduler_list() -> None:
    """List the registered jobs."""
    for job in registered_jobs(current_app._get_current_object()):  # type: ignore[attr-defined]
        click.echo(f"{job.name}\tevery {job.minutes} min\t{job.description}")


@scheduler_cli.command("run-job")
@click.argument("name")
def scheduler_run_job(name: str) -> None:
    """Run one job now (claimed like a scheduled run)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    for job in registered_jobs(app):
        if job.name == name:
            ran = run_once(app, job)
            click.echo("ran" if ran else "already run for this slot")
            return
    raise click.ClickException(f"no job called {name}")


@dev_cli.command("bootstrap")
@click.option("--email", default="admin@candour.local")
def dev_bootstrap(email: str) -> None:
    """Create a development admin with a one-time password (development profile only)."""
    settings = current_app.config["CANDOUR_SETTINGS"]
    if settings.is_production:
        raise click.ClickException("not in production")
    if identity.find_user_by_email(email) is not None:
        click.echo(f"Development admin {email} already exists (password shown when it was created).")
        return
    password = "-".join(secrets.token_hex(3) for _ in range(4))
    with transaction():
        identity.create_user(email, "admin", password, display_name="Development admin",
                             actor="cli", now=utcnow(), must_change_password=True)
    click.echo(f"Development admin: {email}  one-time password: {password}")


def backup_sqlite(target: Path) -> int:
    """Copy the live SQLite database to `target` with SQLite's online backup API.

    The copy is consistent even while the app writes (a plain file copy of a WAL database is
    not). It holds only what the database holds: sealed text, keyed hashes and no keys, so the
    keyring and contact-key directory must be backed up separately, and the contact keys not at
    all if shredding is to reach backups. Returns the number of pages copied.
    """
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database:
        raise click.ClickException("backup create is for SQLite; use pg_dump for PostgreSQL")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(url.database)
    copy = sqlite3.connect(target)
    try:
        with copy:
            source.backup(copy)
        pages = int(copy.execute("PRAGMA page_count").fetchone()[0])
    finally:
        copy.close()
        source.close()
    os.chmod(target, 0o600)
    return pages


@backup_cli.command("create")
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
def backup_create(target: Path) -> None:
    """Write a consistent copy of the SQLite database to TARGET (mode 0600)."""
    pages = backup_sqlite(target)
    click.echo(f"Backed up {pages} pages to {target}. Back up the keyring separately.")


def init_app(app: Flask) -> None:
    """Register the command groups."""
    for group in (users_cli, keys_cli, audit_cli, scheduler_cli, dev_cli, backup_cli):
        app.cli.add_command(group)
