"""The office server's self-signed TLS certificate.

The laptops do not rely on a certificate authority: at enrolment the case manager is given
the certificate's SHA-256 fingerprint, and the laptop accepts exactly that certificate. The
fingerprint is written as 32 uppercase hex pairs joined by colons (``AB:CD:…``), the form
browsers and ``openssl x509 -fingerprint -sha256`` show.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
import socket
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from fallmanager.files import write_atomic
from fallmanager.sync.fingerprint import fingerprint_of_der

DEFAULT_VALIDITY_DAYS = 825

_DNS_NAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9_*]([A-Za-z0-9_-]{0,62})(\.[A-Za-z0-9_-]{1,63})*$")


class CertificateError(Exception):
    """A certificate cannot be made or read."""


def fingerprint_of_pem(path: Path) -> str:
    """The SHA-256 fingerprint of the (first) certificate in a PEM file."""
    try:
        certificate = x509.load_pem_x509_certificate(Path(path).read_bytes())
    except FileNotFoundError:
        raise CertificateError(f"No certificate at {path}.") from None
    except ValueError:
        raise CertificateError(f"{path} does not hold a PEM certificate.") from None
    return fingerprint_of_der(certificate.public_bytes(serialization.Encoding.DER))


def certificate_hostnames(extra: list[str] | None = None) -> list[str]:
    """The names a laptop may use to reach this machine: ``localhost``, ``127.0.0.1``,
    ``::1``, the machine's host name and fully qualified name, and ``extra``."""
    names = ["localhost", "127.0.0.1", "::1", socket.gethostname(), socket.getfqdn()]
    names += extra or []
    unique: list[str] = []
    for name in names:
        cleaned = name.strip().lower()
        if cleaned and cleaned not in unique:
            unique.append(cleaned)
    return unique


def check_hostnames(hostnames: list[str]) -> None:
    """Raise :class:`CertificateError` unless every entry is a host name or IP address."""
    _subject_alternative_names(hostnames)


def _subject_alternative_names(hostnames: list[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for hostname in hostnames:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(hostname)))
            continue
        except ValueError:
            pass
        if not _DNS_NAME.fullmatch(hostname):
            raise CertificateError(f"{hostname!r} is neither a host name nor an IP address.")
        names.append(x509.DNSName(hostname))
    return names


def create_self_signed(
    cert_path: Path, key_path: Path, hostnames: list[str], days: int = DEFAULT_VALIDITY_DAYS
) -> str:
    """Make a new EC P-256 key and a self-signed certificate for ``hostnames``; write the key
    (mode 0600) and the certificate, each atomically; return the certificate's fingerprint.
    """
    if not hostnames:
        raise CertificateError("A certificate needs at least one host name or IP address.")
    if not 1 <= days <= 3650:
        raise CertificateError("A certificate is valid for 1 to 3650 days.")
    alternative_names = _subject_alternative_names(hostnames)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, hostnames[0][:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Fallmanager office server"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    public_key = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        # A little slack for laptops whose clocks run slightly behind.
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(alternative_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(public_key), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_path, key_path = Path(cert_path), Path(key_path)
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    key_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Each file is replaced atomically; should the second write fail, the server refuses
    # the mismatched pair at start and a new certificate is made the same way.
    write_atomic(key_path, key_pem)
    write_atomic(cert_path, certificate.public_bytes(serialization.Encoding.PEM))
    cert_path.chmod(0o644)
    return fingerprint_of_der(certificate.public_bytes(serialization.Encoding.DER))
