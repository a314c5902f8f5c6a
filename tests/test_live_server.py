"""The browser tests' live server survives clients that hang up mid-download.

Chromium abandons sub-resource downloads when a test navigates on; Werkzeug's development
server then skips closing the response (the socket read in its clean-up raises first), and the
unclosed static file surfaces later as a ResourceWarning that fails an unrelated test.
"""

import gc
import socket
import struct

import pytest


def _hang_up_mid_response(base_url: str, path: str) -> None:
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        sock.recv(64)  # the response has started
        # Close with a reset (linger 0), as a browser does when it abandons a download.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


@pytest.mark.filterwarnings("error")
def test_abandoned_static_downloads_leave_no_open_files(live_server):
    for _ in range(20):
        _hang_up_mid_response(live_server, "/static/dist/govuk-frontend.min.js")
    gc.collect()
