"""The laptop's HTTPS transport: a connection the server closed while idle is replaced."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from fallmanager.server.tls import create_self_signed
from fallmanager.sync.errors import FingerprintMismatchError
from fallmanager.sync.transport import HttpsTransport


class _ClosesIdleConnections(BaseHTTPRequestHandler):
    """Answers one request per connection while promising to keep it open (as a server
    does whose keep-alive timeout has run out between two requests)."""

    protocol_version = "HTTP/1.1"
    served = 0

    def do_GET(self) -> None:
        type(self).served += 1
        body = json.dumps({"served": type(self).served}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    fingerprint = create_self_signed(tmp_path / "cert.pem", tmp_path / "key.pem", ["localhost"])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _ClosesIdleConnections)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}", fingerprint
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_connection_closed_while_idle_is_replaced_once(server: tuple[str, str]) -> None:
    url, fingerprint = server
    transport = HttpsTransport(url, fingerprint, timeout=5)
    assert transport.call("/", None, None)["served"] >= 1
    second = transport.call("/", None, None)  # the old connection is gone: a new one
    third = transport.call("/", None, None)
    assert third["served"] == second["served"] + 1
    assert transport.fingerprint == fingerprint
    transport.close()


def test_another_certificate_is_refused_before_anything_is_sent(server: tuple[str, str]) -> None:
    url, _fingerprint = server
    before = _ClosesIdleConnections.served
    with pytest.raises(FingerprintMismatchError):
        HttpsTransport(url, "00:" * 31 + "00", timeout=5).call("/", None, None)
    assert _ClosesIdleConnections.served == before
