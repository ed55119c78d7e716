"""HTTPS to the office server, with the server certificate pinned by its fingerprint.

The office server usually has a self-signed certificate, so the usual chain of trust does
not help; instead the laptop remembers the certificate's SHA-256 fingerprint that the user
confirmed at enrolment, and refuses any other before a byte of the request is sent.
"""

from __future__ import annotations

import http.client
import json
import ssl
from typing import Any, Protocol
from urllib.parse import urlsplit

from fallmanager.sync.errors import (
    AuthenticationError,
    DeviceRevokedError,
    EnrolmentRefusedError,
    FingerprintMismatchError,
    ProtocolError,
    ServerUnreachableError,
    UpdateRequiredError,
)
from fallmanager.sync.fingerprint import fingerprint_of_der

TIMEOUT_S = 60.0
#: Largest answer read (a pull page of 2,000 records is far below).
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class Transport(Protocol):
    """Requests to the sync API; raises the errors of :mod:`fallmanager.sync.errors`."""

    def call(self, path: str, body: dict[str, Any] | None, token: str | None) -> dict[str, Any]: ...

    @property
    def fingerprint(self) -> str: ...


def check_url(url: str) -> tuple[str, int]:
    """Host and port of an ``https://host[:port]`` address (clear error otherwise)."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("the server address must look like https://server:8443")
    try:
        port = parts.port or 443
    except ValueError:
        raise ValueError("the server address has an invalid port") from None
    return parts.hostname, port


class _PinnedConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, pin: str | None, timeout: float) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        # Trust comes from the pinned fingerprint, not from a certificate authority.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        super().__init__(host, port, timeout=timeout, context=context)
        self._pin = pin
        self.peer_fingerprint = ""

    def connect(self) -> None:
        super().connect()
        assert isinstance(self.sock, ssl.SSLSocket)  # noqa: S101 - set by HTTPSConnection
        der = self.sock.getpeercert(binary_form=True) or b""
        self.peer_fingerprint = fingerprint_of_der(der)
        if self._pin is not None and self.peer_fingerprint != self._pin:
            self.close()
            raise FingerprintMismatchError(self._pin, self.peer_fingerprint)


class HttpsTransport:
    """One keep-alive HTTPS connection to the server; ``pin=None`` only for the first
    contact before enrolment (the fingerprint is then read, shown and confirmed)."""

    def __init__(self, url: str, pin: str | None, timeout: float = TIMEOUT_S) -> None:
        self._host, self._port = check_url(url)
        self._pin = pin
        self._timeout = timeout
        self._conn: _PinnedConnection | None = None
        self._reused = False
        self._fingerprint = ""

    @property
    def fingerprint(self) -> str:
        return self._fingerprint

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _exchange(
        self, method: str, path: str, payload: bytes | None, headers: dict[str, str]
    ) -> tuple[int, bytes]:
        self._reused = self._conn is not None
        if self._conn is None:
            self._conn = _PinnedConnection(self._host, self._port, self._pin, self._timeout)
        self._conn.request(method, path, body=payload, headers=headers)
        response = self._conn.getresponse()
        self._fingerprint = self._conn.peer_fingerprint
        return response.status, response.read(MAX_RESPONSE_BYTES + 1)

    def call(self, path: str, body: dict[str, Any] | None, token: str | None) -> dict[str, Any]:
        payload = None if body is None else json.dumps(body, separators=(",", ":")).encode()
        headers = {"Accept": "application/json"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        method = "GET" if payload is None else "POST"
        try:
            try:
                status, data = self._exchange(method, path, payload, headers)
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                if not self._reused:
                    raise
                # The server closed a connection that was idle: once more on a new one.
                # Every request of the protocol may be repeated (operation ids, cursors).
                self.close()
                status, data = self._exchange(method, path, payload, headers)
        except FingerprintMismatchError:
            self.close()
            raise
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            raise ServerUnreachableError(f"connection failed: {type(exc).__name__}") from None
        if len(data) > MAX_RESPONSE_BYTES:
            self.close()
            raise ProtocolError("answer too large", status)
        return decode_answer(status, data)


def decode_answer(status: int, data: bytes) -> dict[str, Any]:
    """The JSON body of an answer, or the error it stands for."""
    try:
        parsed = json.loads(data.decode("utf-8")) if data else {}
    except (UnicodeDecodeError, json.JSONDecodeError):
        # A cut-off answer is a dropped connection: nothing was acknowledged, retry later.
        raise ServerUnreachableError("incomplete answer") from None
    if not isinstance(parsed, dict):
        raise ProtocolError("unexpected answer", status)
    if status == 200:
        return parsed
    error = str(parsed.get("error", ""))
    message = str(parsed.get("message", ""))[:300]
    if status == 401:
        raise AuthenticationError(message or "token not accepted")
    if status == 403 and error == "device_revoked":
        raise DeviceRevokedError(message or "device revoked")
    if status == 403 and error == "enrol_refused":
        raise EnrolmentRefusedError(message or "enrolment refused")
    if status == 426:
        raise UpdateRequiredError(message or "update required")
    if status in {502, 503, 504}:
        raise ServerUnreachableError(f"server busy ({status})")
    raise ProtocolError(message or f"status {status}", status)
