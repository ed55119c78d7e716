"""The server's self-signed certificate: files, names, fingerprint and a real handshake."""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
import ssl
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from fallmanager.server.tls import (
    CertificateError,
    certificate_hostnames,
    create_self_signed,
    fingerprint_of_der,
    fingerprint_of_pem,
)

FINGERPRINT = re.compile(r"^[0-9A-F]{2}(:[0-9A-F]{2}){31}$")


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, str]:
    cert, key = tmp_path / "tls" / "cert.pem", tmp_path / "tls" / "key.pem"
    fingerprint = create_self_signed(
        cert, key, ["localhost", "127.0.0.1", "::1", "office.example.org"]
    )
    return cert, key, fingerprint


def test_fingerprint_is_the_sha256_of_the_der_certificate(pair: tuple[Path, Path, str]) -> None:
    cert, _key, fingerprint = pair
    der = ssl.PEM_cert_to_DER_cert(cert.read_text())
    digest = hashlib.sha256(der).hexdigest().upper()
    assert FINGERPRINT.fullmatch(fingerprint)
    assert fingerprint.replace(":", "") == digest
    assert fingerprint_of_pem(cert) == fingerprint
    assert fingerprint_of_der(der) == fingerprint
    assert fingerprint_of_der(b"\x00") != fingerprint


def test_key_is_private_and_certificate_names_the_hosts(pair: tuple[Path, Path, str]) -> None:
    cert, key, _ = pair
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(cert.stat().st_mode) == 0o644
    assert not list(key.parent.glob(".*tmp"))  # written atomically, nothing left over
    loaded = x509.load_pem_x509_certificate(cert.read_bytes())
    names = loaded.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["localhost", "office.example.org"]
    assert names.get_values_for_type(x509.IPAddress) == [
        ipaddress.ip_address("127.0.0.1"),
        ipaddress.ip_address("::1"),
    ]
    lifetime = loaded.not_valid_after_utc - loaded.not_valid_before_utc
    assert 825 <= lifetime.days <= 826


def test_a_new_certificate_replaces_the_old_one(pair: tuple[Path, Path, str]) -> None:
    cert, key, fingerprint = pair
    old_key = key.read_bytes()
    renewed = create_self_signed(cert, key, ["localhost"], days=30)
    assert renewed != fingerprint
    assert key.read_bytes() != old_key
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert fingerprint_of_pem(cert) == renewed


@pytest.fixture
def tls_server(pair: tuple[Path, Path, str]) -> Iterator[int]:
    """A TLS listener on 127.0.0.1 that serves the certificate to one client and sends it
    one byte."""
    cert, key, _ = pair
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)

    def serve() -> None:
        try:
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"!")
        except (ssl.SSLError, OSError):
            return  # the client refused the certificate, or never came

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()
        thread.join(timeout=5)


@pytest.mark.parametrize("name", ["localhost", "127.0.0.1"])
def test_a_client_that_trusts_the_certificate_connects(
    pair: tuple[Path, Path, str], tls_server: int, name: str
) -> None:
    cert, _key, fingerprint = pair
    context = ssl.create_default_context(cafile=str(cert))
    context.verify_flags |= ssl.VERIFY_X509_STRICT
    with (
        socket.create_connection(("127.0.0.1", tls_server), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname=name) as tls,
    ):
        assert tls.recv(1) == b"!"
        peer = tls.getpeercert(binary_form=True)
    assert peer is not None
    assert fingerprint_of_der(peer) == fingerprint


def test_a_name_not_in_the_certificate_is_refused(
    pair: tuple[Path, Path, str], tls_server: int
) -> None:
    cert, _key, _ = pair
    context = ssl.create_default_context(cafile=str(cert))
    with (
        socket.create_connection(("127.0.0.1", tls_server), timeout=5) as raw,
        pytest.raises(ssl.SSLCertVerificationError),
    ):
        context.wrap_socket(raw, server_hostname="elsewhere.example.org")


def test_bad_names_and_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CertificateError, match="neither a host name"):
        create_self_signed(tmp_path / "c.pem", tmp_path / "k.pem", ["bad name!"])
    with pytest.raises(CertificateError, match="at least one"):
        create_self_signed(tmp_path / "c.pem", tmp_path / "k.pem", [])
    assert not (tmp_path / "k.pem").exists()
    with pytest.raises(CertificateError, match="No certificate"):
        fingerprint_of_pem(tmp_path / "missing.pem")
    (tmp_path / "junk.pem").write_text("not a certificate")
    with pytest.raises(CertificateError, match="does not hold"):
        fingerprint_of_pem(tmp_path / "junk.pem")


def test_default_names_cover_this_machine() -> None:
    names = certificate_hostnames(["Office.Example.org", "10.0.0.5", "localhost"])
    assert names[:3] == ["localhost", "127.0.0.1", "::1"]
    assert socket.gethostname().lower() in names
    assert names[-2:] == ["office.example.org", "10.0.0.5"]
    assert len(names) == len(set(names))
