"""Rate limiting: the only code in Candour that reads the client address.

The address is needed to slow down floods and receipt guessing, but storing it would tie reports
to people. So the limiter keys on an HMAC of the address under a key from the keyring: the
limiter store (process memory, or Redis shared by several workers) holds only that keyed hash,
with an expiry, and nothing is written to the database or the logs. Without the key, the hash
cannot be reversed by enumerating the IPv4 space.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import current_app, request
from flask_limiter import Limiter
from limits import parse


def _keyed_client() -> str:
    key: bytes = current_app.extensions["candour.keyring"].limiter_key
    address = (request.remote_addr or "unknown").encode("utf-8")
    return "c:" + hmac.new(key, address, hashlib.sha256).hexdigest()[:32]


limiter = Limiter(key_func=_keyed_client, strategy="moving-window", headers_enabled=False)


def keyed(value: str, *, purpose: str) -> str:
    """A keyed hash of a value (for example a sign-in name) to use as a limiter key."""
    key: bytes = current_app.extensions["candour.keyring"].limiter_key
    digest = hmac.new(key, f"{purpose}|{value}".encode(), hashlib.sha256).hexdigest()
    return f"{purpose}:{digest[:32]}"


def hit(limit: str, key: str) -> bool:
    """Atomically count one attempt against `limit` for `key`; False once over the limit.

    Counting and checking in one storage operation is what makes the throttle hold under
    parallel requests (a check-then-count would let a burst through).
    """
    strategy = limiter.limiter
    return bool(strategy.hit(parse(limit), key))


def forget(limit: str, key: str) -> None:
    """Clear the count for `key` (after a successful sign-in, so honest use never locks out)."""
    limiter.limiter.clear(parse(limit), key)


def client_hit(limit: str, *, purpose: str) -> bool:
    """Count one attempt for this client (by keyed address hash) against `limit`."""
    return hit(limit, f"{purpose}:{_keyed_client()}")
