"""The SHA-256 fingerprint of a certificate, as both the server's admin and the laptop show
it (``AB:CD:…``, 32 pairs), so the two can be compared by eye."""

from __future__ import annotations

import hashlib


def fingerprint_of_der(der: bytes) -> str:
    """The SHA-256 fingerprint of a certificate in DER form, as ``AB:CD:…``."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[index : index + 2] for index in range(0, len(digest), 2))
