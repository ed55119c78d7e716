"""The per-device secret in the operating system's credential store (``keyring``).

The secret is mixed into the passphrase wrap of a vault, so that a copied vault directory and
the passphrase are not enough to open it on another machine (the recovery key is). A keyring
backend that stores secrets in plaintext is refused; where no backend exists (a headless
server, CI) the caller is told so and may choose passphrase-only protection instead.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
from typing import Any

import keyring
import keyring.errors

from fallmanager.vault.errors import KeyringUnavailableError

SERVICE = "Fallmanager"
SECRET_BYTES = 32

# Backends that do not protect secrets: they are never used for the device secret.
_REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring": "no credential store is installed",
    "keyring.backends.null.Keyring": "the credential store is disabled",
    "keyrings.alt.file.PlaintextKeyring": "the configured credential store keeps secrets in "
    "plaintext",
    "keyrings.alt.file.EncryptedKeyring": "the configured credential store is a file that "
    "needs its own password",
}


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def check_backend() -> None:
    """Raise :class:`KeyringUnavailableError` unless a secure backend is configured."""
    backend = keyring.get_keyring()
    name = _backend_name(backend)
    if name in _REFUSED_BACKENDS:
        raise KeyringUnavailableError(_REFUSED_BACKENDS[name])
    if "plaintext" in name.lower():
        raise KeyringUnavailableError("the configured credential store keeps secrets in plaintext")
    if name == "keyring.backends.chainer.ChainerBackend" and not getattr(backend, "backends", ()):
        raise KeyringUnavailableError("no credential store is installed")


def _username(vault_id: str) -> str:
    return f"device-secret:{vault_id}"


def create_device_secret(vault_id: str) -> bytes:
    """Create and store a new secret for this vault on this device."""
    check_backend()
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        keyring.set_password(SERVICE, _username(vault_id), base64.b64encode(secret).decode())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None
    return secret


def load_device_secret(vault_id: str) -> bytes | None:
    """This device's secret for the vault, or ``None`` if the store has none."""
    check_backend()
    try:
        value = keyring.get_password(SERVICE, _username(vault_id))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None
    if value is None:
        return None
    try:
        secret = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    return secret if len(secret) == SECRET_BYTES else None


def forget_device_secret(vault_id: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, _username(vault_id))
