"""The device token in the operating system's credential store (``keyring``), never in a file.

A credential store that keeps secrets in plaintext is refused, as for the vault's device
secret (:func:`fallmanager.vault.device.check_backend`).
"""

from __future__ import annotations

import keyring
import keyring.errors

from fallmanager.sync.errors import AuthenticationError
from fallmanager.vault.device import SERVICE, check_backend


def _username(device_id: str) -> str:
    return f"sync-token:{device_id}"


def store_token(device_id: str, token: str) -> None:
    check_backend()
    keyring.set_password(SERVICE, _username(device_id), token)


def load_token(device_id: str) -> str:
    try:
        token = keyring.get_password(SERVICE, _username(device_id))
    except keyring.errors.KeyringError:
        token = None
    if not token:
        raise AuthenticationError("no device token in the credential store: enrol again")
    return token


def delete_token(device_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, _username(device_id))
    except keyring.errors.PasswordDeleteError:
        return
