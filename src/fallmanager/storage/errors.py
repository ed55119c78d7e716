"""Expected storage failures, translated from the database driver's exceptions."""

from __future__ import annotations

from fallmanager.errors import FallmanagerError


class StorageError(FallmanagerError):
    code = "storage_error"


class VaultBusyError(StorageError):
    code = "vault_busy"

    def __init__(self) -> None:
        super().__init__(
            "The vault is in use by another Fallmanager window or command; close it and retry."
        )


class VaultDamagedError(StorageError):
    code = "vault_damaged"

    def __init__(self, detail: str = "") -> None:
        message = (
            "The vault file is damaged or is not a Fallmanager vault; nothing was changed. "
            "Run 'fallmanager check' and restore the latest backup if it reports damage."
        )
        super().__init__(message + (f" ({detail})" if detail else ""))


class StorageFullError(StorageError):
    code = "storage_full"

    def __init__(self) -> None:
        super().__init__("The disk is full; nothing was saved. Free some space and retry.")


class UnloggedChangeError(StorageError):
    """A write tried to bypass the change log (a programming error, never user input)."""

    code = "unlogged_change"


def translate_driver_error(exc: BaseException | None) -> StorageError | None:
    """Map a driver (sqlcipher3) exception to an expected storage error, if it is one."""
    if exc is None:
        return None
    message = str(exc).lower()
    if "database is locked" in message or "database table is locked" in message:
        return VaultBusyError()
    if (
        "file is not a database" in message
        or "malformed" in message
        or "hmac" in message
        or "not authorized" in message
        or "database corrupt" in message
    ):
        return VaultDamagedError()
    if "database or disk is full" in message or "disk i/o error" in message:
        return StorageFullError()
    if "fallmanager: " in message:
        return UnloggedChangeError(str(exc))
    return None
