"""A forwarder on localhost in front of the office server that breaks connections on purpose.

The laptop enrols against the proxy's address. The proxy presents the server's own
certificate (so the fingerprint the laptop pins is the server's), ends TLS, and forwards each
HTTP request to the server over a TLS connection of its own. Ending TLS is what lets it act
on whole requests and answers — the bytes inside TLS records are opaque to a plain TCP
forwarder — so that each fault happens exactly where it is meant to:

* ``pass`` — forward the request and the answer unchanged;
* ``drop`` — forward the request, wait for the server's whole answer (the server has
  committed), then close the laptop's connection without sending a byte of it;
* ``truncate`` — send only the first ``truncate_bytes`` bytes of the answer, then close;
* ``delay`` — hold the answer for ``delay_s`` seconds before sending it (a laptop with a
  shorter timeout has given up by then).

A fault may be limited to one API path (``only_path``); other requests pass. The proxy can
also present another certificate (:meth:`FaultyProxy.use_certificate`), as a machine in the
middle would.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import IO, Self

HOST = "127.0.0.1"
SOCKET_TIMEOUT_S = 30.0
MAX_LINE = 65536
MAX_HEADERS = 100


class Mode(StrEnum):
    PASS = "pass"
    DROP = "drop"
    TRUNCATE = "truncate"
    DELAY = "delay"


@dataclass(frozen=True, slots=True)
class Fault:
    """One request the proxy interfered with."""

    mode: Mode
    path: str


class _Closed(Exception):
    """The peer closed the connection before a whole message arrived."""


def _read_line(reader: IO[bytes]) -> bytes:
    line = reader.readline(MAX_LINE + 1)
    if not line:
        raise _Closed
    if len(line) > MAX_LINE or not line.endswith(b"\n"):
        raise _Closed
    return line


def _read_exact(reader: IO[bytes], size: int) -> bytes:
    data = reader.read(size)
    if data is None or len(data) != size:
        raise _Closed
    return data


def read_message(reader: IO[bytes]) -> bytes | None:
    """One HTTP/1.1 message (request or answer) as received: start line, headers and the
    body framed by ``Content-Length`` or chunked encoding. ``None`` when the peer closed the
    connection before its first byte (the end of a keep-alive connection)."""
    first = reader.readline(MAX_LINE + 1)
    if not first:
        return None
    if not first.endswith(b"\n"):
        raise _Closed
    message = bytearray(first)
    length = 0
    chunked = False
    for _ in range(MAX_HEADERS):
        line = _read_line(reader)
        message += line
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding":
            chunked = "chunked" in value
    else:
        raise _Closed
    if chunked:
        while True:
            size_line = _read_line(reader)
            message += size_line
            size = int(size_line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                while True:  # trailers up to the empty line
                    trailer = _read_line(reader)
                    message += trailer
                    if trailer in (b"\r\n", b"\n"):
                        return bytes(message)
            message += _read_exact(reader, size + 2)  # the chunk and its CRLF
    if length:
        message += _read_exact(reader, length)
    return bytes(message)


def _request_path(request: bytes) -> str:
    parts = request.split(b"\r\n", 1)[0].split(b" ")
    return parts[1].decode("latin-1") if len(parts) >= 2 else ""


def _close(sock: socket.socket | None) -> None:
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # sends the FIN now, whatever still refers to it
    sock.close()


class FaultyProxy:
    """A threaded TLS forwarder on ``127.0.0.1`` to the server at ``upstream_port``."""

    def __init__(self, upstream_port: int, cert_file: Path, key_file: Path) -> None:
        self.upstream_port = upstream_port
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._server_context = self._context(cert_file, key_file)
        self._upstream_context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        # The proxy stands in for the laptop towards the server: it trusts the server as
        # the test set it up; the laptop checks the certificate the proxy presents.
        self._upstream_context.check_hostname = False
        self._upstream_context.verify_mode = ssl.CERT_NONE
        self.mode = Mode.PASS
        self.only_path: str | None = None
        self.truncate_bytes = 200
        self.delay_s = 3.0
        self.faults: list[Fault] = []
        self.paths: list[str] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((HOST, 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._threads: list[threading.Thread] = []
        self._sockets: set[socket.socket] = set()
        self._acceptor = threading.Thread(target=self._accept, name="faulty-proxy", daemon=True)

    @staticmethod
    def _context(cert_file: Path, key_file: Path) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(cert_file), str(key_file))
        return context

    @property
    def url(self) -> str:
        return f"https://{HOST}:{self.port}"

    # -- control -----------------------------------------------------------------------------

    def set_mode(
        self,
        mode: Mode,
        *,
        only_path: str | None = None,
        truncate_bytes: int | None = None,
        delay_s: float | None = None,
    ) -> None:
        """Apply ``mode`` to the requests that arrive from now on (of ``only_path``, if
        given)."""
        with self._lock:
            self.mode = mode
            self.only_path = only_path
            if truncate_bytes is not None:
                self.truncate_bytes = truncate_bytes
            if delay_s is not None:
                self.delay_s = delay_s

    def use_certificate(self, cert_file: Path, key_file: Path) -> None:
        """Present another certificate to connections made from now on."""
        context = self._context(cert_file, key_file)
        with self._lock:
            self._server_context = context

    def _fault_for(self, path: str) -> tuple[Mode, int, float]:
        with self._lock:
            self.paths.append(path)
            mode = self.mode
            if self.only_path is not None and path != self.only_path:
                mode = Mode.PASS
            if mode is not Mode.PASS:
                self.faults.append(Fault(mode, path))
            return mode, self.truncate_bytes, self.delay_s

    # -- lifetime ----------------------------------------------------------------------------

    def start(self) -> Self:
        self._acceptor.start()
        return self

    def close(self) -> None:
        self._stopped.set()
        _close(self._listener)
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _close(sock)
        self._acceptor.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _untrack(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.discard(sock)
        _close(sock)

    # -- forwarding --------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                raw, _address = self._listener.accept()
            except OSError:
                return  # closed
            raw.settimeout(SOCKET_TIMEOUT_S)
            self._track(raw)
            thread = threading.Thread(target=self._serve, args=(raw,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, raw: socket.socket) -> None:
        client: socket.socket | None = None
        upstream: socket.socket | None = None
        try:
            with self._lock:
                context = self._server_context
            client = context.wrap_socket(raw, server_side=True)
            self._track(client)
            client_reader = client.makefile("rb")
            upstream_reader: IO[bytes] | None = None
            while not self._stopped.is_set():
                request = read_message(client_reader)
                if request is None:
                    return
                if upstream is None:
                    plain = socket.create_connection(
                        (HOST, self.upstream_port), timeout=SOCKET_TIMEOUT_S
                    )
                    upstream = self._upstream_context.wrap_socket(plain)
                    self._track(upstream)
                    upstream_reader = upstream.makefile("rb")
                assert upstream_reader is not None
                mode, truncate_bytes, delay_s = self._fault_for(_request_path(request))
                upstream.sendall(request)
                answer = read_message(upstream_reader)
                if answer is None:
                    return
                if mode is Mode.DROP:
                    return
                if mode is Mode.TRUNCATE:
                    client.sendall(answer[:truncate_bytes])
                    return
                if mode is Mode.DELAY and self._stopped.wait(delay_s):
                    return
                client.sendall(answer)
        except (OSError, _Closed, ValueError):
            return  # a connection broke (often on purpose); the laptop sees it fail
        finally:
            self._untrack(upstream)
            self._untrack(client)
            self._untrack(raw)
