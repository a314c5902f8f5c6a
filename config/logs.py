"""Logging that cannot leak a reporter: no client addresses, user agents or request bodies.

The development server's access log line starts with the client address, so it is dropped
entirely; gunicorn's access log is switched off in `gunicorn.conf.py`. Candour's own log lines
name routes and event codes, never report text, receipts or contact details.
"""

from __future__ import annotations

import ipaddress
import logging
import re

_ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}\b")


_LOCAL = {"127.0.0.1", "::1"}  # loopback: the server's own address, never a reporter's


def _scrub(match: re.Match[str]) -> str:
    text = match.group(0)
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return text  # a time such as 10:30:00, or a version number, not an address
    return text if text in _LOCAL else "[address]"


class DropAccessLog(logging.Filter):
    """Drops werkzeug request lines (they carry the client address) and scrubs addresses."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.name == "werkzeug" and " - - [" in message:
            return False
        if _ADDRESS.search(message):
            scrubbed = _ADDRESS.sub(_scrub, message)
            if scrubbed != message:
                record.msg = scrubbed
                record.args = None
        return True


def configure_logging(level: str) -> None:
    """Install the filter on every handler of the root and werkzeug loggers."""
    root = logging.getLogger()
    if not root.handlers:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    root.setLevel(level)
    scrub = DropAccessLog()
    for logger in (root, logging.getLogger("werkzeug"), logging.getLogger("gunicorn.error")):
        if not any(isinstance(f, DropAccessLog) for f in logger.filters):
            logger.addFilter(scrub)
        for handler in logger.handlers:
            if not any(isinstance(f, DropAccessLog) for f in handler.filters):
                handler.addFilter(scrub)
