"""Encryption at rest: envelopes fail closed, rotation keeps rows readable, shredding holds."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pyotp
import pytest
from flask import Flask
from sqlalchemy import select, text

from config import cli
from config.app import create_app
from config.crypto import CryptoError, KeyDestroyedError, Keyring, blob_key_id
from config.database import db, transaction
from config.identity import services as identity
from config.identity.models import StaffUser
from tests.conftest import NOW, PG_URL, make_staff


def _ring(app: Flask) -> Keyring:
    ring: Keyring = app.extensions["candour.keyring"]
    return ring


def _staff_with_secrets(count: int) -> dict[str, str]:
    """Staff rows with a TOTP secret sealed under each row's data key; returns public_id -> secret."""
    secrets: dict[str, str] = {}
    for _ in range(count):
        user = make_staff("reviewer")
        secret = pyotp.random_base32()
        with transaction():
            identity.enrol_totp(user, secret, pyotp.TOTP(secret).at(NOW), now=NOW)
        secrets[user.public_id] = secret
    return secrets


def _read_all(ring: Keyring) -> dict[str, str]:
    db.session.expire_all()
    out = {}
    for user in db.session.execute(select(StaffUser)).scalars():
        envelope = ring.row_envelope("staff_users", user.public_id, user.wrapped_key)
        out[user.public_id] = envelope.open_text("totp_secret", user.totp_secret_sealed)
    return out


# -- envelopes ------------------------------------------------------------------------------------
def test_values_round_trip_and_fail_closed_when_moved_or_tampered(app: Flask) -> None:
    ring = _ring(app)
    first = ring.new_row_envelope("reports", "R-AAAA")
    second = ring.new_row_envelope("reports", "R-BBBB")
    blob = first.seal_text("narrative", "The dose was given twice ✓")
    reopened = ring.row_envelope("reports", "R-AAAA", first.wrapped_key)
    assert reopened.open_text("narrative", blob) == "The dose was given twice ✓"
    assert b"dose" not in blob
    with pytest.raises(CryptoError):
        second.open_text("narrative", blob)  # moved to another row
    with pytest.raises(CryptoError):
        reopened.open_text("summary", blob)  # moved to another column
    with pytest.raises(CryptoError):
        ring.row_envelope("reports", "R-BBBB", first.wrapped_key)  # data key moved to another row
    with pytest.raises(CryptoError):
        ring.row_envelope("themes", "R-AAAA", first.wrapped_key)  # ... or another table
    for position in (0, 1, len(blob) // 2, len(blob) - 1):
        tampered = bytearray(blob)
        tampered[position] ^= 0x01
        with pytest.raises(CryptoError):
            reopened.open_text("narrative", bytes(tampered))
    with pytest.raises(CryptoError):
        reopened.open_text("narrative", blob[:10])
    # The same text sealed twice gives different ciphertext (random nonces).
    assert first.seal_text("narrative", "x") != first.seal_text("narrative", "x")


def test_ciphertext_swapped_between_database_rows_fails_closed(app: Flask) -> None:
    secrets = _staff_with_secrets(2)
    first, second = list(secrets)
    db.session.execute(text(
        "UPDATE staff_users SET totp_secret_sealed = "
        "(SELECT totp_secret_sealed FROM staff_users WHERE public_id = :b) WHERE public_id = :a"
    ), {"a": first, "b": second})
    db.session.commit()
    user = identity.get_user(first)
    with pytest.raises(CryptoError):
        identity.verify_totp(user, pyotp.TOTP(secrets[second]).now(), now=NOW)


# -- rotation -------------------------------------------------------------------------------------
def test_rotation_keeps_every_value_readable_and_retire_drops_only_unused_keys(app: Flask) -> None:
    secrets = _staff_with_secrets(3)
    ring = _ring(app)
    old = ring.active_kek
    runner = app.test_cli_runner()
    # Nothing to retire while the only key is active.
    result = runner.invoke(args=["keys", "retire"])
    assert result.exit_code == 0 and old in ring.keks

    new, count = cli.rotate_keys(batch=2)
    assert new != old and count == 3
    assert _read_all(ring) == secrets
    assert cli.keys_in_use() == {new}
    # A freshly loaded keyring (another process) reads everything too.
    assert _read_all(Keyring.load(ring.path, ring.contact_key_dir)) == secrets

    result = runner.invoke(args=["keys", "retire"])
    assert result.exit_code == 0, result.output
    assert old not in ring.keks
    on_disk = Keyring.load(ring.path, ring.contact_key_dir)
    assert set(on_disk.keks) == {new} and old in on_disk.retired
    assert _read_all(on_disk) == secrets
    status = runner.invoke(args=["keys", "status"]).output
    assert new in status and old not in status


def test_retire_keeps_a_key_that_rows_still_use(app: Flask) -> None:
    secrets = _staff_with_secrets(2)
    ring = _ring(app)
    old = ring.active_kek
    ring.add_kek()
    ring.save()  # a rotation that stopped before any row was re-wrapped
    result = app.test_cli_runner().invoke(args=["keys", "retire"])
    assert result.exit_code == 0
    assert old in ring.keks
    assert old in Keyring.load(ring.path, ring.contact_key_dir).keks
    assert _read_all(ring) == secrets
    # New rows use the new key, old rows still open.
    more = _staff_with_secrets(1)
    assert _read_all(Keyring.load(ring.path, ring.contact_key_dir)) == {**secrets, **more}


class _Crash(Exception):
    pass


def test_crash_after_keyring_save_leaves_every_row_readable(app: Flask,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = _staff_with_secrets(3)
    ring = _ring(app)
    real_save = Keyring.save

    def save_then_crash(self: Keyring) -> None:
        real_save(self)
        raise _Crash

    monkeypatch.setattr(Keyring, "save", save_then_crash)
    with pytest.raises(_Crash):
        cli.rotate_keys()
    monkeypatch.undo()
    db.session.rollback()
    restarted = Keyring.load(ring.path, ring.contact_key_dir)
    assert len(restarted.keks) == 2
    assert _read_all(restarted) == secrets
    # Finishing the rotation later completes it.
    cli.rotate_keys()
    assert _read_all(Keyring.load(ring.path, ring.contact_key_dir)) == secrets


def test_crash_between_batches_leaves_every_row_readable(app: Flask,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = _staff_with_secrets(4)
    ring = _ring(app)
    real_rewrap = Keyring.rewrap
    calls: list[int] = []

    def rewrap_then_crash(self: Keyring, table: str, row_ref: str, wrapped: bytes) -> bytes:
        calls.append(1)
        if len(calls) == 3:
            raise _Crash
        return real_rewrap(self, table, row_ref, wrapped)

    monkeypatch.setattr(Keyring, "rewrap", rewrap_then_crash)
    with pytest.raises(_Crash):
        cli.rotate_keys(batch=2)
    monkeypatch.undo()
    db.session.rollback()
    restarted = Keyring.load(ring.path, ring.contact_key_dir)
    assert len(cli.keys_in_use()) == 2  # half done
    assert _read_all(restarted) == secrets


# -- keyring file ---------------------------------------------------------------------------------
def test_keyring_file_is_private_and_a_readable_one_is_refused(app: Flask, tmp_path: Path) -> None:
    ring = _ring(app)
    assert stat.S_IMODE(ring.path.stat().st_mode) == 0o600
    cli.rotate_keys()
    assert stat.S_IMODE(ring.path.stat().st_mode) == 0o600
    os.chmod(ring.path, 0o640)
    with pytest.raises(CryptoError, match="chmod 600"):
        Keyring.load(ring.path, ring.contact_key_dir)
    settings = app.config["CANDOUR_SETTINGS"]
    with pytest.raises(CryptoError):
        create_app(settings)
    os.chmod(ring.path, 0o604)
    with pytest.raises(CryptoError):
        Keyring.load(ring.path, ring.contact_key_dir)


# -- per-month contact keys -----------------------------------------------------------------------
def test_destroyed_contact_key_cannot_open_even_an_old_database_copy(app: Flask, tmp_path: Path) -> None:
    ring = _ring(app)
    aad = b"reports|contact|R-CCCC"
    db.session.execute(text("CREATE TABLE platform_contact_probe (ref VARCHAR(20), blob BYTEA)"
                            if PG_URL else
                            "CREATE TABLE platform_contact_probe (ref VARCHAR(20), blob BLOB)"))
    for month, ref in (("2026-10", "R-CCCC"), ("2026-11", "R-DDDD")):
        blob = ring.seal_for_month(month, b"07700 900123", f"reports|contact|{ref}".encode())
        db.session.execute(text("INSERT INTO platform_contact_probe VALUES (:r, :b)"), {"r": ref, "b": blob})
    db.session.commit()
    assert ring.contact_key_months() == ["2026-10", "2026-11"]
    key_file = ring.contact_key_dir / "2026-10.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    # A backup taken before the shred.
    if PG_URL:
        backup: list[Any] = [tuple(row) for row in db.session.execute(
            text("SELECT ref, blob FROM platform_contact_probe ORDER BY ref"))]
    else:
        copy = tmp_path / "backup.sqlite3"
        source = sqlite3.connect(str(db.engine.url.database))
        target = sqlite3.connect(str(copy))
        source.backup(target)
        source.close()
        target.close()
    stolen_key_dir = tmp_path / "attacker-sees-after"

    assert ring.destroy_contact_key("2026-10") is True
    assert ring.destroy_contact_key("2026-10") is False
    assert not key_file.exists()
    assert ring.contact_key_months() == ["2026-11"]
    shutil.copytree(ring.contact_key_dir, stolen_key_dir)

    if not PG_URL:
        with sqlite3.connect(str(copy)) as conn:
            backup = conn.execute("SELECT ref, blob FROM platform_contact_probe ORDER BY ref").fetchall()
        conn.close()
    (ref_c, blob_c), (ref_d, blob_d) = backup
    assert blob_key_id(bytes(blob_c)) == "contact-2026-10"
    with pytest.raises(KeyDestroyedError):
        ring.open_for_month(bytes(blob_c), aad)
    thief = Keyring.load(ring.path, stolen_key_dir)
    with pytest.raises(KeyDestroyedError):
        thief.open_for_month(bytes(blob_c), aad)
    assert ring.open_for_month(bytes(blob_d), f"reports|contact|{ref_d}".encode()) == b"07700 900123"
    with pytest.raises(CryptoError):
        ring.open_for_month(bytes(blob_d), aad)  # bound to its row
    db.session.execute(text("DROP TABLE platform_contact_probe"))
    db.session.commit()


def test_first_seal_of_a_month_from_parallel_workers_uses_one_key(app: Flask) -> None:
    import threading

    ring = _ring(app)
    workers = 16
    barrier = threading.Barrier(workers)
    blobs: list[bytes] = []

    def seal(i: int) -> None:
        barrier.wait(timeout=30)
        blobs.append(ring.seal_for_month("2027-01", f"phone {i}".encode(), b"aad"))

    threads = [threading.Thread(target=seal, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(blobs) == workers
    opened = sorted(ring.open_for_month(blob, b"aad") for blob in blobs)
    assert opened == sorted(f"phone {i}".encode() for i in range(workers))


def test_a_running_app_follows_a_rotation_made_by_another_process(app: Flask) -> None:
    """`flask keys rotate` runs in its own process; the web process must keep reading and must
    not go on wrapping new rows under a key that `keys retire` is about to drop."""
    secrets = _staff_with_secrets(2)
    web = _ring(app)
    old = web.active_kek
    operator = Keyring.load(web.path, web.contact_key_dir)  # the CLI process
    new = operator.add_kek()
    operator.save()
    for user in db.session.execute(select(StaffUser)).scalars():
        user.wrapped_key = operator.rewrap("staff_users", user.public_id, user.wrapped_key)
    db.session.commit()
    assert _read_all(web) == secrets  # the web process reads rows re-wrapped under the new key
    more = _staff_with_secrets(1)  # and wraps new rows under the new key
    assert cli.keys_in_use() == {new}
    operator.retire_kek(old)
    operator.save()
    assert _read_all(web) == {**secrets, **more}
    assert _read_all(Keyring.load(web.path, web.contact_key_dir)) == {**secrets, **more}
