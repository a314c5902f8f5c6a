"""Encryption at rest: AES-256-GCM envelopes, the keyring, and per-month contact keys.

Threat model (SECURITY.md): whoever holds the database file or a backup must not read report
text, contact details or receipts. So each report row gets its own data key, wrapped by a
key-encryption key (KEK) that lives in a keyring file outside the database (mode 0600). Every
sealed value carries a format version and the id of the key that sealed it, and is bound to its
table, column and row as associated data, so ciphertext moved to another row fails to open.

Contact details are sealed under a key for the month they were given, kept in a separate
directory that is excluded from database backups. Destroying that month's key (crypto-shredding)
makes every copy of those details unreadable, including copies in old backups and in PostgreSQL
pages that vacuum has not yet reclaimed.

We do not use Fernet for reporter data: a Fernet token carries its creation time in clear.

The primitives here are private. Areas expose intention-revealing functions built on
`RowEnvelope` (for example `reporting.services.seal_report_text`).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
_NONCE_BYTES = 12
_KEY_BYTES = 32


class CryptoError(Exception):
    """A value could not be sealed or opened; callers fail closed."""


class KeyDestroyedError(CryptoError):
    """The key that sealed this value has been destroyed (crypto-shredded)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _pack(key_id: str, nonce: bytes, ciphertext: bytes) -> bytes:
    kid = key_id.encode("ascii")
    if len(kid) > 255:
        raise CryptoError("key id too long")
    return bytes([FORMAT_VERSION, len(kid)]) + kid + nonce + ciphertext


def _unpack(blob: bytes) -> tuple[str, bytes, bytes]:
    if len(blob) < 2 or blob[0] != FORMAT_VERSION:
        raise CryptoError("unknown envelope format")
    kid_len = blob[1]
    kid_end = 2 + kid_len
    if len(blob) < kid_end + _NONCE_BYTES + 16:
        raise CryptoError("truncated envelope")
    kid = blob[2:kid_end].decode("ascii")
    nonce = blob[kid_end : kid_end + _NONCE_BYTES]
    return kid, nonce, blob[kid_end + _NONCE_BYTES :]


def _seal(key: bytes, key_id: str, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    return _pack(key_id, nonce, AESGCM(key).encrypt(nonce, plaintext, aad))


def _open(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise CryptoError("value failed authentication (tampered, moved or wrong key)") from None


def blob_key_id(blob: bytes) -> str:
    """The id of the key that sealed a blob (for rotation bookkeeping)."""
    return _unpack(blob)[0]


def _write_private(path: Path, data: bytes) -> None:
    """Write a secret file atomically with mode 0600 (a crash leaves the old or the new file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _create_private_once(path: Path, data: bytes) -> None:
    """Create a secret file with mode 0600 unless it already exists (never overwrite it).

    Two workers sealing the first contact details of a month must end up with the same key: if
    the second overwrote the first's key, everything sealed under the first would be lost. The
    file is written in full under a temporary name and then hard-linked into place, which fails
    if the name exists, so readers never see a partial key either.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return  # another worker created it first; use theirs
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    finally:
        os.unlink(tmp)


@dataclass
class Keyring:
    """Key-encryption keys and the secrets that must live outside the database."""

    path: Path
    contact_key_dir: Path
    active_kek: str
    keks: dict[str, bytes]
    receipt_pepper: bytes
    audit_key: bytes
    limiter_key: bytes
    retired: list[str] = field(default_factory=list)
    # Identity of the keyring file this copy reflects (inode, mtime): `flask keys rotate` and
    # `keys retire` run in their own process, and the web process must follow what they saved.
    _file_id: tuple[int, int] | None = field(default=None, repr=False, compare=False)

    # -- persistence -------------------------------------------------------------------------
    @classmethod
    def generate(cls, path: Path, contact_key_dir: Path) -> Keyring:
        """A new keyring with fresh random keys (not yet saved)."""
        kid = "kek-" + secrets.token_hex(4)
        return cls(
            path=path,
            contact_key_dir=contact_key_dir,
            active_kek=kid,
            keks={kid: AESGCM.generate_key(bit_length=256)},
            receipt_pepper=secrets.token_bytes(_KEY_BYTES),
            audit_key=secrets.token_bytes(_KEY_BYTES),
            limiter_key=secrets.token_bytes(_KEY_BYTES),
        )

    @classmethod
    def load(cls, path: Path, contact_key_dir: Path) -> Keyring:
        """Read a keyring file; refuse one that others can read."""
        if path.stat().st_mode & 0o077:
            raise CryptoError(f"keyring {path} must not be readable by group or others (chmod 600)")
        file_id = cls._file_id_of(path)
        try:
            raw = json.loads(path.read_text("utf-8"))
            return cls(
                _file_id=file_id,
                path=path,
                contact_key_dir=contact_key_dir,
                active_kek=raw["active_kek"],
                keks={kid: _unb64(key) for kid, key in raw["keks"].items()},
                receipt_pepper=_unb64(raw["receipt_pepper"]),
                audit_key=_unb64(raw["audit_key"]),
                limiter_key=_unb64(raw["limiter_key"]),
                retired=list(raw.get("retired", [])),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise CryptoError(f"keyring {path} is malformed: {exc}") from None

    def save(self) -> None:
        """Persist atomically with mode 0600."""
        payload: dict[str, Any] = {
            "version": 1,
            "active_kek": self.active_kek,
            "keks": {kid: _b64(key) for kid, key in self.keks.items()},
            "receipt_pepper": _b64(self.receipt_pepper),
            "audit_key": _b64(self.audit_key),
            "limiter_key": _b64(self.limiter_key),
            "retired": self.retired,
        }
        _write_private(self.path, json.dumps(payload, indent=2).encode("utf-8"))
        self._file_id = self._file_id_of(self.path)

    @staticmethod
    def _file_id_of(path: Path) -> tuple[int, int] | None:
        try:
            stat = path.stat()
        except FileNotFoundError:
            return None
        return stat.st_ino, stat.st_mtime_ns

    def _follow_file(self) -> None:
        """Pick up KEKs another process saved (a rotation or retirement) since we last read."""
        file_id = self._file_id_of(self.path)
        if file_id is None or file_id == self._file_id:
            return
        fresh = Keyring.load(self.path, self.contact_key_dir)
        self.active_kek, self.keks, self.retired = fresh.active_kek, fresh.keks, fresh.retired
        self._file_id = fresh._file_id

    @classmethod
    def load_or_create(cls, path: Path, contact_key_dir: Path) -> tuple[Keyring, bool]:
        """Load the keyring, creating it first if absent (development only). Returns (ring, created)."""
        if path.exists():
            return cls.load(path, contact_key_dir), False
        ring = cls.generate(path, contact_key_dir)
        ring.save()
        return ring, True

    # -- data keys ---------------------------------------------------------------------------
    def _kek(self, kid: str) -> bytes:
        if kid not in self.keks:
            self._follow_file()  # rows re-wrapped by a rotation in another process
        try:
            return self.keks[kid]
        except KeyError:
            raise CryptoError(f"unknown key-encryption key {kid!r}") from None

    @staticmethod
    def _dek_aad(table: str, row_ref: str) -> bytes:
        return f"dek|{table}|{row_ref}".encode()

    def new_row_envelope(self, table: str, row_ref: str) -> RowEnvelope:
        """A fresh data key for one row, wrapped under the active KEK."""
        self._follow_file()  # never wrap under a key another process has rotated away from
        dek = AESGCM.generate_key(bit_length=256)
        wrapped = _seal(self._kek(self.active_kek), self.active_kek, dek, self._dek_aad(table, row_ref))
        return RowEnvelope(table=table, row_ref=row_ref, data_key=dek, wrapped_key=wrapped)

    def row_envelope(self, table: str, row_ref: str, wrapped_key: bytes) -> RowEnvelope:
        """Unwrap a row's data key so its values can be opened or sealed."""
        kid, nonce, ciphertext = _unpack(wrapped_key)
        dek = _open(self._kek(kid), nonce, ciphertext, self._dek_aad(table, row_ref))
        return RowEnvelope(table=table, row_ref=row_ref, data_key=dek, wrapped_key=wrapped_key)

    def rewrap(self, table: str, row_ref: str, wrapped_key: bytes) -> bytes:
        """Re-wrap a row's data key under the active KEK (rotation touches no data values)."""
        self._follow_file()
        envelope = self.row_envelope(table, row_ref, wrapped_key)
        kek = self._kek(self.active_kek)
        return _seal(kek, self.active_kek, envelope.data_key, self._dek_aad(table, row_ref))

    def add_kek(self) -> str:
        """Create a new KEK, make it active, keep the old ones until nothing uses them."""
        kid = "kek-" + secrets.token_hex(4)
        self.keks[kid] = AESGCM.generate_key(bit_length=256)
        self.active_kek = kid
        return kid

    def retire_kek(self, kid: str) -> None:
        """Forget a KEK; callers must first prove no row still uses it."""
        if kid == self.active_kek:
            raise CryptoError("the active key cannot be retired")
        self.keks.pop(kid, None)
        self.retired.append(kid)

    # -- per-month contact keys --------------------------------------------------------------
    def _contact_key_path(self, month: str) -> Path:
        if len(month) != 7 or month[4] != "-" or not (month[:4] + month[5:]).isdigit():
            raise CryptoError(f"not a month: {month!r}")
        return self.contact_key_dir / f"{month}.key"

    def contact_key_months(self) -> list[str]:
        """Months whose contact key still exists."""
        if not self.contact_key_dir.exists():
            return []
        return sorted(p.stem for p in self.contact_key_dir.glob("????-??.key"))

    def seal_for_month(self, month: str, plaintext: bytes, aad: bytes) -> bytes:
        """Seal under the month's contact key, creating the key on first use."""
        path = self._contact_key_path(month)
        if not path.exists():
            _create_private_once(path, AESGCM.generate_key(bit_length=256))
        return _seal(path.read_bytes(), f"contact-{month}", plaintext, aad)

    def open_for_month(self, blob: bytes, aad: bytes) -> bytes:
        """Open a value sealed under a month's contact key; fails if the key was shredded."""
        kid, nonce, ciphertext = _unpack(blob)
        if not kid.startswith("contact-"):
            raise CryptoError("not a contact envelope")
        path = self._contact_key_path(kid.removeprefix("contact-"))
        if not path.exists():
            raise KeyDestroyedError("the contact key for that month has been destroyed")
        return _open(path.read_bytes(), nonce, ciphertext, aad)

    def destroy_contact_key(self, month: str) -> bool:
        """Overwrite and delete a month's contact key. Returns False if it was already gone."""
        path = self._contact_key_path(month)
        if not path.exists():
            return False
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(os.urandom(size))
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
        return True


@dataclass(frozen=True)
class RowEnvelope:
    """One row's unwrapped data key, bound to that row: values sealed here open only here."""

    table: str
    row_ref: str
    data_key: bytes
    wrapped_key: bytes

    def _aad(self, column: str) -> bytes:
        return f"{self.table}|{column}|{self.row_ref}".encode()

    def seal_text(self, column: str, text: str) -> bytes:
        """Seal a text value for one column of this row."""
        return _seal(self.data_key, "row", text.encode("utf-8"), self._aad(column))

    def open_text(self, column: str, blob: bytes) -> str:
        """Open a text value sealed for this column of this row."""
        _kid, nonce, ciphertext = _unpack(blob)
        return _open(self.data_key, nonce, ciphertext, self._aad(column)).decode("utf-8")
