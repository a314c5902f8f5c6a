"""gunicorn settings for production: `gunicorn wsgi:app` (reads this file from the repo root).

Access logs are OFF: a web server's access log records client addresses and user agents, which
would tie reports to people. Error logs go to stderr through Candour's scrubbing filter.
Several gunicorn instances (on one or many hosts) can share one PostgreSQL database; point
RATELIMIT_STORAGE_URI at a shared Redis so rate limits hold across all of them.
"""

import multiprocessing
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the checkout, for config.compiled
from config.compiled import compiled_build  # noqa: E402

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
timeout = 30
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
accesslog = None  # never: it would log client addresses
disable_redirect_access_to_syslog = True
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Request limits, in line with MAX_REQUEST_BYTES in the app.
limit_request_line = 8190
limit_request_fields = 100

# The anonymiser compiled with mypyc (`make compiled`), first on the import path, but only while
# it was built from the source in this checkout; otherwise the source runs (same results, slower).
_compiled, _why = compiled_build(Path(__file__).resolve().parent)
if _compiled is not None:
    pythonpath = str(_compiled)


def on_starting(server) -> None:  # noqa: ANN001 (gunicorn's Arbiter)
    server.log.info("anonymiser: %s", _why)
